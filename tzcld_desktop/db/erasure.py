"""Erasing a person's values from every file of the data folder, not only from the live records.

The service ``erase_personal_data`` blanks the fields and replaces their registers, so
the erasure travels to the other copies. The old bytes would still be on disk:

* in the database file's free space and in the WAL, which keeps old page versions until
  it is overwritten. ``PRAGMA secure_delete`` (set on every store connection) zeroes what
  is freed from now on. A ``VACUUM`` rewrites the file without what was freed before, and a
  ``wal_checkpoint(TRUNCATE)`` empties the WAL;
* in the copy of the registers that the last import keeps for its undo
  (``import_undo_register``), whose rows for the erased records are deleted. The erasure
  is a write, so that import can no longer be undone anyway;
* in every backup of ``sauvegardes/``. Each backup gets the same records blanked with the
  live registers and their dot index copied in, so restoring it or undoing an import
  through it cannot bring the values back. A backup that cannot be cleaned is deleted.

The undo history of the services is cleared by the service itself.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from tzcld_desktop.db.backup import list_backups
from tzcld_desktop.db.models import Contact, MeetingPerson
from tzcld_desktop.db.personal_data import person_records

log = logging.getLogger(__name__)

# Per table: the columns that the erasure rewrites (personal fields and the normalised
# copies derived from them) and the synced fields among them, whose registers are copied.
ERASED_COLUMNS = {
    Contact.__tablename__: ("name", "name_key", "organisation", "organisation_key", "phone", "email", "notes"),
    MeetingPerson.__tablename__: ("name", "organisation"),
}
ERASED_FIELDS = {
    Contact.__tablename__: ("name", "organisation", "phone", "email", "notes"),
    MeetingPerson.__tablename__: ("name", "organisation"),
}
# The dot index of the registers, and the registers that the last import replaced, kept
# for its undo. Both are looked up by name, and skipped in a file that lacks them.
DOT_TABLE = "sync_dot"
DOT_COLUMNS = ("replica", "counter", "table_name", "record_id", "field")
UNDO_REGISTER_TABLE = "import_undo_register"


@dataclass
class ErasureReport:
    """The outcome of an erasure: records changed in the database, and backups cleaned or deleted."""

    records: int
    cleaned_backups: list[str] = field(default_factory=list)
    # Backups that could not be cleaned and were deleted instead.
    deleted_backups: list[str] = field(default_factory=list)
    # Backups that could be neither cleaned nor deleted: they still hold the values.
    remaining_backups: list[str] = field(default_factory=list)
    # False when old values may remain in the database file, because it could not be
    # rewritten, its WAL emptied or the import's undo copy deleted (another program
    # reading it, a full disk).
    compacted: bool = True


@dataclass(frozen=True)
class _ErasedRecord:
    table: str
    record_id: str
    columns: dict[str, object]
    # Synced field name -> (entries, context) of its register after the erasure.
    registers: dict[str, tuple[str, str]]
    # Rows of the dot index ``sync_dot`` for those registers: (replica, counter, field).
    dots: list[tuple[str, int, str]]


def erase_person_everywhere(store, services, contact_id: str) -> ErasureReport:
    """Erase the person of ``contact_id`` from the records, the database file and the backups.

    Raises ``RecordNotFound`` for an unknown or deleted contact and ``StorageError`` when
    the database cannot be written; the backups are left untouched then.
    """
    # NOTE: a daily backup that the start-up check is writing in its worker thread at this
    # moment may be listed after the cleaning and keep the old values.
    with store.session() as session:
        records = person_records(session, contact_id, include_deleted=True)
        targets = [(Contact.__tablename__, records.contact.id)]
        targets += [(MeetingPerson.__tablename__, person.id) for person, _meeting in records.participations]
    count = services.erase_personal_data(contact_id)
    report = ErasureReport(count)
    forgotten = _forget_import_undo(store.db_path, targets)
    report.compacted = compact_database(store.db_path) and forgotten
    erased = _read_erased(store.db_path, targets)
    replica_id, counter = _read_replica(store.db_path)
    for backup in list_backups(store.db_path):
        _clean_or_delete(backup.path, erased, replica_id, counter, report)
    log.info("Personal data erased from %d records and %d backups; %d backups deleted, %d left",
             count, len(report.cleaned_backups), len(report.deleted_backups), len(report.remaining_backups))
    return report


def compact_database(db_path: Path) -> bool:
    """Rewrite the database without its free space and empty its WAL; return whether both succeeded.

    Runs on its own connection, so the store's connections must hold no transaction.
    Fails when another program reads the file or the disk is full. The erasure itself
    is committed by then, so the failure is logged and returned, not raised.
    """
    connection = sqlite3.connect(db_path, isolation_level=None, timeout=5)
    try:
        connection.execute("PRAGMA secure_delete=ON")
        connection.execute("VACUUM")
        busy, _frames, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.OperationalError as error:
        log.warning("%s not compacted after an erasure: %s", db_path.name, error)
        return False
    finally:
        connection.close()
    if busy:
        log.warning("WAL of %s not emptied after an erasure: another connection is reading", db_path.name)
    return not busy


def _table_columns(connection: sqlite3.Connection) -> dict[str, set[str]]:
    """Map each table of the database to its column names."""
    tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {table: {row[1] for row in connection.execute(f"PRAGMA table_info({table})")} for table in tables}


def _has_table(columns: dict[str, set[str]], table: str, *names: str) -> bool:
    return table in columns and set(names) <= columns[table]


# Deletes the undo copy that the last import kept of one record's registers.
_DELETE_UNDO_ROWS = f"DELETE FROM {UNDO_REGISTER_TABLE} WHERE table_name = ? AND record_id = ?"


def _forget_import_undo(db_path: Path, targets: list[tuple[str, str]]) -> bool:
    """Delete the undo copy of the erased records' registers that the last import kept; return whether done."""
    connection = sqlite3.connect(db_path, isolation_level=None, timeout=5)
    try:
        connection.execute("PRAGMA secure_delete=ON")
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(_DELETE_UNDO_ROWS, targets)
        connection.execute("COMMIT")
        return True
    except sqlite3.OperationalError as error:
        log.warning("Undo copy of the last import kept in %s after an erasure: %s", db_path.name, error)
        return False
    finally:
        connection.close()


def _delete_undo_rows(connection: sqlite3.Connection, columns: dict[str, set[str]],
                      erased: list[_ErasedRecord]) -> int:
    # A backup of an older schema has no undo table.
    if not _has_table(columns, UNDO_REGISTER_TABLE, "table_name", "record_id"):
        return 0
    cursor = connection.executemany(_DELETE_UNDO_ROWS, [(record.table, record.record_id) for record in erased])
    return cursor.rowcount


def _read_erased(db_path: Path, targets: list[tuple[str, str]]) -> list[_ErasedRecord]:
    connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        erased = []
        for table, record_id in targets:
            columns = ERASED_COLUMNS[table]
            row = connection.execute(
                f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?", (record_id,)  # noqa: S608 - fixed names
            ).fetchone()
            registers = {
                name: (entries, context)
                for name, entries, context in connection.execute(
                    "SELECT field, entries, context FROM sync_register WHERE table_name = ? AND record_id = ?",
                    (table, record_id),
                )
                if name in ERASED_FIELDS[table]
            }
            dots = [
                (replica, counter, name)
                for replica, counter, name in connection.execute(
                    f"SELECT replica, counter, field FROM {DOT_TABLE} WHERE table_name = ? AND record_id = ?",
                    (table, record_id),
                )
                if name in ERASED_FIELDS[table]
            ]
            erased.append(_ErasedRecord(table, record_id, dict(zip(columns, row, strict=True)), registers, dots))
        return erased
    finally:
        connection.close()


def _read_replica(db_path: Path) -> tuple[str, int]:
    connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        replica_id, counter = connection.execute("SELECT replica_id, counter FROM local_replica").fetchone()
        return replica_id, counter
    finally:
        connection.close()


def _clean_or_delete(path: Path, erased: list[_ErasedRecord], replica_id: str, counter: int,
                     report: ErasureReport) -> None:
    try:
        clean_backup(path, erased, replica_id, counter)
    except sqlite3.Error as error:
        log.warning("Backup %s not cleaned (%s): deleting it", path.name, error)
        try:
            path.unlink()
            for suffix in ("-wal", "-shm", "-journal"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
        except OSError as unlink_error:
            log.error("Backup %s neither cleaned nor deleted: %s", path.name, unlink_error)
            report.remaining_backups.append(path.name)
            return
        report.deleted_backups.append(path.name)
        return
    report.cleaned_backups.append(path.name)


def clean_backup(path: Path, erased: list[_ErasedRecord], replica_id: str, counter: int) -> bool:
    """Write the erased values and registers into the backup at ``path``; return whether it contained any.

    Records absent from the backup are skipped, and so are columns and tables of an
    older schema. The backup's own write counter is raised to the live one when it is
    the same copy, because the copied registers contain writes up to that counter, and
    a restored backup must never reuse them. Raises ``sqlite3.Error`` when the file is
    damaged, not a database, or read-only.
    """
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None)
    try:
        connection.execute("PRAGMA secure_delete=ON")
        columns = _table_columns(connection)
        changed = False
        connection.execute("BEGIN IMMEDIATE")
        try:
            for record in erased:
                changed |= _clean_record(connection, columns, record)
            undo_rows = _delete_undo_rows(connection, columns, erased)
            if changed and "local_replica" in columns:
                connection.execute("UPDATE local_replica SET counter = MAX(counter, ?) WHERE replica_id = ?",
                                   (counter, replica_id))
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        if changed or undo_rows:
            connection.execute("VACUUM")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return changed
    finally:
        connection.close()


def _clean_record(connection: sqlite3.Connection, columns: dict[str, set[str]], record: _ErasedRecord) -> bool:
    present = [name for name in record.columns if name in columns.get(record.table, ())]
    if not present:
        return False
    assignments = ", ".join(f"{name} = ?" for name in present)
    cursor = connection.execute(
        f"UPDATE {record.table} SET {assignments} WHERE id = ?",  # noqa: S608 - names from ERASED_COLUMNS
        [record.columns[name] for name in present] + [record.record_id],
    )
    if cursor.rowcount == 0:
        return False
    if _has_table(columns, "sync_register", "table_name", "record_id", "field", "entries", "context"):
        for name, (entries, context) in record.registers.items():
            connection.execute(
                "UPDATE sync_register SET entries = ?, context = ? WHERE table_name = ? AND record_id = ? AND field = ?",
                (entries, context, record.table, record.record_id, name),
            )
    if _has_table(columns, DOT_TABLE, *DOT_COLUMNS):
        # The index lists the dots of each register, so it follows the copied registers.
        for name in record.registers:
            connection.execute(
                f"DELETE FROM {DOT_TABLE} WHERE table_name = ? AND record_id = ? AND field = ?",
                (record.table, record.record_id, name),
            )
        connection.executemany(
            f"INSERT OR IGNORE INTO {DOT_TABLE} (replica, counter, table_name, record_id, field) "
            "VALUES (?, ?, ?, ?, ?)",
            [(replica, dot_counter, record.table, record.record_id, name)
             for replica, dot_counter, name in record.dots if name in record.registers],
        )
    return True
