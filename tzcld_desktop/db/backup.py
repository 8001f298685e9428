"""Copies of the database made with SQLite's online backup API, and putting one back.

Copies live in ``sauvegardes/`` beside the database, named
``tzcld-<YYYYmmdd-HHMMSS-ffffff>-<reason>.sqlite3``. Each reason keeps its own
rotation, so a burst of imports never pushes out the daily copies.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from tzcld_desktop.domain.errors import StorageError

log = logging.getLogger(__name__)

BACKUP_DIR_NAME = "sauvegardes"
# Copies kept per reason (import, migration, quotidienne, ...); older ones are removed.
KEEP_PER_REASON = 10
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    size: int
    reason: str


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR_NAME


def make_backup(db_path: Path, reason: str) -> Path:
    """Copy the database into the backups folder beside it and return the copy's path."""
    folder = backup_dir(db_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy_database(db_path, target)
    except (OSError, sqlite3.Error) as error:
        target.unlink(missing_ok=True)
        raise StorageError(
            "La sauvegarde de sécurité n'a pas pu être faite dans {folder} ({error}) ; rien n'a été modifié. "
            "Libérez de la place sur le disque ou vérifiez que le dossier est accessible en écriture.",
            folder=str(folder),
            error=str(error),
        ) from error
    log.info("Backup made before %s: %s", reason, target.name)
    _rotate(folder, db_path.stem, reason)
    return target


def copy_database(source_path: Path, target_path: Path) -> None:
    """Copy the database ``source_path`` into ``target_path`` with the online backup API, in one step."""
    source = sqlite3.connect(source_path)
    try:
        destination = sqlite3.connect(target_path)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def _rotate(folder: Path, stem: str, reason: str) -> None:
    copies = sorted(folder.glob(f"{stem}-*-{reason}.sqlite3"))
    for old in copies[:-KEEP_PER_REASON]:
        old.unlink(missing_ok=True)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Return the backups of a database, newest first."""
    found = []
    for path in backup_dir(db_path).glob(f"{db_path.stem}-*.sqlite3"):
        match = _NAME.match(path.name)
        if not match:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        created_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
        found.append(BackupInfo(path, created_at, size, match["reason"]))
    return sorted(found, key=lambda backup: backup.created_at, reverse=True)


def has_backup_on(db_path: Path, reason: str, day: date) -> bool:
    return any(backup.reason == reason and backup.created_at.date() == day for backup in list_backups(db_path))


# SQLite result codes meaning the file itself is damaged, as opposed to unreachable.
_CORRUPT_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


def is_intact(db_path: Path) -> bool:
    """Return whether SQLite's quick check finds the file sound.

    Raises ``StorageError`` when the file cannot be read at all (read-only medium
    without the WAL index, permissions), which says nothing about its content.
    """
    try:
        connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "") in _CORRUPT_CODES:
            return False
        raise StorageError(
            "Le fichier de données {path} ne peut pas être lu ({error}). Si le dossier est sur une clé USB "
            "verrouillée ou un support en lecture seule, rendez-le accessible en écriture, puis recommencez.",
            path=str(db_path),
            error=str(error),
        ) from error


def newest_intact_backup(db_path: Path) -> BackupInfo | None:
    for backup in list_backups(db_path):
        try:
            if is_intact(backup.path):
                return backup
        except StorageError:
            continue
    return None


def copy_backup_over(backup: Path, db_path: Path) -> None:
    """Write the content of ``backup`` into ``db_path`` (no connection may be open on it)."""
    if not is_intact(backup):
        raise StorageError(
            "La sauvegarde {file} est elle-même endommagée ; elle n'a pas été restaurée. Choisissez-en une autre.",
            file=backup.name,
        )
    try:
        copy_database(backup, db_path)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(
            "La restauration de {file} a échoué ({error}). Vérifiez la place libre sur le disque, puis réessayez.",
            file=backup.name,
            error=str(error),
        ) from error
