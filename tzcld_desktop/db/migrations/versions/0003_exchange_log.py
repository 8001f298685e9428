"""Exchange log for undo and shared folders

Revision ID: 0003_exchange_log
Revises: 0002_peers
Create Date: 2026-12-04 20:13:28.249181
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003_exchange_log'
down_revision = '0002_peers'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('exchange_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('file_sha256', sa.String(length=64), server_default='', nullable=False))
        batch_op.add_column(sa.Column('backup_file', sa.Text(), server_default='', nullable=False, comment='copy of the database taken before this import'))
        batch_op.add_column(sa.Column('counter_after', sa.Integer(), server_default='0', nullable=False, comment="this copy's write counter right after the import"))
        batch_op.create_index(batch_op.f('ix_exchange_log_file_sha256'), ['file_sha256'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('exchange_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exchange_log_file_sha256'))
        batch_op.drop_column('counter_after')
        batch_op.drop_column('backup_file')
        batch_op.drop_column('file_sha256')

