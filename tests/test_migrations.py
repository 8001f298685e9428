"""Every schema version, filled with data, upgrades to the latest without losing a record.

Each fixture database is built by running the migrations up to that version and then
inserting rows with plain SQL, as that version of the application wrote them.
"""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from tzcld_desktop.db import library, queries, schema
from tzcld_desktop.db.backup import list_backups
from tzcld_desktop.db.models import Territory
from tzcld_desktop.db.reference import departement_id, region_id
from tzcld_desktop.db.store import DB_FILE_NAME, open_store
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.sync.exchange import export_data, import_data

REPLICA = "11111111-1111-4111-8111-111111111111"
TERRITORY = "22222222-2222-4222-8222-222222222222"
CLUSTER = "33333333-3333-4333-8333-333333333333"
MEETING = "44444444-4444-4444-8444-444444444444"
ACTION = "55555555-5555-4555-8555-555555555555"
DOCUMENT = "77777777-7777-4777-8777-777777777777"

COMMON_ROWS = [
    "INSERT INTO profile (id, name, region_codes) VALUES (1, 'Anne Durand', '[\"84\"]')",
    f"""INSERT INTO cluster (id, name, region_id, animator, notes, deleted, needs_review, has_conflict, updated_by)
        VALUES ('{CLUSTER}', 'Grappe Drôme-Ardèche', '{region_id("84")}', 'Association Relais', '', 0, 0, 0, 'Anne')""",
    f"""INSERT INTO territory (id, name, name_key, departement_id, region_id, cluster_id, stage, habilitation_date,
        habilitation_date_note, communes, notes, source, deleted, needs_review, has_conflict, updated_by)
        VALUES ('{TERRITORY}', 'Le Teil', 'le teil', '{departement_id("07")}', '{region_id("84")}', '{CLUSTER}',
        'habilite', NULL, '~2021-12 [« fin décembre 2021 »]', 'Le Teil', 'Visite en mars', '', 0, 0, 0, 'Anne')""",
    f"""INSERT INTO meeting (id, cluster_id, title, meeting_date, place, minutes, decisions, deleted, needs_review,
        has_conflict, updated_by) VALUES ('{MEETING}', '{CLUSTER}', 'Réunion de grappe', '2026-03-03',
        'Mairie du Teil', 'Tour de table', 'Prochaine réunion en avril', 0, 0, 0, 'Anne')""",
    f"""INSERT INTO action (id, text, owner, due_date, status, territory_id, meeting_id, deleted, needs_review,
        has_conflict, updated_by) VALUES ('{ACTION}', 'Envoyer les statuts du CLE', 'Anne', '2026-03-20',
        'a_faire', '{TERRITORY}', '{MEETING}', 0, 0, 0, 'Anne')""",
    f"""INSERT INTO sync_register (table_name, record_id, field, entries, context) VALUES
        ('territory', '{TERRITORY}', 'name', '[["{REPLICA}",1,100,"Anne","Le Teil"]]', '{{"{REPLICA}":1}}'),
        ('territory', '{TERRITORY}', 'deleted', '[["{REPLICA}",2,101,"Anne",false]]', '{{"{REPLICA}":2}}')""",
]

ROWS_BY_REVISION = {
    "0001_initial": [
        f"""INSERT INTO local_replica (id, replica_id, counter, last_stamp, knowledge, created_at)
            VALUES (1, '{REPLICA}', 2, 101, '{{"{REPLICA}": [[1, 2]]}}', '2026-01-01 10:00:00')""",
        """INSERT INTO exchange_log (direction, at, file_name, peer_replica_id, peer_person, counts, result)
            VALUES ('export', '2026-02-01 09:00:00', 'anne.tzsync', '', '', '{"records": 4}', 'ok')""",
        *COMMON_ROWS,
    ],
    "0002_peers": [
        f"""INSERT INTO local_replica (id, replica_id, counter, last_stamp, knowledge, created_at, fingerprint)
            VALUES (1, '{REPLICA}', 2, 101, '{{"{REPLICA}": [[1, 2]]}}', '2026-01-01 10:00:00', '')""",
        """INSERT INTO peer (replica_id, person, knowledge, last_received_at) VALUES
            ('66666666-6666-4666-8666-666666666666', 'Bruno Petit', '{}', '2026-02-02 08:00:00')""",
        """INSERT INTO exchange_log (direction, at, file_name, peer_replica_id, peer_person, counts, result)
            VALUES ('export', '2026-02-01 09:00:00', 'anne.tzsync', '', '', '{"records": 4}', 'ok')""",
        *COMMON_ROWS,
    ],
    "0003_exchange_log": [
        f"""INSERT INTO local_replica (id, replica_id, counter, last_stamp, knowledge, created_at, fingerprint)
            VALUES (1, '{REPLICA}', 2, 101, '{{"{REPLICA}": [[1, 2]]}}', '2026-01-01 10:00:00', '')""",
        """INSERT INTO peer (replica_id, person, knowledge, last_received_at) VALUES
            ('66666666-6666-4666-8666-666666666666', 'Bruno Petit', '{}', '2026-02-02 08:00:00')""",
        """INSERT INTO exchange_log (direction, at, file_name, peer_replica_id, peer_person, counts, result,
            file_sha256, backup_file, counter_after)
            VALUES ('import', '2026-02-03 09:00:00', 'bruno.tzsync', '66666666-6666-4666-8666-666666666666',
            'Bruno Petit', '{"records": 4}', 'ok', 'ab12', 'backups/avant-import.sqlite3', 2)""",
        *COMMON_ROWS,
    ],
    "0004_record_meetings_documents": [
        f"""INSERT INTO local_replica (id, replica_id, counter, last_stamp, knowledge, created_at, fingerprint)
            VALUES (1, '{REPLICA}', 2, 101, '{{"{REPLICA}": [[1, 2]]}}', '2026-01-01 10:00:00', '')""",
        """INSERT INTO peer (replica_id, person, knowledge, last_received_at) VALUES
            ('66666666-6666-4666-8666-666666666666', 'Bruno Petit', '{}', '2026-02-02 08:00:00')""",
        """INSERT INTO exchange_log (direction, at, file_name, peer_replica_id, peer_person, counts, result,
            file_sha256, backup_file, counter_after)
            VALUES ('import', '2026-02-03 09:00:00', 'bruno.tzsync', '66666666-6666-4666-8666-666666666666',
            'Bruno Petit', '{"records": 4}', 'ok', 'ab12', 'backups/avant-import.sqlite3', 2)""",
        *COMMON_ROWS,
        f"UPDATE action SET text_key = '{normalize('Envoyer les statuts du CLE')}'",
        f"""INSERT INTO document (id, title, title_key, description, file_name, sha256, size, media_type, link,
            in_library, category, tags, stages, source, version, document_date, superseded_by_id, language,
            added_on, deleted, needs_review, has_conflict, updated_by)
            VALUES ('{DOCUMENT}', 'Modèle de statuts du CLÉ', '{normalize('Modèle de statuts du CLÉ')}',
            'Statuts types du comité local', '', '', NULL, '', 'https://www.tzcld.fr/statuts', 1, 'modele',
            'CLE,statuts', 'emergent', 'TZCLD', '2', '2025-06-01', NULL, 'fr', '2026-01-05', 0, 0, 0, 'Anne')""",
    ],
}
# The document index of 0005 is local and derived, so 0005 contains the same rows as 0004.
ROWS_BY_REVISION["0005_document_index"] = ROWS_BY_REVISION["0004_record_meetings_documents"]
# 0006 adds local indexes only, so it contains the same rows as 0005.
ROWS_BY_REVISION["0006_local_indexes"] = ROWS_BY_REVISION["0005_document_index"]
# 0007 adds the dot index of the registers, written with them, and the import undo tables, which start empty.
ROWS_BY_REVISION["0007_sync_dots"] = [
    *ROWS_BY_REVISION["0006_local_indexes"],
    f"""INSERT INTO sync_dot (replica, counter, table_name, record_id, field) VALUES
        ('{REPLICA}', 1, 'territory', '{TERRITORY}', 'name'),
        ('{REPLICA}', 2, 'territory', '{TERRITORY}', 'deleted')""",
]
# 0008 adds read indexes only, so it contains the same rows as 0007.
ROWS_BY_REVISION["0008_read_indexes"] = ROWS_BY_REVISION["0007_sync_dots"]
# 0009 adds the bulk load table, which starts empty, so it contains the same rows as 0008.
ROWS_BY_REVISION["0009_bulk_loads"] = ROWS_BY_REVISION["0008_read_indexes"]


def test_every_revision_has_a_fixture():
    assert set(ROWS_BY_REVISION) == set(schema.KNOWN_REVISIONS[:-1])


def build_fixture(folder, revision):
    folder.mkdir()
    db_path = folder / DB_FILE_NAME
    engine = create_engine(f"sqlite:///{db_path}")
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()
    with sqlite3.connect(db_path) as connection:
        # The reference rows the application seeded at first start.
        connection.execute("INSERT INTO region (id, code, name, name_key) VALUES (?, '84', "
                           "'Auvergne-Rhône-Alpes', 'auvergne-rhone-alpes')", (region_id("84"),))
        connection.execute("INSERT INTO departement (id, code, name, name_key, region_id) VALUES "
                           "(?, '07', 'Ardèche', 'ardeche', ?)", (departement_id("07"), region_id("84")))
        for statement in ROWS_BY_REVISION[revision]:
            connection.execute(statement)
    connection.close()
    return db_path


def table_rows(db_path, table):
    with sqlite3.connect(db_path) as connection:
        connection.row_factory = sqlite3.Row
        rows = [dict(row) for row in connection.execute(f"SELECT * FROM {table}")]
    connection.close()
    return rows


def test_library_document_searchable_after_upgrade(tmp_path):
    build_fixture(tmp_path / "donnees", "0004_record_meetings_documents")
    store = open_store(tmp_path / "donnees")
    library.refresh_index(store)
    with store.session() as session:
        found = library.search_library(session, library.LibraryQuery(words="cle statuts"))
    store.close()
    assert [row.id for row in found] == [DOCUMENT]


@pytest.mark.parametrize("revision", sorted(ROWS_BY_REVISION))
def test_upgrade_keeps_every_record(tmp_path, revision):
    db_path = build_fixture(tmp_path / "donnees", revision)
    tables = ["profile", "cluster", "territory", "meeting", "action", "sync_register", "exchange_log"]
    before = {table: table_rows(db_path, table) for table in tables}

    store = open_store(tmp_path / "donnees")
    assert schema.current_revision(db_path) == schema.HEAD_REVISION
    for table in tables:
        after = table_rows(db_path, table)
        assert len(after) == len(before[table]), table
        for old, new in zip(before[table], after, strict=True):
            assert {key: new[key] for key in old} == old, table
    assert [b.reason for b in list_backups(db_path)].count("migration") == 1
    assert store.replica_id() == REPLICA

    with store.session() as session:
        rows = queries.list_territories(session, queries.TerritoryQuery())
    assert [(row.name, row.cluster_name, row.habilitation_date_note) for row in rows] == [
        ("Le Teil", "Grappe Drôme-Ardèche", "~2021-12 [« fin décembre 2021 »]")
    ]
    # Actions written before search keys existed are found by search after the upgrade.
    assert [row["text_key"] for row in table_rows(db_path, "action")] == [normalize("Envoyer les statuts du CLE")]
    # The upgraded copy still exchanges with a new one.
    export_data(store, tmp_path / "apres-migration.tzsync")
    fresh = open_store(tmp_path / "neuve")
    import_data(fresh, tmp_path / "apres-migration.tzsync")
    with fresh.session() as session:
        assert session.get(Territory, TERRITORY).name == "Le Teil"
    fresh.close()
    store.close()
