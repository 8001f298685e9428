"""Schema version checks and Alembic upgrades.

Reading the version needs only ``sqlite3``; Alembic (about 0.4 s to import) is loaded
only when the file actually needs migrating.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import Engine

from tzcld_desktop.domain.errors import StorageError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Every revision in tzcld_desktop/db/migrations/versions, oldest first. A test checks
# that this list matches the migration scripts.
KNOWN_REVISIONS = (
    "0001_initial", "0002_peers", "0003_exchange_log", "0004_record_meetings_documents", "0005_document_index",
    "0006_local_indexes", "0007_sync_dots", "0008_read_indexes", "0009_bulk_loads", "0010_note_contact_indexes",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]


def current_revision(db_path: Path) -> str | None:
    """Return the schema revision stored in the file, or None for a new, empty file."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    uri = f"{db_path.resolve().as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
        try:
            row = connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if row is None:
                return None
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise StorageError(
            "Le fichier de données {path} est illisible ou endommagé ({error}). "
            "Restaurez une sauvegarde ou choisissez un autre dossier de données.",
            path=str(db_path),
            error=str(error),
        ) from error
    return version[0] if version else None


def check_revision(db_path: Path, revision: str | None) -> None:
    """Raise when the file was written by a newer version of the application."""
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise StorageError(
            "Le fichier de données {path} a été écrit par une version plus récente de TZCLD Desktop "
            "(schéma « {revision} »). Il n'a pas été modifié. Installez la dernière version de l'application "
            "pour l'ouvrir.",
            path=str(db_path),
            revision=revision,
        )


def upgrade_to_head(engine: Engine) -> None:
    """Run every pending migration in one transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
