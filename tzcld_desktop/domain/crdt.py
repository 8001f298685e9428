"""Multi-value registers with causal contexts: the merge rule behind file exchange.

Every synced ``(table, record, field)`` is one register. A register holds one or more
*entries*; each entry is a value written at a *dot* ``(replica id, counter)`` and
stamped with a hybrid logical clock. The register also keeps a *context*: for each
replica, the highest counter of that replica's writes to this register that it has
seen. Since a replica writes sequentially on its own copy, seeing its write ``n``
implies having seen (or superseded) all its earlier writes to the same register, so
this per-register version vector is exact.

* A local write replaces every entry the writer could see and adds its own dot to the
  context.
* A merge keeps an entry when both sides have it, or when the other side had not seen
  its dot. The result is the least upper bound of both states, so merging is
  idempotent, commutative and associative: files can arrive twice, late or in any
  order, or through a third copy, and every copy ends in the same state.
* Two entries left side by side are a conflict, unless they hold the same value.
* Clocks never decide what survives; the stamp only orders entries for display. When
  the same dot arrives with two stamps (one was clamped on the way), the smaller wins,
  which keeps the merge a join.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import orjson

# A stamp is an integer: milliseconds since the epoch shifted left by this many bits,
# plus a logical counter in the low bits.
HLC_LOGICAL_BITS = 16
# Stamps more than this far ahead of the receiver's clock are clamped on import.
MAX_CLOCK_SKEW_MS = 24 * 3600 * 1000


# orjson writes the same compact JSON as json.dumps with these options (a few floats in
# another, equal form: 0.00001 for 1e-05), several times faster: an import encodes
# millions of registers. The json module encodes the entries that orjson rejects (a
# string holding a lone surrogate). Contexts contain checked replica ids and counters only.
_ENTRIES_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def encode_entries(entries: list) -> str:
    try:
        return orjson.dumps(entries).decode()
    except orjson.JSONEncodeError:
        return _ENTRIES_ENCODER.encode(entries)


def encode_context(context: dict) -> str:
    return orjson.dumps(context, option=orjson.OPT_SORT_KEYS).decode()


# Dot and Entry are named tuples because an import builds millions of them, and a
# named tuple is several times cheaper to build than a frozen dataclass.
class Dot(NamedTuple):
    replica: str
    counter: int


class Entry(NamedTuple):
    """One value in a register, with the write that produced it."""

    dot: Dot
    hlc: int
    author: str
    value: Any

    def sort_key(self) -> tuple[int, str, int]:
        return (self.hlc, self.dot.replica, self.dot.counter)


# Slots: an import keeps millions of registers, and in Python 3.11 a slotted one takes
# 64 bytes instead of 104.
@dataclass(eq=True, slots=True)
class Register:
    """The state of one synced field: surviving entries and the dots seen.

    ``source`` keeps the entry lists and the context as parsed from an exchange file
    when they are already in canonical order, so ``to_json`` encodes them as they
    are instead of rebuilding them. Treat a register as immutable: every operation
    returns a new one.
    """

    entries: tuple[Entry, ...]
    context: dict[str, int]
    source: tuple[list, dict] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def empty(cls) -> Register:
        return cls((), {})

    def covers(self, dot: Dot) -> bool:
        """Return whether ``dot`` was seen by this register (directly or superseded)."""
        return self.context.get(dot.replica, 0) >= dot.counter

    def displayed(self) -> Entry | None:
        """Return the entry shown to the user: the latest by stamp, ties by dot."""
        if not self.entries:
            return None
        return max(self.entries, key=Entry.sort_key)

    def has_conflict(self) -> bool:
        """Return whether concurrent entries hold different values."""
        if len(self.entries) < 2:
            return False
        values = {json.dumps(entry.value, sort_keys=True) for entry in self.entries}
        return len(values) > 1

    def write(self, dot: Dot, hlc: int, author: str, value: Any, seen: dict[str, int] | None = None) -> Register:
        """Return the register after a local write that supersedes every visible entry.

        ``seen`` adds further context (a delete covers every field of its record).
        """
        context = dict(self.context)
        for replica, counter in (seen or {}).items():
            context[replica] = max(context.get(replica, 0), counter)
        context[dot.replica] = max(context.get(dot.replica, 0), dot.counter)
        return Register((Entry(dot, hlc, author, value),), context)

    def merge(self, other: Register) -> Register:
        """Return the least upper bound of two register states."""
        mine = {entry.dot: entry for entry in self.entries}
        theirs = {entry.dot: entry for entry in other.entries}
        kept: dict[Dot, Entry] = {}
        for dot, entry in mine.items():
            if dot in theirs:
                other_entry = theirs[dot]
                kept[dot] = entry if entry.hlc <= other_entry.hlc else other_entry
            elif not other.covers(dot):
                kept[dot] = entry
        for dot, entry in theirs.items():
            if dot not in mine and not self.covers(dot):
                kept[dot] = entry
        context = dict(self.context)
        for replica, counter in other.context.items():
            context[replica] = max(context.get(replica, 0), counter)
        entries = tuple(sorted(kept.values(), key=lambda entry: entry.dot))
        return Register(entries, context)

    def entry_lists(self) -> list:
        """Return the entries as the lists that JSON stores, ``[replica, counter, stamp, author, value]``, by dot."""
        if self.source is not None:
            return self.source[0]
        return [
            [entry.dot.replica, entry.dot.counter, entry.hlc, entry.author, entry.value]
            for entry in sorted(self.entries, key=lambda entry: entry.dot)
        ]

    def to_json(self) -> tuple[str, str]:
        """Encode as the two JSON texts stored in the database and in exchange files."""
        return encode_entries(self.entry_lists()), encode_context(self.context)

    @classmethod
    def from_lists(cls, entries: list, context: dict) -> Register:
        """Decode entries and context already parsed from JSON (shape checked by the caller)."""
        decoded = tuple(
            Entry(Dot(replica, counter), hlc, author, value)
            for replica, counter, hlc, author, value in entries
        )
        context = {str(key): int(value) for key, value in context.items()}
        in_order = len(decoded) < 2 or all(
            decoded[index].dot < decoded[index + 1].dot for index in range(len(decoded) - 1)
        )
        return cls(decoded, context, (entries, context) if in_order else None)

    @classmethod
    def from_checked(
        cls, entries: tuple[Entry, ...], source_entries: list, context: dict[str, int], in_order: bool
    ) -> Register:
        """Build from entries decoded and checked by the caller, and their lists as parsed.

        ``context`` must map replica ids (str) to counters (int). When ``in_order`` is
        true, the dots are strictly increasing, so the parsed lists are encoded as they are.
        """
        return cls(entries, context, (source_entries, context) if in_order else None)

    @classmethod
    def from_json(cls, entries_json: str, context_json: str) -> Register:
        return cls.from_lists(orjson.loads(entries_json), orjson.loads(context_json))


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


def next_stamp(last_stamp: int, now_ms: int | None = None) -> int:
    """Return a stamp after ``last_stamp`` and no earlier than the wall clock."""
    now = wall_clock_ms() if now_ms is None else now_ms
    return max(now << HLC_LOGICAL_BITS, last_stamp + 1)


def stamp_limit(now_ms: int) -> int:
    """Return the largest stamp accepted as it is at ``now_ms``: the skew limit ahead of it."""
    return (now_ms + MAX_CLOCK_SKEW_MS) << HLC_LOGICAL_BITS


def clamp_stamp(stamp: int, now_ms: int | None = None) -> tuple[int, bool]:
    """Return ``stamp`` clamped to at most the skew limit ahead of now, and whether it was."""
    limit = stamp_limit(wall_clock_ms() if now_ms is None else now_ms)
    if stamp > limit:
        return limit, True
    return stamp, False


def stamp_to_ms(stamp: int) -> int:
    return stamp >> HLC_LOGICAL_BITS


class Knowledge:
    """The set of dots a replica has seen, as ranges of counters per replica."""

    def __init__(self, ranges: dict[str, list[list[int]]] | None = None) -> None:
        self._ranges: dict[str, list[list[int]]] = {}
        for replica, spans in (ranges or {}).items():
            for start, end in spans:
                self.add_range(replica, int(start), int(end))

    def add_range(self, replica: str, start: int, end: int) -> None:
        spans = self._ranges.setdefault(replica, [])
        spans.append([start, end])
        spans.sort()
        merged: list[list[int]] = []
        for span in spans:
            if merged and span[0] <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], span[1])
            else:
                merged.append(list(span))
        self._ranges[replica] = merged

    def add(self, dot: Dot) -> None:
        self.add_range(dot.replica, dot.counter, dot.counter)

    def prefix(self, replica: str) -> int:
        """Return n when every counter 1..n of ``replica`` is known (0 when counter 1 is not)."""
        spans = self._ranges.get(replica)
        return spans[0][1] if spans and spans[0][0] <= 1 else 0

    def replicas(self) -> list[str]:
        return list(self._ranges)

    def missing_ranges(self, replica: str) -> list[tuple[int, int | None]]:
        """Return the counter ranges of ``replica`` not in this knowledge; None ends the last one."""
        missing: list[tuple[int, int | None]] = []
        next_counter = 1
        for start, end in self._ranges.get(replica, ()):
            if start > next_counter:
                missing.append((next_counter, start - 1))
            next_counter = max(next_counter, end + 1)
        missing.append((next_counter, None))
        return missing

    def contains(self, dot: Dot) -> bool:
        return any(start <= dot.counter <= end for start, end in self._ranges.get(dot.replica, ()))

    def update(self, other: Knowledge) -> None:
        for replica, spans in other._ranges.items():
            for start, end in spans:
                self.add_range(replica, start, end)

    def includes(self, other: Knowledge) -> bool:
        """Return whether every dot of ``other`` is in this knowledge."""
        for replica, spans in other._ranges.items():
            for start, end in spans:
                if not any(s <= start and end <= e for s, e in self._ranges.get(replica, ())):
                    return False
        return True

    def to_dict(self) -> dict[str, list[list[int]]]:
        return {replica: [list(span) for span in spans] for replica, spans in sorted(self._ranges.items())}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Knowledge) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        return f"Knowledge({self.to_dict()!r})"
