"""Fill the record of the regional summary (``reports.data.RegionalSummaryData``).

A fixed number of statements whatever the number of territories: the territories
of the regions, then their steps, checklists, open actions, meetings and needs.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from tzcld_desktop.db.models import (
    Action,
    Cluster,
    CriterionCheck,
    Departement,
    Meeting,
    MeetingTerritory,
    Need,
    Region,
    StageEvent,
    Territory,
)
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError, translate
from tzcld_desktop.domain.frenchtext import format_date_or_note
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.domain.vocabulary import (
    UNDER_REVIEW_STEPS,
    CriterionStatus,
    Health,
    NeedStatus,
    StageStep,
    readiness,
)
from tzcld_desktop.reports.collect import author_name, choice_text, departement_label, stage_text
from tzcld_desktop.reports.collect_minutes import needs_of
from tzcld_desktop.reports.data import (
    ActionLine,
    RegionalSummaryData,
    ReviewLine,
    SummaryTerritory,
    UpcomingMeeting,
)

WINDOW_DAYS = 60


class UnknownRegion(UserError):
    """A region code given for a summary or a batch matches no region."""

    context = "UnknownRegion"


def _regions(session: Session, codes: list[str]) -> list[Region]:
    regions = session.scalars(select(Region).where(Region.code.in_(codes))).all()
    known = {region.code for region in regions}
    unknown = [code for code in codes if code not in known]
    if unknown or not codes:
        raise UnknownRegion(
            QT_TRANSLATE_NOOP("UnknownRegion", "Région inconnue : « {code} ». Indiquez le code INSEE d'une région, "
                              "par exemple 84 pour Auvergne-Rhône-Alpes."),
            code=", ".join(unknown) or "(aucune)",
        )
    order = {code: position for position, code in enumerate(codes)}
    return sorted(regions, key=lambda region: order[region.code])


def region_territory_ids(session: Session, region_code: str) -> list[tuple[str, str]]:
    """Return the id and name of every live territory of a region, by name."""
    region = _regions(session, [region_code])[0]
    return list(session.execute(
        select(Territory.id, Territory.name)
        .where(Territory.region_id == region.id, Territory.deleted.is_(False))
        .order_by(Territory.name_key)
    ).all())


def _latest_steps(
    session: Session, region_ids: list[str], at_date: date, today: date
) -> tuple[dict[str, tuple], set[str]]:
    """Return each territory's latest step on ``at_date`` and the territories whose steps all come later."""
    rows = session.execute(
        select(StageEvent.territory_id, StageEvent.step, StageEvent.event_date)
        .join(Territory, Territory.id == StageEvent.territory_id)
        .where(Territory.region_id.in_(region_ids), Territory.deleted.is_(False), StageEvent.deleted.is_(False))
    )
    latest: dict[str, tuple] = {}
    later: set[str] = set()
    for territory_id, step_value, event_date in rows:
        step = StageStep.parse(step_value)
        if step is None:
            continue
        # An undated step cannot be placed in the past, so it counts only for a
        # summary of today or later.
        if event_date is None and at_date < today:
            continue
        if event_date is not None and event_date > at_date:
            later.add(territory_id)
            continue
        key = (event_date or date.min, step.order)
        if territory_id not in latest or key > latest[territory_id][0]:
            latest[territory_id] = (key, step, event_date)
    return latest, later - latest.keys()


def regional_summary_data(
    session: Session, region_codes: list[str], at_date: date | None = None, today: date | None = None
) -> RegionalSummaryData:
    """Collect the summary of the given regions as it stood on ``at_date`` (default: today).

    A territory's stage is that of its latest step dated on or before ``at_date``.
    Undated steps count only when ``at_date`` is not before ``today``. A territory
    without any such step keeps its current stage. One whose steps all come later
    is left out and counted in ``not_yet_followed``.
    """
    today = today or date.today()
    at_date = at_date or today
    regions = _regions(session, region_codes)
    region_ids = [region.id for region in regions]
    region_names = {region.id: region.name for region in regions}
    latest, later = _latest_steps(session, region_ids, at_date, today)

    territories = session.execute(
        select(Territory, Departement.code, Departement.name, Cluster.name)
        .outerjoin(Departement, Departement.id == Territory.departement_id)
        .outerjoin(Cluster, and_(Cluster.id == Territory.cluster_id, Cluster.deleted.is_(False)))
        .where(Territory.region_id.in_(region_ids), Territory.deleted.is_(False))
        .order_by(Territory.name_key)
    ).all()
    criteria = _criteria(session, region_ids)
    open_counts = _open_action_counts(session, region_ids)
    last_meetings = _last_meetings(session, region_ids, at_date)

    lines: list[SummaryTerritory] = []
    under_review: list[ReviewLine] = []
    names: dict[str, str] = {}
    for territory, departement_code, departement_name, cluster_name in territories:
        names[territory.id] = territory.name
        if territory.id in later:
            continue
        step_info = latest.get(territory.id)
        stage_value = step_info[1].stage if step_info else territory.stage
        stage = _stage(stage_value)
        departement = departement_label(departement_code, departement_name)
        habilitation = ""
        if stage is Stage.HABILITATED:
            habilitation = format_date_or_note(territory.habilitation_date, territory.habilitation_date_note,
                                               missing="")
        statuses = criteria.get(territory.id)
        lines.append(SummaryTerritory(
            name=territory.name,
            departement=departement,
            region=region_names.get(territory.region_id, ""),
            cluster=cluster_name or "",
            stage_label=stage_text(stage.value),
            stage_rank=stage.rank,
            habilitation=habilitation,
            health_label=choice_text(Health, territory.health) if territory.health else "",
            readiness_percent=readiness(statuses) if statuses else None,
            open_actions=open_counts.get(territory.id, 0),
            last_meeting=last_meetings.get(territory.id),
        ))
        if step_info and step_info[1] in UNDER_REVIEW_STEPS:
            under_review.append(ReviewLine(territory.name, departement, step_info[1].text(), step_info[2]))

    counts = [(stage_text(stage.value), sum(1 for line in lines if line.stage_rank == stage.rank)) for stage in Stage]
    under_review.sort(key=lambda line: (line.step_date or date.min, line.territory))
    return RegionalSummaryData(
        regions=tuple(region.name for region in regions),
        at_date=at_date,
        stage_counts=tuple(counts),
        territories=tuple(lines),
        under_review=tuple(under_review),
        deadlines=_deadlines(session, region_ids, at_date, names),
        meetings=_upcoming_meetings(session, region_ids, at_date),
        needs=_needs(session, region_ids, at_date, names),
        author=author_name(session),
        generated_on=today,
        window_days=WINDOW_DAYS,
        not_yet_followed=len(later),
    )


def _stage(value: str) -> Stage:
    # A stage value written by a newer version counts as the first stage.
    try:
        return Stage(value)
    except ValueError:
        return Stage.INTERESTED


def _criteria(session: Session, region_ids: list[str]) -> dict[str, list[CriterionStatus | None]]:
    statuses: dict[str, list[CriterionStatus | None]] = defaultdict(list)
    rows = session.execute(
        select(CriterionCheck.territory_id, CriterionCheck.status)
        .join(Territory, Territory.id == CriterionCheck.territory_id)
        .where(Territory.region_id.in_(region_ids), CriterionCheck.deleted.is_(False))
    )
    for territory_id, status in rows:
        statuses[territory_id].append(CriterionStatus.parse(status))
    return statuses


def _open_values() -> list[str]:
    return [status.value for status in ActionStatus if status.is_open]


def _open_action_counts(session: Session, region_ids: list[str]) -> dict[str, int]:
    return dict(session.execute(
        select(Action.territory_id, func.count())
        .join(Territory, Territory.id == Action.territory_id)
        .where(Territory.region_id.in_(region_ids), Action.deleted.is_(False), Action.status.in_(_open_values()))
        .group_by(Action.territory_id)
    ).all())


def _last_meetings(session: Session, region_ids: list[str], at_date: date) -> dict[str, date]:
    return dict(session.execute(
        select(MeetingTerritory.territory_id, func.max(Meeting.meeting_date))
        .join(Meeting, Meeting.id == MeetingTerritory.meeting_id)
        .join(Territory, Territory.id == MeetingTerritory.territory_id)
        .where(Territory.region_id.in_(region_ids), MeetingTerritory.deleted.is_(False), Meeting.deleted.is_(False),
               Meeting.meeting_date <= at_date)
        .group_by(MeetingTerritory.territory_id)
    ).all())


def _region_clusters(region_ids: list[str]):
    return select(Cluster.id).where(Cluster.region_id.in_(region_ids))


def _deadlines(session: Session, region_ids: list[str], at_date: date, names: dict[str, str]) -> tuple[ActionLine, ...]:
    """Return the open actions due within the window, of the regions' territories or meetings."""
    region_meetings = select(Meeting.id).where(Meeting.cluster_id.in_(_region_clusters(region_ids)))
    region_territories = select(Territory.id).where(Territory.region_id.in_(region_ids))
    rows = session.scalars(
        select(Action)
        .where(Action.deleted.is_(False), Action.status.in_(_open_values()),
               Action.due_date >= at_date, Action.due_date <= at_date + timedelta(days=WINDOW_DAYS),
               or_(Action.territory_id.in_(region_territories), Action.meeting_id.in_(region_meetings)))
        .order_by(Action.due_date, Action.text)
    )
    return tuple(
        ActionLine(action.text, action.owner, action.due_date,
                   _status_text(action.status), names.get(action.territory_id or "", ""), True)
        for action in rows
    )


def _status_text(value: str) -> str:
    try:
        return translate("ActionStatus", ActionStatus(value).label)
    except ValueError:
        return value


def _upcoming_meetings(session: Session, region_ids: list[str], at_date: date) -> tuple[UpcomingMeeting, ...]:
    attending = (
        select(MeetingTerritory.meeting_id, func.count().label("territories"))
        .where(MeetingTerritory.deleted.is_(False))
        .group_by(MeetingTerritory.meeting_id)
        .subquery()
    )
    rows = session.execute(
        select(Meeting, Cluster.name, func.coalesce(attending.c.territories, 0))
        .join(Cluster, Cluster.id == Meeting.cluster_id)
        .outerjoin(attending, attending.c.meeting_id == Meeting.id)
        .where(Cluster.region_id.in_(region_ids), Meeting.deleted.is_(False),
               Meeting.meeting_date >= at_date, Meeting.meeting_date <= at_date + timedelta(days=WINDOW_DAYS))
        .order_by(Meeting.meeting_date, Meeting.start_time)
    )
    return tuple(
        UpcomingMeeting(meeting.meeting_date, meeting.start_time, meeting.title, cluster_name or "", meeting.place,
                        count)
        for meeting, cluster_name, count in rows
    )


def _needs(session: Session, region_ids: list[str], at_date: date, names: dict[str, str]):
    """Return the needs still open on ``at_date``, of the regions' territories or clusters."""
    return needs_of(
        session, names,
        or_(Need.territory_id.in_(select(Territory.id).where(Territory.region_id.in_(region_ids))),
            Need.cluster_id.in_(_region_clusters(region_ids))),
        Need.status != NeedStatus.ANSWERED.value,
        or_(Need.raised_on.is_(None), Need.raised_on <= at_date),
    )
