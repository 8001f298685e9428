"""Open conflicts and flagged deletions, and how a person settles them.

A conflict is a register holding concurrent different values. Settling it is an
ordinary local write of the chosen (or newly typed) value: it supersedes every value
shown, and it travels to the other copies like any edit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tzcld_desktop.db.capture import decode_value, force_write, stamp_to_datetime
from tzcld_desktop.db.models import SYNCED_MODELS, Departement, Region, SyncRegister
from tzcld_desktop.db.store import Store
from tzcld_desktop.domain.crdt import Register
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from tzcld_desktop.domain.forms import MAX_TEXT_LENGTH

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConflictValue:
    """One of the concurrent values: what it is, who wrote it and when (UTC)."""

    value: Any
    display: str
    author: str
    written_at: datetime
    shown: bool


@dataclass(frozen=True)
class ConflictView:
    table: str
    record_id: str
    record_label: str
    field: str
    values: tuple[ConflictValue, ...]


@dataclass(frozen=True)
class ReviewView:
    """A record deleted on one copy while another copy edited it."""

    table: str
    record_id: str
    record_label: str
    updated_by: str


def record_label(session: Session, table: str, record_id: str) -> str:
    """Return a short name for a record: its name, title or text."""
    row = session.get(SYNCED_MODELS[table], record_id)
    if row is None:
        return record_id
    for attribute in ("name", "title", "text"):
        value = getattr(row, attribute, None)
        if value:
            return value
    if table == "meeting_territory":
        territory = session.get(SYNCED_MODELS["territory"], row.territory_id)
        return territory.name if territory else record_id
    return record_id


def _display(session: Session, table: str, field: str, value: Any) -> str:
    if value is None:
        return ""
    if field == "departement_id":
        departement = session.get(Departement, value)
        return f"{departement.code} – {departement.name}" if departement else str(value)
    if field == "region_id":
        region = session.get(Region, value)
        return region.name if region else str(value)
    if field in ("cluster_id", "territory_id", "meeting_id"):
        target = {"cluster_id": "cluster", "territory_id": "territory", "meeting_id": "meeting"}[field]
        return record_label(session, target, value)
    if isinstance(value, bool):
        return "oui" if value else "non"
    return str(value)


def list_conflicts(session: Session) -> list[ConflictView]:
    """Return every field holding concurrent different values, by record then field."""
    conflicts = []
    rows = session.execute(
        select(SyncRegister.table_name, SyncRegister.record_id, SyncRegister.field,
               SyncRegister.entries, SyncRegister.context).where(SyncRegister.entries.like("[[%],[%"))
    )
    for table, record_id, field, entries, context in rows:
        register = Register.from_json(entries, context)
        if not register.has_conflict():
            continue
        shown = register.displayed()
        model = SYNCED_MODELS[table]
        values = tuple(
            ConflictValue(
                value=decode_value(model, field, entry.value),
                display=_display(session, table, field, entry.value),
                author=entry.author,
                written_at=stamp_to_datetime(entry.hlc),
                shown=entry == shown,
            )
            for entry in sorted(register.entries, key=lambda entry: entry.sort_key(), reverse=True)
        )
        conflicts.append(ConflictView(table, record_id, record_label(session, table, record_id), field, values))
    conflicts.sort(key=lambda conflict: (conflict.record_label.casefold(), conflict.field))
    return conflicts


def list_reviews(session: Session) -> list[ReviewView]:
    """Return the records kept visible because a delete met a concurrent edit."""
    reviews = []
    for table, model in SYNCED_MODELS.items():
        for row in session.scalars(select(model).where(model.needs_review.is_(True))):
            reviews.append(ReviewView(table, row.id, record_label(session, table, row.id), row.updated_by))
    return reviews


def _check_typed_value(field: str, value: Any) -> None:
    if not isinstance(value, str):
        return
    if field in ("name", "text") and not value.strip():
        raise ValidationError({field: QT_TRANSLATE_NOOP("Validation", "Ce champ ne peut pas être vide.")})
    if len(value) > MAX_TEXT_LENGTH:
        raise ValidationError({field: QT_TRANSLATE_NOOP("Validation", "Ce texte est trop long.")})


def resolve_conflict(store: Store, table: str, record_id: str, field: str, value: Any) -> None:
    """Settle a conflict with ``value``: one of the values shown or a new one."""
    _check_typed_value(field, value)
    model = SYNCED_MODELS[table]
    with store.transaction() as session:
        row = session.get(model, record_id)
        if row is None:
            raise UserError("Cet élément n'existe plus : le conflit ne peut pas être réglé.")
        setattr(row, field, value)
        force_write(session, row, field)
    log.info("Conflict settled on %s %s field %s", table, record_id, field)


def settle_review(store: Store, table: str, record_id: str, keep: bool) -> None:
    """Keep a record flagged after a concurrent delete, or confirm its deletion."""
    model = SYNCED_MODELS[table]
    with store.transaction() as session:
        row = session.get(model, record_id)
        if row is None:
            raise UserError("Cet élément n'existe plus : la suppression ne peut pas être examinée.")
        row.deleted = not keep
        force_write(session, row, "deleted")
    log.info("Review settled on %s %s: %s", table, record_id, "kept" if keep else "deleted")


def conflict_rows_for_export(session: Session) -> list[dict[str, str]]:
    """Return the open conflicts as flat rows (one per value) for CSV output."""
    rows = []
    for conflict in list_conflicts(session):
        for value in conflict.values:
            rows.append({
                "table": conflict.table,
                "id": conflict.record_id,
                "element": conflict.record_label,
                "champ": conflict.field,
                "valeur": value.display,
                "auteur": value.author,
                "date": value.written_at.isoformat(timespec="seconds") + "Z",
                "affichee": "oui" if value.shown else "non",
            })
    return rows
