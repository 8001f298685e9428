"""Read-side queries: lists and details for the screens, commands and reports.

Most lists filter and sort in SQL on indexed, normalised keys. The territory list
screen instead loads every live territory once into a ``TerritoryList`` and filters
and sorts it in memory, so each keystroke or header click costs no query.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from tzcld_desktop.db.models import (
    SYNCED_MODELS,
    Action,
    Cluster,
    Departement,
    Meeting,
    MeetingTerritory,
    Profile,
    Region,
    SyncRegister,
    Territory,
)
from tzcld_desktop.domain.crdt import Register
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.domain.text import normalize


@dataclass(frozen=True)
class ProfileView:
    name: str
    region_codes: tuple[str, ...]


@dataclass(frozen=True)
class RegionView:
    id: str
    code: str
    name: str


@dataclass(frozen=True)
class DepartementView:
    code: str
    name: str
    region_code: str


@dataclass(frozen=True)
class TerritoryRow:
    """One line of the territory list."""

    id: str
    name: str
    departement_code: str
    departement_name: str
    region_code: str
    region_name: str
    cluster_id: str | None
    cluster_name: str
    stage: Stage
    habilitation_date: date | None
    habilitation_date_note: str
    has_conflict: bool
    needs_review: bool


@dataclass(frozen=True)
class TerritoryQuery:
    text: str = ""
    region_codes: tuple[str, ...] = ()
    stages: tuple[Stage, ...] = ()
    cluster_id: str | None = None
    sort_column: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class ClusterView:
    id: str
    name: str
    region_code: str
    region_name: str
    animator: str
    notes: str


@dataclass(frozen=True)
class ActionView:
    id: str
    text: str
    owner: str
    due_date: date | None
    status: ActionStatus
    territory_id: str | None
    territory_name: str
    meeting_id: str | None


@dataclass(frozen=True)
class MeetingView:
    id: str
    cluster_id: str | None
    cluster_name: str
    region_name: str
    title: str
    meeting_date: date | None
    place: str
    minutes: str
    decisions: str
    territory_ids: tuple[str, ...]


# Enough ids per IN (...) to stay well under SQLite's limit of bound parameters.
_CHUNK = 500

SORT_COLUMNS = ("name", "departement", "region", "cluster", "stage", "habilitation_date")

# ``Stage(value)`` goes through Enum.__call__, slow enough to show when loading thousands of rows.
_STAGES_BY_VALUE = {stage.value: stage for stage in Stage}
_STAGE_RANKS = {stage: stage.rank for stage in Stage}

_STAGE_RANK = case({stage.value: stage.rank for stage in Stage}, value=Territory.stage, else_=99)


def get_profile(session: Session) -> ProfileView | None:
    profile = session.get(Profile, 1)
    if profile is None:
        return None
    return ProfileView(profile.name, tuple(json.loads(profile.region_codes)))


def list_regions(session: Session) -> list[RegionView]:
    rows = session.execute(select(Region.id, Region.code, Region.name).order_by(Region.name_key))
    return [RegionView(*row) for row in rows]


def list_departements(session: Session, region_codes: tuple[str, ...] = ()) -> list[DepartementView]:
    statement = select(Departement.code, Departement.name, Region.code).join(
        Region, Departement.region_id == Region.id
    )
    if region_codes:
        statement = statement.where(Region.code.in_(region_codes))
    return [DepartementView(*row) for row in session.execute(statement.order_by(Departement.code))]


def _word_key(key: str) -> str:
    """Return a search key where hyphens and apostrophes separate words like spaces."""
    return " ".join(key.replace("-", " ").replace("'", " ").split())


def list_territories(session: Session, query: TerritoryQuery) -> list[TerritoryRow]:
    """Return the live territories matching ``query``, in the order it requests."""
    region = aliased(Region)
    statement = (
        select(
            Territory.id,
            Territory.name,
            func.coalesce(Departement.code, ""),
            func.coalesce(Departement.name, ""),
            func.coalesce(region.code, ""),
            func.coalesce(region.name, ""),
            Territory.cluster_id,
            func.coalesce(Cluster.name, ""),
            Territory.stage,
            Territory.habilitation_date,
            Territory.habilitation_date_note,
            Territory.has_conflict,
            Territory.needs_review,
        )
        .outerjoin(Departement, Territory.departement_id == Departement.id)
        .outerjoin(region, Territory.region_id == region.id)
        .outerjoin(Cluster, and_(Territory.cluster_id == Cluster.id, Cluster.deleted.is_(False)))
        .where(Territory.deleted.is_(False))
    )
    key = _word_key(normalize(query.text))
    if key:
        pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        words = func.replace(func.replace(Territory.name_key, "-", " "), "'", " ")
        statement = statement.where(words.like(pattern, escape="\\"))
    if query.region_codes:
        statement = statement.where(region.code.in_(query.region_codes))
    if query.stages:
        statement = statement.where(Territory.stage.in_([stage.value for stage in query.stages]))
    if query.cluster_id:
        statement = statement.where(Territory.cluster_id == query.cluster_id)
    order = {
        "name": Territory.name_key,
        "departement": Departement.code,
        "region": region.name_key,
        "cluster": Cluster.name,
        "stage": _STAGE_RANK,
        # An approximate date ("~2022-09") sorts among the exact ones by its digits.
        "habilitation_date": func.coalesce(
            Territory.habilitation_date, func.ltrim(Territory.habilitation_date_note, "~")
        ),
    }[query.sort_column]
    primary = order.desc() if query.descending else order.asc()
    statement = statement.order_by(primary.nulls_last(), Territory.name_key, Territory.id)
    return [
        TerritoryRow(*row[:8], Stage(row[8]), *row[9:])
        for row in session.execute(statement)
    ]


class TerritoryList:
    """Every live territory with its search and sort keys, filtered and sorted in memory.

    ``select`` returns the same rows in the same order as ``list_territories`` for the
    same query, without a round trip to SQLite. Python compares strings by code point
    like SQLite's default BINARY collation, and a missing value sorts last in both
    directions like ``NULLS LAST``. The list does not follow later writes: load it again
    after the territories, clusters, regions or départements change.
    """

    def __init__(self, rows: list[TerritoryRow], name_keys: list[str],
                 sort_values: dict[str, list[object]]) -> None:
        # ``rows`` come in (name key, id) order, the tie-break of every sort.
        self._rows = rows
        self._search_keys = [_search_words(key) for key in name_keys]
        self._sort_values = sort_values
        self._orders: dict[tuple[str, bool], list[int]] = {}

    @classmethod
    def load(cls, session: Session) -> TerritoryList:
        """Read every live territory, in four statements whatever their number.

        The territory table is scanned in storage order and the names of départements,
        regions and clusters come from dictionaries. A scan through the name index with
        joins reads the wide rows (notes, communes) in random order, which took 60 ms
        instead of 25 ms for 5,000 territories on a 2-core AMD EPYC VM.
        """
        departements = {
            departement_id: (code, name)
            for departement_id, code, name in session.execute(
                select(Departement.id, Departement.code, Departement.name))
        }
        regions = {
            region_id: (code, name, name_key)
            for region_id, code, name, name_key in session.execute(
                select(Region.id, Region.code, Region.name, Region.name_key))
        }
        clusters = dict(session.execute(select(Cluster.id, Cluster.name).where(Cluster.deleted.is_(False))).all())
        statement = select(
            Territory.id, Territory.name, Territory.name_key, Territory.departement_id, Territory.region_id,
            Territory.cluster_id, Territory.stage, Territory.habilitation_date, Territory.habilitation_date_note,
            Territory.has_conflict, Territory.needs_review,
        ).where(Territory.deleted.is_(False))
        loaded = sorted(session.execute(statement).all(), key=lambda row: (row[2], row[0]))

        rows: list[TerritoryRow] = []
        name_keys: list[str] = []
        sort_values: dict[str, list[object]] = {column: [] for column in SORT_COLUMNS}
        for (territory_id, name, name_key, departement_id, region_id, cluster_id, stage_value,
             habilitation_date, note, has_conflict, needs_review) in loaded:
            departement_code, departement_name = departements.get(departement_id, (None, None))
            region_code, region_name, region_key = regions.get(region_id, (None, None, None))
            cluster_name = clusters.get(cluster_id)
            stage = _STAGES_BY_VALUE.get(stage_value) or Stage(stage_value)
            rows.append(TerritoryRow(
                territory_id, name, departement_code or "", departement_name or "", region_code or "",
                region_name or "", cluster_id, cluster_name or "", stage, habilitation_date, note,
                has_conflict, needs_review,
            ))
            name_keys.append(name_key)
            sort_values["name"].append(name_key)
            sort_values["departement"].append(departement_code)
            sort_values["region"].append(region_key)
            sort_values["cluster"].append(cluster_name)
            sort_values["stage"].append(_STAGE_RANKS[stage])
            sort_values["habilitation_date"].append(_habilitation_sort_value(habilitation_date, note))
        return cls(rows, name_keys, sort_values)

    def __len__(self) -> int:
        return len(self._rows)

    def select(self, query: TerritoryQuery) -> list[TerritoryRow]:
        """Return the territories matching ``query``, in the order it requests."""
        key = _word_key(normalize(query.text))
        region_codes = set(query.region_codes)
        stages = set(query.stages)
        rows = self._rows
        search_keys = self._search_keys
        selected = []
        for index in self._order(query.sort_column, query.descending):
            row = rows[index]
            if key and key not in search_keys[index]:
                continue
            if region_codes and row.region_code not in region_codes:
                continue
            if stages and row.stage not in stages:
                continue
            if query.cluster_id and row.cluster_id != query.cluster_id:
                continue
            selected.append(row)
        return selected

    def _order(self, column: str, descending: bool) -> list[int]:
        """Return the row positions sorted by ``column``, computed once per column and direction."""
        order = self._orders.get((column, descending))
        if order is None:
            values = self._sort_values[column]
            present = [index for index, value in enumerate(values) if value is not None]
            missing = [index for index, value in enumerate(values) if value is None]
            # Python's sort is stable, also in reverse, so equal values keep the
            # (name key, id) order of the rows.
            present.sort(key=values.__getitem__, reverse=descending)
            order = present + missing
            self._orders[(column, descending)] = order
        return order


def _search_words(name_key: str) -> str:
    """Return the text that the search matches: the name key with hyphens and apostrophes as spaces."""
    return name_key.replace("-", " ").replace("'", " ")


def _habilitation_sort_value(habilitation_date: date | None, note: str | None) -> str | None:
    """Return the SQL sort value of the habilitation column: the ISO date, else the note without its "~"."""
    if habilitation_date is not None:
        return habilitation_date.isoformat()
    if note is None:
        return None
    return note.lstrip("~")


def count_conflicts_and_reviews(session: Session) -> tuple[int, int]:
    """Return how many fields hold a conflict and how many records wait for a deletion review.

    Reads the ``has_conflict`` and ``needs_review`` flags of the synced tables, then the
    registers of the flagged records only, so the cost follows the number of flagged
    records rather than the size of ``sync_register``. The counts are those of
    ``conflicts.list_conflicts`` and ``conflicts.list_reviews``.
    """
    conflicts = 0
    reviews = 0
    for table, model in SYNCED_MODELS.items():
        flagged = session.execute(
            select(model.id, model.has_conflict, model.needs_review)
            .where(or_(model.has_conflict.is_(True), model.needs_review.is_(True)))
        ).all()
        reviews += sum(1 for _id, _conflict, needs_review in flagged if needs_review)
        conflicted_ids = [record_id for record_id, has_conflict, _review in flagged if has_conflict]
        for start in range(0, len(conflicted_ids), _CHUNK):
            registers = session.execute(
                select(SyncRegister.entries, SyncRegister.context).where(
                    SyncRegister.table_name == table,
                    SyncRegister.record_id.in_(conflicted_ids[start : start + _CHUNK]),
                )
            )
            conflicts += sum(1 for entries, context in registers
                             if Register.from_json(entries, context).has_conflict())
    return conflicts, reviews


def get_territory(session: Session, territory_id: str) -> Territory | None:
    territory = session.get(Territory, territory_id)
    if territory is None or territory.deleted:
        return None
    return territory


def territory_codes(session: Session, territory: Territory) -> tuple[str | None, str | None]:
    """Return the département and region codes of a territory."""
    departement = session.get(Departement, territory.departement_id) if territory.departement_id else None
    region = session.get(Region, territory.region_id) if territory.region_id else None
    return (departement.code if departement else None, region.code if region else None)


def list_clusters(session: Session, region_codes: tuple[str, ...] = ()) -> list[ClusterView]:
    statement = (
        select(Cluster.id, Cluster.name, func.coalesce(Region.code, ""), func.coalesce(Region.name, ""),
               Cluster.animator, Cluster.notes)
        .outerjoin(Region, Cluster.region_id == Region.id)
        .where(Cluster.deleted.is_(False))
    )
    if region_codes:
        statement = statement.where(Region.code.in_(region_codes))
    return [ClusterView(*row) for row in session.execute(statement.order_by(func.lower(Cluster.name)))]


def _meetings_statement():
    return (
        select(Meeting, func.coalesce(Cluster.name, ""), func.coalesce(Region.name, ""))
        .outerjoin(Cluster, Cluster.id == Meeting.cluster_id)
        .outerjoin(Region, Region.id == Cluster.region_id)
        .where(Meeting.deleted.is_(False))
    )


def list_meetings(session: Session, cluster_id: str | None = None) -> list[MeetingView]:
    """Return the live meetings, newest first, in three statements whatever their number."""
    statement = _meetings_statement()
    if cluster_id:
        statement = statement.where(Meeting.cluster_id == cluster_id)
    rows = session.execute(statement.order_by(Meeting.meeting_date.desc())).all()
    attendance = _attendance(session, [meeting.id for meeting, _cluster, _region in rows])
    return [_meeting_view(*row, territory_ids) for row, territory_ids in zip(rows, attendance, strict=True)]


def get_meeting(session: Session, meeting_id: str) -> MeetingView | None:
    row = session.execute(_meetings_statement().where(Meeting.id == meeting_id)).first()
    if row is None:
        return None
    return _meeting_view(*row, _attendance(session, [meeting_id])[0])


def _attendance(session: Session, meeting_ids: list[str]) -> list[tuple[str, ...]]:
    by_meeting: dict[str, list[str]] = {meeting_id: [] for meeting_id in meeting_ids}
    for start in range(0, len(meeting_ids), _CHUNK):
        rows = session.execute(
            select(MeetingTerritory.meeting_id, MeetingTerritory.territory_id)
            .join(Territory, Territory.id == MeetingTerritory.territory_id)
            .where(MeetingTerritory.meeting_id.in_(meeting_ids[start : start + _CHUNK]),
                   MeetingTerritory.deleted.is_(False), Territory.deleted.is_(False))
            .order_by(Territory.name_key)
        )
        for meeting_id, territory_id in rows:
            by_meeting[meeting_id].append(territory_id)
    return [tuple(by_meeting[meeting_id]) for meeting_id in meeting_ids]


def _meeting_view(
    meeting: Meeting, cluster_name: str, region_name: str, territory_ids: tuple[str, ...]
) -> MeetingView:
    return MeetingView(
        meeting.id,
        meeting.cluster_id,
        cluster_name,
        region_name,
        meeting.title,
        meeting.meeting_date,
        meeting.place,
        meeting.minutes,
        meeting.decisions,
        territory_ids,
    )


def list_actions(
    session: Session,
    *,
    meeting_id: str | None = None,
    territory_id: str | None = None,
    territory_ids: Sequence[str] | None = None,
    open_only: bool = False,
) -> list[ActionView]:
    """Return live actions, by due date; filters combine (``territory_ids``: any of them)."""
    statement = (
        select(Action, func.coalesce(Territory.name, ""))
        .outerjoin(Territory, Territory.id == Action.territory_id)
        .where(Action.deleted.is_(False))
    )
    if meeting_id:
        statement = statement.where(Action.meeting_id == meeting_id)
    if territory_id:
        statement = statement.where(Action.territory_id == territory_id)
    if territory_ids is not None:
        statement = statement.where(Action.territory_id.in_(list(territory_ids)))
    if open_only:
        statement = statement.where(Action.status.in_([s.value for s in ActionStatus if s.is_open]))
    statement = statement.order_by(Action.due_date.asc().nulls_last(), Action.text)
    return [
        ActionView(action.id, action.text, action.owner, action.due_date, ActionStatus(action.status),
                   action.territory_id, territory_name, action.meeting_id)
        for action, territory_name in session.execute(statement)
    ]
