"""What opening a territory reads: the record window, its journal and actions, and the sheet data."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from sqlalchemy import event, text

from tzcld_desktop.db import followup_queries
from tzcld_desktop.db.record_queries import load_record
from tzcld_desktop.db.record_services import RecordNotFound
from tzcld_desktop.domain.forms import ActionInput, ClusterInput, MeetingInput, TerritoryInput
from tzcld_desktop.domain.record_forms import CleInput, NoteInput, PerimeterInput
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.domain.vocabulary import HabilitationAct, Health, NoteKind
from tzcld_desktop.reports.collect import territory_sheet_data
from tzcld_desktop.ui.record import actions_tab
from tzcld_desktop.ui.record.actions_tab import ActionsTab
from tzcld_desktop.ui.record.record_view import open_territory_record
from tzcld_desktop.ui.record.summary_tab import SummaryTab

pytestmark = [
    pytest.mark.usefixtures("french"),
    # The offscreen platform of the headless tests cannot raise a window above the others.
    pytest.mark.qt_log_ignore("This plugin does not support raise"),
]


def territory_reads(store) -> tuple[list[str], object]:
    """Start collecting the SQL statements that read the ``territory`` table itself."""
    found: list[str] = []

    def collect(_connection, _cursor, statement, *_args):
        if "FROM territory " in statement or statement.rstrip().endswith("FROM territory"):
            found.append(statement)

    event.listen(store.engine, "before_cursor_execute", collect)
    return found, collect


def set_column(store, table: str, column: str, value: str, row_id: str) -> None:
    """Write a raw value, as a newer version of the application could have stored it."""
    with store.engine.begin() as connection:
        connection.execute(text(f"UPDATE {table} SET {column} = :value WHERE id = :id"),
                           {"value": value, "id": row_id})


@pytest.fixture
def aubenas(services, profile):
    territory = services.create_territory(TerritoryInput("Aubenas", Stage.EMERGING, "07"))
    services.save_perimeter(territory, PerimeterInput(communes="Aubenas (07019)", epci="CC du Bassin d'Aubenas"))
    services.save_cle(territory, CleInput(president="Olivier Peverelli"))
    return territory


def test_record_window_reads_territory_once(qtbot, context, aubenas):
    reads, collect = territory_reads(context.store)
    try:
        window = open_territory_record(None, context, aubenas)
    finally:
        event.remove(context.store.engine, "before_cursor_execute", collect)
    qtbot.waitExposed(window)
    summary = window.view.tabs.currentWidget()

    assert len(reads) == 1
    assert isinstance(summary, SummaryTab)
    assert summary.isEnabled()
    assert summary.perimeter.communes_edit.toPlainText() == "Aubenas (07019)"
    assert summary.perimeter.epci_edit.text() == "CC du Bassin d'Aubenas"
    assert summary.cle.president_edit.text() == "Olivier Peverelli"
    assert not summary.perimeter.save_button.isEnabled()
    assert window.view.header.name_label.text() == "Aubenas"

    window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_summary_reloads_after_edit_elsewhere(qtbot, context, aubenas):
    window = open_territory_record(None, context, aubenas)
    qtbot.waitExposed(window)
    summary = window.view.tabs.currentWidget()

    context.services.save_cle(aubenas, CleInput(president="Claire Martin"))
    context.bus.notify("territory")

    assert summary.cle.president_edit.text() == "Claire Martin"
    if shiboken6.isValid(window):
        window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_records_of_two_territories(store, services, cluster_of_two):
    le_teil, _aubenas, _cluster = cluster_of_two
    lyon = services.create_territory(TerritoryInput("Lyon 8e", Stage.HABILITATED, "69"))
    services.save_cle(le_teil, CleInput(president="Olivier Peverelli"))

    with store.session() as session:
        first = load_record(session, le_teil)
        second = load_record(session, lyon)

    assert (first.id, first.name, second.id, second.name) == (le_teil, "Le Teil", lyon, "Lyon 8e")
    assert (first.departement_code, first.departement_name) == ("07", "Ardèche")
    assert first.region_name == "Auvergne-Rhône-Alpes"
    assert first.cluster_name == "Grappe Drôme-Ardèche"
    assert first.cle_president == "Olivier Peverelli"
    assert first.stage is Stage.INTERESTED
    assert first.health is Health.UNKNOWN
    assert first.habilitation_act is HabilitationAct.NONE
    assert second.departement_code == "69"
    assert second.cluster_name == ""
    assert second.cluster_id is None
    assert second.cle_president == ""
    assert second.stage is Stage.HABILITATED


def test_record_without_deleted_cluster(store, services, cluster_of_two):
    le_teil, _aubenas, cluster = cluster_of_two
    services.delete_cluster(cluster)

    with store.session() as session:
        record = load_record(session, le_teil)

    assert record.cluster_name == ""
    assert record.cluster_id is None


def test_deleted_territory_not_found(store, services, aubenas):
    services.delete_territory(aubenas)

    with store.session() as session, pytest.raises(RecordNotFound):
        load_record(session, aubenas)


def test_sheet_actions_by_due_date(store, services, aubenas):
    today = date(2026, 3, 1)
    services.save_action(None, ActionInput("Sans échéance", territory_id=aubenas))
    services.save_action(None, ActionInput("Relancer la mairie", "Claire Martin", today + timedelta(days=9),
                                           ActionStatus.DONE, territory_id=aubenas))
    services.save_action(None, ActionInput("Appeler le CLE", due_date=today, territory_id=aubenas))
    services.save_action(None, ActionInput("Appeler Pôle emploi", due_date=today, status=ActionStatus.IN_PROGRESS,
                                           territory_id=aubenas))
    other = services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    services.save_action(None, ActionInput("Action d'un autre territoire", territory_id=other))

    with store.session() as session:
        actions = territory_sheet_data(session, aubenas, today).actions

    assert [action.text for action in actions] == [
        "Appeler Pôle emploi", "Appeler le CLE", "Relancer la mairie", "Sans échéance"]
    assert [action.status_label for action in actions] == ["En cours", "À faire", "Fait", "À faire"]
    assert [action.is_open for action in actions] == [True, True, False, True]
    assert {action.territory for action in actions} == {"Aubenas"}
    assert actions[2].owner == "Claire Martin"
    assert actions[2].due_date == today + timedelta(days=9)


def test_territory_actions_keep_meeting(store, services, aubenas):
    cluster = services.save_cluster(None, ClusterInput("Grappe Ardèche", "84"))
    services.save_meeting(None, MeetingInput(cluster, date(2026, 2, 3), title="Réunion de grappe",
                                             territory_ids=[aubenas]),
                          [(None, ActionInput("Réserver la salle", territory_id=aubenas))])
    direct = services.save_action(None, ActionInput("Écrire au préfet", due_date=date(2026, 1, 5),
                                                    status=ActionStatus.DROPPED, territory_id=aubenas))

    with store.session() as session:
        first, second = followup_queries.list_territory_actions(session, aubenas)

    assert first.id == direct
    assert first.status is ActionStatus.DROPPED
    assert first.meeting_title == ""
    assert first.meeting_date is None
    assert first.territory_name == "Aubenas"
    assert second.text == "Réserver la salle"
    assert second.meeting_title == "Réunion de grappe"
    assert second.meeting_date == date(2026, 2, 3)


def test_unknown_action_status_listed_as_todo(store, services, aubenas):
    action = services.save_action(None, ActionInput("Statut d'une version plus récente", territory_id=aubenas))
    set_column(store, "action", "status", "reporte", action)

    with store.session() as session:
        (listed,) = followup_queries.list_territory_actions(session, aubenas)

    assert listed.status is ActionStatus.TODO


def test_notes_keep_kinds(store, services, aubenas):
    call = services.save_note(None, NoteInput(aubenas, date(2026, 1, 3), NoteKind.CALL, "Appel au maire"))
    visit = services.save_note(None, NoteInput(aubenas, date(2026, 1, 2), NoteKind.VISIT, "Visite de l'EBE"))
    newer = services.save_note(None, NoteInput(aubenas, date(2026, 1, 1), NoteKind.CALL, "Type inconnu"))
    set_column(store, "journal_note", "kind", "visio", newer)

    with store.session() as session:
        notes = followup_queries.list_notes(session, aubenas)

    assert [note.id for note in notes] == [call, visit, newer]
    assert [note.kind for note in notes] == [NoteKind.CALL, NoteKind.VISIT, NoteKind.OTHER]


def status_texts(tab: ActionsTab) -> list[str]:
    return [tab.model.index(row, tab.STATUS).data() for row in range(tab.model.rowCount())]


def test_actions_tab_open_overnight(qtbot, monkeypatch, context, aubenas):
    today = date.today()
    context.services.save_action(None, ActionInput("Appeler le CLE", due_date=today, territory_id=aubenas))
    tab = ActionsTab(context, aubenas)
    qtbot.addWidget(tab)
    tab.show()
    assert status_texts(tab) == ["À faire"]
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None

    class Tomorrow(date):
        @classmethod
        def today(cls):
            return today + timedelta(days=1)

    monkeypatch.setattr(actions_tab, "date", Tomorrow)
    tab.reload()

    assert status_texts(tab) == ["À faire, en retard"]
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_overdue_red_follows_palette(qtbot, context, aubenas):
    context.services.save_action(None, ActionInput("Appeler le CLE", due_date=date.today() - timedelta(days=2),
                                                   territory_id=aubenas))
    tab = ActionsTab(context, aubenas)
    qtbot.addWidget(tab)
    app = QApplication.instance()
    light = app.palette()
    light_red = tab.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color()

    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    app.setPalette(dark)
    try:
        dark_red = tab.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color()
    finally:
        app.setPalette(light)

    assert dark_red != light_red
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == light_red
