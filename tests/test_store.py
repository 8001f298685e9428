"""The data folder: creation at first start, schema checks, reference data."""

from __future__ import annotations

import sqlite3
import warnings
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import SAWarning

from tzcld_desktop.db import schema
from tzcld_desktop.db.models import Departement, Region
from tzcld_desktop.db.reference import departement_id, region_id
from tzcld_desktop.db.store import DB_FILE_NAME, open_store
from tzcld_desktop.domain.errors import StorageError
from tzcld_desktop.locations import default_data_dir


def test_first_start_creates_migrated_store(tmp_path):
    store = open_store(tmp_path / "nouveau")
    db_path = tmp_path / "nouveau" / DB_FILE_NAME
    assert db_path.exists()
    assert schema.current_revision(db_path) == schema.HEAD_REVISION
    with store.session() as session:
        assert session.scalar(select(Region).where(Region.code == "84")).name == "Auvergne-Rhône-Alpes"
        assert len(session.scalars(select(Region)).all()) == 18
        assert len(session.scalars(select(Departement)).all()) == 101
    store.close()


def test_reference_ids_are_uuid5_of_codes(tmp_path):
    store = open_store(tmp_path)
    with store.session() as session:
        ardeche = session.scalar(select(Departement).where(Departement.code == "07"))
        assert ardeche.id == departement_id("07")
        assert ardeche.region_id == region_id("84")
        corse_du_sud = session.scalar(select(Departement).where(Departement.code == "2A"))
        assert corse_du_sud.region_id == region_id("94")
    store.close()
    # Another installation derives the same ids.
    other = open_store(tmp_path / "autre")
    with other.session() as session:
        assert session.get(Departement, departement_id("07")).name == "Ardèche"
    other.close()


def test_reopening_keeps_identity(tmp_path):
    store = open_store(tmp_path)
    first = store.replica_id()
    store.close()
    store = open_store(tmp_path)
    assert store.replica_id() == first
    store.close()


def test_sqlite_settings(tmp_path):
    store = open_store(tmp_path)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    store.close()


def test_newer_schema_refused_untouched(tmp_path):
    store = open_store(tmp_path)
    store.close()
    db_path = tmp_path / DB_FILE_NAME
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = db_path.read_bytes()
    with pytest.raises(StorageError) as raised:
        open_store(tmp_path)
    assert "version plus récente" in raised.value.message()
    assert db_path.read_bytes() == before


def test_corrupt_file_gives_french_message(tmp_path):
    (tmp_path / DB_FILE_NAME).write_bytes(b"ceci n'est pas une base SQLite" * 100)
    with pytest.raises(StorageError) as raised:
        open_store(tmp_path)
    assert "endommagé" in raised.value.message()


def test_data_dir_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("TZCLD_DATA_DIR", str(tmp_path / "cle-usb"))
    assert default_data_dir() == tmp_path / "cle-usb"


def test_known_revisions_match_scripts():
    scripts = sorted(path.stem for path in (schema.MIGRATIONS_DIR / "versions").glob("*.py"))
    assert scripts == sorted(schema.KNOWN_REVISIONS)


def test_models_and_migrations_agree(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from tzcld_desktop.db.library import is_local_index_table
    from tzcld_desktop.db.models import Base

    def include_object(_object, name, type_, _reflected, _compare_to):
        # The full-text index is an FTS5 table made by a migration, not a model.
        return not (type_ == "table" and is_local_index_table(name))

    store = open_store(tmp_path)
    with store.engine.connect() as connection, warnings.catch_warnings():
        # The local search table has indexes on expressions, which SQLAlchemy cannot
        # reflect; include_object leaves that table out of the comparison anyway.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index", SAWarning)
        context = MigrationContext.configure(connection, opts={"compare_type": True, "include_object": include_object})
        differences = compare_metadata(context, Base.metadata)
    store.close()
    assert differences == []


def test_unwritable_data_dir_message(tmp_path):
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    with pytest.raises(StorageError) as raised:
        open_store(blocker / "donnees")
    assert "n'a pas pu être créé" in raised.value.message()
    assert not Path(blocker / "donnees").exists()
