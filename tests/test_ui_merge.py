"""Territories recorded twice: the proposal when creating one, the merge, and the merge after an exchange."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from tzcld_desktop.db import overview, queries
from tzcld_desktop.db.models import Action, Contact, DocumentLink, JournalNote, Territory
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store
from tzcld_desktop.db.territory_import import import_territory_list
from tzcld_desktop.domain.forms import ActionInput, TerritoryInput
from tzcld_desktop.domain.record_forms import ContactInput, NoteInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import NoteKind
from tzcld_desktop.resources import resource_path
from tzcld_desktop.sync.exchange import export_data, import_data
from tzcld_desktop.ui import merge_dialog, messages
from tzcld_desktop.ui.context import AppContext, DataBus
from tzcld_desktop.ui.merge_dialog import DuplicatesDialog, MergeDialog
from tzcld_desktop.ui.territory_form import TerritoryDialog

pytestmark = pytest.mark.usefixtures("french")


def live_names(store) -> list[str]:
    with store.session() as session:
        return [row.name for row in queries.list_territories(session, queries.TerritoryQuery())]


def fill_form(dialog: TerritoryDialog, name: str, departement: str | None, region: str | None = None) -> None:
    dialog.name_edit.setText(name)
    if region:
        dialog.region_combo.setCurrentIndex(dialog.region_combo.findData(region))
    if departement:
        dialog.departement_combo.setCurrentIndex(dialog.departement_combo.findData(departement))


@pytest.fixture
def questions(monkeypatch):
    """Record the questions asked and answer them with the keys queued in ``answers``."""
    asked = []
    answers = []

    def choose(_parent, title, text, choices, escape_key, details=""):
        asked.append((title, text, [key for key, _label in choices]))
        return answers.pop(0) if answers else escape_key

    monkeypatch.setattr(messages, "choose", choose)
    return asked, answers


# -- the proposal when creating a territory ----------------------------------------------


def test_creating_a_listed_territory_opens_the_existing_one(qtbot, context, store, profile, questions):
    import_territory_list(store, resource_path("data", "territoires_habilites.csv"))
    before = live_names(store)
    asked, answers = questions
    answers.append("open")

    dialog = TerritoryDialog(context, None)
    qtbot.addWidget(dialog)
    fill_form(dialog, "echirolles ouest", "38")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert len(asked) == 1
    title, text, keys = asked[0]
    assert title == "Territoire déjà enregistré ?"
    assert "« Échirolles-Ouest » (38 – Isère, Territoire habilité)" in text
    assert keys == ["open", "merge", "cancel"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    with store.session() as session:
        assert session.get(Territory, dialog.saved_id).name == "Échirolles-Ouest"
    assert live_names(store) == before


def test_going_back_to_the_form_saves_nothing(qtbot, context, services, store, profile, questions):
    services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    asked, _answers = questions
    dialog = TerritoryDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_form(dialog, "LE TEIL", "07")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    # The services derive the same id from this name and place, so saving a second one is not offered.
    assert asked[0][2] == ["open", "cancel"]
    assert dialog.isVisible()
    assert live_names(store) == ["Le Teil"]


def test_save_then_merge_into_the_existing_record(qtbot, context, services, store, profile, questions,
                                                  monkeypatch):
    # A colleague recorded Le Teil with its region only; the referent now enters it in Ardèche.
    existing = services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED, None, "84"))
    services.save_note(None, NoteInput(existing, date(2025, 6, 1), NoteKind.CALL, "Premier appel."))
    asked, answers = questions
    answers.append("merge")
    shown = []

    def exec_merge(dialog):
        shown.append([candidate.name for candidate in dialog.candidates])
        dialog.keep_buttons[0].setChecked(True)
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(MergeDialog, "exec", exec_merge)
    dialog = TerritoryDialog(context, None)
    qtbot.addWidget(dialog)
    fill_form(dialog, "Le Teil", "07", "84")
    dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData(Stage.EMERGING.value))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert asked[0][2] == ["open", "merge", "cancel"]
    assert shown == [["Le Teil", "Le Teil"]]
    assert dialog.saved_id == existing
    assert live_names(store) == ["Le Teil"]
    with store.session() as session:
        kept = session.get(Territory, existing)
        departement, _region = queries.territory_codes(session, kept)
        assert departement == "07"
        assert kept.stage == Stage.EMERGING.value


def test_keeping_both_leaves_two_records(qtbot, context, services, store, profile, questions, monkeypatch):
    services.create_territory(TerritoryInput("Saint-Jean", Stage.EMERGING, "69"))
    _asked, answers = questions
    answers.append("merge")
    monkeypatch.setattr(MergeDialog, "exec", lambda dialog: dialog.keep_both_button.click() or dialog.result())
    dialog = TerritoryDialog(context, None)
    qtbot.addWidget(dialog)
    fill_form(dialog, "Saint Jean", "69")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert sorted(live_names(store)) == ["Saint Jean", "Saint-Jean"]
    # The pair the referent kept leaves the list of possible duplicates.
    assert merge_dialog.possible_duplicates(context) == []
    with store.session() as session:
        assert len(overview.find_duplicate_pairs(session)) == 1


def test_no_question_for_a_new_name(qtbot, context, store, profile, questions):
    asked, _answers = questions
    dialog = TerritoryDialog(context, None)
    qtbot.addWidget(dialog)
    fill_form(dialog, "Échirolles-Ouest", "69")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == []
    assert live_names(store) == ["Échirolles-Ouest"]


# -- finding duplicates -----------------------------------------------------------------


def test_find_duplicates_by_name_and_place(store, services, profile):
    teil = services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    region_only = services.create_territory(TerritoryInput("le teil", Stage.INTERESTED, None, "84"))
    services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED, "26"))
    services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED, None, "11"))
    with store.session() as session:
        found = {candidate.id for candidate in overview.find_duplicate_of(session, "LE TEIL", "07")}
        pairs = [pair.key for pair in overview.find_duplicate_pairs(session)]
    assert found == {teil, region_only}
    # Ardèche and Drôme are both in the region of the record without a département.
    assert len(pairs) == 2
    assert tuple(sorted((teil, region_only))) in pairs


# -- merging two copies' records ----------------------------------------------------------


class Copy:
    """One installation with its own data folder, as in the exchange tests."""

    def __init__(self, folder, person):
        self.store = open_store(folder)
        self.services = Services(self.store)
        self.services.save_profile(person, ["84"])
        self.context = AppContext(self.store, self.services, DataBus())

    def count(self, model, territory_id=None):
        with self.store.session() as session:
            statement = select(func.count()).select_from(model).where(model.deleted.is_(False))
            if territory_id:
                statement = statement.where(model.territory_id == territory_id)
            return session.scalar(statement)


def follow_up(copy, territory_id, tmp_path, tag):
    services = copy.services
    for day in (1, 2, 3):
        services.save_note(None, NoteInput(territory_id, date(2026, 1, day), NoteKind.VISIT, f"Note {tag} {day}"))
    services.save_action(None, ActionInput(f"Action {tag}", territory_id=territory_id))
    services.save_contact(None, ContactInput(f"Contact {tag}", territory_id=territory_id, organisation="Mairie"))
    document = tmp_path / f"dossier-{tag}.txt"
    document.write_text(f"Dossier {tag}", encoding="utf-8")
    services.attach_file(document, territory_id=territory_id)


def send(sender, receiver, path):
    export_data(sender.store, path)
    return import_data(receiver.store, path)


def test_merge_keeps_everything_and_travels(qtbot, tmp_path):
    anne = Copy(tmp_path / "anne", "Anne Durand")
    bruno = Copy(tmp_path / "bruno", "Bruno Petit")
    try:
        first = anne.services.create_territory(TerritoryInput("Vaulx-en-Velin", Stage.EMERGING, "69"))
        second = bruno.services.create_territory(TerritoryInput("Vaulx en Velin", Stage.CANDIDATURE, "69"))
        follow_up(anne, first, tmp_path, "Anne")
        follow_up(bruno, second, tmp_path, "Bruno")
        send(bruno, anne, tmp_path / "bruno.tzsync")

        listing = DuplicatesDialog(anne.context)
        qtbot.addWidget(listing)
        assert listing.tree.topLevelItemCount() == 1
        assert {listing.tree.topLevelItem(0).text(0), listing.tree.topLevelItem(0).text(2)} == {
            "Vaulx-en-Velin", "Vaulx en Velin"}

        models = (JournalNote, Action, DocumentLink, Contact)
        before = {model: anne.count(model) for model in models}
        assert before == {JournalNote: 6, Action: 2, DocumentLink: 2, Contact: 2}

        merge = MergeDialog(anne.context, first, second)
        qtbot.addWidget(merge)
        counts = [merge.value_labels[(row, column)].text() for row in (5, 6, 7, 8) for column in (1, 2)]
        assert counts == ["3", "3", "1", "1", "1", "1", "1", "1"]
        merge.keep_buttons[0].setChecked(True)
        with qtbot.waitSignal(anne.context.bus.changed):
            qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
        assert merge.merged and merge.kept_id == first

        # One more note: the journal records the merge.
        assert anne.count(JournalNote, first) == 7
        assert {model: anne.count(model, first) for model in (Action, DocumentLink, Contact)} == {
            Action: 2, DocumentLink: 2, Contact: 2}
        assert live_names(anne.store) == ["Vaulx-en-Velin"]
        with anne.store.session() as session:
            assert session.get(Territory, first).stage == Stage.CANDIDATURE.value
        listing.reload()
        assert listing.tree.topLevelItemCount() == 0

        send(anne, bruno, tmp_path / "anne.tzsync")
        assert live_names(bruno.store) == ["Vaulx-en-Velin"]
        assert bruno.count(JournalNote, first) == 7
        assert {model: bruno.count(model, first) for model in (Action, DocumentLink, Contact)} == {
            Action: 2, DocumentLink: 2, Contact: 2}
        with bruno.store.session() as session:
            assert overview.find_duplicate_pairs(session) == []
    finally:
        anne.store.close()
        bruno.store.close()
