"""Local indexes for the status bar, the home dashboard and the global search

Revision ID: 0006_local_indexes
Revises: 0005_document_index
Create Date: 2026-12-05 02:00:00

Nothing here is exchanged: every index is derived from the rows of this copy.

- A partial index per synced table on the records flagged ``has_conflict`` or
  ``needs_review``, so the status bar counts them without scanning the tables.
- Two FTS5 tables over the words of the search keys of the actions and
  the journal notes, for the global search, and ``search_row``, one narrow row per
  indexed record with what the search filters and sorts on. A search therefore reads
  the wide base table only for the hits it shows. ``search_row.id`` is the rowid of the
  record's FTS5 row: a stable integer, because a ``VACUUM`` may renumber the implicit
  rowids of the base tables. Triggers keep all of it up to date whatever writes the
  base tables (services, imports, bulk inserts).
"""

from __future__ import annotations

from alembic import op

revision = '0006_local_indexes'
down_revision = '0005_document_index'
branch_labels = None
depends_on = None

# The synced tables at this revision. A later table gets its index in its own migration.
SYNCED_TABLES = (
    "cluster", "territory", "meeting", "meeting_territory", "action", "stage_event", "phase_progress",
    "criterion_check", "ebe", "indicator_value", "contact", "journal_note", "document", "document_link",
    "agenda_item", "outcome", "meeting_person", "need", "agenda_template",
)

# Per searched table: its FTS5 table, and the columns copied into ``search_row`` as
# its status and its day (NULL when the table has no status).
SEARCH_TABLES = {
    "action": ("action_search", "status", "due_date"),
    "journal_note": ("note_search", "NULL", "note_date"),
}


def _search_row_id(table: str, row: str) -> str:
    return f"(SELECT id FROM search_row WHERE table_name = '{table}' AND record_id = {row}.id)"


def _create_search_index(table: str, search_table: str, status: str, day: str) -> None:
    new_status = status if status == "NULL" else f"new.{status}"
    # Words are found by their beginning; the prefix indexes make one- to three-letter
    # beginnings as fast as whole words. The keys are already lower-case and without accents.
    op.execute(f"CREATE VIRTUAL TABLE {search_table} USING fts5("
               f"text_key, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')")
    op.execute(
        f"CREATE TRIGGER {search_table}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT OR REPLACE INTO search_row (id, table_name, record_id, territory_id, deleted, status, day) "
        f"VALUES ({_search_row_id(table, 'new')}, '{table}', new.id, new.territory_id, new.deleted, "
        f"{new_status}, new.{day}); "
        f"DELETE FROM {search_table} WHERE rowid = {_search_row_id(table, 'new')}; "
        f"INSERT INTO {search_table} (rowid, text_key) VALUES ({_search_row_id(table, 'new')}, new.text_key); "
        f"END"
    )
    watched = "territory_id, deleted, " + ("" if status == "NULL" else f"{status}, ") + day
    op.execute(
        f"CREATE TRIGGER {search_table}_update_row AFTER UPDATE OF {watched} ON {table} BEGIN "
        f"UPDATE search_row SET territory_id = new.territory_id, deleted = new.deleted, status = {new_status}, "
        f"day = new.{day} WHERE table_name = '{table}' AND record_id = new.id; "
        f"END"
    )
    op.execute(
        f"CREATE TRIGGER {search_table}_update_text AFTER UPDATE OF text_key ON {table} BEGIN "
        f"UPDATE {search_table} SET text_key = new.text_key WHERE rowid = {_search_row_id(table, 'new')}; "
        f"END"
    )
    op.execute(
        f"CREATE TRIGGER {search_table}_delete AFTER DELETE ON {table} BEGIN "
        f"DELETE FROM {search_table} WHERE rowid = {_search_row_id(table, 'old')}; "
        f"DELETE FROM search_row WHERE table_name = '{table}' AND record_id = old.id; "
        f"END"
    )
    row_status = status if status == "NULL" else f"{table}.{status}"
    op.execute(
        f"INSERT INTO search_row (table_name, record_id, territory_id, deleted, status, day) "
        f"SELECT '{table}', id, territory_id, deleted, {row_status}, {day} FROM {table}"
    )
    op.execute(
        f"INSERT INTO {search_table} (rowid, text_key) "
        f"SELECT search_row.id, {table}.text_key "
        f"FROM {table} JOIN search_row ON search_row.table_name = '{table}' AND search_row.record_id = {table}.id"
    )


def upgrade() -> None:
    for table in SYNCED_TABLES:
        op.execute(f"CREATE INDEX ix_{table}_open_items ON {table} (id) "
                   f"WHERE has_conflict IS 1 OR needs_review IS 1")
    op.execute("CREATE TABLE search_row (id INTEGER PRIMARY KEY, table_name VARCHAR(40) NOT NULL, "
               "record_id VARCHAR(36) NOT NULL, territory_id VARCHAR(36), deleted BOOLEAN NOT NULL, "
               "status VARCHAR(20), day DATE, UNIQUE (table_name, record_id))")
    for table, (search_table, status, day) in SEARCH_TABLES.items():
        _create_search_index(table, search_table, status, day)


def downgrade() -> None:
    for search_table, _status, _day in SEARCH_TABLES.values():
        for suffix in ("insert", "update_row", "update_text", "delete"):
            op.execute(f"DROP TRIGGER {search_table}_{suffix}")
        op.execute(f"DROP TABLE {search_table}")
    op.execute("DROP TABLE search_row")
    for table in SYNCED_TABLES:
        op.execute(f"DROP INDEX ix_{table}_open_items")
