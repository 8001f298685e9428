"""Reads across all territories: the home dashboard, the global search and possible duplicates.

Each screen costs a fixed number of SQL statements whatever the number of rows: counts
are aggregated in SQL, and lists come back as plain dataclasses.
"""

from __future__ import annotations

import enum
import functools
import math
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, case, exists, func, literal, literal_column, not_, or_, select, union_all
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from tzcld_desktop.db.models import (
    Action,
    Cluster,
    Contact,
    Departement,
    DocumentLink,
    JournalNote,
    Meeting,
    MeetingTerritory,
    Region,
    StageEvent,
    Territory,
)
from tzcld_desktop.db.reference import departement_id, region_id
from tzcld_desktop.db.search_index import ACTION_SEARCH, NOTE_SEARCH, match_expression
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.domain.vocabulary import UNDER_REVIEW_STEPS, Health, StageStep

DEFAULT_NO_CONTACT_WEEKS = 8
UPCOMING_DAYS = 30
# Shorter queries would match most of the notes and tell the user nothing.
MIN_SEARCH_LENGTH = 2
# Notes and actions found are counted up to this number, and a larger total shows as
# "plus de 1 000". Counting and sorting every match of "co" (70,000 actions of the decade
# benchmark dataset) took about 0.5 s.
SEARCH_COUNT_CAP = 1000

# The open action statuses as written in the indexes of migration 0008, which serve only
# queries that repeat these literal values. A test checks them against ActionStatus.
INDEXED_OPEN_STATUSES = ("a_faire", "en_cours")


# -- Dashboard --------------------------------------------------------------------------


class FilterKind(str, enum.Enum):
    """Source count of a filtered list opened from the dashboard."""

    STAGE = "stage"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"
    NO_CONTACT = "no_contact"
    UNDER_REVIEW = "under_review"
    HEALTH = "health"

    @property
    def list_name(self) -> str:
        """The list that shows this filter: "territories", "actions" or "meetings"."""
        if self is FilterKind.OVERDUE:
            return "actions"
        if self is FilterKind.UPCOMING:
            return "meetings"
        return "territories"


@dataclass(frozen=True)
class DashboardFilter:
    """The filtered list behind one count of the dashboard.

    ``region_codes`` is empty for every region. ``territory_ids``, ``action_ids`` and
    ``meeting_ids`` hold the records counted, so a list can show exactly them without
    computing the rule again.
    """

    kind: FilterKind
    region_codes: tuple[str, ...] = ()
    stage: Stage | None = None
    overdue: bool = False
    upcoming_days: int | None = None
    no_contact_weeks: int | None = None
    under_review: bool = False
    health: Health | None = None
    territory_ids: tuple[str, ...] = ()
    action_ids: tuple[str, ...] = ()
    meeting_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class UpcomingMeeting:
    id: str
    meeting_date: date
    start_time: str
    title: str
    cluster_name: str


@dataclass(frozen=True)
class Dashboard:
    """Counts and lists of the home dashboard for some regions on one day; id tuples are in name order."""

    region_codes: tuple[str, ...]
    today: date
    stage_ids: dict[Stage, tuple[str, ...]]
    overdue_count: int
    overdue_territory_ids: tuple[str, ...]
    upcoming_meetings: tuple[UpcomingMeeting, ...]
    no_contact_weeks: int
    no_contact_ids: tuple[str, ...]
    under_review_ids: tuple[str, ...]
    health_ids: dict[Health, tuple[str, ...]]

    @property
    def stage_counts(self) -> dict[Stage, int]:
        return {stage: len(ids) for stage, ids in self.stage_ids.items()}

    @property
    def territory_count(self) -> int:
        return sum(len(ids) for ids in self.stage_ids.values())


@dataclass(frozen=True)
class _TerritoryFacts:
    """The live territories of the regions with what the dashboard counts of each, in name order."""

    stage_ids: dict[Stage, tuple[str, ...]]
    health_ids: dict[Health, tuple[str, ...]]
    ids: tuple[str, ...]
    without_recent_note: tuple[str, ...]
    # Open actions due before the day asked for, per territory that has any.
    overdue_counts: dict[str, int]


def _region_ids(region_codes: Sequence[str]) -> list[str]:
    return [region_id(code) for code in region_codes]


def _territory_scope(region_codes: Sequence[str]):
    """Return the condition on ``Territory`` of live territories in the regions (every region when empty)."""
    live = Territory.deleted.is_(False)
    if not region_codes:
        return live
    return and_(live, Territory.region_id.in_(_region_ids(region_codes)))


def load_dashboard(
    session: Session,
    region_codes: Sequence[str] = (),
    *,
    no_contact_weeks: int = DEFAULT_NO_CONTACT_WEEKS,
    today: date | None = None,
) -> Dashboard:
    """Read the dashboard of the territories of ``region_codes`` (every region when empty) in six statements."""
    today = today or date.today()
    region_codes = tuple(region_codes)
    since = today - timedelta(weeks=no_contact_weeks)
    facts = _territory_facts(session, region_codes, since, overdue_before=today)
    met = _met_since(session, since, today)
    overdue_territories = tuple(territory_id for territory_id in facts.ids if territory_id in facts.overdue_counts)
    overdue_count = sum(facts.overdue_counts.values()) + _overdue_without_territory(session, region_codes, today)
    return Dashboard(
        region_codes=region_codes,
        today=today,
        stage_ids=facts.stage_ids,
        overdue_count=overdue_count,
        overdue_territory_ids=overdue_territories,
        upcoming_meetings=upcoming_meetings(session, region_codes, today),
        no_contact_weeks=no_contact_weeks,
        no_contact_ids=tuple(territory_id for territory_id in facts.without_recent_note if territory_id not in met),
        under_review_ids=candidatures_under_review(session, region_codes),
        health_ids=facts.health_ids,
    )


def territories_without_contact(
    session: Session, region_codes: Sequence[str], weeks: int, today: date
) -> tuple[str, ...]:
    """Return the live territories with no contact in the last ``weeks`` weeks, by name.

    A contact is a live journal note dated since then, or a meeting held since then
    (dated today at the latest) that the territory attended: invited and not marked
    absent. A territory never contacted counts too.
    """
    since = today - timedelta(weeks=weeks)
    facts = _territory_facts(session, region_codes, since)
    met = _met_since(session, since, today)
    return tuple(territory_id for territory_id in facts.without_recent_note if territory_id not in met)


def _territory_facts(
    session: Session, region_codes: Sequence[str], since: date, overdue_before: date | None = None
) -> _TerritoryFacts:
    """Read every live territory of the regions once, with whether it has a live note dated since ``since``.

    With ``overdue_before``, also count the open actions of each territory due before that day.
    """
    noted = _noted_since(session, since)
    overdue = literal(0)
    if overdue_before is not None:
        # One search per territory in the partial index of open actions, in place of
        # grouping the tens of thousands of overdue actions of a decade of data.
        overdue = (
            select(func.count())
            .where(Action.territory_id == Territory.id, _open_action(), Action.due_date < overdue_before)
            .scalar_subquery()
        )
    live = Territory.deleted.is_(False)
    if region_codes:
        # "|| ''" keeps SQLite off the region index: walking the live territories in name
        # order (migration 0008) and skipping other regions needs no sort.
        live = and_(live, Territory.region_id.concat("").in_(_region_ids(region_codes)))
    rows = _plain_rows(
        session,
        select(Territory.id, Territory.stage, Territory.health, overdue)
        .where(live)
        .order_by(Territory.name_key, Territory.id),
    )
    stage_ids: dict[Stage, list[str]] = {stage: [] for stage in Stage}
    health_ids: dict[Health, list[str]] = {Health.AT_RISK: [], Health.BLOCKED: []}
    # Keyed by the stored values, so each row costs dictionary lookups and no enum call.
    # A stage written by a newer version of the application is left out of the counts.
    stage_lists = {stage.value: found for stage, found in stage_ids.items()}
    health_lists = {health.value: found for health, found in health_ids.items()}
    ids: list[str] = []
    quiet: list[str] = []
    overdue_counts: dict[str, int] = {}
    for territory_id, stage, health, overdue_count in rows:
        ids.append(territory_id)
        stage_list = stage_lists.get(stage)
        if stage_list is not None:
            stage_list.append(territory_id)
        health_list = health_lists.get(health)
        if health_list is not None:
            health_list.append(territory_id)
        if territory_id not in noted:
            quiet.append(territory_id)
        if overdue_count:
            overdue_counts[territory_id] = overdue_count
    return _TerritoryFacts(
        {stage: tuple(found) for stage, found in stage_ids.items()},
        {health: tuple(found) for health, found in health_ids.items()},
        tuple(ids),
        tuple(quiet),
        overdue_counts,
    )


def _noted_since(session: Session, since: date) -> set[str]:
    """Return the territories with a live journal note dated ``since`` or later."""
    # Driven by the note date through ix_journal_note_live_by_date (migration 0010), so
    # only the recent notes are read. One EXISTS per territory took 16 ms on the 5,000
    # territories of the decade benchmark dataset, and this statement 1.4 ms (2-core AMD EPYC VM).
    return set(_plain_scalars(
        session,
        select(JournalNote.territory_id).where(JournalNote.note_date >= since, JournalNote.deleted.is_(False)),
    ))


def _met_since(session: Session, since: date, today: date) -> set[str]:
    """Return the territories that attended a meeting held from ``since`` to ``today``: invited, not marked absent."""
    # Driven by the meeting date, so only the few recent meetings are read.
    rows = _plain_scalars(
        session,
        select(MeetingTerritory.territory_id)
        .join(Meeting, Meeting.id == MeetingTerritory.meeting_id)
        .where(
            Meeting.deleted.is_(False),
            Meeting.meeting_date.between(since, today),
            MeetingTerritory.deleted.is_(False),
            MeetingTerritory.present.is_not(False),
        )
    )
    return set(rows)


def _open_action():
    """Return the condition of a live open action, written as the WHERE clause of ``ix_action_open_by_territory``.

    SQLite uses a partial index only for a query that repeats its condition with the same
    literal values, so the statuses are written into the SQL, not bound.
    """
    statuses = [literal_column(f"'{status}'") for status in INDEXED_OPEN_STATUSES]
    return and_(Action.deleted.is_(False), Action.status.in_(statuses))


def _overdue_without_territory(session: Session, region_codes: Sequence[str], today: date) -> int:
    """Return how many open actions without a territory are due before ``today`` and count in the regions.

    Such an action counts when the cluster of its meeting is in the regions, or when it
    belongs to no meeting (a task of the referent's own). Every one counts when
    ``region_codes`` is empty.
    """
    without_territory = and_(_open_action(), Action.due_date < today, Action.territory_id.is_(None))
    if not region_codes:
        return session.scalar(select(func.count()).where(without_territory)) or 0
    # Grouped first, so the meetings and clusters are read once per meeting, not once per action.
    groups = (
        select(Action.meeting_id.label("meeting_id"), func.count().label("count"))
        .where(without_territory)
        .group_by(Action.meeting_id)
        .subquery()
    )
    rows = _plain_rows(
        session,
        select(groups.c.meeting_id, Cluster.region_id, groups.c.count)
        .outerjoin(Meeting, Meeting.id == groups.c.meeting_id)
        .outerjoin(Cluster, Cluster.id == Meeting.cluster_id),
    )
    regions = set(_region_ids(region_codes))
    return sum(found for meeting_id, cluster_region, found in rows
               if meeting_id is None or cluster_region in regions)


def _plain_rows(session: Session, statement) -> list:
    """Run a column-only ``statement`` on the session's connection and return plain rows.

    The rows skip the ORM's result processing, which cost about as much as the SQL on
    the 5,000 territories of the decade benchmark (measured with cProfile).
    """
    return session.connection().execute(statement).all()


def _plain_scalars(session: Session, statement) -> list:
    """Run a one-column ``statement`` like ``_plain_rows`` and return the column's values."""
    return session.connection().execute(statement).scalars().all()


def upcoming_meetings(
    session: Session, region_codes: Sequence[str], today: date, days: int = UPCOMING_DAYS
) -> tuple[UpcomingMeeting, ...]:
    """Return the live meetings from ``today`` to ``days`` days later, soonest first.

    A meeting counts in the regions when its cluster is there or one of its attending
    territories is. A meeting with neither a cluster nor attending territories, such as
    a national event, counts everywhere.
    """
    statement = (
        select(Meeting.id, Meeting.meeting_date, Meeting.start_time, Meeting.title, func.coalesce(Cluster.name, ""))
        .outerjoin(Cluster, and_(Cluster.id == Meeting.cluster_id, Cluster.deleted.is_(False)))
        .where(Meeting.deleted.is_(False), Meeting.meeting_date.between(today, today + timedelta(days=days)))
        .order_by(Meeting.meeting_date, Meeting.start_time, Meeting.title, Meeting.id)
    )
    if region_codes:
        attending = (
            select(MeetingTerritory.id)
            .join(Territory, Territory.id == MeetingTerritory.territory_id)
            .where(MeetingTerritory.meeting_id == Meeting.id, MeetingTerritory.deleted.is_(False))
        )
        any_attending = exists(attending.where(Territory.deleted.is_(False)))
        statement = statement.where(or_(
            Cluster.region_id.in_(_region_ids(region_codes)),
            exists(attending.where(_territory_scope(region_codes))),
            and_(Meeting.cluster_id.is_(None), not_(any_attending)),
        ))
    return tuple(UpcomingMeeting(*row) for row in session.execute(statement))


def _step_order():
    return case({step.value: step.order for step in StageStep}, value=StageEvent.step, else_=-1)


def candidatures_under_review(session: Session, region_codes: Sequence[str] = ()) -> tuple[str, ...]:
    """Return the candidatures whose latest step waits for ETCLD's opinion, by name.

    The latest step is the latest dated one, the later in the path on the same day, as
    the stage follows it. A territory with undated steps only takes the latest in the path.
    """
    latest_first = func.row_number().over(
        partition_by=StageEvent.territory_id,
        order_by=(StageEvent.event_date.is_(None), StageEvent.event_date.desc(), _step_order().desc(),
                  StageEvent.id),
    )
    ranked = (
        select(StageEvent.territory_id, StageEvent.step, Territory.name_key, latest_first.label("position"))
        .join(Territory, Territory.id == StageEvent.territory_id)
        .where(StageEvent.deleted.is_(False), Territory.stage == Stage.CANDIDATURE.value,
               _territory_scope(region_codes))
        .subquery()
    )
    rows = _plain_scalars(
        session,
        select(ranked.c.territory_id)
        .where(ranked.c.position == 1, ranked.c.step.in_([step.value for step in UNDER_REVIEW_STEPS]))
        .order_by(ranked.c.name_key, ranked.c.territory_id)
    )
    return tuple(rows)


# -- Global search ----------------------------------------------------------------------


class SearchKind(str, enum.Enum):
    """A kind of record the global search finds; the value is its table name."""

    TERRITORY = "territory"
    CONTACT = "contact"
    NOTE = "journal_note"
    ACTION = "action"


@dataclass(frozen=True)
class SearchHit:
    """One record found, with what its line in the results shows.

    ``status`` is a stage, note kind or action status value; ``detail`` a département,
    organisation or e-mail address; ``snippet`` the text around the first match.
    """

    kind: SearchKind
    record_id: str
    territory_id: str | None
    title: str
    territory_name: str = ""
    day: date | None = None
    status: str = ""
    detail: str = ""
    snippet: str = ""


@dataclass(frozen=True)
class SearchGroup:
    """The first hits of one kind and how many records match.

    ``capped`` is true when counting stopped: more than ``total`` records match.
    """

    kind: SearchKind
    total: int
    hits: tuple[SearchHit, ...]
    capped: bool = False


@dataclass(frozen=True)
class SearchResults:
    """The hits of every kind, in the order of ``SearchKind``; ``words`` are the normalised query words."""

    words: tuple[str, ...]
    groups: tuple[SearchGroup, ...]

    @property
    def total(self) -> int:
        return sum(group.total for group in self.groups)


def search_words(text: str) -> tuple[str, ...]:
    """Return the normalised words of a query; hyphens and apostrophes separate words."""
    return tuple(normalize(text).replace("-", " ").replace("'", " ").split())


def _all_words_in(words: Sequence[str], *columns):
    """Return the condition that each word is contained in one of ``columns``."""
    conditions = []
    for word in words:
        matches = [column.contains(word, autoescape=True) for column in columns]
        conditions.append(or_(*matches))
    return and_(*conditions)


def search_everything(session: Session, text: str, limit_per_kind: int = 20) -> SearchResults:
    """Find live territories, contacts, journal notes and actions matching every word of ``text``.

    The match ignores accents and case. Each kind returns its total and at most
    ``limit_per_kind`` hits, in one to four statements per kind. The totals of notes
    and actions stop at ``SEARCH_COUNT_CAP``. A query shorter than
    ``MIN_SEARCH_LENGTH`` letters finds nothing and runs no statement. Notes and
    actions are searched through the local word index: each query word must begin a
    word of the text, where territories and contacts match it anywhere in a name.
    """
    words = search_words(text)
    if len("".join(words)) < MIN_SEARCH_LENGTH:
        return SearchResults(words, tuple(SearchGroup(kind, 0, ()) for kind in SearchKind))
    searches = (_search_territories, _search_contacts, _search_notes, _search_actions)
    groups = tuple(search(session, words, limit_per_kind) for search in searches)
    return SearchResults(words, groups)


def _group(kind: SearchKind, rows: list, make_hit) -> SearchGroup:
    """Build a group from rows whose last column is the total count of matches."""
    total = rows[0][-1] if rows else 0
    return SearchGroup(kind, total, tuple(make_hit(row[:-1]) for row in rows))


def _search_territories(session: Session, words: tuple[str, ...], limit: int) -> SearchGroup:
    starts_with_query = case((Territory.name_key.startswith(words[0], autoescape=True), 0), else_=1)
    rows = session.execute(
        select(Territory.id, Territory.name, Territory.stage, func.coalesce(Departement.code, ""),
               func.coalesce(Departement.name, ""), func.coalesce(Region.name, ""), func.count().over())
        .outerjoin(Departement, Departement.id == Territory.departement_id)
        .outerjoin(Region, Region.id == Territory.region_id)
        .where(Territory.deleted.is_(False), _all_words_in(words, Territory.name_key))
        .order_by(starts_with_query, Territory.name_key, Territory.id)
        .limit(limit)
    ).all()

    def hit(row) -> SearchHit:
        territory_id, name, stage, code, departement_name, region_name = row
        place = f"{code} – {departement_name}" if code else region_name
        return SearchHit(SearchKind.TERRITORY, territory_id, territory_id, name, name, status=stage, detail=place)

    return _group(SearchKind.TERRITORY, rows, hit)


def _search_contacts(session: Session, words: tuple[str, ...], limit: int) -> SearchGroup:
    # The words are matched on the narrow index ix_contact_live_search (migration 0010),
    # walked in name order, so no contact row is read until the first hits are known.
    # The e-mail needs no lower(): SQLite's LIKE ignores case for ASCII letters, and its
    # lower() changes only those.
    matched = _all_words_in(words, Contact.name_key, Contact.email, Contact.organisation_key)
    deleted_territories = select(Territory.id).where(Territory.deleted.is_not(False))
    found = _plain_rows(
        session,
        select(Contact.id, func.count().over())
        .where(Contact.deleted.is_(False), or_(Contact.territory_id.is_(None),
                                               Contact.territory_id.not_in(deleted_territories)), matched)
        .order_by(Contact.name_key, Contact.id)
        .limit(limit),
    )
    contact_ids = [contact_id for contact_id, _total in found]
    rows = _plain_rows(
        session,
        select(Contact.id, Contact.territory_id, Contact.name, func.coalesce(Territory.name, ""),
               Contact.organisation, Contact.email, Contact.role)
        .outerjoin(Territory, Territory.id == Contact.territory_id)
        .where(Contact.id.in_(contact_ids)),
    ) if contact_ids else []

    def hit(row) -> SearchHit:
        contact_id, territory_id, name, territory_name, organisation, email, role = row
        detail = " · ".join(part for part in (organisation, email) if part)
        return SearchHit(SearchKind.CONTACT, contact_id, territory_id, name, territory_name, status=role,
                         detail=detail)

    total = found[0][1] if found else 0
    return SearchGroup(SearchKind.CONTACT, total, _in_order(contact_ids, rows, hit))


def _search_notes(session: Session, words: tuple[str, ...], limit: int) -> SearchGroup:
    total, capped, note_ids = _indexed_search(session, _NOTE_ORDER, words, limit)
    rows = _plain_rows(
        session,
        select(JournalNote.id, JournalNote.territory_id, func.coalesce(Territory.name, ""), JournalNote.note_date,
               JournalNote.kind, JournalNote.text)
        .outerjoin(Territory, Territory.id == JournalNote.territory_id)
        .where(JournalNote.id.in_(note_ids)),
    ) if note_ids else []

    def hit(row) -> SearchHit:
        note_id, territory_id, territory_name, note_date, kind, text = row
        return SearchHit(SearchKind.NOTE, note_id, territory_id, territory_name, territory_name, note_date, kind,
                         snippet=snippet(text, words))

    return SearchGroup(SearchKind.NOTE, total, _in_order(note_ids, rows, hit), capped)


def _search_actions(session: Session, words: tuple[str, ...], limit: int) -> SearchGroup:
    total, capped, action_ids = _indexed_search(session, _ACTION_ORDER, words, limit)
    rows = _plain_rows(
        session,
        select(Action.id, Action.territory_id, func.coalesce(Territory.name, ""), Action.due_date, Action.status,
               Action.text, Action.owner)
        .outerjoin(Territory, Territory.id == Action.territory_id)
        .where(Action.id.in_(action_ids)),
    ) if action_ids else []

    def hit(row) -> SearchHit:
        action_id, territory_id, territory_name, due_date, status, text, owner = row
        return SearchHit(SearchKind.ACTION, action_id, territory_id, territory_name, territory_name, due_date,
                         status, detail=owner, snippet=snippet(text, words))

    return SearchGroup(SearchKind.ACTION, total, _in_order(action_ids, rows, hit), capped)


def _in_order(record_ids: Sequence[str], rows: list, make_hit) -> tuple[SearchHit, ...]:
    """Build the hits of ``rows`` (first column the record id) in the order of ``record_ids``."""
    by_id = {row[0]: row for row in rows}
    return tuple(make_hit(by_id[record_id]) for record_id in record_ids if record_id in by_id)


# search_row, the local search index of migration 0006, has one narrow row per indexed
# note or action, whose id is the rowid of its text in the FTS5 table of its kind.
# This condition keeps the rows that belong to no territory or to one not deleted.
_LIVE_TERRITORY_SQL = "(territory_id IS NULL OR territory_id NOT IN (SELECT id FROM territory WHERE deleted IS NOT 0))"


@dataclass(frozen=True)
class _SearchOrder:
    """The display order of one indexed kind, and the index of migration 0008 that keeps it."""

    table_name: str
    index_name: str
    order_index: str
    # The ORDER BY over search_row, written as the keys of ``order_index``.
    order_sql: str


_OPEN_STATUSES_SQL = ", ".join(f"'{status}'" for status in INDEXED_OPEN_STATUSES)
# Open actions first, then by due date with undated ones last.
_ACTION_ORDER = _SearchOrder(
    "action", ACTION_SEARCH, "ix_search_row_action_order",
    f"CASE WHEN status IN ({_OPEN_STATUSES_SQL}) THEN 0 ELSE 1 END, day IS NULL, day, record_id",
)
# Latest note first, undated ones last.
_NOTE_ORDER = _SearchOrder("journal_note", NOTE_SEARCH, "ix_search_row_note_order", "day IS NULL, day DESC, record_id")


def _indexed_search(
    session: Session, order: _SearchOrder, words: tuple[str, ...], limit: int
) -> tuple[int, bool, list[str]]:
    """Return how many records of ``order.table_name`` match ``words``, whether counting stopped, and the first ids.

    A record matches when each word begins one of the words of its text, when it is
    live, and when it belongs to no territory or to one not deleted. Up to
    ``SEARCH_COUNT_CAP`` matches, they are sorted in full. Past the cap, the search walks
    ``order.order_index`` in display order and stops at ``limit`` hits. Every way
    returns the same ids in the same order.
    """
    match = match_expression(words)
    connection = session.connection()
    # CROSS JOIN keeps the FTS5 table as the outer loop, so counting stops after the cap
    # instead of first collecting every matching rowid. FTS5 returns rowids in ascending
    # order, so the last one counted shows how dense the matches are.
    found, last_rowid, max_rowid = connection.execute(
        sql_text(f"SELECT count(*), max(found.id), (SELECT max(id) FROM search_row) FROM ("
                 f"SELECT search_row.id FROM {order.index_name} "
                 f"CROSS JOIN search_row ON search_row.id = {order.index_name}.rowid "
                 f"WHERE {order.index_name} MATCH :match AND search_row.deleted = 0 AND {_LIVE_TERRITORY_SQL} "
                 f"LIMIT :cap) AS found"),
        {"match": match, "cap": SEARCH_COUNT_CAP + 1},
    ).one()
    if found <= SEARCH_COUNT_CAP:
        # A subquery, so SQLite reads the matching rowids first and then looks each up in
        # search_row. Written as a join, SQLite may scan search_row and query the index once per row.
        ids = connection.execute(
            sql_text(f"SELECT record_id FROM search_row "
                     f"WHERE id IN (SELECT rowid FROM {order.index_name} WHERE {order.index_name} MATCH :match) "
                     f"AND deleted = 0 AND {_LIVE_TERRITORY_SQL} ORDER BY {order.order_sql} LIMIT :limit"),
            {"match": match, "limit": limit},
        ).scalars().all()
        return found, False, list(ids)
    density = found / last_rowid
    # Probing row by row pays when the hits are dense enough to be found within a few
    # hundred rows, compared with collecting the estimated density * max_rowid matches.
    if max(map(len, words)) <= _FTS_PREFIX_LENGTH and density * density * max_rowid >= limit * _PROBE_COST_RATIO:
        ids = _first_rows_probed(connection, order, match, limit, math.ceil(3 * limit / density))
        if len(ids) == limit:
            return SEARCH_COUNT_CAP, True, ids
    return SEARCH_COUNT_CAP, True, _ordered_walk(connection, order, match, limit)


# The FTS5 tables of migration 0006 keep prefix indexes of one to three letters.
_FTS_PREFIX_LENGTH = 3
# About how many matching rowids _ordered_walk collects in the time of one probe of
# _first_rows_probed: 50 to 70 in timings on the decade benchmark dataset.
_PROBE_COST_RATIO = 70


def _first_rows_probed(connection, order: _SearchOrder, match: str, limit: int, rows: int) -> list[str]:
    """Return the first matches among the first ``rows`` rows in display order, probing the FTS5 table for each row.

    Each probe took 30 to 90 microseconds on the decade benchmark when every word has a
    prefix index, so this finds the hits of a frequent short word ("co") without
    collecting its tens of thousands of matches. It returns fewer than ``limit`` ids
    when the rows read contain fewer hits, and the later rows may then contain more.
    """
    return list(connection.execute(
        sql_text(f"SELECT record_id FROM (SELECT id, record_id FROM search_row INDEXED BY {order.order_index} "
                 f"WHERE table_name = '{order.table_name}' AND deleted = 0 AND {_LIVE_TERRITORY_SQL} "
                 f"ORDER BY {order.order_sql} LIMIT :rows) AS first_rows "
                 f"WHERE EXISTS (SELECT 1 FROM {order.index_name} WHERE {order.index_name} MATCH :match "
                 f"AND {order.index_name}.rowid = first_rows.id) LIMIT :limit"),
        {"match": match, "rows": rows, "limit": limit},
    ).scalars())


def _ordered_walk(connection, order: _SearchOrder, match: str, limit: int) -> list[str]:
    """Return the first ``limit`` matches by walking ``order.order_index`` against the set of matching rowids.

    Collecting the set takes time in proportion to the matches (about 50 ms for the
    70,000 of "co" on the decade benchmark), and the walk then stops at the last hit
    shown. The partial index applies only with the literal table name and deleted flag
    of its WHERE clause.
    """
    return list(connection.execute(
        sql_text(f"SELECT record_id FROM search_row INDEXED BY {order.order_index} "
                 f"WHERE table_name = '{order.table_name}' AND deleted = 0 "
                 f"AND id IN (SELECT rowid FROM {order.index_name} WHERE {order.index_name} MATCH :match) "
                 f"AND {_LIVE_TERRITORY_SQL} ORDER BY {order.order_sql} LIMIT :limit"),
        {"match": match, "limit": limit},
    ).scalars())


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """Return the search key of one character: "" for a combining mark, " " for any space."""
    if char.isspace():
        return " "
    if unicodedata.combining(char):
        return ""
    return normalize(char)


def match_spans(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """Return the (start, end) spans of ``text`` where the normalised ``words`` occur, in order.

    Positions are those of ``text`` itself, so "Échirolles" shows the match of "echi"
    on its first four letters, accent included.
    """
    key_parts = list(map(_fold_char, text))
    key = "".join(key_parts)
    if len(key) == len(text) and all(len(part) == 1 for part in key_parts):
        # Every character folded to exactly one (the usual case): positions are unchanged.
        # Equal lengths alone are not enough: "œ" (two) and a combining mark (none) cancel out.
        origins: Sequence[int] = range(len(text) + 1)
    else:
        origins = [index for index, folded in enumerate(key_parts) for _ in folded]
        origins.append(len(text))
    spans = []
    for word in words:
        start = key.find(word)
        while start >= 0 and word:
            end = start + len(word)
            # A match ending inside a ligature ("œ" gives "oe") covers the whole letter.
            text_end = origins[end - 1] + 1
            spans.append((origins[start], text_end))
            start = key.find(word, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(text: str, words: Sequence[str], before: int = 40, width: int = 140) -> str:
    """Return about ``width`` characters of ``text`` on one line around the first match of ``words``.

    The cut falls between words, and an ellipsis marks each cut end.
    """
    flat = " ".join(text.split())
    spans = match_spans(flat, words)
    start = max(spans[0][0] - before, 0) if spans else 0
    if start > 0:
        space = flat.rfind(" ", 0, start)
        start = space + 1 if space >= 0 else 0
    end = start + width
    if end < len(flat):
        space = flat.rfind(" ", start, end)
        end = space if space > start else end
    piece = flat[start:end]
    if start > 0:
        piece = "…" + piece
    if end < len(flat):
        piece = piece + "…"
    return piece


# -- Duplicates -------------------------------------------------------------------------


@dataclass(frozen=True)
class DuplicateCandidate:
    """A live territory that may be the same as another one."""

    id: str
    name: str
    stage: str
    departement_code: str
    departement_name: str
    region_code: str
    region_name: str


@dataclass(frozen=True)
class DuplicatePair:
    first: DuplicateCandidate
    second: DuplicateCandidate

    @property
    def key(self) -> tuple[str, str]:
        """The two ids in sorted order, the same whichever record comes first."""
        return tuple(sorted((self.first.id, self.second.id)))  # type: ignore[return-value]


@dataclass(frozen=True)
class RecordCounts:
    """Counts of the records a merge moves from one territory to another."""

    notes: int = 0
    actions: int = 0
    documents: int = 0
    contacts: int = 0


def name_match_key(name: str) -> str:
    """Return the key two names of the same territory share: normalised words, hyphens as spaces.

    "Échirolles – Ouest" and "Echirolles-Ouest" share "echirolles ouest".
    """
    return " ".join(search_words(name))


def _same_place(first: DuplicateCandidate, second: DuplicateCandidate) -> bool:
    """Tell whether two territories sit at the same place as far as both records know it.

    Two départements must be equal. When one record has no département, the regions
    must be equal, so a record with only a region matches one in a département of it.
    """
    if first.departement_code and second.departement_code:
        return first.departement_code == second.departement_code
    return first.region_code == second.region_code


def _candidates_statement():
    return (
        select(Territory.id, Territory.name, Territory.stage, func.coalesce(Departement.code, ""),
               func.coalesce(Departement.name, ""), func.coalesce(Region.code, ""), func.coalesce(Region.name, ""))
        .outerjoin(Departement, Departement.id == Territory.departement_id)
        .outerjoin(Region, Region.id == Territory.region_id)
        .where(Territory.deleted.is_(False))
        .order_by(Territory.name_key, Territory.id)
    )


def find_duplicate_of(
    session: Session, name: str, departement_code: str | None, region_code: str | None = None
) -> list[DuplicateCandidate]:
    """Return the live territories that a new one with this name and place would duplicate.

    Names match on ``name_match_key``. The region is that of the département when one
    is given, else ``region_code``.
    """
    key = name_match_key(name)
    if not key:
        return []
    if departement_code:
        departement = session.get(Departement, departement_id(departement_code))
        region = session.get(Region, departement.region_id) if departement else None
        region_code = region.code if region else region_code
    requested = DuplicateCandidate("", name, "", departement_code or "", "", region_code or "", "")
    # Every name with this key starts with its first word, which narrows the scan.
    rows = session.execute(_candidates_statement().where(Territory.name_key.startswith(key.split()[0],
                                                                                        autoescape=True)))
    candidates = [DuplicateCandidate(*row) for row in rows]
    return [
        candidate for candidate in candidates
        if name_match_key(candidate.name) == key and _same_place(requested, candidate)
    ]


def find_duplicate_pairs(session: Session) -> list[DuplicatePair]:
    """Return every pair of live territories with the same name key at the same place, by name."""
    by_key: dict[str, list[DuplicateCandidate]] = defaultdict(list)
    for row in session.execute(_candidates_statement()):
        candidate = DuplicateCandidate(*row)
        by_key[name_match_key(candidate.name)].append(candidate)
    pairs = []
    for group in by_key.values():
        for index, first in enumerate(group):
            pairs.extend(DuplicatePair(first, second) for second in group[index + 1:] if _same_place(first, second))
    return pairs


def get_candidate(session: Session, territory_id: str) -> DuplicateCandidate | None:
    """Return a live territory as a ``DuplicateCandidate``, or None when it is deleted or unknown."""
    row = session.execute(_candidates_statement().where(Territory.id == territory_id)).first()
    return DuplicateCandidate(*row) if row else None


def record_counts(session: Session, territory_ids: Sequence[str]) -> dict[str, RecordCounts]:
    """Return the live notes, actions, document links and contacts of each territory, in one statement."""
    parts = []
    for label, model in (("notes", JournalNote), ("actions", Action), ("documents", DocumentLink),
                         ("contacts", Contact)):
        parts.append(
            select(literal(label).label("part"), model.territory_id, func.count().label("count"))
            .where(model.deleted.is_(False), model.territory_id.in_(list(territory_ids)))
            .group_by(model.territory_id)
        )
    found: dict[str, dict[str, int]] = {territory_id: {} for territory_id in territory_ids}
    for label, territory_id, count in session.execute(union_all(*parts)):
        found[territory_id][label] = count
    return {territory_id: RecordCounts(**counts) for territory_id, counts in found.items()}
