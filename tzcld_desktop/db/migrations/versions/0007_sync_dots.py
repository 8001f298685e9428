"""Dot index of the registers, and the undo record of the last import

Revision ID: 0007_sync_dots
Revises: 0006_local_indexes
Create Date: 2026-12-05 03:00:00

``sync_dot`` lists, for every register, the dots of its entries and its context maxima,
so an export for a peer reads only the registers holding dots the peer lacks. It is
filled here from the existing registers with SQLite's JSON functions. The two
``import_undo_*`` tables keep what the last import changed, so undoing it no longer
needs a copy of the whole database.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007_sync_dots'
down_revision = '0006_local_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_dot',
    sa.Column('replica', sa.String(length=36), nullable=False),
    sa.Column('counter', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('replica', 'counter', 'table_name', 'record_id', 'field', name=op.f('pk_sync_dot')),
    sqlite_with_rowid=False,
    )
    op.create_table('import_undo_register',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('entries', sa.Text(), nullable=True),
    sa.Column('context', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_undo_register'))
    )
    op.create_table('import_undo_state',
    sa.Column('log_id', sa.Integer(), nullable=False, comment='exchange_log id of the import'),
    sa.Column('knowledge', sa.Text(), nullable=False, comment='JSON knowledge of local_replica'),
    sa.Column('last_stamp', sa.Integer(), nullable=False),
    sa.Column('peer_replica_id', sa.String(length=36), nullable=False),
    sa.Column('peer', sa.Text(), nullable=False, comment="JSON of the sender's peer row, or '' when there was none"),
    sa.PrimaryKeyConstraint('log_id', name=op.f('pk_import_undo_state'))
    )
    op.execute(
        "INSERT OR IGNORE INTO sync_dot (replica, counter, table_name, record_id, field) "
        "SELECT dot.key, dot.value, register.table_name, register.record_id, register.field "
        "FROM sync_register AS register, json_each(register.context) AS dot"
    )
    op.execute(
        "INSERT OR IGNORE INTO sync_dot (replica, counter, table_name, record_id, field) "
        "SELECT json_extract(entry.value, '$[0]'), json_extract(entry.value, '$[1]'), "
        "register.table_name, register.record_id, register.field "
        "FROM sync_register AS register, json_each(register.entries) AS entry"
    )


def downgrade() -> None:
    op.drop_table('import_undo_state')
    op.drop_table('import_undo_register')
    op.drop_table('sync_dot')
