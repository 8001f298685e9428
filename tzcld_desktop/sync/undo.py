"""Undo the last import from the undo record that the import kept in its transaction.

An import saves the previous state of every register it changed, the records it
created, and this copy's knowledge and peer row before it (``exchange.import_data``).
Undoing writes those back, removes what the import created and rebuilds the affected
rows, so it costs about as much as the import, whatever the size of the database.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tzcld_desktop.db import library
from tzcld_desktop.db.backup import make_backup
from tzcld_desktop.db.capture import APPLYING_SYNC
from tzcld_desktop.db.models import (
    SYNCED_MODELS,
    ExchangeLogEntry,
    ImportUndoRegister,
    ImportUndoState,
    LocalReplica,
    Peer,
    SyncBulkLoad,
    SyncRegister,
)
from tzcld_desktop.db.projection import load_record_registers, project_records
from tzcld_desktop.db.store import Store, renew_identity
from tzcld_desktop.domain.errors import UserError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UndoableImport:
    log_id: int
    file_name: str
    peer_person: str


def last_undoable_import(store: Store) -> UndoableImport | None:
    """Return the last import if nothing was written on this copy since, else None."""
    with store.session() as session:
        entry = session.scalars(
            select(ExchangeLogEntry).where(ExchangeLogEntry.direction.in_(("import", "undo")))
            .order_by(ExchangeLogEntry.id.desc())
        ).first()
        # Only the latest import can be undone, and only once.
        if entry is None or entry.direction != "import" or entry.result != "ok":
            return None
        replica = session.scalars(select(LocalReplica)).one()
        if replica.counter != entry.counter_after:
            return None
        # Imports made before the undo record existed, or already undone, have none.
        if session.get(ImportUndoState, entry.id) is None:
            return None
        return UndoableImport(entry.id, Path(entry.file_name).name, entry.peer_person)


def undo_last_import(store: Store) -> UndoableImport:
    """Put the data back as it was before the last import.

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
    with store.transaction() as session:
        session.info[APPLYING_SYNC] = True
        state = session.get(ImportUndoState, target.log_id)
        _restore_registers(session)
        replica = session.scalars(select(LocalReplica)).one()
        replica.knowledge = state.knowledge
        replica.last_stamp = state.last_stamp
        _restore_peer(session, state)
        renew_identity(replica)
        session.execute(delete(ImportUndoRegister))
        session.execute(delete(ImportUndoState))
        # The registers that a first import loaded are gone again.
        session.execute(delete(SyncBulkLoad).where(SyncBulkLoad.log_id == target.log_id))
        session.add(ExchangeLogEntry(direction="undo", at=_utc_now(), file_name=target.file_name,
                                     peer_person=target.peer_person, result="ok"))
    try:
        library.refresh_index(store)
    except Exception:  # noqa: BLE001 - the index is a local cache, rebuilt at the next refresh
        log.exception("The document index could not be refreshed after undoing an import")
    log.info("Import of %s undone from its undo record", target.file_name)
    return target


def _restore_registers(session: Session) -> None:
    """Write back the saved registers, remove the created ones, and rebuild the rows."""
    connection = session.connection()
    # Created records go in table order, so a child row may outlive its parent until commit.
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    register_table = SyncRegister.__table__
    records_by_table: dict[str, set[str]] = defaultdict(set)
    created_by_table: dict[str, set[str]] = defaultdict(set)
    for row in session.execute(select(ImportUndoRegister)).scalars():
        key = (register_table.c.table_name == row.table_name) & (register_table.c.record_id == row.record_id)
        if row.field == "":
            connection.execute(register_table.delete().where(key))
            created_by_table[row.table_name].add(row.record_id)
            continue
        key = key & (register_table.c.field == row.field)
        if row.entries is None:
            connection.execute(register_table.delete().where(key))
        else:
            connection.execute(register_table.update().where(key).values(entries=row.entries, context=row.context))
        records_by_table[row.table_name].add(row.record_id)
    for table, record_ids in created_by_table.items():
        model_table = SYNCED_MODELS[table].__table__
        ids = sorted(record_ids)
        for start in range(0, len(ids), 500):
            connection.execute(model_table.delete().where(model_table.c.id.in_(ids[start : start + 500])))
    for table, record_ids in records_by_table.items():
        registers = load_record_registers(session, table, record_ids)
        project_records(session, table, dict(registers), set(registers))


def _restore_peer(session: Session, state: ImportUndoState) -> None:
    peer = session.get(Peer, state.peer_replica_id)
    if not state.peer:
        if peer is not None:
            session.delete(peer)
        return
    values = json.loads(state.peer)
    if peer is None:
        peer = Peer(replica_id=state.peer_replica_id)
        session.add(peer)
    peer.person = values["person"]
    peer.knowledge = values["knowledge"]
    received = values["last_received_at"]
    peer.last_received_at = datetime.fromisoformat(received) if received else None


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
