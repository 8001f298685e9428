"""Copies of the database made with SQLite's online backup API."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from tzcld_desktop.domain.errors import StorageError

log = logging.getLogger(__name__)

BACKUP_DIR_NAME = "sauvegardes"
# Copies kept per reason (import, migration, daily); older ones are removed.
KEEP_PER_REASON = 10


def make_backup(db_path: Path, reason: str) -> Path:
    """Copy the database into the backups folder beside it and return the copy's path."""
    backup_dir = db_path.parent / BACKUP_DIR_NAME
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(db_path)
        try:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
    except (OSError, sqlite3.Error) as error:
        target.unlink(missing_ok=True)
        raise StorageError(
            "La sauvegarde de sécurité n'a pas pu être faite dans {folder} ({error}) ; rien n'a été modifié. "
            "Libérez de la place sur le disque ou vérifiez que le dossier est accessible en écriture.",
            folder=str(backup_dir),
            error=str(error),
        ) from error
    log.info("Backup made before %s: %s", reason, target.name)
    _rotate(backup_dir, db_path.stem, reason)
    return target


def _rotate(backup_dir: Path, stem: str, reason: str) -> None:
    copies = sorted(backup_dir.glob(f"{stem}-*-{reason}.sqlite3"))
    for old in copies[:-KEEP_PER_REASON]:
        old.unlink(missing_ok=True)
