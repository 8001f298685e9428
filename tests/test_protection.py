"""Passphrase protection of the data folder: sealed at close, opened with the passphrase at start."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from tzcld_desktop.db import protection
from tzcld_desktop.db.backup import backup_dir, make_backup
from tzcld_desktop.db.models import Contact, Territory
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import DB_FILE_NAME, open_store
from tzcld_desktop.domain.errors import StorageError
from tzcld_desktop.domain.record_forms import ContactInput
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.sync import encryption, folder_key

PASSPHRASE = "Le Teil, printemps 2026"
EMAIL = "marie.lopez@example.org"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    """Derive keys with a small scrypt cost: the cost is stored in the key file, so reading follows it."""
    monkeypatch.setattr(encryption, "SCRYPT_N", 2**12)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A data folder holding one contact and two backups, closed."""
    folder = tmp_path / "donnees"
    store = open_store(folder)
    services = Services(store)
    services.save_profile("Claire Martin", ["84"])
    teil = services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    services.save_contact(None, ContactInput("Marie Lopez", teil, email=EMAIL))
    make_backup(store.db_path, "import")
    store.close()
    drafts = folder / protection.DRAFT_DIR_NAME
    drafts.mkdir()
    (drafts / "territoire-nouveau.json").write_text('{"nom": "Brouillon"}', encoding="utf-8")
    return folder


def fingerprints(folder: Path) -> dict[str, str]:
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def files_containing(folder: Path, value: str) -> list[str]:
    return [str(path.relative_to(folder)) for path in sorted(folder.rglob("*"))
            if path.is_file() and value.encode() in path.read_bytes()]


def contact_emails(folder: Path) -> list[str]:
    store = open_store(folder, daily_backup=False)
    try:
        with store.session() as session:
            return list(session.scalars(select(Contact.email)))
    finally:
        store.close()


def unseal(folder: Path, passphrase: str) -> tuple[bytes, protection.UnsealReport]:
    """Open the folder as the start does: the key from the passphrase, then the files."""
    key = folder_key.unlock(folder, passphrase)
    return key, protection.unseal(folder, key)


def sealed(folder: Path) -> Path:
    key = folder_key.enable(folder, PASSPHRASE)
    protection.seal(folder, key)
    return folder


def test_seal_leaves_no_plain_data(data_dir):
    assert files_containing(data_dir, EMAIL)
    count = protection.seal(data_dir, folder_key.enable(data_dir, PASSPHRASE))

    assert count == 4  # the database, the daily backup, the import backup and the draft
    assert files_containing(data_dir, EMAIL) == []
    assert files_containing(data_dir, "Brouillon") == []
    assert not (data_dir / DB_FILE_NAME).exists()
    assert list(backup_dir(data_dir / DB_FILE_NAME).glob("*.sqlite3")) == []
    assert protection.is_sealed(data_dir)


def test_sealed_folder_not_opened_as_empty(data_dir):
    sealed(data_dir)
    with pytest.raises(StorageError, match="protégé par un mot de passe"):
        open_store(data_dir)
    assert not (data_dir / DB_FILE_NAME).exists()


def test_command_line_rejects_sealed_folder(data_dir):
    sealed(data_dir)
    listed = subprocess.run([sys.executable, "-m", "tzcld_desktop", "--data-dir", str(data_dir), "list-contacts"],
                            capture_output=True, text=True)
    assert listed.returncode == 1
    assert "protégé par un mot de passe" in listed.stderr
    assert not (data_dir / DB_FILE_NAME).exists()


def test_right_passphrase_restores_everything(data_dir):
    before = fingerprints(data_dir)
    sealed(data_dir)

    _key, report = unseal(data_dir, PASSPHRASE)

    assert not report.crash_recovered
    assert report.damaged == []
    after = fingerprints(data_dir)
    assert {name: after[name] for name in before} == before
    assert not [name for name in after if name.endswith(protection.ENCRYPTED_SUFFIX)]
    assert contact_emails(data_dir) == [EMAIL]


def test_wrong_passphrase_changes_nothing(data_dir):
    sealed(data_dir)
    before = fingerprints(data_dir)
    with pytest.raises(folder_key.WrongDataPassphrase) as raised:
        unseal(data_dir, "mauvais mot de passe")
    assert "incorrect" in raised.value.message()
    assert fingerprints(data_dir) == before


def test_many_chunks_round_trip_and_truncation(data_dir, monkeypatch):
    monkeypatch.setattr(protection, "CHUNK_SIZE", 1000)
    before = fingerprints(data_dir)
    sealed(data_dir)
    unseal(data_dir, PASSPHRASE)
    assert {name: digest for name, digest in fingerprints(data_dir).items() if name in before} == before

    key = folder_key.unlock(data_dir, PASSPHRASE)
    protection.seal(data_dir, key)
    encrypted_db = data_dir / (DB_FILE_NAME + protection.ENCRYPTED_SUFFIX)
    content = encrypted_db.read_bytes()
    # Cut after the header and two whole chunks: each remaining chunk still authenticates alone.
    encrypted_db.write_bytes(content[:len(protection.FILE_MAGIC) + 9 + 2 * (1000 + 16)])
    with pytest.raises(StorageError, match="endommagée"):
        unseal(data_dir, PASSPHRASE)
    assert not (data_dir / DB_FILE_NAME).exists()


def test_swapped_backup_is_reported_damaged(data_dir):
    sealed(data_dir)
    backups = sorted(backup_dir(data_dir / DB_FILE_NAME).glob("*" + protection.ENCRYPTED_SUFFIX))
    # An encrypted file moved to another name fails, because its path is authenticated.
    backups[0].write_bytes((data_dir / (DB_FILE_NAME + protection.ENCRYPTED_SUFFIX)).read_bytes())
    _key, report = unseal(data_dir, PASSPHRASE)
    assert report.damaged == [f"sauvegardes/{backups[0].name.removesuffix(protection.ENCRYPTED_SUFFIX)}"]
    assert contact_emails(data_dir) == [EMAIL]


def test_crash_leaves_plain_file_then_recovers(data_dir):
    sealed(data_dir)
    unseal(data_dir, PASSPHRASE)
    # A session that is killed in the middle of its work never seals the folder.
    child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from tzcld_desktop.db.services import Services
        from tzcld_desktop.db.store import open_store
        from tzcld_desktop.domain.forms import TerritoryInput
        from tzcld_desktop.domain.stages import Stage
        store = open_store({str(data_dir)!r}, daily_backup=False)
        Services(store).create_territory(TerritoryInput("Annonay", Stage.EMERGING, "07"))
        print("saved", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "saved"
    finally:
        child.kill()
        child.wait()
    assert files_containing(data_dir, EMAIL)  # what the protection does not cover

    key, report = unseal(data_dir, PASSPHRASE)
    assert report.crash_recovered
    store = open_store(data_dir, daily_backup=False)
    with store.session() as session:
        assert "Annonay" in list(session.scalars(select(Territory.name)))
    store.close()
    protection.seal(data_dir, key)
    assert files_containing(data_dir, EMAIL) == []
    assert files_containing(data_dir, "Annonay") == []


def test_disable_needs_the_passphrase(data_dir):
    folder_key.enable(data_dir, PASSPHRASE)
    with pytest.raises(folder_key.WrongDataPassphrase):
        folder_key.disable(data_dir, "autre chose")
    assert protection.is_protected(data_dir)

    folder_key.disable(data_dir, PASSPHRASE)
    assert not protection.is_protected(data_dir)
    assert contact_emails(data_dir) == [EMAIL]
