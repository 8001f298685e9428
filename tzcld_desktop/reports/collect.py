"""Fill the plain records that the PDF builders lay out (``tzcld_desktop.reports.data``).

The only module of ``reports`` that reads the database; the builders take its records.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from tzcld_desktop.db import queries
from tzcld_desktop.db.models import Cluster, Departement, Meeting, MeetingTerritory, Region, Territory
from tzcld_desktop.db.services import RecordNotFound
from tzcld_desktop.domain.errors import translate
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.reports.data import (
    ActionLine,
    MeetingHandoutData,
    MeetingReference,
    TerritoryLine,
    TerritorySheetData,
)



def _author(session: Session) -> str:
    profile = queries.get_profile(session)
    return profile.name if profile else ""


def _action_line(action: queries.ActionView) -> ActionLine:
    return ActionLine(
        text=action.text,
        owner=action.owner,
        due_date=action.due_date,
        status_label=translate("ActionStatus", action.status.label),
        territory=action.territory_name,
        is_open=action.status.is_open,
    )


def _departement_label(session: Session, territory: Territory) -> str:
    if not territory.departement_id:
        return ""
    departement = session.get(Departement, territory.departement_id)
    return f"{departement.code} – {departement.name}" if departement else ""


def meeting_handout_data(session: Session, meeting_id: str, today: date | None = None) -> MeetingHandoutData:
    """Collect what the handout of one meeting prints."""
    meeting = queries.get_meeting(session, meeting_id)
    if meeting is None:
        raise RecordNotFound(meeting_id)
    open_actions: dict[str, list[ActionLine]] = {territory_id: [] for territory_id in meeting.territory_ids}
    for action in queries.list_actions(session, territory_ids=meeting.territory_ids, open_only=True):
        open_actions[action.territory_id].append(_action_line(action))
    territories = {
        territory.id: (territory, departement)
        for territory, departement in session.execute(
            select(Territory, Departement)
            .outerjoin(Departement, Departement.id == Territory.departement_id)
            .where(Territory.id.in_(meeting.territory_ids))
        )
    }
    lines = []
    for territory_id in meeting.territory_ids:
        territory, departement = territories[territory_id]
        lines.append(
            TerritoryLine(
                name=territory.name,
                departement=f"{departement.code} – {departement.name}" if departement else "",
                stage_label=translate("Stage", Stage(territory.stage).label),
                habilitation_date=territory.habilitation_date,
                habilitation_date_note=territory.habilitation_date_note,
                open_actions=tuple(open_actions[territory_id]),
            )
        )
    meeting_actions = tuple(_action_line(action) for action in queries.list_actions(session, meeting_id=meeting_id))
    title = meeting.title or translate("Report", "Réunion de grappe")
    return MeetingHandoutData(
        title=title,
        cluster=meeting.cluster_name,
        region=meeting.region_name,
        meeting_date=meeting.meeting_date,
        place=meeting.place,
        territories=tuple(lines),
        minutes=meeting.minutes,
        decisions=meeting.decisions,
        actions=meeting_actions,
        author=_author(session),
        generated_on=today or date.today(),
    )


def territory_sheet_data(session: Session, territory_id: str, today: date | None = None) -> TerritorySheetData:
    """Collect what the sheet of one territory prints."""
    territory = queries.get_territory(session, territory_id)
    if territory is None:
        raise RecordNotFound(territory_id)
    region = session.get(Region, territory.region_id) if territory.region_id else None
    cluster = session.get(Cluster, territory.cluster_id) if territory.cluster_id else None
    meetings = session.execute(
        select(Meeting.meeting_date, Cluster.name, Meeting.place)
        .join(MeetingTerritory, MeetingTerritory.meeting_id == Meeting.id)
        .outerjoin(Cluster, Cluster.id == Meeting.cluster_id)
        .where(MeetingTerritory.territory_id == territory_id, MeetingTerritory.deleted.is_(False),
               Meeting.deleted.is_(False))
        .order_by(Meeting.meeting_date.desc())
    )
    return TerritorySheetData(
        name=territory.name,
        departement=_departement_label(session, territory),
        region=region.name if region else "",
        cluster=cluster.name if cluster and not cluster.deleted else "",
        stage_label=translate("Stage", Stage(territory.stage).label),
        habilitation_date=territory.habilitation_date,
        habilitation_date_note=territory.habilitation_date_note,
        communes=territory.communes,
        notes=territory.notes,
        source=territory.source,
        actions=tuple(_action_line(action) for action in queries.list_actions(session, territory_id=territory_id)),
        meetings=tuple(MeetingReference(day, name or "", place) for day, name, place in meetings if day),
        author=_author(session),
        generated_on=today or date.today(),
    )
