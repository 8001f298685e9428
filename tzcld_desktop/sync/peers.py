"""What each peer has reported knowing, and which registers it still lacks.

Every exchange file carries its sender's knowledge (the dots it has seen). An export
"for" a peer includes each register holding a dot that the peer has not reported, so a
lost, repeated or misdelivered file heals at the next exchange.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from tzcld_desktop.db.models import Peer, SyncRegister
from tzcld_desktop.domain.crdt import Dot, Knowledge


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

    With ``known`` None, yield every register (a full snapshot).
    """
    rows = session.execute(
        select(SyncRegister.table_name, SyncRegister.record_id, SyncRegister.field,
               SyncRegister.entries, SyncRegister.context)
        .order_by(SyncRegister.table_name, SyncRegister.record_id, SyncRegister.field)
    )
    prefixes: dict[str, int] = {}
    for row in rows:
        if known is None:
            yield tuple(row)
            continue
        context = json.loads(row.context)
        # Every entry's dot is at most its replica's counter in the context, so when the
        # peer knows each replica's counters from 1 up to the context's, it has it all.
        covered = True
        for replica, counter in context.items():
            if replica not in prefixes:
                prefixes[replica] = known.prefix(replica)
            if counter > prefixes[replica]:
                covered = False
                break
        if covered:
            continue
        entries = json.loads(row.entries)
        if any(not known.contains(dot) for dot in register_dots(entries, context)):
            yield tuple(row)
