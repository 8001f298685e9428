"""Read the exchange log: every file this copy wrote, read or undid."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from tzcld_desktop.db.models import ExchangeLogEntry, Peer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExchangeLogView:
    """One line of the exchange log."""

    at: datetime  # UTC, naive as stored
    direction: str  # "export", "import" or "undo"
    file_name: str  # the whole path for exports and imports, the bare name for undos
    peer_person: str
    result: str
    counts: dict[str, int] = field(default_factory=dict)


def list_exchange_log(session: Session, limit: int = 500) -> list[ExchangeLogView]:
    """Return the latest ``limit`` entries of the exchange log, newest first.

    Exports made for a colleague store only that colleague's replica id, so the name is
    taken from the peer table. Entries are ordered by insertion, not by their time,
    because a laptop's clock may have been wrong when an entry was written.
    """
    rows = session.execute(
        select(ExchangeLogEntry, Peer.person)
        .outerjoin(Peer, Peer.replica_id == ExchangeLogEntry.peer_replica_id)
        .order_by(ExchangeLogEntry.id.desc())
        .limit(limit)
    )
    return [
        ExchangeLogView(
            at=entry.at,
            direction=entry.direction,
            file_name=entry.file_name,
            peer_person=entry.peer_person or known_person or "",
            result=entry.result,
            counts=_parse_counts(entry.id, entry.counts),
        )
        for entry, known_person in rows
    ]


def _parse_counts(entry_id: int, counts_json: str) -> dict[str, int]:
    """Return the integer counts of an entry, or no counts when the stored JSON is invalid."""
    try:
        counts = json.loads(counts_json or "{}")
    except json.JSONDecodeError:
        log.warning("Exchange log entry %d has invalid counts JSON: %r", entry_id, counts_json[:200])
        return {}
    if not isinstance(counts, dict):
        return {}
    return {key: value for key, value in counts.items() if isinstance(value, int) and not isinstance(value, bool)}
