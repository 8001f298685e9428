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

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Text, text
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
    """Columns every synced table has; ``SYNC_FIELDS`` lists the exchanged columns.

    ``DERIVED`` maps a local column to the synced field it is computed from (a
    normalised copy for accent- and case-insensitive search).
    """

    SYNC_FIELDS: tuple[str, ...] = ()
    DERIVED: dict[str, str] = {}

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
        """Return the derived columns whose source field is among ``values``."""
        return {
            column: normalize(values.get(source) or "")
            for column, source in cls.DERIVED.items()
            if source in values
        }

    def refresh_derived(self) -> None:
        """Recompute the derived columns of this row."""
        values = {source: getattr(self, source) for source in self.DERIVED.values()}
        for name, value in self.derived_values(values).items():
            setattr(self, name, value)


class Cluster(SyncedMixin, Base):
    """A regional cluster (grappe) of territories."""

    __tablename__ = "cluster"
    SYNC_FIELDS = ("deleted", "name", "region_id", "animator", "notes", "referent")

    name: Mapped[str] = mapped_column(String(200), default="")
    region_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"), index=True)
    animator: Mapped[str] = mapped_column(Text, default="", comment="animating organisations and people")
    notes: Mapped[str] = mapped_column(Text, default="")
    referent: Mapped[str] = mapped_column(
        String(200), default="", server_default="", comment="the national referent in pair with the animators"
    )


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
        "habilitation_act",
        "habilitation_published_on",
        "epci",
        "qpv",
        "perimeter_note",
        "cle_president",
        "cle_members",
        "cle_created_on",
        "health",
        "health_reason",
    )
    DERIVED = {"name_key": "name"}

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
    habilitation_act: Mapped[str] = mapped_column(
        String(20), default="", server_default="", comment="domain.vocabulary.HabilitationAct"
    )
    habilitation_published_on: Mapped[date | None] = mapped_column(Date, comment="publication in the Journal officiel")
    epci: Mapped[str] = mapped_column(Text, default="", server_default="")
    qpv: Mapped[str] = mapped_column(Text, default="", server_default="", comment="quartiers prioritaires")
    perimeter_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    cle_president: Mapped[str] = mapped_column(String(200), default="", server_default="")
    cle_members: Mapped[str] = mapped_column(
        Text, default="", server_default="", comment="one organisation or person per line"
    )
    cle_created_on: Mapped[date | None] = mapped_column(Date)
    health: Mapped[str] = mapped_column(String(20), default="", server_default="", comment="domain.vocabulary.Health")
    health_reason: Mapped[str] = mapped_column(Text, default="", server_default="")



class Meeting(SyncedMixin, Base):
    __tablename__ = "meeting"
    SYNC_FIELDS = (
        "deleted",
        "cluster_id",
        "title",
        "meeting_date",
        "place",
        "minutes",
        "decisions",
        "kind",
        "start_time",
        "duration_minutes",
        "video_link",
        "status",
        "previous_meeting_id",
    )

    cluster_id: Mapped[str | None] = mapped_column(String(36), index=True, comment="cluster.id; no foreign key")
    title: Mapped[str] = mapped_column(String(300), default="")
    meeting_date: Mapped[date | None] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(
        String(20), default="grappe", server_default="grappe", comment="domain.vocabulary.MeetingKind"
    )
    start_time: Mapped[str] = mapped_column(String(5), default="", server_default="", comment="'HH:MM' or empty")
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    video_link: Mapped[str] = mapped_column(Text, default="", server_default="")
    status: Mapped[str] = mapped_column(
        String(20), default="planifiee", server_default="planifiee", comment="domain.vocabulary.MeetingStatus"
    )
    previous_meeting_id: Mapped[str | None] = mapped_column(
        String(36), comment="the meeting this one follows in a series; no foreign key"
    )


class MeetingTerritory(SyncedMixin, Base):
    """A territory attending a meeting; its id is derived from both ids."""

    __tablename__ = "meeting_territory"
    SYNC_FIELDS = ("deleted", "meeting_id", "territory_id", "present", "attendees")

    meeting_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    territory_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    present: Mapped[bool | None] = mapped_column(Boolean, comment="None until the meeting is held")
    attendees: Mapped[int | None] = mapped_column(Integer, comment="number of people of the territory present")


class Action(SyncedMixin, Base):
    __tablename__ = "action"
    SYNC_FIELDS = (
        "deleted", "text", "owner", "due_date", "status", "territory_id", "meeting_id", "agenda_item_id", "done_on",
    )
    DERIVED = {"text_key": "text"}

    text: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="a_faire", comment="domain.stages.ActionStatus")
    territory_id: Mapped[str | None] = mapped_column(String(36), index=True, comment="territory.id; no foreign key")
    meeting_id: Mapped[str | None] = mapped_column(String(36), index=True, comment="meeting.id; no foreign key")
    agenda_item_id: Mapped[str | None] = mapped_column(String(36), comment="agenda_item.id; no foreign key")
    done_on: Mapped[date | None] = mapped_column(Date, comment="when the status became done")
    text_key: Mapped[str] = mapped_column(Text, default="", server_default="", comment="normalised text")


# -- The territory record --------------------------------------------------------------


class StageEvent(SyncedMixin, Base):
    """A dated step of a territory's path (charter signed, dossier filed, arrêté…)."""

    __tablename__ = "stage_event"
    SYNC_FIELDS = ("deleted", "territory_id", "step", "event_date", "published_on", "comment")

    territory_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    step: Mapped[str] = mapped_column(String(30), default="", comment="domain.vocabulary.StageStep")
    event_date: Mapped[date | None] = mapped_column(Date)
    published_on: Mapped[date | None] = mapped_column(Date, comment="publication of an arrêté or décret")
    comment: Mapped[str] = mapped_column(Text, default="")


class PhaseProgress(SyncedMixin, Base):
    """Progress of a territory in one phase of the method; id derived from both keys."""

    __tablename__ = "phase_progress"
    SYNC_FIELDS = ("deleted", "territory_id", "phase", "status", "status_date", "comment")

    territory_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    phase: Mapped[str] = mapped_column(String(30), default="", comment="domain.vocabulary.MethodPhase")
    status: Mapped[str] = mapped_column(String(20), default="a_venir", comment="domain.vocabulary.PhaseStatus")
    status_date: Mapped[date | None] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="")


class CriterionCheck(SyncedMixin, Base):
    """One criterion of the cahier des charges for a territory; id derived from both keys."""

    __tablename__ = "criterion_check"
    SYNC_FIELDS = ("deleted", "territory_id", "criterion", "status", "status_date", "comment", "proof_document_id")

    territory_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    criterion: Mapped[str] = mapped_column(String(30), default="", comment="domain.vocabulary.Criterion")
    status: Mapped[str] = mapped_column(String(20), default="non_commence", comment="domain.vocabulary.CriterionStatus")
    status_date: Mapped[date | None] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="")
    proof_document_id: Mapped[str | None] = mapped_column(String(36), comment="document.id; no foreign key")


class Ebe(SyncedMixin, Base):
    """An entreprise à but d'emploi of a territory."""

    __tablename__ = "ebe"
    SYNC_FIELDS = ("deleted", "territory_id", "name", "opening_date", "sectors", "max_etp")

    territory_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    opening_date: Mapped[date | None] = mapped_column(Date)
    sectors: Mapped[str] = mapped_column(Text, default="")
    max_etp: Mapped[float | None] = mapped_column(Float, comment="full-time equivalents funded by the convention")


class IndicatorValue(SyncedMixin, Base):
    """One dated value of an indicator of a territory (or of one of its EBEs)."""

    __tablename__ = "indicator_value"
    SYNC_FIELDS = ("deleted", "territory_id", "ebe_id", "indicator", "value_date", "value", "comment")

    territory_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    ebe_id: Mapped[str | None] = mapped_column(String(36), comment="ebe.id for an EBE headcount; no foreign key")
    indicator: Mapped[str] = mapped_column(String(30), default="", comment="domain.vocabulary.Indicator")
    value_date: Mapped[date | None] = mapped_column(Date)
    value: Mapped[float | None] = mapped_column(Float)
    comment: Mapped[str] = mapped_column(Text, default="")


class Contact(SyncedMixin, Base):
    """A person a referent works with, on a territory or in a cluster."""

    __tablename__ = "contact"
    SYNC_FIELDS = (
        "deleted", "territory_id", "cluster_id", "name", "role", "organisation", "phone", "email",
        "personal", "notes",
    )
    DERIVED = {"name_key": "name", "organisation_key": "organisation"}

    territory_id: Mapped[str | None] = mapped_column(String(36), index=True)
    cluster_id: Mapped[str | None] = mapped_column(String(36), index=True, comment="for animators of a cluster")
    name: Mapped[str] = mapped_column(String(200), default="")
    name_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    role: Mapped[str] = mapped_column(String(20), default="autre", comment="domain.vocabulary.ContactRole")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    organisation_key: Mapped[str] = mapped_column(String(300), default="", comment="normalised organisation")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    personal: Mapped[bool] = mapped_column(
        Boolean, default=True, comment="holds personal data (GDPR): left out of PDFs unless asked"
    )
    notes: Mapped[str] = mapped_column(Text, default="")


class JournalNote(SyncedMixin, Base):
    """A dated note of a territory's journal: visit, call, meeting, e-mail."""

    __tablename__ = "journal_note"
    SYNC_FIELDS = ("deleted", "territory_id", "meeting_id", "note_date", "kind", "author", "text")
    DERIVED = {"text_key": "text"}

    territory_id: Mapped[str | None] = mapped_column(String(36), index=True)
    meeting_id: Mapped[str | None] = mapped_column(String(36), index=True, comment="set when filed from a meeting")
    note_date: Mapped[date | None] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20), default="autre", comment="domain.vocabulary.NoteKind")
    author: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    text_key: Mapped[str] = mapped_column(Text, default="")


class Document(SyncedMixin, Base):
    """A file stored once by content hash in the data folder, or a web link.

    A document attached to a territory or meeting has ``in_library`` false; the
    document base contains the ones with ``in_library`` true.
    """

    __tablename__ = "document"
    SYNC_FIELDS = (
        "deleted", "title", "description", "file_name", "sha256", "size", "media_type", "link",
        "in_library", "category", "tags", "stages", "source", "version", "document_date",
        "superseded_by_id", "language", "added_on",
    )
    DERIVED = {"title_key": "title"}

    title: Mapped[str] = mapped_column(String(300), default="")
    title_key: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str] = mapped_column(String(255), default="", comment="original name, shown and used on open")
    sha256: Mapped[str] = mapped_column(String(64), default="", index=True, comment="content hash; empty for a link")
    size: Mapped[int | None] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="")
    link: Mapped[str] = mapped_column(Text, default="", comment="web address for a document kept as a reference")
    in_library: Mapped[bool] = mapped_column(Boolean, default=False)
    category: Mapped[str] = mapped_column(String(20), default="autre", comment="domain.vocabulary.DocumentCategory")
    tags: Mapped[str] = mapped_column(Text, default="", comment="comma-separated")
    stages: Mapped[str] = mapped_column(Text, default="", comment="comma-separated Stage values it serves")
    source: Mapped[str] = mapped_column(String(300), default="", comment="author or source")
    version: Mapped[str] = mapped_column(String(50), default="")
    document_date: Mapped[date | None] = mapped_column(Date)
    superseded_by_id: Mapped[str | None] = mapped_column(String(36), comment="the newer version; no foreign key")
    language: Mapped[str] = mapped_column(String(10), default="fr")
    added_on: Mapped[date | None] = mapped_column(Date)


class DocumentLink(SyncedMixin, Base):
    """A document given to a territory or attached to a meeting."""

    __tablename__ = "document_link"
    SYNC_FIELDS = ("deleted", "document_id", "territory_id", "meeting_id", "given_on", "comment")

    document_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    territory_id: Mapped[str | None] = mapped_column(String(36), index=True)
    meeting_id: Mapped[str | None] = mapped_column(String(36), index=True)
    given_on: Mapped[date | None] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="")


# -- Meetings in depth ------------------------------------------------------------------


class AgendaItem(SyncedMixin, Base):
    """An item of a meeting's agenda, in a section (a theme or an attending territory)."""

    __tablename__ = "agenda_item"
    SYNC_FIELDS = (
        "deleted", "meeting_id", "section", "territory_id", "position", "title", "presenter",
        "duration_minutes", "minutes", "status",
    )

    meeting_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    section: Mapped[str] = mapped_column(String(300), default="")
    territory_id: Mapped[str | None] = mapped_column(String(36), comment="set for a territory's section")
    position: Mapped[float] = mapped_column(Float, default=0.0, comment="order; a move writes a value in between")
    title: Mapped[str] = mapped_column(String(300), default="")
    presenter: Mapped[str] = mapped_column(String(200), default="")
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    minutes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="ouvert", comment="domain.vocabulary.ItemStatus")


class Outcome(SyncedMixin, Base):
    """A decision or information recorded on an agenda item (actions are ``Action`` rows)."""

    __tablename__ = "outcome"
    SYNC_FIELDS = ("deleted", "meeting_id", "agenda_item_id", "territory_id", "kind", "text")

    meeting_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(String(36), index=True)
    territory_id: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20), default="decision", comment="domain.vocabulary.OutcomeKind")
    text: Mapped[str] = mapped_column(Text, default="")


class MeetingPerson(SyncedMixin, Base):
    """A person invited to a meeting, from the contacts or typed in."""

    __tablename__ = "meeting_person"
    SYNC_FIELDS = ("deleted", "meeting_id", "contact_id", "name", "organisation", "territory_id", "invited", "present")

    meeting_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    contact_id: Mapped[str | None] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    territory_id: Mapped[str | None] = mapped_column(String(36))
    invited: Mapped[bool] = mapped_column(Boolean, default=True)
    present: Mapped[bool | None] = mapped_column(Boolean, comment="None until the meeting is held")


class Need(SyncedMixin, Base):
    """A need raised (remontée de besoin) by a territory, for the national team."""

    __tablename__ = "need"
    SYNC_FIELDS = ("deleted", "meeting_id", "territory_id", "cluster_id", "category", "description", "status",
                   "raised_on")
    DERIVED = {"description_key": "description"}

    meeting_id: Mapped[str | None] = mapped_column(String(36), index=True)
    territory_id: Mapped[str | None] = mapped_column(String(36), index=True)
    cluster_id: Mapped[str | None] = mapped_column(String(36), index=True)
    category: Mapped[str] = mapped_column(String(20), default="autre", comment="domain.vocabulary.NeedCategory")
    description: Mapped[str] = mapped_column(Text, default="")
    description_key: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="ouvert", comment="domain.vocabulary.NeedStatus")
    raised_on: Mapped[date | None] = mapped_column(Date)


class AgendaTemplate(SyncedMixin, Base):
    """A reusable agenda for a type of meeting."""

    __tablename__ = "agenda_template"
    SYNC_FIELDS = ("deleted", "name", "kind", "items")

    name: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20), default="grappe", comment="domain.vocabulary.MeetingKind")
    items: Mapped[str] = mapped_column(
        Text, default="[]", comment="JSON list of {section, title, presenter, duration_minutes}"
    )


SYNCED_MODELS: dict[str, type[SyncedMixin]] = {
    model.__tablename__: model
    for model in (
        Cluster, Territory, Meeting, MeetingTerritory, Action, StageEvent, PhaseProgress, CriterionCheck, Ebe,
        IndicatorValue, Contact, JournalNote, Document, DocumentLink, AgendaItem, Outcome, MeetingPerson, Need,
        AgendaTemplate,
    )
}

Index("ix_territory_stage_name", Territory.stage, Territory.name_key)
# Covers the overdue count of the dashboard, grouped by territory and meeting.
Index("ix_action_open_due", Action.deleted, Action.status, Action.due_date, Action.territory_id, Action.meeting_id)
Index("ix_journal_note_territory_date", JournalNote.territory_id, JournalNote.note_date)
Index("ix_indicator_territory", IndicatorValue.territory_id, IndicatorValue.indicator, IndicatorValue.value_date)
# Read indexes of migration 0008 for the home dashboard. A query uses a partial one only
# when its WHERE clause repeats the condition with these literal values.
Index("ix_territory_live_by_name", Territory.name_key, Territory.id, Territory.region_id, Territory.stage,
      Territory.health, sqlite_where=text("deleted IS 0"))
Index("ix_action_open_by_territory", Action.territory_id, Action.meeting_id, Action.due_date, Action.deleted,
      Action.status, sqlite_where=text("deleted IS 0 AND status IN ('a_faire', 'en_cours')"))
# Read indexes of migration 0010: the live notes by date, for the dashboard's "no
# contact" count, and the live contacts as the global search reads them.
Index("ix_journal_note_live_by_date", JournalNote.note_date, JournalNote.territory_id, JournalNote.deleted,
      sqlite_where=text("deleted IS 0"))
Index("ix_contact_live_search", Contact.name_key, Contact.id, Contact.organisation_key, Contact.email,
      Contact.territory_id, Contact.deleted, sqlite_where=text("deleted IS 0"))
# Local indexes of migration 0006: per synced table, its records flagged for the status bar.
for _model in SYNCED_MODELS.values():
    Index(f"ix_{_model.__tablename__}_open_items", _model.id,
          sqlite_where=_model.has_conflict.is_(True) | _model.needs_review.is_(True))


# -- Dot index and import undo (local, never exchanged) -------------------------------


class SyncDot(Base):
    """One dot that a register depends on: an entry's dot or a context maximum.

    An export for a peer looks up the dots the peer lacks here instead of reading every
    register. A dot that a later write superseded keeps its row, which only makes an
    export send a register the peer may already have.
    """

    __tablename__ = "sync_dot"
    __table_args__ = {"sqlite_with_rowid": False}

    replica: Mapped[str] = mapped_column(String(36), primary_key=True)
    counter: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(40), primary_key=True)


class SyncBulkLoad(Base):
    """Registers that a first import loaded without indexing their dots in ``sync_dot``.

    An import into a copy that has no register yet writes every register of the file
    in one pass and skips the dot index, which would take as long again as the registers
    at a national size. ``knowledge`` names, for each replica, counters 1 up to the
    largest one in those registers' contexts, so it covers each of their dots. An export
    for a peer whose knowledge includes it may leave those dots out of its search; for
    any other peer, every register is a candidate (see ``peers.registers_missing_from``).
    """

    __tablename__ = "sync_bulk_load"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    log_id: Mapped[int | None] = mapped_column(Integer, comment="exchange_log id of the import")
    knowledge: Mapped[str] = mapped_column(Text, comment="JSON knowledge covering every dot of the loaded registers")


class ImportUndoRegister(Base):
    """The state of one register before the last import changed it.

    ``entries`` NULL means the register did not exist; ``field`` '' means the whole
    record had no register before the import.
    """

    __tablename__ = "import_undo_register"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(40))
    entries: Mapped[str | None] = mapped_column(Text)
    context: Mapped[str | None] = mapped_column(Text)


class ImportUndoState(Base):
    """This copy's sync state before the last import, which undoing it puts back."""

    __tablename__ = "import_undo_state"

    log_id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="exchange_log id of the import")
    knowledge: Mapped[str] = mapped_column(Text, comment="JSON knowledge of local_replica")
    last_stamp: Mapped[int] = mapped_column(Integer)
    peer_replica_id: Mapped[str] = mapped_column(String(36))
    peer: Mapped[str] = mapped_column(Text, comment="JSON of the sender's peer row, or '' when there was none")
