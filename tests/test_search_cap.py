"""Global search past the count cap: "plus de 1 000" totals, and the first hits still in display order."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale
from sqlalchemy import text

from tzcld_desktop.db import overview
from tzcld_desktop.db.overview import SEARCH_COUNT_CAP, SearchKind
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.ui.search_dialog import HIT_ROLE, SearchDialog

STATUSES = [status.value for status in ActionStatus]
# About a quarter of the rows are deleted or on a deleted territory: the live ones still pass the cap.
MATCHING = SEARCH_COUNT_CAP + 500


@pytest.fixture
def territories(services, profile):
    """A live territory and one deleted afterwards: (live, deleted) ids."""
    live = services.create_territory(TerritoryInput("Pont-Évêque", Stage.EMERGING, "38"))
    deleted = services.create_territory(TerritoryInput("Vienne", Stage.EMERGING, "38"))
    services.delete_territory(deleted)
    return live, deleted


def insert_actions(store, territories) -> list[dict]:
    """Insert more matching actions than the cap, with mixed statuses, dates and owners, and return them."""
    live, deleted_territory = territories
    chooser = random.Random(20261205)
    rows = []
    for index in range(MATCHING + 60):
        due = date(2026, 1, 1) + timedelta(days=chooser.randrange(400)) if chooser.random() < 0.8 else None
        rows.append({
            "id": f"action-{index:05d}",
            # The last 60 do not match "convention".
            "text_key": "signer la convention" if index < MATCHING else "relire le budget",
            "status": chooser.choice(STATUSES),
            "due_date": due.isoformat() if due else None,
            "territory_id": chooser.choice([live, live, live, None, deleted_territory]),
            "deleted": int(chooser.random() < 0.05),
        })
    with store.transaction() as session:
        session.execute(text(
            "INSERT INTO action (id, text, text_key, owner, status, due_date, territory_id, deleted, needs_review, "
            "has_conflict, updated_by) VALUES (:id, :text_key, :text_key, '', :status, :due_date, :territory_id, "
            ":deleted, 0, 0, '')"), rows)
    return rows


def insert_notes(store, territories) -> list[dict]:
    live, deleted_territory = territories
    chooser = random.Random(20261206)
    rows = []
    for index in range(MATCHING):
        day = date(2025, 1, 1) + timedelta(days=chooser.randrange(700)) if chooser.random() < 0.9 else None
        rows.append({
            "id": f"note-{index:05d}",
            "note_date": day.isoformat() if day else None,
            "territory_id": chooser.choice([live, live, None, deleted_territory]),
            "deleted": int(chooser.random() < 0.05),
        })
    with store.transaction() as session:
        session.execute(text(
            "INSERT INTO journal_note (id, territory_id, note_date, kind, author, text, text_key, deleted, "
            "needs_review, has_conflict, updated_by) VALUES (:id, :territory_id, :note_date, 'echange', '', "
            "'Point sur la convention', 'point sur la convention', :deleted, 0, 0, '')"), rows)
    return rows


def expected_actions(rows, deleted_territory) -> list[str]:
    """Sort the live matching actions as the search shows them: open first, soonest due date, undated last."""
    open_statuses = {status.value for status in ActionStatus if status.is_open}
    live_rows = [row for row in rows[:MATCHING] if not row["deleted"] and row["territory_id"] != deleted_territory]
    live_rows.sort(key=lambda row: (row["status"] not in open_statuses, row["due_date"] is None,
                                    row["due_date"] or "", row["id"]))
    return [row["id"] for row in live_rows]


def expected_notes(rows, deleted_territory) -> list[str]:
    """Sort the live notes as the search shows them: latest first, undated last."""
    live_rows = [row for row in rows if not row["deleted"] and row["territory_id"] != deleted_territory]
    live_rows.sort(key=lambda row: row["id"])
    live_rows.sort(key=lambda row: row["note_date"] or "", reverse=True)
    live_rows.sort(key=lambda row: row["note_date"] is None)
    return [row["id"] for row in live_rows]


def group_of(store, query: str, kind: SearchKind, limit: int = 20):
    with store.session() as session:
        results = overview.search_everything(session, query, limit)
    return next(group for group in results.groups if group.kind is kind)


def test_actions_over_cap_total_capped(store, territories):
    rows = insert_actions(store, territories)
    assert len(expected_actions(rows, territories[1])) > SEARCH_COUNT_CAP

    group = group_of(store, "convention", SearchKind.ACTION)

    assert group.capped
    assert group.total == SEARCH_COUNT_CAP


def test_actions_over_cap_first_hits_in_order(store, territories):
    rows = insert_actions(store, territories)
    expected = expected_actions(rows, territories[1])

    group = group_of(store, "convention", SearchKind.ACTION, limit=50)

    assert [hit.record_id for hit in group.hits] == expected[:50]
    assert group.hits[0].title == "Pont-Évêque" or group.hits[0].territory_id is None


def test_actions_under_cap_counted_exactly(store, territories, monkeypatch):
    rows = insert_actions(store, territories)
    expected = expected_actions(rows, territories[1])
    monkeypatch.setattr(overview, "SEARCH_COUNT_CAP", len(expected) + 10)

    group = group_of(store, "convention", SearchKind.ACTION, limit=50)

    assert not group.capped
    assert group.total == len(expected)
    # The full sort below the cap and the walk past it show the same hits.
    assert [hit.record_id for hit in group.hits] == expected[:50]


def test_notes_over_cap_first_hits_in_order(store, territories):
    rows = insert_notes(store, territories)
    expected = expected_notes(rows, territories[1])
    assert len(expected) > SEARCH_COUNT_CAP

    group = group_of(store, "convention", SearchKind.NOTE, limit=30)

    assert group.capped
    assert group.total == SEARCH_COUNT_CAP
    assert [hit.record_id for hit in group.hits] == expected[:30]


def test_notes_under_cap_same_order(store, territories, monkeypatch):
    rows = insert_notes(store, territories)
    expected = expected_notes(rows, territories[1])
    monkeypatch.setattr(overview, "SEARCH_COUNT_CAP", len(expected))

    group = group_of(store, "convention", SearchKind.NOTE, limit=30)

    assert not group.capped
    assert group.total == len(expected)
    assert [hit.record_id for hit in group.hits] == expected[:30]


def test_short_word_over_cap_first_hits_in_order(store, territories, monkeypatch):
    # Words of up to three letters have an FTS5 prefix index, so dense hits are found by
    # probing the rows in display order. This store is too small for the search to choose
    # probing by itself, so the cost ratio is lowered.
    monkeypatch.setattr(overview, "_PROBE_COST_RATIO", 1)
    rows = insert_actions(store, territories)
    expected = expected_actions(rows, territories[1])

    group = group_of(store, "sig", SearchKind.ACTION, limit=40)

    assert group.capped
    assert [hit.record_id for hit in group.hits] == expected[:40]


def test_short_word_with_late_hits_in_order(store, territories, monkeypatch):
    # Every early row in display order is an open action that does not match, so probing
    # the first rows finds nothing and the search walks the whole order.
    monkeypatch.setattr(overview, "_PROBE_COST_RATIO", 1)
    live = territories[0]
    rows = [{"id": f"open-{index:04d}", "text_key": "relire le budget", "status": "a_faire",
             "due_date": "2026-01-01"} for index in range(400)]
    rows += [{"id": f"done-{index:04d}", "text_key": "signer la convention", "status": "fait",
              "due_date": f"2026-{index % 12 + 1:02d}-10"} for index in range(SEARCH_COUNT_CAP + 20)]
    with store.transaction() as session:
        session.execute(text(
            "INSERT INTO action (id, text, text_key, owner, status, due_date, territory_id, deleted, needs_review, "
            "has_conflict, updated_by) VALUES (:id, :text_key, :text_key, '', :status, :due_date, :territory, 0, "
            "0, 0, '')"), [dict(row, territory=live) for row in rows])
    done = sorted((row for row in rows if row["status"] == "fait"), key=lambda row: (row["due_date"], row["id"]))

    group = group_of(store, "si", SearchKind.ACTION)

    assert group.capped
    assert [hit.record_id for hit in group.hits] == [row["id"] for row in done[:20]]


def test_rare_word_not_capped(store, territories):
    insert_actions(store, territories)
    with store.session() as session:
        hidden = session.execute(text(
            "SELECT count(*) FROM action LEFT JOIN territory ON territory.id = action.territory_id "
            "WHERE action.text_key = 'relire le budget' AND (action.deleted = 1 OR territory.deleted = 1)"
        )).scalar_one()

    group = group_of(store, "budget", SearchKind.ACTION)

    assert not group.capped
    assert group.total == 60 - hidden


@pytest.mark.usefixtures("french")
def test_dialog_heading_says_plus_de(qtbot, context, store, territories):
    insert_actions(store, territories)
    dialog = SearchDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search_edit.setText("convention")
    dialog.run_search()

    headings = [dialog.results_list.item(row).text() for row in range(dialog.results_list.count())
                if dialog.results_list.item(row).data(HIT_ROLE) is None]
    thousand = QLocale().toString(SEARCH_COUNT_CAP)
    assert headings == [f"Actions (20 sur plus de {thousand})"]
