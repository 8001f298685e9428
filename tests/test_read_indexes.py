"""The read indexes of migration 0008: the dashboard uses them and still counts overdue actions by the same rule."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import text

from tzcld_desktop.db import overview
from tzcld_desktop.db.overview import INDEXED_OPEN_STATUSES
from tzcld_desktop.domain.forms import ClusterInput, MeetingInput, TerritoryInput
from tzcld_desktop.domain.stages import ActionStatus, Stage

from profiled_stores import query_plans

TODAY = date(2026, 6, 15)
READ_INDEXES = {"ix_territory_live_by_name", "ix_action_open_by_territory", "ix_search_row_action_order",
                "ix_search_row_note_order", "ix_journal_note_live_by_date", "ix_contact_live_search"}


def test_open_statuses_match_indexes():
    # The partial indexes hard-code the open statuses: a new open status needs a migration.
    assert INDEXED_OPEN_STATUSES == tuple(status.value for status in ActionStatus if status.is_open)


def test_new_store_has_read_indexes(store):
    with store.session() as session:
        names = set(session.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars())
    assert READ_INDEXES <= names


def dashboard_plans(store, region_codes) -> str:
    """Return the query plans of the statements that load the dashboard, as one text."""
    return query_plans(store, lambda session: overview.load_dashboard(session, region_codes, today=TODAY))


def test_dashboard_reads_through_indexes(store, profile):
    for region_codes in (("84", "11"), ()):
        plans = dashboard_plans(store, region_codes)
        assert "ix_territory_live_by_name" in plans, region_codes
        assert "ix_action_open_by_territory" in plans, region_codes
        assert "ix_journal_note_live_by_date" in plans, region_codes


def build_actions(store, services):
    """Territories of two regions (one deleted), meetings in and out of region 84, and 600 mixed actions."""
    territories = [services.create_territory(TerritoryInput(f"Quartier {index}", Stage.EMERGING, departement))
                   for index, departement in enumerate(["07", "26", "38", "69", "35", "35"])]
    services.delete_territory(territories[-1])

    in_region = services.save_cluster(None, ClusterInput("Grappe Drôme-Ardèche", "84"))
    elsewhere = services.save_cluster(None, ClusterInput("Grappe Bretagne", "53"))
    meetings = [services.save_meeting(None, MeetingInput(cluster, TODAY - timedelta(days=30), "Réunion"))
                for cluster in (in_region, elsewhere)]
    # A national event belongs to no cluster.
    with store.transaction() as session:
        session.execute(text(
            "INSERT INTO meeting (id, cluster_id, title, meeting_date, place, minutes, decisions, deleted, "
            "needs_review, has_conflict, updated_by) VALUES ('national', NULL, 'Journée nationale', '2026-05-15', "
            "'', '', '', 0, 0, 0, '')"))
    meetings.append("national")

    chooser = random.Random(20261205)
    rows = []
    for index in range(600):
        territory = chooser.choice([*territories, None, None])
        due = TODAY + timedelta(days=chooser.randrange(-60, 30)) if chooser.random() < 0.9 else None
        rows.append({
            "id": f"action-{index:04d}",
            "status": chooser.choice([status.value for status in ActionStatus]),
            "due_date": due.isoformat() if due else None,
            "territory_id": territory,
            "meeting_id": chooser.choice([*meetings, None]),
            "deleted": int(chooser.random() < 0.1),
        })

    with store.transaction() as session:
        session.execute(text(
            "INSERT INTO action (id, text, text_key, owner, status, due_date, territory_id, meeting_id, deleted, "
            "needs_review, has_conflict, updated_by) VALUES (:id, 'Relancer', 'relancer', '', :status, :due_date, "
            ":territory_id, :meeting_id, :deleted, 0, 0, '')"), rows)
    return rows


def expected_overdue(store, rows, region_codes) -> tuple[int, set[str]]:
    """Apply the rule of the dashboard in Python: overdue open actions of the live territories in scope.

    An action without a territory counts when the cluster of its meeting is in the
    regions or when it has no meeting, and always when no region is chosen.
    """
    with store.session() as session:
        territories = dict(session.execute(text(
            "SELECT territory.id, region.code FROM territory JOIN region ON region.id = territory.region_id "
            "WHERE territory.deleted = 0")).all())
        meeting_regions = dict(session.execute(text(
            "SELECT meeting.id, region.code FROM meeting LEFT JOIN cluster ON cluster.id = meeting.cluster_id "
            "LEFT JOIN region ON region.id = cluster.region_id")).all())
    open_statuses = {status.value for status in ActionStatus if status.is_open}
    count = 0
    territory_ids = set()
    for row in rows:
        if row["deleted"] or row["status"] not in open_statuses or not row["due_date"]:
            continue
        if row["due_date"] >= TODAY.isoformat():
            continue
        if row["territory_id"]:
            region = territories.get(row["territory_id"])
            if region is not None and (not region_codes or region in region_codes):
                count += 1
                territory_ids.add(row["territory_id"])
        elif not region_codes or row["meeting_id"] is None or meeting_regions[row["meeting_id"]] in region_codes:
            count += 1
    return count, territory_ids


def test_overdue_count_follows_rule(store, services, profile):
    rows = build_actions(store, services)
    for region_codes in (("84",), ("53",), ("84", "53"), ()):
        count, territory_ids = expected_overdue(store, rows, region_codes)
        with store.session() as session:
            dashboard = overview.load_dashboard(session, region_codes, today=TODAY)
        assert dashboard.overdue_count == count, region_codes
        assert set(dashboard.overdue_territory_ids) == territory_ids, region_codes
