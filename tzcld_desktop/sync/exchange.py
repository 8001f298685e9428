"""Export the registers to an exchange file, and merge one back in, all or nothing.

An exchange file (see ``container``) holds ``manifest.json`` and ``registers.ndjson``,
one line per synced field::

    {"t": table, "r": record id, "f": field, "e": [[replica, counter, stamp, author, value]], "c": {replica: counter}}

Import validates the whole file before touching the database, takes a backup, then
merges every register and rebuilds the affected rows in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from tzcld_desktop import __version__
from tzcld_desktop.db import schema
from tzcld_desktop.db.backup import make_backup
from tzcld_desktop.db.capture import APPLYING_SYNC
from tzcld_desktop.db.models import SYNCED_MODELS, ExchangeLogEntry, LocalReplica, Profile, SyncRegister
from tzcld_desktop.db.projection import load_record_registers, project_records
from tzcld_desktop.db.store import Store
from tzcld_desktop.domain.crdt import Knowledge, Register, clamp_stamp
from tzcld_desktop.domain.errors import ExchangeFileError, translate
from tzcld_desktop.domain.frenchtext import plural
from tzcld_desktop.sync.container import read_exchange_file, write_exchange_file
from tzcld_desktop.sync.peers import peer_knowledge, record_peer, registers_missing_from
from tzcld_desktop.sync.validation import check_references, parse_manifest, parse_register_line

log = logging.getLogger(__name__)

REGISTERS_MEMBER = "registers.ndjson"
# Registers per member: keeps every member far below the container's size limit for one
# member (about 250 bytes a register, so some 50 MB), whatever the size of the store.
REGISTERS_PER_MEMBER = 200_000
_EXTRA_MEMBER = re.compile(r"registers-(\d{1,6})\.ndjson")


def register_member_names(count: int) -> list[str]:
    """Return the member names for ``count`` registers: registers.ndjson, registers-2.ndjson, …"""
    chunks = max(1, -(-count // REGISTERS_PER_MEMBER))
    return [REGISTERS_MEMBER] + [f"registers-{index}.ndjson" for index in range(2, chunks + 1)]
# The interface requests a second confirmation before an import hides this many records or more.
MANY_DELETIONS = 10
CONTEXT = "Exchange"


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
    counts_by_table: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False

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
        if self.clamped_stamps:
            lines.append(
                translate(
                    CONTEXT,
                    "L'horloge de l'ordinateur de l'expéditeur ({person}) était en avance de plus d'un jour : "
                    "{count} ramenées à aujourd'hui. Demandez-lui de régler son horloge.",
                ).format(person=sender, count=plural(self.clamped_stamps, translate(CONTEXT, "date"),
                                                      translate(CONTEXT, "dates")))
            )
        return "\n".join(lines)

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


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def export_data(
    store: Store, path: Path, passphrase: str | None = None, for_peer: str | None = None
) -> ExchangeReport:
    """Write an exchange file: everything, or what peer ``for_peer`` has not reported knowing."""
    with store.session() as session:
        replica = session.scalars(select(LocalReplica)).one()
        profile = session.get(Profile, 1)
        person = profile.name if profile else ""
        base = peer_knowledge(session, for_peer) if for_peer else None
        lines: list[bytes] = []
        records_by_table: dict[str, set[str]] = defaultdict(set)
        for table, record_id, field_name, entries, context in registers_missing_from(session, base):
            records_by_table[table].add(record_id)
            line = f'{{"t":{json.dumps(table)},"r":{json.dumps(record_id)},"f":{json.dumps(field_name)},' \
                   f'"e":{entries},"c":{context}}}\n'
            lines.append(line.encode("utf-8"))
        knowledge = json.loads(replica.knowledge)
        replica_id = replica.replica_id
    counts = {table: len(ids) for table, ids in sorted(records_by_table.items())}
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
        "registers": len(lines),
    }
    members = {
        name: b"".join(lines[index * REGISTERS_PER_MEMBER : (index + 1) * REGISTERS_PER_MEMBER])
        for index, name in enumerate(register_member_names(len(lines)))
    }
    write_exchange_file(path, manifest, members, passphrase)
    report = ExchangeReport("export", path, person, records=sum(counts.values()), counts_by_table=counts)
    _log_exchange(store, report, for_peer or "", "", "ok")
    log.info("Exported %d records (%d registers) to %s", report.records, len(lines), path.name)
    return report


@dataclass
class _ParsedFile:
    sender: dict[str, str]
    knowledge: Knowledge
    base: Knowledge
    incoming: dict[tuple[str, str, str], Register]
    sha256: str


def _read(path: Path, passphrase: str | None) -> _ParsedFile:
    exchange_file = read_exchange_file(path, passphrase)
    sender, knowledge, base = parse_manifest(exchange_file.manifest)
    if REGISTERS_MEMBER not in exchange_file.members:
        raise ExchangeFileError(
            "Le fichier {file} ne contient pas de données ({member} manquant). "
            "Demandez à l'expéditeur de refaire l'export.",
            file=path.name,
            member=REGISTERS_MEMBER,
        )
    extra = sorted(
        (int(match.group(1)), name)
        for name in exchange_file.members
        if (match := _EXTRA_MEMBER.fullmatch(name))
    )
    names = [REGISTERS_MEMBER] + [name for _index, name in extra]
    payloads = (payload for name in names for payload in exchange_file.iter_ndjson(name))
    incoming: dict[tuple[str, str, str], Register] = {}
    for line_number, payload in enumerate(payloads, start=1):
        key, register = parse_register_line(payload, line_number)
        if key in incoming:
            raise ExchangeFileError(
                "Le fichier {file} est incohérent : le champ {field} de l'élément {record} apparaît deux fois "
                "(ligne {line}). Demandez à l'expéditeur de refaire l'export.",
                file=path.name, field=key[2], record=key[1], line=line_number,
            )
        incoming[key] = register
    return _ParsedFile(sender, knowledge, base, incoming, file_sha256(path))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class _DryRun(Exception):
    """Raised inside the import transaction to roll a preview back."""


def import_data(
    store: Store, path: Path, passphrase: str | None = None, dry_run: bool = False
) -> ExchangeReport:
    """Merge an exchange file into the store; on any error the store is left unchanged.

    With ``dry_run`` the merge runs and is rolled back: the report previews what an
    import would change, and nothing is written, not even a backup.
    """
    parsed = _read(path, passphrase)
    with store.session() as session:
        check_references(session, parsed.incoming)
    report = ExchangeReport("import", path, parsed.sender["person"], dry_run=dry_run)
    backup = None if dry_run else make_backup(store.db_path, "import")
    try:
        with store.transaction() as session:
            session.info[APPLYING_SYNC] = True
            _merge(session, parsed.incoming, report)
            replica = session.scalars(select(LocalReplica)).one()
            _learn(replica, parsed)
            record_peer(session, parsed.sender["replica"], parsed.sender["person"], parsed.knowledge, _now())
            newest = max((entry.hlc for reg in parsed.incoming.values() for entry in reg.entries), default=0)
            replica.last_stamp = max(replica.last_stamp, clamp_stamp(newest)[0])
            if dry_run:
                raise _DryRun
            session.add(ExchangeLogEntry(
                direction="import", at=_now(), file_name=str(path), peer_replica_id=parsed.sender["replica"],
                peer_person=parsed.sender["person"], counts=json.dumps(report.counts()), result="ok",
                file_sha256=parsed.sha256, backup_file=str(backup), counter_after=replica.counter,
            ))
    except _DryRun:
        log.info("Previewed %s from replica %s: %s", path.name, parsed.sender["replica"], report.counts())
        return report
    log.info("Imported %s from replica %s: %s", path.name, parsed.sender["replica"], report.counts())
    return report


def _learn(replica: LocalReplica, parsed: _ParsedFile) -> None:
    """Add to this copy's knowledge what merging the file taught it."""
    local = Knowledge(json.loads(replica.knowledge))
    if local.includes(parsed.base):
        local.update(parsed.knowledge)
    else:
        # A file built for someone who knew more than this copy (a misdelivered
        # incremental file): only the dots it carries are now known.
        for register in parsed.incoming.values():
            for entry in register.entries:
                local.add(entry.dot)
    replica.knowledge = json.dumps(local.to_dict())


def _merge(session: Session, incoming: dict[tuple[str, str, str], Register], report: ExchangeReport) -> None:
    """Merge the incoming registers, table by table, with bulk reads and writes."""
    by_table: dict[str, dict[str, dict[str, Register]]] = defaultdict(lambda: defaultdict(dict))
    for (table, record_id, field_name), register in incoming.items():
        by_table[table][record_id][field_name] = register
    for table, records in by_table.items():
        model = SYNCED_MODELS[table]
        existing = load_record_registers(session, table, records.keys())
        before = _states_in_chunks(session, model, list(records))
        new_registers, changed_registers = [], []
        changed_records: dict[str, dict[str, Register]] = {}
        for record_id, fields in records.items():
            current = existing.get(record_id, {})
            for field_name, register in fields.items():
                # Stamps are stored as sent: clamping them with this copy's clock would
                # make copies disagree. A far-future stamp only limits the local clock.
                report.clamped_stamps += _future_stamps(register)
                old = current.get(field_name)
                merged = register if old is None else old.merge(register)
                if old is not None and merged == old:
                    continue
                entries_json, context_json = merged.to_json()
                row = {"table_name": table, "record_id": record_id, "field": field_name,
                       "entries": entries_json, "context": context_json}
                (new_registers if old is None else changed_registers).append(row)
                current[field_name] = merged
                changed_records[record_id] = current
        register_table = SyncRegister.__table__
        if new_registers:
            session.connection().execute(register_table.insert(), new_registers)
        if changed_registers:
            session.connection().execute(
                register_table.update()
                .where(register_table.c.table_name == bindparam("key_table"),
                       register_table.c.record_id == bindparam("key_record"),
                       register_table.c.field == bindparam("key_field"))
                .values(entries=bindparam("entries"), context=bindparam("context")),
                [{"key_table": row["table_name"], "key_record": row["record_id"], "key_field": row["field"],
                  "entries": row["entries"], "context": row["context"]} for row in changed_registers],
            )
        after = project_records(session, table, changed_records, set(before))
        _count(model, len(records), before, after, report)


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


def _future_stamps(register: Register) -> int:
    return sum(clamp_stamp(entry.hlc)[1] for entry in register.entries)

def _log_exchange(store: Store, report: ExchangeReport, replica_id: str, person: str, result: str) -> None:
    with store.transaction() as session:
        session.add(ExchangeLogEntry(direction=report.direction, at=_now(), file_name=str(report.path),
                                     peer_replica_id=replica_id, peer_person=person,
                                     counts=json.dumps(report.counts()), result=result))
