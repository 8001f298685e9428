"""Indexes for the home dashboard and the global search on large stores

Revision ID: 0008_read_indexes
Revises: 0007_sync_dots
Create Date: 2026-12-05 05:00:00

Nothing here is exchanged, and every index is filled from the rows already in the file.

- ``ix_territory_live_by_name`` lists the live territories in name order with what the
  dashboard counts of each, so it reads no territory row.
- ``ix_action_open_by_territory`` holds only the open actions, grouped by territory and
  then by meeting. The dashboard counts the overdue actions of each territory from it
  without sorting.
- ``ix_search_row_action_order`` and ``ix_search_row_note_order`` keep the live rows of
  ``search_row`` in the order the global search shows them. When a query matches
  thousands of records, the search walks this order and stops at the first hits shown
  instead of sorting every match.

The partial indexes serve only queries whose WHERE clause repeats their condition with
the same literal values (SQLite does not match bound parameters against it). The open
statuses are 'a_faire' and 'en_cours' at this revision.
"""

from __future__ import annotations

from alembic import op

revision = '0008_read_indexes'
down_revision = '0007_sync_dots'
branch_labels = None
depends_on = None

INDEXES = {
    "ix_territory_live_by_name":
        "ON territory (name_key, id, region_id, stage, health) WHERE deleted IS 0",
    "ix_action_open_by_territory":
        "ON action (territory_id, meeting_id, due_date, deleted, status) "
        "WHERE deleted IS 0 AND status IN ('a_faire', 'en_cours')",
    "ix_search_row_action_order":
        "ON search_row ((CASE WHEN status IN ('a_faire', 'en_cours') THEN 0 ELSE 1 END), (day IS NULL), day, "
        "record_id) WHERE table_name = 'action' AND deleted = 0",
    "ix_search_row_note_order":
        "ON search_row ((day IS NULL), day DESC, record_id) WHERE table_name = 'journal_note' AND deleted = 0",
}


def upgrade() -> None:
    for name, definition in INDEXES.items():
        op.execute(f"CREATE INDEX {name} {definition}")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
