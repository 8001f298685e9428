"""The clusters and meetings tab, driven through its buttons and dialogs as a referent would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtWidgets import QDialog, QListWidget, QPushButton, QWidget

from dialog_answers import answer_next_dialog, raise_collected
from tzcld_desktop.db import queries
from tzcld_desktop.db.models import Meeting
from tzcld_desktop.domain.forms import ActionInput, ClusterInput, MeetingInput, TerritoryInput
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.action_form import ActionDialog
from tzcld_desktop.ui.cluster_form import ClusterDialog, ClusterMembersDialog
from tzcld_desktop.ui.meeting_form import MeetingDialog
from tzcld_desktop.ui.handout_export import handout_file_name
from tzcld_desktop.ui.formatting import format_long_date
from tzcld_desktop.ui.meetings_panel import MEETING_DATE, MeetingsPanel
from tzcld_desktop.ui.models.action_table import ActionTableModel

MEETING_DAY = date(2026, 11, 17)
DUE_DAY = date(2027, 1, 15)


@pytest.fixture(autouse=True)
def french_referent(french, profile):
    """Run every test in French, for a referent who follows Auvergne-Rhône-Alpes."""


@pytest.fixture
def territories(context):
    """Three territories of Auvergne-Rhône-Alpes, by name."""
    services = context.services
    created = {
        "Échirolles-Ouest": services.create_territory(
            TerritoryInput("Échirolles-Ouest", Stage.EMERGING, departement_code="38")
        ),
        "Villeurbanne – Les Brosses": services.create_territory(
            TerritoryInput("Villeurbanne – Les Brosses", Stage.HABILITATED, departement_code="69",
                           habilitation_date=date(2022, 2, 10))
        ),
        "Le Teil": services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED, departement_code="07")),
    }
    context.bus.notify("territory")
    return created


@pytest.fixture
def cluster_id(context, territories):
    """A cluster whose members are the three territories."""
    new_id = context.services.save_cluster(
        None, ClusterInput("Grappe Rhône-Alpes", region_code="84", animator="Association Ressources")
    )
    context.services.set_cluster_territories(new_id, list(territories.values()))
    context.bus.notify("cluster", "territory")
    return new_id


@pytest.fixture
def panel(qtbot, context):
    widget = MeetingsPanel(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def click_button(dialog: QWidget, text: str) -> None:
    buttons = [button for button in dialog.findChildren(QPushButton) if button.text() == text]
    if len(buttons) > 1:
        # Another tab of the dialog has a button of the same name: take the one shown.
        buttons = [button for button in buttons if button.isVisibleTo(dialog)]
    assert len(buttons) == 1, f"expected one button {text!r}, found {len(buttons)}"
    buttons[0].click()


def set_checked(list_widget: QListWidget, names: set[str]) -> None:
    for row in range(list_widget.count()):
        item = list_widget.item(row)
        ticked = any(item.text().startswith(name) for name in names)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)


def tree_rows(tree) -> list[list[str]]:
    return [
        [tree.topLevelItem(row).text(column) for column in range(tree.columnCount())]
        for row in range(tree.topLevelItemCount())
    ]


def save_meeting(context, cluster_id, territory_ids, meeting_date=MEETING_DAY) -> str:
    meeting_id = context.services.save_meeting(
        None,
        MeetingInput(cluster_id, meeting_date, title="Réunion de grappe", place="Mairie de Villeurbanne",
                     territory_ids=territory_ids),
    )
    context.bus.notify("meeting", "meeting_territory")
    return meeting_id


# -- clusters ------------------------------------------------------------------------


def test_cluster_created_through_dialog(panel, context):
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ClusterDialog)
        assert dialog.region_combo.currentText() == "Auvergne-Rhône-Alpes"
        dialog.name_edit.setText("Grappe Isère – Rhône")
        dialog.animator_edit.setPlainText("Association Ressources\nMarie Dupont")
        click_button(dialog, "Enregistrer")

    errors = answer_next_dialog(fill)
    panel.new_cluster_button.click()
    raise_collected(errors)

    assert tree_rows(panel.cluster_tree) == [["Grappe Isère – Rhône", "Auvergne-Rhône-Alpes"]]
    assert panel.selected_cluster_id() is not None
    assert panel.cluster_title.text() == "Grappe Isère – Rhône — Auvergne-Rhône-Alpes"
    with context.store.session() as session:
        (cluster,) = queries.list_clusters(session)
    assert cluster.animator == "Association Ressources\nMarie Dupont"


def test_cluster_without_name_shows_error(qtbot, context):
    dialog = ClusterDialog(context, None)
    qtbot.addWidget(dialog)
    click_button(dialog, "Enregistrer")
    assert dialog.errors.shown() == {"name": "Indiquez le nom de la grappe."}
    assert dialog.result() != QDialog.DialogCode.Accepted
    with context.store.session() as session:
        assert queries.list_clusters(session) == []


def test_cluster_edit_keeps_values(panel, context, cluster_id):
    def rename(dialog: QDialog) -> None:
        assert dialog.name_edit.text() == "Grappe Rhône-Alpes"
        assert dialog.animator_edit.toPlainText() == "Association Ressources"
        dialog.name_edit.setText("Grappe Rhône-Alpes Sud")
        click_button(dialog, "Enregistrer")

    errors = answer_next_dialog(rename)
    panel.edit_cluster_button.click()
    raise_collected(errors)
    assert tree_rows(panel.cluster_tree) == [["Grappe Rhône-Alpes Sud", "Auvergne-Rhône-Alpes"]]


def test_cluster_deleted_after_confirmation(panel, context, cluster_id, monkeypatch):
    questions = []
    answers = iter([False, True])
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: questions.append(text) or next(answers))

    panel.delete_cluster_button.click()
    assert len(tree_rows(panel.cluster_tree)) == 1
    panel.delete_cluster_button.click()
    assert tree_rows(panel.cluster_tree) == []
    assert questions[0] == "Supprimer la grappe « Grappe Rhône-Alpes » ?"
    assert panel.cluster_empty_label.isVisible()
    assert not panel.new_meeting_button.isEnabled()


def test_members_chosen_through_dialog(panel, context, territories):
    context.services.save_cluster(None, ClusterInput("Grappe Rhône-Alpes", region_code="84"))
    context.bus.notify("cluster")
    assert tree_rows(panel.member_tree) == []

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, ClusterMembersDialog)
        assert dialog.territory_list.count() == 3
        set_checked(dialog.territory_list, {"Échirolles-Ouest", "Villeurbanne – Les Brosses"})
        click_button(dialog, "Enregistrer")

    errors = answer_next_dialog(choose)
    panel.members_button.click()
    raise_collected(errors)

    assert tree_rows(panel.member_tree) == [
        ["Échirolles-Ouest", "38", "Projet émergent"],
        ["Villeurbanne – Les Brosses", "69", "Territoire habilité"],
    ]
    assert panel.member_count_label.text() == "2 territoires"


def test_members_dialog_names_other_cluster(qtbot, context, cluster_id, territories):
    other = context.services.save_cluster(None, ClusterInput("Grappe Ardèche", region_code="84"))
    dialog = ClusterMembersDialog(context, other)
    qtbot.addWidget(dialog)
    texts = [dialog.territory_list.item(row).text() for row in range(dialog.territory_list.count())]
    assert "Le Teil (07) — Territoire intéressé — grappe Grappe Rhône-Alpes" in texts
    assert dialog.checked_ids() == []

    dialog.filter_edit.setText("echirolles")
    visible = [dialog.territory_list.item(row).text() for row in range(dialog.territory_list.count())
               if not dialog.territory_list.item(row).isHidden()]
    assert visible == ["Échirolles-Ouest (38) — Projet émergent — grappe Grappe Rhône-Alpes"]


# -- meetings ------------------------------------------------------------------------


def fill_new_meeting(dialog: QDialog) -> None:
    assert isinstance(dialog, MeetingDialog)
    assert dialog.title_edit.text() == "Réunion de grappe"
    assert dialog.date_edit.date() == QDate.currentDate()
    dialog.date_edit.setDate(QDate(2026, 11, 17))
    dialog.place_edit.setText("Mairie de Villeurbanne")
    set_checked(dialog.territory_list, {"Échirolles-Ouest", "Villeurbanne – Les Brosses"})
    assert dialog.attendance_label.text() == "2 territoires invités"
    dialog.minutes_edit.setPlainText("Tour de table des territoires.\nPoint sur les candidatures.")
    dialog.decisions_edit.setPlainText("Prochaine réunion à Grenoble.")

    def fill_action(action_dialog: QDialog) -> None:
        assert isinstance(action_dialog, ActionDialog)
        territory_names = [action_dialog.territory_combo.itemText(i) for i in range(action_dialog.territory_combo.count())]
        assert territory_names == ["Aucun (action de la grappe)", "Échirolles-Ouest", "Villeurbanne – Les Brosses"]
        action_dialog.text_edit.setPlainText("Envoyer le cahier des charges au CLE")
        action_dialog.territory_combo.setCurrentText("Échirolles-Ouest")
        action_dialog.owner_edit.setText("Claire Martin")
        action_dialog.due_check.setChecked(True)
        action_dialog.due_edit.setDate(QDate(2027, 1, 15))
        click_button(action_dialog, "Enregistrer")

    action_errors = answer_next_dialog(fill_action)
    click_button(dialog, "Ajouter une action")
    raise_collected(action_errors)
    assert dialog.action_model.rowCount() == 1
    click_button(dialog, "Enregistrer")


def test_meeting_logged_and_listed(panel, context, cluster_id, territories):
    errors = answer_next_dialog(fill_new_meeting)
    panel.new_meeting_button.click()
    raise_collected(errors)

    assert tree_rows(panel.meeting_tree) == [
        ["mardi 17 novembre 2026", "Réunion de grappe", "Mairie de Villeurbanne", "2"]
    ]
    with context.store.session() as session:
        (meeting,) = queries.list_meetings(session, cluster_id)
        (action,) = queries.list_actions(session, meeting_id=meeting.id)
    assert meeting.meeting_date == MEETING_DAY
    assert set(meeting.territory_ids) == {territories["Échirolles-Ouest"], territories["Villeurbanne – Les Brosses"]}
    assert meeting.minutes == "Tour de table des territoires.\nPoint sur les candidatures."
    assert meeting.decisions == "Prochaine réunion à Grenoble."
    assert action.text == "Envoyer le cahier des charges au CLE"
    assert action.owner == "Claire Martin"
    assert action.due_date == DUE_DAY
    assert action.status is ActionStatus.TODO
    assert action.territory_id == territories["Échirolles-Ouest"]


def test_meeting_reopened_with_same_values(panel, context, cluster_id):
    errors = answer_next_dialog(fill_new_meeting)
    panel.new_meeting_button.click()
    raise_collected(errors)
    seen = {}

    def read_back(dialog: QDialog) -> None:
        seen["title"] = dialog.title_edit.text()
        seen["date"] = dialog.date_edit.date()
        seen["place"] = dialog.place_edit.text()
        seen["attending"] = sorted(
            dialog.territory_list.item(row).text() for row in range(dialog.territory_list.count())
            if dialog.territory_list.item(row).checkState() == Qt.CheckState.Checked
        )
        seen["minutes"] = dialog.minutes_edit.toPlainText()
        seen["decisions"] = dialog.decisions_edit.toPlainText()
        model = dialog.action_model
        seen["action"] = [model.index(0, column).data() for column in range(model.columnCount())]
        click_button(dialog, "Annuler")

    panel.select_meeting(panel.meeting_tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole))
    errors = answer_next_dialog(read_back)
    panel.open_meeting_button.click()
    raise_collected(errors)

    assert seen["title"] == "Réunion de grappe"
    assert seen["date"] == QDate(2026, 11, 17)
    assert seen["place"] == "Mairie de Villeurbanne"
    assert seen["attending"] == ["Villeurbanne – Les Brosses — Territoire habilité", "Échirolles-Ouest — Projet émergent"]
    assert seen["minutes"] == "Tour de table des territoires.\nPoint sur les candidatures."
    assert seen["decisions"] == "Prochaine réunion à Grenoble."
    assert seen["action"] == [
        "Envoyer le cahier des charges au CLE", "Échirolles-Ouest", "Claire Martin", "15/01/2027", "À faire",
    ]


def test_meeting_actions_edited_and_deleted(qtbot, context, cluster_id, territories):
    meeting_id = save_meeting(context, cluster_id, [territories["Le Teil"]])
    services = context.services
    kept_id = services.save_action(None, ActionInput("Relancer la mairie", meeting_id=meeting_id))
    dropped_id = services.save_action(None, ActionInput("Réserver la salle", meeting_id=meeting_id))
    dialog = MeetingDialog(context, meeting_id, cluster_id)
    qtbot.addWidget(dialog)
    assert dialog.action_model.rowCount() == 2

    dialog.action_view.selectRow(1)  # "Réserver la salle", sorted by text after "Relancer…"
    # The needs tab has a "Supprimer" button too; this one is under the actions.
    dialog.delete_action_button.click()
    dialog.action_view.selectRow(0)

    def mark_done(action_dialog: QDialog) -> None:
        assert action_dialog.text_edit.toPlainText() == "Relancer la mairie"
        action_dialog.status_combo.setCurrentText("Fait")
        click_button(action_dialog, "Enregistrer")

    errors = answer_next_dialog(mark_done)
    click_button(dialog, "Modifier")
    raise_collected(errors)
    with context.store.session() as session:
        assert len(queries.list_actions(session, meeting_id=meeting_id)) == 2  # nothing saved yet

    click_button(dialog, "Enregistrer")
    with context.store.session() as session:
        actions = queries.list_actions(session, meeting_id=meeting_id)
    assert [(action.id, action.status) for action in actions] == [(kept_id, ActionStatus.DONE)]
    assert dropped_id not in [action.id for action in actions]


def test_action_without_text_shows_error(qtbot):
    dialog = ActionDialog([])
    qtbot.addWidget(dialog)
    click_button(dialog, "Enregistrer")
    assert dialog.errors.shown() == {"text": "Décrivez l'action."}
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_action_buttons_save_or_cancel(qtbot):
    dialog = ActionDialog([])
    qtbot.addWidget(dialog)

    assert sorted(button.text() for button in dialog.findChildren(QPushButton)) == ["Annuler", "Enregistrer"]


def test_action_message_goes_when_text_typed(qtbot):
    dialog = ActionDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    click_button(dialog, "Enregistrer")
    assert dialog.errors.shown() == {"text": "Décrivez l'action."}

    qtbot.keyClicks(dialog.text_edit, "Appeler la mairie")

    assert dialog.errors.shown() == {}
    assert not dialog.errors.labels["text"].isVisible()


def test_meeting_cancel_discards_actions(qtbot, context, cluster_id):
    dialog = MeetingDialog(context, None, cluster_id)
    qtbot.addWidget(dialog)

    def add(action_dialog: QDialog) -> None:
        action_dialog.text_edit.setPlainText("Préparer la visite")
        click_button(action_dialog, "Enregistrer")

    errors = answer_next_dialog(add)
    click_button(dialog, "Ajouter une action")
    raise_collected(errors)
    click_button(dialog, "Annuler")
    with context.store.session() as session:
        assert queries.list_meetings(session) == []
        assert queries.list_actions(session) == []


def test_meeting_without_cluster_shows_error(qtbot, context):
    dialog = MeetingDialog(context, None, None)
    qtbot.addWidget(dialog)
    assert dialog.cluster_label.text() == "Aucune grappe"
    click_button(dialog, "Enregistrer")
    assert dialog.errors.shown() == {"cluster_id": "Choisissez la grappe qui se réunit."}
    assert dialog.result() != QDialog.DialogCode.Accepted
    with context.store.session() as session:
        assert queries.list_meetings(session) == []


def test_meeting_of_deleted_cluster_shows_error(qtbot, context, cluster_id, monkeypatch):
    warnings = []
    monkeypatch.setattr(messages, "warning", lambda parent, title, text, details="": warnings.append((title, text)))
    dialog = MeetingDialog(context, None, cluster_id)
    qtbot.addWidget(dialog)
    context.services.delete_cluster(cluster_id)
    click_button(dialog, "Enregistrer")
    assert len(warnings) == 1
    assert warnings[0][0] == "Réunion non enregistrée"
    assert warnings[0][1].startswith("Élément introuvable")
    assert dialog.meeting_id is None


def test_meeting_wraps_long_territory_names(qtbot, context, cluster_id, territories):
    long_name = "Communauté d'agglomération du Puy-en-Velay – quartiers Guitard, Val Vert et Guinchard"
    long_id = context.services.create_territory(TerritoryInput(long_name, Stage.EMERGING, departement_code="43"))
    context.services.set_cluster_territories(cluster_id, [*territories.values(), long_id])
    dialog = MeetingDialog(context, None, cluster_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    territory_list = dialog.territory_list
    items = {territory_list.item(row).text(): territory_list.item(row) for row in range(territory_list.count())}

    assert territory_list.horizontalScrollBar().maximum() == 0
    for text, item in items.items():
        assert territory_list.visualItemRect(item).right() <= territory_list.viewport().width(), text
    long_rect = territory_list.visualItemRect(items[f"{long_name} — Projet émergent"])
    short_rect = territory_list.visualItemRect(items["Le Teil — Territoire intéressé"])
    assert long_rect.height() > short_rect.height()


def test_meeting_offers_region_when_no_members(qtbot, context, territories):
    empty_cluster = context.services.save_cluster(None, ClusterInput("Grappe Drôme", region_code="84"))
    dialog = MeetingDialog(context, None, empty_cluster)
    qtbot.addWidget(dialog)
    assert not dialog.territory_note.isHidden()
    assert dialog.territory_note.text().startswith("Cette grappe n'a pas encore de territoires membres.")
    assert "Auvergne-Rhône-Alpes" in dialog.territory_note.text()
    assert dialog.territory_list.count() == 3


def test_meeting_keeps_territory_that_left(qtbot, context, cluster_id, territories):
    meeting_id = save_meeting(context, cluster_id, [territories["Le Teil"]])
    context.services.set_cluster_territories(cluster_id, [territories["Échirolles-Ouest"]])
    dialog = MeetingDialog(context, meeting_id, cluster_id)
    qtbot.addWidget(dialog)
    assert dialog.attending_ids() == [territories["Le Teil"]]
    assert dialog.territory_list.count() == 2


def test_meeting_without_date_flagged(qtbot, context, cluster_id, territories):
    meeting_id = save_meeting(context, cluster_id, [territories["Le Teil"]])
    # Services reject a meeting without a date, but the column allows one, so write the row directly.
    with context.store.transaction() as session:
        session.get(Meeting, meeting_id).meeting_date = None
    dialog = MeetingDialog(context, meeting_id, cluster_id)
    qtbot.addWidget(dialog)
    assert dialog.date_edit.date() == QDate.currentDate()
    assert dialog.errors.shown() == {
        "meeting_date": "Cette réunion n'a pas de date enregistrée : vérifiez la date proposée."
    }


def test_meeting_deleted_after_confirmation(panel, context, cluster_id, territories, monkeypatch):
    meeting_id = save_meeting(context, cluster_id, list(territories.values()))
    panel.select_meeting(meeting_id)
    questions = []
    answers = iter([False, True])
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: questions.append(text) or next(answers))

    panel.delete_meeting_button.click()
    assert len(tree_rows(panel.meeting_tree)) == 1
    panel.delete_meeting_button.click()
    assert tree_rows(panel.meeting_tree) == []
    assert questions[0] == (
        "Supprimer la réunion « Réunion de grappe » du mardi 17 novembre 2026 ? "
        "Les actions décidées lors de cette réunion restent enregistrées."
    )
    with context.store.session() as session:
        assert queries.get_meeting(session, meeting_id) is None


def test_panel_reloads_on_bus_change(panel, context, cluster_id, territories):
    context.services.save_meeting(None, MeetingInput(cluster_id, MEETING_DAY, territory_ids=[territories["Le Teil"]]))
    assert tree_rows(panel.meeting_tree) == []
    context.bus.notify("meeting")
    assert tree_rows(panel.meeting_tree)[0][3] == "1"


def test_meeting_date_column_fits_dates(panel, context, cluster_id, territories):
    header = panel.meeting_tree.header()
    long_date = date(date.today().year, 9, 30)
    widest = panel.meeting_tree.fontMetrics().horizontalAdvance(format_long_date(long_date))
    assert tree_rows(panel.meeting_tree) == []
    assert header.sectionSize(MEETING_DATE) > widest

    save_meeting(context, cluster_id, [territories["Le Teil"]], meeting_date=long_date)

    assert tree_rows(panel.meeting_tree)[0][0] == format_long_date(long_date)
    assert header.sectionSize(MEETING_DATE) >= panel.meeting_tree.sizeHintForColumn(MEETING_DATE)


# -- handout -------------------------------------------------------------------------


def test_handout_file_name():
    assert handout_file_name("Grappe Isère – Rhône", date(2026, 11, 17)) == "reunion-grappe-isere-rhone-2026-11-17.pdf"
    assert handout_file_name("  ", None) == "reunion-grappe.pdf"


def test_handout_exported_as_pdf(panel, context, cluster_id, territories, tmp_path, monkeypatch):
    pypdf = pytest.importorskip("pypdf")
    meeting_id = save_meeting(
        context, cluster_id, [territories["Échirolles-Ouest"], territories["Villeurbanne – Les Brosses"]]
    )
    context.services.save_action(
        None, ActionInput("Envoyer le cahier des charges", territory_id=territories["Échirolles-Ouest"],
                          meeting_id=meeting_id)
    )
    panel.select_meeting(meeting_id)
    suggested = []
    infos = []
    target = tmp_path / "sortie" / "document"
    target.parent.mkdir()
    monkeypatch.setattr(
        messages, "save_file", lambda parent, title, name, filters: suggested.append(name) or target
    )
    monkeypatch.setattr(messages, "information", lambda parent, title, text, details="": infos.append(text))

    panel.handout_button.click()

    written = target.with_name("document.pdf")
    assert suggested == ["reunion-grappe-rhone-alpes-2026-11-17.pdf"]
    assert written.exists()
    assert len(infos) == 1
    assert str(written) in infos[0]
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(written).pages)
    assert "Grappe Rhône-Alpes" in text
    assert "Échirolles-Ouest" in text
    assert "Villeurbanne" in text


def test_handout_error_shown(panel, context, cluster_id, territories, tmp_path, monkeypatch):
    meeting_id = save_meeting(context, cluster_id, [territories["Le Teil"]])
    panel.select_meeting(meeting_id)
    warnings = []
    missing_folder = tmp_path / "absent" / "reunion.pdf"
    monkeypatch.setattr(messages, "save_file", lambda parent, title, name, filters: missing_folder)
    monkeypatch.setattr(messages, "warning", lambda parent, title, text, details="": warnings.append((title, text)))

    panel.handout_button.click()

    assert len(warnings) == 1
    assert warnings[0][0] == "Document non créé"
    assert not missing_folder.exists()


# -- action table model --------------------------------------------------------------


def test_action_table_model(qtmodeltester):
    model = ActionTableModel()
    view = queries.ActionView("a1", "Relancer la mairie\nAvant le conseil", "Claire", date(2027, 1, 5),
                              ActionStatus.IN_PROGRESS, "t1", "Le Teil", "m1")
    model.set_actions([view])
    qtmodeltester.check(model)
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    assert headers == ["Action", "Territoire", "Responsable", "Échéance", "Statut"]
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert row == ["Relancer la mairie", "Le Teil", "Claire", "05/01/2027", "En cours"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Relancer la mairie\nAvant le conseil"


def test_meetings_tab_fits_1400_pixels(qtbot, context, cluster_id, territories, tmp_path):
    save_meeting(context, cluster_id, list(territories.values()))
    panel = MeetingsPanel(context)
    qtbot.addWidget(panel)
    panel.resize(1400, 760)
    panel.show()
    qtbot.waitExposed(panel)

    picture = panel.grab()
    picture.save(str(tmp_path / "reunions-1400.png"))

    assert panel.width() == 1400
    assert picture.width() == 1400
    buttons = [button for button in panel.findChildren(QPushButton) if button.isVisible()]
    assert len(buttons) == 13
    cut = [button.text() for button in buttons if button.width() < button.sizeHint().width()]
    assert cut == []
    outside = [button.text() for button in buttons
               if not panel.rect().contains(QRect(button.mapTo(panel, QPoint(0, 0)), button.size()))]
    assert outside == []
