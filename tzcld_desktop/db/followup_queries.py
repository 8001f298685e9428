"""Reads of the follow-up tabs of a territory record and of the "Mes actions" list.

Each function returns plain dataclasses from one or two SQL statements, whatever the
number of rows, so the tabs cost the same number of queries for 10 notes or 1,000.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tzcld_desktop.db.models import (
    Action,
    Contact,
    Document,
    DocumentLink,
    Ebe,
    IndicatorValue,
    JournalNote,
    Meeting,
    Profile,
    Territory,
)
from tzcld_desktop.domain.stages import ActionStatus
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.domain.vocabulary import ContactRole, Indicator, NoteKind


@dataclass(frozen=True)
class HeadcountView:
    """One dated headcount of an EBE (indicator ``effectif_ebe``)."""

    id: str
    value_date: date | None
    value: float | None
    comment: str


@dataclass(frozen=True)
class EbeView:
    id: str
    name: str
    opening_date: date | None
    sectors: str
    max_etp: float | None
    headcounts: tuple[HeadcountView, ...]
    """Dated headcounts, oldest first."""

    @property
    def latest_headcount(self) -> float | None:
        dated = [row for row in self.headcounts if row.value is not None]
        return dated[-1].value if dated else None


@dataclass(frozen=True)
class IndicatorValueView:
    id: str
    indicator: Indicator | None
    """None for an indicator that a newer version of the application added."""
    indicator_value: str
    ebe_id: str | None
    ebe_name: str
    value_date: date | None
    value: float | None
    comment: str


@dataclass(frozen=True)
class ContactView:
    id: str
    name: str
    role: ContactRole | None
    organisation: str
    phone: str
    email: str
    personal: bool
    notes: str


@dataclass(frozen=True)
class NoteView:
    id: str
    note_date: date | None
    kind: NoteKind
    author: str
    text: str
    meeting_id: str | None


@dataclass(frozen=True)
class FollowupAction:
    """An action of a territory or of a meeting, with where it comes from."""

    id: str
    text: str
    owner: str
    due_date: date | None
    status: ActionStatus
    territory_id: str | None
    territory_name: str
    meeting_id: str | None
    meeting_title: str
    meeting_date: date | None

    def is_overdue(self, today: date) -> bool:
        """Return True for an open action whose due date has passed."""
        return self.status.is_open and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class DocumentView:
    """A document linked to a territory; ``link_id`` identifies the link that "Retirer" deletes."""

    link_id: str
    document_id: str
    title: str
    file_name: str
    size: int | None
    sha256: str
    web_link: str
    in_library: bool
    given_on: date | None
    comment: str

    @property
    def id(self) -> str:
        """The id of the row in the list: the link, since one document may be given twice."""
        return self.link_id


# -- EBEs and indicators ------------------------------------------------------------------


def list_ebes(session: Session, territory_id: str) -> list[EbeView]:
    """Return the live EBEs of a territory by name, each with its headcounts (two statements)."""
    ebes = session.scalars(
        select(Ebe)
        .where(Ebe.territory_id == territory_id, Ebe.deleted.is_(False))
        .order_by(func.lower(Ebe.name), Ebe.id)
    ).all()
    headcounts: dict[str, list[HeadcountView]] = defaultdict(list)
    rows = session.scalars(
        select(IndicatorValue)
        .where(
            IndicatorValue.territory_id == territory_id,
            IndicatorValue.indicator == Indicator.EBE_HEADCOUNT.value,
            IndicatorValue.deleted.is_(False),
        )
        .order_by(IndicatorValue.value_date.asc().nulls_first(), IndicatorValue.id)
    )
    for row in rows:
        headcounts[row.ebe_id or ""].append(HeadcountView(row.id, row.value_date, row.value, row.comment))
    return [
        EbeView(ebe.id, ebe.name, ebe.opening_date, ebe.sectors, ebe.max_etp, tuple(headcounts.get(ebe.id, ())))
        for ebe in ebes
    ]


def list_indicator_values(session: Session, territory_id: str) -> list[IndicatorValueView]:
    """Return every live indicator value of a territory, oldest first (one statement).

    A headcount carries the name of its EBE, or "" when that EBE was deleted.
    """
    statement = (
        select(IndicatorValue, Ebe.name, Ebe.deleted)
        .outerjoin(Ebe, Ebe.id == IndicatorValue.ebe_id)
        .where(IndicatorValue.territory_id == territory_id, IndicatorValue.deleted.is_(False))
        .order_by(IndicatorValue.value_date.asc().nulls_first(), IndicatorValue.id)
    )
    return [
        IndicatorValueView(
            row.id, Indicator.parse(row.indicator), row.indicator, row.ebe_id,
            "" if ebe_name is None or ebe_deleted else ebe_name, row.value_date, row.value, row.comment,
        )
        for row, ebe_name, ebe_deleted in session.execute(statement)
    ]


# -- contacts and journal -------------------------------------------------------------------


def list_contacts(session: Session, territory_id: str) -> list[ContactView]:
    """Return the live contacts of a territory in alphabetical order (one statement)."""
    rows = session.scalars(
        select(Contact)
        .where(Contact.territory_id == territory_id, Contact.deleted.is_(False))
        .order_by(Contact.name_key, Contact.id)
    )
    return [
        ContactView(row.id, row.name, ContactRole.parse(row.role), row.organisation, row.phone, row.email,
                    bool(row.personal), row.notes)
        for row in rows
    ]


def list_notes(session: Session, territory_id: str) -> list[NoteView]:
    """Return the live journal notes of a territory, newest first (one statement)."""
    statement = (
        select(JournalNote.id, JournalNote.note_date, JournalNote.kind, JournalNote.author, JournalNote.text,
               JournalNote.meeting_id)
        .where(JournalNote.territory_id == territory_id, JournalNote.deleted.is_(False))
        .order_by(JournalNote.note_date.desc().nulls_last(), JournalNote.updated_at.desc(), JournalNote.id)
    )
    # A journal contains a handful of distinct kinds, so each stored value is parsed once.
    kinds: dict[str | None, NoteKind] = {}
    notes = []
    for note_id, note_date, kind_value, author, text, meeting_id in session.execute(statement):
        kind = kinds.get(kind_value)
        if kind is None:
            kind = kinds[kind_value] = NoteKind.parse(kind_value, NoteKind.OTHER)
        notes.append(NoteView(note_id, note_date, kind, author, text, meeting_id))
    return notes


def profile_name(session: Session) -> str:
    """Return the name of the referent who uses this copy, or ""."""
    profile = session.get(Profile, 1)
    return profile.name if profile else ""


# -- actions --------------------------------------------------------------------------------


def _actions_statement():
    # Plain columns rather than ``Action`` entities: building a thousand ORM objects
    # took most of the time of the list.
    return (
        select(Action.id, Action.text, Action.owner, Action.due_date, Action.status, Action.territory_id,
               Action.meeting_id, Territory.name, Territory.deleted, Meeting.title, Meeting.meeting_date,
               Meeting.deleted)
        .outerjoin(Territory, Territory.id == Action.territory_id)
        .outerjoin(Meeting, Meeting.id == Action.meeting_id)
        .where(Action.deleted.is_(False))
        .order_by(Action.due_date.asc().nulls_last(), Action.text_key, Action.id)
    )


def _action_status(value: str) -> ActionStatus:
    # A status that a newer version added shows as "À faire", so the action stays in sight.
    try:
        return ActionStatus(value)
    except ValueError:
        return ActionStatus.TODO


def _action_views(session: Session, statement) -> list[FollowupAction]:
    statuses: dict[str, ActionStatus] = {}
    views = []
    for (action_id, text, owner, due_date, status_value, territory_id, meeting_id, territory_name,
         territory_deleted, title, meeting_date, meeting_deleted) in session.execute(statement):
        status = statuses.get(status_value)
        if status is None:
            status = statuses[status_value] = _action_status(status_value)
        meeting_live = title is not None and not meeting_deleted
        views.append(FollowupAction(
            action_id, text, owner, due_date, status,
            territory_id, "" if territory_name is None or territory_deleted else territory_name,
            meeting_id, title if meeting_live else "", meeting_date if meeting_live else None,
        ))
    return views


def list_territory_actions(session: Session, territory_id: str) -> list[FollowupAction]:
    """Return the live actions of a territory by due date, undated last (one statement)."""
    return _action_views(session, _actions_statement().where(Action.territory_id == territory_id))


def list_open_actions(session: Session) -> list[FollowupAction]:
    """Return the open actions of every live territory and meeting by due date, undated last (one statement).

    An action whose territory or meeting was deleted is left out with it. An action whose
    territory or meeting this copy has not received yet, or that has neither, is listed.
    """
    open_values = [status.value for status in ActionStatus if status.is_open]
    statement = _actions_statement().where(
        Action.status.in_(open_values),
        func.coalesce(Territory.deleted, False).is_(False),
        func.coalesce(Meeting.deleted, False).is_(False),
    )
    return _action_views(session, statement)


def owned_by(actions: list[FollowupAction], person: str) -> list[FollowupAction]:
    """Return the actions whose owner is ``person``, ignoring case, accents and spacing."""
    key = normalize(person)
    if not key:
        return []
    return [action for action in actions if normalize(action.owner) == key]


# -- documents ------------------------------------------------------------------------------


def list_territory_documents(session: Session, territory_id: str) -> list[DocumentView]:
    """Return the live documents linked to a territory, latest given first (one statement)."""
    statement = (
        select(DocumentLink, Document)
        .join(Document, Document.id == DocumentLink.document_id)
        .where(
            DocumentLink.territory_id == territory_id,
            DocumentLink.deleted.is_(False),
            Document.deleted.is_(False),
        )
        .order_by(DocumentLink.given_on.desc().nulls_last(), Document.title_key, DocumentLink.id)
    )
    return [
        DocumentView(link.id, document.id, document.title, document.file_name, document.size, document.sha256,
                     document.link, bool(document.in_library), link.given_on, link.comment)
        for link, document in session.execute(statement)
    ]
