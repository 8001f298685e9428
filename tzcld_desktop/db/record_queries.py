"""Read side of the territory record screen: one territory with its history and method.

``load_record`` runs four statements whatever the length of the history: the territory
with its place and cluster, its stage events, its phases, and its criteria with their
proof documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, select
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
    territory, departement_code, departement_name, region_name, cluster_name = _load_territory(
        session, territory_id
    )
    criteria = _load_criteria(session, territory_id)
    return TerritoryRecord(
        id=territory.id,
        name=territory.name,
        departement_code=departement_code,
        departement_name=departement_name,
        region_name=region_name,
        cluster_id=territory.cluster_id if cluster_name else None,
        cluster_name=cluster_name,
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


def _load_territory(session: Session, territory_id: str) -> tuple[Territory, str, str, str, str]:
    statement = (
        select(
            Territory,
            func.coalesce(Departement.code, ""),
            func.coalesce(Departement.name, ""),
            func.coalesce(Region.name, ""),
            func.coalesce(Cluster.name, ""),
        )
        .outerjoin(Departement, Territory.departement_id == Departement.id)
        .outerjoin(Region, Territory.region_id == Region.id)
        .outerjoin(Cluster, and_(Territory.cluster_id == Cluster.id, Cluster.deleted.is_(False)))
        .where(Territory.id == territory_id, Territory.deleted.is_(False))
    )
    row = session.execute(statement).one_or_none()
    if row is None:
        raise RecordNotFound(territory_id)
    return tuple(row)  # type: ignore[return-value]


def event_sort_key(event: StageEventView) -> tuple:
    """Order steps oldest first: undated steps first, then by date, then by their place in the path."""
    order = event.step.order if event.step is not None else len(StageStep)
    return (event.event_date is not None, event.event_date or date.min, order)


def _load_events(session: Session, territory_id: str) -> tuple[StageEventView, ...]:
    statement = select(
        StageEvent.id, StageEvent.step, StageEvent.event_date, StageEvent.published_on, StageEvent.comment
    ).where(StageEvent.territory_id == territory_id, StageEvent.deleted.is_(False))
    events = [
        StageEventView(
            id=event_id,
            step=StageStep.parse(step),
            step_value=step or "",
            event_date=event_date,
            published_on=published_on,
            comment=comment or "",
        )
        for event_id, step, event_date, published_on, comment in session.execute(statement)
    ]
    return tuple(sorted(events, key=event_sort_key))


def _load_phases(session: Session, territory_id: str) -> tuple[PhaseView, ...]:
    statement = select(
        PhaseProgress.phase, PhaseProgress.status, PhaseProgress.status_date, PhaseProgress.comment
    ).where(PhaseProgress.territory_id == territory_id, PhaseProgress.deleted.is_(False))
    saved = {phase: (status, status_date, comment) for phase, status, status_date, comment in session.execute(statement)}
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


def _load_criteria(session: Session, territory_id: str) -> tuple[CriterionView, ...]:
    statement = (
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
        .where(CriterionCheck.territory_id == territory_id, CriterionCheck.deleted.is_(False))
    )
    saved = {}
    for criterion, status, status_date, comment, document_id, title, file_name, sha256, link in session.execute(
        statement
    ):
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
