"""A person's data handed over (GDPR art. 15) and erased everywhere (art. 17)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

from sqlalchemy import select

from tzcld_desktop.db.models import Contact, MeetingPerson, SyncRegister
from tzcld_desktop.db.personal_data import ERASED_NAME, write_personal_data
from tzcld_desktop.db.store import open_store
from tzcld_desktop.domain.forms import ClusterInput, MeetingInput, TerritoryInput
from tzcld_desktop.domain.record_forms import ContactInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import ContactRole
from tzcld_desktop.sync.exchange import export_data, import_data


def make_person(store, services):
    services.save_profile("Claire Martin", ["84"])
    teil = services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    contact = services.save_contact(None, ContactInput(
        "Marie Lopez", teil, role=ContactRole.ELECTED, organisation="Mairie du Teil",
        phone="04 75 00 00 00", email="marie.lopez@example.org", notes="Préfère être appelée le matin",
    ))
    cluster = services.save_cluster(None, ClusterInput("Grappe Drôme-Ardèche", "84"))
    meeting = services.save_meeting(None, MeetingInput(cluster, date(2026, 3, 3), "Réunion de mars"))
    with store.transaction() as session:  # a participant typed in by name, as the meeting screen does
        session.add(MeetingPerson(meeting_id=meeting, contact_id=None, name="Marie Lopez",
                                  organisation="Mairie du Teil", territory_id=teil, invited=True, present=True))
    return contact


def test_export_gathers_contact_and_meetings(store, services, tmp_path):
    contact = make_person(store, services)
    path = tmp_path / "marie.json"
    with store.session() as session:
        write_personal_data(session, contact, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["contact"]["courriel"] == "marie.lopez@example.org"
    assert data["contact"]["territoire"] == "Le Teil"
    assert [(p["reunion"], p["date"], p["present"]) for p in data["participations_aux_reunions"]] == [
        ("Réunion de mars", "2026-03-03", True)
    ]


def test_erasure_blanks_the_person_and_travels(store, services, tmp_path):
    contact = make_person(store, services)
    other = open_store(tmp_path / "collegue")
    try:
        export_data(store, tmp_path / "avant.tzsync")
        import_data(other, tmp_path / "avant.tzsync")

        assert services.erase_personal_data(contact) == 2
        assert services.undo_label() is None  # an erasure cannot be undone

        export_data(store, tmp_path / "apres.tzsync")
        import_data(other, tmp_path / "apres.tzsync")
        for copy in (store, other):
            with copy.session() as session:
                row = session.get(Contact, contact)
                assert (row.name, row.phone, row.email, row.notes) == (ERASED_NAME, "", "", "")
                assert [p.name for p in session.scalars(select(MeetingPerson))] == [ERASED_NAME]
                registers = " ".join(session.scalars(select(SyncRegister.entries)))
                assert "marie.lopez@example.org" not in registers
                assert "Marie Lopez" not in registers
    finally:
        other.close()


def test_command_line_asks_for_confirmation(store, services, tmp_path):
    contact = make_person(store, services)
    store.close()
    base = [sys.executable, "-m", "tzcld_desktop", "--data-dir", str(store.data_dir)]
    listed = subprocess.run([*base, "list-contacts"], capture_output=True, text=True, check=True)
    assert contact in listed.stdout
    assert "Marie Lopez" in listed.stdout
    assert "Élu ou élue" in listed.stdout  # the role as shown on screen, not its stored code

    refused = subprocess.run([*base, "personal-data", "erase", contact], capture_output=True, text=True)
    assert refused.returncode == 1
    assert "--yes" in refused.stderr

    exported = subprocess.run([*base, "personal-data", "export", contact, str(tmp_path / "m.json")],
                              capture_output=True, text=True)
    assert exported.returncode == 0, exported.stderr
    assert json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))["contact"]["nom"] == "Marie Lopez"

    erased = subprocess.run([*base, "personal-data", "erase", contact, "--yes"], capture_output=True, text=True)
    assert erased.returncode == 0, erased.stderr
    listed = subprocess.run([*base, "list-contacts"], capture_output=True, text=True, check=True)
    assert "Marie Lopez" not in listed.stdout
