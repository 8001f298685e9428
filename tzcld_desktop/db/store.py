"""Open the data folder: the SQLite file, its settings, its schema and this copy's identity."""

from __future__ import annotations

import json
import logging
import os
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from tzcld_desktop.db import schema
from tzcld_desktop.db.backup import (
    BackupInfo,
    copy_backup_over,
    has_backup_on,
    is_intact,
    make_backup,
    newest_intact_backup,
)
from tzcld_desktop.db.capture import install_capture
from tzcld_desktop.db.models import LocalReplica
from tzcld_desktop.db.protection import is_sealed
from tzcld_desktop.db.reference import ensure_reference_data
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, StorageError

log = logging.getLogger(__name__)

DB_FILE_NAME = "tzcld.sqlite3"
# Present while a store is open, removed when it closes. Finding it at open means the
# previous session ended without closing the store (crash, power cut), so the file is
# checked before use.
SESSION_MARKER_NAME = "tzcld.session"
# Files up to this size get SQLite's quick check at every open. The check reads the whole
# file: 2.4 s for 917 MiB on a 2-core AMD EPYC VM, so about 0.1 s at this size.
CHECK_AT_OPEN_MAX_BYTES = 32 * 1024 * 1024
DAILY_BACKUP = "quotidienne"


def _configure_connection(dbapi_connection, _record, journal_mode: str = "WAL") -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA journal_mode={journal_mode}")
    # FULL makes every commit durable through a power cut or a battery running out,
    # at the cost of one fsync per transaction: a desktop commits rarely, and a
    # referent's edit must not vanish because the laptop died a second later.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # Zeroes the bytes of deleted rows, replaced values and freed pages instead of leaving
    # them in the file. Otherwise an erased person's values, or any superseded value, stay
    # readable in free space, and every backup (the online backup API copies free pages
    # too) carries them on. The cost is some extra writing on deletes and updates.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def make_engine(db_path: Path, journal_mode: str = "WAL") -> Engine:
    """Return an engine on ``db_path`` whose connections use the store's settings and ``journal_mode``."""
    engine = create_engine(f"sqlite:///{db_path}")
    if journal_mode == "WAL":
        event.listen(engine, "connect", _configure_connection)
    else:
        event.listen(engine, "connect",
                     lambda dbapi_connection, record: _configure_connection(dbapi_connection, record, journal_mode))
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Return the sessions of a store on ``engine``, whose changes to synced tables are captured."""
    session_factory = sessionmaker(engine, expire_on_commit=False)
    install_capture(session_factory)
    return session_factory


@dataclass
class Store:
    """An opened data folder."""

    data_dir: Path
    db_path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    # The marker that this store created and removes at close, if any.
    session_marker: Path | None = None
    # The key that encrypts the data folder after the store closes, while passphrase
    # protection is on (see ``db/protection.py``); None when it is off.
    protection_key: bytes | None = None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Yield a session whose changes commit together, or not at all.

        SQLite's disk errors (full disk, read-only medium, locked file) become a
        ``StorageError`` with a French message; the transaction is rolled back.
        """
        try:
            with self.session_factory.begin() as session:
                yield session
        except OperationalError as error:
            trouble = storage_error(self.db_path, error)
            if trouble is error:
                raise
            raise trouble from error

    def session(self) -> Session:
        """Return a session for reading."""
        return self.session_factory()

    def replica_id(self) -> str:
        with self.session() as session:
            return session.scalars(select(LocalReplica.replica_id)).one()

    def close(self) -> None:
        self.engine.dispose()
        if self.session_marker is not None:
            self.session_marker.unlink(missing_ok=True)
            self.session_marker = None

    def check_at_next_open(self) -> None:
        """Make the next ``open_store`` check the file, by leaving the session marker at close."""
        self.session_marker = None


# SQLite's messages (sqlite3 module, SQLite 3.x) and what to tell the user for each.
_SQLITE_TROUBLE = (
    ("disk is full", QT_TRANSLATE_NOOP(
        "StorageError",
        "Le disque est plein : la modification n'a pas été enregistrée et vos données sont intactes. "
        "Libérez de la place sur le disque ({path}), puis recommencez.")),
    ("readonly database", QT_TRANSLATE_NOOP(
        "StorageError",
        "Le dossier de données {path} est en lecture seule (clé USB verrouillée, disque protégé ?) : "
        "la modification n'a pas été enregistrée. Rendez-le accessible en écriture, puis recommencez.")),
    ("database is locked", QT_TRANSLATE_NOOP(
        "StorageError",
        "Le fichier de données {path} est occupé par un autre programme. Fermez les autres fenêtres "
        "de TZCLD Desktop qui utilisent ce dossier, puis recommencez.")),
    ("unable to open", QT_TRANSLATE_NOOP(
        "StorageError",
        "Le fichier de données {path} ne peut pas être ouvert. Vérifiez que le dossier existe toujours "
        "(clé USB retirée ?) et que vous avez le droit d'y écrire.")),
    ("disk i/o error", QT_TRANSLATE_NOOP(
        "StorageError",
        "Erreur de lecture ou d'écriture sur le disque pour {path} : la modification n'a pas été "
        "enregistrée. Vérifiez le support (clé USB mal branchée ?), puis recommencez.")),
)


def storage_error(db_path: Path, error: Exception) -> StorageError | Exception:
    """Return the French ``StorageError`` for a disk problem, or ``error`` itself for a bug."""
    text = str(error).lower()
    for marker, message in _SQLITE_TROUBLE:
        if marker in text:
            return StorageError(message, path=str(db_path.parent))
    return error


class CorruptStoreError(StorageError):
    """The database failed its integrity check and was moved aside."""

    def __init__(self, moved_to: Path, backup: BackupInfo | None) -> None:
        if backup is None:
            super().__init__(
                "Le fichier de données était endommagé ; il a été mis de côté sous le nom {moved}. "
                "Aucune sauvegarde intacte n'a été trouvée : l'application repart d'un fichier vide.",
                moved=moved_to.name,
            )
        else:
            super().__init__(
                "Le fichier de données était endommagé ; il a été mis de côté sous le nom {moved}. "
                "La dernière sauvegarde intacte date du {date} : les modifications faites depuis seraient perdues.",
                moved=moved_to.name,
                date=backup.created_at.strftime("%d/%m/%Y %H:%M"),
            )
        self.moved_to = moved_to
        self.backup = backup


def _move_corrupt_aside(db_path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}.endommage-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = db_path.with_name(db_path.name + suffix)
        if part.exists():
            part.rename(target.with_name(target.name + suffix))
    log.warning("Corrupt database moved aside to %s", target.name)
    return target


def check_integrity(db_path: Path) -> None:
    """Move a corrupt database aside and raise ``CorruptStoreError``; do nothing if sound."""
    if not db_path.exists() or db_path.stat().st_size == 0 or is_intact(db_path):
        return
    moved = _move_corrupt_aside(db_path)
    raise CorruptStoreError(moved, newest_intact_backup(db_path))


def restore_backup(store: Store, backup: Path) -> None:
    """Put a backup in place of the current database, keeping the current one as a backup.

    The copy then writes under a new identity, since the backup's counter is behind
    what other copies may already have received from this one.
    """
    make_backup(store.db_path, "avant-restauration")
    store.engine.dispose()
    copy_backup_over(backup, store.db_path)
    with store.transaction() as session:
        replica = session.scalars(select(LocalReplica)).one()
        renew_identity(replica)
        replica.fingerprint = file_fingerprint(store.db_path)
    log.info("Backup %s restored", backup.name)


def open_store(data_dir: Path, daily_backup: bool = True, check_every_open: bool = True) -> Store:
    """Open (creating and migrating when needed) the store of ``data_dir``.

    With ``check_every_open`` false, SQLite's quick check runs only on a file of at
    most ``CHECK_AT_OPEN_MAX_BYTES`` or when the previous session did not close the
    store, and the caller should run ``run_daily_check`` soon after. With
    ``daily_backup`` the day's backup is made here, before returning.
    """
    data_dir = Path(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            "Le dossier de données {folder} n'a pas pu être créé ({error}). "
            "Choisissez un dossier où vous pouvez écrire, avec --data-dir ou TZCLD_DATA_DIR.",
            folder=str(data_dir),
            error=error.strerror or str(error),
        ) from error
    db_path = data_dir / DB_FILE_NAME
    if is_sealed(data_dir):
        # Opening would otherwise create an empty database beside the encrypted one.
        raise StorageError(
            "Le dossier de données {folder} est protégé par un mot de passe. Ouvrez-le avec l'application "
            "TZCLD Desktop, qui vous demandera le mot de passe.",
            folder=str(data_dir),
        )
    marker = data_dir / SESSION_MARKER_NAME
    if check_every_open or marker.exists() or _file_size(db_path) <= CHECK_AT_OPEN_MAX_BYTES:
        check_integrity(db_path)
    revision = schema.current_revision(db_path)
    schema.check_revision(db_path, revision)
    engine = make_engine(db_path)
    if revision != schema.HEAD_REVISION:
        if revision is not None:
            make_backup(db_path, "migration")
        log.info("Upgrading %s from schema %s to %s", db_path, revision, schema.HEAD_REVISION)
        schema.upgrade_to_head(engine)
    store = Store(data_dir, db_path, engine, make_session_factory(engine))
    with store.transaction() as session:
        ensure_reference_data(session)
        _ensure_identity(session, db_path)
    if daily_backup and not has_backup_on(db_path, DAILY_BACKUP, date.today()):
        make_backup(db_path, DAILY_BACKUP)
    store.session_marker = _write_session_marker(marker)
    return store


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _write_session_marker(marker: Path) -> Path | None:
    """Write the session marker and return it, or None when it cannot be written.

    A marker left by a session that did not close is taken over, because the file was
    checked before this point.
    """
    # NOTE: two stores open on one folder at once (the command line beside a window)
    # share the marker, so the first to close removes it for both.
    try:
        marker.write_text(f"{os.getpid()}\n", encoding="ascii")
    except OSError as error:
        log.warning("Session marker %s not written (%s): a crash will not be detected at the next start",
                    marker, error)
        return None
    return marker


def run_daily_check(db_path: Path) -> bool:
    """Check the file and make the day's backup, unless today's backup already exists.

    Returns False when SQLite's quick check finds the file damaged. No backup is made
    then, so a damaged copy never pushes an intact one out of the rotation. Raises
    ``StorageError`` when the file cannot be read or the backup cannot be written. Safe
    in a worker thread while the store is open, because it uses its own read-only
    ``sqlite3`` connections and WAL lets them read beside the application's writes.
    """
    if has_backup_on(db_path, DAILY_BACKUP, date.today()):
        return True
    if not is_intact(db_path):
        log.error("Daily check: %s failed SQLite's quick check", db_path)
        return False
    make_backup(db_path, DAILY_BACKUP)
    return True


def file_fingerprint(db_path: Path) -> str:
    """Return what ties an identity to one file on one machine: host, path and inode.

    A copied data folder, or a file put back from an old copy, has another path or
    inode, so it is detected at the next start.
    """
    status = db_path.stat()
    return json.dumps(
        {"host": socket.gethostname(), "path": str(db_path.resolve()), "inode": status.st_ino}, sort_keys=True
    )


def _ensure_identity(session: Session, db_path: Path) -> None:
    fingerprint = file_fingerprint(db_path)
    replica = session.scalars(select(LocalReplica)).first()
    if replica is None:
        session.add(LocalReplica(id=1, replica_id=str(uuid.uuid4()), counter=0, last_stamp=0, knowledge="{}",
                                 created_at=datetime.now(UTC).replace(tzinfo=None), fingerprint=fingerprint))
    elif replica.fingerprint != fingerprint:
        if replica.fingerprint:
            renew_identity(replica)
            log.warning("Data file copied, moved or restored: this copy now writes as %s", replica.replica_id)
        replica.fingerprint = fingerprint


def renew_identity(replica: LocalReplica) -> None:
    """Give this copy a new identity so its next edits cannot reuse another copy's dots.

    What the copy has seen is kept; only the writer's name and counter start afresh.
    """
    replica.replica_id = str(uuid.uuid4())
    replica.counter = 0
