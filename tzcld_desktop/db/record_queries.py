"""Read side of the territory record screen: one territory with its history and method.

``load_record`` runs four statements whatever the length of the history: the territory
with its place and cluster, its stage events, its phases, and its criteria with their
proof documents.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Row, and_, bindparam, func, select
from sqlalchemy.orm import Session

from tzcld_desktop.db.models import (
    Cluster,
    CriterionCheck,
    Departement,
    Document,
    PhaseProgress,
    Region,
    StageEvent,
    Territory,
)
from tzcld_desktop.db.record_services import RecordNotFound
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import (
    Criterion,
    CriterionStatus,
    HabilitationAct,
    Health,
    MethodPhase,
    PhaseStatus,
    StageStep,
    readiness,
)


@dataclass(frozen=True)
class StageEventView:
    """One step of the history; ``step`` is None for a step value this version does not know."""

    id: str
    step: StageStep | None
    step_value: str
    event_date: date | None
    published_on: date | None
    comment: str


@dataclass(frozen=True)
class PhaseView:
    phase: MethodPhase
    status: PhaseStatus
    status_date: date | None
    comment: str


@dataclass(frozen=True)
class ProofView:
    """The document attached as the proof of a criterion."""

    document_id: str
    title: str
    file_name: str
    sha256: str
    link: str


@dataclass(frozen=True)
class CriterionView:
    criterion: Criterion
    status: CriterionStatus
    status_date: date | None
    comment: str
    proof: ProofView | None


@dataclass(frozen=True)
class TerritoryRecord:
    """Everything the shell and its first tabs show about one territory."""

    id: str
    name: str
    departement_code: str
    departement_name: str
    region_name: str
    cluster_id: str | None
    cluster_name: str
    stage: Stage
    habilitation_date: date | None
    habilitation_date_note: str
    habilitation_act: HabilitationAct
    habilitation_published_on: date | None
    communes: str
    epci: str
    qpv: str
    perimeter_note: str
    cle_president: str
    cle_members: str
    cle_created_on: date | None
    health: Health
    health_reason: str
    events: tuple[StageEventView, ...]
    phases: tuple[PhaseView, ...]
    criteria: tuple[CriterionView, ...]
    readiness: int


def load_record(session: Session, territory_id: str) -> TerritoryRecord:
    """Read one live territory's record; raise ``RecordNotFound`` when it is missing or deleted."""
    territory = _load_territory(session, territory_id)
    criteria = _load_criteria(session, territory_id)
    return TerritoryRecord(
        id=territory.id,
        name=territory.name,
        departement_code=territory.departement_code,
        departement_name=territory.departement_name,
        region_name=territory.region_name,
        cluster_id=territory.cluster_id if territory.cluster_name else None,
        cluster_name=territory.cluster_name,
        stage=_parse_stage(territory.stage),
        habilitation_date=territory.habilitation_date,
        habilitation_date_note=territory.habilitation_date_note or "",
        habilitation_act=HabilitationAct.parse(territory.habilitation_act or "", HabilitationAct.NONE),
        habilitation_published_on=territory.habilitation_published_on,
        communes=territory.communes or "",
        epci=territory.epci or "",
        qpv=territory.qpv or "",
        perimeter_note=territory.perimeter_note or "",
        cle_president=territory.cle_president or "",
        cle_members=territory.cle_members or "",
        cle_created_on=territory.cle_created_on,
        health=Health.parse(territory.health or "", Health.UNKNOWN),
        health_reason=territory.health_reason or "",
        events=_load_events(session, territory_id),
        phases=_load_phases(session, territory_id),
        criteria=criteria,
        readiness=readiness([criterion.status for criterion in criteria]),
    )


def _parse_stage(value: str | None) -> Stage:
    # A stage written by a newer version is shown as the first stage rather than failing.
    try:
        return Stage(value)
    except ValueError:
        return Stage.INTERESTED


# The statements below are built once, with the territory as a bound parameter, because
# building them took longer than running them. Execute them with {"territory_id": id}.
_TERRITORY_ID = bindparam("territory_id")


@functools.cache
def _territory_statement():
    # Only the columns the record shows: a whole ``Territory`` entity costs more to build.
    return (
        select(
            Territory.id,
            Territory.name,
            Territory.cluster_id,
            Territory.stage,
            Territory.habilitation_date,
            Territory.habilitation_date_note,
            Territory.habilitation_act,
            Territory.habilitation_published_on,
            Territory.communes,
            Territory.epci,
            Territory.qpv,
            Territory.perimeter_note,
            Territory.cle_president,
            Territory.cle_members,
            Territory.cle_created_on,
            Territory.health,
            Territory.health_reason,
            func.coalesce(Departement.code, "").label("departement_code"),
            func.coalesce(Departement.name, "").label("departement_name"),
            func.coalesce(Region.name, "").label("region_name"),
            func.coalesce(Cluster.name, "").label("cluster_name"),
        )
        .outerjoin(Departement, Territory.departement_id == Departement.id)
        .outerjoin(Region, Territory.region_id == Region.id)
        .outerjoin(Cluster, and_(Territory.cluster_id == Cluster.id, Cluster.deleted.is_(False)))
        .where(Territory.id == _TERRITORY_ID, Territory.deleted.is_(False))
    )


def _load_territory(session: Session, territory_id: str) -> Row:
    row = session.execute(_territory_statement(), {"territory_id": territory_id}).one_or_none()
    if row is None:
        raise RecordNotFound(territory_id)
    return row


def event_sort_key(event: StageEventView) -> tuple:
    """Order steps oldest first: undated steps first, then by date, then by their place in the path."""
    order = event.step.order if event.step is not None else len(StageStep)
    return (event.event_date is not None, event.event_date or date.min, order)


@functools.cache
def _events_statement():
    return select(
        StageEvent.id, StageEvent.step, StageEvent.event_date, StageEvent.published_on, StageEvent.comment
    ).where(StageEvent.territory_id == _TERRITORY_ID, StageEvent.deleted.is_(False))


def _load_events(session: Session, territory_id: str) -> tuple[StageEventView, ...]:
    rows = session.execute(_events_statement(), {"territory_id": territory_id})
    events = [
        StageEventView(
            id=event_id,
            step=StageStep.parse(step),
            step_value=step or "",
            event_date=event_date,
            published_on=published_on,
            comment=comment or "",
        )
        for event_id, step, event_date, published_on, comment in rows
    ]
    return tuple(sorted(events, key=event_sort_key))


@functools.cache
def _phases_statement():
    return select(
        PhaseProgress.phase, PhaseProgress.status, PhaseProgress.status_date, PhaseProgress.comment
    ).where(PhaseProgress.territory_id == _TERRITORY_ID, PhaseProgress.deleted.is_(False))


def _load_phases(session: Session, territory_id: str) -> tuple[PhaseView, ...]:
    rows = session.execute(_phases_statement(), {"territory_id": territory_id})
    saved = {phase: (status, status_date, comment) for phase, status, status_date, comment in rows}
    phases = []
    for phase in MethodPhase:
        status, status_date, comment = saved.get(phase.value, (None, None, ""))
        phases.append(PhaseView(
            phase=phase,
            status=PhaseStatus.parse(status, PhaseStatus.NOT_STARTED),
            status_date=status_date,
            comment=comment or "",
        ))
    return tuple(phases)


@functools.cache
def _criteria_statement():
    return (
        select(
            CriterionCheck.criterion,
            CriterionCheck.status,
            CriterionCheck.status_date,
            CriterionCheck.comment,
            Document.id,
            Document.title,
            Document.file_name,
            Document.sha256,
            Document.link,
        )
        .outerjoin(Document, and_(CriterionCheck.proof_document_id == Document.id, Document.deleted.is_(False)))
        .where(CriterionCheck.territory_id == _TERRITORY_ID, CriterionCheck.deleted.is_(False))
    )


def _load_criteria(session: Session, territory_id: str) -> tuple[CriterionView, ...]:
    rows = session.execute(_criteria_statement(), {"territory_id": territory_id})
    saved = {}
    for criterion, status, status_date, comment, document_id, title, file_name, sha256, link in rows:
        proof = ProofView(document_id, title or "", file_name or "", sha256 or "", link or "") if document_id else None
        saved[criterion] = (status, status_date, comment, proof)
    criteria = []
    for criterion in Criterion:
        status, status_date, comment, proof = saved.get(criterion.value, (None, None, "", None))
        criteria.append(CriterionView(
            criterion=criterion,
            status=CriterionStatus.parse(status, CriterionStatus.NOT_STARTED),
            status_date=status_date,
            comment=comment or "",
            proof=proof,
        ))
    return tuple(criteria)
