"""Export the registers to an exchange file, and merge one back in, all or nothing.

An exchange file (see ``container``) holds ``manifest.json`` and ``registers.ndjson``
(then ``registers-2.ndjson`` and so on for a large export). In format 2, which every
export writes, each line is a batch of registers in five columns of the same length::

    {"t": [table, ...], "r": [record id, ...], "f": [field, ...],
     "e": [[[replica, counter, stamp, author, value], ...], ...], "c": [{replica: counter}, ...]}

Format 1 files, still read, hold one register per line, with one value per key.

Members ``files/<sha256>`` carry document files (see ``container``). An export joins the
file of every document whose ``sha256`` register it carries, so an incremental export
sends only the files the peer may not have seen; a document whose file this copy lacks
travels without it. An import works in one transaction: it merges every register and
rebuilds the affected rows (or, for a full snapshot into a copy without registers, loads
them as it checks them into a new file that then replaces the store's, see
``_load_in_bulk`` and ``db/staging.py``), writes the carried files into the
document store, keeps the undo record of the import and, when the database is at most
512 MiB (see BACKUP_BEFORE_IMPORT_MAX_BYTES), takes a backup before the commit. Files
are stored by content hash, so writing them before the commit cannot harm existing
data; the ones it wrote are removed again when the import fails.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
import sqlite3
import threading
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import accumulate, chain
from operator import add, itemgetter, methodcaller
from pathlib import Path

import orjson
from sqlalchemy import Connection, Float, bindparam, delete, event, exists, func, select
from sqlalchemy.orm import Session

from tzcld_desktop import __version__
from tzcld_desktop.db import blobs, library, schema
from tzcld_desktop.db.backup import make_backup
from tzcld_desktop.db.capture import APPLYING_SYNC
from tzcld_desktop.db.models import (
    SYNCED_MODELS,
    Base,
    Document,
    ExchangeLogEntry,
    ImportUndoRegister,
    ImportUndoState,
    LocalReplica,
    Peer,
    Profile,
    SyncBulkLoad,
    SyncRegister,
)
from tzcld_desktop.db.projection import SEARCHED_TABLES, Statements, load_record_registers, project_records
from tzcld_desktop.db.staging import StagedStore, StoreChangedError
from tzcld_desktop.db.store import Store
from tzcld_desktop.domain import crdt
from tzcld_desktop.domain.collection import collection_paused
from tzcld_desktop.domain.crdt import Knowledge, Register, clamp_stamp, encode_context, encode_entries, stamp_to_ms
from tzcld_desktop.domain.errors import ExchangeFileError, StorageError, translate
from tzcld_desktop.domain.frenchtext import plural
from tzcld_desktop.sync.container import (
    MAX_NDJSON_LINE_LENGTH,
    ExchangeFile,
    PackedMember,
    check_file_sizes,
    file_member_name,
    file_member_sha256,
    line_too_long_error,
    pack_member,
    read_exchange_file,
    write_exchange_file,
)
from tzcld_desktop.sync.peers import peer_knowledge, record_peer, registers_missing_from
from tzcld_desktop.sync.validation import (
    CheckedLine,
    ReferenceCheck,
    parse_manifest,
    parse_register_batch,
    parse_register_line,
)

log = logging.getLogger(__name__)

REGISTERS_MEMBER = "registers.ndjson"
# Registers per member at most: keeps every member far below the container's size limit
# for one member (about 230 bytes a register, so some 45 MB), whatever the size of the store.
REGISTERS_PER_MEMBER = 200_000
# Registers per line at most (rowids per line in a full export): about 2.3 MB a line, well
# under the container's limit on the length of a line, which longer texts may still reach.
REGISTERS_PER_LINE = 10_000
# Threads that hash and deflate the members of a full export while SQLite reads the next ones.
PACKING_THREADS = 2
_EXTRA_MEMBER = re.compile(r"registers-(\d{1,6})\.ndjson")


def register_member_names(count: int) -> list[str]:
    """Return the names of ``count`` register members: registers.ndjson, registers-2.ndjson, …"""
    return [REGISTERS_MEMBER] + [f"registers-{index}.ndjson" for index in range(2, max(count, 1) + 1)]


# A full copy of the database is taken before an import up to this size, which leaves room
# to grow above the national copy of 2026 (168 MiB with its indexes). Above it the copy would
# take most of the import's time (about 5 s for 900 MiB). The import then relies on its own
# transaction, on the undo record kept in that transaction ("Annuler le dernier import")
# and on the daily backup.
BACKUP_BEFORE_IMPORT_MAX_BYTES = 512 * 1024 * 1024
# The interface requests a second confirmation before an import hides this many records or more.
MANY_DELETIONS = 10
CONTEXT = "Exchange"
MS_PER_DAY = 24 * 3600 * 1000


@dataclass
class ExchangeReport:
    """Counts of the records an export wrote or an import changed."""

    direction: str
    path: Path
    peer_person: str = ""
    records: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: int = 0
    clamped_stamps: int = 0
    # Largest lead, in milliseconds, of an incoming stamp over this computer's clock.
    clock_lead_ms: int = 0
    counts_by_table: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False
    # Document files the export joined, or the import received.
    files: int = 0
    # Documents whose file the export could not join, or which still lack it after the import.
    files_missing: int = 0

    def summary_text(self) -> str:
        if self.direction == "export":
            return translate(CONTEXT, "{records} dans {file}.").format(
                records=plural(self.records, translate(CONTEXT, "élément exporté"),
                               translate(CONTEXT, "éléments exportés")),
                file=self.path.name,
            )
        sender = self.peer_person or translate(CONTEXT, "une copie sans nom de référent")
        counts = ", ".join([
            plural(self.created, translate(CONTEXT, "nouvel élément"), translate(CONTEXT, "nouveaux éléments")),
            plural(self.updated, translate(CONTEXT, "modifié"), translate(CONTEXT, "modifiés")),
            plural(self.unchanged, translate(CONTEXT, "inchangé"), translate(CONTEXT, "inchangés")),
            plural(self.deleted, translate(CONTEXT, "supprimé"), translate(CONTEXT, "supprimés")),
            plural(self.conflicts, translate(CONTEXT, "conflit à examiner"), translate(CONTEXT, "conflits à examiner")),
        ])
        lines = [translate(CONTEXT, "Fichier envoyé par {person} : {counts}.").format(person=sender, counts=counts)]
        if self.dry_run:
            lines.insert(0, translate(CONTEXT, "Aperçu de l'import : rien n'a encore été enregistré."))
        if self.files_missing:
            lines.append(translate(
                CONTEXT,
                "{count} sans leur fichier : ils restent listés, marqués « fichier manquant », "
                "jusqu'à ce qu'un fichier d'échange les apporte.",
            ).format(count=plural(self.files_missing, translate(CONTEXT, "document reçu"),
                                  translate(CONTEXT, "documents reçus"))))
        if self.clamped_stamps:
            lines.append(self.clock_warning())
        return "\n".join(lines)

    def clock_warning(self) -> str:
        """Describe incoming stamps more than a day ahead of this computer's clock.

        The gap alone cannot tell whether the sender's clock runs ahead or this
        computer's clock runs behind, so the text states the gap and names both.
        """
        sender = self.peer_person or translate(CONTEXT, "une copie sans nom de référent")
        days = max(1, round(self.clock_lead_ms / MS_PER_DAY))
        return translate(
            CONTEXT,
            "Des modifications du fichier envoyé par {person} ({count}) sont datées jusqu'à {days} après "
            "l'heure de cet ordinateur. "
            "L'horloge de l'un des deux ordinateurs est déréglée : vérifiez la date et l'heure de cet "
            "ordinateur, et demandez à {person} de vérifier celles du sien.",
        ).format(
            count=plural(self.clamped_stamps, translate(CONTEXT, "modification"),
                         translate(CONTEXT, "modifications")),
            person=sender,
            days=plural(days, translate(CONTEXT, "jour"), translate(CONTEXT, "jours")),
        )

    def counts(self) -> dict[str, int]:
        return {
            "records": self.records,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "deleted": self.deleted,
            "conflicts": self.conflicts,
            "clamped_stamps": self.clamped_stamps,
        }


class ImportCancelled(Exception):
    """The user stopped an import, or its preview, before the end: nothing was changed."""


class _ImportSteps:
    """Report an import's progress in registers, read then merged, and stop it when asked.

    ``progress(done, total)`` and ``cancelled()`` are called from the importing thread,
    at the start and then every REPORT_EVERY registers. ``total`` is twice the register
    count that the manifest announces, or 0 when it announces none.
    """

    REPORT_EVERY = 10_000

    def __init__(self, progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self._total = 0
        self._done = 0
        self._next_report = 0

    def start(self, announced: object) -> None:
        """Start counting towards the register count ``announced`` by the manifest."""
        valid = isinstance(announced, int) and not isinstance(announced, bool) and announced > 0
        self._total = 2 * announced if valid else 0
        self._report()

    def advance(self, registers: int) -> None:
        """Count ``registers`` more registers read or merged; raise ImportCancelled when asked to stop."""
        self._done += registers
        if self._done >= self._next_report:
            self._next_report = self._done + self.REPORT_EVERY
            self._report()

    def _report(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled
        if self._progress is not None:
            self._progress(min(self._done, self._total), self._total)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def export_data(
    store: Store, path: Path, passphrase: str | None = None, for_peer: str | None = None
) -> ExchangeReport:
    """Write an exchange file: everything, or what peer ``for_peer`` has not reported knowing."""
    # Every read below happens in one read transaction, so the manifest's knowledge and
    # counts describe exactly the registers written.
    with store.session() as session, _read_transaction(session) as connection:
        replica = session.scalars(select(LocalReplica)).one()
        profile = session.get(Profile, 1)
        person = profile.name if profile else ""
        base = peer_knowledge(session, for_peer) if for_peer else None
        if base is None:
            chunks, register_count, counts, file_hashes = _snapshot_members(session, connection)
        else:
            chunks, register_count, counts, file_hashes = _members_for_peer(session, base)
        chunks = chunks or [b""]
        knowledge = json.loads(replica.knowledge)
        replica_id = replica.replica_id
    manifest = {
        "sender": {"replica": replica_id, "person": person},
        "created_at": _now().isoformat(timespec="seconds") + "Z",
        "app_version": __version__,
        "schema_revision": schema.HEAD_REVISION,
        "knowledge": knowledge,
        # What the file was built against: a receiver that knows at least this much
        # knows everything the sender knows once the file is merged.
        "base": base.to_dict() if base is not None else {},
        "for": for_peer or "",
        "counts": counts,
        "registers": register_count,
    }
    members: dict[str, bytes | PackedMember] = dict(zip(register_member_names(len(chunks)), chunks, strict=True))
    files, missing = _read_files(store.data_dir, file_hashes)
    members.update(files)
    # A full export deflates hundreds of megabytes, so it uses the fast SNAPSHOT_COMPRESSLEVEL
    # (its register members are packed already). Exports for a peer are small.
    write_exchange_file(path, manifest, members, passphrase,
                        compresslevel=SNAPSHOT_COMPRESSLEVEL if base is None else None)
    report = ExchangeReport("export", path, person, records=sum(counts.values()), counts_by_table=counts,
                            files=len(files), files_missing=missing)
    _log_exchange(store, report, for_peer or "", "", "ok")
    log.info("Exported %d records (%d registers, %d files, %d missing) to %s",
             report.records, register_count, len(files), missing, path.name)
    return report


# Deflate level of a full export, ISA-L's second fastest level (see container.pack_member).
# With zlib, level 1 took 40 % of the time of level 6 for a 16 % larger output on
# 200,000 registers of the decade benchmark dataset.
SNAPSHOT_COMPRESSLEVEL = 1

# One line of format 2 per rowid range, its five columns concatenated by SQLite, so that
# Python handles a few large strings per line instead of one object per register. All
# aggregates read the same rows in the same order, so their items match by position.
# Tables, ids and fields are joined with '","' and quoted by the caller, which checks
# that they need no escaping (see _plainly_quoted). Entries and context are stored as
# JSON already. Each appended column costs about 0.1 µs a register in SQLite 3.40,
# while one '||' or one function call per register costs about 0.3 µs (decade dataset).
_SNAPSHOT_COLUMNS = (
    "SELECT count(*), CAST(group_concat(table_name, '\",\"') AS BLOB), "
    "CAST(group_concat(record_id, '\",\"') AS BLOB), CAST(group_concat(field, '\",\"') AS BLOB), "
    "CAST(group_concat(entries, ',') AS BLOB), CAST(group_concat(context, ',') AS BLOB) "
    "FROM sync_register WHERE rowid BETWEEN ? AND ?"
)
# The same, with every name and id quoted by SQLite, for a range where one needs escaping.
_SNAPSHOT_QUOTED_COLUMNS = (
    "SELECT count(*), CAST(group_concat(json_quote(table_name), ',') AS BLOB), "
    "CAST(group_concat(json_quote(record_id), ',') AS BLOB), CAST(group_concat(json_quote(field), ',') AS BLOB), "
    "CAST(group_concat(entries, ',') AS BLOB), CAST(group_concat(context, ',') AS BLOB) "
    "FROM sync_register WHERE rowid BETWEEN ? AND ?"
)


@contextmanager
def _read_transaction(session: Session) -> Iterator[sqlite3.Connection]:
    """Hold one read transaction on the session's sqlite3 connection for the block, and yield that connection.

    Call it before the session reads anything. Python's sqlite3 (3.11) sends BEGIN only
    before a write, so without it each SELECT of an export would see the database as it
    is at that moment, and an edit committed meanwhile could be half in the file.
    """
    connection = session.connection().connection.dbapi_connection
    connection.execute("BEGIN")
    try:
        yield connection
    finally:
        if connection.in_transaction:
            connection.rollback()


def _snapshot_members(
    session: Session, connection: sqlite3.Connection
) -> tuple[list[PackedMember], int, dict[str, int], set[str]]:
    """Return the packed register members of a full export, the register count, records per table and file hashes.

    SQLite builds the lines on ``connection`` in the calling thread while PACKING_THREADS
    workers hash and deflate the members already built: sqlite3, hashlib and zlib release
    the GIL on large buffers. The registers are read in rowid order: the reader keys them
    by table, record and field, so the order does not matter.
    """
    cursor = connection.cursor()
    packed: list[PackedMember] = []
    register_count = 0
    try:
        with ThreadPoolExecutor(max_workers=PACKING_THREADS, thread_name_prefix="export-pack") as pool:
            pending: deque[Future[PackedMember]] = deque()
            for count, member in _snapshot_member_bytes(cursor):
                register_count += count
                pending.append(pool.submit(pack_member, member, SNAPSHOT_COMPRESSLEVEL))
                # Bounds the members held unpacked in memory while SQLite runs ahead.
                if len(pending) > PACKING_THREADS:
                    packed.append(pending.popleft().result())
            packed.extend(future.result() for future in pending)
    finally:
        cursor.close()
    # Every record with registers has a row in its table, and rows are never removed.
    counts = {}
    for table, model in sorted(SYNCED_MODELS.items()):
        count = session.scalar(select(func.count()).select_from(model))
        if count:
            counts[table] = count
    file_hashes: set[str] = set()
    for entries in session.scalars(select(SyncRegister.entries).where(
            SyncRegister.table_name == "document", SyncRegister.field == "sha256")):
        file_hashes.update(_hashes_in_entries(entries))
    return packed, register_count, counts, file_hashes


def _snapshot_member_bytes(cursor: sqlite3.Cursor) -> Iterator[tuple[int, list[bytes]]]:
    """Yield ``(registers, parts of the member)`` of a full export, at most REGISTERS_PER_MEMBER registers each."""
    # SQLite looks a min() or a max() up in the index only when it is the query's sole
    # aggregate. "SELECT min(rowid), max(rowid)" scanned every row: 0.37 s for the
    # 3.4 million registers of the decade benchmark dataset (SQLite 3.40).
    first, last = cursor.execute(
        "SELECT (SELECT min(rowid) FROM sync_register), (SELECT max(rowid) FROM sync_register)"
    ).fetchone()
    if first is None:
        return
    step = max(1, min(REGISTERS_PER_LINE, REGISTERS_PER_MEMBER))
    lines: list[bytes] = []
    member_count = 0
    for start in range(first, last + 1, step):
        for count, line in _snapshot_lines(cursor, start, min(start + step - 1, last)):
            if lines and member_count + count > REGISTERS_PER_MEMBER:
                yield member_count, lines
                lines, member_count = [], 0
            lines.extend(line)
            member_count += count
    if lines:
        yield member_count, lines


def _snapshot_lines(cursor: sqlite3.Cursor, first: int, last: int) -> list[tuple[int, tuple[bytes, ...]]]:
    """Return ``(registers, parts of the line)`` for the registers with rowids ``first`` to ``last``.

    The parts are not joined, which would copy every line once more: pack_member takes them.

    A range whose line would exceed MAX_NDJSON_LINE_LENGTH is split in two, down to one
    register, which raises the container's error for a line too long.
    """
    count, *columns = cursor.execute(_SNAPSHOT_COLUMNS, (first, last)).fetchone()
    if not count:
        return []
    if all(_plainly_quoted(column, count) for column in columns[:3]):
        opening, closing = b'["', b'"]'
    else:
        count, *columns = cursor.execute(_SNAPSHOT_QUOTED_COLUMNS, (first, last)).fetchone()
        opening, closing = b"[", b"]"
    tables, records, fields, entries, contexts = columns
    line = (
        b'{"t":', opening, tables, closing, b',"r":', opening, records, closing,
        b',"f":', opening, fields, closing, b',"e":[', entries, b'],"c":[', contexts, b"]}\n",
    )
    if sum(map(len, line)) > MAX_NDJSON_LINE_LENGTH:
        if first == last:
            raise line_too_long_error()
        middle = (first + last) // 2
        return _snapshot_lines(cursor, first, middle) + _snapshot_lines(cursor, middle + 1, last)
    return [(count, line)]


def _plainly_quoted(column: bytes, count: int) -> bool:
    """Return whether ``count`` names joined by '","' form JSON strings once quoted at both ends.

    Table names and fields come from the code and record ids are UUIDs, so this is true
    unless the database was changed by hand.
    """
    # NOTE: control characters are not looked for: a regular expression doing so took
    # 2.4 s on the decade dataset. A name holding one makes the receiver reject the file
    # as invalid JSON; it cannot change what the receiver stores.
    return b"\\" not in column and column.count(b'"') == 2 * (count - 1)


def _members_for_peer(session: Session, base: Knowledge) -> tuple[list[bytes], int, dict[str, int], set[str]]:
    """Return what ``_snapshot_members`` returns, for the registers holding a dot ``base`` lacks."""
    rows: list[tuple[str, str, str, str, str]] = []
    records_by_table: dict[str, set[str]] = defaultdict(set)
    file_hashes: set[str] = set()
    for row in registers_missing_from(session, base):
        table, record_id, field_name, entries, _context = row
        records_by_table[table].add(record_id)
        if table == "document" and field_name == "sha256":
            file_hashes.update(_hashes_in_entries(entries))
        rows.append(row)
    chunks = []
    for start in range(0, len(rows), REGISTERS_PER_MEMBER):
        member_rows = rows[start : start + REGISTERS_PER_MEMBER]
        chunks.append(b"".join(
            line
            for line_start in range(0, len(member_rows), REGISTERS_PER_LINE)
            for line in _batch_lines(member_rows[line_start : line_start + REGISTERS_PER_LINE])
        ))
    counts = {table: len(ids) for table, ids in sorted(records_by_table.items())}
    return chunks, len(rows), counts, file_hashes


_NAMES_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _batch_lines(rows: list[tuple[str, str, str, str, str]]) -> list[bytes]:
    """Return format 2 lines for ``(table, record, field, entries JSON, context JSON)`` rows.

    Rows whose line would exceed MAX_NDJSON_LINE_LENGTH are split in two, down to one
    register, which raises the container's error for a line too long.
    """
    tables, records, fields, entries, contexts = zip(*rows, strict=True)
    line = (
        f'{{"t":{_NAMES_ENCODER.encode(tables)},"r":{_NAMES_ENCODER.encode(records)},'
        f'"f":{_NAMES_ENCODER.encode(fields)},"e":[{",".join(entries)}],"c":[{",".join(contexts)}]}}\n'
    ).encode("utf-8")
    if len(line) > MAX_NDJSON_LINE_LENGTH:
        if len(rows) == 1:
            raise line_too_long_error()
        middle = len(rows) // 2
        return _batch_lines(rows[:middle]) + _batch_lines(rows[middle:])
    return [line]


def _hashes_in_entries(entries_json: str) -> set[str]:
    """Return the content hashes that the entries of a ``document.sha256`` register hold."""
    return {entry[4] for entry in json.loads(entries_json) if isinstance(entry[4], str) and len(entry[4]) == 64}


def _read_files(data_dir: Path, hashes: set[str]) -> tuple[dict[str, bytes], int]:
    """Read the stored files with these hashes; return them by member name, and how many are absent.

    Sizes are checked against the reading limits before any file is read.
    """
    present = {sha256: blobs.blob_path(data_dir, sha256) for sha256 in sorted(hashes) if blobs.has_blob(data_dir, sha256)}
    check_file_sizes({file_member_name(sha256): path.stat().st_size for sha256, path in present.items()})
    files: dict[str, bytes] = {}
    for sha256, path in present.items():
        try:
            files[file_member_name(sha256)] = path.read_bytes()
        except OSError as error:
            raise StorageError(
                "Le fichier du document {path} n'a pas pu être lu ({error}) : l'export est annulé. "
                "Vérifiez le dossier de données, puis recommencez.",
                path=str(path), error=error.strerror or str(error),
            ) from error
    return files, len(hashes) - len(present)

@dataclass
class _OpenedFile:
    """An exchange file that the container read and checked, with its manifest parsed."""

    path: Path
    exchange_file: ExchangeFile
    sender: dict[str, str]
    knowledge: Knowledge
    base: Knowledge

    def is_full_snapshot(self) -> bool:
        """Return whether the file contains every register of its sender ("Exporter tout"), in format 2."""
        return self.exchange_file.manifest["format_version"] >= 2 and not self.base.to_dict()

    def batches(self, first_load: bool = False) -> Iterator[tuple[int, CheckedLine]]:
        """Yield ``(line number, checked line)`` for each line of the register members.

        With ``first_load``, the registers keep only what a first load needs
        (``parse_register_batch``): the file is then a full snapshot, in format 2.
        """
        extra = sorted(
            (int(match.group(1)), name)
            for name in self.exchange_file.members
            if (match := _EXTRA_MEMBER.fullmatch(name))
        )
        names = [REGISTERS_MEMBER] + [name for _index, name in extra]
        payloads = (payload for name in names for payload in self.exchange_file.iter_ndjson(name))
        # The container refused files whose minimum reader version is above its own.
        one_per_line = self.exchange_file.manifest["format_version"] == 1
        for line_number, payload in enumerate(payloads, start=1):
            if one_per_line:
                yield line_number, parse_register_line(payload, line_number)
            else:
                yield line_number, parse_register_batch(payload, line_number, first_load)

    def files(self) -> dict[str, bytes]:
        """Return the document files the file carries, by content hash (the container checked each hash)."""
        return {
            sha256: data
            for name, data in self.exchange_file.members.items()
            if (sha256 := file_member_sha256(name)) is not None
        }

    def duplicate_error(self, key: tuple[str, str, str], line_number: int) -> ExchangeFileError:
        return ExchangeFileError(
            "Le fichier {file} est incohérent : le champ {field} de l'élément {record} apparaît deux "
            "fois (ligne {line}). Demandez à l'expéditeur de refaire l'export.",
            file=self.path.name, field=key[2], record=key[1], line=line_number,
        )


def _open(path: Path, passphrase: str | None, steps: _ImportSteps) -> _OpenedFile:
    exchange_file = read_exchange_file(path, passphrase)
    sender, knowledge, base = parse_manifest(exchange_file.manifest)
    steps.start(exchange_file.manifest.get("registers"))
    if REGISTERS_MEMBER not in exchange_file.members:
        raise ExchangeFileError(
            "Le fichier {file} ne contient pas de données ({member} manquant). "
            "Demandez à l'expéditeur de refaire l'export.",
            file=path.name,
            member=REGISTERS_MEMBER,
        )
    return _OpenedFile(path, exchange_file, sender, knowledge, base)


def _read(opened: _OpenedFile, steps: _ImportSteps) -> dict[tuple[str, str, str], Register]:
    """Return every register of the file by key, checked."""
    incoming: dict[tuple[str, str, str], Register] = {}
    for line_number, line in opened.batches():
        for key, register in line.registers:
            if key in incoming:
                raise opened.duplicate_error(key, line_number)
            incoming[key] = register
        steps.advance(len(line.registers))
    return incoming


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class _DryRun(Exception):
    """Raised inside the import transaction to roll a preview back."""


def import_data(
    store: Store,
    path: Path,
    passphrase: str | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExchangeReport:
    """Merge an exchange file into the store; on any error the store is left unchanged.

    With ``dry_run`` the merge runs and is rolled back: the report previews what an
    import would change, and nothing is written, not even a backup. ``progress(done,
    total)`` receives the registers read then merged; when ``cancelled()`` returns
    true, the import stops and raises ImportCancelled, leaving the store unchanged.
    """
    steps = _ImportSteps(progress, cancelled)
    # The registers of a large file are millions of objects without cycles.
    with collection_paused():
        return _import_data(store, path, passphrase, dry_run, steps)


@dataclass
class _Loaded:
    """Facts that writing the registers of a file gathered for the rest of the import."""

    newest: int
    # Ids of the documents that the file brings and this copy did not have.
    new_documents: set[str]
    # Content hashes held by the incoming ``document.sha256`` registers.
    file_hashes: set[str]
    # Knowledge covering the dots of registers loaded in bulk, or None after a merge.
    bulk_knowledge: Knowledge | None = None


def _import_data(
    store: Store, path: Path, passphrase: str | None, dry_run: bool, steps: _ImportSteps
) -> ExchangeReport:
    opened = _open(path, passphrase, steps)
    # A full snapshot into an empty copy (a newcomer's first import) is checked and
    # loaded line by line. Any other file is read and checked whole, then merged.
    with store.session() as session:
        in_bulk = opened.is_full_snapshot() and _is_empty(session)
    incoming = None if in_bulk else _read(opened, steps)
    if incoming is not None:
        with store.session() as session:
            ReferenceCheck(session)(incoming.items())
    report = ExchangeReport("import", path, opened.sender["person"], dry_run=dry_run)
    files = opened.files()
    written: list[Path] = []
    try:
        with ExitStack() as staging:
            # A first load writes into a new file that then replaces the store's (see
            # db/staging.py). A preview rolls back in the store itself.
            target = store if incoming is not None or dry_run else staging.enter_context(StagedStore(store))
            written = _import_in_transaction(store, target, opened, incoming, report, steps, files, dry_run)
    except StoreChangedError:
        _remove_files(written)
        raise _changed_during_import(path) from None
    except _DryRun:
        log.info("Previewed %s from replica %s: %s", path.name, opened.sender["replica"], report.counts())
        return report
    except BaseException:
        _remove_files(written)
        raise
    log.info("Imported %s from replica %s: %s (%d files, %d missing)", path.name, opened.sender["replica"],
             report.counts(), report.files, report.files_missing)
    # The index holds only document fields and files: reading every library document to
    # compare took 80 ms of an import of 100 edits on the decade benchmark dataset.
    if incoming is None or written or any(table == "document" for table, _record, _field in incoming):
        _refresh_library_index(store)
    return report


def _changed_during_import(path: Path) -> StorageError:
    return StorageError(
        "Des données ont été enregistrées pendant la lecture du fichier {file} : l'import est "
        "annulé et vos données n'ont pas changé. Recommencez l'import.",
        file=path.name,
    )


def _import_in_transaction(
    store: Store, target: Store, opened: _OpenedFile, incoming: dict[tuple[str, str, str], Register] | None,
    report: ExchangeReport, steps: _ImportSteps, files: dict[str, bytes], dry_run: bool,
) -> list[Path]:
    """Apply the file to ``target`` (the store, or the file prepared to replace it) in one transaction.

    Returns the document files written into the data folder, which the caller removes
    if the import fails afterwards.
    """
    written: list[Path] = []
    path = report.path
    try:
        with target.transaction() as session:
            session.info[APPLYING_SYNC] = True
            replica = session.scalars(select(LocalReplica)).one()
            # Its deletes also take the database's write lock for the rest of the import.
            undo_state = _state_before_import(session, replica, opened.sender["replica"])
            if incoming is None:
                if not _is_empty(session):
                    raise _changed_during_import(path)
                loaded = _load_in_bulk(session, opened, report, steps)
            else:
                new_documents = _absent_documents(session, incoming)
                loaded = _Loaded(_merge(session, incoming, report, steps), new_documents,
                                 _hashes_of_documents(incoming.items()))
            referenced = loaded.file_hashes
            _log_unused_files(referenced, files)
            if not dry_run:
                written = _store_files(store.data_dir, files, referenced)
            report.files = len(referenced & files.keys())
            report.files_missing = sum(
                1 for sha256 in referenced if not blobs.has_blob(store.data_dir, sha256) and sha256 not in files
            )
            _learn(replica, opened, incoming)
            record_peer(session, opened.sender["replica"], opened.sender["person"], opened.knowledge, _now())
            replica.last_stamp = max(replica.last_stamp, clamp_stamp(loaded.newest)[0])
            if dry_run:
                raise _DryRun
            # Taken once the file is known to be valid, on a separate connection, which
            # reads the database as it was before this transaction.
            backup = None
            if store.db_path.stat().st_size <= BACKUP_BEFORE_IMPORT_MAX_BYTES:
                backup = make_backup(store.db_path, "import")
            entry = ExchangeLogEntry(
                direction="import", at=_now(), file_name=str(path), peer_replica_id=opened.sender["replica"],
                peer_person=opened.sender["person"], counts=json.dumps(report.counts()), result="ok",
                file_sha256=file_sha256(path), backup_file=str(backup or ""), counter_after=replica.counter,
            )
            session.add(entry)
            session.flush()
            undo_state.log_id = entry.id
            session.add(undo_state)
            if loaded.bulk_knowledge is not None:
                session.add(SyncBulkLoad(log_id=entry.id, knowledge=json.dumps(loaded.bulk_knowledge.to_dict())))
            library.record_arrivals(session, loaded.new_documents, entry.id)
    except BaseException:
        _remove_files(written)
        raise
    return written


def _is_empty(session: Session) -> bool:
    """Return whether the copy has no register and no row in a synced table.

    A first load only inserts, and its undo record removes every row of those tables.
    """
    models = [SyncRegister, *SYNCED_MODELS.values()]
    return not any(session.scalar(select(exists().select_from(model))) for model in models)


def _hashes_of_documents(registers: Iterable[tuple[tuple[str, str, str], Register]]) -> set[str]:
    """Return the content hashes in the ``document.sha256`` registers among ``registers``."""
    return {
        entry.value
        for (table, _record_id, field_name), register in registers
        if table == "document" and field_name == "sha256"
        for entry in register.entries
        if entry.value
    }


def _log_unused_files(hashes: set[str], files: dict[str, bytes]) -> None:
    """Log the carried files that no incoming document refers to: they are not stored, since nothing would show them."""
    unused = files.keys() - hashes
    if unused:
        log.warning("Ignored %d files that no document of the exchange file refers to", len(unused))


def _store_files(data_dir: Path, files: dict[str, bytes], wanted: set[str]) -> list[Path]:
    """Write the wanted files this copy lacks into the store; return the paths written.

    On a failure, the files written so far are removed and StorageError is raised.
    """
    try:
        written = blobs.store_contents(data_dir, {sha256: files[sha256] for sha256 in wanted & files.keys()})
    except OSError as error:
        raise StorageError(
            "Les fichiers des documents n'ont pas pu être enregistrés dans le dossier de données {path} "
            "({error}) : l'import est annulé et vos données sont intactes. Libérez de la place sur le "
            "disque, puis recommencez.",
            path=str(blobs.blob_dir(data_dir)), error=error.strerror or str(error),
        ) from error
    return [blobs.blob_path(data_dir, sha256) for sha256 in written]


def _remove_files(paths: list[Path]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            log.warning("Could not remove %s after a failed import: %s", path, error)


def _absent_documents(session: Session, incoming: dict[tuple[str, str, str], Register]) -> set[str]:
    """Return the ids of the incoming documents that this copy does not have yet."""
    ids = list({record_id for table, record_id, _field in incoming if table == "document"})
    present: set[str] = set()
    for start in range(0, len(ids), 500):
        present.update(session.scalars(select(Document.id).where(Document.id.in_(ids[start : start + 500]))))
    return set(ids) - present


def _refresh_library_index(store: Store) -> None:
    """Index the text of the documents that arrived; the import stays done whatever happens here."""
    try:
        library.refresh_index(store)
    except Exception:  # noqa: BLE001 - the index is a local cache, rebuilt at the next refresh
        log.exception("The document index could not be refreshed after an import")


def _state_before_import(session: Session, replica: LocalReplica, sender: str) -> ImportUndoState:
    """Clear the undo record of the previous import and return this copy's state before this one."""
    session.execute(delete(ImportUndoRegister))
    session.execute(delete(ImportUndoState))
    peer = session.get(Peer, sender)
    peer_json = "" if peer is None else json.dumps({
        "person": peer.person,
        "knowledge": peer.knowledge,
        "last_received_at": peer.last_received_at.isoformat() if peer.last_received_at else None,
    })
    return ImportUndoState(knowledge=replica.knowledge, last_stamp=replica.last_stamp,
                           peer_replica_id=sender, peer=peer_json)


def _learn(
    replica: LocalReplica, opened: _OpenedFile, incoming: dict[tuple[str, str, str], Register] | None
) -> None:
    """Add to this copy's knowledge what merging the file taught it.

    ``incoming`` may be None only for a full snapshot, whose base is empty.
    """
    local = Knowledge(json.loads(replica.knowledge))
    if local.includes(opened.base):
        local.update(opened.knowledge)
    else:
        # A file built for someone who knew more than this copy (a misdelivered
        # incremental file): only the dots it carries are now known.
        for register in (incoming or {}).values():
            for entry in register.entries:
                local.add(entry.dot)
    replica.knowledge = json.dumps(local.to_dict())


def _merge(
    session: Session, incoming: dict[tuple[str, str, str], Register], report: ExchangeReport, steps: _ImportSteps
) -> int:
    """Merge the incoming registers, table by table, with bulk reads and writes; return their newest stamp.

    Also indexes the incoming dots in ``sync_dot`` and keeps the previous state of every
    changed register in ``import_undo_register``, for ``undo.undo_last_import``.
    """
    connection = session.connection()
    now_ms = crdt.wall_clock_ms()
    undo_rows: list[tuple[str, str, str, str | None, str | None]] = []
    dot_rows: list[tuple[str, int, str, str, str]] = []
    by_table: dict[str, dict[str, dict[str, Register]]] = defaultdict(lambda: defaultdict(dict))
    for (table, record_id, field_name), register in incoming.items():
        by_table[table][record_id][field_name] = register
    # Stamps are stored as sent: clamping them with this copy's clock would make copies
    # disagree. A far-future stamp only limits the local clock, and is reported.
    future = crdt.stamp_limit(now_ms)
    newest = 0
    for table, records in by_table.items():
        model = SYNCED_MODELS[table]
        existing = load_record_registers(session, table, records.keys())
        before = _states_in_chunks(session, model, list(records))
        new_registers: list[tuple[str, str, str, str, str]] = []
        changed_registers: list[tuple[str, str, str, str, str]] = []
        changed_records: dict[str, dict[str, Register]] = {}
        # Records and fields in key order: new registers then go into the index of
        # sync_register in order, which took 13 s instead of 20 s at decade.
        for record_id in sorted(records):
            fields = records[record_id]
            current = existing.get(record_id)
            existed = bool(current)
            if not current:
                current = {}
                undo_rows.append((table, record_id, "", None, None))
            changed = False
            for field_name in sorted(fields):
                register = fields[field_name]
                for entry in register.entries:
                    newest = max(newest, entry.hlc)
                    if entry.hlc > future:
                        _note_future_stamp(entry.hlc, now_ms, report)
                old = current.get(field_name)
                if old is None:
                    merged = register
                    new_registers.append((table, record_id, field_name, *register.to_json()))
                    if existed:
                        undo_rows.append((table, record_id, field_name, None, None))
                else:
                    merged = old.merge(register)
                    if merged == old:
                        continue
                    changed_registers.append((table, record_id, field_name, *merged.to_json()))
                    undo_rows.append((table, record_id, field_name, *old.to_json()))
                dot_rows.extend((replica, counter, table, record_id, field_name)
                                for replica, counter in _register_dots(register))
                current[field_name] = merged
                changed = True
            if changed:
                changed_records[record_id] = current
            steps.advance(len(fields))
        register_table = SyncRegister.__table__
        if new_registers:
            # Plain executemany: SQLAlchemy's per-row parameter handling costs more than the insert.
            connection.exec_driver_sql(
                _INSERT_REGISTER,
                new_registers,
            )
        if changed_registers:
            connection.execute(
                register_table.update()
                .where(register_table.c.table_name == bindparam("key_table"),
                       register_table.c.record_id == bindparam("key_record"),
                       register_table.c.field == bindparam("key_field"))
                .values(entries=bindparam("entries"), context=bindparam("context")),
                [{"key_table": table_name, "key_record": record_id, "key_field": field_name,
                  "entries": entries, "context": context}
                 for table_name, record_id, field_name, entries, context in changed_registers],
            )
        after = project_records(session, table, changed_records, set(before))
        _count(model, len(records), before, after, report)
    # Sorted by key and inserted once for all tables, the rows go into the B-tree in
    # order: the dots of one writer interleave across tables.
    dot_rows.sort()
    if dot_rows:
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO sync_dot (replica, counter, table_name, record_id, field) "
            "VALUES (?, ?, ?, ?, ?)",
            dot_rows,
        )
    _insert_undo_rows(Statements(connection), undo_rows)
    return newest


_UNDO_COLUMNS = ["table_name", "record_id", "field", "entries", "context"]


def _insert_undo_rows(statements: Statements, rows: list[tuple[str, str, str, str | None, str | None]]) -> None:
    """Insert the undo record's rows ``(table, record, field, entries, context)`` of a merge."""
    statements.insert_bound("import_undo_register", _UNDO_COLUMNS, rows)


def _register_dots(register: Register) -> Iterable[tuple[str, int]]:
    """Return the dots of a register's entries and context maxima, as ``(replica, counter)``.

    An entry's dot is usually also its replica's context maximum, so it comes once.
    """
    entries, context = register.entries, register.context
    if len(entries) == 1 and len(context) == 1:
        dot = entries[0].dot
        if context.get(dot.replica) == dot.counter:
            return (dot,)
    dots: set[tuple[str, int]] = set(context.items())
    dots.update(entry.dot for entry in entries)
    return dots


def _states_in_chunks(session: Session, model: type, record_ids: list[str]) -> dict[str, tuple[bool, bool]]:
    states: dict[str, tuple[bool, bool]] = {}
    for start in range(0, len(record_ids), 500):
        rows = session.execute(
            select(model.id, model.deleted, model.has_conflict).where(model.id.in_(record_ids[start : start + 500]))
        )
        for record_id, deleted, has_conflict in rows:
            states[record_id] = (deleted, has_conflict)
    return states


def _count(
    model: type,
    record_count: int,
    before: dict[str, tuple[bool, bool]],
    after: dict[str, tuple[bool, bool]],
    report: ExchangeReport,
) -> None:
    report.records += record_count
    report.counts_by_table[model.__tablename__] = record_count
    report.unchanged += record_count - len(after)
    for record_id, (deleted, has_conflict) in after.items():
        was = before.get(record_id)
        if was is None:
            if not deleted:
                report.created += 1
        elif deleted and not was[0]:
            report.deleted += 1
        else:
            report.updated += 1
        if has_conflict and (was is None or not was[1]):
            report.conflicts += 1


def _note_future_stamp(stamp: int, now_ms: int, report: ExchangeReport) -> None:
    """Count an entry stamped more than the allowed skew ahead of ``now_ms``, and keep the largest lead."""
    report.clamped_stamps += 1
    report.clock_lead_ms = max(report.clock_lead_ms, stamp_to_ms(stamp) - now_ms)


def _log_exchange(store: Store, report: ExchangeReport, replica_id: str, person: str, result: str) -> None:
    with store.transaction() as session:
        session.add(ExchangeLogEntry(direction=report.direction, at=_now(), file_name=str(report.path),
                                     peer_replica_id=replica_id, peer_person=person,
                                     counts=json.dumps(report.counts()), result=result))


def _load_in_bulk(session: Session, opened: _OpenedFile, report: ExchangeReport, steps: _ImportSteps) -> _Loaded:
    """Write every register of a full snapshot into a copy that has none, checking each line on the way.

    Nothing needs merging: each register goes into ``sync_register`` as it arrives, and
    its dots are not indexed one by one in ``sync_dot`` (the returned knowledge covers
    them, see ``SyncBulkLoad``). The rows are computed once every register is in, since
    the fields of one record may come on several lines. A second thread runs every
    write (see ``_StatementWriter``) while this one checks the next line or computes the
    next rows.
    """
    connection = session.connection()
    check_references = ReferenceCheck(session)
    with _large_page_cache(connection), _StatementWriter(connection) as writer:
        # The secondary indexes of the rows are built once their tables are full: from
        # sorted keys, several times faster than inserting into them in random order.
        # All of it happens in the import's transaction.
        row_indexes = _drop_indexes(writer, [*SYNCED_MODELS, "search_row"])
        return _load_registers_in_bulk(opened, report, steps, writer, check_references, row_indexes)


def _load_registers_in_bulk(
    opened: _OpenedFile, report: ExchangeReport, steps: _ImportSteps, writer: _StatementWriter,
    check_references: ReferenceCheck, row_indexes: list[str],
) -> _Loaded:
    records: dict[str, dict[str, dict[str, Register]]] = defaultdict(lambda: defaultdict(dict))
    maxima: dict[str, int] = {}
    now_ms = crdt.wall_clock_ms()
    future = crdt.stamp_limit(now_ms)
    newest = 0

    for line_number, line in opened.batches(first_load=True):
        registers = line.registers
        check_references(registers)
        for key, register in registers:
            table, record_id, field_name = key
            fields = records[table][record_id]
            if field_name in fields:
                raise opened.duplicate_error(key, line_number)
            fields[field_name] = register
        _raise_to_highest(maxima, line.contexts)
        # The stamp is the third item of an entry's list.
        line_newest = max(map(itemgetter(2), chain.from_iterable(line.entries)))
        if line_newest > future:
            for _key, register in registers:
                for entry in register.entries:
                    if entry.hlc > future:
                        _note_future_stamp(entry.hlc, now_ms, report)
        newest = max(newest, line_newest)
        writer.write_registers(line)
        steps.advance(len(registers))

    for table, by_record in records.items():
        after = project_records(writer, table, by_record, set())
        _count(SYNCED_MODELS[table], len(by_record), {}, after, report)
        # The table was empty (_is_empty): undoing the import removes each of its rows.
        quoted_table = writer.connection.dialect.identifier_preparer.quote(table)
        writer.execute(
            f"{writer.insert_into('import_undo_register', _UNDO_COLUMNS)} "
            f"SELECT ?, id, '', NULL, NULL FROM {quoted_table}",
            (table,),
        )
        steps.advance(sum(map(len, by_record.values())))
    # Queued before the registers kept here are freed (about 1.5 s at decade), so that
    # the second thread builds the indexes meanwhile.
    for statement in row_indexes:
        writer.execute(statement)

    documents = records.get("document", {})
    hashes = _hashes_of_documents(
        (("document", record_id, field_name), register)
        for record_id, fields in documents.items()
        for field_name, register in fields.items()
    )
    covered = Knowledge({replica: [[1, counter]] for replica, counter in maxima.items()})
    return _Loaded(newest, set(documents), hashes, covered)


def _raise_to_highest(highest: dict[str, int], contexts: list[dict[str, int]]) -> None:
    """Raise each replica's counter in ``highest`` to the highest one in ``contexts``."""
    replicas = set(chain.from_iterable(contexts))
    if len(replicas) <= _REPLICAS_PER_PASS:
        # Usually one or two replicas wrote a whole line: one pass over the line each.
        for replica in replicas:
            counter = max(map(methodcaller("get", replica, 0), contexts))
            if counter > highest.get(replica, 0):
                highest[replica] = counter
        return
    for context in contexts:
        for replica, counter in context.items():
            if counter > highest.get(replica, 0):
                highest[replica] = counter


# Up to this many replicas in a line, _raise_to_highest reads the line once per replica.
_REPLICAS_PER_PASS = 4


# Pages of the database kept in memory during a bulk load, in KiB (SQLite's default is 2 MiB).
# The registers of each line go into the key index of sync_register at scattered places.
# With the default cache, the same pages were written out and read back many times.
BULK_PAGE_CACHE_KIB = 256 * 1024


@contextmanager
def _large_page_cache(connection: Connection) -> Iterator[None]:
    """Give the connection a page cache of BULK_PAGE_CACHE_KIB for the block, then its own size back."""
    size = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_PAGE_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(size)}")


def _drop_indexes(statements: Statements, tables: list[str]) -> list[str]:
    """Drop the secondary indexes of ``tables`` and return the statements that create them again."""
    marks = ", ".join("?" * len(tables))
    connection = statements.idle_connection()
    indexes = connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})",
        tuple(tables),
    ).all()
    quote = connection.dialect.identifier_preparer.quote
    for name, _sql in indexes:
        statements.execute(f"DROP INDEX {quote(name)}")
    return [sql for _name, sql in indexes]


# A line of registers reaches SQLite as texts that its C code cuts apart, with the GIL
# released for the whole statement. An executemany takes the GIL back between rows.
# SQLite 3.40 took a JSON text of the same line apart at about 3 µs a register, against
# 0.5 µs for this statement (measured on 600,000 registers of the decade file). The
# parameters:
#   ?1  each register's table, record id and field, padded to fixed widths (ASCII);
#   ?2  the JSON list of the registers' entries, ?3 that of their contexts;
#   ?4  where each item of ?2, then each item of ?3, starts, and where each list ends,
#       as fixed-width decimal numbers;
#   ?5  the number of registers, which numbers the rows of the recursive query.
# Every parameter is bytes: substr then counts bytes, not characters. The rows go in
# the line's order: sorting each line by key first took SQLite 1.2 s more for the
# decade benchmark dataset, whose lines land at scattered places of the key index anyway.
_RECORD_ID_WIDTH = 36
_TABLE_WIDTH = max(map(len, SYNCED_MODELS))
_FIELD_WIDTH = max(len(name) for model in SYNCED_MODELS.values() for name in model.SYNC_FIELDS)
_KEY_WIDTH = _TABLE_WIDTH + _RECORD_ID_WIDTH + _FIELD_WIDTH
_KEY_FORMAT = f"%-{_TABLE_WIDTH}s%-{_RECORD_ID_WIDTH}s%-{_FIELD_WIDTH}s"
_OFFSET_DIGITS = 10
_OFFSET_FORMAT = f"%0{_OFFSET_DIGITS}d"


def _key_part(start: int, width: int) -> str:
    return f"CAST(substr(?1, k * {_KEY_WIDTH} + {start + 1}, {width}) AS TEXT)"


def _item_part(column: str, index: str) -> str:
    """Return the SQL of the item of ``column`` whose start is the ``index``-th offset: it ends before the next comma."""
    def offset(position: str) -> str:
        return f"CAST(substr(?4, ({position}) * {_OFFSET_DIGITS} + 1, {_OFFSET_DIGITS}) AS INTEGER)"
    start, end = offset(index), offset(f"{index} + 1")
    return f"CAST(substr({column}, {start} + 1, {end} - 1 - {start}) AS TEXT)"


_INSERT_REGISTER_LINE = (
    "INSERT INTO sync_register (table_name, record_id, field, entries, context) "
    "WITH RECURSIVE line(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM line WHERE k + 1 < ?5) "
    f"SELECT rtrim({_key_part(0, _TABLE_WIDTH)}), {_key_part(_TABLE_WIDTH, _RECORD_ID_WIDTH)}, "
    f"rtrim({_key_part(_TABLE_WIDTH + _RECORD_ID_WIDTH, _FIELD_WIDTH)}), "
    f"{_item_part('?2', 'k')}, {_item_part('?3', '?5 + 1 + k')} FROM line"
)
_dump_sorted = functools.partial(orjson.dumps, option=orjson.OPT_SORT_KEYS)


def _register_line_parameters(keys: list[tuple[str, str, str]], entries: list[list], contexts: list[dict]) -> tuple | None:
    """Return the parameters of _INSERT_REGISTER_LINE, or None if the registers do not fit in it.

    ``entries`` and ``contexts`` give each register's texts, as ``Register.to_json``
    encodes them. The registers do not fit when a key is longer than its width or not
    ASCII (the checks of the file refuse both), or when orjson cannot encode a text
    (a lone surrogate).
    """
    count = len(keys)
    key_text = (_KEY_FORMAT * count) % tuple(chain.from_iterable(keys))
    # %-Ns pads and never cuts: a longer key makes the whole text longer.
    if len(key_text) != count * _KEY_WIDTH or not key_text.isascii():
        return None
    try:
        # Each entry is a list and each context an object, so these separators come
        # between two items. A context contains no other text: its keys are replica ids.
        entry_text, entry_starts = _list_items(entries, orjson.dumps, b"]],[[")
        context_text, context_starts = _list_items(contexts, _dump_sorted, b"},{")
    except orjson.JSONEncodeError:
        return None
    offsets = (_OFFSET_FORMAT * (2 * count + 2)) % (*entry_starts, *context_starts)
    return key_text.encode(), entry_text, context_text, offsets.encode(), count


def _list_items(items: list, dump: Callable[[object], bytes], separator: bytes) -> tuple[bytes, list[int]]:
    """Return the JSON text of ``items`` and where each item's text starts in it, then the text's length.

    ``separator`` is what comes between two items: the last brackets of one, the
    comma and the first brackets of the next. Cutting the whole text there is cheaper
    than encoding each item, and exact when it finds one piece per item. When an item
    contains the separator itself (in a value), each item is encoded to measure it.
    """
    text = dump(items)
    pieces = text.split(separator)
    if len(pieces) == len(items):
        brackets = len(separator) // 2
        # Item i (from 1) starts after the pieces before it and i separators, less its own brackets.
        starts = map(add, accumulate(map(len, pieces[:-1])), range(len(separator) - brackets, len(text), len(separator)))
    else:
        # Item i + 1 starts after item i and its comma.
        starts = accumulate(map(len, map(dump, items[:-1])), lambda start, size: start + size + 1, initial=1)
        next(starts)
    return text, [1, *starts, len(text)]


# The escape that orjson writes for a NUL character inside a text.
_JSON_NUL = b"\\u0000"
_INSERT_REGISTER = "INSERT INTO sync_register (table_name, record_id, field, entries, context) VALUES (?, ?, ?, ?, ?)"


class _StatementWriter(Statements):
    """Run the writes of a first load in a second thread, in the order they are sent.

    ``write_registers``, ``insert`` and ``execute`` encode their statement in the
    calling thread and queue it. They wait only while QUEUED_STATEMENTS statements are
    pending, so the checks of the next lines, or the rows of the next table, are
    computed while SQLite writes the previous ones. A line of registers (see
    _INSERT_REGISTER_LINE) or a batch of rows (a JSON text) goes to SQLite as one
    statement that its C code takes apart, which releases the GIL for the whole
    statement (an executemany takes it back between rows).

    Leaving the block waits for every statement and raises the first error. The calling
    thread uses the connection only through this object meanwhile (``idle_connection``
    waits for the queue to empty).
    """

    # About 2 MB of text a statement: a queue of 32 takes some 70 MB.
    QUEUED_STATEMENTS = 32
    # Rows per insert statement: a statement of a few megabytes, like a line of registers.
    ROWS_PER_STATEMENT = 5000

    def __init__(self, connection: Connection) -> None:
        super().__init__(connection)
        self._whole_lines = _sqlite_cuts_register_lines()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-write")
        self._pending: deque[Future[object]] = deque()
        self._caller = threading.get_ident()
        # Read while nothing is queued, so that filling a searched table waits for nothing.
        # Each is used once: a second fill of the same table reads the new state.
        self._search_states = {table: Statements.search_state(self, table) for table in SEARCHED_TABLES}

    def __enter__(self) -> _StatementWriter:
        event.listen(self.connection, "before_cursor_execute", self._reject_concurrent_use)
        return self

    def _reject_concurrent_use(self, *_statement: object) -> None:
        # sqlite3 connections are not made for two threads at once: a statement of the
        # calling thread while statements wait in the queue would run beside the second thread.
        if self._pending and threading.get_ident() == self._caller:
            raise RuntimeError("The connection was used while statements were queued for the import's writer")

    def __exit__(self, error_type: type[BaseException] | None, *_details: object) -> None:
        event.remove(self.connection, "before_cursor_execute", self._reject_concurrent_use)
        try:
            if error_type is None:
                self._wait_all()
            else:
                # The queued statements are dropped. The running one must end before
                # the transaction is rolled back, and the error already raised is the
                # one to report.
                for pending in self._pending:
                    pending.cancel()
                wait(self._pending)
        finally:
            self._pool.shutdown(cancel_futures=True)

    def execute(self, statement: str, parameters: tuple = ()) -> None:
        self._submit(statement, parameters)

    def insert(self, table: str, keys: list[str], rows: list[tuple]) -> None:
        if not _sqlite_reads_json_values() or _has_decimal_columns(table):
            self.insert_bound(table, keys, rows)
            return
        values = ", ".join(f"value ->> {index}" for index in range(len(keys)))
        statement = f"{self.insert_into(table, keys)} SELECT {values} FROM json_each(?)"
        for start in range(0, len(rows), self.ROWS_PER_STATEMENT):
            chunk = rows[start : start + self.ROWS_PER_STATEMENT]
            try:
                text = orjson.dumps(chunk)
            except orjson.JSONEncodeError:
                text = None  # a text that orjson cannot encode (a lone surrogate)
            if text is None or _JSON_NUL in text:
                # SQLite 3.40's ->> ends a text at a NUL character, so these rows go as bound parameters.
                self.insert_bound(table, keys, chunk)
            else:
                self._submit(statement, (text.decode(),))

    def insert_bound(self, table: str, keys: list[str], rows: list[tuple]) -> None:
        # Python's sqlite3 takes the GIL back between the rows of an executemany, so this
        # suits rows sent while the calling thread has no more Python work to run.
        if rows:
            self._submit(self.insert_values(table, keys), rows)

    def idle_connection(self) -> Connection:
        self._wait_all()
        return self.connection

    def search_state(self, table: str) -> tuple[str, int] | None:
        if table in self._search_states:
            return self._search_states.pop(table)
        return super().search_state(table)

    def write_registers(self, line: CheckedLine) -> None:
        self._submit(*self._register_statement(line))

    def _submit(self, statement: str, parameters: object) -> None:
        while len(self._pending) >= self.QUEUED_STATEMENTS:
            self._pending.popleft().result()
        self._pending.append(self._pool.submit(self.connection.exec_driver_sql, statement, parameters))

    def _wait_all(self) -> None:
        while self._pending:
            self._pending.popleft().result()

    def _register_statement(self, line: CheckedLine) -> tuple[str, object]:
        keys = list(map(itemgetter(0), line.registers))
        if self._whole_lines:
            parameters = _register_line_parameters(keys, line.entries, line.contexts)
            if parameters is not None:
                return _INSERT_REGISTER_LINE, parameters
        return _INSERT_REGISTER, [
            (*key, encode_entries(entries), encode_context(context))
            for key, entries, context in zip(keys, line.entries, line.contexts, strict=True)
        ]


@functools.cache
def _has_decimal_columns(table: str) -> bool:
    """Return whether ``table`` has a Float column.

    SQLite's reading of a decimal number in JSON could differ from Python's in the last
    bit, so the rows of such a table go as bound parameters.
    """
    return any(isinstance(column.type, Float) for column in Base.metadata.tables[table].columns)


@functools.cache
def _sqlite_reads_json_values() -> bool:
    """Return whether this process's SQLite reads back, with ``->>``, the texts and integers orjson wrote.

    A text with a NUL character is left out: ``_StatementWriter.insert`` never sends one this way.
    """
    sample = ["Aé\"\\\n\u2028😀", "x\x01\x1f/", "", 0, -1, 2**62, None]
    connection = sqlite3.connect(":memory:")
    try:
        found = connection.execute(
            "SELECT " + ", ".join(f"value ->> {index}" for index in range(len(sample))) + " FROM json_each(?)",
            (orjson.dumps([sample]).decode(),)).fetchone()
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    return list(found) == sample


@functools.cache
def _sqlite_cuts_register_lines() -> bool:
    """Return whether this process's SQLite reads back, from _INSERT_REGISTER_LINE, the registers given.

    Otherwise the registers go one row at a time.
    """
    values = ["x\x00\x1f/", "", "l'EBE « ça »\n😀", None, 2**62, True]
    registers = [
        (("territory", str(index) * _RECORD_ID_WIDTH, "name"),
         Register.from_lists([["r", index + 1, 2**62, "Aé\"\\", value]], {"r": index + 1, "b": 7, "a": 1}))
        for index, value in enumerate(values)
    ]
    expected = sorted((*key, *register.to_json()) for key, register in registers)
    keys = [key for key, _register in registers]
    entries = [register.entry_lists() for _key, register in registers]
    contexts = [register.context for _key, register in registers]
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE TABLE sync_register (table_name, record_id, field, entries, context)")
        connection.execute(_INSERT_REGISTER_LINE, _register_line_parameters(keys, entries, contexts))
        found = connection.execute("SELECT * FROM sync_register ORDER BY rowid").fetchall()
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    return found == expected
