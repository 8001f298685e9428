"""A first load is written into a new file, which then replaces the store's file.

When the rename cannot be done safely, the new file is copied into the store instead.
Either way the store ends with the loaded data, under its own identity unless the new
file's fingerprint could not be recorded. A failed load leaves the store's file as it
was, with no prepared file left behind.
"""

from __future__ import annotations

import os
import sqlite3

import pytest

from tzcld_desktop.db import staging
from tzcld_desktop.db.store import open_store
from tzcld_desktop.db.territory_import import import_territory_list
from tzcld_desktop.domain.errors import StorageError
from tzcld_desktop.resources import resource_path
from tzcld_desktop.sync import exchange
from tzcld_desktop.sync.exchange import export_data, import_data

from profiled_stores import CancelAfter
from test_exchange import Copy

POSIX_ONLY = pytest.mark.skipif(os.name == "nt", reason="Windows gives no inode to compare files by")


@pytest.fixture
def snapshot(tmp_path):
    """Return the path of a full export of the 73 shipped territories."""
    anne = Copy(tmp_path / "anne", "Anne Durand")
    import_territory_list(anne.store, resource_path("data", "territoires_habilites.csv"))
    path = tmp_path / "tout.tzsync"
    export_data(anne.store, path)
    anne.store.close()
    return path


@pytest.fixture
def bruno(tmp_path):
    copy = Copy(tmp_path / "bruno", "Bruno Petit")
    yield copy
    copy.store.close()


def staging_files(copy) -> list[str]:
    return sorted(path.name for path in copy.store.data_dir.iterdir() if staging.STAGING_SUFFIX in path.name)


def reopened_replica_id(copy) -> str:
    copy.store.close()
    copy.store = open_store(copy.store.data_dir, daily_backup=False)
    return copy.store.replica_id()


@POSIX_ONLY
def test_first_load_replaces_the_file(snapshot, bruno):
    inode_before = bruno.store.db_path.stat().st_ino
    replica_id = bruno.store.replica_id()

    import_data(bruno.store, snapshot)

    assert bruno.store.db_path.stat().st_ino != inode_before
    assert len(bruno.territories()) == 73
    assert staging_files(bruno) == []
    # The new file is recorded as this copy's own: reopening keeps the identity.
    assert reopened_replica_id(bruno) == replica_id
    assert len(bruno.territories()) == 73


def test_failed_first_load_keeps_the_file(snapshot, bruno, tmp_path, monkeypatch):
    monkeypatch.setattr(exchange._ImportSteps, "REPORT_EVERY", 1)
    # A complete first load elsewhere counts the checks for cancellation.
    counted = CancelAfter()
    carla = Copy(tmp_path / "carla", "Carla Roux")
    import_data(carla.store, snapshot, cancelled=counted)
    carla.store.close()
    before = bruno.store.db_path.read_bytes()

    # Stopped at the last check, after every register is in the prepared file.
    with pytest.raises(exchange.ImportCancelled):
        import_data(bruno.store, snapshot, cancelled=CancelAfter(counted.calls - 1))

    assert bruno.store.db_path.read_bytes() == before
    assert staging_files(bruno) == []
    assert bruno.territories() == {}


@POSIX_ONLY
def test_unrecorded_fingerprint_keeps_the_load(snapshot, bruno, monkeypatch):
    replica_id = bruno.store.replica_id()

    def fail(_path):
        raise OSError(5, "Erreur d'entrée-sortie")

    monkeypatch.setattr(staging, "file_fingerprint", fail)

    import_data(bruno.store, snapshot)

    assert len(bruno.territories()) == 73
    assert staging_files(bruno) == []
    monkeypatch.undo()
    # Reopened, the file is taken for a copy and writes under a new identity, with its data.
    assert reopened_replica_id(bruno) != replica_id
    assert len(bruno.territories()) == 73


@POSIX_ONLY
def test_store_open_elsewhere_gets_a_copy(snapshot, bruno):
    inode_before = bruno.store.db_path.stat().st_ino
    replica_id = bruno.store.replica_id()
    reader = sqlite3.connect(bruno.store.db_path)
    try:
        reader.execute("SELECT count(*) FROM territory").fetchone()
        import_data(bruno.store, snapshot)
        # The other connection reads the loaded data from the same file.
        assert reader.execute("SELECT count(*) FROM territory").fetchone() == (73,)
    finally:
        reader.close()

    assert bruno.store.db_path.stat().st_ino == inode_before
    assert len(bruno.territories()) == 73
    assert staging_files(bruno) == []
    assert reopened_replica_id(bruno) == replica_id


def test_failed_rename_gets_a_copy(snapshot, bruno, monkeypatch):
    replica_id = bruno.store.replica_id()

    def deny_rename(source, target):
        raise PermissionError(13, "Accès refusé", str(target))

    monkeypatch.setattr(staging.os, "replace", deny_rename)

    import_data(bruno.store, snapshot)

    assert len(bruno.territories()) == 73
    assert staging_files(bruno) == []
    with bruno.store.session() as session:
        assert session.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert reopened_replica_id(bruno) == replica_id


def test_write_before_rename_cancels_first_load(snapshot, bruno, monkeypatch):
    switch = staging._switch_to_rollback_journal

    def write_then_switch(connection):
        # Another program writes in the instant the store's write lock is released.
        other = sqlite3.connect(bruno.store.db_path)
        other.execute("UPDATE profile SET name = 'Bruno P.'")
        other.commit()
        other.close()
        return switch(connection)

    monkeypatch.setattr(staging, "_switch_to_rollback_journal", write_then_switch)

    with pytest.raises(StorageError) as raised:
        import_data(bruno.store, snapshot)

    assert "Recommencez l'import" in raised.value.message()
    assert bruno.territories() == {}
    assert staging_files(bruno) == []
    with bruno.store.session() as session:
        assert session.connection().exec_driver_sql("SELECT name FROM profile").scalar() == "Bruno P."


def test_store_locked_by_writer_rejects_first_load(snapshot, bruno, monkeypatch):
    monkeypatch.setattr(staging, "LOCK_TIMEOUT_S", 0.1)
    before = bruno.store.db_path.read_bytes()
    writer = sqlite3.connect(bruno.store.db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as raised:
            import_data(bruno.store, snapshot)
    finally:
        writer.execute("ROLLBACK")
        writer.close()

    assert "occupé par un autre programme" in raised.value.message()
    assert bruno.store.db_path.read_bytes() == before
    assert staging_files(bruno) == []
