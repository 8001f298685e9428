"""Local full-text index of the document base

Revision ID: 0005_document_index
Revises: 0004_record_meetings_documents
Create Date: 2026-12-10 09:00:00

The index is an FTS5 virtual table, filled by ``tzcld_desktop.db.library.refresh_index``
and never exchanged. Its columns: the document id, the hash of the file whose text is
indexed ('' until the file is there), the exchange log id of the import that brought the
document (NULL when it was created on this copy), then the searched texts.
"""

from __future__ import annotations

from alembic import op

revision = '0005_document_index'
down_revision = '0004_record_meetings_documents'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # remove_diacritics 2 also folds accents on letters built of several code points.
    op.execute(
        "CREATE VIRTUAL TABLE document_text USING fts5("
        "document_id UNINDEXED, indexed_sha UNINDEXED, arrived_log UNINDEXED, "
        "title, description, tags, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE document_text")
