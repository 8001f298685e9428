"""Strict checks of an exchange file's manifest and register lines.

Everything is checked before the database is touched: shapes, identifiers, tables and
fields this version knows, value types per column, text sizes, and references to
regions and départements.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Boolean, Date, Float, Integer, String, Text, select
from sqlalchemy.orm import Session

from tzcld_desktop.db.capture import synced_column
from tzcld_desktop.db.models import SYNCED_MODELS, Departement, Region
from tzcld_desktop.domain.crdt import Dot, Entry, Knowledge, Register
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, ExchangeFileError, translate
from tzcld_desktop.domain.forms import MAX_TEXT_LENGTH

MAX_AUTHOR_LENGTH = 200
# Register entries kept side by side; more than this is not a plausible exchange.
MAX_ENTRIES = 64
# Counters and stamps are stored in SQLite INTEGER columns (64-bit signed).
MAX_INTEGER = 2**63 - 1
# Registers in one line of format 2 at most. The exporter writes 10,000 at most. A register
# takes at least about 140 bytes, so the container's limit on the length of a line alone
# allows about 60,000.
MAX_BATCH_REGISTERS = 100_000
# Keys of a register line of format 1 and of a batch line of format 2: table, record id,
# field, entries and context, one value each in format 1 and one list each in format 2.
_REGISTER_KEYS = frozenset({"t", "r", "f", "e", "c"})

_ASK_AGAIN = "Demandez à l'expéditeur de refaire l'export."


def _problem(text: str, **params: object) -> str:
    """Translate a problem marked in context "ExchangeFileError", then fill in ``params``.

    The problem goes into the message as a parameter, which ``UserError.message`` does
    not translate, so it is translated here, with the translator installed at start-up.
    """
    translated = translate(ExchangeFileError.context, text)
    return translated.format(**params) if params else translated


def _fail(line: int, problem: str, **params: object) -> ExchangeFileError:
    return ExchangeFileError(
        "Le fichier d'échange est invalide (ligne {line} des données) : {problem}. " + _ASK_AGAIN,
        line=line,
        problem=_problem(problem, **params),
    )


# The canonical text of a UUID, as str(uuid.UUID(...)) writes it.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


# UUIDs already checked: replica ids repeat in nearly every line of a file, and the ids
# that references contain (a territory, a meeting) in many registers.
_checked_replicas: set[str] = set()
_checked_ids: set[str] = set()
_MAX_CHECKED_UUIDS = 100_000


def _is_uuid(value: Any) -> bool:
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def _is_replica(value: Any) -> bool:
    return value in _checked_replicas or _remember_uuid(value, _checked_replicas)


def _is_id(value: Any) -> bool:
    return value in _checked_ids or _remember_uuid(value, _checked_ids)


def _remember_uuid(value: Any, checked: set[str]) -> bool:
    if not _is_uuid(value):
        return False
    if len(checked) < _MAX_CHECKED_UUIDS:
        checked.add(value)
    return True


def _is_counter(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_INTEGER


def _parse_knowledge(value: Any) -> Knowledge:
    valid = isinstance(value, dict) and all(
        _is_uuid(replica)
        and isinstance(spans, list)
        and all(
            isinstance(span, list) and len(span) == 2 and all(_is_counter(n) for n in span) and span[0] <= span[1]
            for span in spans
        )
        for replica, spans in value.items()
    )
    if not valid:
        raise ExchangeFileError("Le fichier d'échange contient un état de synchronisation invalide. " + _ASK_AGAIN)
    return Knowledge(value)


def parse_manifest(manifest: dict) -> tuple[dict[str, str], Knowledge, Knowledge]:
    """Return the sender (``replica``, ``person``), its knowledge and the file's base, or raise."""
    sender = manifest.get("sender")
    if not isinstance(sender, dict) or not _is_uuid(sender.get("replica")) or not isinstance(
        sender.get("person", ""), str
    ):
        raise ExchangeFileError(
            "Le fichier d'échange ne dit pas qui l'a envoyé (expéditeur manquant ou invalide). " + _ASK_AGAIN
        )
    knowledge = _parse_knowledge(manifest.get("knowledge", {}))
    base = _parse_knowledge(manifest.get("base", {}))
    person = sender.get("person", "")[:MAX_AUTHOR_LENGTH]
    return {"replica": sender["replica"], "person": person}, knowledge, base


def _check_value(model: type, field: str, value: Any, line: int) -> None:
    column = synced_column(model, field)
    if value is None:
        if not column.nullable:
            raise _fail(
                line,
                QT_TRANSLATE_NOOP("ExchangeFileError", "le champ {field} ne peut pas être vide"),
                field=field,
            )
        return
    column_type = column.type
    if isinstance(column_type, Boolean):
        ok = isinstance(value, bool)
    elif isinstance(column_type, Integer):
        ok = isinstance(value, int) and not isinstance(value, bool) and -MAX_INTEGER <= value <= MAX_INTEGER
    elif isinstance(column_type, Float):
        ok = (
            isinstance(value, (int, float))
            and not isinstance(value, bool)
            and math.isfinite(value)
            and abs(value) <= MAX_INTEGER
        )
    elif isinstance(column_type, Date):
        ok = isinstance(value, str) and _is_iso_date(value)
    elif isinstance(column_type, (String, Text)):
        ok = isinstance(value, str)
        if ok and len(value) > MAX_TEXT_LENGTH:
            raise _fail(
                line,
                QT_TRANSLATE_NOOP("ExchangeFileError", "le champ {field} dépasse {limit} caractères"),
                field=field,
                limit=MAX_TEXT_LENGTH,
            )
    else:  # pragma: no cover - every synced column has one of the types above
        ok = False
    if not ok:
        raise _fail(
            line,
            QT_TRANSLATE_NOOP("ExchangeFileError", "la valeur du champ {field} n'a pas le bon type"),
            field=field,
        )
    if column.foreign_keys and not _is_uuid(value):
        raise _fail(
            line,
            QT_TRANSLATE_NOOP("ExchangeFileError", "le champ {field} ne désigne pas un élément valide"),
            field=field,
        )


def _is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def parse_register_line(payload: dict, line: int) -> CheckedLine:
    """Return the checked register of one NDJSON line of format 1, as a line of one register, or raise."""
    if payload.keys() != _REGISTER_KEYS:
        raise _fail(line, QT_TRANSLATE_NOOP("ExchangeFileError", "clés inattendues"))
    return parse_register_batch({key: [value] for key, value in payload.items()}, line)


class CheckedLine(NamedTuple):
    """The registers of one line, checked, and the lists that ``Register.to_json`` encodes for each."""

    registers: list[tuple[tuple[str, str, str], Register]]
    # Each register's entries as lists, in the order of its dots.
    entries: list[list]
    contexts: list[dict[str, int]]


# The field whose register keeps its context in a first load: record_state reads it.
# The rows need only the entries of the other fields.
FIELD_WITH_CONTEXT = "deleted"
_NO_CONTEXT: dict[str, int] = {}


def parse_register_batch(payload: dict, line: int, first_load: bool = False) -> CheckedLine:
    """Return the checked registers of a format 2 line, or raise.

    The line contains five lists of the same length, one per key of a format 1 line:
    ``{"t": [tables], "r": [record ids], "f": [fields], "e": [entries], "c": [contexts]}``.
    The error names the first register that fails a check. For a ``first_load``, only
    the registers of FIELD_WITH_CONTEXT keep their context: a national copy has
    millions of registers, and their contexts took about 1 GB.
    """
    if payload.keys() != _REGISTER_KEYS:
        raise _fail(line, QT_TRANSLATE_NOOP("ExchangeFileError", "clés inattendues"))
    columns = [payload["t"], payload["r"], payload["f"], payload["e"], payload["c"]]
    if not all(isinstance(column, list) for column in columns):
        raise _fail(line, QT_TRANSLATE_NOOP("ExchangeFileError", "colonne qui n'est pas une liste"))
    count = len(columns[0])
    if not 0 < count <= MAX_BATCH_REGISTERS or any(len(column) != count for column in columns):
        raise _fail(
            line,
            QT_TRANSLATE_NOOP("ExchangeFileError", "colonnes vides, trop longues ou de longueurs différentes"),
        )
    # This loop runs for every register of a file, millions of times for a national copy.
    # So the checks are written out inline and the entries are decoded as they are
    # checked. What repeats along a line (record ids, fields of a table) is checked once.
    try:
        record_ids = {record_id for record_id in set(columns[1]) if _is_uuid(record_id)}
    except TypeError:  # an id that is a list or an object, refused below
        record_ids = None
    field_checks: dict[tuple[str, str], tuple[type, Callable[[Any], bool]]] = {}
    # Looked up here once: the loop tests it twice a register, before calling _is_replica.
    checked_replicas = _checked_replicas
    registers = []
    for table, record_id, field, entries, context in zip(*columns, strict=True):
        try:
            model, accepts = field_checks[table, field]
        except (KeyError, TypeError):
            model, accepts = field_checks[table, field] = _field_check(table, field, line)
        if (record_ids is None or record_id not in record_ids) and not _is_uuid(record_id):
            raise _fail(line, QT_TRANSLATE_NOOP("ExchangeFileError", "identifiant d'élément invalide"))
        if type(context) is not dict:
            raise _fail(line, _BAD_CONTEXT)
        for replica, counter in context.items():
            if not (type(counter) is int and 0 < counter <= MAX_INTEGER
                    and (replica in checked_replicas or _is_replica(replica))):
                raise _fail(line, _BAD_CONTEXT)
        if type(entries) is not list or not 0 < len(entries) <= MAX_ENTRIES:
            raise _fail(line, QT_TRANSLATE_NOOP("ExchangeFileError", "valeurs manquantes ou trop nombreuses"))
        decoded: list[Entry] = []
        previous = None
        in_order = True
        for entry in entries:
            if not (type(entry) is list and len(entry) == 5):
                raise _fail(line, QT_TRANSLATE_NOOP("ExchangeFileError", "valeur mal formée"))
            replica, counter, stamp, author, value = entry
            if not (type(counter) is int and 0 < counter <= MAX_INTEGER
                    and (replica in checked_replicas or _is_replica(replica))):
                raise _fail(line, QT_TRANSLATE_NOOP("ExchangeFileError", "auteur de modification invalide"))
            if not (type(stamp) is int and 0 <= stamp <= MAX_INTEGER):
                raise _fail(line, QT_TRANSLATE_NOOP("ExchangeFileError", "horodatage invalide"))
            if type(author) is not str or len(author) > MAX_AUTHOR_LENGTH:
                raise _fail(line, QT_TRANSLATE_NOOP("ExchangeFileError", "nom d'auteur invalide"))
            dot = _new_tuple(Dot, (replica, counter))
            if previous is not None and not previous < dot:
                # Out of order: the exporter sorts entries, so only here can a dot repeat.
                in_order = False
                if dot in {known.dot for known in decoded}:
                    raise _fail(line, _NOT_IN_CONTEXT)
            if context.get(replica, 0) < counter:
                raise _fail(line, _NOT_IN_CONTEXT)
            if not accepts(value):
                _check_value(model, field, value, line)
            previous = dot
            decoded.append(_new_tuple(Entry, (dot, stamp, author, value)))
        if first_load and field != FIELD_WITH_CONTEXT:
            register = Register(tuple(decoded), _NO_CONTEXT)
        else:
            register = Register.from_checked(tuple(decoded), entries, context, in_order)
        registers.append(((table, record_id, field), register))
    entries = columns[3]
    # Only a register with several entries can list them out of order.
    unordered = [index for index, size in enumerate(map(len, entries)) if size > 1]
    if unordered:
        entries = list(entries)
        for index in unordered:
            entries[index] = registers[index][1].entry_lists()
    return CheckedLine(registers, entries, columns[4])


def _field_check(table: Any, field: Any, line: int) -> tuple[type, Callable[[Any], bool]]:
    """Return the model of ``table`` and the quick test of ``field``'s values, or raise if either is unknown."""
    model = SYNCED_MODELS.get(table) if isinstance(table, str) else None
    if model is None:
        raise _fail(
            line,
            QT_TRANSLATE_NOOP("ExchangeFileError", "table inconnue « {table} » (fichier d'une version plus récente ?)"),
            table=str(table)[:40],
        )
    if not isinstance(field, str) or field not in model.SYNC_FIELDS:
        raise _fail(
            line,
            QT_TRANSLATE_NOOP("ExchangeFileError", "champ inconnu « {field} » dans {table}"),
            field=str(field)[:40],
            table=table,
        )
    return model, _value_check(model, field)


# The plain tuple constructor, which builds a Dot or an Entry from its checked fields.
# The generated __new__ costs about 0.1 µs a call more, twice per register (about 0.7 s
# for a decade snapshot).
_new_tuple = tuple.__new__

_BAD_CONTEXT = QT_TRANSLATE_NOOP("ExchangeFileError", "contexte de synchronisation invalide")
_NOT_IN_CONTEXT = QT_TRANSLATE_NOOP("ExchangeFileError", "valeur absente du contexte ou en double")


@functools.cache
def _value_check(model: type, field: str) -> Callable[[Any], bool]:
    """Return a quick test that accepts the common valid values of a field.

    A value it rejects goes through ``_check_value``, which applies every rule and
    words the error. The quick test only spares that call for empty values, plain
    texts, identifiers, booleans and integers.
    """
    column = synced_column(model, field)
    column_type = column.type
    nullable = bool(column.nullable)
    # One call a value: each test takes None itself.
    if column.foreign_keys:
        def accepts(value: Any) -> bool:
            if value is None:
                return nullable
            return type(value) is str and _is_id(value)
    elif isinstance(column_type, Boolean):
        def accepts(value: Any) -> bool:
            return nullable if value is None else type(value) is bool
    elif isinstance(column_type, Integer):
        def accepts(value: Any) -> bool:
            return nullable if value is None else type(value) is int and -MAX_INTEGER <= value <= MAX_INTEGER
    elif isinstance(column_type, (String, Text)):
        def accepts(value: Any) -> bool:
            return nullable if value is None else type(value) is str and len(value) <= MAX_TEXT_LENGTH
    else:
        def accepts(value: Any) -> bool:
            return value is None and nullable
    return accepts


class ReferenceCheck:
    """Raise when a value names a region or département this version does not know.

    Built once per import; called on every checked line of registers.
    """

    def __init__(self, session: Session) -> None:
        self._known = {
            "region": set(session.scalars(select(Region.id))),
            "departement": set(session.scalars(select(Departement.id))),
        }

    def __call__(self, registers: Iterable[tuple[tuple[str, str, str], Register]]) -> None:
        for (table, _record_id, field), register in registers:
            if field not in _REFERENCE_FIELD_NAMES:
                continue
            target = _referenced_table(table, field)
            if target is None:
                continue
            known = self._known[target]
            for entry in register.entries:
                if entry.value is not None and entry.value not in known:
                    raise ExchangeFileError(
                        "Le fichier d'échange désigne une région ou un département inconnu de cette version. "
                        "Mettez à jour TZCLD Desktop, puis importez de nouveau ce fichier."
                    )


# The names of the synced fields that refer to another table: a quick test before
# _referenced_table, once per register.
_REFERENCE_FIELD_NAMES = frozenset(
    field
    for model in SYNCED_MODELS.values()
    for field in model.SYNC_FIELDS
    if synced_column(model, field).foreign_keys
)


@functools.cache
def _referenced_table(table: str, field: str) -> str | None:
    """Return the table that a synced field refers to by foreign key, if any."""
    for foreign_key in synced_column(SYNCED_MODELS[table], field).foreign_keys:
        return foreign_key.column.table.name
    return None
