"""Territory record, meetings in depth and documents

Revision ID: 0004_record_meetings_documents
Revises: 0003_exchange_log
Create Date: 2026-12-04 22:47:21.635392
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from tzcld_desktop.domain.text import normalize


revision = '0004_record_meetings_documents'
down_revision = '0003_exchange_log'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agenda_item',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('section', sa.String(length=300), nullable=False),
    sa.Column('territory_id', sa.String(length=36), nullable=True, comment="set for a territory's section"),
    sa.Column('position', sa.Float(), nullable=False, comment='order; a move writes a value in between'),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('presenter', sa.String(length=200), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=True),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False, comment='domain.vocabulary.ItemStatus'),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('agenda_template',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False, comment='domain.vocabulary.MeetingKind'),
    sa.Column('items', sa.Text(), nullable=False, comment='JSON list of {section, title, presenter, duration_minutes}'),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_template'))
    )
    op.create_table('contact',
    sa.Column('territory_id', sa.String(length=36), nullable=True),
    sa.Column('cluster_id', sa.String(length=36), nullable=True, comment='for animators of a cluster'),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_key', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False, comment='domain.vocabulary.ContactRole'),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('organisation_key', sa.String(length=300), nullable=False, comment='normalised organisation'),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('personal', sa.Boolean(), nullable=False, comment='holds personal data (GDPR): left out of PDFs unless asked'),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_territory_id'), ['territory_id'], unique=False)

    op.create_table('criterion_check',
    sa.Column('territory_id', sa.String(length=36), nullable=False),
    sa.Column('criterion', sa.String(length=30), nullable=False, comment='domain.vocabulary.Criterion'),
    sa.Column('status', sa.String(length=20), nullable=False, comment='domain.vocabulary.CriterionStatus'),
    sa.Column('status_date', sa.Date(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('proof_document_id', sa.String(length=36), nullable=True, comment='document.id; no foreign key'),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_criterion_check'))
    )
    with op.batch_alter_table('criterion_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_criterion_check_territory_id'), ['territory_id'], unique=False)

    op.create_table('document',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('title_key', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False, comment='original name, shown and used on open'),
    sa.Column('sha256', sa.String(length=64), nullable=False, comment='content hash; empty for a link'),
    sa.Column('size', sa.Integer(), nullable=True),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('link', sa.Text(), nullable=False, comment='web address for a document kept as a reference'),
    sa.Column('in_library', sa.Boolean(), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False, comment='domain.vocabulary.DocumentCategory'),
    sa.Column('tags', sa.Text(), nullable=False, comment='comma-separated'),
    sa.Column('stages', sa.Text(), nullable=False, comment='comma-separated Stage values it serves'),
    sa.Column('source', sa.String(length=300), nullable=False, comment='author or source'),
    sa.Column('version', sa.String(length=50), nullable=False),
    sa.Column('document_date', sa.Date(), nullable=True),
    sa.Column('superseded_by_id', sa.String(length=36), nullable=True, comment='the newer version; no foreign key'),
    sa.Column('language', sa.String(length=10), nullable=False),
    sa.Column('added_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document'))
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_sha256'), ['sha256'], unique=False)

    op.create_table('document_link',
    sa.Column('document_id', sa.String(length=36), nullable=False),
    sa.Column('territory_id', sa.String(length=36), nullable=True),
    sa.Column('meeting_id', sa.String(length=36), nullable=True),
    sa.Column('given_on', sa.Date(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_link'))
    )
    with op.batch_alter_table('document_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_link_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_link_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_link_territory_id'), ['territory_id'], unique=False)

    op.create_table('ebe',
    sa.Column('territory_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('opening_date', sa.Date(), nullable=True),
    sa.Column('sectors', sa.Text(), nullable=False),
    sa.Column('max_etp', sa.Float(), nullable=True, comment='full-time equivalents funded by the convention'),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ebe'))
    )
    with op.batch_alter_table('ebe', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ebe_territory_id'), ['territory_id'], unique=False)

    op.create_table('indicator_value',
    sa.Column('territory_id', sa.String(length=36), nullable=False),
    sa.Column('ebe_id', sa.String(length=36), nullable=True, comment='ebe.id for an EBE headcount; no foreign key'),
    sa.Column('indicator', sa.String(length=30), nullable=False, comment='domain.vocabulary.Indicator'),
    sa.Column('value_date', sa.Date(), nullable=True),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_value'))
    )
    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.create_index('ix_indicator_territory', ['territory_id', 'indicator', 'value_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_value_territory_id'), ['territory_id'], unique=False)

    op.create_table('journal_note',
    sa.Column('territory_id', sa.String(length=36), nullable=True),
    sa.Column('meeting_id', sa.String(length=36), nullable=True, comment='set when filed from a meeting'),
    sa.Column('note_date', sa.Date(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False, comment='domain.vocabulary.NoteKind'),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('text_key', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_note'))
    )
    with op.batch_alter_table('journal_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_note_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index('ix_journal_note_territory_date', ['territory_id', 'note_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_journal_note_territory_id'), ['territory_id'], unique=False)

    op.create_table('meeting_person',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('territory_id', sa.String(length=36), nullable=True),
    sa.Column('invited', sa.Boolean(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=True, comment='None until the meeting is held'),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_person'))
    )
    with op.batch_alter_table('meeting_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_person_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('need',
    sa.Column('meeting_id', sa.String(length=36), nullable=True),
    sa.Column('territory_id', sa.String(length=36), nullable=True),
    sa.Column('cluster_id', sa.String(length=36), nullable=True),
    sa.Column('category', sa.String(length=20), nullable=False, comment='domain.vocabulary.NeedCategory'),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('description_key', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False, comment='domain.vocabulary.NeedStatus'),
    sa.Column('raised_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_need'))
    )
    with op.batch_alter_table('need', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_need_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_need_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_need_territory_id'), ['territory_id'], unique=False)

    op.create_table('outcome',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('agenda_item_id', sa.String(length=36), nullable=True),
    sa.Column('territory_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False, comment='domain.vocabulary.OutcomeKind'),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outcome'))
    )
    with op.batch_alter_table('outcome', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outcome_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outcome_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('phase_progress',
    sa.Column('territory_id', sa.String(length=36), nullable=False),
    sa.Column('phase', sa.String(length=30), nullable=False, comment='domain.vocabulary.MethodPhase'),
    sa.Column('status', sa.String(length=20), nullable=False, comment='domain.vocabulary.PhaseStatus'),
    sa.Column('status_date', sa.Date(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phase_progress'))
    )
    with op.batch_alter_table('phase_progress', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phase_progress_territory_id'), ['territory_id'], unique=False)

    op.create_table('stage_event',
    sa.Column('territory_id', sa.String(length=36), nullable=False),
    sa.Column('step', sa.String(length=30), nullable=False, comment='domain.vocabulary.StageStep'),
    sa.Column('event_date', sa.Date(), nullable=True),
    sa.Column('published_on', sa.Date(), nullable=True, comment='publication of an arrêté or décret'),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False, comment='tombstone: hidden, never removed'),
    sa.Column('needs_review', sa.Boolean(), nullable=False, comment='deleted on one copy while edited on another'),
    sa.Column('has_conflict', sa.Boolean(), nullable=False, comment='a field holds concurrent values'),
    sa.Column('updated_at', sa.DateTime(), nullable=True, comment='UTC time of the latest displayed write'),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_event'))
    )
    with op.batch_alter_table('stage_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_event_territory_id'), ['territory_id'], unique=False)

    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.add_column(sa.Column('agenda_item_id', sa.String(length=36), nullable=True, comment='agenda_item.id; no foreign key'))
        batch_op.add_column(sa.Column('done_on', sa.Date(), nullable=True, comment='when the status became done'))
        batch_op.add_column(sa.Column('text_key', sa.Text(), server_default='', nullable=False, comment='normalised text'))
        batch_op.create_index('ix_action_open_due', ['deleted', 'status', 'due_date', 'territory_id', 'meeting_id'], unique=False)

    with op.batch_alter_table('cluster', schema=None) as batch_op:
        batch_op.add_column(sa.Column('referent', sa.String(length=200), server_default='', nullable=False, comment='the national referent in pair with the animators'))

    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=20), server_default='grappe', nullable=False, comment='domain.vocabulary.MeetingKind'))
        batch_op.add_column(sa.Column('start_time', sa.String(length=5), server_default='', nullable=False, comment="'HH:MM' or empty"))
        batch_op.add_column(sa.Column('duration_minutes', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('video_link', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('status', sa.String(length=20), server_default='planifiee', nullable=False, comment='domain.vocabulary.MeetingStatus'))
        batch_op.add_column(sa.Column('previous_meeting_id', sa.String(length=36), nullable=True, comment='the meeting this one follows in a series; no foreign key'))

    with op.batch_alter_table('meeting_territory', schema=None) as batch_op:
        batch_op.add_column(sa.Column('present', sa.Boolean(), nullable=True, comment='None until the meeting is held'))
        batch_op.add_column(sa.Column('attendees', sa.Integer(), nullable=True, comment='number of people of the territory present'))

    with op.batch_alter_table('territory', schema=None) as batch_op:
        batch_op.add_column(sa.Column('habilitation_act', sa.String(length=20), server_default='', nullable=False, comment='domain.vocabulary.HabilitationAct'))
        batch_op.add_column(sa.Column('habilitation_published_on', sa.Date(), nullable=True, comment='publication in the Journal officiel'))
        batch_op.add_column(sa.Column('epci', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('qpv', sa.Text(), server_default='', nullable=False, comment='quartiers prioritaires'))
        batch_op.add_column(sa.Column('perimeter_note', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('cle_president', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('cle_members', sa.Text(), server_default='', nullable=False, comment='one organisation or person per line'))
        batch_op.add_column(sa.Column('cle_created_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('health', sa.String(length=20), server_default='', nullable=False, comment='domain.vocabulary.Health'))
        batch_op.add_column(sa.Column('health_reason', sa.Text(), server_default='', nullable=False))

    # Existing actions get the search key that new ones derive from their text.
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, text FROM action")).fetchall()
    if rows:
        connection.execute(
            sa.text("UPDATE action SET text_key = :key WHERE id = :id"),
            [{"id": row_id, "key": normalize(text or "")} for row_id, text in rows],
        )


def downgrade() -> None:
    with op.batch_alter_table('territory', schema=None) as batch_op:
        batch_op.drop_column('health_reason')
        batch_op.drop_column('health')
        batch_op.drop_column('cle_created_on')
        batch_op.drop_column('cle_members')
        batch_op.drop_column('cle_president')
        batch_op.drop_column('perimeter_note')
        batch_op.drop_column('qpv')
        batch_op.drop_column('epci')
        batch_op.drop_column('habilitation_published_on')
        batch_op.drop_column('habilitation_act')

    with op.batch_alter_table('meeting_territory', schema=None) as batch_op:
        batch_op.drop_column('attendees')
        batch_op.drop_column('present')

    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('previous_meeting_id')
        batch_op.drop_column('status')
        batch_op.drop_column('video_link')
        batch_op.drop_column('duration_minutes')
        batch_op.drop_column('start_time')
        batch_op.drop_column('kind')

    with op.batch_alter_table('cluster', schema=None) as batch_op:
        batch_op.drop_column('referent')

    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_index('ix_action_open_due')
        batch_op.drop_column('text_key')
        batch_op.drop_column('done_on')
        batch_op.drop_column('agenda_item_id')

    with op.batch_alter_table('stage_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_event_territory_id'))

    op.drop_table('stage_event')
    with op.batch_alter_table('phase_progress', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phase_progress_territory_id'))

    op.drop_table('phase_progress')
    with op.batch_alter_table('outcome', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outcome_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_outcome_agenda_item_id'))

    op.drop_table('outcome')
    with op.batch_alter_table('need', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_need_territory_id'))
        batch_op.drop_index(batch_op.f('ix_need_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_need_cluster_id'))

    op.drop_table('need')
    with op.batch_alter_table('meeting_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_person_meeting_id'))

    op.drop_table('meeting_person')
    with op.batch_alter_table('journal_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_note_territory_id'))
        batch_op.drop_index('ix_journal_note_territory_date')
        batch_op.drop_index(batch_op.f('ix_journal_note_meeting_id'))

    op.drop_table('journal_note')
    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_value_territory_id'))
        batch_op.drop_index('ix_indicator_territory')

    op.drop_table('indicator_value')
    with op.batch_alter_table('ebe', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ebe_territory_id'))

    op.drop_table('ebe')
    with op.batch_alter_table('document_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_link_territory_id'))
        batch_op.drop_index(batch_op.f('ix_document_link_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_document_link_document_id'))

    op.drop_table('document_link')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_sha256'))

    op.drop_table('document')
    with op.batch_alter_table('criterion_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_criterion_check_territory_id'))

    op.drop_table('criterion_check')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_territory_id'))
        batch_op.drop_index(batch_op.f('ix_contact_name_key'))
        batch_op.drop_index(batch_op.f('ix_contact_cluster_id'))

    op.drop_table('contact')
    op.drop_table('agenda_template')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))

    op.drop_table('agenda_item')
