"""A database file prepared beside the store's, which then takes its place.

A first load fills an empty store with everything a colleague's copy holds: some
1.4 GB at the decade scale. Written into the store itself, each page is written twice,
once into the WAL and once more into the database file when SQLite copies the WAL back
after the commit. Written into a new file that uses a rollback journal, each page is
written once, because SQLite journals only the pages that existed when the transaction
began, and every page of a first load comes after them. The finished file then replaces
the store's file by a rename.

A connection holds the store's write lock from the copy to the rename, so no write can
land in the store and vanish with the old file. Readers go on reading the store
meanwhile, through WAL. The rename requires that no other connection has the store's
file open, since a connection left on the old file would share the names of its
``-wal`` and ``-shm`` files with the new one. Switching the store out of WAL mode
succeeds only in that case, so the switch is the test. When another connection keeps
the file open, or the rename fails (Windows does not replace a file that another program
has open), the prepared file is copied into the store with the backup API instead,
as restoring a backup does. That costs the double write again, and nothing else.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from types import TracebackType

from sqlalchemy import select

from tzcld_desktop.db.backup import copy_database
from tzcld_desktop.db.models import LocalReplica
from tzcld_desktop.db.store import Store, file_fingerprint, make_engine, make_session_factory, storage_error
from tzcld_desktop.domain.errors import StorageError

log = logging.getLogger(__name__)

# Appended to the store's file name to name the prepared file.
STAGING_SUFFIX = ".chargement"
# Seconds that taking the store's write lock, or switching it out of WAL mode, waits for
# another connection to finish a statement.
LOCK_TIMEOUT_S = 2.0


class StoreChangedError(Exception):
    """Another connection wrote into the store while the file meant to replace it was prepared."""


class StagedStore:
    """Prepare a new database file from a store's and put it in place of the store's file.

    Entering the block copies the store's file and returns a ``Store`` on the copy,
    which uses a rollback journal. Leaving it normally puts the copy in place. Leaving
    it with an exception removes the copy and leaves the store's file untouched.
    """

    def __init__(self, store: Store) -> None:
        self.live = store
        self.path = store.db_path.with_name(store.db_path.name + STAGING_SUFFIX)
        self._lock: sqlite3.Connection | None = None
        self._version = 0
        self._staged: Store | None = None

    def __enter__(self) -> Store:
        _remove_database(self.path)
        try:
            self._lock = sqlite3.connect(self.live.db_path, isolation_level=None, timeout=LOCK_TIMEOUT_S)
            self._lock.execute("BEGIN IMMEDIATE")
            self._version = _data_version(self._lock)
            # The write lock blocks writers, not readers, so a separate connection reads
            # the same committed state as the lock's transaction.
            copy_database(self.live.db_path, self.path)
        except sqlite3.Error as error:
            self._discard()
            raise storage_error(self.live.db_path, error) from error
        except BaseException:
            self._discard()
            raise
        engine = make_engine(self.path, journal_mode="DELETE")
        self._staged = Store(self.live.data_dir, self.path, engine, make_session_factory(engine))
        return self._staged

    def __exit__(
        self, error_type: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if error_type is not None:
            self._discard()
            return
        try:
            self._put_in_place()
        except sqlite3.Error as failure:
            raise storage_error(self.live.db_path, failure) from failure
        finally:
            self._discard()

    def _put_in_place(self) -> None:
        assert self._staged is not None and self._lock is not None
        with self._staged.engine.connect() as connection:
            # The store's file must read as a WAL database once in place.
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        self._staged.engine.dispose()
        lock = self._lock
        lock.execute("COMMIT")
        # Connections that the application keeps in its pool would make the switch fail.
        self.live.engine.dispose()
        if _switch_to_rollback_journal(lock):
            lock.execute("BEGIN EXCLUSIVE")
            # Only between the commit above and this lock could another connection write.
            if _data_version(lock) != self._version:
                _release_to_wal(lock)
                raise StoreChangedError
            if self._rename():
                self._record_new_file()
                return
        # NOTE: the write lock was released at the commit above, so a write that another
        # connection commits before the copy takes the lock again is overwritten.
        log.info("The store's file is open elsewhere: the prepared file is copied into it")
        self._close_lock()
        copy_database(self.path, self.live.db_path)

    def _rename(self) -> bool:
        """Move the prepared file onto the store's and return whether it worked."""
        assert self._lock is not None
        if os.name == "nt":
            # Windows replaces only a file that no handle has open, the lock's included,
            # so a connection opened after this close makes the rename fail.
            self._close_lock()
        try:
            os.replace(self.path, self.live.db_path)
        except OSError as error:
            log.warning("Renaming %s onto %s failed: %s", self.path.name, self.live.db_path.name, error)
            if self._lock is not None:
                _release_to_wal(self._lock)
            return False
        # POSIX: a connection opened during the rename met the exclusive lock and failed.
        self._close_lock()
        _sync_folder(self.live.db_path.parent)
        return True

    def _record_new_file(self) -> None:
        # The renamed file has another inode: without this, the next start would take
        # the store for a copied folder and give it a new identity.
        try:
            with self.live.transaction() as session:
                replica = session.scalars(select(LocalReplica)).one()
                replica.fingerprint = file_fingerprint(self.live.db_path)
        except (StorageError, OSError) as error:
            # The load is in place. A new identity at the next start loses nothing,
            # because this copy has written nothing of its own since it was empty.
            log.warning("The new file's fingerprint was not recorded (%s): the next start renews the identity", error)

    def _close_lock(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def _discard(self) -> None:
        if self._staged is not None:
            self._staged.engine.dispose()
            self._staged = None
        self._close_lock()
        _remove_database(self.path)


def _data_version(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA data_version").fetchone()[0]


def _switch_to_rollback_journal(connection: sqlite3.Connection) -> bool:
    """Take ``connection``'s database out of WAL mode; return False while another connection has it open."""
    try:
        return connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    except sqlite3.OperationalError as error:
        log.info("The store stays in WAL mode: %s", error)
        return False


def _release_to_wal(connection: sqlite3.Connection) -> None:
    """End ``connection``'s exclusive transaction and put its database back in WAL mode."""
    connection.execute("ROLLBACK")
    connection.execute("PRAGMA journal_mode=WAL")


def _remove_database(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no handle on a folder to flush)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
