"""Reads of the meeting record: the meeting with its agenda, outcomes, attendance and
history, the sections prepared from the attending territories, and what the next
meeting of a series carries over.

Each function runs a fixed number of SQL statements whatever the number of items,
territories or people.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from tzcld_desktop.db.models import (
    Action,
    AgendaItem,
    AgendaTemplate,
    Cluster,
    Contact,
    IndicatorValue,
    JournalNote,
    Meeting,
    MeetingPerson,
    MeetingTerritory,
    Outcome,
    StageEvent,
    Territory,
)
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, translate
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.domain.vocabulary import (
    Indicator,
    ItemStatus,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    OutcomeKind,
    StageStep,
)

_CONTEXT = "MeetingRecord"
# Maximum length, in characters, of a journal note quoted in a prepared section.
_NOTE_EXCERPT = 120


@dataclass(frozen=True)
class OutcomeView:
    """An outcome of an agenda item: an ``Outcome`` row, or an ``Action`` row when ``is_action``."""

    id: str
    kind: OutcomeKind
    text: str
    is_action: bool = False
    owner: str = ""
    due_date: date | None = None
    action_status: ActionStatus | None = None


@dataclass(frozen=True)
class AgendaItemView:
    id: str
    section: str
    territory_id: str | None
    position: float
    title: str
    presenter: str
    duration_minutes: int | None
    minutes: str
    status: ItemStatus
    outcomes: tuple[OutcomeView, ...] = ()


@dataclass(frozen=True)
class AgendaSection:
    """Items sharing a section name, in agenda order; a section is where its first item is."""

    name: str
    territory_id: str | None
    items: tuple[AgendaItemView, ...]


@dataclass(frozen=True)
class AttendingTerritory:
    """A territory invited to a meeting, with its presence and named people."""

    territory_id: str
    name: str
    stage: Stage
    present: bool | None
    attendees: int | None
    people_invited: int
    people_present: int


@dataclass(frozen=True)
class PersonView:
    id: str
    name: str
    organisation: str
    contact_id: str | None
    territory_id: str | None
    territory_name: str
    invited: bool
    present: bool | None


@dataclass(frozen=True)
class HistoryNote:
    """A validation or reopening of the minutes, recorded as a journal note of the meeting."""

    id: str
    note_date: date | None
    kind: NoteKind
    author: str
    text: str


@dataclass(frozen=True)
class MeetingRecord:
    """A meeting with everything the meeting window shows."""

    id: str
    cluster_id: str | None
    cluster_name: str
    kind: MeetingKind
    title: str
    meeting_date: date | None
    start_time: str
    duration_minutes: int | None
    place: str
    video_link: str
    status: MeetingStatus
    minutes: str
    decisions: str
    previous_meeting_id: str | None
    items: tuple[AgendaItemView, ...] = ()
    territories: tuple[AttendingTerritory, ...] = ()
    people: tuple[PersonView, ...] = ()
    history: tuple[HistoryNote, ...] = ()
    """Validations and reopenings, oldest first."""

    @property
    def is_validated(self) -> bool:
        return self.status is MeetingStatus.VALIDATED

    @property
    def validated_on(self) -> date | None:
        """Return the date of the latest validation, when the minutes are validated."""
        if not self.is_validated:
            return None
        dates = [note.note_date for note in self.history if note.kind is NoteKind.MEETING]
        return dates[-1] if dates else None

    @property
    def planned_minutes(self) -> int:
        """Return the sum of the planned durations of the agenda items."""
        return sum(item.duration_minutes or 0 for item in self.items)

    @property
    def overrun_minutes(self) -> int:
        """Return by how many minutes the agenda exceeds the meeting's length (0 when it fits or is unknown)."""
        if not self.duration_minutes:
            return 0
        return max(0, self.planned_minutes - self.duration_minutes)

    def sections(self) -> list[AgendaSection]:
        return group_sections(self.items)


def group_sections(items: tuple[AgendaItemView, ...] | list[AgendaItemView]) -> list[AgendaSection]:
    """Group items (in agenda order) by section name, sections in the order of their first item.

    After two copies moved items concurrently, a section's items may not follow each
    other any more; they are still shown together, at the place of the first one.
    """
    grouped: dict[str, list[AgendaItemView]] = {}
    for item in items:
        grouped.setdefault(item.section, []).append(item)
    sections = []
    for name, members in grouped.items():
        territory_id = next((item.territory_id for item in members if item.territory_id), None)
        sections.append(AgendaSection(name, territory_id, tuple(members)))
    return sections


# -- the meeting record -----------------------------------------------------------------


def load_meeting_record(session: Session, meeting_id: str) -> MeetingRecord | None:
    """Return a live meeting with its agenda, outcomes, attendance and history, or None.

    Seven statements, whatever the size of the meeting.
    """
    row = session.execute(
        select(Meeting, func.coalesce(Cluster.name, ""))
        .outerjoin(Cluster, Cluster.id == Meeting.cluster_id)
        .where(Meeting.id == meeting_id, Meeting.deleted.is_(False))
    ).first()
    if row is None:
        return None
    meeting, cluster_name = row
    people = _people(session, meeting_id)
    return MeetingRecord(
        id=meeting.id,
        cluster_id=meeting.cluster_id,
        cluster_name=cluster_name,
        kind=MeetingKind.parse(meeting.kind, MeetingKind.CLUSTER),
        title=meeting.title,
        meeting_date=meeting.meeting_date,
        start_time=meeting.start_time or "",
        duration_minutes=meeting.duration_minutes,
        place=meeting.place,
        video_link=meeting.video_link or "",
        status=MeetingStatus.parse(meeting.status, MeetingStatus.PLANNED),
        minutes=meeting.minutes,
        decisions=meeting.decisions,
        previous_meeting_id=meeting.previous_meeting_id,
        items=tuple(_items(session, meeting_id)),
        territories=tuple(_territories(session, meeting_id, people)),
        people=tuple(people),
        history=tuple(_history(session, meeting_id)),
    )


def _items(session: Session, meeting_id: str) -> list[AgendaItemView]:
    outcomes: dict[str, list[OutcomeView]] = defaultdict(list)
    for outcome in session.scalars(
        select(Outcome).where(Outcome.meeting_id == meeting_id, Outcome.deleted.is_(False))
        .order_by(Outcome.updated_at, Outcome.id)
    ):
        kind = OutcomeKind.parse(outcome.kind, OutcomeKind.INFORMATION)
        outcomes[outcome.agenda_item_id or ""].append(OutcomeView(outcome.id, kind, outcome.text))
    for action in session.scalars(
        select(Action).where(Action.meeting_id == meeting_id, Action.agenda_item_id.is_not(None),
                             Action.deleted.is_(False))
        .order_by(Action.text_key, Action.id)
    ):
        outcomes[action.agenda_item_id].append(OutcomeView(
            action.id, OutcomeKind.ACTION, action.text, True, action.owner, action.due_date,
            _action_status(action.status),
        ))
    items = session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False))
        .order_by(AgendaItem.position, AgendaItem.id)
    )
    return [
        AgendaItemView(
            item.id, item.section, item.territory_id, item.position, item.title, item.presenter,
            item.duration_minutes, item.minutes, ItemStatus.parse(item.status, ItemStatus.OPEN),
            tuple(outcomes.get(item.id, ())),
        )
        for item in items
    ]


def _territories(session: Session, meeting_id: str, people: list[PersonView]) -> list[AttendingTerritory]:
    invited: dict[str, int] = defaultdict(int)
    present: dict[str, int] = defaultdict(int)
    for person in people:
        if person.territory_id and person.invited:
            invited[person.territory_id] += 1
        if person.territory_id and person.present:
            present[person.territory_id] += 1
    rows = session.execute(
        select(Territory.id, Territory.name, Territory.stage, MeetingTerritory.present, MeetingTerritory.attendees)
        .join(MeetingTerritory, MeetingTerritory.territory_id == Territory.id)
        .where(MeetingTerritory.meeting_id == meeting_id, MeetingTerritory.deleted.is_(False),
               Territory.deleted.is_(False))
        .order_by(Territory.name_key)
    )
    return [
        AttendingTerritory(territory_id, name, _stage(stage), is_present, attendees,
                           invited[territory_id], present[territory_id])
        for territory_id, name, stage, is_present, attendees in rows
    ]


def _people(session: Session, meeting_id: str) -> list[PersonView]:
    rows = session.execute(
        select(MeetingPerson, Territory.name)
        .outerjoin(Territory, Territory.id == MeetingPerson.territory_id)
        .where(MeetingPerson.meeting_id == meeting_id, MeetingPerson.deleted.is_(False))
        .order_by(MeetingPerson.name, MeetingPerson.id)
    )
    return [
        PersonView(person.id, person.name, person.organisation, person.contact_id, person.territory_id,
                   territory_name or "", bool(person.invited), person.present)
        for person, territory_name in rows
    ]


def _history(session: Session, meeting_id: str) -> list[HistoryNote]:
    notes = session.scalars(
        select(JournalNote).where(JournalNote.meeting_id == meeting_id, JournalNote.territory_id.is_(None),
                                  JournalNote.deleted.is_(False))
        .order_by(JournalNote.note_date, JournalNote.updated_at, JournalNote.id)
    )
    return [
        HistoryNote(note.id, note.note_date, NoteKind.parse(note.kind, NoteKind.OTHER), note.author, note.text)
        for note in notes
    ]


def _stage(value: str) -> Stage:
    try:
        return Stage(value)
    except ValueError:
        return Stage.INTERESTED


def _action_status(value: str) -> ActionStatus:
    try:
        return ActionStatus(value)
    except ValueError:
        return ActionStatus.TODO


# -- contacts to invite ------------------------------------------------------------------


@dataclass(frozen=True)
class ContactChoice:
    id: str
    name: str
    organisation: str
    territory_id: str | None
    territory_name: str


def list_invitable_contacts(session: Session, territory_ids: list[str], cluster_id: str | None) -> list[ContactChoice]:
    """Return the live contacts of these territories and of the cluster (its animators), by name."""
    condition = Contact.territory_id.in_(territory_ids)
    if cluster_id:
        condition = or_(condition, Contact.cluster_id == cluster_id)
    rows = session.execute(
        select(Contact.id, Contact.name, Contact.organisation, Contact.territory_id, Territory.name)
        .outerjoin(Territory, Territory.id == Contact.territory_id)
        .where(Contact.deleted.is_(False), condition)
        .order_by(Contact.name_key, Contact.id)
    )
    return [ContactChoice(contact_id, name, organisation, territory_id, territory_name or "")
            for contact_id, name, organisation, territory_id, territory_name in rows]


# -- templates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateView:
    id: str
    name: str
    kind: MeetingKind
    items: tuple[dict, ...]


def list_agenda_templates(session: Session, kind: MeetingKind | None = None) -> list[TemplateView]:
    """Return the live agenda templates, of one meeting type when ``kind`` is given, by name."""
    statement = select(AgendaTemplate).where(AgendaTemplate.deleted.is_(False))
    if kind is not None:
        statement = statement.where(AgendaTemplate.kind == kind.value)
    return [
        TemplateView(template.id, template.name, MeetingKind.parse(template.kind, MeetingKind.CLUSTER),
                     tuple(template_items(template.items)))
        for template in session.scalars(statement.order_by(func.lower(AgendaTemplate.name), AgendaTemplate.id))
    ]


def template_items(text: str) -> list[dict]:
    """Return the items of a template's JSON, skipping entries that are not well formed.

    A template comes from any copy, possibly a newer version, so every value is checked.
    """
    try:
        entries = json.loads(text or "[]")
    except ValueError:
        return []
    items = []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("title"), str) or not entry["title"].strip():
            continue
        duration = entry.get("duration_minutes")
        items.append({
            "section": entry.get("section") if isinstance(entry.get("section"), str) else "",
            "title": entry["title"],
            "presenter": entry.get("presenter") if isinstance(entry.get("presenter"), str) else "",
            "duration_minutes": duration if isinstance(duration, int) and not isinstance(duration, bool) else None,
        })
    return items


# -- carry-over ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CarriedAction:
    id: str
    text: str
    owner: str
    due_date: date | None
    territory_name: str


@dataclass(frozen=True)
class CarryOver:
    """The carry-over of a previous meeting: its open actions and undecided items."""

    open_actions: tuple[CarriedAction, ...]
    undecided_items: tuple[AgendaItemView, ...]


def carry_over(session: Session, meeting_id: str) -> CarryOver:
    """Return the open actions and the undecided items (open or postponed) of a meeting."""
    open_values = [status.value for status in ActionStatus if status.is_open]
    actions = session.execute(
        select(Action, Territory.name)
        .outerjoin(Territory, Territory.id == Action.territory_id)
        .where(Action.meeting_id == meeting_id, Action.deleted.is_(False), Action.status.in_(open_values))
        .order_by(Action.due_date.asc().nulls_last(), Action.text_key, Action.id)
    )
    carried = tuple(
        CarriedAction(action.id, action.text, action.owner, action.due_date, territory_name or "")
        for action, territory_name in actions
    )
    undecided = tuple(
        item for item in _items(session, meeting_id)
        if item.status in (ItemStatus.OPEN, ItemStatus.POSTPONED) and item.title != follow_up_title()
    )
    return CarryOver(carried, undecided)


def follow_up_title() -> str:
    """Return the title of the item listing the open actions of the previous meeting."""
    return translate(_CONTEXT, QT_TRANSLATE_NOOP(_CONTEXT, "Suivi des actions"))


def carried_action_line(action: CarriedAction) -> str:
    """Return one line of the "Suivi des actions" item."""
    details = [part for part in (action.territory_name, action.owner) if part]
    if action.due_date is not None:
        details.append(translate(_CONTEXT, QT_TRANSLATE_NOOP(_CONTEXT, "échéance {date}")).format(
            date=_day(action.due_date)))
    return f"– {action.text}" + (f" ({', '.join(details)})" if details else "")


# -- sections prepared from the attending territories ----------------------------------------


@dataclass(frozen=True)
class TerritorySection:
    """A territory's section of a meeting: its stage, what changed since the previous
    meeting of the cluster, and its open actions, as the lines of its agenda item."""

    territory_id: str
    name: str
    stage: Stage
    since: date | None
    """Date of the previous meeting of the cluster; None when there is none."""
    lines: tuple[str, ...] = field(default=())


def previous_meeting_date(session: Session, meeting: Meeting) -> date | None:
    """Return the date of the cluster's latest live meeting before this one.

    A meeting without a cluster uses the meeting it follows in its series.
    """
    if meeting.meeting_date is None:
        return None
    if meeting.cluster_id:
        return session.scalar(
            select(func.max(Meeting.meeting_date)).where(
                Meeting.cluster_id == meeting.cluster_id, Meeting.deleted.is_(False), Meeting.id != meeting.id,
                Meeting.meeting_date < meeting.meeting_date,
            )
        )
    if meeting.previous_meeting_id:
        previous = session.get(Meeting, meeting.previous_meeting_id)
        if previous is not None and not previous.deleted:
            return previous.meeting_date
    return None


def build_territory_sections(session: Session, meeting_id: str, today: date | None = None) -> list[TerritorySection]:
    """Return a prepared section for each territory attending the meeting, by name.

    A territory attends when it is invited and not marked absent. The changes are the
    steps, indicator values, journal notes (other than those filed from this meeting)
    and done actions dated after the previous meeting of the cluster and up to this
    one, and the actions whose due date passed since then while still open (``today``
    decides what has passed). Seven statements whatever the number of territories.
    """
    today = today or date.today()
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted:
        return []
    territories = session.execute(
        select(Territory.id, Territory.name, Territory.stage)
        .join(MeetingTerritory, MeetingTerritory.territory_id == Territory.id)
        .where(MeetingTerritory.meeting_id == meeting_id, MeetingTerritory.deleted.is_(False),
               func.coalesce(MeetingTerritory.present, True).is_(True), Territory.deleted.is_(False))
        .order_by(Territory.name_key)
    ).all()
    if not territories:
        return []
    ids = [territory_id for territory_id, _name, _stage_value in territories]
    since = previous_meeting_date(session, meeting)
    until = meeting.meeting_date or today
    changes = _changes(session, ids, meeting_id, since, until) if since else defaultdict(list)
    actions = _actions_by_territory(session, ids)

    sections = []
    for territory_id, name, stage_value in territories:
        stage = _stage(stage_value)
        lines = [_text("Étape : {stage}").format(stage=translate("Stage", stage.label))]
        if since is None:
            lines.append(_text("Première réunion enregistrée de la grappe : pas de changement à comparer."))
        else:
            lines.extend(_change_lines(since, until, today, changes[territory_id], actions[territory_id]))
        lines.extend(_open_action_lines(since, today, actions[territory_id]))
        sections.append(TerritorySection(territory_id, name, stage, since, tuple(lines)))
    return sections


def _changes(session: Session, ids: list[str], meeting_id: str, since: date, until: date
             ) -> dict[str, list[tuple[date, int, str]]]:
    """Return, per territory, the dated changes after ``since`` as (date, order, line) tuples."""
    changes: dict[str, list[tuple[date, int, str]]] = defaultdict(list)
    events = session.execute(
        select(StageEvent.territory_id, StageEvent.event_date, StageEvent.step)
        .where(StageEvent.territory_id.in_(ids), StageEvent.deleted.is_(False),
               StageEvent.event_date > since, StageEvent.event_date <= until)
    )
    for territory_id, day, step_value in events:
        step = StageStep.parse(step_value)
        label = step.text() if step else step_value
        changes[territory_id].append((day, 0, _text("– {date} : étape « {step} »").format(date=_day(day), step=label)))
    values = session.execute(
        select(IndicatorValue.territory_id, IndicatorValue.value_date, IndicatorValue.indicator, IndicatorValue.value)
        .where(IndicatorValue.territory_id.in_(ids), IndicatorValue.deleted.is_(False),
               IndicatorValue.value_date > since, IndicatorValue.value_date <= until)
    )
    for territory_id, day, indicator_value, value in values:
        indicator = Indicator.parse(indicator_value)
        label = indicator.text() if indicator else indicator_value
        unit = translate("Indicator", indicator.unit) if indicator else ""
        changes[territory_id].append((day, 1, _text("– {date} : {indicator} = {value} {unit}").format(
            date=_day(day), indicator=label, value=_number(value), unit=unit).rstrip()))
    notes = session.execute(
        select(JournalNote.territory_id, JournalNote.note_date, JournalNote.kind, JournalNote.text)
        .where(JournalNote.territory_id.in_(ids), JournalNote.deleted.is_(False),
               JournalNote.note_date > since, JournalNote.note_date <= until,
               func.coalesce(JournalNote.meeting_id, "") != meeting_id)
    )
    for territory_id, day, kind_value, text in notes:
        kind = NoteKind.parse(kind_value, NoteKind.OTHER)
        changes[territory_id].append((day, 2, _text("– {date} : note ({kind}) « {text} »").format(
            date=_day(day), kind=kind.text(), text=_excerpt(text))))
    for entries in changes.values():
        entries.sort(key=lambda entry: (entry[0], entry[1], entry[2]))
    return changes


def _actions_by_territory(session: Session, ids: list[str]) -> dict[str, list[Action]]:
    actions: dict[str, list[Action]] = defaultdict(list)
    for action in session.scalars(
        select(Action).where(Action.territory_id.in_(ids), Action.deleted.is_(False))
        .order_by(Action.due_date.asc().nulls_last(), Action.text_key, Action.id)
    ):
        actions[action.territory_id].append(action)
    return actions


def _is_overdue_since(action: Action, since: date | None, today: date) -> bool:
    """Return True for an open action whose due date passed after ``since``."""
    if not _action_status(action.status).is_open or action.due_date is None or action.due_date >= today:
        return False
    return since is not None and action.due_date > since


def _change_lines(since: date, until: date, today: date, changes: list[tuple[date, int, str]],
                  actions: list[Action]) -> list[str]:
    dated = list(changes)
    for action in actions:
        if action.status == ActionStatus.DONE.value and action.done_on and since < action.done_on <= until:
            dated.append((action.done_on, 3, _text("– {date} : action faite « {text} »").format(
                date=_day(action.done_on), text=action.text)))
        elif _is_overdue_since(action, since, today):
            dated.append((action.due_date, 4, _text("– {date} : action en retard « {text} »{owner}").format(
                date=_day(action.due_date), text=action.text, owner=_owner_suffix(action))))
    dated.sort(key=lambda entry: (entry[0], entry[1], entry[2]))
    header = _text("Depuis la réunion du {date} :").format(date=_day(since))
    if not dated:
        return [_text("Depuis la réunion du {date} : aucun changement enregistré.").format(date=_day(since))]
    return [header, *(line for _day_value, _order, line in dated)]


def _open_action_lines(since: date | None, today: date, actions: list[Action]) -> list[str]:
    """Return the open actions not already listed as overdue since the previous meeting."""
    open_actions = [
        action for action in actions
        if _action_status(action.status).is_open and not _is_overdue_since(action, since, today)
    ]
    if not open_actions:
        return [_text("Actions ouvertes : aucune.")]
    lines = [_text("Actions ouvertes :")]
    for action in open_actions:
        details = [action.owner] if action.owner else []
        if action.due_date is not None:
            details.append(_text("échéance {date}").format(date=_day(action.due_date)))
        lines.append(f"– {action.text}" + (f" ({', '.join(details)})" if details else ""))
    return lines


def _owner_suffix(action: Action) -> str:
    return f" ({action.owner})" if action.owner else ""


def _text(source: str) -> str:
    # Every source text passed here is also listed by lupdate through the calls below.
    return translate(_CONTEXT, source)


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _number(value: float | None) -> str:
    """Format a number the French way: no decimals for a whole number, a decimal comma otherwise."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", "\u202f")
    return f"{value:.2f}".rstrip("0").replace(".", ",")


def _excerpt(text: str) -> str:
    first_line = text.strip().splitlines()[0] if text.strip() else ""
    if len(first_line) <= _NOTE_EXCERPT:
        return first_line
    return first_line[: _NOTE_EXCERPT - 1].rstrip() + "…"


# Source texts of ``_text`` calls, listed for lupdate (it reads QT_TRANSLATE_NOOP calls only).
_SOURCE_TEXTS = (
    QT_TRANSLATE_NOOP(_CONTEXT, "Étape : {stage}"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Première réunion enregistrée de la grappe : pas de changement à comparer."),
    QT_TRANSLATE_NOOP(_CONTEXT, "– {date} : étape « {step} »"),
    QT_TRANSLATE_NOOP(_CONTEXT, "– {date} : {indicator} = {value} {unit}"),
    QT_TRANSLATE_NOOP(_CONTEXT, "– {date} : note ({kind}) « {text} »"),
    QT_TRANSLATE_NOOP(_CONTEXT, "– {date} : action faite « {text} »"),
    QT_TRANSLATE_NOOP(_CONTEXT, "– {date} : action en retard « {text} »{owner}"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Depuis la réunion du {date} :"),
    QT_TRANSLATE_NOOP(_CONTEXT, "Depuis la réunion du {date} : aucun changement enregistré."),
    QT_TRANSLATE_NOOP(_CONTEXT, "Actions ouvertes : aucune."),
    QT_TRANSLATE_NOOP(_CONTEXT, "Actions ouvertes :"),
    QT_TRANSLATE_NOOP(_CONTEXT, "échéance {date}"),
)
