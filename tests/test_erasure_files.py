"""An erased person's values leave the database file, its WAL and every backup, byte for byte."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from tzcld_desktop.db.backup import backup_dir, list_backups, make_backup
from tzcld_desktop.db.erasure import erase_person_everywhere
from tzcld_desktop.db.models import Contact, ImportUndoRegister, MeetingPerson
from tzcld_desktop.db.personal_data import ERASED_NAME
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store, restore_backup
from tzcld_desktop.domain.forms import ClusterInput, MeetingInput, TerritoryInput
from tzcld_desktop.domain.record_forms import ContactInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import ContactRole
from tzcld_desktop.sync.exchange import export_data, import_data

OLD_PHONE = "06 11 22 33 44"
PHONE = "04 75 98 76 54"
EMAIL = "marie.lopez@example.org"
NAME = "Marie Lopez"
NOTES = "Prefere les appels du matin"
PERSONAL_VALUES = (OLD_PHONE, PHONE, EMAIL, NAME, NAME.lower(), NOTES)


def make_person(store, services) -> tuple[str, str]:
    """Create a contact whose phone changed once, invited to a meeting; return the contact and territory ids."""
    services.save_profile("Claire Martin", ["84"])
    teil = services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    data = dict(role=ContactRole.ELECTED, organisation="Mairie", email=EMAIL, notes=NOTES)
    contact = services.save_contact(None, ContactInput(NAME, teil, phone=OLD_PHONE, **data))
    make_backup(store.db_path, "import")  # contains the old phone
    services.save_contact(contact, ContactInput(NAME, teil, phone=PHONE, **data))
    cluster = services.save_cluster(None, ClusterInput("Grappe Drôme-Ardèche", "84"))
    meeting = services.save_meeting(None, MeetingInput(cluster, date(2026, 3, 3), "Réunion de mars"))
    with store.transaction() as session:
        session.add(MeetingPerson(meeting_id=meeting, contact_id=contact, name=NAME, organisation="Mairie",
                                  territory_id=teil, invited=True, present=True))
    make_backup(store.db_path, "migration")
    return contact, teil


def files_holding(folder: Path, values: tuple[str, ...]) -> dict[str, list[str]]:
    """Map each file under ``folder`` to the values whose UTF-8 bytes it contains."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        content = path.read_bytes()
        hits = [value for value in values if value.encode("utf-8") in content]
        if hits:
            found[str(path.relative_to(folder))] = hits
    return found


def test_values_present_before_erasure(store, services):
    make_person(store, services)
    found = files_holding(store.data_dir, PERSONAL_VALUES)
    assert any(name.startswith("sauvegardes/") for name in found)
    assert any(OLD_PHONE in hits for hits in found.values())


def test_erasure_leaves_no_bytes_anywhere(store, services):
    contact, _teil = make_person(store, services)
    backups_before = len(list_backups(store.db_path))
    assert services.undo_label() is not None  # the phone change could be undone until the erasure

    report = erase_person_everywhere(store, services, contact)

    assert report.records == 2
    assert report.compacted
    assert len(report.cleaned_backups) == backups_before
    assert report.deleted_backups == []
    assert files_holding(store.data_dir, PERSONAL_VALUES) == {}
    wal = store.db_path.with_name(store.db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    with store.session() as session:
        assert session.get(Contact, contact).name == ERASED_NAME
    assert services.undo_label() is None


def test_restored_backup_stays_erased(store, services):
    contact, _teil = make_person(store, services)
    erase_person_everywhere(store, services, contact)
    for backup in list_backups(store.db_path):
        restore_backup(store, backup.path)
        with store.session() as session:
            row = session.get(Contact, contact)
            if row is not None:
                assert (row.name, row.phone, row.email, row.notes) == (ERASED_NAME, "", "", "")
            names = set(session.scalars(select(MeetingPerson.name)))
            assert NAME not in names
    assert files_holding(store.data_dir, (PHONE, EMAIL, OLD_PHONE)) == {}


def test_removed_participation_is_erased_too(store, services):
    contact, _teil = make_person(store, services)
    with store.transaction() as session:
        for person in session.scalars(select(MeetingPerson)):
            person.deleted = True
    report = erase_person_everywhere(store, services, contact)
    assert report.records == 2
    with store.session() as session:
        assert [person.name for person in session.scalars(select(MeetingPerson))] == [ERASED_NAME]


def test_unreadable_backup_is_deleted(store, services):
    contact, _teil = make_person(store, services)
    damaged = backup_dir(store.db_path) / "tzcld-20260101-120000-000000-import.sqlite3"
    damaged.write_bytes(b"not a database, but it names " + EMAIL.encode())
    report = erase_person_everywhere(store, services, contact)
    assert report.deleted_backups == [damaged.name]
    assert not damaged.exists()
    assert files_holding(store.data_dir, PERSONAL_VALUES) == {}


def test_command_line_erasure_cleans_backups(store, services):
    contact, _teil = make_person(store, services)
    store.close()
    erased = subprocess.run(
        [sys.executable, "-m", "tzcld_desktop", "--data-dir", str(store.data_dir), "personal-data", "erase", contact,
         "--yes"],
        capture_output=True, text=True,
    )
    assert erased.returncode == 0, erased.stderr
    assert "et de 3 sauvegarde(s)" in erased.stdout  # the daily one, the import one and the migration one
    assert files_holding(store.data_dir, PERSONAL_VALUES) == {}


def test_import_undo_copy_is_erased(store, services, tmp_path):
    contact, teil = make_person(store, services)
    colleague = open_store(tmp_path / "collegue")
    try:
        export_data(store, tmp_path / "claire.tzsync")
        import_data(colleague, tmp_path / "claire.tzsync")
        Services(colleague).save_profile("Paul Roux", ["84"])
        Services(colleague).save_contact(contact, ContactInput(
            NAME, teil, role=ContactRole.ELECTED, organisation="Mairie", phone=PHONE, email=EMAIL,
            notes="Note de Paul"))
        export_data(colleague, tmp_path / "paul.tzsync")
    finally:
        colleague.close()
    import_data(store, tmp_path / "paul.tzsync")
    with store.session() as session:
        kept_for_undo = session.scalar(select(func.count()).select_from(ImportUndoRegister))
    assert kept_for_undo > 0  # the registers the import replaced, the old notes among them

    erase_person_everywhere(store, services, contact)

    assert files_holding(store.data_dir, (*PERSONAL_VALUES, "Note de Paul")) == {}


def test_backup_dot_index_follows_registers(store, services):
    contact, _teil = make_person(store, services)
    erase_person_everywhere(store, services, contact)
    query = "SELECT replica, counter FROM sync_dot WHERE table_name = 'contact' AND record_id = ? AND field = 'email'"
    live = sqlite3.connect(store.db_path)
    try:
        expected = sorted(live.execute(query, (contact,)).fetchall())
    finally:
        live.close()
    assert expected
    for backup in list_backups(store.db_path):
        copy = sqlite3.connect(backup.path)
        try:
            has_contact = copy.execute("SELECT count(*) FROM contact WHERE id = ?", (contact,)).fetchone()[0]
            dots = sorted(copy.execute(query, (contact,)).fetchall())
        finally:
            copy.close()
        if has_contact:
            assert dots == expected, backup.path.name
