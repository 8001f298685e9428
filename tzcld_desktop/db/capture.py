"""Record every change to a synced row as a register write, in the same flush.

The ``before_flush`` hook installed by ``install_capture`` looks at the synced objects
that a service added or changed, and for each changed field writes a new register
entry with a fresh dot of this copy. So no write path can change a synced table
without the change reaching the exchange files. Imports set
``session.info[APPLYING_SYNC]`` because they rebuild rows from registers that are
already merged.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Column, Date, DateTime, event, insert, inspect, select
from sqlalchemy.orm import Session, attributes

from tzcld_desktop.db.models import LocalReplica, Profile, SyncDot, SyncedMixin, SyncRegister, new_id
from tzcld_desktop.domain.crdt import Dot, Knowledge, Register, next_stamp, stamp_to_ms

APPLYING_SYNC = "tzcld_applying_sync"
# session.info key: set of (object, field) to record even when the value is unchanged,
# as when a user settles a conflict by keeping the value already shown.
FORCED_FIELDS = "tzcld_forced_fields"
# session.info key: list of ``Change`` of the flushes of this session, so the last
# edit can be undone by writing the previous values back.
CHANGES = "tzcld_changes"


@dataclass(frozen=True)
class Change:
    """Effect of one flush on one synced row: created it, or changed fields from these values."""

    table: str
    record_id: str
    created: bool
    previous: dict[str, Any]


def force_write(session: Session, obj: SyncedMixin, field: str) -> None:
    """Record ``field`` of ``obj`` as written at the next flush, whatever its value."""
    session.info.setdefault(FORCED_FIELDS, set()).add((id(obj), field))
    attributes.flag_modified(obj, field)


def encode_value(model: type[SyncedMixin], field: str, value: Any) -> Any:
    """Return the JSON form of a column value (dates as ISO text)."""
    if isinstance(value, date):
        return value.isoformat()
    return value


@functools.cache
def synced_column(model: type[SyncedMixin], field: str) -> Column:
    """Return the column of a synced field (cached: imports look it up for every value)."""
    return inspect(model).columns[field]


@functools.cache
def value_decoder(model: type[SyncedMixin], field: str) -> Callable[[str], Any] | None:
    """Return the function turning a field's JSON value into its column value, or None when it is the same."""
    column_type = synced_column(model, field).type
    if isinstance(column_type, Date):
        return date.fromisoformat
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat
    return None


def decode_value(model: type[SyncedMixin], field: str, value: Any) -> Any:
    """Return the column value for a JSON value, following the column's type."""
    if value is None:
        return None
    decoder = value_decoder(model, field)
    return value if decoder is None else decoder(value)


def stamp_to_datetime(stamp: int) -> datetime:
    """Return the UTC time of a stamp, naive as stored in the database."""
    return datetime.fromtimestamp(stamp_to_ms(stamp) / 1000, UTC).replace(tzinfo=None)


class _Writer:
    """Issues dots and stamps for the local writes of one flush."""

    def __init__(self, session: Session) -> None:
        self.replica = session.scalars(select(LocalReplica)).one()
        profile = session.get(Profile, 1)
        self.author = profile.name if profile else ""
        self.knowledge = Knowledge(json.loads(self.replica.knowledge))
        self.dots: list[dict[str, Any]] = []

    def next(self) -> tuple[Dot, int]:
        self.replica.counter += 1
        self.replica.last_stamp = next_stamp(self.replica.last_stamp)
        dot = Dot(self.replica.replica_id, self.replica.counter)
        self.knowledge.add(dot)
        return dot, self.replica.last_stamp

    def index_dots(self, table: str, record_id: str, field: str, dots: dict[str, int]) -> None:
        """Queue ``sync_dot`` rows for the dots ``{replica: counter}`` of one register."""
        self.dots += [
            {"replica": replica, "counter": counter, "table_name": table, "record_id": record_id, "field": field}
            for replica, counter in dots.items()
        ]

    def close(self, session: Session) -> None:
        self.replica.knowledge = json.dumps(self.knowledge.to_dict())
        if self.dots:
            # A delete's context may repeat dots already indexed for this register.
            session.connection().execute(insert(SyncDot).prefix_with("OR IGNORE"), self.dots)


def _changed_fields(obj: SyncedMixin, is_new: bool, forced: set[tuple[int, str]]) -> list[str]:
    if is_new:
        return list(obj.SYNC_FIELDS)
    return [
        field
        for field in obj.SYNC_FIELDS
        if (id(obj), field) in forced or attributes.get_history(obj, field).has_changes()
    ]


def _apply_column_defaults(obj: SyncedMixin) -> None:
    # Column defaults apply only at INSERT, after this hook; set them now so the
    # register holds the value the row will have.
    columns = inspect(type(obj)).columns
    for field in obj.SYNC_FIELDS:
        default = columns[field].default
        if getattr(obj, field) is None and default is not None and default.is_scalar:
            setattr(obj, field, default.arg)


def _load_registers(session: Session, table: str, record_id: str) -> dict[str, SyncRegister]:
    rows = session.scalars(
        select(SyncRegister).where(SyncRegister.table_name == table, SyncRegister.record_id == record_id)
    )
    return {row.field: row for row in rows}


def _capture_object(session: Session, writer: _Writer, obj: SyncedMixin, is_new: bool) -> None:
    fields = _changed_fields(obj, is_new, session.info.get(FORCED_FIELDS, set()))
    if not fields:
        return
    if obj.id is None:
        obj.id = new_id()
    if is_new:
        _apply_column_defaults(obj)
    table = type(obj).__tablename__
    previous = {} if is_new else {field: _previous_value(obj, field) for field in fields}
    session.info.setdefault(CHANGES, []).append(Change(table, obj.id, is_new, previous))
    rows = {} if is_new else _load_registers(session, table, obj.id)
    if obj.deleted is None:
        obj.deleted = False
    written: dict[str, Register] = {}
    for field in fields:
        row = rows.get(field)
        register = Register.from_json(row.entries, row.context) if row else Register.empty()
        seen: dict[str, int] = {}
        if field == "deleted" and obj.deleted:
            # A delete covers every field its writer could see, so an edit made
            # elsewhere without seeing the delete shows up as concurrent.
            for other in rows.values():
                for replica, counter in json.loads(other.context).items():
                    seen[replica] = max(seen.get(replica, 0), counter)
        dot, stamp = writer.next()
        value = encode_value(type(obj), field, getattr(obj, field))
        register = register.write(dot, stamp, writer.author, value, seen)
        written[field] = register
        writer.index_dots(table, obj.id, field, {**seen, dot.replica: dot.counter})
        entries_json, context_json = register.to_json()
        if row is None:
            session.add(SyncRegister(table_name=table, record_id=obj.id, field=field,
                                     entries=entries_json, context=context_json))
        else:
            row.entries, row.context = entries_json, context_json
    if is_new or "deleted" in fields:
        obj.needs_review = False
    obj.has_conflict = _record_has_conflict(rows, fields)
    # The latest shown value over every field, as an import projects it: another
    # field may hold a value stamped later by a copy whose clock runs ahead.
    latest = max(
        (register.displayed() for register in _all_registers(rows, written) if register.entries),
        key=lambda entry: entry.sort_key(),
    )
    obj.updated_at = stamp_to_datetime(latest.hlc)
    obj.updated_by = latest.author
    obj.refresh_derived()


def _all_registers(rows: dict[str, SyncRegister], written: dict[str, Register]):
    yield from written.values()
    for field, row in rows.items():
        if field not in written:
            yield Register.from_json(row.entries, row.context)


def _previous_value(obj: SyncedMixin, field: str) -> Any:
    history = attributes.get_history(obj, field)
    if history.deleted:
        return history.deleted[0]
    return getattr(obj, field)


def _record_has_conflict(rows: dict[str, SyncRegister], rewritten: list[str]) -> bool:
    for field, row in rows.items():
        if field in rewritten:
            continue
        if Register.from_json(row.entries, row.context).has_conflict():
            return True
    return False


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    if session.info.get(APPLYING_SYNC):
        return
    candidates = [(obj, True) for obj in session.new if isinstance(obj, SyncedMixin)]
    candidates += [(obj, False) for obj in session.dirty if isinstance(obj, SyncedMixin)]
    if not candidates:
        return
    with session.no_autoflush:
        writer = _Writer(session)
        for obj, is_new in candidates:
            _capture_object(session, writer, obj, is_new)
        writer.close(session)
    session.info.pop(FORCED_FIELDS, None)


def install_capture(session_factory: Any) -> None:
    """Attach the capture hook to every session made by ``session_factory``."""
    event.listen(session_factory, "before_flush", _before_flush)
