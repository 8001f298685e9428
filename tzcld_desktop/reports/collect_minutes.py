"""Fill the record of a meeting's minutes (``reports.data.MinutesData``)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from tzcld_desktop.db import queries
from tzcld_desktop.db.models import Action, AgendaItem, Meeting, MeetingPerson, MeetingTerritory, Need, Outcome, Territory
from tzcld_desktop.db.services import RecordNotFound
from tzcld_desktop.domain.vocabulary import ItemStatus, MeetingKind, MeetingStatus, NeedCategory, NeedStatus, OutcomeKind
from tzcld_desktop.reports.collect import action_line, author_name, choice_text
from tzcld_desktop.reports.data import (
    ActionLine,
    AttendanceLine,
    MinutesData,
    MinutesItem,
    NeedLine,
    OutcomeLine,
    PersonLine,
)


def minutes_data(session: Session, meeting_id: str, today: date | None = None) -> MinutesData:
    """Collect what the minutes of one meeting print."""
    meeting = queries.get_meeting(session, meeting_id)
    if meeting is None:
        raise RecordNotFound(meeting_id)
    row = session.get(Meeting, meeting_id)
    names = _territory_names(session, meeting_id)
    actions = queries.list_actions(session, meeting_id=meeting_id)
    item_of_action = dict(
        session.execute(
            select(Action.id, Action.agenda_item_id).where(Action.meeting_id == meeting_id, Action.deleted.is_(False))
        ).all()
    )
    actions_by_item: dict[str, list[ActionLine]] = defaultdict(list)
    for action in actions:
        item_id = item_of_action.get(action.id)
        if item_id:
            actions_by_item[item_id].append(action_line(action))
    return MinutesData(
        title=meeting.title,
        cluster=meeting.cluster_name,
        region=meeting.region_name,
        meeting_date=meeting.meeting_date,
        start_time=row.start_time,
        place=meeting.place,
        kind_label=choice_text(MeetingKind, row.kind),
        status_label=choice_text(MeetingStatus, row.status),
        attendance=_attendance(session, meeting_id),
        people=_people(session, meeting_id, names),
        items=_items(session, meeting_id, names, actions_by_item),
        minutes=meeting.minutes,
        decisions=meeting.decisions,
        actions=tuple(action_line(action) for action in actions),
        needs=needs_of(session, names, Need.meeting_id == meeting_id),
        author=author_name(session),
        generated_on=today or date.today(),
    )


def _territory_names(session: Session, meeting_id: str) -> dict[str, str]:
    """Return the names of the territories a meeting's records refer to, deleted ones included."""
    ids = set()
    for model in (MeetingTerritory, MeetingPerson, Outcome, Need, AgendaItem):
        ids.update(session.scalars(select(model.territory_id).where(model.meeting_id == meeting_id)))
    ids.discard(None)
    return dict(session.execute(select(Territory.id, Territory.name).where(Territory.id.in_(ids))).all())


def _attendance(session: Session, meeting_id: str) -> tuple[AttendanceLine, ...]:
    rows = session.execute(
        select(Territory.name, MeetingTerritory.present, MeetingTerritory.attendees)
        .join(Territory, Territory.id == MeetingTerritory.territory_id)
        .where(MeetingTerritory.meeting_id == meeting_id, MeetingTerritory.deleted.is_(False),
               Territory.deleted.is_(False))
        .order_by(Territory.name_key)
    )
    return tuple(AttendanceLine(name, present, attendees) for name, present, attendees in rows)


def _people(session: Session, meeting_id: str, names: dict[str, str]) -> tuple[PersonLine, ...]:
    rows = session.scalars(
        select(MeetingPerson)
        .where(MeetingPerson.meeting_id == meeting_id, MeetingPerson.deleted.is_(False))
        .order_by(MeetingPerson.name)
    )
    return tuple(
        PersonLine(person.name, person.organisation, names.get(person.territory_id or "", ""), person.present)
        for person in rows
    )


def _items(
    session: Session, meeting_id: str, names: dict[str, str], actions_by_item: dict[str, list[ActionLine]]
) -> tuple[MinutesItem, ...]:
    outcomes: dict[str | None, list[OutcomeLine]] = defaultdict(list)
    for outcome in session.scalars(
        select(Outcome).where(Outcome.meeting_id == meeting_id, Outcome.deleted.is_(False))
        .order_by(Outcome.updated_at)
    ):
        outcomes[outcome.agenda_item_id].append(
            OutcomeLine(choice_text(OutcomeKind, outcome.kind), outcome.text, names.get(outcome.territory_id or "", ""),
                        outcome.kind == OutcomeKind.DECISION.value)
        )
    items = session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False))
        .order_by(AgendaItem.position, AgendaItem.title)
    ).all()
    lines = [
        MinutesItem(item.section, item.title, item.presenter, choice_text(ItemStatus, item.status), item.minutes,
                    tuple(outcomes.pop(item.id, ())), tuple(actions_by_item.get(item.id, ())))
        for item in items
    ]
    # Outcomes without a (live) agenda item are reported under a last item of their own.
    orphans = [outcome for outcome_list in outcomes.values() for outcome in outcome_list]
    if orphans:
        lines.append(MinutesItem("", "Autres points", "", "", "", tuple(orphans)))
    return tuple(lines)


def needs_of(session: Session, names: dict[str, str], *conditions: object) -> tuple[NeedLine, ...]:
    """Return the live needs matching ``conditions``, by category then date."""
    order = {member.value: position for position, member in enumerate(NeedCategory)}
    rows = session.scalars(select(Need).where(Need.deleted.is_(False), *conditions)).all()
    rows = sorted(rows, key=lambda need: (order.get(need.category, len(order)), need.raised_on or date.min))
    missing = {need.territory_id for need in rows if need.territory_id and need.territory_id not in names}
    if missing:
        names = {**names, **dict(session.execute(select(Territory.id, Territory.name)
                                                 .where(Territory.id.in_(missing))).all())}
    return tuple(
        NeedLine(choice_text(NeedCategory, need.category), need.description, names.get(need.territory_id or "", ""),
                 choice_text(NeedStatus, need.status), need.raised_on)
        for need in rows
    )
