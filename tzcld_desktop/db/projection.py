"""Rebuild the rows of synced tables from their merged registers.

The displayed value of a field is its register's latest entry by stamp; a record is
flagged ``has_conflict`` when any field holds concurrent different values. A record
is deleted when its ``deleted`` register says so, unless another field carries a write
that the delete had not seen: then it stays visible with ``needs_review`` set.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, bindparam, inspect, select
from sqlalchemy.orm import Session

from tzcld_desktop.db.capture import stamp_to_datetime, value_decoder
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
    target: Session | Statements,
    table: str,
    registers_by_record: dict[str, dict[str, Register]],
    existing_ids: set[str],
) -> dict[str, tuple[bool, bool]]:
    """Write the displayed values of the given records into their table, in bulk.

    ``registers_by_record`` holds every register of each record, merged;
    ``existing_ids`` names the records that already have a row. Returns each record's
    ``(deleted, has_conflict)`` as written. The writes run at once on the session's
    connection, or go through the given ``Statements``.
    """
    model = SYNCED_MODELS[table]
    fields = _decoded_fields(model)
    defaults = _column_defaults(model)
    inserts, updates, states = [], [], {}
    for record_id, registers in registers_by_record.items():
        values: dict = {"id": record_id}
        latest = None
        conflict = False
        for field, decode in fields:
            register = registers.get(field)
            if register is None or not register.entries:
                continue
            entries = register.entries
            if len(entries) == 1:
                displayed = entries[0]
            else:
                displayed = register.displayed()
                conflict = conflict or register.has_conflict()
            value = displayed.value
            values[field] = value if value is None or decode is None else decode(value)
            # The record's latest entry by stamp, ties by dot, as Entry.sort_key orders them.
            if latest is None or displayed.hlc > latest.hlc or (
                    displayed.hlc == latest.hlc and displayed.dot > latest.dot):
                latest = displayed
        deleted, needs_review = record_state(registers)
        values.update(deleted=deleted, needs_review=needs_review, has_conflict=conflict)
        if latest is not None:
            values.update(updated_at=stamp_to_datetime(latest.hlc), updated_by=latest.author)
        values.update(model.derived_values(values))
        states[record_id] = (deleted, conflict)
        if record_id in existing_ids:
            updates.append(values)
        else:
            # Every column gets a value, so all new rows of a table share one statement.
            inserts.append({**defaults, **values})
    # Rows are grouped by their set of keys, so each group runs as one executemany.
    table_object = model.__table__
    statements = target if isinstance(target, Statements) else Statements(target.connection())
    _insert_rows(statements, table_object, inserts)
    if updates:
        connection = statements.idle_connection()
        for group in _by_keys(updates):
            columns_set = [key for key in group[0] if key != "id"]
            statement = (
                table_object.update()
                .where(table_object.c.id == bindparam("key_id"))
                .values({key: bindparam(key) for key in columns_set})
            )
            connection.execute(statement, [{**row, "key_id": row["id"]} for row in group])
    return states


# The searched tables, as migration 0006_local_indexes indexes them: FTS5 table, and the
# columns its insert trigger copies into search_row as status (NULL: none) and day.
SEARCHED_TABLES = {
    "action": ("action_search", "status", "due_date"),
    "journal_note": ("note_search", "NULL", "note_date"),
}
# From this many new rows of a searched table, the search index is filled in bulk.
BULK_SEARCH_ROWS = 500


class Statements:
    """The writes of ``project_records``, run at once on ``connection``.

    A subclass may queue them for another thread instead (see ``exchange._StatementWriter``).
    """

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def execute(self, statement: str, parameters: tuple = ()) -> None:
        self.connection.exec_driver_sql(statement, parameters)

    def insert(self, table: str, keys: list[str], rows: list[tuple]) -> None:
        """Insert ``rows``, tuples of plain SQLite values in the order of ``keys``, into ``table``.

        A subclass may send many rows another way than ``insert_bound``.
        """
        self.insert_bound(table, keys, rows)

    def insert_bound(self, table: str, keys: list[str], rows: list[tuple]) -> None:
        """Insert ``rows`` into ``table`` with one executemany, one bound parameter a column."""
        if rows:
            self.connection.exec_driver_sql(self.insert_values(table, keys), rows)

    def insert_into(self, table: str, keys: list[str]) -> str:
        """Return ``INSERT INTO table (keys)``, names quoted, to complete with the values."""
        quote = self.connection.dialect.identifier_preparer.quote
        return f"INSERT INTO {quote(table)} ({', '.join(quote(key) for key in keys)})"

    def insert_values(self, table: str, keys: list[str]) -> str:
        """Return the INSERT statement of one row of ``keys`` into ``table``, one parameter a column."""
        return f"{self.insert_into(table, keys)} VALUES ({', '.join('?' * len(keys))})"

    def idle_connection(self) -> Connection:
        """Return the connection once every write sent before has run, to read or write on it directly."""
        return self.connection

    def search_state(self, table: str) -> tuple[str, int] | None:
        """Return the insert trigger's text and the largest rowid of searched ``table``, or None outside a transaction."""
        connection = self.idle_connection()
        if not connection.connection.dbapi_connection.in_transaction:
            return None
        trigger_sql = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_insert_trigger(table),)
        ).scalar_one()
        last_rowid = connection.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {table}").scalar_one()
        return trigger_sql, last_rowid


def _insert_trigger(table: str) -> str:
    return f"{SEARCHED_TABLES[table][0]}_insert"


def _insert_rows(statements: Statements, table_object: Table, rows: list[dict]) -> None:
    """Insert new rows; for many rows of a searched table, fill the search index afterwards in bulk.

    The insert trigger of a searched table looks its ``search_row`` up three times and
    updates the FTS5 index one row at a time. At 200,000 actions it took about 14 s
    of an 18 s insert, and two set-based statements after the insert take about 8 s.

    The trigger is dropped for the insert and created again from its own text, inside
    the import's transaction, so a failed import rolls all of it back. New rows get
    rowids above every existing one, which picks them out afterwards. A new record has
    no ``search_row`` yet, because the delete trigger removes it with its row.
    """
    # Rows sorted by id go into the id index in order.
    rows.sort(key=itemgetter("id"))
    table = table_object.name
    searched = SEARCHED_TABLES.get(table)
    state = statements.search_state(table) if searched is not None and len(rows) >= BULK_SEARCH_ROWS else None
    if state is None:
        for group in _by_keys(rows):
            _insert_group(statements, table_object, group)
        return
    search_table, status, day = searched
    trigger_sql, last_rowid = state
    statements.execute(f"DROP TRIGGER {_insert_trigger(table)}")
    for group in _by_keys(rows):
        _insert_group(statements, table_object, group)
    statements.execute(
        f"INSERT INTO search_row (table_name, record_id, territory_id, deleted, status, day) "
        f"SELECT '{table}', id, territory_id, deleted, {status}, {day} FROM {table} WHERE rowid > ?",
        (last_rowid,),
    )
    statements.execute(
        f"INSERT INTO {search_table} (rowid, text_key) SELECT search_row.id, {table}.text_key FROM {table} "
        f"JOIN search_row ON search_row.table_name = '{table}' AND search_row.record_id = {table}.id "
        f"WHERE {table}.rowid > ?",
        (last_rowid,),
    )
    statements.execute(trigger_sql)


def _insert_group(statements: Statements, table_object: Table, rows: list[dict]) -> None:
    """Insert rows that share their keys with one plain statement.

    Each value goes through its column type's bind processor, as SQLAlchemy would
    (dates and times become text, booleans integers), without SQLAlchemy's per-row
    handling of parameters, which took longer than the insert itself.
    """
    keys = list(rows[0])
    dialect = statements.connection.dialect
    for key in keys:
        process = table_object.c[key].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            for row in rows:
                row[key] = process(row[key])
    statements.insert(table_object.name, keys, list(map(itemgetter(*keys), rows)))


@functools.cache
def _decoded_fields(model: type) -> tuple[tuple[str, Callable[[str], Any] | None], ...]:
    """Return each synced field of ``model`` with the decoder of its JSON values (see ``value_decoder``)."""
    return tuple((field, value_decoder(model, field)) for field in model.SYNC_FIELDS)


@functools.cache
def _column_defaults(model: type) -> dict[str, Any]:
    """Return the value of every column of a new row when no register gives one."""
    return {
        column.key: column.default.arg if column.default is not None and column.default.is_scalar else None
        for column in inspect(model).columns
    }


def _by_keys(rows: list[dict]) -> list[list[dict]]:
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        groups[tuple(sorted(row))].append(row)
    return list(groups.values())
