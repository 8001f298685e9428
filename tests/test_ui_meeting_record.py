"""The meeting window driven as a referent would: prepare the agenda from the territories,
reorder it, take the minutes, validate them, reopen them, and prepare the next meeting."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QDropEvent, QPalette
from PySide6.QtWidgets import QDialog

from dialog_answers import answer_next_dialog, raise_collected
from test_ui_meetings import click_button
from tzcld_desktop.db import followup_queries
from tzcld_desktop.db.meeting_queries import load_meeting_record
from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.domain.forms import ActionInput, ClusterInput, MeetingInput, TerritoryAttendance, TerritoryInput
from tzcld_desktop.domain.meeting_forms import AgendaItemInput, OutcomeInput
from tzcld_desktop.domain.record_forms import NoteInput, StageEventInput
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.domain.vocabulary import ItemStatus, MeetingKind, MeetingStatus, NoteKind, OutcomeKind, StageStep
from tzcld_desktop.ui import meeting_prompts, messages
from tzcld_desktop.ui.meeting_form import MeetingDialog
from tzcld_desktop.ui.meeting_next import NextMeetingDialog
from tzcld_desktop.ui.meetings_panel import MeetingsPanel
from tzcld_desktop.ui.theme import alert_style

TODAY = date.today()
PREVIOUS_DAY = TODAY - timedelta(days=45)
MEETING_DAY = TODAY + timedelta(days=10)
# Set TZCLD_SCREENSHOTS to a folder to keep a picture of each tab.
SCREENSHOTS = os.environ.get("TZCLD_SCREENSHOTS")


@pytest.fixture(autouse=True)
def french_referent(french, profile):
    """Run every test in French, for Claire Martin who follows Auvergne-Rhône-Alpes."""


@pytest.fixture
def grappe(context):
    """A cluster of two territories, with a meeting held 45 days ago."""
    services = context.services
    echirolles = services.create_territory(TerritoryInput("Échirolles-Ouest", Stage.INTERESTED, departement_code="38"))
    le_teil = services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, departement_code="07"))
    cluster_id = services.save_cluster(None, ClusterInput("Grappe Rhône-Alpes", region_code="84"))
    services.set_cluster_territories(cluster_id, [echirolles, le_teil])
    previous = services.save_meeting(None, MeetingInput(cluster_id, PREVIOUS_DAY, title="Réunion de grappe",
                                                        territory_ids=[echirolles, le_teil]))
    return {"cluster": cluster_id, "echirolles": echirolles, "le_teil": le_teil, "previous": previous}


def open_dialog(qtbot, context, meeting_id, cluster_id) -> MeetingDialog:
    dialog = MeetingDialog(context, meeting_id, cluster_id)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def saved(context, meeting_id):
    with context.store.session() as session:
        return load_meeting_record(session, meeting_id)


def meeting_with_items(context, grappe, titles, duration=120):
    meeting_id = context.services.save_meeting(None, MeetingInput(
        grappe["cluster"], MEETING_DAY, title="Réunion de grappe", duration_minutes=duration,
        territory_ids=[grappe["echirolles"]]))
    ids = [context.services.add_agenda_item(meeting_id, AgendaItemInput(title, section, duration_minutes=minutes))
           for title, section, minutes in titles]
    return meeting_id, ids


def grab(widget, name: str) -> None:
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SCREENSHOTS) / f"{name}.png"))


# -- preparing ------------------------------------------------------------------------------


def test_new_meeting_prepared_from_territories(qtbot, context, grappe):
    services = context.services
    services.save_stage_event(None, StageEventInput(grappe["echirolles"], StageStep.CHARTER_SIGNED,
                                                    TODAY - timedelta(days=20)))
    services.save_note(None, NoteInput(grappe["echirolles"], TODAY - timedelta(days=5), NoteKind.CALL,
                                       "Appel du chef de projet"))
    services.save_action(None, ActionInput("Réunir le CLE", due_date=TODAY - timedelta(days=3),
                                           territory_id=grappe["echirolles"]))
    dialog = open_dialog(qtbot, context, None, grappe["cluster"])
    assert dialog.status_label.text() == "Statut : Brouillon"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(MeetingKind.CLUSTER.value))
    dialog.date_edit.setDate(QDate(MEETING_DAY.year, MEETING_DAY.month, MEETING_DAY.day))
    dialog.start_time_edit.setText("09:30")
    dialog.duration_spin.setValue(150)
    dialog.place_edit.setText("Mairie de Grenoble")
    for row in range(dialog.territory_list.count()):
        dialog.territory_list.item(row).setCheckState(Qt.CheckState.Checked)
    assert dialog.attendance_label.text() == "2 territoires invités"
    dialog.presence_table.set_presence(grappe["le_teil"], False, None)

    dialog.tabs.setCurrentIndex(1)
    click_button(dialog, "Préparer depuis les territoires présents")

    assert dialog.meeting_id is not None
    record = saved(context, dialog.meeting_id)
    assert (record.start_time, record.duration_minutes, record.place) == ("09:30", 150, "Mairie de Grenoble")
    sections = dialog.agenda_editor.tree
    assert [sections.topLevelItem(row).text(0) for row in range(sections.topLevelItemCount())] == [
        "Échirolles-Ouest"]
    item = sections.topLevelItem(0).child(0)
    sections.setCurrentItem(item)
    assert dialog.agenda_editor.preview.toPlainText().splitlines() == [
        "Étape : Projet émergent",
        f"Depuis la réunion du {PREVIOUS_DAY:%d/%m/%Y} :",
        f"– {TODAY - timedelta(days=20):%d/%m/%Y} : étape « Charte d'engagement signée »",
        f"– {TODAY - timedelta(days=5):%d/%m/%Y} : note (Appel) « Appel du chef de projet »",
        f"– {TODAY - timedelta(days=3):%d/%m/%Y} : action en retard « Réunir le CLE »",
        "Actions ouvertes : aucune.",
    ]
    (prepared,) = saved(context, dialog.meeting_id).items
    assert prepared.minutes == ""
    dialog.tabs.setCurrentIndex(3)
    dialog.minutes_editor.select_item(prepared.id)
    assert dialog.minutes_editor.text_edit.toPlainText() == ""
    assert dialog.minutes_editor.text_edit.placeholderText().splitlines()[:4] == [
        "Ce qui a été dit sur ce point", "", "Préparation :", "Étape : Projet émergent"]
    grab(dialog, "onglet-ordre-du-jour")


def test_agenda_reordered_with_keyboard(qtbot, context, grappe):
    meeting_id, ids = meeting_with_items(context, grappe, [
        ("Accueil", "Ouverture", 10), ("Tour de table", "Ouverture", 30), ("Calendrier", "Divers", 10)])
    dialog = open_dialog(qtbot, context, meeting_id, grappe["cluster"])
    tree = dialog.agenda_editor.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0).child(1))

    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)

    assert [item.title for item in saved(context, meeting_id).items] == ["Tour de table", "Accueil", "Calendrier"]
    assert tree.currentItem().text(0) == "Tour de table"
    positions = [item.position for item in saved(context, meeting_id).items]
    assert positions == sorted(positions)

    tree.setCurrentItem(tree.topLevelItem(1))
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [item.title for item in saved(context, meeting_id).items] == ["Calendrier", "Tour de table", "Accueil"]
    assert tree.topLevelItem(0).text(0) == "Divers"


def test_agenda_item_dragged_into_other_section(qtbot, context, grappe):
    meeting_id, _ids = meeting_with_items(context, grappe, [
        ("Accueil", "Ouverture", 10), ("Tour de table", "Ouverture", 30), ("Calendrier", "Divers", 10)])
    dialog = open_dialog(qtbot, context, meeting_id, grappe["cluster"])
    tree = dialog.agenda_editor.tree
    dragged = tree.topLevelItem(1).child(0)  # "Calendrier"
    target = tree.topLevelItem(0).child(1)   # "Tour de table"
    tree.setCurrentItem(dragged)
    mime = tree.model().mimeData([tree.indexFromItem(dragged)])
    rect = tree.visualItemRect(target)
    drop = QDropEvent(QPoint(rect.center().x(), rect.top() + 1), Qt.DropAction.MoveAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)

    tree.dropEvent(drop)

    items = saved(context, meeting_id).items
    assert [(item.section, item.title) for item in items] == [
        ("Ouverture", "Accueil"), ("Ouverture", "Calendrier"), ("Ouverture", "Tour de table")]


def test_total_against_length_shows_overrun(qtbot, context, grappe):
    meeting_id, _ids = meeting_with_items(context, grappe, [
        ("Accueil", "Ouverture", 15), ("Tour de table", "Ouverture", 55)], duration=60)
    dialog = open_dialog(qtbot, context, meeting_id, grappe["cluster"])
    label = dialog.agenda_editor.total_label

    assert label.text() == ("Durée prévue : 1 h 10 pour une réunion de 1 h. "
                            "L'ordre du jour dépasse la durée de la réunion de 10 min.")
    assert label.styleSheet() == alert_style(bold=True)
    dialog.tabs.setCurrentIndex(1)
    grab(dialog, "ordre-du-jour-depassement")

    dialog.duration_spin.setValue(90)
    assert label.text() == "Durée prévue : 1 h 10 pour une réunion de 1 h 30 (reste 20 min)."
    assert label.styleSheet() == ""


# -- minutes and outcomes -----------------------------------------------------------------------


def test_outcomes_taken_in_minutes_tab(qtbot, context, grappe):
    meeting_id = context.services.save_meeting(None, MeetingInput(
        grappe["cluster"], MEETING_DAY, title="Réunion de grappe", territory_ids=[grappe["echirolles"]]))
    context.services.prefill_agenda(meeting_id)
    dialog = open_dialog(qtbot, context, meeting_id, grappe["cluster"])
    dialog.tabs.setCurrentIndex(3)
    editor = dialog.minutes_editor
    editor.item_list.setCurrentRow(0)
    editor.text_edit.setPlainText("Le CLE se réunit en janvier.")

    def record_action(outcome_dialog: QDialog) -> None:
        outcome_dialog.kind_combo.setCurrentIndex(outcome_dialog.kind_combo.findData(OutcomeKind.ACTION.value))
        outcome_dialog.text_edit.setPlainText("Envoyer le cahier des charges")
        outcome_dialog.owner_edit.setText("Claire Martin")
        outcome_dialog.due_check.setChecked(True)
        outcome_dialog.due_edit.setDate(date(2027, 1, 15))
        click_button(outcome_dialog, "Valider")

    errors = answer_next_dialog(record_action)
    click_button(dialog, "Nouvelle décision ou action…")
    raise_collected(errors)

    assert editor.outcome_table.rowCount() == 1
    assert [editor.outcome_table.item(0, column).text() for column in range(5)] == [
        "Action", "Envoyer le cahier des charges", "Claire Martin", "15/01/2027", "À faire"]
    (item,) = saved(context, meeting_id).items
    assert item.minutes == "Le CLE se réunit en janvier."
    with context.store.session() as session:
        notes = followup_queries.list_notes(session, grappe["echirolles"])
        mine = followup_queries.owned_by(followup_queries.list_open_actions(session), "Claire Martin")
    assert [note.text for note in notes if note.meeting_id == meeting_id] == [
        "Action : Envoyer le cahier des charges (Claire Martin, échéance 15/01/2027)"]
    assert [(action.text, action.meeting_id) for action in mine] == [("Envoyer le cahier des charges", meeting_id)]
    grab(dialog, "onglet-compte-rendu")


def test_attendance_tab_counts(qtbot, context, grappe):
    meeting_id = context.services.save_meeting(None, MeetingInput(
        grappe["cluster"], MEETING_DAY, territory_ids=[grappe["echirolles"], grappe["le_teil"]],
        attendance={grappe["echirolles"]: TerritoryAttendance(True, 3)}))
    dialog = open_dialog(qtbot, context, meeting_id, grappe["cluster"])
    dialog.tabs.setCurrentIndex(2)
    assert dialog.presence_label.text() == "Territoires présents : 1 sur 2 invités. Personnes venues : 3"

    def type_person(person_dialog: QDialog) -> None:
        person_dialog.name_edit.setText("Paul Girard")
        person_dialog.organisation_edit.setText("Association Ressources")
        person_dialog.territory_combo.setCurrentText("Le Teil")
        click_button(person_dialog, "Valider")

    errors = answer_next_dialog(type_person)
    click_button(dialog, "Ajouter une personne…")
    raise_collected(errors)
    dialog.presence_table.set_presence(grappe["le_teil"], True, 2)
    click_button(dialog, "Appliquer")

    record = saved(context, meeting_id)
    assert [(t.name, t.present, t.attendees, t.people_invited) for t in record.territories] == [
        ("Échirolles-Ouest", True, 3, 0), ("Le Teil", True, 2, 1)]
    assert dialog.people_editor.total_label.text() == "Personnes : 1 invitées, 0 présentes"
    grab(dialog, "onglet-presences")


# -- validation -------------------------------------------------------------------------------


def test_validated_minutes_read_only_until_reopened(qtbot, context, grappe, monkeypatch):
    meeting_id, ids = meeting_with_items(context, grappe, [("Accueil", "Ouverture", 10)])
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    dialog = open_dialog(qtbot, context, meeting_id, grappe["cluster"])
    click_button(dialog, "Marquer comme tenue")
    assert dialog.status_label.text() == "Statut : Tenue"
    click_button(dialog, "Valider le compte rendu")

    assert saved(context, meeting_id).status is MeetingStatus.VALIDATED
    assert dialog.banner.isVisible()
    assert dialog.banner_label.text() == (
        f"Compte rendu validé le {TODAY:%d/%m/%Y} — il ne peut plus être modifié sans être rouvert.")
    assert dialog.title_edit.isReadOnly()
    assert not dialog.date_edit.isEnabled()
    assert not dialog.agenda_editor.add_button.isEnabled()
    assert not dialog.minutes_editor.add_outcome_button.isEnabled()
    assert not dialog.people_editor.add_button.isEnabled()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).text() == "Fermer"
    dialog.tabs.setCurrentIndex(0)
    grab(dialog, "onglet-reunion-valide")
    with pytest.raises(UserError) as raised:
        context.services.update_agenda_item(ids[0], AgendaItemInput("Accueil du maire", "Ouverture"))
    assert raised.value.message() == (
        "Le compte rendu de cette réunion est validé : il ne peut plus être modifié. "
        "Pour le corriger, rouvrez-le d'abord avec le bouton « Rouvrir… ».")

    monkeypatch.setattr(meeting_prompts, "ask_text",
                        lambda parent, title, label, text="", multiline=False: "Décision oubliée")
    click_button(dialog, "Rouvrir…")

    assert not dialog.banner.isVisible()
    assert not dialog.title_edit.isReadOnly()
    assert dialog.history_label.text().splitlines() == [
        f"{TODAY:%d/%m/%Y} — Compte rendu validé (Claire Martin)",
        f"{TODAY:%d/%m/%Y} — Compte rendu rouvert : Décision oubliée (Claire Martin)",
    ]
    context.services.update_agenda_item(ids[0], AgendaItemInput("Accueil du maire", "Ouverture"))


def test_future_meeting_held_after_confirmation(qtbot, context, grappe, monkeypatch):
    meeting_id, _ids = meeting_with_items(context, grappe, [("Accueil", "Ouverture", 10)])
    questions = []
    answers = iter([False, True])
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: questions.append(text) or next(answers))
    dialog = open_dialog(qtbot, context, meeting_id, grappe["cluster"])

    click_button(dialog, "Marquer comme tenue")
    assert saved(context, meeting_id).status is MeetingStatus.PLANNED
    click_button(dialog, "Marquer comme tenue")

    assert saved(context, meeting_id).status is MeetingStatus.HELD
    assert len(questions) == 2
    long_day = QLocale().toString(QDate(MEETING_DAY.year, MEETING_DAY.month, MEETING_DAY.day),
                                  QLocale.FormatType.LongFormat)
    assert questions[0] == (
        f"Cette réunion est datée du {long_day}, une date qui n'est pas encore passée. "
        "Si elle a eu lieu plus tôt, répondez « Non » et corrigez d'abord la date dans l'onglet « Réunion »."
        "\n\nLa marquer comme tenue quand même ?")


def test_past_meeting_held_without_question(qtbot, context, grappe, monkeypatch):
    questions = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: questions.append(text) or True)
    dialog = open_dialog(qtbot, context, grappe["previous"], grappe["cluster"])

    click_button(dialog, "Marquer comme tenue")

    assert saved(context, grappe["previous"]).status is MeetingStatus.HELD
    assert questions == []


def test_future_meeting_validation_warns(qtbot, context, grappe, monkeypatch):
    meeting_id, _ids = meeting_with_items(context, grappe, [("Accueil", "Ouverture", 10)])
    context.services.set_meeting_status(meeting_id, MeetingStatus.HELD)
    questions = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: questions.append(text) or False)
    dialog = open_dialog(qtbot, context, meeting_id, grappe["cluster"])

    click_button(dialog, "Valider le compte rendu")

    assert saved(context, meeting_id).status is MeetingStatus.HELD
    (question,) = questions
    assert question.startswith("Cette réunion est datée du ")
    assert question.endswith("Valider le compte rendu ? Il ne pourra plus être modifié, sauf en le rouvrant "
                             "avec une raison, qui sera enregistrée.")


def base_colour(widget) -> str:
    return widget.palette().color(QPalette.ColorRole.Base).name()


def window_colour(widget) -> str:
    return widget.palette().color(QPalette.ColorRole.Window).name()


@pytest.mark.parametrize("theme", ["clair", "sombre"])
def test_validated_fields_look_read_only(qtbot, context, grappe, monkeypatch, theme):
    meeting_id, _ids = meeting_with_items(context, grappe, [("Accueil", "Ouverture", 10)])
    context.services.set_meeting_status(meeting_id, MeetingStatus.HELD)
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    dialog = open_dialog(qtbot, context, meeting_id, grappe["cluster"])
    if theme == "sombre":
        dark = QPalette(dialog.palette())
        dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
        dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
        dark.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
        dialog.setPalette(dark)
    fields = [dialog.title_edit, dialog.place_edit, dialog.minutes_edit, dialog.decisions_edit,
              dialog.minutes_editor.text_edit]
    editable = {base_colour(field) for field in fields}
    assert editable == {base_colour(dialog)}
    assert all(base_colour(field) != window_colour(field) for field in fields)

    click_button(dialog, "Valider le compte rendu")

    for field in fields:
        assert field.isReadOnly()
        assert base_colour(field) == window_colour(dialog)
        assert "Rouvrir…" in field.toolTip()
    assert "Rouvrir…" in dialog.date_edit.toolTip()
    assert not dialog.date_edit.isEnabled()

    monkeypatch.setattr(meeting_prompts, "ask_text",
                        lambda parent, title, label, text="", multiline=False: "Décision oubliée")
    click_button(dialog, "Rouvrir…")

    for field in fields:
        assert not field.isReadOnly()
        assert base_colour(field) == base_colour(dialog)
        assert field.toolTip() == ""


# -- carry-over and templates ---------------------------------------------------------------------


def test_next_meeting_prepared_from_panel(qtbot, context, grappe):
    services = context.services
    previous = grappe["previous"]
    kept = services.add_agenda_item(previous, AgendaItemInput("Calendrier 2027", "Divers"))
    done = services.add_agenda_item(previous, AgendaItemInput("Accueil", "Ouverture"))
    services.save_item_minutes(done, "", ItemStatus.DONE)
    services.save_outcome(None, kept, OutcomeInput(OutcomeKind.ACTION, "Réserver la salle", owner="Anne"))
    services.save_outcome(None, kept, OutcomeInput(OutcomeKind.ACTION, "Envoyer l'invitation",
                                                   action_status=ActionStatus.DONE))
    panel = MeetingsPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    panel.select_meeting(previous)
    seen = {}

    def create(next_dialog: QDialog) -> None:
        assert isinstance(next_dialog, NextMeetingDialog)
        seen["actions"] = [next_dialog.action_list.item(row).text() for row in range(next_dialog.action_list.count())]
        seen["items"] = [next_dialog.item_list.item(row).text() for row in range(next_dialog.item_list.count())]
        grab(next_dialog, "reunion-suivante")
        opened = answer_next_dialog(read_meeting)
        seen["opened"] = opened
        click_button(next_dialog, "Créer la réunion")

    def read_meeting(meeting_dialog: QDialog) -> None:
        assert isinstance(meeting_dialog, MeetingDialog)
        seen["titles"] = [item.title for item in meeting_dialog.record.items]
        seen["status"] = meeting_dialog.status_label.text()
        click_button(meeting_dialog, "Annuler")

    errors = answer_next_dialog(create)
    panel.next_meeting_button.click()
    raise_collected(errors)
    raise_collected(seen["opened"])

    assert seen["actions"] == ["Réserver la salle (Anne)"]
    assert seen["items"] == ["Divers — Calendrier 2027"]
    assert seen["titles"] == ["Suivi des actions", "Calendrier 2027"]
    assert seen["status"] == "Statut : Brouillon"
    assert panel.meeting_tree.topLevelItemCount() == 2


def test_template_saved_then_applied(qtbot, context, grappe, monkeypatch):
    source, _ids = meeting_with_items(context, grappe, [("Accueil", "Ouverture", 10), ("Calendrier", "Divers", 15)])
    infos = []
    monkeypatch.setattr(messages, "information", lambda parent, title, text, details="": infos.append(text))
    monkeypatch.setattr(meeting_prompts, "ask_text",
                        lambda parent, title, label, text="", multiline=False: "Grappe ordinaire")
    dialog = open_dialog(qtbot, context, source, grappe["cluster"])
    click_button(dialog, "Enregistrer comme modèle…")
    assert infos == ["Modèle « Grappe ordinaire » enregistré."]

    target, _none = meeting_with_items(context, grappe, [])
    offered = []

    def choose(parent, title, label, choices):
        offered.extend(text for _key, text in choices)
        return choices[0][0]

    monkeypatch.setattr(meeting_prompts, "ask_choice", choose)
    other = open_dialog(qtbot, context, target, grappe["cluster"])
    click_button(other, "Appliquer un modèle…")

    assert offered == ["Grappe ordinaire"]
    assert [(item.section, item.title, item.duration_minutes) for item in saved(context, target).items] == [
        ("Ouverture", "Accueil", 10), ("Divers", "Calendrier", 15)]
    assert other.agenda_editor.total_label.text() == "Durée prévue : 25 min pour une réunion de 2 h (reste 1 h 35)."


def test_applied_new_meeting_leaves_no_draft_to_recreate(qtbot, context, grappe):
    from tzcld_desktop.db import queries
    from tzcld_desktop.ui.drafts import draft_path

    dialog = open_dialog(qtbot, context, None, grappe["cluster"])
    dialog.title_edit.setText("Réunion de rentrée")
    click_button(dialog, "Appliquer")
    dialog.place_edit.setText("Mairie du Teil")
    dialog.form_draft.write_now()  # what the timer does a moment after typing
    new_draft = draft_path(context.store.data_dir, dialog.form_draft.kind, None)
    assert not new_draft.exists()
    assert dialog.form_draft.path == draft_path(context.store.data_dir, dialog.form_draft.kind, dialog.meeting_id)
    click_button(dialog, "Enregistrer")

    with context.store.session() as session:
        titles = [meeting.title for meeting in queries.list_meetings(session)]
    assert titles.count("Réunion de rentrée") == 1
    assert not new_draft.exists()
