"""Properties of file exchange between 3 to 5 copies, checked against an oracle of every write.

Each copy is a real data folder. The copies create, edit and delete territories, write
``.tzsync`` files and import them: late, twice, out of order, never, to the wrong copy,
damaged, with clocks set years off. The oracle records every write, with the writes of
the same field that its writer had seen. A write survives unless a later write's writer
had seen it, and two surviving writes with different values are a conflict. After every
import the receiving copy must keep exactly the surviving writes of what it received, and
after everyone exchanges with everyone, every copy must contain the same state.

Time comes from a simulated clock installed in place of ``crdt.wall_clock_ms``: it moves
one second per operation, plus the offset of the copy that acts. So runs are repeatable.

The committed settings keep this file to a few minutes. For a longer campaign, set the
number of examples of every test here::

    TZCLD_SYNC_EXAMPLES=500 pytest tests/test_sync_properties.py --hypothesis-show-statistics
"""

from __future__ import annotations

import atexit
import io
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from sqlalchemy import select

from tzcld_desktop.db import queries
from tzcld_desktop.db.capture import encode_value
from tzcld_desktop.db.conflicts import resolve_conflict, settle_review
from tzcld_desktop.db.models import LocalReplica, SyncRegister, Territory
from tzcld_desktop.db.projection import load_record_registers
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import DB_FILE_NAME, open_store
from tzcld_desktop.domain import crdt
from tzcld_desktop.domain.crdt import Dot, Register
from tzcld_desktop.domain.errors import ExchangeFileError, ValidationError
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.sync.exchange import export_data, import_data

# Number of examples of every test in this file. With 0, each test keeps its own setting.
CAMPAIGN_EXAMPLES = int(os.environ.get("TZCLD_SYNC_EXAMPLES", "0"))


def examples(default: int) -> int:
    return CAMPAIGN_EXAMPLES or default


def record_event(name: str) -> None:
    """Count ``name`` in Hypothesis's statistics when called inside a Hypothesis test."""
    try:
        event(name)
    except InvalidArgument:
        pass


# A territory's id derives from its name and département, so the same name created on
# two copies is one record, and creating a deleted name again revives it.
NAMES = ("Le Teil", "Viviers", "Alba-la-Romaine", "Privas")
PEOPLE = ("Anne Durand", "Bruno Petit", "Chloé Martin", "Driss Benali", "Élise Roux")
# 2026-03-02 00:00 UTC, in milliseconds since the epoch.
START_MS = 1_772_409_600_000
STEP_MS = 1_000
DAY_MS = 24 * 3600 * 1000
YEAR_MS = 365 * DAY_MS
# Clock errors of a laptop: years behind or ahead, and a few that stay within the
# one-day skew that import accepts unclamped.
CLOCK_OFFSETS_MS = (-3 * YEAR_MS, -40 * DAY_MS, -2 * DAY_MS, 0, 3600 * 1000, 2 * DAY_MS, 3 * YEAR_MS)
FIELD_VALUES = {
    "notes": ("", "rdv CLE", "relancer"),
    "communes": ("Alba", "Viviers"),
    "stage": tuple(stage.value for stage in Stage),
}
EDITED_FIELDS = tuple(FIELD_VALUES)
SYNC_FIELDS = Territory.SYNC_FIELDS


# -- Simulated clock --------------------------------------------------------------------


class SimulatedClock:
    """Stand-in for ``crdt.wall_clock_ms``: simulated time plus the acting copy's offset."""

    def __init__(self) -> None:
        self.now_ms = START_MS
        self.offset_ms = 0

    def __call__(self) -> int:
        return self.now_ms + self.offset_ms

    @contextmanager
    def acting(self, offset_ms: int, advance: bool = True) -> Iterator[None]:
        """Run one operation of a copy whose clock is ``offset_ms`` off."""
        if advance:
            self.now_ms += STEP_MS
        self.offset_ms = offset_ms
        try:
            yield
        finally:
            self.offset_ms = 0


def install_clock(clock: SimulatedClock) -> Any:
    """Make ``next_stamp`` and ``clamp_stamp`` read ``clock``, and return the function replaced."""
    replaced = crdt.wall_clock_ms
    crdt.wall_clock_ms = clock
    return replaced


@contextmanager
def simulated_clock() -> Iterator[SimulatedClock]:
    clock = SimulatedClock()
    replaced = install_clock(clock)
    try:
        yield clock
    finally:
        crdt.wall_clock_ms = replaced


# -- One copy ---------------------------------------------------------------------------

_template: list[Path] = []


def template_database() -> Path:
    """Return a new, empty database file, made once per test session.

    Building the schema takes most of a second, so each copy starts from a copy of this
    file instead. ``open_store`` detects a file copied to another place and gives the copy
    a new replica id, as it does for a user who copies a data folder.
    """
    if not _template:
        folder = Path(tempfile.mkdtemp(prefix="tzcld-modele-"))
        atexit.register(shutil.rmtree, folder, True)
        open_store(folder).close()
        _template.append(folder / DB_FILE_NAME)
    return _template[0]



class Copy:
    """One installation: a data folder with its store, services and person."""

    def __init__(self, index: int, folder: Path) -> None:
        self.index = index
        self.person = PEOPLE[index % len(PEOPLE)] + ("" if index < len(PEOPLE) else f" {index}")
        folder.mkdir(parents=True)
        shutil.copyfile(template_database(), folder / DB_FILE_NAME)
        self.store = open_store(folder)
        self.services = Services(self.store)
        self.services.save_profile(self.person, ["84"])
        self.replica_id = self.store.replica_id()
        self.offset_ms = 0
        # Incremented whenever this copy's clock is set back: an import made before
        # then may clamp future stamps less than an import made after.
        self.clock_epoch = 0

    def __repr__(self) -> str:
        return f"Copy({self.index}, {self.person!r})"

    def counter(self) -> int:
        with self.store.session() as session:
            return session.scalars(select(LocalReplica.counter)).one()

    def rows(self) -> dict[str, Territory]:
        """Return every territory row, deleted ones included, by id."""
        with self.store.session() as session:
            return {row.id: row for row in session.scalars(select(Territory))}

    def live_by_name(self) -> dict[str, queries.TerritoryRow]:
        with self.store.session() as session:
            return {row.name: row for row in queries.list_territories(session, queries.TerritoryQuery())}

    def registers(self) -> dict[str, dict[str, Register]]:
        """Return ``{territory id: {field: Register}}`` as stored in ``sync_register``."""
        with self.store.session() as session:
            ids = set(session.scalars(
                select(SyncRegister.record_id).where(SyncRegister.table_name == "territory")
            ))
            return dict(load_record_registers(session, "territory", ids))

    def edit(self, territory_id: str, **changes: Any) -> None:
        """Save the territory's form with ``changes``, the rest as currently shown."""
        with self.store.session() as session:
            territory = session.get(Territory, territory_id)
            departement, region = queries.territory_codes(session, territory)
        values = dict(
            name=territory.name, stage=Stage(territory.stage), departement_code=departement,
            region_code=None if departement else region, cluster_id=territory.cluster_id,
            habilitation_date=territory.habilitation_date,
            habilitation_date_note=territory.habilitation_date_note,
            communes=territory.communes, notes=territory.notes, source=territory.source,
        )
        values.update(changes)
        self.services.update_territory(territory_id, TerritoryInput(**values))

    def synced_state(self) -> dict[str, list[tuple]]:
        """Return the synced content of the database: registers, territories and knowledge.

        The exchange log, the peers' last reception times, the backups and the clock's last
        stamp are left out: an import legitimately adds a log line and a backup, updates
        the sender's reception time and may move the clock forward.
        """
        connection = sqlite3.connect(self.store.db_path)
        try:
            return {
                "registers": connection.execute(
                    "SELECT * FROM sync_register ORDER BY table_name, record_id, field"
                ).fetchall(),
                "territories": connection.execute("SELECT * FROM territory ORDER BY id").fetchall(),
                "knowledge": connection.execute("SELECT knowledge FROM local_replica").fetchall(),
            }
        finally:
            connection.close()

    def database_bytes(self) -> bytes:
        """Return the database file's bytes with every connection closed (WAL checkpointed)."""
        self.store.engine.dispose()
        return self.store.db_path.read_bytes()

    def close(self) -> None:
        self.store.close()


# -- Oracle -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Write:
    """One local write of one field, as the oracle records it."""

    number: int
    record: str
    field: str
    value: Any
    writer: int
    dot: Dot
    # Numbers of the writes of the same field that the writer's copy had received.
    seen: frozenset[int]
    # For a delete: numbers of every write of the record that the writer had received.
    covered: frozenset[int]


@dataclass
class TransitFile:
    """An exchange file written by a copy, kept for delivery at any later time."""

    number: int
    path: Path
    sender: int
    # Numbers of the writes the file carries: the sender's, limited to the registers in the file.
    carried: frozenset[int]
    for_peer: int | None = None
    # Copy index -> that copy's clock epoch when it imported this file.
    imported_by: dict[int, int] = field(default_factory=dict)


def archive_members(data: bytes) -> dict[str, bytes] | None:
    """Return the members of a zip archive, or None when zipfile cannot read them all."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return {info.filename: archive.read(info) for info in archive.infolist()}
    except Exception:  # Any failure to read means the data is not intact.
        return None


def register_keys(path: Path) -> set[tuple[str, str]]:
    """Return the ``(record, field)`` pairs of territory registers that an exchange file carries."""
    members = archive_members(path.read_bytes())
    assert members is not None, f"{path.name} written by export_data is not a readable zip"
    keys = set()
    for name, data in members.items():
        # registers.ndjson, then registers-2.ndjson and so on in a large file.
        if not (name.startswith("registers") and name.endswith(".ndjson")):
            continue
        for line in data.decode("utf-8").splitlines():
            if line.strip():
                # Format 2: one batch of registers per line, in columns.
                batch = json.loads(line)
                for table, record_id, field_name in zip(batch["t"], batch["r"], batch["f"], strict=True):
                    if table == "territory":
                        keys.add((record_id, field_name))
    return keys


def value_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def registers_without_stamps(copy: Copy) -> dict:
    return {
        (record, field_name): (sorted((entry.dot, entry.author, value_key(entry.value)) for entry in register.entries),
                               register.context)
        for record, fields in copy.registers().items()
        for field_name, register in fields.items()
    }


def listed_flags(copy: Copy) -> dict[str, tuple[bool, bool]]:
    """Return ``{name: (has_conflict, needs_review)}`` of the territories the list shows."""
    return {name: (row.has_conflict, row.needs_review) for name, row in copy.live_by_name().items()}


class Network:
    """Copies that write and exchange files, and the oracle of every write they made."""

    def __init__(self, folder: Path, clock: SimulatedClock, copy_count: int) -> None:
        self.folder = folder
        self.clock = clock
        self.transit = folder / "en-transit"
        self.transit.mkdir(parents=True)
        self.copies: list[Copy] = []
        self.known: list[set[int]] = []
        self.writes: list[Write] = []
        self.writes_by_key: dict[tuple[str, str], list[int]] = {}
        self.writes_by_record: dict[str, list[int]] = {}
        self.files: list[TransitFile] = []
        # Name of the operation in progress; stays set when an operation fails.
        self.pending: str | None = None
        for _ in range(copy_count):
            self.add_copy()

    def add_copy(self) -> Copy:
        copy = Copy(len(self.copies), self.folder / f"copie-{len(self.copies)}")
        self.copies.append(copy)
        self.known.append(set())
        return copy

    def close(self) -> None:
        for copy in self.copies:
            copy.close()

    @contextmanager
    def operation(self, name: str, copy: Copy, advance: bool = True) -> Iterator[None]:
        self.pending = name
        with self.clock.acting(copy.offset_ms, advance):
            yield
        self.pending = None

    # -- writes ----------------------------------------------------------------------

    def create(self, copy_index: int, name: str, stage: Stage) -> str | None:
        """Create territory ``name`` and return its id, or None when the copy already shows that name."""
        copy = self.copies[copy_index]
        with self.operation("create", copy):
            before = copy.counter()
            if name in copy.live_by_name():
                with pytest.raises(ValidationError):
                    copy.services.create_territory(TerritoryInput(name, stage, "07"))
                assert copy.counter() == before, f"{copy} wrote something while refusing a duplicate {name}"
                return None
            territory_id = copy.services.create_territory(TerritoryInput(name, stage, "07"))
            known = self.known[copy_index]
            had_record = any(number in known for number in self.writes_by_record.get(territory_id, ()))
            written = self._record_local_writes(copy, territory_id, before)
        values = {write.field: write.value for write in written}
        if not had_record:
            assert set(values) == set(SYNC_FIELDS), f"creating {name} wrote only {sorted(values)}"
        assert values.get("deleted") is False, f"creating {name} on {copy} did not write deleted=False: {values}"
        row = copy.rows()[territory_id]
        assert (row.deleted, row.name, row.stage) == (False, name, stage.value)
        if had_record:
            record_event("deleted or partly received territory created again")
        return territory_id

    def edit(self, copy_index: int, territory_id: str, field_name: str, value: str) -> Write | None:
        """Save one field of a live territory and return the write, or None when the value is unchanged."""
        copy = self.copies[copy_index]
        with self.operation("edit", copy):
            displayed_value = getattr(copy.rows()[territory_id], field_name)
            before = copy.counter()
            change = Stage(value) if field_name == "stage" else value
            copy.edit(territory_id, **{field_name: change})
            written = self._record_local_writes(copy, territory_id, before)
        if displayed_value == value:
            assert written == [], f"saving an unchanged {field_name} wrote {written}"
            return None
        assert [(write.field, write.value) for write in written] == [(field_name, value)]
        return written[0]

    def delete(self, copy_index: int, territory_id: str) -> Write:
        copy = self.copies[copy_index]
        with self.operation("delete", copy):
            before = copy.counter()
            copy.services.delete_territory(territory_id)
            written = self._record_local_writes(copy, territory_id, before)
        assert [(write.field, write.value) for write in written] == [("deleted", True)]
        return written[0]

    def resolve(self, copy_index: int, territory_id: str, field_name: str, value: Any) -> Write:
        """Settle a conflict as the conflicts screen does: write ``value``, even if it is shown."""
        copy = self.copies[copy_index]
        with self.operation("resolve", copy):
            before = copy.counter()
            resolve_conflict(copy.store, "territory", territory_id, field_name, value)
            written = self._record_local_writes(copy, territory_id, before)
        assert [(write.field, write.value) for write in written] == [(field_name, value)]
        return written[0]

    def settle(self, copy_index: int, territory_id: str, keep: bool) -> Write:
        """Keep a territory flagged after a concurrent delete, or confirm the delete."""
        copy = self.copies[copy_index]
        with self.operation("settle review", copy):
            before = copy.counter()
            settle_review(copy.store, "territory", territory_id, keep)
            written = self._record_local_writes(copy, territory_id, before)
        assert [(write.field, write.value) for write in written] == [("deleted", not keep)]
        return written[0]

    def _record_local_writes(self, copy: Copy, record: str, counter_before: int) -> list[Write]:
        """Find the dots written since ``counter_before`` and add them to the oracle."""
        counter_after = copy.counter()
        registers = copy.registers().get(record, {})
        known = self.known[copy.index]

        written = []
        for field_name in SYNC_FIELDS:
            register = registers.get(field_name)
            if register is None:
                continue
            new = [entry for entry in register.entries
                   if entry.dot.replica == copy.replica_id and entry.dot.counter > counter_before]
            if not new:
                continue
            assert len(register.entries) == 1, (
                f"a local write of {field_name} by {copy} left other values beside it: {register.entries}"
            )
            entry = new[0]
            key = (record, field_name)
            seen = frozenset(number for number in self.writes_by_key.get(key, ()) if number in known)
            covered = frozenset()
            if field_name == "deleted" and entry.value is True:
                covered = frozenset(number for number in self.writes_by_record.get(record, ()) if number in known)
            number = len(self.writes) + len(written)
            written.append(Write(number, record, field_name, entry.value, copy.index, entry.dot, seen, covered))

        # NOTE: creating a territory flushes the new row once before its fields are set,
        # so its counter moves by more than the number of fields: the first writes are
        # superseded within the same transaction and never leave the copy.
        assert all(write.dot.counter <= counter_after for write in written)
        assert len(written) <= counter_after - counter_before

        for write in written:
            self.writes.append(write)
            self.writes_by_key.setdefault((record, write.field), []).append(write.number)
            self.writes_by_record.setdefault(record, []).append(write.number)
            known.add(write.number)
        return written

    # -- files -----------------------------------------------------------------------

    def export(self, copy_index: int, for_peer: int | None = None, advance: bool = True) -> TransitFile:
        copy = self.copies[copy_index]
        number = len(self.files)
        path = self.transit / f"{number:04d}-copie-{copy_index}.tzsync"
        with self.operation("export", copy, advance):
            if for_peer is None:
                export_data(copy.store, path)
            else:
                export_data(copy.store, path, for_peer=self.copies[for_peer].replica_id)
        known = self.known[copy_index]
        if for_peer is None:
            carried = frozenset(known)
        else:
            keys = register_keys(path)
            carried = frozenset(
                number for number in known if (self.writes[number].record, self.writes[number].field) in keys
            )
        transit = TransitFile(number, path, copy_index, carried, for_peer)
        self.files.append(transit)
        return transit

    def deliver(self, transit: TransitFile, copy_index: int, advance: bool = True, check: bool = True) -> None:
        """Import ``transit`` into a copy and, unless ``check`` is false, check the copy against the oracle."""
        copy = self.copies[copy_index]
        again = transit.imported_by.get(copy_index) == copy.clock_epoch
        before = copy.synced_state() if again else None
        with self.operation("deliver", copy, advance):
            report = import_data(copy.store, transit.path)
        if report.conflicts:
            record_event("import found a new conflict")
        self._received(transit, copy_index, check)
        if again:
            after = copy.synced_state()
            for part in before:
                assert after[part] == before[part], (
                    f"importing file {transit.number} into {copy} a second time changed its {part}"
                )

    def _received(self, transit: TransitFile, copy_index: int, check: bool = True) -> None:
        copy = self.copies[copy_index]
        transit.imported_by[copy_index] = copy.clock_epoch
        self.known[copy_index] |= transit.carried
        if check:
            self.check_copy(copy_index)

    def deliver_damaged(self, transit: TransitFile, copy_index: int, truncate: bool, position: int, mask: int) -> None:
        """Import a damaged copy of ``transit``: it must be rejected, or carry intact data."""
        copy = self.copies[copy_index]
        original = transit.path.read_bytes()
        damaged = bytearray(original)
        if truncate:
            del damaged[position % len(original):]
        else:
            damaged[position % len(original)] ^= mask
        path = self.transit / f"abime-{transit.number:04d}-{position}.tzsync"
        path.write_bytes(bytes(damaged))

        before = copy.database_bytes()
        with self.operation("deliver damaged", copy):
            try:
                import_data(copy.store, path)
            except ExchangeFileError:
                accepted = False
            else:
                accepted = True

        if not accepted:
            record_event("damaged file rejected")
            assert copy.database_bytes() == before, f"a rejected damaged file changed the database of {copy}"
            return
        # A flipped byte in zip bookkeeping that no reader checks (a local header's date or
        # sizes, say) leaves every member intact, and then importing is harmless.
        assert not truncate, f"{copy} accepted file {transit.number} truncated to {len(damaged)} bytes"
        assert archive_members(bytes(damaged)) == archive_members(original), (
            f"{copy} accepted file {transit.number} with byte {position % len(original)} changed, "
            "and its members differ from the original's"
        )
        record_event("damaged file accepted with intact data")
        self._received(transit, copy_index)

    def shift_clock(self, copy_index: int, offset_ms: int) -> None:
        copy = self.copies[copy_index]
        if offset_ms < copy.offset_ms:
            copy.clock_epoch += 1
        copy.offset_ms = offset_ms

    def full_round(self, for_peer: bool = False) -> None:
        """Let every copy send its file to every other copy, one sender after the other.

        The copies are checked against the oracle by ``converge`` afterwards.
        """
        for sender in range(len(self.copies)):
            receivers = [index for index in range(len(self.copies)) if index != sender]
            if for_peer:
                for receiver in receivers:
                    self.deliver(self.export(sender, for_peer=receiver), receiver, check=False)
            else:
                transit = self.export(sender)
                for receiver in receivers:
                    self.deliver(transit, receiver, check=False)

    # -- oracle ----------------------------------------------------------------------

    def surviving(self, known: set[int], record: str, field_name: str) -> list[Write]:
        """Return the received writes of a field that no received write's writer had seen."""
        received = [self.writes[number] for number in self.writes_by_key.get((record, field_name), ())
                    if number in known]
        superseded = set().union(*(write.seen for write in received))
        return [write for write in received if write.number not in superseded]

    def expected_flags(self, known: set[int], record: str) -> tuple[bool, bool, bool]:
        """Return ``(deleted, needs_review, has_conflict)`` of a record for a copy that received ``known``."""
        has_conflict = any(
            len({value_key(write.value) for write in self.surviving(known, record, field_name)}) > 1
            for field_name in SYNC_FIELDS
        )
        existence = self.surviving(known, record, "deleted")
        if not existence:
            # Only some fields arrived, in a file built for another copy: hidden until
            # the writes that created the record arrive.
            return True, False, has_conflict
        if any(write.value is False for write in existence):
            return False, False, has_conflict
        deletes = [self.writes[number] for number in self.writes_by_key[(record, "deleted")] if number in known]
        covered = set().union(*(write.covered for write in deletes))
        for field_name in SYNC_FIELDS:
            if field_name == "deleted":
                continue
            if any(write.number not in covered for write in self.surviving(known, record, field_name)):
                return False, True, has_conflict
        return True, False, has_conflict

    def check_copy(self, copy_index: int) -> None:
        """Check that a copy keeps exactly the surviving writes of what it received, and shows them."""
        copy = self.copies[copy_index]
        known = self.known[copy_index]
        registers = copy.registers()
        rows = copy.rows()
        records = {self.writes[number].record for number in known}
        assert set(registers) == records, f"{copy} has registers of {set(registers)}, expected {records}"
        assert set(rows) == records, f"{copy} has rows {set(rows)}, expected {records}"
        for record in sorted(records):
            for field_name in SYNC_FIELDS:
                self._check_register(copy, known, record, field_name, registers[record].get(field_name))
            self._check_row(copy, known, record, rows[record], registers[record])

    def check_listing(self, copy: Copy) -> None:
        """Check that the territory list shows the live rows with their flags."""
        live = {row.id: row for row in copy.rows().values() if not row.deleted}
        listed = {row.id: row for row in copy.live_by_name().values()}
        assert set(listed) == set(live), f"{copy} lists {set(listed)} but its live rows are {set(live)}"
        for territory_id, row in listed.items():
            assert (row.has_conflict, row.needs_review) == (live[territory_id].has_conflict,
                                                            live[territory_id].needs_review)

    def _check_register(self, copy: Copy, known: set[int], record: str, field_name: str,
                        register: Register | None) -> None:
        expected = {write.dot: write for write in self.surviving(known, record, field_name)}
        if register is None:
            assert not expected, f"{copy} has no register for {field_name} of {record}, expected {expected}"
            return
        kept_entries = {entry.dot: entry for entry in register.entries}
        assert set(kept_entries) == set(expected), (
            f"{copy}, {field_name} of {record}: keeps {sorted(kept_entries)}, the oracle expects {sorted(expected)} "
            f"(writes: {[self.writes[n] for n in self.writes_by_key.get((record, field_name), ())]})"
        )
        for dot, entry in kept_entries.items():
            assert entry.value == expected[dot].value, f"{copy}: value of {dot} changed in transit"
        for number in self.writes_by_key.get((record, field_name), ()):
            write = self.writes[number]
            assert register.covers(write.dot) == (number in known), (
                f"{copy}, {field_name} of {record}: context {register.context} "
                f"{'covers' if register.covers(write.dot) else 'misses'} {write}"
            )

    def _check_row(self, copy: Copy, known: set[int], record: str, row: Territory,
                   registers: dict[str, Register]) -> None:
        deleted, needs_review, has_conflict = self.expected_flags(known, record)
        flags = (row.deleted, row.needs_review, row.has_conflict)
        assert flags == (deleted, needs_review, has_conflict), (
            f"{copy}, territory {row.name}: (deleted, needs_review, has_conflict) is {flags}, "
            f"the oracle expects {(deleted, needs_review, has_conflict)}"
        )
        for field_name in SYNC_FIELDS:
            if field_name == "deleted" or field_name not in registers:
                continue
            displayed = registers[field_name].displayed()
            assert encode_value(Territory, field_name, getattr(row, field_name)) == displayed.value, (
                f"{copy}, territory {row.name}: {field_name} shows {getattr(row, field_name)!r}, "
                f"its register's displayed value is {displayed.value!r}"
            )

    def check_complete(self) -> None:
        """Check that every copy received every write and keeps the same values and flags.

        Stamps may still differ: a receiver clamps the future stamps it imports with its
        own clock, and the lower stamp reaches the others at the next exchange.
        """
        every_write = set(range(len(self.writes)))
        for copy in self.copies:
            missing = every_write - self.known[copy.index]
            assert not missing, f"{copy} never received writes {[self.writes[n] for n in sorted(missing)]}"
            self.check_copy(copy.index)
            self.check_listing(copy)
        first = self.copies[0]
        reference = registers_without_stamps(first)
        reference_flags = listed_flags(first)
        reference_knowledge = first.synced_state()["knowledge"]
        for copy in self.copies[1:]:
            assert registers_without_stamps(copy) == reference, f"{copy} and {first} keep different values"
            assert listed_flags(copy) == reference_flags, f"{copy} and {first} list different territories"
            assert copy.synced_state()["knowledge"] == reference_knowledge, f"{copy} and {first} know different dots"

    def check_identical(self) -> None:
        """Check that every copy contains the same registers (stamps included), rows and knowledge."""
        first = self.copies[0]
        reference = first.synced_state()
        reference_listing = first.live_by_name()
        for copy in self.copies[1:]:
            state = copy.synced_state()
            for part in reference:
                assert state[part] == reference[part], f"{copy} and {first} differ in their {part}"
            assert copy.live_by_name() == reference_listing, f"{copy} and {first} list different territories"

    def converge(self, for_peer: bool = False) -> None:
        """Let everyone exchange with everyone twice, checking the copies after each round."""
        self.full_round(for_peer)
        self.check_complete()
        self.full_round(for_peer)
        self.check_identical()

    def replay_files(self, limit: int) -> None:
        """Import up to ``limit`` files of the pool again into converged copies: nothing may change."""
        if not self.files:
            return
        step = max(1, len(self.files) // limit)
        for transit in self.files[::step][:limit]:
            copy = self.copies[transit.number % len(self.copies)]
            before = copy.synced_state()
            live_before = set(copy.live_by_name())
            with self.operation("replay", copy):
                import_data(copy.store, transit.path)
            assert set(copy.live_by_name()) == live_before, (
                f"replaying file {transit.number} into {copy} changed the live territories"
            )
            assert copy.synced_state() == before, f"replaying file {transit.number} into {copy} changed its state"


def pick(items: list, choice: int) -> Any:
    return items[choice % len(items)]


def live_ids(copy: Copy) -> list[str]:
    """Return the ids of the copy's live territories, sorted by name."""
    return [row.id for name, row in sorted(copy.live_by_name().items())]


# -- State machine ----------------------------------------------------------------------

COPY = st.integers(min_value=0, max_value=4)
CHOICE = st.integers(min_value=0, max_value=1_000)
EDIT = st.sampled_from(EDITED_FIELDS).flatmap(
    lambda name: st.tuples(st.just(name), st.sampled_from(FIELD_VALUES[name]))
)


class ExchangeMachine(RuleBasedStateMachine):
    """3 to 5 copies sharing 1 to 4 territories, so that most runs have conflicts and deletes.

    Hypothesis picks each step's rule with equal chances among the rules it enabled for
    the run, so edits have two rules and exchanges five (export, export for a peer, send,
    send for the receiver, deliver).
    """

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="tzcld-sync-"))
        self.clock = SimulatedClock()
        self.replaced_clock = install_clock(self.clock)
        self.network: Network | None = None
        self.names: tuple[str, ...] = ()
        self.final_for_peer = False

    @initialize(copy_count=st.integers(3, 5), shared=st.integers(1, 3), extra=st.integers(0, 1),
                final_for_peer=st.booleans(), opening=st.tuples(CHOICE, CHOICE, CHOICE, CHOICE))
    def open_copies(self, copy_count: int, shared: int, extra: int, final_for_peer: bool,
                    opening: tuple[int, int, int, int]) -> None:
        """Open the copies, share the first territories, then edit and delete without exchanging.

        Two copies edit the same notes and a third deletes a territory, so that every run
        starts with a conflict and a delete waiting to meet, whatever rules follow.
        ``final_for_peer`` chooses whether the closing exchanges are incremental files.
        """
        self.network = Network(self.folder, self.clock, copy_count)
        self.names = NAMES[: shared + extra]
        self.final_for_peer = final_for_peer
        for name in self.names[:shared]:
            self.network.create(0, name, Stage.EMERGING)
        transit = self.network.export(0)
        for index in range(1, copy_count):
            self.network.deliver(transit, index)

        first_editor, value, deleted = opening[0] % copy_count, opening[1], opening[3]
        second_editor = self.other_copy(first_editor, opening[2])
        deleter = next(index for index in range(copy_count) if index not in (first_editor, second_editor))
        edited = live_ids(self.network.copies[first_editor])[0]
        notes = FIELD_VALUES["notes"][1:]
        self.network.edit(first_editor, edited, "notes", pick(notes, value))
        self.network.edit(second_editor, edited, "notes", pick(notes, value + 1))
        self.network.delete(deleter, pick(live_ids(self.network.copies[deleter]), deleted))

    def copy_index(self, choice: int) -> int:
        return choice % len(self.network.copies)

    def other_copy(self, index: int, choice: int) -> int:
        others = [other for other in range(len(self.network.copies)) if other != index]
        return pick(others, choice)

    @rule(copy=COPY, choice=CHOICE, stage=st.sampled_from(Stage))
    def create(self, copy: int, choice: int, stage: Stage) -> None:
        """Create a territory: new, created elsewhere too, deleted before, or already shown (rejected)."""
        self.network.create(self.copy_index(copy), pick(self.names, choice), stage)

    @rule(copy=COPY, choice=CHOICE, edit=EDIT)
    def edit(self, copy: int, choice: int, edit: tuple[str, str]) -> None:
        index = self.copy_index(copy)
        ids = live_ids(self.network.copies[index])
        if ids:
            self.network.edit(index, pick(ids, choice), *edit)

    @rule(copy=COPY, choice=CHOICE, value=st.sampled_from(FIELD_VALUES["notes"]))
    def edit_notes(self, copy: int, choice: int, value: str) -> None:
        """Edit the notes: one field edited often, so that concurrent edits meet."""
        self.edit(copy, choice, ("notes", value))

    @rule(copy=COPY, choice=CHOICE)
    def delete(self, copy: int, choice: int) -> None:
        index = self.copy_index(copy)
        ids = live_ids(self.network.copies[index])
        if ids:
            self.network.delete(index, pick(ids, choice))
            record_event("delete")

    @rule(copy=COPY, choice=CHOICE, value_choice=CHOICE)
    def resolve(self, copy: int, choice: int, value_choice: int) -> None:
        """Settle a conflict with one of the values shown or another value of the field."""
        index = self.copy_index(copy)
        network = self.network
        registers = network.copies[index].registers()
        conflicts = [
            (record, field_name)
            for record in live_ids(network.copies[index])
            for field_name, register in sorted(registers[record].items())
            if register.has_conflict()
        ]
        if not conflicts:
            return
        record, field_name = pick(conflicts, choice)
        values = sorted({value_key(entry.value) for entry in registers[record][field_name].entries}
                        | {value_key(value) for value in FIELD_VALUES.get(field_name, ())})
        network.resolve(index, record, field_name, json.loads(pick(values, value_choice)))
        record_event(f"conflict of {field_name} settled")

    @rule(copy=COPY, choice=CHOICE, keep=st.booleans())
    def settle(self, copy: int, choice: int, keep: bool) -> None:
        """Keep or delete a territory flagged because a delete met a concurrent edit."""
        index = self.copy_index(copy)
        flagged = sorted(row.id for row in self.network.copies[index].live_by_name().values() if row.needs_review)
        if flagged:
            self.network.settle(index, pick(flagged, choice), keep)
            record_event("review settled")

    @rule(copy=COPY)
    def export(self, copy: int) -> None:
        self.network.export(self.copy_index(copy))

    @rule(copy=COPY, peer=CHOICE)
    def export_for(self, copy: int, peer: int) -> None:
        """Export what another copy has not reported knowing."""
        index = self.copy_index(copy)
        self.network.export(index, for_peer=self.other_copy(index, peer))

    @rule(sender=COPY, receiver=COPY)
    def send(self, sender: int, receiver: int) -> None:
        """Export a file and deliver it at once."""
        transit = self.network.export(self.copy_index(sender))
        self.network.deliver(transit, self.copy_index(receiver))

    @rule(sender=COPY, receiver=CHOICE)
    def send_for(self, sender: int, receiver: int) -> None:
        """Export a file for another copy and deliver it to that copy at once."""
        index = self.copy_index(sender)
        peer = self.other_copy(index, receiver)
        self.network.deliver(self.network.export(index, for_peer=peer), peer)

    @precondition(lambda self: self.network.files)
    @rule(choice=CHOICE, copy=COPY)
    def deliver(self, choice: int, copy: int) -> None:
        """Deliver any file ever written, to any copy: late, twice or to the wrong person."""
        transit = pick(self.network.files, choice)
        index = self.copy_index(copy)
        if index in transit.imported_by:
            record_event("file delivered again")
        if transit.for_peer is not None and transit.for_peer != index:
            record_event("incremental file delivered to another copy")
        self.network.deliver(transit, index)

    @precondition(lambda self: self.network.files)
    @rule(choice=CHOICE, copy=COPY, truncate=st.booleans(), position=st.integers(0, 100_000),
          mask=st.integers(1, 255))
    def deliver_damaged(self, choice: int, copy: int, truncate: bool, position: int, mask: int) -> None:
        self.network.deliver_damaged(pick(self.network.files, choice), self.copy_index(copy), truncate, position, mask)

    @rule(copy=COPY, offset=st.sampled_from(CLOCK_OFFSETS_MS))
    def shift_clock(self, copy: int, offset: int) -> None:
        self.network.shift_clock(self.copy_index(copy), offset)

    def teardown(self) -> None:
        try:
            network = self.network
            # After a failed step the copies are in an unknown state: report that failure only.
            if network is not None and network.pending is None:
                self._record_statistics()
                network.converge(for_peer=self.final_for_peer)
                network.replay_files(limit=3)
        finally:
            crdt.wall_clock_ms = self.replaced_clock
            if self.network is not None:
                self.network.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _record_statistics(self) -> None:
        network = self.network
        records = {write.record for write in network.writes}
        every_write = set(range(len(network.writes)))
        for record in records:
            deleted, needs_review, has_conflict = network.expected_flags(every_write, record)
            if has_conflict:
                record_event("final state has a conflict")
            if needs_review:
                record_event("final state has a delete concurrent with an edit")
            if deleted:
                record_event("final state has a deleted territory")
        if self.final_for_peer:
            record_event("closing exchanges use incremental files")


TestExchangeMachine = ExchangeMachine.TestCase
TestExchangeMachine.settings = settings(
    max_examples=examples(50), stateful_step_count=35, deadline=None,
)


# -- Scripted relay ---------------------------------------------------------------------


@contextmanager
def network_of(copy_count: int) -> Iterator[Network]:
    """Yield a network of fresh copies on a simulated clock, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="tzcld-sync-"))
    with simulated_clock() as clock:
        network = Network(folder, clock, copy_count)
        try:
            yield network
        finally:
            network.close()
            shutil.rmtree(folder, ignore_errors=True)


def notes_values(copy: Copy, territory_id: str) -> set[str]:
    return {entry.value for entry in copy.registers()[territory_id]["notes"].entries}


def test_relay_keeps_concurrent_edits():
    with network_of(3) as network:
        anne, bruno, chloe = 0, 1, 2
        territory = network.create(anne, "Le Teil", Stage.EMERGING)
        network.edit(anne, territory, "notes", "Anne 1")
        network.deliver(network.export(anne), bruno)
        network.edit(anne, territory, "notes", "Anne 2")
        network.deliver(network.export(bruno), chloe)
        network.deliver(network.export(anne), bruno)
        network.edit(chloe, territory, "notes", "Chloé")
        network.deliver(network.export(chloe), bruno)
        network.deliver(network.export(bruno), anne)

        # Anne's second edit superseded her first. Chloé had seen only the first, through
        # Bruno, so her edit and Anne's second are concurrent. The first is gone because
        # both later writers had seen it.
        for index in (anne, bruno):
            copy = network.copies[index]
            assert notes_values(copy, territory) == {"Anne 2", "Chloé"}
            assert copy.rows()[territory].has_conflict
            assert copy.live_by_name()["Le Teil"].has_conflict
        assert notes_values(network.copies[chloe], territory) == {"Chloé"}

        network.converge()


# -- Histories replayed in different ways -----------------------------------------------

# ("create", copy, choice) | ("edit", copy, choice, (field, value)) | ("delete", copy, choice)
# | ("send", sender, receiver) | ("shift", copy, offset in ms)
Operation = tuple


def operations(copy_count: int, clock_shifts: bool = True, max_size: int = 14) -> st.SearchStrategy:
    copy = st.integers(0, copy_count - 1)
    kinds = [
        st.tuples(st.just("create"), copy, CHOICE),
        st.tuples(st.just("edit"), copy, CHOICE, EDIT),
        st.tuples(st.just("edit"), copy, CHOICE, st.tuples(st.just("notes"), st.sampled_from(FIELD_VALUES["notes"]))),
        st.tuples(st.just("delete"), copy, CHOICE),
        st.tuples(st.just("send"), copy, copy),
        st.tuples(st.just("send"), copy, copy),
    ]
    if clock_shifts:
        kinds.append(st.tuples(st.just("shift"), copy, st.sampled_from(CLOCK_OFFSETS_MS)))
    return st.lists(st.one_of(kinds), min_size=1, max_size=max_size)


def share_territories(network: Network, count: int, copies: range) -> None:
    """Create ``count`` territories on copy 0 and deliver them to ``copies``."""
    for name in NAMES[:count]:
        network.create(0, name, Stage.EMERGING)
    transit = network.export(0)
    for index in copies:
        if index != 0:
            network.deliver(transit, index)


def open_with_conflict_and_delete(network: Network) -> None:
    """Share two territories, then let two copies edit the same notes and the last copy delete one.

    Nothing is exchanged yet, so a conflict and a delete wait in every history that follows.
    """
    copies = range(len(network.copies))
    share_territories(network, 2, copies)
    first, second = live_ids(network.copies[0])
    network.edit(0, first, "notes", "rdv CLE")
    network.edit(1, first, "notes", "relancer")
    network.delete(copies[-1], second)


def run_history(network: Network, history: list[Operation], unique_values: bool = False,
                offsets: list[int] | None = None) -> None:
    """Apply ``history`` to the network, with the acting copy's clock ``offsets[i]`` off at step i if given.

    With ``unique_values``, every edit writes a new value and every territory created has
    a new name. Then whether a save writes does not depend on which concurrent value is
    displayed, which the clocks decide.
    """
    for number, operation in enumerate(history):
        kind, index = operation[0], operation[1]
        copy = network.copies[index]
        if offsets is not None:
            network.shift_clock(index, offsets[number])
        if kind == "create":
            if not unique_values:
                network.create(index, pick(NAMES[:3], operation[2]), Stage.INTERESTED)
            elif len(copy.rows()) < 4:
                network.create(index, f"Territoire {number}", Stage.INTERESTED)
        elif kind == "edit":
            ids = live_ids(copy)
            field_name, value = operation[3]
            if unique_values:
                field_name = "communes" if field_name == "communes" else "notes"
                value = f"{field_name} {number}"
            if ids:
                network.edit(index, pick(ids, operation[2]), field_name, value)
        elif kind == "delete":
            ids = live_ids(copy)
            if ids:
                network.delete(index, pick(ids, operation[2]))
        elif kind == "send":
            network.deliver(network.export(index), operation[2])
        elif kind == "shift":
            network.shift_clock(index, operation[2])


@settings(max_examples=examples(15), deadline=None)
@given(history=operations(3), data=st.data())
def test_import_order_does_not_matter(history, data):
    with network_of(3) as network:
        open_with_conflict_and_delete(network)
        run_history(network, history)
        for index in range(3):
            network.export(index)
        files = list(network.files)
        order = data.draw(st.permutations(files), label="second order")
        first, second = network.add_copy(), network.add_copy()
        # Both receivers import at the same simulated time, so they clamp future stamps alike.
        for transit in files:
            network.deliver(transit, first.index, advance=False)
        for transit in order:
            network.deliver(transit, second.index, advance=False)
        assert first.synced_state() == second.synced_state()
        assert first.live_by_name() == second.live_by_name()


@settings(max_examples=examples(15), deadline=None)
@given(history=operations(2), relay_offset=st.sampled_from(CLOCK_OFFSETS_MS))
def test_relay_equals_direct_delivery(history, relay_offset):
    with network_of(2) as network:
        anne, relay = 0, 1
        open_with_conflict_and_delete(network)
        run_history(network, history)
        from_relay_before = network.export(relay)
        from_anne = network.export(anne)
        direct, relayed = network.add_copy(), network.add_copy()

        # Every import below happens at the same simulated time, so that the receivers
        # clamp future stamps alike.
        network.deliver(from_anne, direct.index, advance=False)
        network.deliver(from_relay_before, direct.index, advance=False)
        network.shift_clock(relay, relay_offset)
        network.deliver(from_anne, relay, advance=False)
        network.shift_clock(relay, 0)
        network.deliver(network.export(relay, advance=False), relayed.index, advance=False)

        assert registers_without_stamps(relayed) == registers_without_stamps(direct)
        assert relayed.live_by_name() == direct.live_by_name()
        if relay_offset >= 0:
            # A relay whose clock is not behind clamps no stamp lower than the receiver does.
            assert relayed.synced_state()["registers"] == direct.synced_state()["registers"]
            assert relayed.synced_state()["territories"] == direct.synced_state()["territories"]


def kept_values(network: Network) -> dict:
    """Return, by territory name and field, the kept values and their authors, and each territory's flags."""
    copy = network.copies[0]
    rows = copy.rows()
    kept_by_field = {}
    for record, fields in copy.registers().items():
        name = rows[record].name
        for field_name, register in fields.items():
            kept_by_field[(name, field_name)] = sorted((value_key(entry.value), entry.author) for entry in register.entries)
        kept_by_field[(name, "flags")] = (rows[record].deleted, rows[record].needs_review, rows[record].has_conflict)
    return kept_by_field


def kept_after(history: list[Operation], offsets: list[int]) -> dict:
    """Run ``history`` with the acting copy's clock ``offsets[i]`` off at step i, and return what is kept."""
    with network_of(3) as network:
        open_with_conflict_and_delete(network)
        run_history(network, history, unique_values=True, offsets=offsets)
        network.converge()
        return kept_values(network)


@settings(max_examples=examples(10), deadline=None)
@given(
    history=operations(3, clock_shifts=False),
    offsets=st.tuples(st.lists(st.sampled_from(CLOCK_OFFSETS_MS), min_size=14, max_size=14),
                      st.lists(st.sampled_from(CLOCK_OFFSETS_MS), min_size=14, max_size=14)),
)
def test_clock_offsets_keep_same_values(history, offsets):
    assert kept_after(history, offsets[0]) == kept_after(history, offsets[1])


# -- Stamps clamped with the receiver's clock -------------------------------------------


def test_incremental_exchanges_show_same_value():
    with network_of(3) as network:
        anne, bruno, chloe = 0, 1, 2
        territory = network.create(anne, "Le Teil", Stage.EMERGING)
        shared = network.export(anne)
        network.deliver(shared, bruno)
        network.deliver(shared, chloe)
        network.edit(anne, territory, "notes", "Anne")
        network.edit(chloe, territory, "notes", "Chloé")
        # Bruno's clock is 40 days behind, so he clamps both stamps to his own time, one
        # second apart: on his copy Anne's value is now the later one.
        network.shift_clock(bruno, -40 * DAY_MS)
        network.deliver(network.export(chloe, for_peer=bruno), bruno)
        network.deliver(network.export(anne, for_peer=bruno), bruno)
        network.shift_clock(bruno, 0)
        network.deliver(network.export(anne, for_peer=chloe), chloe)
        network.deliver(network.export(chloe, for_peer=anne), anne)

        network.full_round(for_peer=True)
        network.full_round(for_peer=True)

        notes_by_person = {copy.person: copy.rows()[territory].notes for copy in network.copies}
        assert len(set(notes_by_person.values())) == 1, f"after two rounds of incremental exchanges: {notes_by_person}"


def test_reimport_after_clock_set_back():
    with network_of(2) as network:
        anne, bruno = 0, 1
        network.shift_clock(anne, 3 * YEAR_MS)
        network.create(anne, "Le Teil", Stage.EMERGING)
        transit = network.export(anne)
        network.deliver(transit, bruno)
        before = network.copies[bruno].synced_state()

        # Bruno clamped Anne's stamps to his time plus one day. With his clock set two
        # days back, the same file must not clamp them again, lower.
        network.shift_clock(bruno, -2 * DAY_MS)
        with network.clock.acting(network.copies[bruno].offset_ms):
            import_data(network.copies[bruno].store, transit.path)

        assert network.copies[bruno].synced_state()["registers"] == before["registers"]


# -- Incremental files delivered to the wrong copy --------------------------------------


def test_misdelivered_incremental_file_heals():
    with network_of(3) as network:
        anne, bruno, chloe = 0, 1, 2
        territory = network.create(anne, "Le Teil", Stage.EMERGING)
        shared = network.export(anne)
        network.deliver(shared, bruno)
        network.deliver(shared, chloe)
        network.edit(anne, territory, "stage", Stage.CANDIDATURE.value)
        network.deliver(network.export(anne), bruno)
        network.delete(bruno, territory)
        # Built for Anne, who has the stage edit, so it carries only the delete, whose
        # context also covers that edit. Chloé gets it by mistake, then sends her knowledge.
        for_anne = network.export(bruno, for_peer=anne)
        network.deliver(for_anne, chloe)
        network.deliver(for_anne, anne)
        from_chloe = network.export(chloe)
        network.deliver(from_chloe, anne)
        network.deliver(from_chloe, bruno)
        # Creating it again revives the record without rewriting the stage already shown.
        network.create(anne, "Le Teil", Stage.CANDIDATURE)

        network.full_round(for_peer=True)
        network.full_round(for_peer=True)

        stages = {copy.person: copy.live_by_name()["Le Teil"].stage for copy in network.copies}
        assert set(stages.values()) == {Stage.CANDIDATURE}, f"after two rounds of incremental exchanges: {stages}"
