"""Peers and identity fingerprint

Revision ID: 0002_peers
Revises: 0001_initial
Create Date: 2026-12-04 20:03:23.666015
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002_peers'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('peer',
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('person', sa.String(length=200), nullable=False),
    sa.Column('knowledge', sa.Text(), nullable=False, comment='JSON: dots the peer reported seeing'),
    sa.Column('last_received_at', sa.DateTime(), nullable=True, comment='UTC'),
    sa.PrimaryKeyConstraint('replica_id', name=op.f('pk_peer'))
    )
    with op.batch_alter_table('local_replica', schema=None) as batch_op:
        batch_op.add_column(sa.Column('fingerprint', sa.Text(), server_default='', nullable=False, comment='JSON: host, path and inode of the file this identity belongs to'))



def downgrade() -> None:
    with op.batch_alter_table('local_replica', schema=None) as batch_op:
        batch_op.drop_column('fingerprint')

    op.drop_table('peer')
