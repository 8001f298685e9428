"""Undo the last import by putting back the copy of the database taken just before it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, select

from tzcld_desktop.db.backup import copy_backup_over, make_backup
from tzcld_desktop.db.models import ExchangeLogEntry, LocalReplica
from tzcld_desktop.db.store import Store, renew_identity
from tzcld_desktop.domain.errors import UserError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UndoableImport:
    file_name: str
    peer_person: str
    backup_file: Path


def last_undoable_import(store: Store) -> UndoableImport | None:
    """Return the last import if nothing was written on this copy since, else None."""
    with store.session() as session:
        entry = session.scalars(
            select(ExchangeLogEntry).where(ExchangeLogEntry.direction.in_(("import", "undo")))
            .order_by(ExchangeLogEntry.id.desc())
        ).first()
        # Only the latest import can be undone, and only once.
        if entry is None or entry.direction != "import" or not entry.backup_file or entry.result != "ok":
            return None
        replica = session.scalars(select(LocalReplica)).one()
        if replica.counter != entry.counter_after:
            return None
        backup = Path(entry.backup_file)
        if not backup.exists():
            return None
        return UndoableImport(Path(entry.file_name).name, entry.peer_person, backup)


def undo_last_import(store: Store) -> UndoableImport:
    """Put back the database as it was before the last import.

    The current file is first kept as a backup. The copy then writes under a new
    identity, because files it exported after the import told peers it knew what the
    import brought; a new identity makes them send everything again.
    """
    target = last_undoable_import(store)
    if target is None:
        raise UserError(
            "Aucun import ne peut être annulé : soit aucun import n'a été fait, soit des modifications ont été "
            "enregistrées depuis. Restaurez plutôt une sauvegarde."
        )
    make_backup(store.db_path, "avant-annulation")
    with store.session() as session:
        history = [_log_values(entry) for entry in session.scalars(select(ExchangeLogEntry))]
    store.engine.dispose()
    copy_backup_over(target.backup_file, store.db_path)
    with store.transaction() as session:
        replica = session.scalars(select(LocalReplica)).one()
        renew_identity(replica)
        # The exchange log is this copy's history, not data: keep every line, the
        # undone import's included, and add the undo itself.
        session.execute(delete(ExchangeLogEntry))
        session.add_all(ExchangeLogEntry(**values) for values in history)
        session.add(ExchangeLogEntry(direction="undo", at=_utc_now(), file_name=target.file_name,
                                     peer_person=target.peer_person, result="ok"))
    log.info("Import of %s undone from backup %s", target.file_name, target.backup_file.name)
    return target


def _log_values(entry: ExchangeLogEntry) -> dict:
    return {column.key: getattr(entry, column.key) for column in ExchangeLogEntry.__table__.columns}


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
