"""Reads across all territories: the home dashboard, the global search and possible duplicates.

Each screen costs a fixed number of SQL statements whatever the number of rows: counts
are aggregated in SQL, and lists come back as plain dataclasses.
"""

from __future__ import annotations

import enum
import functools
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, case, column, exists, func, literal, literal_column, not_, or_, select, table, union_all
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
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.domain.vocabulary import UNDER_REVIEW_STEPS, Health, StageStep

DEFAULT_NO_CONTACT_WEEKS = 8
UPCOMING_DAYS = 30
# Shorter queries would match most of the notes and tell the user nothing.
MIN_SEARCH_LENGTH = 2

_OPEN_STATUSES = tuple(status.value for status in ActionStatus if status.is_open)


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
    """Read the dashboard of the territories of ``region_codes`` (every region when empty) in five statements."""
    today = today or date.today()
    region_codes = tuple(region_codes)
    since = today - timedelta(weeks=no_contact_weeks)
    facts = _territory_facts(session, region_codes, since)
    met = _met_since(session, since, today)
    overdue_count, overdue_territories = _overdue_actions(session, region_codes, facts.ids, today)
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


def _territory_facts(session: Session, region_codes: Sequence[str], since: date) -> _TerritoryFacts:
    """Read every live territory of the regions once, with whether it has a live note dated since ``since``."""
    recent_note = exists(
        select(JournalNote.id).where(
            JournalNote.territory_id == Territory.id,
            JournalNote.note_date >= since,
            JournalNote.deleted.is_(False),
        )
    )
    rows = session.execute(
        select(Territory.id, Territory.stage, Territory.health, recent_note)
        .where(_territory_scope(region_codes))
        .order_by(Territory.name_key, Territory.id)
    )
    stage_ids: dict[Stage, list[str]] = {stage: [] for stage in Stage}
    health_ids: dict[Health, list[str]] = {Health.AT_RISK: [], Health.BLOCKED: []}
    ids: list[str] = []
    quiet: list[str] = []
    for territory_id, stage, health, has_recent_note in rows:
        ids.append(territory_id)
        # A stage written by a newer version of the application is left out of the counts.
        if stage in Stage._value2member_map_:
            stage_ids[Stage(stage)].append(territory_id)
        if health in health_ids:
            health_ids[Health(health)].append(territory_id)
        if not has_recent_note:
            quiet.append(territory_id)
    return _TerritoryFacts(
        {stage: tuple(found) for stage, found in stage_ids.items()},
        {health: tuple(found) for health, found in health_ids.items()},
        tuple(ids),
        tuple(quiet),
    )


def _met_since(session: Session, since: date, today: date) -> set[str]:
    """Return the territories that attended a meeting held from ``since`` to ``today``: invited, not marked absent."""
    # Driven by the meeting date, so only the few recent meetings are read.
    rows = session.scalars(
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


def _overdue_actions(
    session: Session, region_codes: Sequence[str], scope_ids: Sequence[str], today: date
) -> tuple[int, tuple[str, ...]]:
    """Return how many open actions are due before ``today`` in the regions, and their territories.

    An action counts when its territory is among ``scope_ids`` (the live territories of
    the regions, in name order). An action without a territory counts when the cluster
    of its meeting is in the regions, or when it belongs to no meeting (a task of the
    referent's own). Rows are grouped in SQL, so Python reads one row per territory or meeting.
    """
    # Grouped first, so the meetings and clusters are read once per group, not once per action.
    groups = (
        select(
            Action.territory_id.label("territory_id"),
            case((Action.territory_id.is_(None), Action.meeting_id)).label("meeting_id"),
            func.count().label("count"),
        )
        .where(Action.deleted.is_(False), Action.status.in_(_OPEN_STATUSES), Action.due_date < today)
        .group_by(Action.territory_id, case((Action.territory_id.is_(None), Action.meeting_id)))
        .subquery()
    )
    rows = session.execute(
        select(groups.c.territory_id, groups.c.meeting_id, Cluster.region_id, groups.c.count)
        .outerjoin(Meeting, Meeting.id == groups.c.meeting_id)
        .outerjoin(Cluster, Cluster.id == Meeting.cluster_id)
    )
    regions = set(_region_ids(region_codes))
    by_territory: dict[str, int] = {}
    count = 0
    for territory_id, meeting_id, cluster_region, found in rows:
        if territory_id:
            by_territory[territory_id] = found
        elif meeting_id is None or not regions or cluster_region in regions:
            count += found
    territory_ids = tuple(territory_id for territory_id in scope_ids if territory_id in by_territory)
    count += sum(by_territory[territory_id] for territory_id in territory_ids)
    return count, territory_ids


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
    rows = session.scalars(
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
    kind: SearchKind
    total: int
    hits: tuple[SearchHit, ...]


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
    ``limit_per_kind`` hits, in one statement per kind. A query shorter than
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


def _live_territory_or_none(territory_id_column):
    """Return the condition that a row belongs to a live territory or to none (joined on ``Territory``)."""
    return or_(territory_id_column.is_(None), Territory.deleted.is_(False))


def _search_contacts(session: Session, words: tuple[str, ...], limit: int) -> SearchGroup:
    matched = _all_words_in(words, Contact.name_key, func.lower(Contact.email), Contact.organisation_key)
    rows = session.execute(
        select(Contact.id, Contact.territory_id, Contact.name, func.coalesce(Territory.name, ""),
               Contact.organisation, Contact.email, Contact.role, func.count().over())
        .outerjoin(Territory, Territory.id == Contact.territory_id)
        .where(Contact.deleted.is_(False), _live_territory_or_none(Contact.territory_id), matched)
        .order_by(Contact.name_key, Contact.id)
        .limit(limit)
    ).all()

    def hit(row) -> SearchHit:
        contact_id, territory_id, name, territory_name, organisation, email, role = row
        detail = " · ".join(part for part in (organisation, email) if part)
        return SearchHit(SearchKind.CONTACT, contact_id, territory_id, name, territory_name, status=role,
                         detail=detail)

    return _group(SearchKind.CONTACT, rows, hit)


def _search_notes(session: Session, words: tuple[str, ...], limit: int) -> SearchGroup:
    rows_found = _SEARCH_ROW
    conditions = _indexed_conditions(NOTE_SEARCH, words)
    hits = (
        select(rows_found.c.record_id.label("id"), rows_found.c.day)
        .where(*conditions)
        .order_by(rows_found.c.day.desc().nulls_last(), rows_found.c.record_id)
        .limit(limit)
        .subquery()
    )
    rows = session.execute(
        select(JournalNote.id, JournalNote.territory_id, func.coalesce(Territory.name, ""), JournalNote.note_date,
               JournalNote.kind, JournalNote.text, _total(conditions))
        .select_from(hits)
        .join(JournalNote, JournalNote.id == hits.c.id)
        .outerjoin(Territory, Territory.id == JournalNote.territory_id)
        .order_by(hits.c.day.desc().nulls_last(), hits.c.id)
    ).all()

    def hit(row) -> SearchHit:
        note_id, territory_id, territory_name, note_date, kind, text = row
        return SearchHit(SearchKind.NOTE, note_id, territory_id, territory_name, territory_name, note_date, kind,
                         snippet=snippet(text, words))

    return _group(SearchKind.NOTE, rows, hit)


def _search_actions(session: Session, words: tuple[str, ...], limit: int) -> SearchGroup:
    rows_found = _SEARCH_ROW
    conditions = _indexed_conditions(ACTION_SEARCH, words)
    open_first = case((rows_found.c.status.in_(_OPEN_STATUSES), 0), else_=1)
    hits = (
        select(rows_found.c.record_id.label("id"), open_first.label("open_first"), rows_found.c.day)
        .where(*conditions)
        .order_by(open_first, rows_found.c.day.asc().nulls_last(), rows_found.c.record_id)
        .limit(limit)
        .subquery()
    )
    rows = session.execute(
        select(Action.id, Action.territory_id, func.coalesce(Territory.name, ""), Action.due_date, Action.status,
               Action.text, Action.owner, _total(conditions))
        .select_from(hits)
        .join(Action, Action.id == hits.c.id)
        .outerjoin(Territory, Territory.id == Action.territory_id)
        .order_by(hits.c.open_first, hits.c.day.asc().nulls_last(), hits.c.id)
    ).all()

    def hit(row) -> SearchHit:
        action_id, territory_id, territory_name, due_date, status, text, owner = row
        return SearchHit(SearchKind.ACTION, action_id, territory_id, territory_name, territory_name, due_date,
                         status, detail=owner, snippet=snippet(text, words))

    return _group(SearchKind.ACTION, rows, hit)


# The local search index of migration 0006: one narrow row per indexed note or action,
# whose id is the rowid of its text in the FTS5 table of its kind.
_SEARCH_ROW = table("search_row", column("id"), column("table_name"), column("record_id"),
                    column("territory_id"), column("deleted"), column("status"), column("day"))


def _total(conditions: list):
    """Return the count of ``search_row`` rows meeting ``conditions``, as a scalar subquery.

    Counting apart from the page of hits lets SQLite keep only the first hits while
    sorting, where ``count(*) OVER ()`` would sort every match.
    """
    return select(func.count()).select_from(_SEARCH_ROW).where(*conditions).correlate(None).scalar_subquery()


def _indexed_conditions(index_name: str, words: tuple[str, ...]) -> list:
    """Return the conditions on ``search_row`` that find ``words`` in the FTS5 table ``index_name``.

    A record counts when each word begins one of the words of its text, when it is live,
    and when it belongs to no territory or to one not deleted.
    """
    # A subquery, so SQLite reads the matching rowids first and then looks each up in
    # search_row. Written as a join, SQLite may scan search_row and query the index once per row.
    matching = (
        select(literal_column("rowid"))
        .select_from(table(index_name))
        .where(literal_column(index_name).op("MATCH")(match_expression(words)))
    )
    rows_found = _SEARCH_ROW
    deleted_territories = select(Territory.id).where(Territory.deleted.is_not(False)).correlate(None)
    return [
        rows_found.c.id.in_(matching),
        rows_found.c.deleted == 0,
        or_(rows_found.c.territory_id.is_(None), rows_found.c.territory_id.not_in(deleted_territories)),
    ]


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
