"""A contact's personal data exported and erased from the record's "Contacts" tab."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tzcld_desktop.db.backup import list_backups, make_backup
from tzcld_desktop.db.models import Contact, MeetingPerson
from tzcld_desktop.db.personal_data import ERASED_NAME
from tzcld_desktop.domain.forms import ClusterInput, MeetingInput, TerritoryInput
from tzcld_desktop.domain.record_forms import ContactInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.personal_data_dialog import erasure_question
from tzcld_desktop.ui.record.contacts_tab import ContactsTab

EMAIL = "marie.lopez@example.org"
PHONE = "04 75 98 76 54"


@pytest.fixture(autouse=True)
def french_referent(french, profile):
    """Run every test in French, for Claire Martin."""


@pytest.fixture
def territory_id(context):
    return context.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))


@pytest.fixture
def contact_id(context, territory_id):
    services = context.services
    contact = services.save_contact(None, ContactInput("Marie Lopez", territory_id, organisation="Mairie",
                                                       phone=PHONE, email=EMAIL))
    cluster = services.save_cluster(None, ClusterInput("Grappe Drôme-Ardèche", "84"))
    meeting = services.save_meeting(None, MeetingInput(cluster, date(2026, 3, 3), "Réunion de mars"))
    with context.store.transaction() as session:
        session.add(MeetingPerson(meeting_id=meeting, contact_id=contact, name="Marie Lopez",
                                  territory_id=territory_id, invited=True))
    make_backup(context.store.db_path, "import")
    return contact


@pytest.fixture
def tab(qtbot, context, territory_id, contact_id):
    widget = ContactsTab(context, territory_id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def shown(monkeypatch):
    """The information messages shown, as (title, text) pairs."""
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "information", lambda parent, title, text, details="": seen.append((title, text)))
    return seen


def test_actions_need_a_selected_contact(tab):
    assert not tab.personal_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.personal_button.isEnabled()
    texts = [action.text() for action in tab.personal_button.menu().actions()]
    assert texts == ["Exporter les données de ce contact…", "Effacer les données personnelles…"]


def test_export_writes_the_chosen_file(tab, monkeypatch, shown, tmp_path):
    suggested_names = []

    def choose(parent, title, suggested, filters):
        suggested_names.append(suggested)
        return tmp_path / "marie"

    monkeypatch.setattr(messages, "save_file", choose)
    tab.table.selectRow(0)
    tab.export_personal_action.trigger()

    assert suggested_names == ["donnees-marie-lopez.json"]
    written = json.loads((tmp_path / "marie.json").read_text(encoding="utf-8"))
    assert written["contact"]["courriel"] == EMAIL
    assert [p["reunion"] for p in written["participations_aux_reunions"]] == ["Réunion de mars"]
    assert len(shown) == 1
    assert str(tmp_path / "marie.json") in shown[0][1]


def test_erasure_question_says_what_and_where(tab, context, contact_id, monkeypatch):
    questions = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: questions.append(text) or False)
    tab.table.selectRow(0)
    tab.erase_personal_action.trigger()

    assert len(questions) == 1
    question = questions[0]
    assert "« Marie Lopez »" in question
    assert "téléphone, le courriel" in question
    assert "1 participation(s)" in question
    assert "sauvegardes" in question
    assert "transmis à vos collègues" in question
    assert "ne peut pas être annulé" in question
    with context.store.session() as session:  # the user declined: nothing erased
        assert session.get(Contact, contact_id).email == EMAIL


def test_erasure_confirmed_blanks_everywhere(tab, context, contact_id, monkeypatch, shown):
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    tab.table.selectRow(0)
    tab.erase_personal_action.trigger()

    assert tab.model.row_at(0).name == ERASED_NAME
    assert tab.model.row_at(0).phone == ""
    with context.store.session() as session:
        assert list(session.scalars(select(MeetingPerson.name))) == [ERASED_NAME]
    assert len(shown) == 1
    assert "2 élément(s)" in shown[0][1]
    backups = [backup.path for backup in list_backups(context.store.db_path)]
    assert backups
    for path in [context.store.db_path, *backups]:
        content = Path(path).read_bytes()
        assert EMAIL.encode() not in content, path.name
        assert PHONE.encode() not in content, path.name
    assert context.services.undo_label() is None


def test_question_without_meetings_names_none():
    question = erasure_question("Jean Moreau", 0)
    assert "participation" not in question
    assert "le courriel et les notes de ce contact." in question
