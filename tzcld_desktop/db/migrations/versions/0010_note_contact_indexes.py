"""Indexes of the live journal notes and contacts, for the home dashboard and the global search

Revision ID: 0010_note_contact_indexes
Revises: 0009_bulk_loads
Create Date: 2026-12-05 22:00:00

Nothing here is exchanged, and both indexes are filled from the rows already in the file.

- ``ix_journal_note_live_by_date`` holds the live notes by date with their territory,
  so the dashboard reads only the notes of the last weeks to tell which territories
  had no contact.
- ``ix_contact_live_search`` holds the live contacts in name order with the columns the
  global search matches, so a search reads no contact row until it has its first hits.

The partial indexes serve only queries whose WHERE clause repeats ``deleted IS 0``, as
``deleted.is_(False)`` writes it. Each also lists ``deleted`` as a column, since SQLite
3.40 reads the table row for a column of the index's WHERE clause that the index lacks.
"""

from __future__ import annotations

from alembic import op

revision = '0010_note_contact_indexes'
down_revision = '0009_bulk_loads'
branch_labels = None
depends_on = None

INDEXES = {
    "ix_journal_note_live_by_date": "ON journal_note (note_date, territory_id, deleted) WHERE deleted IS 0",
    "ix_contact_live_search":
        "ON contact (name_key, id, organisation_key, email, territory_id, deleted) WHERE deleted IS 0",
}


def upgrade() -> None:
    for name, definition in INDEXES.items():
        op.execute(f"CREATE INDEX {name} {definition}")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
