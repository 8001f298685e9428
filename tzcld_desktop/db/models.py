"""SQLAlchemy models: reference data, local state, synced domain tables, registers.

Synced tables (``SyncedMixin``) are the projection of the registers in
``sync_register``: services change their rows, a flush hook records each changed field
as a register write (``tzcld_desktop.db.capture``), and imports rebuild the rows from
the merged registers. Their ids are UUIDs made where the record is created, and a
delete only sets ``deleted``, so the delete can travel to the other copies.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from tzcld_desktop.domain.text import normalize

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Namespace of the deterministic ids of reference rows and of link records, so every
# installation derives the same id from the same official code or pair of ids.
TZCLD_NAMESPACE = uuid.UUID("6f1f6a2e-3c52-5d1e-9a8b-2f7c0d4e9b11")


def new_id() -> str:
    return str(uuid.uuid4())


def derived_id(*parts: str) -> str:
    """Return the uuid5 that every installation computes for the same parts."""
    return str(uuid.uuid5(TZCLD_NAMESPACE, "/".join(parts)))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# -- Reference data (shipped with the application, identical everywhere) -------------


class Region(Base):
    __tablename__ = "region"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, comment="uuid5 of 'region/<INSEE code>'")
    code: Mapped[str] = mapped_column(String(3), unique=True, comment="INSEE region code, a string: '01', '84'")
    name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100), comment="normalised name for search and French sort")


class Departement(Base):
    __tablename__ = "departement"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, comment="uuid5 of 'departement/<INSEE code>'")
    code: Mapped[str] = mapped_column(String(3), unique=True, comment="INSEE code, a string: '07', '2A', '971'")
    name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100))
    region_id: Mapped[str] = mapped_column(ForeignKey("region.id"), index=True)


# -- Local state (never exchanged) ------------------------------------------------------


class LocalReplica(Base):
    """This installation's identity and clocks; a single row."""

    __tablename__ = "local_replica"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    replica_id: Mapped[str] = mapped_column(String(36), comment="identity of this copy in exchange files")
    counter: Mapped[int] = mapped_column(Integer, default=0, comment="counter of the last dot this copy wrote")
    last_stamp: Mapped[int] = mapped_column(Integer, default=0, comment="last hybrid logical clock stamp issued")
    knowledge: Mapped[str] = mapped_column(Text, default="{}", comment="JSON: dots seen, as counter ranges per replica")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    fingerprint: Mapped[str] = mapped_column(
        Text, default="", server_default="", comment="JSON: host, path and inode of the file this identity belongs to"
    )


class Profile(Base):
    """The referent who uses this copy; a single row."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    region_codes: Mapped[str] = mapped_column(Text, default="[]", comment="JSON list of followed region codes")


class Peer(Base):
    """Another copy this one has received a file from, and what it reported knowing."""

    __tablename__ = "peer"

    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person: Mapped[str] = mapped_column(String(200), default="")
    knowledge: Mapped[str] = mapped_column(Text, default="{}", comment="JSON: dots the peer reported seeing")
    last_received_at: Mapped[datetime | None] = mapped_column(DateTime, comment="UTC")


class ExchangeLogEntry(Base):
    """One exchange file written or read by this copy."""

    __tablename__ = "exchange_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    direction: Mapped[str] = mapped_column(String(10), comment="'export' or 'import'")
    at: Mapped[datetime] = mapped_column(DateTime, comment="UTC")
    file_name: Mapped[str] = mapped_column(Text)
    peer_replica_id: Mapped[str] = mapped_column(String(36), default="")
    peer_person: Mapped[str] = mapped_column(String(200), default="")
    counts: Mapped[str] = mapped_column(Text, default="{}", comment="JSON counts of the report")
    result: Mapped[str] = mapped_column(Text, default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="", server_default="", index=True)
    backup_file: Mapped[str] = mapped_column(
        Text, default="", server_default="", comment="copy of the database taken before this import"
    )
    counter_after: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0", comment="this copy's write counter right after the import"
    )


# -- Registers ------------------------------------------------------------------------


class SyncRegister(Base):
    """The merge state of one synced field (see ``tzcld_desktop.domain.crdt``)."""

    __tablename__ = "sync_register"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(40), primary_key=True)
    entries: Mapped[str] = mapped_column(Text, comment="JSON [[replica, counter, stamp, author, value], ...]")
    context: Mapped[str] = mapped_column(Text, comment="JSON {replica: highest counter seen}")


# -- Synced domain tables -------------------------------------------------------------


class SyncedMixin:
    """Columns every synced table has; ``SYNC_FIELDS`` lists the exchanged columns."""

    SYNC_FIELDS: tuple[str, ...] = ()

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, comment="tombstone: hidden, never removed")
    needs_review: Mapped[bool] = mapped_column(
        Boolean, default=False, comment="deleted on one copy while edited on another"
    )
    has_conflict: Mapped[bool] = mapped_column(Boolean, default=False, comment="a field holds concurrent values")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, comment="UTC time of the latest displayed write")
    updated_by: Mapped[str] = mapped_column(String(200), default="")

    @classmethod
    def derived_values(cls, values: dict) -> dict:
        """Return the columns derived from synced ones (search keys), given the synced values."""
        return {}

    def refresh_derived(self) -> None:
        """Recompute the derived columns of this row."""
        for name, value in self.derived_values({"name": getattr(self, "name", None)}).items():
            setattr(self, name, value)


class Cluster(SyncedMixin, Base):
    """A regional cluster (grappe) of territories."""

    __tablename__ = "cluster"
    SYNC_FIELDS = ("deleted", "name", "region_id", "animator", "notes")

    name: Mapped[str] = mapped_column(String(200), default="")
    region_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"), index=True)
    animator: Mapped[str] = mapped_column(Text, default="", comment="animating organisations and people")
    notes: Mapped[str] = mapped_column(Text, default="")


class Territory(SyncedMixin, Base):
    __tablename__ = "territory"
    SYNC_FIELDS = (
        "deleted",
        "name",
        "departement_id",
        "region_id",
        "cluster_id",
        "stage",
        "habilitation_date",
        "habilitation_date_note",
        "communes",
        "notes",
        "source",
    )

    name: Mapped[str] = mapped_column(String(300), default="")
    name_key: Mapped[str] = mapped_column(String(300), default="", index=True, comment="normalised name")
    departement_id: Mapped[str | None] = mapped_column(ForeignKey("departement.id"), index=True)
    region_id: Mapped[str | None] = mapped_column(
        ForeignKey("region.id"), index=True, comment="the département's region, or set alone when it is unknown"
    )
    cluster_id: Mapped[str | None] = mapped_column(String(36), index=True, comment="cluster.id; no foreign key")
    stage: Mapped[str] = mapped_column(String(20), default="interesse", comment="tzcld_desktop.domain.stages.Stage")
    habilitation_date: Mapped[date | None] = mapped_column(Date)
    habilitation_date_note: Mapped[str] = mapped_column(
        Text, default="", comment="the date as written when it is approximate, doubtful or annotated"
    )
    communes: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")

    @classmethod
    def derived_values(cls, values: dict) -> dict:
        return {"name_key": normalize(values.get("name") or "")}


class Meeting(SyncedMixin, Base):
    __tablename__ = "meeting"
    SYNC_FIELDS = ("deleted", "cluster_id", "title", "meeting_date", "place", "minutes", "decisions")

    cluster_id: Mapped[str | None] = mapped_column(String(36), index=True, comment="cluster.id; no foreign key")
    title: Mapped[str] = mapped_column(String(300), default="")
    meeting_date: Mapped[date | None] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")


class MeetingTerritory(SyncedMixin, Base):
    """A territory attending a meeting; its id is derived from both ids."""

    __tablename__ = "meeting_territory"
    SYNC_FIELDS = ("deleted", "meeting_id", "territory_id")

    meeting_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    territory_id: Mapped[str] = mapped_column(String(36), default="", index=True)


class Action(SyncedMixin, Base):
    __tablename__ = "action"
    SYNC_FIELDS = ("deleted", "text", "owner", "due_date", "status", "territory_id", "meeting_id")

    text: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="a_faire", comment="domain.stages.ActionStatus")
    territory_id: Mapped[str | None] = mapped_column(String(36), index=True, comment="territory.id; no foreign key")
    meeting_id: Mapped[str | None] = mapped_column(String(36), index=True, comment="meeting.id; no foreign key")


SYNCED_MODELS: dict[str, type[SyncedMixin]] = {
    model.__tablename__: model for model in (Cluster, Territory, Meeting, MeetingTerritory, Action)
}

Index("ix_territory_stage_name", Territory.stage, Territory.name_key)
