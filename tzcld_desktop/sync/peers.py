"""What each peer has reported knowing, and which registers it still lacks.

Every exchange file carries its sender's knowledge (the dots it has seen). An export
"for" a peer includes each register holding a dot that the peer has not reported, so a
lost, repeated or misdelivered file heals at the next exchange.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tzcld_desktop.db.models import Peer, SyncBulkLoad, SyncRegister
from tzcld_desktop.domain.crdt import Dot, Knowledge

# Records per query, well under SQLite's limit of bound parameters.
_CHUNK = 500


@dataclass(frozen=True)
class PeerView:
    replica_id: str
    person: str
    last_received_at: datetime | None


def list_peers(session: Session) -> list[PeerView]:
    """Return the copies this one has received files from, most recent first."""
    rows = session.scalars(select(Peer).order_by(Peer.last_received_at.desc()))
    return [PeerView(peer.replica_id, peer.person, peer.last_received_at) for peer in rows]


def peer_knowledge(session: Session, replica_id: str) -> Knowledge:
    peer = session.get(Peer, replica_id)
    return Knowledge(json.loads(peer.knowledge)) if peer else Knowledge()


def record_peer(session: Session, replica_id: str, person: str, knowledge: Knowledge, received_at: datetime) -> None:
    """Remember what a peer reported knowing in the file just imported."""
    peer = session.get(Peer, replica_id)
    if peer is None:
        peer = Peer(replica_id=replica_id, person=person, knowledge="{}")
        session.add(peer)
    known = Knowledge(json.loads(peer.knowledge))
    known.update(knowledge)
    peer.knowledge = json.dumps(known.to_dict())
    peer.person = person or peer.person
    peer.last_received_at = received_at


def register_dots(entries: list, context: dict) -> Iterator[Dot]:
    """Yield the dots a register state depends on: its entries and its context maxima."""
    for replica, counter, *_rest in entries:
        yield Dot(replica, counter)
    for replica, counter in context.items():
        yield Dot(replica, counter)


def registers_missing_from(session: Session, known: Knowledge | None) -> Iterator[tuple[str, str, str, str, str]]:
    """Yield ``(table, record, field, entries JSON, context JSON)`` the holder of ``known`` lacks.

    With ``known`` None, yield every register (a full snapshot), in no particular order.
    Otherwise the dot index ``sync_dot`` names the registers holding a dot that ``known``
    lacks, and they are yielded in key order. Registers loaded in bulk have no rows in
    that index (see ``SyncBulkLoad``): when ``known`` lacks part of what they may hold,
    every register is read and checked, in no particular order.
    """
    every_register = select(SyncRegister.table_name, SyncRegister.record_id, SyncRegister.field,
                            SyncRegister.entries, SyncRegister.context)
    if known is None:
        yield from session.execute(every_register)
        return
    if _lacks_bulk_loads(session, known):
        rows = session.execute(every_register)
    else:
        rows = _read_registers(session, _registers_with_missing_dots(session, known))
    for row in rows:
        entries = json.loads(row[3])
        context = json.loads(row[4])
        # A dot that a later write superseded may have named this register.
        if any(not known.contains(dot) for dot in register_dots(entries, context)):
            yield row


def _lacks_bulk_loads(session: Session, known: Knowledge) -> bool:
    """Return whether ``known`` lacks some dot that the registers loaded in bulk may hold."""
    return any(not known.includes(Knowledge(json.loads(covered)))
               for covered in session.scalars(select(SyncBulkLoad.knowledge)))


def _replicas_in_dot_index(session: Session) -> list[str]:
    """Return the replicas of the dot index, one index seek each."""
    replicas: list[str] = []
    statement = text("SELECT min(replica) FROM sync_dot WHERE replica > :after")
    after = ""
    while (replica := session.execute(statement, {"after": after}).scalar()) is not None:
        replicas.append(replica)
        after = replica
    return replicas


def _registers_with_missing_dots(session: Session, known: Knowledge) -> set[tuple[str, str, str]]:
    """Return the keys of the registers that have a dot in the index that ``known`` lacks."""
    keys: set[tuple[str, str, str]] = set()
    bounded = text("SELECT table_name, record_id, field FROM sync_dot "
                   "WHERE replica = :replica AND counter BETWEEN :start AND :end")
    open_ended = text("SELECT table_name, record_id, field FROM sync_dot WHERE replica = :replica AND counter >= :start")
    for replica in _replicas_in_dot_index(session):
        for start, end in known.missing_ranges(replica):
            if end is None:
                rows = session.execute(open_ended, {"replica": replica, "start": start})
            else:
                rows = session.execute(bounded, {"replica": replica, "start": start, "end": end})
            keys.update(tuple(row) for row in rows)
    return keys


def _read_registers(session: Session, keys: set[tuple[str, str, str]]) -> list[tuple[str, str, str, str, str]]:
    """Return the registers with these keys, sorted by key, reading each record's registers at once."""
    fields_by_record: dict[tuple[str, str], set[str]] = defaultdict(set)
    for table, record_id, field in keys:
        fields_by_record[(table, record_id)].add(field)
    records_by_table: dict[str, list[str]] = defaultdict(list)
    for table, record_id in fields_by_record:
        records_by_table[table].append(record_id)
    found = []
    for table, record_ids in records_by_table.items():
        for start in range(0, len(record_ids), _CHUNK):
            rows = session.execute(
                select(SyncRegister.table_name, SyncRegister.record_id, SyncRegister.field,
                       SyncRegister.entries, SyncRegister.context)
                .where(SyncRegister.table_name == table, SyncRegister.record_id.in_(record_ids[start : start + _CHUNK]))
            )
            found += [tuple(row) for row in rows if row[2] in fields_by_record[(table, row[1])]]
    found.sort()
    return found
