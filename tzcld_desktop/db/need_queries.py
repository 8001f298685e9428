"""Reads of the needs raised (remontées de besoins), for the national list and a meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from tzcld_desktop.db.models import Cluster, Meeting, Need, Region, Territory
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.domain.vocabulary import NeedCategory, NeedStatus


@dataclass(frozen=True)
class NeedRow:
    """One need with the names of its territory, cluster, region and meeting."""

    id: str
    raised_on: date | None
    category: NeedCategory
    description: str
    status: NeedStatus
    territory_id: str | None
    territory_name: str
    cluster_id: str | None
    cluster_name: str
    region_code: str
    region_name: str
    meeting_id: str | None
    meeting_title: str
    meeting_date: date | None
    has_conflict: bool


@dataclass(frozen=True)
class NeedQuery:
    """Filters of the need list; empty filters keep every need."""

    text: str = ""
    categories: tuple[NeedCategory, ...] = ()
    statuses: tuple[NeedStatus, ...] = ()
    cluster_id: str | None = None
    region_codes: tuple[str, ...] = ()
    meeting_id: str | None = None
    territory_ids: tuple[str, ...] = ()


def list_needs(session: Session, query: NeedQuery = NeedQuery()) -> list[NeedRow]:  # noqa: B008
    """Return the live needs matching ``query``, newest first, in one statement.

    A need's region is its cluster's region, or else its territory's region. The text
    search matches the description and the territory name without accents or case.
    """
    statement, territory, region_code = _needs_statement()
    statement = _filtered(statement, query, territory, region_code)
    statement = statement.order_by(Need.raised_on.desc().nulls_last(), Need.description_key, Need.id)
    return [_need_row(*row) for row in session.execute(statement)]


def get_need(session: Session, need_id: str) -> NeedRow | None:
    """Return one live need, or None when it does not exist or was deleted."""
    statement, _territory, _region_code = _needs_statement()
    row = session.execute(statement.where(Need.id == need_id)).first()
    return _need_row(*row) if row is not None else None


def _needs_statement():
    """Return the select of live needs with their names, the territory alias and the region code column."""
    cluster_region = aliased(Region)
    territory_region = aliased(Region)
    territory = aliased(Territory)
    cluster = aliased(Cluster)
    meeting = aliased(Meeting)
    region_code = func.coalesce(cluster_region.code, territory_region.code, "")
    statement = (
        select(
            Need,
            func.coalesce(territory.name, ""),
            func.coalesce(cluster.name, ""),
            region_code,
            func.coalesce(cluster_region.name, territory_region.name, ""),
            func.coalesce(meeting.title, ""),
            meeting.meeting_date,
        )
        .outerjoin(territory, (territory.id == Need.territory_id) & territory.deleted.is_(False))
        .outerjoin(cluster, (cluster.id == Need.cluster_id) & cluster.deleted.is_(False))
        .outerjoin(meeting, (meeting.id == Need.meeting_id) & meeting.deleted.is_(False))
        .outerjoin(cluster_region, cluster_region.id == cluster.region_id)
        .outerjoin(territory_region, territory_region.id == territory.region_id)
        .where(Need.deleted.is_(False))
    )
    return statement, territory, region_code


def _filtered(statement, query: NeedQuery, territory, region_code):
    if query.categories:
        statement = statement.where(Need.category.in_([category.value for category in query.categories]))
    if query.statuses:
        statement = statement.where(Need.status.in_([status.value for status in query.statuses]))
    if query.cluster_id:
        statement = statement.where(Need.cluster_id == query.cluster_id)
    if query.region_codes:
        statement = statement.where(region_code.in_(query.region_codes))
    if query.meeting_id:
        statement = statement.where(Need.meeting_id == query.meeting_id)
    if query.territory_ids:
        statement = statement.where(Need.territory_id.in_(query.territory_ids))
    key = normalize(query.text)
    if key:
        pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        statement = statement.where(or_(
            Need.description_key.like(pattern, escape="\\"),
            territory.name_key.like(pattern, escape="\\"),
        ))
    return statement


def _need_row(need: Need, territory_name: str, cluster_name: str, region_code: str, region_name: str,
              meeting_title: str, meeting_date: date | None) -> NeedRow:
    return NeedRow(
        id=need.id,
        raised_on=need.raised_on,
        category=NeedCategory.parse(need.category, NeedCategory.OTHER),
        description=need.description,
        status=NeedStatus.parse(need.status, NeedStatus.OPEN),
        territory_id=need.territory_id,
        territory_name=territory_name,
        cluster_id=need.cluster_id,
        cluster_name=cluster_name,
        region_code=region_code,
        region_name=region_name,
        meeting_id=need.meeting_id,
        meeting_title=meeting_title,
        meeting_date=meeting_date,
        has_conflict=need.has_conflict,
    )


@dataclass(frozen=True)
class Choice:
    """An id and the name shown for it in a filter or form list."""

    id: str
    name: str
    region_code: str = ""


def list_need_choices(session: Session) -> tuple[list[Choice], list[Choice], list[Choice]]:
    """Return the live clusters, territories and regions offered by the need filters and form."""
    clusters = [
        Choice(cluster_id, name, code or "")
        for cluster_id, name, code in session.execute(
            select(Cluster.id, Cluster.name, Region.code)
            .outerjoin(Region, Region.id == Cluster.region_id)
            .where(Cluster.deleted.is_(False))
            .order_by(func.lower(Cluster.name))
        )
    ]
    territories = [
        Choice(territory_id, name, code or "")
        for territory_id, name, code in session.execute(
            select(Territory.id, Territory.name, Region.code)
            .outerjoin(Region, Region.id == Territory.region_id)
            .where(Territory.deleted.is_(False))
            .order_by(Territory.name_key)
        )
    ]
    regions = [Choice(code, name, code) for code, name in session.execute(
        select(Region.code, Region.name).order_by(Region.name_key))]
    return clusters, territories, regions
