"""Rebuild the rows of synced tables from their merged registers.

The displayed value of a field is its register's latest entry by stamp; a record is
flagged ``has_conflict`` when any field holds concurrent different values. A record
is deleted when its ``deleted`` register says so, unless another field carries a write
that the delete had not seen: then it stays visible with ``needs_review`` set.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import bindparam, inspect, select
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


def project_records(
    session: Session,
    table: str,
    registers_by_record: dict[str, dict[str, Register]],
    existing_ids: set[str],
) -> dict[str, tuple[bool, bool]]:
    """Write the displayed values of the given records into their table, in bulk.

    ``registers_by_record`` holds every register of each record, merged;
    ``existing_ids`` names the records that already have a row. Returns each record's
    ``(deleted, has_conflict)`` as written.
    """
    model = SYNCED_MODELS[table]
    columns = inspect(model).columns
    inserts, updates, states = [], [], {}
    for record_id, registers in registers_by_record.items():
        values: dict = {"id": record_id}
        latest = None
        conflict = False
        for field in model.SYNC_FIELDS:
            register = registers.get(field)
            if register is None or not register.entries:
                continue
            shown = register.displayed()
            values[field] = decode_value(model, field, shown.value)
            conflict = conflict or register.has_conflict()
            if latest is None or shown.sort_key() > latest.sort_key():
                latest = shown
        deleted, needs_review = record_state(registers)
        values.update(deleted=deleted, needs_review=needs_review, has_conflict=conflict)
        if latest is not None:
            values.update(updated_at=stamp_to_datetime(latest.hlc), updated_by=latest.author)
        values.update(model.derived_values(values))
        states[record_id] = (deleted, conflict)
        if record_id in existing_ids:
            updates.append(values)
        else:
            inserts.append(_with_defaults(values, columns))
    # Rows are grouped by their set of keys, so each group runs as one executemany.
    table_object = model.__table__
    connection = session.connection()
    for group in _by_keys(inserts):
        connection.execute(table_object.insert(), group)
    for group in _by_keys(updates):
        columns_set = [key for key in group[0] if key != "id"]
        statement = (
            table_object.update()
            .where(table_object.c.id == bindparam("key_id"))
            .values({key: bindparam(key) for key in columns_set})
        )
        connection.execute(statement, [{**row, "key_id": row["id"]} for row in group])
    return states


def _with_defaults(values: dict, columns) -> dict:
    # Every column gets a value, so all new rows of a table share one statement.
    complete = dict(values)
    for column in columns:
        if column.key in complete:
            continue
        default = column.default
        complete[column.key] = default.arg if default is not None and default.is_scalar else None
    return complete


def _by_keys(rows: list[dict]) -> list[list[dict]]:
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        groups[tuple(sorted(row))].append(row)
    return list(groups.values())
