"""Plain records that the report builders lay out.

The collect modules fill them from the database (``tzcld_desktop.reports.collect``
and its siblings); the builders never run a query, so each document can be built and
tested from hand-made values. Labels are already translated and every date is a
``datetime.date`` or ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class ActionLine:
    """One action: what to do, who does it, by when, and where it stands."""

    text: str
    owner: str
    due_date: date | None
    status_label: str
    territory: str = ""
    is_open: bool = True

    def is_overdue(self, on: date) -> bool:
        """Tell whether the action is still open after its due date, as seen on day ``on``."""
        return self.is_open and self.due_date is not None and self.due_date < on


@dataclass(frozen=True)
class IndicatorPoint:
    """One dated value of an indicator."""

    value_date: date | None
    value: float | None


@dataclass(frozen=True)
class IndicatorSeries:
    """The dated values of one indicator of a territory, oldest first."""

    label: str
    unit: str
    points: tuple[IndicatorPoint, ...]

    @property
    def latest(self) -> IndicatorPoint | None:
        """The most recent point that has a value, or None."""
        known = [point for point in self.points if point.value is not None]
        return known[-1] if known else None


@dataclass(frozen=True)
class ContactLine:
    """A contact of a territory; ``phone`` and ``email`` are empty unless personal data is included."""

    name: str
    role_label: str
    organisation: str
    phone: str = ""
    email: str = ""
    territory: str = ""


@dataclass(frozen=True)
class TerritoryLine:
    """A territory as listed in a meeting handout."""

    name: str
    departement: str
    stage_label: str
    habilitation_date: date | None
    habilitation_date_note: str = ""
    open_actions: tuple[ActionLine, ...] = ()
    indicators: tuple[IndicatorSeries, ...] = ()
    territory_id: str = ""


@dataclass(frozen=True)
class AgendaLine:
    """An agenda item; ``start`` is "HH:MM" when the meeting's start time and earlier durations are known."""

    section: str
    title: str
    presenter: str
    duration_minutes: int | None
    start: str = ""
    end: str = ""


@dataclass(frozen=True)
class DocumentLine:
    """A document attached to a meeting or given to a territory."""

    title: str
    file_name: str
    link: str
    category_label: str
    comment: str = ""


@dataclass(frozen=True)
class MeetingHandoutData:
    """Everything printed on the handout of one cluster meeting."""

    title: str
    cluster: str
    region: str
    meeting_date: date | None
    place: str
    territories: tuple[TerritoryLine, ...]
    minutes: str
    decisions: str
    actions: tuple[ActionLine, ...]
    author: str
    generated_on: date
    kind_label: str = ""
    start_time: str = ""
    end_time: str = ""
    video_link: str = ""
    agenda: tuple[AgendaLine, ...] = ()
    documents: tuple[DocumentLine, ...] = ()
    contacts: tuple[ContactLine, ...] = ()
    include_personal: bool = False
    meeting_id: str = ""


@dataclass(frozen=True)
class MeetingReference:
    """A meeting a territory attended, as listed on its sheet."""

    meeting_date: date
    cluster: str
    place: str


@dataclass(frozen=True)
class StageEventLine:
    """A dated step of a territory's path."""

    step_label: str
    event_date: date | None
    published_on: date | None = None
    comment: str = ""


@dataclass(frozen=True)
class StatusLine:
    """A phase of the method or a criterion of the checklist, with its status."""

    label: str
    status_label: str
    status_date: date | None = None
    comment: str = ""


@dataclass(frozen=True)
class EbeLine:
    """An entreprise à but d'emploi."""

    name: str
    opening_date: date | None
    sectors: str
    max_etp: float | None


@dataclass(frozen=True)
class NoteLine:
    """A note of a territory's journal."""

    note_date: date | None
    kind_label: str
    author: str
    text: str


@dataclass(frozen=True)
class TerritorySheetData:
    """Everything printed on the sheet of one territory."""

    name: str
    departement: str
    region: str
    cluster: str
    stage_label: str
    habilitation_date: date | None
    habilitation_date_note: str
    communes: str
    notes: str
    source: str
    actions: tuple[ActionLine, ...]
    meetings: tuple[MeetingReference, ...]
    author: str
    generated_on: date
    extra: dict[str, str] = field(default_factory=dict)
    epci: str = ""
    qpv: str = ""
    perimeter_note: str = ""
    habilitation_act_label: str = ""
    habilitation_published_on: date | None = None
    health_label: str = ""
    health_reason: str = ""
    stage_events: tuple[StageEventLine, ...] = ()
    phases: tuple[StatusLine, ...] = ()
    criteria: tuple[StatusLine, ...] = ()
    readiness_percent: int | None = None
    cle_president: str = ""
    cle_members: str = ""
    cle_created_on: date | None = None
    ebes: tuple[EbeLine, ...] = ()
    indicators: tuple[IndicatorSeries, ...] = ()
    journal: tuple[NoteLine, ...] = ()
    journal_total: int = 0
    contacts: tuple[ContactLine, ...] = ()
    include_personal: bool = False
    territory_id: str = ""


@dataclass(frozen=True)
class AttendanceLine:
    """A territory invited to a meeting: present (None while unknown) and its number of people."""

    territory: str
    present: bool | None
    attendees: int | None


@dataclass(frozen=True)
class PersonLine:
    """A person invited to a meeting."""

    name: str
    organisation: str
    territory: str
    present: bool | None


@dataclass(frozen=True)
class OutcomeLine:
    """A decision, information or action recorded on an agenda item."""

    kind_label: str
    text: str
    territory: str = ""
    is_decision: bool = False


@dataclass(frozen=True)
class MinutesItem:
    """An agenda item as reported in the minutes."""

    section: str
    title: str
    presenter: str
    status_label: str
    minutes: str
    outcomes: tuple[OutcomeLine, ...] = ()
    actions: tuple[ActionLine, ...] = ()


@dataclass(frozen=True)
class NeedLine:
    """A need raised by a territory or a cluster."""

    category_label: str
    description: str
    territory: str
    status_label: str
    raised_on: date | None


@dataclass(frozen=True)
class MinutesData:
    """Everything printed in the minutes of one meeting."""

    title: str
    cluster: str
    region: str
    meeting_date: date | None
    start_time: str
    place: str
    kind_label: str
    status_label: str
    attendance: tuple[AttendanceLine, ...]
    people: tuple[PersonLine, ...]
    items: tuple[MinutesItem, ...]
    minutes: str
    decisions: str
    actions: tuple[ActionLine, ...]
    needs: tuple[NeedLine, ...]
    author: str
    generated_on: date


@dataclass(frozen=True)
class SummaryTerritory:
    """A territory as listed in the regional summary, with its stage at the chosen date."""

    name: str
    departement: str
    region: str
    cluster: str
    stage_label: str
    stage_rank: int
    habilitation: str
    health_label: str
    readiness_percent: int | None
    open_actions: int
    last_meeting: date | None


@dataclass(frozen=True)
class ReviewLine:
    """A candidature waiting for an opinion: its latest step and since when."""

    territory: str
    departement: str
    step_label: str
    step_date: date | None


@dataclass(frozen=True)
class UpcomingMeeting:
    """A meeting planned in the window of the summary."""

    meeting_date: date
    start_time: str
    title: str
    cluster: str
    place: str
    territories: int


@dataclass(frozen=True)
class RegionalSummaryData:
    """Everything printed in the summary of one or more regions at a date."""

    regions: tuple[str, ...]
    at_date: date
    stage_counts: tuple[tuple[str, int], ...]
    territories: tuple[SummaryTerritory, ...]
    under_review: tuple[ReviewLine, ...]
    deadlines: tuple[ActionLine, ...]
    meetings: tuple[UpcomingMeeting, ...]
    needs: tuple[NeedLine, ...]
    author: str
    generated_on: date
    window_days: int = 60
    not_yet_followed: int = 0


@dataclass(frozen=True)
class MeetingPackData:
    """The parts of a meeting pack: the handout, one sheet per attending territory, the summary."""

    handout: MeetingHandoutData
    sheets: tuple[TerritorySheetData, ...]
    summary: RegionalSummaryData | None
