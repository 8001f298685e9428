"""Rebuild the rows of synced tables from their merged registers.

The displayed value of a field is its register's latest entry by stamp; a record is
flagged ``has_conflict`` when any field holds concurrent different values. A record
is deleted when its ``deleted`` register says so, unless another field carries a write
that the delete had not seen: then it stays visible with ``needs_review`` set.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from tzcld_desktop.db.capture import decode_value, stamp_to_datetime
from tzcld_desktop.db.models import SYNCED_MODELS, SyncRegister
from tzcld_desktop.domain.crdt import Register

# Enough ids per query to stay well under SQLite's limit of bound parameters.
_CHUNK = 500


def load_record_registers(
    session: Session, table: str, record_ids: Iterable[str]
) -> dict[str, dict[str, Register]]:
    """Return ``{record_id: {field: Register}}`` for the given records of one table."""
    result: dict[str, dict[str, Register]] = defaultdict(dict)
    ids = list(record_ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = session.execute(
            select(SyncRegister.record_id, SyncRegister.field, SyncRegister.entries, SyncRegister.context).where(
                SyncRegister.table_name == table, SyncRegister.record_id.in_(chunk)
            )
        )
        for record_id, field, entries, context in rows:
            result[record_id][field] = Register.from_json(entries, context)
    return result


def record_state(registers: dict[str, Register]) -> tuple[bool, bool]:
    """Return ``(deleted, needs_review)`` for one record's registers."""
    existence = registers.get("deleted")
    if existence is None or not existence.entries:
        # Only some fields arrived (a file built for another copy): the record stays
        # hidden until the file that created it arrives.
        return True, False
    if any(entry.value is False for entry in existence.entries):
        return False, False
    for field, register in registers.items():
        if field == "deleted":
            continue
        if any(not existence.covers(entry.dot) for entry in register.entries):
            return False, True
    return True, False


def project_records(session: Session, table: str, record_ids: Iterable[str]) -> None:
    """Write the displayed values of the given records into their table's rows."""
    model = SYNCED_MODELS[table]
    by_record = load_record_registers(session, table, record_ids)
    for record_id, registers in by_record.items():
        row = session.get(model, record_id)
        if row is None:
            row = model(id=record_id)
            session.add(row)
        latest = None
        conflict = False
        for field in model.SYNC_FIELDS:
            register = registers.get(field)
            if register is None or not register.entries:
                continue
            shown = register.displayed()
            setattr(row, field, decode_value(model, field, shown.value))
            conflict = conflict or register.has_conflict()
            if latest is None or shown.sort_key() > latest.sort_key():
                latest = shown
        deleted, needs_review = record_state(registers)
        row.deleted = deleted
        row.needs_review = needs_review
        row.has_conflict = conflict
        if latest is not None:
            row.updated_at = stamp_to_datetime(latest.hlc)
            row.updated_by = latest.author
        row.refresh_derived()

