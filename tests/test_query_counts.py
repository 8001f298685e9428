"""Showing a screen costs the same number of SQL statements at any size (no N+1 queries)."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, timedelta

from sqlalchemy import event

from tzcld_desktop.db import conflicts, queries
from tzcld_desktop.domain.forms import ActionInput, ClusterInput, MeetingInput, TerritoryInput
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
    """Create ``size`` territories in as many clusters, each with a meeting and actions."""
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
