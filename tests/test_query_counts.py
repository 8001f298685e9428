"""Showing a screen costs the same number of SQL statements at any size (no N+1 queries)."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, timedelta

from sqlalchemy import event

from tzcld_desktop.db import calendar_queries, conflicts, followup_queries, library, need_queries, overview, queries
from tzcld_desktop.db import record_queries
from tzcld_desktop.domain.forms import ActionInput, ClusterInput, MeetingInput, TerritoryInput
from tzcld_desktop.domain.record_forms import NoteInput
from tzcld_desktop.domain.vocabulary import NoteKind
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.reports import collect

DEPARTEMENTS = ["01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"]


@contextmanager
def counted(store):
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


def populate(services, size):
    """Create ``size`` territories in as many clusters, each with a meeting and actions, and ``size`` notes."""
    territory_ids, meeting_ids = [], []
    for index in range(size):
        departement = DEPARTEMENTS[index % len(DEPARTEMENTS)]
        territory_ids.append(services.create_territory(
            TerritoryInput(f"Territoire {index}", Stage.EMERGING, departement)))
    for index in range(size):
        cluster = services.save_cluster(None, ClusterInput(f"Grappe {index}", "84"))
        services.set_cluster_territories(cluster, territory_ids[index: index + 1])
        meeting = services.save_meeting(
            None,
            MeetingInput(cluster, date(2026, 1, 1) + timedelta(days=index), territory_ids=territory_ids[: index + 1]),
            [(None, ActionInput(f"Action {index}", territory_id=territory_ids[index]))],
        )
        meeting_ids.append(meeting)
        # Every note on the first territory, so its record and journal grow with the size.
        services.save_note(None, NoteInput(territory_ids[0], date(2026, 1, 1) + timedelta(days=index),
                                           NoteKind.CALL, f"Appel {index} au territoire"))
    return territory_ids, meeting_ids


def statements_for(store, show):
    with counted(store) as statements, store.session() as session:
        show(session)
    return len(statements)


def screens(territory_ids, meeting_ids):
    return {
        "territory list": lambda s: queries.list_territories(s, queries.TerritoryQuery()),
        "clusters": lambda s: queries.list_clusters(s),
        "meetings": lambda s: queries.list_meetings(s),
        "actions": lambda s: queries.list_actions(s),
        "conflicts": lambda s: (conflicts.list_conflicts(s), conflicts.list_reviews(s)),
        "meeting handout": lambda s: collect.meeting_handout_data(s, meeting_ids[-1]),
        "territory sheet": lambda s: collect.territory_sheet_data(s, territory_ids[0]),
        "home dashboard": lambda s: overview.load_dashboard(s, ("84",), today=date(2026, 1, 20)),
        "record window": lambda s: (record_queries.load_record(s, territory_ids[0]),
                                    followup_queries.list_notes(s, territory_ids[0]),
                                    followup_queries.list_territory_actions(s, territory_ids[0])),
        "my actions": lambda s: followup_queries.list_open_actions(s),
        "calendar": lambda s: calendar_queries.list_calendar_meetings(s, date(2026, 1, 1), date(2026, 2, 1)),
        "needs": lambda s: need_queries.list_needs(s),
        "documents": lambda s: library.search_library(s, library.LibraryQuery()),
        "search": lambda s: overview.search_everything(s, "territoire"),
    }


def test_statement_counts_do_not_grow(tmp_path, services, profile, store):
    from tzcld_desktop.db.services import Services
    from tzcld_desktop.db.store import open_store

    small_ids = populate(services, 3)
    small = {name: statements_for(store, show) for name, show in screens(*small_ids).items()}

    large_store = open_store(tmp_path / "grand")
    large_services = Services(large_store)
    large_services.save_profile("Claire Martin", ["84"])
    large_ids = populate(large_services, 12)
    large = {name: statements_for(large_store, show) for name, show in screens(*large_ids).items()}
    large_store.close()
    assert large == small
