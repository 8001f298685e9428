"""Registers loaded in bulk by a first import, without rows in the dot index

Revision ID: 0009_bulk_loads
Revises: 0008_read_indexes
Create Date: 2026-12-05 11:00:00

An import into a copy that has no register yet no longer writes one ``sync_dot`` row
per register. ``sync_bulk_load`` keeps instead, for each such import, a knowledge that
covers every dot of the registers it loaded. Nothing here is exchanged; the table
starts empty, since every register already in the file has its dots indexed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009_bulk_loads'
down_revision = '0008_read_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_bulk_load',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('log_id', sa.Integer(), nullable=True, comment='exchange_log id of the import'),
    sa.Column('knowledge', sa.Text(), nullable=False,
              comment='JSON knowledge covering every dot of the loaded registers'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_bulk_load'))
    )


def downgrade() -> None:
    op.drop_table('sync_bulk_load')
