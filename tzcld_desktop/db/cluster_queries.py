"""Reads of one cluster (grappe) for its page: animators, member territories and meeting history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from tzcld_desktop.db.models import (
    Cluster,
    Contact,
    Departement,
    Meeting,
    MeetingPerson,
    MeetingTerritory,
    Region,
    Territory,
)
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import ContactRole, MeetingKind, MeetingStatus


@dataclass(frozen=True)
class ClusterDetails:
    id: str
    name: str
    region_code: str
    region_name: str
    animator: str
    referent: str
    notes: str


@dataclass(frozen=True)
class AnimatorRow:
    """A contact who animates the cluster: a person of an organisation, or the organisation itself."""

    id: str
    name: str
    organisation: str
    role: ContactRole
    email: str
    phone: str
    notes: str


@dataclass(frozen=True)
class MemberRow:
    id: str
    name: str
    departement_code: str
    stage: Stage
    habilitation_date: date | None


@dataclass(frozen=True)
class ClusterMeetingRow:
    """A meeting of the cluster with its attendance counts."""

    id: str
    meeting_date: date | None
    title: str
    kind: MeetingKind
    status: MeetingStatus
    territories_invited: int
    territories_present: int
    people_present: int


@dataclass(frozen=True)
class ClusterPageData:
    cluster: ClusterDetails
    animators: list[AnimatorRow]
    members: list[MemberRow]
    meetings: list[ClusterMeetingRow]


def get_cluster(session: Session, cluster_id: str) -> ClusterDetails | None:
    """Return a live cluster with its region and referent, or None."""
    row = session.execute(
        select(Cluster.id, Cluster.name, func.coalesce(Region.code, ""), func.coalesce(Region.name, ""),
               Cluster.animator, Cluster.referent, Cluster.notes)
        .outerjoin(Region, Region.id == Cluster.region_id)
        .where(Cluster.id == cluster_id, Cluster.deleted.is_(False))
    ).first()
    return ClusterDetails(*row) if row is not None else None


def cluster_page(session: Session, cluster_id: str) -> ClusterPageData | None:
    """Read everything the cluster page shows, in four statements whatever the cluster's size."""
    cluster = get_cluster(session, cluster_id)
    if cluster is None:
        return None
    return ClusterPageData(
        cluster=cluster,
        animators=list_animators(session, cluster_id),
        members=list_members(session, cluster_id),
        meetings=list_cluster_meetings(session, cluster_id),
    )


def list_animators(session: Session, cluster_id: str) -> list[AnimatorRow]:
    """Return the live contacts attached to the cluster, by organisation then name."""
    rows = session.scalars(
        select(Contact)
        .where(Contact.cluster_id == cluster_id, Contact.deleted.is_(False))
        .order_by(func.lower(Contact.organisation), Contact.name_key, Contact.id)
    )
    return [
        AnimatorRow(contact.id, contact.name, contact.organisation,
                    ContactRole.parse(contact.role, ContactRole.OTHER), contact.email, contact.phone, contact.notes)
        for contact in rows
    ]


def list_members(session: Session, cluster_id: str) -> list[MemberRow]:
    """Return the live member territories, by name."""
    rows = session.execute(
        select(Territory.id, Territory.name, func.coalesce(Departement.code, ""), Territory.stage,
               Territory.habilitation_date)
        .outerjoin(Departement, Departement.id == Territory.departement_id)
        .where(Territory.cluster_id == cluster_id, Territory.deleted.is_(False))
        .order_by(Territory.name_key, Territory.id)
    )
    return [
        MemberRow(territory_id, name, code, _stage(stage), habilitation_date)
        for territory_id, name, code, stage, habilitation_date in rows
    ]


def _stage(value: str) -> Stage:
    try:
        return Stage(value)
    except ValueError:
        return Stage.INTERESTED


def list_cluster_meetings(session: Session, cluster_id: str) -> list[ClusterMeetingRow]:
    """Return the cluster's live meetings, newest first, with attendance counted in SQL."""
    live_territory = select(Territory.id).where(Territory.deleted.is_(False)).scalar_subquery()
    territories = (
        select(
            MeetingTerritory.meeting_id.label("meeting_id"),
            func.count().label("invited"),
            func.sum(case((MeetingTerritory.present.is_(True), 1), else_=0)).label("present"),
        )
        .where(MeetingTerritory.deleted.is_(False), MeetingTerritory.territory_id.in_(live_territory))
        .group_by(MeetingTerritory.meeting_id)
        .subquery()
    )
    people = (
        select(MeetingPerson.meeting_id.label("meeting_id"), func.count().label("present"))
        .where(MeetingPerson.deleted.is_(False), MeetingPerson.present.is_(True))
        .group_by(MeetingPerson.meeting_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Meeting.id, Meeting.meeting_date, Meeting.title, Meeting.kind, Meeting.status,
            func.coalesce(territories.c.invited, 0), func.coalesce(territories.c.present, 0),
            func.coalesce(people.c.present, 0),
        )
        .outerjoin(territories, territories.c.meeting_id == Meeting.id)
        .outerjoin(people, people.c.meeting_id == Meeting.id)
        .where(Meeting.cluster_id == cluster_id, Meeting.deleted.is_(False))
        .order_by(Meeting.meeting_date.desc().nulls_first(), Meeting.id)
    )
    return [
        ClusterMeetingRow(meeting_id, meeting_date, title, MeetingKind.parse(kind, MeetingKind.CLUSTER),
                          MeetingStatus.parse(status, MeetingStatus.PLANNED), invited, present, people_present)
        for meeting_id, meeting_date, title, kind, status, invited, present, people_present in rows
    ]
