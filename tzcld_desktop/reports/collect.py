"""Fill the plain records of the territory sheet and the meeting handout (``reports.data``).

With ``collect_minutes`` and ``collect_summary``, the only modules of ``reports`` that
read the database; the builders take their records. Personal data (contacts' phone
and e-mail) is read only when ``include_personal`` is set, so a record built without
it cannot leak it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tzcld_desktop.db import queries
from tzcld_desktop.db.models import (
    Action,
    AgendaItem,
    Cluster,
    Contact,
    CriterionCheck,
    Departement,
    Document,
    DocumentLink,
    Ebe,
    IndicatorValue,
    JournalNote,
    Meeting,
    MeetingTerritory,
    PhaseProgress,
    Region,
    StageEvent,
    Territory,
)
from tzcld_desktop.db.services import RecordNotFound
from tzcld_desktop.domain.errors import translate
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.domain.vocabulary import (
    Choice,
    ContactRole,
    Criterion,
    CriterionStatus,
    DocumentCategory,
    HabilitationAct,
    Health,
    Indicator,
    MeetingKind,
    MethodPhase,
    NoteKind,
    PhaseStatus,
    StageStep,
    readiness,
)
from tzcld_desktop.reports.data import (
    ActionLine,
    AgendaLine,
    ContactLine,
    DocumentLine,
    EbeLine,
    IndicatorPoint,
    IndicatorSeries,
    MeetingHandoutData,
    MeetingReference,
    NoteLine,
    StageEventLine,
    StatusLine,
    TerritoryLine,
    TerritorySheetData,
)

JOURNAL_NOTES = 10


def author_name(session: Session) -> str:
    """Return the name of the referent of this copy, printed as the documents' author."""
    profile = queries.get_profile(session)
    return profile.name if profile else ""


def action_line(action: queries.ActionView) -> ActionLine:
    """Turn an action read by ``queries.list_actions`` into a printed line."""
    return ActionLine(
        text=action.text,
        owner=action.owner,
        due_date=action.due_date,
        status_label=translate("ActionStatus", action.status.label),
        territory=action.territory_name,
        is_open=action.status.is_open,
    )


def choice_text(kind: type[Choice], value: str | None) -> str:
    """Return the translated label of a stored value, or the value itself when unknown."""
    member = kind.parse(value)
    return member.text() if member is not None else (value or "")


def stage_text(value: str) -> str:
    """Return the translated label of a stored ``Stage`` value."""
    try:
        return translate("Stage", Stage(value).label)
    except ValueError:
        return value


def departement_label(code: str | None, name: str | None) -> str:
    """Return "38 – Isère", or "" without a département."""
    return f"{code} – {name}" if code else ""


def meeting_times(start_time: str, durations: Sequence[int | None]) -> list[tuple[str, str]]:
    """Return the start and end ("HH:MM") of consecutive items, "" once a time is unknown.

    The first item starts at ``start_time``; each next one when the previous ends.
    An item without a duration has a start but no end, and the items after it have
    neither.
    """
    minutes = _parse_time(start_time)
    times = []
    for duration in durations:
        if minutes is None:
            times.append(("", ""))
            continue
        end = minutes + duration if duration is not None and duration >= 0 else None
        times.append((_format_time(minutes), _format_time(end) if end is not None else ""))
        minutes = end
    return times


def _parse_time(text: str) -> int | None:
    hours, separator, minutes = text.strip().partition(":")
    if not separator or not hours.isdigit() or not minutes.isdigit():
        return None
    if int(hours) > 23 or int(minutes) > 59:
        return None
    return int(hours) * 60 + int(minutes)


def _format_time(minutes: int) -> str:
    # An agenda running past midnight wraps round the clock.
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def indicator_series(session: Session, territory_ids: Iterable[str]) -> dict[str, tuple[IndicatorSeries, ...]]:
    """Return each territory's indicators, in the order of ``Indicator``, values oldest first.

    EBE headcounts of several EBEs are kept as one series per indicator; the chart
    then shows every dated value. One statement for all the territories.
    """
    ids = list(territory_ids)
    points: dict[str, dict[str, list[IndicatorPoint]]] = defaultdict(lambda: defaultdict(list))
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(IndicatorValue.territory_id, IndicatorValue.indicator, IndicatorValue.value_date,
                   IndicatorValue.value)
            .where(IndicatorValue.territory_id.in_(ids[start:start + 500]), IndicatorValue.deleted.is_(False))
            .order_by(IndicatorValue.value_date.asc().nulls_first())
        )
        for territory_id, indicator, value_date, value in rows:
            points[territory_id][indicator].append(IndicatorPoint(value_date, value))

    order = {member.value: position for position, member in enumerate(Indicator)}
    result = {}
    for territory_id, by_indicator in points.items():
        series = []
        for indicator in sorted(by_indicator, key=lambda value: order.get(value, len(order))):
            member = Indicator.parse(indicator)
            unit = translate("Indicator", member.unit) if member is not None else ""
            series.append(IndicatorSeries(choice_text(Indicator, indicator), unit, tuple(by_indicator[indicator])))
        result[territory_id] = tuple(series)
    return result


def contact_lines(
    session: Session, territory_ids: Sequence[str], names: dict[str, str], include_personal: bool
) -> tuple[ContactLine, ...]:
    """Return the contacts of the territories, by territory then name.

    A contact marked as personal data keeps its phone and e-mail only with
    ``include_personal``; the others (a switchboard, a generic address) always do.
    """
    rows = session.scalars(
        select(Contact)
        .where(Contact.territory_id.in_(list(territory_ids)), Contact.deleted.is_(False))
        .order_by(Contact.name_key)
    ).all()
    lines = [
        ContactLine(
            name=contact.name,
            role_label=choice_text(ContactRole, contact.role),
            organisation=contact.organisation,
            phone=contact.phone if include_personal or not contact.personal else "",
            email=contact.email if include_personal or not contact.personal else "",
            territory=names.get(contact.territory_id or "", ""),
        )
        for contact in rows
    ]
    lines.sort(key=lambda line: line.territory)
    return tuple(lines)


# -- territory sheet ----------------------------------------------------------------------


def territory_sheet_data(
    session: Session, territory_id: str, today: date | None = None, *, include_personal: bool = False
) -> TerritorySheetData:
    """Collect what the sheet of one territory prints."""
    territory = queries.get_territory(session, territory_id)
    if territory is None:
        raise RecordNotFound(territory_id)
    region = session.get(Region, territory.region_id) if territory.region_id else None
    cluster = session.get(Cluster, territory.cluster_id) if territory.cluster_id else None
    departement = session.get(Departement, territory.departement_id) if territory.departement_id else None
    criteria = _criteria(session, territory_id)
    journal, journal_total = _journal(session, territory_id)
    return TerritorySheetData(
        name=territory.name,
        departement=departement_label(departement.code, departement.name) if departement else "",
        region=region.name if region else "",
        cluster=cluster.name if cluster and not cluster.deleted else "",
        stage_label=stage_text(territory.stage),
        habilitation_date=territory.habilitation_date,
        habilitation_date_note=territory.habilitation_date_note,
        communes=territory.communes,
        notes=territory.notes,
        source=territory.source,
        actions=_territory_actions(session, territory_id, territory.name or ""),
        meetings=_meetings(session, territory_id),
        author=author_name(session),
        generated_on=today or date.today(),
        epci=territory.epci,
        qpv=territory.qpv,
        perimeter_note=territory.perimeter_note,
        habilitation_act_label=choice_text(HabilitationAct, territory.habilitation_act) if territory.habilitation_act
        else "",
        habilitation_published_on=territory.habilitation_published_on,
        health_label=choice_text(Health, territory.health) if territory.health else "",
        health_reason=territory.health_reason,
        stage_events=_stage_events(session, territory_id),
        phases=_phases(session, territory_id),
        criteria=tuple(line for line, _status in criteria),
        readiness_percent=readiness([status for _line, status in criteria]) if criteria else None,
        cle_president=territory.cle_president,
        cle_members=territory.cle_members,
        cle_created_on=territory.cle_created_on,
        ebes=_ebes(session, territory_id),
        indicators=indicator_series(session, [territory_id]).get(territory_id, ()),
        journal=journal,
        journal_total=journal_total,
        contacts=contact_lines(session, [territory_id], {territory_id: territory.name}, include_personal),
        include_personal=include_personal,
        territory_id=territory_id,
    )


def _territory_actions(session: Session, territory_id: str, territory_name: str) -> tuple[ActionLine, ...]:
    """Return the printed lines of a territory's live actions, in ``queries.list_actions`` order.

    Reads the four printed columns instead of whole ``Action`` rows, and translates each
    status once, because a territory may have a thousand actions.
    """
    rows = session.execute(
        select(Action.text, Action.owner, Action.due_date, Action.status)
        .where(Action.deleted.is_(False), Action.territory_id == territory_id)
        .order_by(Action.due_date.asc().nulls_last(), Action.text)
    )
    statuses: dict[str, tuple[str, bool]] = {}
    lines = []
    for text, owner, due_date, value in rows:
        status = statuses.get(value)
        if status is None:
            member = ActionStatus(value)
            status = statuses[value] = (translate("ActionStatus", member.label), member.is_open)
        label, is_open = status
        lines.append(ActionLine(text=text, owner=owner, due_date=due_date, status_label=label,
                                territory=territory_name, is_open=is_open))
    return tuple(lines)


def _meetings(session: Session, territory_id: str) -> tuple[MeetingReference, ...]:
    rows = session.execute(
        select(Meeting.meeting_date, Cluster.name, Meeting.place)
        .join(MeetingTerritory, MeetingTerritory.meeting_id == Meeting.id)
        .outerjoin(Cluster, Cluster.id == Meeting.cluster_id)
        .where(MeetingTerritory.territory_id == territory_id, MeetingTerritory.deleted.is_(False),
               Meeting.deleted.is_(False))
        .order_by(Meeting.meeting_date.desc())
    )
    return tuple(MeetingReference(day, name or "", place) for day, name, place in rows if day)


def _stage_events(session: Session, territory_id: str) -> tuple[StageEventLine, ...]:
    events = session.scalars(
        select(StageEvent).where(StageEvent.territory_id == territory_id, StageEvent.deleted.is_(False))
    ).all()

    def order(event: StageEvent) -> tuple[date, int]:
        step = StageStep.parse(event.step)
        return (event.event_date or date.max, step.order if step is not None else len(StageStep))

    return tuple(
        StageEventLine(choice_text(StageStep, event.step), event.event_date, event.published_on, event.comment)
        for event in sorted(events, key=order)
    )


def _phases(session: Session, territory_id: str) -> tuple[StatusLine, ...]:
    stored = {
        row.phase: row
        for row in session.scalars(
            select(PhaseProgress).where(PhaseProgress.territory_id == territory_id, PhaseProgress.deleted.is_(False))
        )
    }
    lines = []
    for phase in MethodPhase:
        row = stored.get(phase.value)
        status = row.status if row else PhaseStatus.NOT_STARTED.value
        lines.append(StatusLine(phase.text(), choice_text(PhaseStatus, status), row.status_date if row else None,
                                row.comment if row else ""))
    return tuple(lines)


def _criteria(session: Session, territory_id: str) -> list[tuple[StatusLine, CriterionStatus | None]]:
    """Return every criterion of the checklist with its status; an untouched one is not started."""
    stored = {
        row.criterion: row
        for row in session.scalars(
            select(CriterionCheck).where(CriterionCheck.territory_id == territory_id,
                                         CriterionCheck.deleted.is_(False))
        )
    }
    lines = []
    for criterion in Criterion:
        row = stored.get(criterion.value)
        status = CriterionStatus.parse(row.status) if row else CriterionStatus.NOT_STARTED
        label = choice_text(CriterionStatus, row.status) if row else CriterionStatus.NOT_STARTED.text()
        lines.append((StatusLine(criterion.text(), label, row.status_date if row else None,
                                 row.comment if row else ""), status))
    return lines


def _ebes(session: Session, territory_id: str) -> tuple[EbeLine, ...]:
    rows = session.scalars(
        select(Ebe).where(Ebe.territory_id == territory_id, Ebe.deleted.is_(False))
        .order_by(Ebe.opening_date.asc().nulls_last(), Ebe.name)
    )
    return tuple(EbeLine(ebe.name, ebe.opening_date, ebe.sectors, ebe.max_etp) for ebe in rows)


def _journal(session: Session, territory_id: str) -> tuple[tuple[NoteLine, ...], int]:
    """Return the latest ``JOURNAL_NOTES`` notes, newest first, and the number of notes."""
    live = (JournalNote.territory_id == territory_id, JournalNote.deleted.is_(False))
    total = session.scalar(select(func.count()).select_from(JournalNote).where(*live)) or 0
    rows = session.scalars(
        select(JournalNote).where(*live)
        .order_by(JournalNote.note_date.desc().nulls_last(), JournalNote.updated_at.desc())
        .limit(JOURNAL_NOTES)
    )
    notes = tuple(NoteLine(note.note_date, choice_text(NoteKind, note.kind), note.author, note.text) for note in rows)
    return notes, total


# -- meeting handout ----------------------------------------------------------------------


def meeting_handout_data(
    session: Session, meeting_id: str, today: date | None = None, *, include_personal: bool = False
) -> MeetingHandoutData:
    """Collect what the handout of one meeting prints."""
    meeting = queries.get_meeting(session, meeting_id)
    if meeting is None:
        raise RecordNotFound(meeting_id)
    row = session.get(Meeting, meeting_id)
    territory_ids = list(meeting.territory_ids)
    open_actions: dict[str, list[ActionLine]] = {territory_id: [] for territory_id in territory_ids}
    for action in queries.list_actions(session, territory_ids=territory_ids, open_only=True):
        open_actions[action.territory_id].append(action_line(action))
    territories = {
        territory.id: (territory, departement)
        for territory, departement in session.execute(
            select(Territory, Departement)
            .outerjoin(Departement, Departement.id == Territory.departement_id)
            .where(Territory.id.in_(territory_ids))
        )
    }
    indicators = indicator_series(session, territory_ids)
    lines = []
    for territory_id in territory_ids:
        territory, departement = territories[territory_id]
        lines.append(
            TerritoryLine(
                name=territory.name,
                departement=departement_label(departement.code, departement.name) if departement else "",
                stage_label=stage_text(territory.stage),
                habilitation_date=territory.habilitation_date,
                habilitation_date_note=territory.habilitation_date_note,
                open_actions=tuple(open_actions[territory_id]),
                indicators=indicators.get(territory_id, ()),
                territory_id=territory_id,
            )
        )
    names = {territory_id: territories[territory_id][0].name for territory_id in territory_ids}
    meeting_actions = tuple(action_line(action) for action in queries.list_actions(session, meeting_id=meeting_id))
    agenda = _agenda(session, meeting_id, row.start_time)
    # The meeting's own length wins; without it, the end of the last timed agenda item.
    end_time = agenda[-1].end if agenda else ""
    if row.duration_minutes:
        end_time = meeting_times(row.start_time, [row.duration_minutes])[0][1]
    return MeetingHandoutData(
        title=meeting.title,
        cluster=meeting.cluster_name,
        region=meeting.region_name,
        meeting_date=meeting.meeting_date,
        place=meeting.place,
        territories=tuple(lines),
        minutes=meeting.minutes,
        decisions=meeting.decisions,
        actions=meeting_actions,
        author=author_name(session),
        generated_on=today or date.today(),
        kind_label=choice_text(MeetingKind, row.kind),
        start_time=row.start_time if _parse_time(row.start_time) is not None else "",
        end_time=end_time,
        video_link=row.video_link,
        agenda=agenda,
        documents=meeting_documents(session, meeting_id),
        contacts=contact_lines(session, territory_ids, names, include_personal),
        include_personal=include_personal,
        meeting_id=meeting_id,
    )


def _agenda(session: Session, meeting_id: str, start_time: str) -> tuple[AgendaLine, ...]:
    items = session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False))
        .order_by(AgendaItem.position, AgendaItem.title)
    ).all()
    times = meeting_times(start_time, [item.duration_minutes for item in items])
    return tuple(
        AgendaLine(item.section, item.title, item.presenter, item.duration_minutes, start, end)
        for item, (start, end) in zip(items, times, strict=True)
    )


def meeting_documents(session: Session, meeting_id: str) -> tuple[DocumentLine, ...]:
    """Return the documents attached to a meeting, by title."""
    rows = session.execute(
        select(Document, DocumentLink.comment)
        .join(DocumentLink, DocumentLink.document_id == Document.id)
        .where(DocumentLink.meeting_id == meeting_id, DocumentLink.deleted.is_(False), Document.deleted.is_(False))
        .order_by(Document.title_key)
    )
    return tuple(
        DocumentLine(document.title or document.file_name, document.file_name, document.link,
                     choice_text(DocumentCategory, document.category), comment)
        for document, comment in rows
    )
