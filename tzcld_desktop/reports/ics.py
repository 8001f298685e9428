"""Export meetings as an iCalendar (.ics) file that Thunderbird, Outlook and phones import.

Times are local times of Europe/Paris, written with ``TZID=Europe/Paris`` and the
matching VTIMEZONE, so a meeting at 9:30 stays at 9:30 in winter and in summer. A
meeting without a start time becomes an all-day event. Each event's UID derives from
the meeting id, so importing a later export updates the event instead of adding a copy.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vRecur
from sqlalchemy.orm import Session

from tzcld_desktop import __version__
from tzcld_desktop.db.calendar_queries import AgendaLine, CalendarMeeting, agenda_lines, list_calendar_meetings
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError, translate
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.domain.vocabulary import MeetingStatus

log = logging.getLogger(__name__)

TIME_ZONE = "Europe/Paris"
PARIS = ZoneInfo(TIME_ZONE)
# Length of a meeting whose duration was not entered.
DEFAULT_DURATION_MINUTES = 120
ICS_SUFFIX = ".ics"
_CONTEXT = "IcsExport"
_UID_DOMAIN = "tzcld-desktop"


class IcsWriteError(UserError):
    """The .ics file cannot be written where the user asked."""

    context = "IcsWriteError"


_WRITE_FAILED = QT_TRANSLATE_NOOP(
    "IcsWriteError",
    "Le fichier d'agenda « {path} » n'a pas pu être écrit : {reason}. Vérifiez que le dossier "
    "existe, que vous avez le droit d'y écrire et qu'il reste de la place sur le disque.",
)


def meeting_uid(meeting_id: str) -> str:
    """Return the UID of a meeting's event; it depends on the meeting id only."""
    return f"{meeting_id}@{_UID_DOMAIN}"


def paris_timezone() -> Timezone:
    """Return the VTIMEZONE of Europe/Paris as recurrence rules.

    The rules are those of the European Union since 1996: summer time from the last
    Sunday of March at 2:00 to the last Sunday of October at 3:00, local time. Outlook
    reads rules written this way more reliably than a list of dated transitions.
    """
    daylight = TimezoneDaylight()
    daylight.add("tzname", "CEST")
    daylight.add("tzoffsetfrom", timedelta(hours=1))
    daylight.add("tzoffsetto", timedelta(hours=2))
    daylight.add("dtstart", datetime(1970, 3, 29, 2, 0))
    daylight.add("rrule", vRecur(freq="YEARLY", bymonth=3, byday="-1SU"))
    standard = TimezoneStandard()
    standard.add("tzname", "CET")
    standard.add("tzoffsetfrom", timedelta(hours=2))
    standard.add("tzoffsetto", timedelta(hours=1))
    standard.add("dtstart", datetime(1970, 10, 25, 3, 0))
    standard.add("rrule", vRecur(freq="YEARLY", bymonth=10, byday="-1SU"))
    zone = Timezone()
    zone.add("tzid", TIME_ZONE)
    zone.add_component(daylight)
    zone.add_component(standard)
    return zone


def parse_start_time(value: str) -> time | None:
    """Return the time of an 'HH:MM' text, or None when it is empty or not a valid time."""
    try:
        hours, minutes = value.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return None


def build_calendar(
    meetings: Sequence[CalendarMeeting],
    agendas: dict[str, list[AgendaLine]],
    stamp: datetime | None = None,
) -> bytes:
    """Return the .ics content of ``meetings``; ``stamp`` (UTC, default now) becomes each DTSTAMP."""
    stamp = stamp or datetime.now(timezone.utc)
    calendar = Calendar()
    calendar.add("prodid", f"-//TZCLD//TZCLD Desktop {__version__}//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if any(parse_start_time(meeting.start_time) for meeting in meetings if meeting.meeting_date):
        calendar.add_component(paris_timezone())
    for meeting in meetings:
        if meeting.meeting_date is not None:
            calendar.add_component(meeting_event(meeting, agendas.get(meeting.id, []), stamp))
    return calendar.to_ical()


def meeting_event(meeting: CalendarMeeting, agenda: Sequence[AgendaLine], stamp: datetime) -> Event:
    """Return the VEVENT of one dated meeting."""
    assert meeting.meeting_date is not None
    event = Event()
    event.add("uid", meeting_uid(meeting.id))
    event.add("dtstamp", stamp.astimezone(timezone.utc))
    event.add("summary", event_summary(meeting))
    start_time = parse_start_time(meeting.start_time)
    if start_time is None:
        # An all-day event ends, exclusively, on the next day.
        event.add("dtstart", meeting.meeting_date)
        event.add("dtend", meeting.meeting_date + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    else:
        start = datetime.combine(meeting.meeting_date, start_time, tzinfo=PARIS)
        minutes = meeting.duration_minutes or DEFAULT_DURATION_MINUTES
        # Adding to an aware datetime keeps the wall time, so the end is local too.
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=minutes))
    location = meeting.place.strip() or meeting.video_link.strip()
    if location:
        event.add("location", location)
    if meeting.video_link.strip():
        event.add("url", meeting.video_link.strip())
    event.add("description", event_description(meeting, agenda))
    event.add("status", "TENTATIVE" if meeting.status is MeetingStatus.DRAFT else "CONFIRMED")
    return event


def event_summary(meeting: CalendarMeeting) -> str:
    """Return the event title: the meeting title, or its type, followed by its cluster."""
    summary = meeting.title.strip() or meeting.kind.text()
    cluster = meeting.cluster_name.strip()
    if cluster and normalize(cluster) not in normalize(summary):
        summary = f"{summary} — {cluster}"
    return summary


def event_description(meeting: CalendarMeeting, agenda: Sequence[AgendaLine]) -> str:
    """Return the event notes: type and cluster, video link, then the agenda by section."""
    heading = meeting.kind.text()
    if meeting.cluster_name:
        heading += f" · {meeting.cluster_name}"
    lines = [heading]
    if meeting.video_link.strip():
        lines.append(translate(_CONTEXT, QT_TRANSLATE_NOOP("IcsExport", "Visioconférence : {link}")).format(
            link=meeting.video_link.strip()))
    if agenda:
        lines.append("")
        lines.append(translate(_CONTEXT, QT_TRANSLATE_NOOP("IcsExport", "Ordre du jour :")))
        section = None
        for item in agenda:
            if item.section.strip() and item.section != section:
                lines.append(item.section.strip())
            section = item.section
            lines.append(f"  • {agenda_item_text(item)}")
    return "\n".join(lines)


def agenda_item_text(item: AgendaLine) -> str:
    """Return an item as one line: title, then presenter and planned minutes in brackets."""
    details = [item.presenter.strip()] if item.presenter.strip() else []
    if item.duration_minutes:
        details.append(translate(_CONTEXT, QT_TRANSLATE_NOOP("IcsExport", "{minutes} min")).format(
            minutes=item.duration_minutes))
    return f"{item.title.strip()} ({', '.join(details)})" if details else item.title.strip()


def read_meetings(
    session: Session, meeting_ids: Sequence[str] | None = None, upcoming_from: date | None = None
) -> tuple[list[CalendarMeeting], dict[str, list[AgendaLine]]]:
    """Read the meetings to export (given ids, or every one from ``upcoming_from`` on) and their agendas."""
    meetings = list_calendar_meetings(session, first=upcoming_from, meeting_ids=meeting_ids)
    return meetings, agenda_lines(session, [meeting.id for meeting in meetings])


def write_ics(path: Path, content: bytes) -> None:
    """Write ``content`` at ``path`` through a temporary file, so a failure leaves no partial file.

    Disk errors raise ``IcsWriteError``.
    """
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temporary, "xb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass  # The original error matters more than a leftover temporary file.
        raise IcsWriteError(_WRITE_FAILED, path=str(path), reason=error.strerror or str(error)) from error
    log.info("Calendar file written: %s (%d bytes)", path, len(content))
