"""Reads of meetings by date and of their agendas, for the calendar, the .ics export and the
presentation mode."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tzcld_desktop.db.models import AgendaItem, Cluster, Meeting
from tzcld_desktop.domain.vocabulary import MeetingKind, MeetingStatus

# Enough ids per IN (...) to stay well under SQLite's limit of bound parameters.
_CHUNK = 500


@dataclass(frozen=True)
class CalendarMeeting:
    """A meeting as the calendar and the .ics export show it."""

    id: str
    title: str
    meeting_date: date | None
    start_time: str
    duration_minutes: int | None
    place: str
    video_link: str
    kind: MeetingKind
    status: MeetingStatus
    cluster_id: str | None
    cluster_name: str


@dataclass(frozen=True)
class AgendaLine:
    """One agenda item, in agenda order."""

    id: str
    section: str
    title: str
    presenter: str
    duration_minutes: int | None


def list_calendar_meetings(
    session: Session,
    first: date | None = None,
    last: date | None = None,
    meeting_ids: Sequence[str] | None = None,
) -> list[CalendarMeeting]:
    """Return the live dated meetings from ``first`` to ``last`` (both included), by date and time.

    ``meeting_ids`` keeps only those meetings. One statement whatever the number of meetings.
    """
    statement = (
        select(Meeting, func.coalesce(Cluster.name, ""))
        .outerjoin(Cluster, (Cluster.id == Meeting.cluster_id) & Cluster.deleted.is_(False))
        .where(Meeting.deleted.is_(False), Meeting.meeting_date.is_not(None))
    )
    if first is not None:
        statement = statement.where(Meeting.meeting_date >= first)
    if last is not None:
        statement = statement.where(Meeting.meeting_date <= last)
    if meeting_ids is not None:
        statement = statement.where(Meeting.id.in_(list(meeting_ids)))
    statement = statement.order_by(Meeting.meeting_date, Meeting.start_time, Meeting.title, Meeting.id)
    return [_calendar_meeting(meeting, cluster_name) for meeting, cluster_name in session.execute(statement)]


def get_calendar_meeting(session: Session, meeting_id: str) -> CalendarMeeting | None:
    """Return one live meeting, dated or not, or None."""
    row = session.execute(
        select(Meeting, func.coalesce(Cluster.name, ""))
        .outerjoin(Cluster, (Cluster.id == Meeting.cluster_id) & Cluster.deleted.is_(False))
        .where(Meeting.id == meeting_id, Meeting.deleted.is_(False))
    ).first()
    return _calendar_meeting(*row) if row is not None else None


def _calendar_meeting(meeting: Meeting, cluster_name: str) -> CalendarMeeting:
    return CalendarMeeting(
        id=meeting.id,
        title=meeting.title,
        meeting_date=meeting.meeting_date,
        start_time=meeting.start_time or "",
        duration_minutes=meeting.duration_minutes,
        place=meeting.place,
        video_link=meeting.video_link or "",
        kind=MeetingKind.parse(meeting.kind, MeetingKind.CLUSTER),
        status=MeetingStatus.parse(meeting.status, MeetingStatus.PLANNED),
        cluster_id=meeting.cluster_id,
        cluster_name=cluster_name,
    )


def agenda_lines(session: Session, meeting_ids: Sequence[str]) -> dict[str, list[AgendaLine]]:
    """Return the live agenda items of each meeting, in agenda order (every id is a key)."""
    by_meeting: dict[str, list[AgendaLine]] = {meeting_id: [] for meeting_id in meeting_ids}
    ids = list(by_meeting)
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(AgendaItem.meeting_id, AgendaItem.id, AgendaItem.section, AgendaItem.title,
                   AgendaItem.presenter, AgendaItem.duration_minutes)
            .where(AgendaItem.meeting_id.in_(ids[start: start + _CHUNK]), AgendaItem.deleted.is_(False))
            .order_by(AgendaItem.meeting_id, AgendaItem.position, AgendaItem.id)
        )
        for meeting_id, *values in rows:
            by_meeting[meeting_id].append(AgendaLine(*values))
    return by_meeting
