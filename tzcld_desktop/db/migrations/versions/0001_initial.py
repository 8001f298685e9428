"""Initial schema

Revision ID: 0001_initial
Revises: 
Create Date: 2026-12-04 19:51:44.623233
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('action',
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False, comment='domain.stages.ActionStatus'),
    sa.Column('territory_id', sa.String(length=36), nullable=True, comment='territory.id; no foreign key'),
    sa.Column('meeting_id', sa.String(length=36), nullable=True, comment='meeting.id; no foreign key'),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action'))
    )
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_territory_id'), ['territory_id'], unique=False)

    op.create_table('exchange_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False, comment="'export' or 'import'"),
    sa.Column('at', sa.DateTime(), nullable=False, comment='UTC'),
    sa.Column('file_name', sa.Text(), nullable=False),
    sa.Column('peer_replica_id', sa.String(length=36), nullable=False),
    sa.Column('peer_person', sa.String(length=200), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False, comment='JSON counts of the report'),
    sa.Column('result', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_log'))
    )
    op.create_table('local_replica',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False, comment='identity of this copy in exchange files'),
    sa.Column('counter', sa.Integer(), nullable=False, comment='counter of the last dot this copy wrote'),
    sa.Column('last_stamp', sa.Integer(), nullable=False, comment='last hybrid logical clock stamp issued'),
    sa.Column('knowledge', sa.Text(), nullable=False, comment='JSON: dots seen, as counter ranges per replica'),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_local_replica'))
    )
    op.create_table('meeting',
    sa.Column('cluster_id', sa.String(length=36), nullable=True, comment='cluster.id; no foreign key'),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('meeting_date', sa.Date(), nullable=True),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('decisions', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_meeting_date'), ['meeting_date'], unique=False)

    op.create_table('meeting_territory',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('territory_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_territory'))
    )
    with op.batch_alter_table('meeting_territory', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_territory_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_territory_territory_id'), ['territory_id'], unique=False)

    op.create_table('profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('region_codes', sa.Text(), nullable=False, comment='JSON list of followed region codes'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profile'))
    )
    op.create_table('region',
    sa.Column('id', sa.String(length=36), nullable=False, comment="uuid5 of 'region/<INSEE code>'"),
    sa.Column('code', sa.String(length=3), nullable=False, comment="INSEE region code, a string: '01', '84'"),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('name_key', sa.String(length=100), nullable=False, comment='normalised name for search and French sort'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_region')),
    sa.UniqueConstraint('code', name=op.f('uq_region_code'))
    )
    op.create_table('sync_register',
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('entries', sa.Text(), nullable=False, comment='JSON [[replica, counter, stamp, author, value], ...]'),
    sa.Column('context', sa.Text(), nullable=False, comment='JSON {replica: highest counter seen}'),
    sa.PrimaryKeyConstraint('table_name', 'record_id', 'field', name=op.f('pk_sync_register'))
    )
    op.create_table('cluster',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('region_id', sa.String(length=36), nullable=True),
    sa.Column('animator', sa.Text(), nullable=False, comment='animating organisations and people'),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_cluster_region_id_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cluster'))
    )
    with op.batch_alter_table('cluster', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cluster_region_id'), ['region_id'], unique=False)

    op.create_table('departement',
    sa.Column('id', sa.String(length=36), nullable=False, comment="uuid5 of 'departement/<INSEE code>'"),
    sa.Column('code', sa.String(length=3), nullable=False, comment="INSEE code, a string: '07', '2A', '971'"),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('name_key', sa.String(length=100), nullable=False),
    sa.Column('region_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_departement_region_id_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_departement')),
    sa.UniqueConstraint('code', name=op.f('uq_departement_code'))
    )
    with op.batch_alter_table('departement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_departement_region_id'), ['region_id'], unique=False)

    op.create_table('territory',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_key', sa.String(length=300), nullable=False, comment='normalised name'),
    sa.Column('departement_id', sa.String(length=36), nullable=True),
    sa.Column('region_id', sa.String(length=36), nullable=True, comment="the département's region, or set alone when it is unknown"),
    sa.Column('cluster_id', sa.String(length=36), nullable=True, comment='cluster.id; no foreign key'),
    sa.Column('stage', sa.String(length=20), nullable=False, comment='tzcld_desktop.domain.stages.Stage'),
    sa.Column('habilitation_date', sa.Date(), nullable=True),
    sa.Column('habilitation_date_note', sa.Text(), nullable=False, comment='the date as written when it is approximate, doubtful or annotated'),
    sa.Column('communes', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['departement_id'], ['departement.id'], name=op.f('fk_territory_departement_id_departement')),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_territory_region_id_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_territory'))
    )
    with op.batch_alter_table('territory', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_territory_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_territory_departement_id'), ['departement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_territory_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_territory_region_id'), ['region_id'], unique=False)
        batch_op.create_index('ix_territory_stage_name', ['stage', 'name_key'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('territory', schema=None) as batch_op:
        batch_op.drop_index('ix_territory_stage_name')
        batch_op.drop_index(batch_op.f('ix_territory_region_id'))
        batch_op.drop_index(batch_op.f('ix_territory_name_key'))
        batch_op.drop_index(batch_op.f('ix_territory_departement_id'))
        batch_op.drop_index(batch_op.f('ix_territory_cluster_id'))

    op.drop_table('territory')
    with op.batch_alter_table('departement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_departement_region_id'))

    op.drop_table('departement')
    with op.batch_alter_table('cluster', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cluster_region_id'))

    op.drop_table('cluster')
    op.drop_table('sync_register')
    op.drop_table('region')
    op.drop_table('profile')
    with op.batch_alter_table('meeting_territory', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_territory_territory_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_territory_meeting_id'))

    op.drop_table('meeting_territory')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_meeting_date'))
        batch_op.drop_index(batch_op.f('ix_meeting_cluster_id'))

    op.drop_table('meeting')
    op.drop_table('local_replica')
    op.drop_table('exchange_log')
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_territory_id'))
        batch_op.drop_index(batch_op.f('ix_action_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_action_due_date'))

    op.drop_table('action')
