"""The territory record window, driven as a referent would: history, method, summary, undo."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import event

from dialog_answers import answer_next_dialog, raise_collected
from tzcld_desktop.db import queries
from tzcld_desktop.db.record_queries import load_record
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store
from tzcld_desktop.domain.forms import ClusterInput, TerritoryInput
from tzcld_desktop.domain.record_forms import StageEventInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import Criterion, CriterionStatus, Health, MethodPhase, PhaseStatus, StageStep
from tzcld_desktop.sync.exchange import export_data, import_data
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.record import file_opener
from tzcld_desktop.ui.record.record_view import TerritoryRecordView, open_territory_record
from tzcld_desktop.ui.record.stage_event_dialog import StageEventDialog
from tzcld_desktop.ui.record.timeline import event_texts

pytestmark = [
    pytest.mark.usefixtures("french"),
    # The offscreen platform of the headless tests cannot raise a window above the others.
    pytest.mark.qt_log_ignore("This plugin does not support raise"),
]

NBSP = "\u00a0"


@pytest.fixture
def territory_id(services, profile):
    territory = services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED, "07"))
    cluster = services.save_cluster(None, ClusterInput("Grappe Drôme-Ardèche", "84"))
    services.set_cluster_territories(cluster, [territory])
    return territory


def close_window(window) -> None:
    """Close a record window unless it already closed itself (it is deleted on close)."""
    if shiboken6.isValid(window):
        window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(qtbot, context, territory_id, monkeypatch):
    # Closing at the end of a test drops the unsaved changes it left.
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda *_args: "discard")
    shown = open_territory_record(None, context, territory_id)
    qtbot.waitExposed(shown)
    yield shown
    close_window(shown)


def tab(window, title: str) -> QWidget:
    """Show the tab called ``title`` and return it."""
    tabs = window.view.tabs
    titles = [tabs.tabText(index) for index in range(tabs.count())]
    tabs.setCurrentIndex(titles.index(title))
    return tabs.currentWidget()


def plain(text: str) -> str:
    return text.replace(NBSP, " ").replace("\u202f", " ")


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; unlike ``QTest.keyClicks``, accented letters work."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def set_date(edit, value: date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


def territory_row(store, territory_id):
    with store.session() as session:
        rows = queries.list_territories(session, queries.TerritoryQuery())
    return next(row for row in rows if row.id == territory_id)


def record(store, territory_id):
    with store.session() as session:
        return load_record(session, territory_id)


# -- the shell -----------------------------------------------------------------------


def test_record_window_shows_header_and_tabs(qtbot, context, window, territory_id):
    assert window.windowTitle() == "Fiche territoire — Le Teil"
    tabs = window.view.tabs
    titles = [tabs.tabText(index) for index in range(tabs.count())]
    assert titles[:3] == ["Résumé", "Historique", "Méthode"]
    header = window.view.header
    assert header.name_label.text() == "Le Teil"
    assert header.stage_badge.text() == "Territoire intéressé"
    assert header.health_badge.text() == "Santé : Non renseignée"
    assert header.place_label.text() == "Ardèche (07) – Auvergne-Rhône-Alpes · Grappe : Grappe Drôme-Ardèche"
    assert not window.isModal()


def test_second_open_brings_same_window(qtbot, context, window, territory_id):
    again = open_territory_record(None, context, territory_id)
    assert again is window


def test_ctrl_w_closes_window(qtbot, context, window, territory_id):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.view.tabs.tabBar(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    reopened = open_territory_record(None, context, territory_id)
    assert reopened.isVisible()
    close_window(reopened)


# -- history -------------------------------------------------------------------------

PATH = [
    (StageStep.CHARTER_SIGNED, date(2021, 3, 4), "Charte signée en conseil municipal", Stage.EMERGING),
    (StageStep.DOSSIER_FILED, date(2022, 5, 10), "", Stage.CANDIDATURE),
    (StageStep.UNDER_REVIEW, date(2022, 6, 1), "Visite sur site en juillet", Stage.CANDIDATURE),
    (StageStep.OPINION_FAVOURABLE, date(2022, 9, 1), "", Stage.CANDIDATURE),
    (StageStep.ARRETE, date(2022, 12, 1), "Arrêté du 1er décembre", Stage.HABILITATED),
]


def add_step(qtbot, history, step, when, comment, published_on=None) -> None:
    def fill(dialog):
        assert isinstance(dialog, StageEventDialog)
        # The dialog proposes the step that follows the latest one.
        assert dialog.selected_step() is step
        set_date(dialog.date_edit, when)
        assert dialog.publication_row.isVisibleTo(dialog) == step.is_habilitation
        if published_on is not None:
            dialog.published_edit.none_check.setChecked(False)
            set_date(dialog.published_edit.date_edit, published_on)
        type_text(dialog.comment_edit, comment)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible(), dialog.errors.shown()

    errors = answer_next_dialog(fill)
    qtbot.mouseClick(history.add_button, Qt.MouseButton.LeftButton)
    raise_collected(errors)


def test_interested_to_habilitated_step_by_step(qtbot, store, window, territory_id):
    history = tab(window, "Historique")
    for step, when, comment, stage in PATH:
        add_step(qtbot, history, step, when, comment,
                 published_on=date(2022, 12, 10) if step.is_habilitation else None)
        assert window.view.header.stage_badge.text() == QApplication.translate("Stage", stage.label)
        assert territory_row(store, territory_id).stage is stage

    steps = [event_texts(event)[0] for event in history.timeline.events()]
    assert steps == [
        "Habilitation par arrêté",
        "Avis favorable",
        "Dossier en instruction",
        "Dossier de candidature déposé",
        "Charte d'engagement signée",
        "Intérêt manifesté",
    ]
    newest = event_texts(history.timeline.events()[0])
    assert newest == [
        "Habilitation par arrêté",
        "jeudi 1er décembre 2022 · Territoire habilité · publié au Journal officiel le samedi 10 décembre 2022",
        "Arrêté du 1er décembre",
    ]
    assert event_texts(history.timeline.events()[-1])[1] == "Date inconnue · Territoire intéressé"
    assert history.summary_label.text() == "6 étapes, la dernière le jeudi 1er décembre 2022"
    row = territory_row(store, territory_id)
    assert row.habilitation_date == date(2022, 12, 1)

    history.order_combo.setCurrentIndex(history.order_combo.findData("oldest"))
    assert event_texts(history.timeline.events()[1])[:2] == [
        "Charte d'engagement signée", "jeudi 4 mars 2021 · Projet émergent"]


def test_edit_and_delete_step_by_keyboard(qtbot, store, services, window, territory_id, monkeypatch):
    for step, when, comment, _stage in PATH:
        services.save_stage_event(None, StageEventInput(territory_id, step, when, comment))
    window.view.context.bus.notify("stage_event")
    history = tab(window, "Historique")
    history.timeline.setCurrentRow(0)

    def to_decret(dialog):
        assert dialog.selected_step() is StageStep.ARRETE
        dialog.select_step(StageStep.DECRET)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    errors = answer_next_dialog(to_decret)
    history.timeline.setFocus()
    QTest.keyClick(history.timeline, Qt.Key.Key_Return)
    raise_collected(errors)
    assert event_texts(history.timeline.events()[0])[0] == "Habilitation par décret"
    assert record(store, territory_id).habilitation_act.value == "decret"

    monkeypatch.setattr(messages, "confirm", lambda *_args: True)
    history.timeline.setCurrentRow(0)
    QTest.keyClick(history.timeline, Qt.Key.Key_Delete)
    assert window.view.header.stage_badge.text() == "Candidature"
    assert territory_row(store, territory_id).stage is Stage.CANDIDATURE
    assert record(store, territory_id).habilitation_act.value == ""
    assert len(history.timeline.events()) == 5


def test_publication_before_act_rejected(qtbot, store, window, territory_id):
    history = tab(window, "Historique")
    seen = {}

    def fill(dialog):
        dialog.select_step(StageStep.DECRET)
        set_date(dialog.date_edit, date(2023, 3, 1))
        dialog.published_edit.none_check.setChecked(False)
        set_date(dialog.published_edit.date_edit, date(2023, 2, 1))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["open"] = dialog.isVisible()
        seen["errors"] = dialog.errors.shown()

    errors = answer_next_dialog(fill)
    qtbot.mouseClick(history.add_button, Qt.MouseButton.LeftButton)
    raise_collected(errors)
    assert seen["open"]
    assert seen["errors"] == {"published_on": "La publication ne peut pas précéder la signature de l'acte."}
    assert territory_row(store, territory_id).stage is Stage.INTERESTED


# -- method --------------------------------------------------------------------------


def choose(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def test_phases_and_criteria_move_readiness(qtbot, store, window, territory_id):
    method = tab(window, "Méthode")
    assert plain(method.readiness_bar.text()) == "Préparation du dossier : 0 %"

    consensus = method.phase_rows[MethodPhase.CONSENSUS]
    choose(consensus.status_combo, PhaseStatus.REACHED.value)
    consensus.date_edit.none_check.setChecked(False)
    set_date(consensus.date_edit.date_edit, date(2021, 6, 1))
    type_text(consensus.comment_edit, "CLE installé")
    qtbot.mouseClick(consensus.save_button, Qt.MouseButton.LeftButton)

    for criterion in (Criterion.COMMITMENTS, Criterion.PROFILE, Criterion.CLE_CREATED):
        row = method.criterion_rows[criterion]
        choose(row.status_combo, CriterionStatus.MET.value)
        qtbot.mouseClick(row.save_button, Qt.MouseButton.LeftButton)
    assert method.readiness_bar.value() == 30
    for criterion in (Criterion.COMMUNICATION, Criterion.MOBILISATION):
        row = method.criterion_rows[criterion]
        choose(row.status_combo, CriterionStatus.IN_PROGRESS.value)
        qtbot.mouseClick(row.save_button, Qt.MouseButton.LeftButton)
    assert method.readiness_bar.value() == 40
    assert plain(method.readiness_bar.text()) == "Préparation du dossier : 40 %"

    saved = record(store, territory_id)
    assert saved.readiness == 40
    assert len(saved.phases) == 4
    assert len(saved.criteria) == 10
    phase = saved.phases[0]
    assert (phase.phase, phase.status, phase.status_date, phase.comment) == (
        MethodPhase.CONSENSUS, PhaseStatus.REACHED, date(2021, 6, 1), "CLE installé")
    assert saved.phases[1].status is PhaseStatus.NOT_STARTED
    assert saved.criteria[-1].status is CriterionStatus.NOT_STARTED


def test_criterion_future_date_rejected(qtbot, store, window, territory_id):
    method = tab(window, "Méthode")
    row = method.criterion_rows[Criterion.ORGANISATION]
    choose(row.status_combo, CriterionStatus.MET.value)
    row.date_edit.none_check.setChecked(False)
    set_date(row.date_edit.date_edit, date.today() + timedelta(days=30))
    qtbot.mouseClick(row.save_button, Qt.MouseButton.LeftButton)
    assert row.error_label.isVisibleTo(method)
    assert row.error_label.text() == "Cette date est dans le futur."
    assert method.readiness_bar.value() == 0
    row.date_edit.none_check.setChecked(True)
    qtbot.mouseClick(row.save_button, Qt.MouseButton.LeftButton)
    assert not row.error_label.isVisibleTo(method)
    assert method.readiness_bar.value() == 10


def test_attach_and_open_proof(qtbot, store, window, territory_id, tmp_path, monkeypatch):
    original = tmp_path / "deliberation-conseil.pdf"
    original.write_bytes(b"%PDF-1.4 deliberation du conseil municipal\n")
    monkeypatch.setattr(messages, "open_file", lambda *_args: original)
    opened = []
    monkeypatch.setattr(file_opener, "open_path", lambda path: opened.append(path) or True)

    method = tab(window, "Méthode")
    row = method.criterion_rows[Criterion.COMMITMENTS]
    assert not row.open_button.isEnabled()
    qtbot.mouseClick(row.attach_button, Qt.MouseButton.LeftButton)
    assert row.proof_label.text() == "deliberation-conseil.pdf"
    assert row.open_button.isEnabled()

    qtbot.mouseClick(row.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    assert opened[0].read_bytes() == original.read_bytes()
    assert opened[0].is_relative_to(store.data_dir / "documents")
    proof = record(store, territory_id).criteria[0].proof
    assert proof is not None
    assert proof.file_name == "deliberation-conseil.pdf"


# -- summary -------------------------------------------------------------------------


def test_summary_edits_with_errors_then_fixes(qtbot, store, window, territory_id):
    summary = tab(window, "Résumé")
    perimeter = summary.perimeter
    assert perimeter.departement_label.text() == "Ardèche (07)"
    assert perimeter.region_label.text() == "Auvergne-Rhône-Alpes"
    perimeter.communes_edit.setPlainText("Le Teil (0731)\nAlba-la-Romaine")
    type_text(perimeter.epci_edit, "CC Ardèche Rhône Coiron")
    qtbot.mouseClick(perimeter.save_button, Qt.MouseButton.LeftButton)
    message = plain(perimeter.errors.label("communes").text())
    assert message.startswith("Un code entre parenthèses n'est pas un code INSEE de commune")
    assert record(store, territory_id).epci == ""
    perimeter.communes_edit.setPlainText("Le Teil (07319)\nAlba-la-Romaine (07005)")
    assert not perimeter.errors.label("communes").text()
    qtbot.mouseClick(perimeter.save_button, Qt.MouseButton.LeftButton)
    saved = record(store, territory_id)
    assert saved.communes == "Le Teil (07319)\nAlba-la-Romaine (07005)"
    assert saved.epci == "CC Ardèche Rhône Coiron"
    assert not perimeter.save_button.isEnabled()

    cle = summary.cle
    type_text(cle.president_edit, "Olivier Peverelli")
    cle.members_edit.setPlainText("Mairie du Teil\nFrance Travail\nSecours catholique")
    cle.created_edit.none_check.setChecked(False)
    set_date(cle.created_edit.date_edit, date(2021, 6, 1))
    qtbot.mouseClick(cle.save_button, Qt.MouseButton.LeftButton)
    saved = record(store, territory_id)
    assert (saved.cle_president, saved.cle_members.splitlines(), saved.cle_created_on) == (
        "Olivier Peverelli", ["Mairie du Teil", "France Travail", "Secours catholique"], date(2021, 6, 1))

    health = summary.health
    choose(health.health_combo, Health.BLOCKED.value)
    qtbot.mouseClick(health.save_button, Qt.MouseButton.LeftButton)
    assert health.errors.label("reason").text() == "Indiquez la raison."
    assert record(store, territory_id).health is Health.UNKNOWN
    type_text(health.reason_edit, "Pas de portage politique depuis les élections")
    assert not health.errors.label("reason").text()
    qtbot.mouseClick(health.save_button, Qt.MouseButton.LeftButton)
    assert record(store, territory_id).health is Health.BLOCKED
    header = window.view.header
    assert header.health_badge.text() == "Santé : Bloqué"
    assert header.health_reason_label.text() == "Raison : Pas de portage politique depuis les élections"


def test_reload_keeps_unsaved_group(qtbot, services, window, territory_id):
    summary = tab(window, "Résumé")
    type_text(summary.cle.president_edit, "Olivier Peverelli")
    type_text(summary.perimeter.epci_edit, "CC Ardèche Rhône Coiron")
    qtbot.mouseClick(summary.perimeter.save_button, Qt.MouseButton.LeftButton)
    assert summary.cle.president_edit.text() == "Olivier Peverelli"
    assert window.view.unsaved_changes() == ["Comité local pour l'emploi (CLE)"]


def test_close_offers_to_save_changes(qtbot, store, window, territory_id, monkeypatch):
    summary = tab(window, "Résumé")
    type_text(summary.cle.president_edit, "Olivier Peverelli")
    questions = []

    def answer(_parent, _title, text):
        questions.append(text)
        return "save"

    monkeypatch.setattr(messages, "ask_save_discard_cancel", answer)
    window.close()
    assert len(questions) == 1
    assert "• Comité local pour l'emploi (CLE)" in questions[0]
    assert record(store, territory_id).cle_president == "Olivier Peverelli"


# -- undo ----------------------------------------------------------------------------


def send(sender_store, receiver_store, path):
    export_data(sender_store, path)
    return import_data(receiver_store, path)


@pytest.fixture
def second_copy(tmp_path):
    store = open_store(tmp_path / "bruno")
    Services(store).save_profile("Bruno Petit", ["84"])
    yield store
    store.close()


def test_ctrl_z_undoes_last_edit_and_travels(qtbot, store, window, territory_id, second_copy, tmp_path):
    summary = tab(window, "Résumé")
    health = summary.health
    choose(health.health_combo, Health.ON_TRACK.value)
    qtbot.mouseClick(health.save_button, Qt.MouseButton.LeftButton)
    send(store, second_copy, tmp_path / "premier.tzsync")
    assert record(second_copy, territory_id).health is Health.ON_TRACK
    assert window.view.undo_action.text() == "Annuler : État de santé"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.tabs.tabBar().setFocus()
    QTest.keyClick(window.view.tabs.tabBar(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert record(store, territory_id).health is Health.UNKNOWN
    assert health.health_combo.currentData() == Health.UNKNOWN.value
    assert window.view.header.health_badge.text() == "Santé : Non renseignée"
    assert window.statusBar().currentMessage() == "Modification annulée : État de santé."
    assert window.view.undo_action.text() != "Annuler : État de santé"

    send(store, second_copy, tmp_path / "second.tzsync")
    assert record(second_copy, territory_id).health is Health.UNKNOWN


def test_undo_disabled_without_edit(qtbot, tmp_path, french):
    store = open_store(tmp_path / "vide")
    try:
        services = Services(store)
        services.save_profile("Claire Martin", ["84"])
        from tzcld_desktop.ui.context import AppContext, DataBus

        territory = services.create_territory(TerritoryInput("Aubenas", Stage.EMERGING, "07"))
        # A fresh Services has no undo history, as after a start of the application.
        context = AppContext(store, Services(store), DataBus())
        view = TerritoryRecordView(context, territory)
        qtbot.addWidget(view)
        assert not view.undo_action.isEnabled()
        assert view.undo_action.text() == "Annuler"
        view.undo_action.trigger()
        assert territory_row(store, territory).name == "Aubenas"
    finally:
        store.close()


# -- statements ----------------------------------------------------------------------


@contextmanager
def counted(store):
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


def statements_to_open(qtbot, tmp_path, name: str, event_count: int) -> int:
    store = open_store(tmp_path / name)
    try:
        services = Services(store)
        services.save_profile("Claire Martin", ["84"])
        territory = services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED, "07"))
        steps = list(StageStep)
        for index in range(event_count):
            services.save_stage_event(None, StageEventInput(
                territory, steps[index % len(steps)], date(2015, 1, 1) + timedelta(days=30 * index),
                f"Étape {index}"))
        from tzcld_desktop.ui.context import AppContext, DataBus

        context = AppContext(store, services, DataBus())
        with counted(store) as statements:
            view = TerritoryRecordView(context, territory)
        qtbot.addWidget(view)
        assert len(view.tab_widgets[1].timeline.events()) == event_count + 1
        return len(statements)
    finally:
        store.close()


def test_opening_record_statement_count_flat(qtbot, tmp_path):
    assert statements_to_open(qtbot, tmp_path, "petit", 5) == statements_to_open(qtbot, tmp_path, "grand", 50)
