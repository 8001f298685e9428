"""The follow-up tabs of a territory record (EBE, indicators, contacts, journal, actions,
documents) and "Mes actions", driven through their buttons and dialogs as a referent would."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QWidget
from sqlalchemy import event

from dialog_answers import answer_next_dialog, raise_collected
from tzcld_desktop.db import blobs, followup_queries
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store
from tzcld_desktop.domain.forms import ActionInput, ClusterInput, MeetingInput, TerritoryInput
from tzcld_desktop.domain.record_forms import ContactInput, IndicatorInput, NoteInput
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.domain.vocabulary import ContactRole, Indicator, NoteKind
from tzcld_desktop.sync.exchange import export_data, import_data
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext, DataBus
from tzcld_desktop.ui.my_actions import MyActionsView
from tzcld_desktop.ui.record import contacts_tab, file_opener
from tzcld_desktop.ui.record.actions_tab import ActionsTab
from tzcld_desktop.ui.record.contacts_tab import ContactDialog, ContactsTab
from tzcld_desktop.ui.record.documents_tab import DocumentsTab
from tzcld_desktop.ui.record.ebe_tab import EbeDialog, EbeTab
from tzcld_desktop.ui.record.followup_widgets import format_size, parse_decimal
from tzcld_desktop.ui.theme import alert_color
from tzcld_desktop.ui.record.indicators_tab import IndicatorsTab, IndicatorValueDialog
from tzcld_desktop.ui.record.journal_tab import JournalTab, NoteDialog

TODAY = date.today()


@pytest.fixture(autouse=True)
def french_referent(french, profile):
    """Run every test in French, for Claire Martin, referent in Auvergne-Rhône-Alpes."""


@pytest.fixture
def territory_id(context):
    return context.services.create_territory(
        TerritoryInput("Villeurbanne – Les Brosses", Stage.HABILITATED, departement_code="69",
                       habilitation_date=date(2022, 2, 10)))


def show(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def click_button(widget: QWidget, text: str) -> None:
    buttons = [button for button in widget.findChildren(QPushButton) if button.text().replace("&", "") == text]
    assert len(buttons) == 1, f"expected one button {text!r}, found {len(buttons)}"
    buttons[0].click()


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` into a line or text field; QTest types only ASCII, so other letters are inserted."""
    for character in text:
        if character == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif ord(character) < 128:
            qtbot.keyClicks(widget, character)
        elif isinstance(widget, QLineEdit):
            widget.insert(character)
        else:
            widget.insertPlainText(character)


def column_texts(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


@contextmanager
def counted(store):
    statements: list[str] = []

    def count(_connection, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


# -- French input and formats ----------------------------------------------------------------


def test_decimal_comma_parsed():
    assert parse_decimal("12,5") == 12.5
    assert parse_decimal("12.5") == 12.5
    assert parse_decimal("1 200") == 1200
    assert parse_decimal("  ") is None
    with pytest.raises(ValueError):
        parse_decimal("douze")


def test_file_sizes_in_french_units():
    assert format_size(1) == "1 octet"
    assert format_size(850) == "850 octets"
    assert format_size(12_700) == "12,4 Ko"
    assert format_size(1_300_000) == "1,2 Mo"


# -- EBE ------------------------------------------------------------------------------------


def test_ebe_added_with_headcounts(qtbot, context, territory_id):
    tab = show(qtbot, EbeTab(context, territory_id))

    def fill_ebe(dialog: QDialog) -> None:
        assert isinstance(dialog, EbeDialog)
        type_into(qtbot, dialog.name_edit, "EBE Emerjean")
        dialog.opening_edit.set_value(date(2017, 1, 4))
        type_into(qtbot, dialog.sectors_edit, "Recyclerie, maraîchage")
        type_into(qtbot, dialog.etp_edit, "42,5")
        click_button(dialog, "Enregistrer")

    errors = answer_next_dialog(fill_ebe)
    click_button(tab, "Ajouter une EBE…")
    raise_collected(errors)

    assert column_texts(tab.model, 0) == ["EBE Emerjean"]
    assert column_texts(tab.model, 1) == ["04/01/2017"]
    assert column_texts(tab.model, 3) == ["42,5"]
    assert tab.selected().name == "EBE Emerjean"

    for day, typed in ((date(2024, 3, 1), "102"), (date(2018, 6, 1), "12")):
        def fill_headcount(dialog: QDialog, day=day, typed=typed) -> None:
            assert isinstance(dialog, IndicatorValueDialog)
            assert not dialog.indicator_combo.isEnabled()
            dialog.date_edit.setDate(qdate(day))
            type_into(qtbot, dialog.value_edit, typed)
            click_button(dialog, "Enregistrer")

        errors = answer_next_dialog(fill_headcount)
        click_button(tab, "Nouvel effectif…")
        raise_collected(errors)

    assert [(row.value_date, row.value) for row in tab.headcounts()] == [(date(2018, 6, 1), 12), (date(2024, 3, 1), 102)]
    assert column_texts(tab.headcount_model, 1) == ["102", "12"]
    assert column_texts(tab.model, 4) == ["102"]
    assert tab.headcount_chart.points() == [(date(2018, 6, 1), 12.0), (date(2024, 3, 1), 102.0)]


# -- indicators -----------------------------------------------------------------------------


def add_indicator_value(qtbot, tab: IndicatorsTab, indicator: Indicator, day: date, typed: str,
                        comment: str = "") -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, IndicatorValueDialog)
        dialog.indicator_combo.setCurrentIndex(dialog.indicator_combo.findData(indicator.value))
        dialog.date_edit.setDate(qdate(day))
        type_into(qtbot, dialog.value_edit, typed)
        type_into(qtbot, dialog.comment_edit, comment)
        click_button(dialog, "Enregistrer")

    errors = answer_next_dialog(fill)
    click_button(tab, "Ajouter une valeur…")
    raise_collected(errors)


def test_indicator_values_and_chart_data(qtbot, context, territory_id):
    tab = show(qtbot, IndicatorsTab(context, territory_id))
    add_indicator_value(qtbot, tab, Indicator.PEOPLE_CONCERNED, date(2024, 11, 2), "310,5", "recensement")
    add_indicator_value(qtbot, tab, Indicator.PEOPLE_CONCERNED, date(2020, 1, 15), "420")
    add_indicator_value(qtbot, tab, Indicator.PEOPLE_CONCERNED, date(2022, 5, 10), "380")
    add_indicator_value(qtbot, tab, Indicator.DEPRIVATION_TOTAL, date(2023, 5, 1), "62,5")

    assert tab.select_indicator(Indicator.PEOPLE_CONCERNED)
    expected = [(date(2020, 1, 15), 420.0), (date(2022, 5, 10), 380.0), (date(2024, 11, 2), 310.5)]
    assert tab.chart_data() == expected
    assert tab.chart.points() == expected
    group = tab.tree.topLevelItem(0)
    assert group.text(1) == "310,5\u00a0personnes"
    assert [group.child(row).text(0) for row in range(group.childCount())] == [
        "02/11/2024", "10/05/2022", "15/01/2020"]

    assert tab.select_indicator(Indicator.DEPRIVATION_TOTAL)
    assert tab.chart_data() == [(date(2023, 5, 1), 62.5)]
    assert tab.select_indicator(Indicator.HIRES)
    assert tab.chart_data() == []


def test_indicator_value_not_a_number_rejected(qtbot, context, territory_id):
    tab = show(qtbot, IndicatorsTab(context, territory_id))

    def fill(dialog: QDialog) -> None:
        type_into(qtbot, dialog.value_edit, "beaucoup")
        click_button(dialog, "Enregistrer")
        assert dialog.isVisible()
        assert "nombre" in dialog.errors.shown()["value"]
        dialog.value_edit.clear()
        type_into(qtbot, dialog.value_edit, "12,75")
        click_button(dialog, "Enregistrer")
        assert not dialog.isVisible()

    errors = answer_next_dialog(fill)
    click_button(tab, "Ajouter une valeur…")
    raise_collected(errors)
    assert tab.chart_data() == [(TODAY, 12.75)]


# -- contacts -------------------------------------------------------------------------------


def test_contact_bad_email_rejected_then_fixed(qtbot, context, territory_id, monkeypatch):
    tab = show(qtbot, ContactsTab(context, territory_id))

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        assert dialog.personal_check.isChecked()
        assert "RGPD" in dialog.personal_check.toolTip()
        type_into(qtbot, dialog.name_edit, "Marie Dupont")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(ContactRole.ELECTED.value))
        type_into(qtbot, dialog.organisation_edit, "Mairie de Villeurbanne")
        type_into(qtbot, dialog.phone_edit, "04 78 00 00 00")
        type_into(qtbot, dialog.email_edit, "marie.dupont@mairie")
        click_button(dialog, "Enregistrer")
        assert dialog.isVisible()
        assert dialog.errors.shown() == {"email": "Cette adresse électronique n'est pas valide."}
        type_into(qtbot, dialog.email_edit, ".fr")
        assert dialog.errors.shown() == {}
        click_button(dialog, "Enregistrer")
        assert not dialog.isVisible()

    errors = answer_next_dialog(fill)
    click_button(tab, "Ajouter un contact…")
    raise_collected(errors)

    assert column_texts(tab.model, 0) == ["Marie Dupont"]
    assert column_texts(tab.model, 1) == ["Élu ou élue"]
    assert column_texts(tab.model, 4) == ["marie.dupont@mairie.fr"]
    assert column_texts(tab.model, 5) == ["Oui"]

    opened: list[QUrl] = []
    monkeypatch.setattr(contacts_tab, "open_url", lambda url: opened.append(url) or True)
    tab.table.selectRow(0)
    click_button(tab, "Écrire un courriel")
    assert [url.toString() for url in opened] == ["mailto:marie.dupont@mairie.fr"]


def test_contact_edited_and_deleted(qtbot, context, territory_id, monkeypatch):
    context.services.save_contact(None, ContactInput("Jean Moreau", territory_id, organisation="EBE Emerjean"))
    tab = show(qtbot, ContactsTab(context, territory_id))
    tab.table.selectRow(0)

    def untick_personal(dialog: QDialog) -> None:
        assert dialog.name_edit.text() == "Jean Moreau"
        dialog.personal_check.setChecked(False)
        click_button(dialog, "Enregistrer")

    errors = answer_next_dialog(untick_personal)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    raise_collected(errors)
    assert column_texts(tab.model, 5) == ["Non"]

    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == 0


# -- journal --------------------------------------------------------------------------------


def test_journal_notes_newest_first_with_profile_author(qtbot, context, territory_id):
    tab = show(qtbot, JournalTab(context, territory_id))
    for day, kind, text in ((date(2025, 3, 4), NoteKind.CALL, "Appel du maire"),
                            (date(2025, 5, 20), NoteKind.VISIT, "Visite de l'EBE\ndétails de la visite"),
                            (date(2025, 1, 9), NoteKind.EMAIL, "Courriel au CLE")):
        def fill(dialog: QDialog, day=day, kind=kind, text=text) -> None:
            assert isinstance(dialog, NoteDialog)
            assert dialog.author_edit.text() == "Claire Martin"
            dialog.date_edit.setDate(qdate(day))
            dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind.value))
            type_into(qtbot, dialog.text_edit, text)
            click_button(dialog, "Enregistrer")

        errors = answer_next_dialog(fill)
        click_button(tab, "Nouvelle note…")
        raise_collected(errors)

    assert column_texts(tab.model, 0) == ["20/05/2025", "04/03/2025", "09/01/2025"]
    assert column_texts(tab.model, 1) == ["Visite", "Appel", "Courriel"]
    assert column_texts(tab.model, 2) == ["Claire Martin"] * 3
    assert column_texts(tab.model, 3)[0] == "Visite de l'EBE"
    assert tab.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "Visite de l'EBE\ndétails de la visite"
    assert tab.count_label.text() == "3 notes"

    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData(NoteKind.CALL.value))
    assert column_texts(tab.model, 3) == ["Appel du maire"]
    assert tab.count_label.text() == "1 sur 3 notes"
    tab.kind_combo.setCurrentIndex(0)
    assert tab.model.rowCount() == 3


def test_journal_note_without_text_rejected(qtbot, context, territory_id):
    tab = show(qtbot, JournalTab(context, territory_id))

    def fill(dialog: QDialog) -> None:
        click_button(dialog, "Enregistrer")
        assert dialog.isVisible()
        assert dialog.errors.shown() == {"text": "Écrivez la note."}

    errors = answer_next_dialog(fill)
    click_button(tab, "Nouvelle note…")
    raise_collected(errors)
    assert tab.model.rowCount() == 0


def test_journal_statements_same_for_10_and_200(qtbot, context, territory_id):
    tab = show(qtbot, JournalTab(context, territory_id))
    counts = {}
    written = 0
    for size in (10, 200):
        for index in range(written, size):
            context.services.save_note(None, NoteInput(territory_id, date(2024, 1, 1) + timedelta(days=index),
                                                       NoteKind.CALL, f"Note {index}"))
        written = size
        with counted(context.store) as statements:
            tab.reload()
        assert tab.model.rowCount() == size
        counts[size] = len(statements)
    assert counts[10] == counts[200]


# -- actions --------------------------------------------------------------------------------


def test_overdue_action_stands_out(qtbot, context, territory_id):
    services = context.services
    services.save_action(None, ActionInput("Préparer le comité local", "Marie Dupont", TODAY + timedelta(days=30),
                                           ActionStatus.IN_PROGRESS, territory_id))
    services.save_action(None, ActionInput("Relancer la mairie", "Claire Martin", TODAY - timedelta(days=40),
                                           ActionStatus.DONE, territory_id))
    tab = show(qtbot, ActionsTab(context, territory_id))

    def fill(dialog: QDialog) -> None:
        type_into(qtbot, dialog.text_edit, "Envoyer le dossier de candidature")
        type_into(qtbot, dialog.owner_edit, "Claire Martin")
        dialog.due_check.setChecked(True)
        dialog.due_edit.setDate(qdate(TODAY - timedelta(days=3)))
        click_button(dialog, "Enregistrer")

    errors = answer_next_dialog(fill)
    click_button(tab, "Nouvelle action…")
    raise_collected(errors)

    assert column_texts(tab.model, 0) == [
        "Relancer la mairie", "Envoyer le dossier de candidature", "Préparer le comité local"]
    assert column_texts(tab.model, tab.STATUS) == ["Fait", "À faire, en retard", "En cours"]
    red = alert_color()
    overdue = tab.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert overdue is not None and overdue.color() == red
    assert tab.model.index(1, tab.STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert tab.model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_action_edit_keeps_its_meeting(qtbot, context, territory_id):
    cluster = context.services.save_cluster(None, ClusterInput("Grappe Rhône", region_code="84"))
    meeting = context.services.save_meeting(
        None, MeetingInput(cluster, date(2025, 6, 3), title="Réunion de grappe", territory_ids=[territory_id]),
        [(None, ActionInput("Partager le bilan", territory_id=territory_id))])
    tab = show(qtbot, ActionsTab(context, territory_id))
    tab.table.selectRow(0)
    assert column_texts(tab.model, 1) == ["Réunion de grappe (03/06/2025)"]

    def mark_done(dialog: QDialog) -> None:
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(ActionStatus.DONE.value))
        click_button(dialog, "Enregistrer")

    errors = answer_next_dialog(mark_done)
    click_button(tab, "Modifier…")
    raise_collected(errors)
    with context.store.session() as session:
        (action,) = followup_queries.list_territory_actions(session, territory_id)
    assert action.status is ActionStatus.DONE
    assert action.meeting_id == meeting


def test_my_actions_sorted_and_filtered(qtbot, context, territory_id):
    services = context.services
    other = services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED, departement_code="07"))
    cluster = services.save_cluster(None, ClusterInput("Grappe Rhône", region_code="84"))
    services.save_meeting(None, MeetingInput(cluster, date(2025, 6, 3), title="Réunion de grappe"),
                          [(None, ActionInput("Réserver la salle", "claire  MARTÍN", TODAY + timedelta(days=2)))])
    services.save_action(None, ActionInput("Sans échéance", "Claire Martin", None, ActionStatus.TODO, other))
    services.save_action(None, ActionInput("Relancer la mairie", "Marie Dupont", TODAY - timedelta(days=5),
                                           ActionStatus.IN_PROGRESS, territory_id))
    services.save_action(None, ActionInput("Déjà fait", "Claire Martin", TODAY - timedelta(days=9),
                                           ActionStatus.DONE, territory_id))
    services.save_action(None, ActionInput("Écrire au préfet", "Claire Martin", TODAY + timedelta(days=20),
                                           ActionStatus.TODO, other))
    view = show(qtbot, MyActionsView(context))

    assert column_texts(view.model, 1) == [
        "Relancer la mairie", "Réserver la salle", "Écrire au préfet", "Sans échéance"]
    assert column_texts(view.model, 0) == [
        "Villeurbanne – Les Brosses", "Réunion : Réunion de grappe", "Le Teil", "Le Teil"]
    assert column_texts(view.model, 4)[0] == "En cours, en retard"
    assert view.model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole).color() == alert_color()
    assert view.model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) is None

    view.mine_check.click()
    assert column_texts(view.model, 1) == ["Réserver la salle", "Écrire au préfet", "Sans échéance"]
    view.mine_check.click()
    assert view.model.rowCount() == 4

    services.save_action(None, ActionInput("Nouvelle", "Claire Martin", TODAY, ActionStatus.TODO, other))
    context.bus.notify("action")
    assert view.model.rowCount() == 5


def test_my_actions_hidden_reads_when_shown(qtbot, context, territory_id, monkeypatch):
    reads = []
    list_open_actions = followup_queries.list_open_actions

    def counted_read(session):
        reads.append(1)
        return list_open_actions(session)

    monkeypatch.setattr(followup_queries, "list_open_actions", counted_read)
    view = MyActionsView(context)
    qtbot.addWidget(view)
    assert len(reads) == 1

    for text in ("Relancer la mairie", "Réserver la salle"):
        context.services.save_action(None, ActionInput(text, "Claire Martin", TODAY, ActionStatus.TODO,
                                                       territory_id))
        context.bus.notify("action")
    assert len(reads) == 1
    assert view.model.rowCount() == 0

    show(qtbot, view)
    assert len(reads) == 2
    assert column_texts(view.model, 1) == ["Relancer la mairie", "Réserver la salle"]
    view.hide()
    view.show()
    assert len(reads) == 2


def test_my_actions_double_click_opens_form(qtbot, context, territory_id):
    context.services.save_action(None, ActionInput("Relancer la mairie", "Claire Martin", TODAY,
                                                   ActionStatus.TODO, territory_id))
    view = show(qtbot, MyActionsView(context))
    view.table.selectRow(0)

    def mark_done(dialog: QDialog) -> None:
        assert dialog.text_edit.toPlainText() == "Relancer la mairie"
        assert dialog.territory_combo.currentText() == "Villeurbanne – Les Brosses"
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(ActionStatus.DONE.value))
        click_button(dialog, "Enregistrer")

    errors = answer_next_dialog(mark_done)
    rect = view.table.visualRect(view.model.index(0, 1))
    # Item views open a row on the second click of a press and double click on the same row.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    raise_collected(errors)
    assert view.model.rowCount() == 0


def test_my_actions_in_one_statement(context, territory_id):
    for index in range(30):
        context.services.save_action(None, ActionInput(f"Action {index}", "Claire Martin",
                                                       TODAY + timedelta(days=index), territory_id=territory_id))
    with counted(context.store) as statements, context.store.session() as session:
        actions = followup_queries.list_open_actions(session)
    assert len(actions) == 30
    assert len(statements) == 1


# -- documents ------------------------------------------------------------------------------


def test_document_attached_opened_and_removed(qtbot, context, territory_id, tmp_path, monkeypatch):
    original = tmp_path / "convention 2024.pdf"
    original.write_bytes(b"%PDF-1.4 convention " + bytes(range(256)) * 5000)
    tab = show(qtbot, DocumentsTab(context, territory_id))
    monkeypatch.setattr(messages, "open_file", lambda parent, title, filters: original)
    click_button(tab, "Joindre un fichier…")

    assert column_texts(tab.model, 0) == ["convention 2024"]
    assert column_texts(tab.model, 1) == ["convention 2024.pdf"]
    assert column_texts(tab.model, 2) == ["1,2 Mo"]
    assert column_texts(tab.model, 4) == ["Pièce jointe"]

    opened: list[Path] = []
    monkeypatch.setattr(file_opener, "open_path", lambda path: opened.append(path) or True)
    tab.table.selectRow(0)
    click_button(tab, "Ouvrir")
    assert len(opened) == 1
    assert opened[0].name == "convention 2024.pdf"
    assert opened[0].read_bytes() == original.read_bytes()

    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    click_button(tab, "Retirer")
    assert tab.model.rowCount() == 0


def test_dropped_files_attached(qtbot, context, territory_id, tmp_path):
    first = tmp_path / "compte-rendu.txt"
    first.write_text("Compte rendu du CLE", encoding="utf-8")
    second = tmp_path / "budget.csv"
    second.write_text("poste;montant\n", encoding="utf-8")
    tab = show(qtbot, DocumentsTab(context, territory_id))

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    drop = QDropEvent(QPointF(QPoint(50, 50)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    tab.dropEvent(drop)

    assert column_texts(tab.model, 1) == ["budget.csv", "compte-rendu.txt"]
    assert column_texts(tab.model, 2) == ["14 octets", "19 octets"]


def test_missing_stored_file_explained(qtbot, context, territory_id, tmp_path, monkeypatch):
    original = tmp_path / "dossier.pdf"
    original.write_bytes(b"%PDF-1.4 dossier")
    document_id = context.services.attach_file(original, territory_id=territory_id)
    tab = show(qtbot, DocumentsTab(context, territory_id))
    (document,) = tab.model.rows()
    assert document.document_id == document_id
    blobs.blob_path(context.store.data_dir, document.sha256).unlink()

    shown: list[str] = []
    opened: list[Path] = []
    monkeypatch.setattr(messages, "information", lambda parent, title, text, details="": shown.append(text))
    monkeypatch.setattr(file_opener, "open_path", lambda path: opened.append(path) or True)
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened == []
    assert len(shown) == 1
    assert "« dossier.pdf » n'est pas encore dans vos données" in shown[0]


# -- exchange with a second copy ------------------------------------------------------------


def test_followup_survives_exchange(qtbot, context, territory_id, tmp_path):
    services = context.services
    services.save_contact(None, ContactInput("Marie Dupont", territory_id, role=ContactRole.ELECTED,
                                             email="marie.dupont@mairie.fr", personal=True))
    services.save_note(None, NoteInput(territory_id, date(2025, 3, 4), NoteKind.VISIT, "Visite de l'EBE"))
    services.save_indicator_value(None, IndicatorInput(territory_id, Indicator.VOLUNTEERS, date(2024, 1, 1), 85))
    services.save_indicator_value(None, IndicatorInput(territory_id, Indicator.VOLUNTEERS, date(2025, 1, 1), 97.5))
    exchange_file = tmp_path / "echange.tzsync"
    export_data(context.store, exchange_file)

    other_store = open_store(tmp_path / "bruno")
    try:
        other_services = Services(other_store)
        other_services.save_profile("Bruno Petit", ["84"])
        import_data(other_store, exchange_file)
        other = AppContext(other_store, other_services, DataBus())

        contacts = show(qtbot, ContactsTab(other, territory_id))
        assert column_texts(contacts.model, 0) == ["Marie Dupont"]
        assert column_texts(contacts.model, 4) == ["marie.dupont@mairie.fr"]
        assert column_texts(contacts.model, 5) == ["Oui"]
        journal = show(qtbot, JournalTab(other, territory_id))
        assert column_texts(journal.model, 2) == ["Claire Martin"]
        assert column_texts(journal.model, 3) == ["Visite de l'EBE"]
        indicators = show(qtbot, IndicatorsTab(other, territory_id))
        indicators.select_indicator(Indicator.VOLUNTEERS)
        assert indicators.chart_data() == [(date(2024, 1, 1), 85.0), (date(2025, 1, 1), 97.5)]
    finally:
        other_store.close()
