"""The store survives full disks, read-only media, corruption and restores."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from datetime import date

import pytest
from sqlalchemy import event

from tzcld_desktop.db import queries
from tzcld_desktop.db.backup import list_backups, make_backup
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import DB_FILE_NAME, CorruptStoreError, open_store, restore_backup
from tzcld_desktop.domain.errors import StorageError
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage


def names(store):
    with store.session() as session:
        return {row.name for row in queries.list_territories(session, queries.TerritoryQuery())}


def test_daily_backup_once_a_day(tmp_path):
    store = open_store(tmp_path)
    store.close()
    store = open_store(tmp_path)
    daily = [b for b in list_backups(tmp_path / DB_FILE_NAME) if b.reason == "quotidienne"]
    assert len(daily) == 1
    assert daily[0].created_at.date() == date.today()
    store.close()


def test_restore_backup_keeps_current(tmp_path):
    store = open_store(tmp_path)
    services = Services(store)
    services.save_profile("Anne", ["84"])
    services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    saved = make_backup(store.db_path, "manuelle")
    services.create_territory(TerritoryInput("Échirolles-Ouest", Stage.HABILITATED, "38"))
    identity = store.replica_id()
    restore_backup(store, saved)
    assert names(store) == {"Le Teil"}
    assert store.replica_id() != identity
    kept = [b for b in list_backups(store.db_path) if b.reason == "avant-restauration"]
    assert len(kept) == 1
    # The file kept before restoring still holds the later territory.
    with sqlite3.connect(kept[0].path) as connection:
        assert ("Échirolles-Ouest",) in connection.execute("SELECT name FROM territory").fetchall()
    store.close()


def _corrupt(db_path):
    data = bytearray(db_path.read_bytes())
    for offset in range(4096, min(len(data), 40960)):
        data[offset] = 0x5A
    db_path.write_bytes(bytes(data))


def test_corrupt_file_moved_aside_and_backup_offered(tmp_path):
    store = open_store(tmp_path)
    services = Services(store)
    services.save_profile("Anne", ["84"])
    services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    make_backup(store.db_path, "manuelle")
    store.close()
    db_path = tmp_path / DB_FILE_NAME
    _corrupt(db_path)
    damaged = db_path.read_bytes()
    with pytest.raises(CorruptStoreError) as raised:
        open_store(tmp_path)
    error = raised.value
    assert "endommagé" in error.message()
    assert "les modifications faites depuis seraient perdues" in error.message()
    assert error.moved_to.read_bytes() == damaged  # moved, never overwritten
    assert not db_path.exists()
    shutil.copy2(error.backup.path, db_path)
    store = open_store(tmp_path)
    assert names(store) == {"Le Teil"}
    store.close()


def _limit_pages(store, pages):
    @event.listens_for(store.engine, "connect")
    def limit(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    store.engine.dispose()


def test_full_disk_message_and_data_kept(tmp_path):
    store = open_store(tmp_path)
    services = Services(store)
    services.save_profile("Anne", ["84"])
    services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    with store.engine.connect() as connection:
        used = connection.exec_driver_sql("PRAGMA page_count").scalar()
    _limit_pages(store, used)  # SQLite reports SQLITE_FULL, exactly as on a full disk
    with pytest.raises(StorageError) as raised:
        services.create_territory(TerritoryInput("Échirolles-Ouest", Stage.HABILITATED, "38", notes="x" * 50_000))
    assert "Le disque est plein" in raised.value.message()
    assert names(store) == {"Le Teil"}
    store.close()


def _mount_tmpfs(path, size):
    path.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                            capture_output=True, text=True)
    return result.returncode == 0


@pytest.fixture
def small_filesystem(tmp_path):
    mount_point = tmp_path / "cle-usb"
    if shutil.which("mount") is None or not _mount_tmpfs(mount_point, "2m"):
        pytest.skip("mounting a small tmpfs needs root with CAP_SYS_ADMIN; the page-limit test covers SQLITE_FULL")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_real_full_filesystem(small_filesystem):
    store = open_store(small_filesystem / "donnees", daily_backup=False)
    services = Services(store)
    services.save_profile("Anne", ["84"])
    services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    with (small_filesystem / "remplissage").open("wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 4096)
        except OSError:
            pass  # the filesystem is now full
    with pytest.raises(StorageError) as raised:
        for index in range(200):
            services.create_territory(TerritoryInput(f"Territoire {index}", Stage.INTERESTED, "07",
                                                     notes="n" * 20_000))
    assert "plein" in raised.value.message() or "disque" in raised.value.message()
    (small_filesystem / "remplissage").unlink()
    assert "Le Teil" in names(store)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    store.close()


def test_real_read_only_medium(small_filesystem):
    store = open_store(small_filesystem / "donnees", daily_backup=False)
    services = Services(store)
    services.save_profile("Anne", ["84"])
    services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    store.close()
    remount = subprocess.run(["mount", "-o", "remount,ro", str(small_filesystem)], capture_output=True)
    assert remount.returncode == 0, remount.stderr
    with pytest.raises(StorageError) as raised:
        store = open_store(small_filesystem / "donnees", daily_backup=False)
        Services(store).create_territory(TerritoryInput("Échirolles-Ouest", Stage.HABILITATED, "38"))
    message = raised.value.message()
    assert "lecture seule" in message
    subprocess.run(["mount", "-o", "remount,rw", str(small_filesystem)], check=True)
    store = open_store(small_filesystem / "donnees", daily_backup=False)
    assert names(store) == {"Le Teil"}
    store.close()


def test_read_only_database_message(tmp_path):
    store = open_store(tmp_path)
    services = Services(store)
    services.save_profile("Anne", ["84"])

    @event.listens_for(store.engine, "connect")
    def read_only(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA query_only = 1")

    store.engine.dispose()
    with pytest.raises(StorageError) as raised:
        services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    assert "lecture seule" in raised.value.message()
    store.close()
