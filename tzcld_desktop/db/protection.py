"""Passphrase protection of the data folder at rest, for a laptop that may be lost or stolen.

While the application runs, the data are plain SQLite and JSON files as usual. When it
closes, every protected file (the database, the backups in ``sauvegardes/`` and the
drafts in ``brouillons/``) is written encrypted beside itself as ``<name>.chiffre``, and
the plain file is removed. At the next start the passphrase unlocks the key and the files
are decrypted back into place.

The passphrase never encrypts the files directly. A random 256-bit data key does, and the
key file ``protection.cle`` contains that data key encrypted with the passphrase
(``sync/folder_key.py``). So a start costs one scrypt derivation, a close costs none, and
each file costs only AES-GCM.

Each encrypted file is ``FILE_MAGIC | version (1 byte) | nonce prefix (8 bytes)`` followed
by chunks of at most ``CHUNK_SIZE`` plain bytes, each encrypted with AES-256-GCM under the
nonce ``prefix | chunk index (4 bytes)``. The associated data of a chunk are the header, the
file's path relative to the data folder, the chunk index and whether it is the last chunk,
so reordered, truncated, extended or swapped files fail authentication.

A plain file found beside its encrypted copy at start is at least as new as that copy (the
plain file is only removed once every encrypted copy is written), so the plain file wins.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from tzcld_desktop.db.backup import BACKUP_DIR_NAME
from tzcld_desktop.domain.errors import StorageError

log = logging.getLogger(__name__)

# The same name as ``store.DB_FILE_NAME``, which cannot be imported here because store.py imports this module.
DB_FILE_NAME = "tzcld.sqlite3"
DRAFT_DIR_NAME = "brouillons"
KEY_FILE_NAME = "protection.cle"
ENCRYPTED_SUFFIX = ".chiffre"
FILE_MAGIC = b"TZCLD-PROTEGE\n"
FILE_FORMAT_VERSION = 1
# Plain bytes per chunk. Memory use while sealing or unsealing is about twice this.
CHUNK_SIZE = 4 * 1024 * 1024
_NONCE_PREFIX_SIZE = 8
_TAG_SIZE = 16
_HEADER_SIZE = len(FILE_MAGIC) + 1 + _NONCE_PREFIX_SIZE


@dataclass
class UnsealReport:
    """The outcome of decrypting a protected data folder at start."""

    # The previous session did not close normally, so the data stayed plain since then.
    crash_recovered: bool = False
    decrypted: list[str] = field(default_factory=list)
    # Encrypted copies that failed authentication and were left in place, by relative path.
    damaged: list[str] = field(default_factory=list)


def key_file(data_dir: Path) -> Path:
    return Path(data_dir) / KEY_FILE_NAME


def is_protected(data_dir: Path) -> bool:
    """Return whether the data folder has a key file, that is, whether protection is on."""
    return key_file(data_dir).exists()


def is_sealed(data_dir: Path) -> bool:
    """Return whether the database exists only as its encrypted copy."""
    data_dir = Path(data_dir)
    return not (data_dir / DB_FILE_NAME).exists() and (data_dir / (DB_FILE_NAME + ENCRYPTED_SUFFIX)).exists()


# -- sealing at close and unsealing at start ---------------------------------------------


def seal(data_dir: Path, data_key: bytes) -> int:
    """Encrypt every protected file, then remove the plain files; return the count.

    The store must be closed. Every encrypted copy is written (to a temporary file,
    synced, renamed) before any plain file is removed, so a crash at any point leaves
    each file readable. Encrypted copies whose plain file no longer exists (backups
    rotated out or deleted by an erasure) are removed too. Raises ``StorageError`` when
    a file cannot be written; the plain files are then all still in place.
    """
    data_dir = Path(data_dir)
    _checkpoint(data_dir / DB_FILE_NAME)
    plain_files = _plain_files(data_dir)
    try:
        for plain in plain_files:
            _encrypt_file(data_dir, plain, data_key)
    except OSError as error:
        raise StorageError(
            "Vos données n'ont pas pu être chiffrées dans {folder} ({error}) : elles restent non chiffrées sur "
            "ce disque. Libérez de la place, puis ouvrez et refermez TZCLD Desktop pour les chiffrer.",
            folder=str(data_dir),
            error=error.strerror or str(error),
        ) from error
    kept = {_encrypted_path(plain) for plain in plain_files}
    for encrypted in _encrypted_files(data_dir):
        if encrypted not in kept:
            encrypted.unlink(missing_ok=True)
    for plain in plain_files:
        plain.unlink()
    for suffix in ("-wal", "-shm"):
        (data_dir / (DB_FILE_NAME + suffix)).unlink(missing_ok=True)
    log.info("Data folder %s sealed: %d files encrypted", data_dir, len(plain_files))
    return len(plain_files)


def unseal(data_dir: Path, data_key: bytes) -> UnsealReport:
    """Decrypt every encrypted file of the data folder back into place and remove the encrypted copies.

    A plain file present beside its encrypted copy is kept as it is. Raises
    ``StorageError`` when the database's encrypted copy is damaged or a file cannot be
    written. A damaged backup or draft is left encrypted and listed in the report.
    """
    data_dir = Path(data_dir)
    report = UnsealReport(crash_recovered=(data_dir / DB_FILE_NAME).exists())
    if report.crash_recovered:
        log.warning("Protected data folder %s was left unencrypted by a session that did not close", data_dir)
    for encrypted in _encrypted_files(data_dir):
        plain = encrypted.with_name(encrypted.name.removesuffix(ENCRYPTED_SUFFIX))
        relative = _relative_name(data_dir, plain)
        if not plain.exists():
            try:
                _decrypt_file(data_dir, encrypted, plain, data_key)
            except _DamagedFile:
                if plain.name == DB_FILE_NAME and plain.parent == data_dir:
                    raise StorageError(
                        "La copie chiffrée de vos données {path} est endommagée ou a été modifiée : elle ne peut pas "
                        "être déchiffrée. Remettez le dossier de données depuis une copie de sauvegarde.",
                        path=str(encrypted),
                    ) from None
                log.warning("Encrypted file %s is damaged and was left encrypted", relative)
                report.damaged.append(relative)
                continue
            except OSError as error:
                raise StorageError(
                    "Vos données n'ont pas pu être déchiffrées dans {folder} ({error}). Libérez de la place ou "
                    "vérifiez que le dossier est accessible en écriture, puis recommencez.",
                    folder=str(data_dir),
                    error=error.strerror or str(error),
                ) from error
            report.decrypted.append(relative)
        encrypted.unlink()
    log.info("Data folder %s unsealed: %d files decrypted", data_dir, len(report.decrypted))
    return report


def remove_encrypted_copies(data_dir: Path) -> None:
    """Remove the encrypted copies left in the data folder, for protection turned off."""
    for encrypted in _encrypted_files(Path(data_dir)):
        encrypted.unlink(missing_ok=True)


# -- files -------------------------------------------------------------------------------


class _DamagedFile(Exception):
    """An encrypted file that fails its checks: altered, truncated, or not ours."""


def _plain_files(data_dir: Path) -> list[Path]:
    files = [data_dir / DB_FILE_NAME] if (data_dir / DB_FILE_NAME).exists() else []
    files += sorted((data_dir / BACKUP_DIR_NAME).glob("*.sqlite3"))
    files += sorted((data_dir / DRAFT_DIR_NAME).glob("*.json"))
    return files


def _encrypted_files(data_dir: Path) -> list[Path]:
    files = sorted(data_dir.glob(DB_FILE_NAME + ENCRYPTED_SUFFIX))
    files += sorted((data_dir / BACKUP_DIR_NAME).glob("*.sqlite3" + ENCRYPTED_SUFFIX))
    files += sorted((data_dir / DRAFT_DIR_NAME).glob("*.json" + ENCRYPTED_SUFFIX))
    return files


def _encrypted_path(plain: Path) -> Path:
    return plain.with_name(plain.name + ENCRYPTED_SUFFIX)


def _relative_name(data_dir: Path, plain: Path) -> str:
    return plain.relative_to(data_dir).as_posix()


def _checkpoint(db_path: Path) -> None:
    """Move the WAL's content into the database file, so the file alone contains every commit."""
    if not db_path.exists():
        return
    try:
        connection = sqlite3.connect(db_path)
        try:
            busy, _frames, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise StorageError(
            "Le fichier de données {path} n'a pas pu être préparé pour le chiffrement ({error}) : vos données "
            "restent non chiffrées sur ce disque. Rouvrez TZCLD Desktop pour le vérifier.",
            path=str(db_path),
            error=str(error),
        ) from error
    if busy:
        raise StorageError(
            "Le fichier de données {path} est encore utilisé par un autre programme : vos données n'ont pas été "
            "chiffrées. Fermez les autres fenêtres de TZCLD Desktop, puis refermez celle-ci.",
            path=str(db_path),
        )


def _chunk_data(header: bytes, relative: str, index: int, last: bool) -> tuple[bytes, bytes]:
    """Return the nonce and the associated data of chunk ``index``."""
    nonce = header[-_NONCE_PREFIX_SIZE:] + index.to_bytes(4, "big")
    associated = header + relative.encode("utf-8") + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")
    return nonce, associated


def _read_chunks(stream: BinaryIO, size: int) -> Iterator[tuple[int, bytes, bool]]:
    """Yield (index, bytes, is last) for consecutive chunks of ``size`` bytes; an empty stream gives one."""
    index = 0
    current = stream.read(size)
    while True:
        following = stream.read(size) if len(current) == size else b""
        yield index, current, not following
        if not following:
            return
        index += 1
        current = following


def _encrypt_file(data_dir: Path, plain: Path, data_key: bytes) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    cipher = AESGCM(data_key)
    header = FILE_MAGIC + bytes([FILE_FORMAT_VERSION]) + os.urandom(_NONCE_PREFIX_SIZE)
    relative = _relative_name(data_dir, plain)
    target = _encrypted_path(plain)
    descriptor, temporary = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as output, plain.open("rb") as source:
            output.write(header)
            for index, chunk, last in _read_chunks(source, CHUNK_SIZE):
                if index >= 2**32:
                    raise OSError(f"{plain} is too large to encrypt")
                nonce, associated = _chunk_data(header, relative, index, last)
                output.write(cipher.encrypt(nonce, chunk, associated))
            output.flush()
            os.fsync(output.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _decrypt_file(data_dir: Path, encrypted: Path, plain: Path, data_key: bytes) -> None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    cipher = AESGCM(data_key)
    relative = _relative_name(data_dir, plain)
    descriptor, temporary = tempfile.mkstemp(prefix=plain.name + ".", suffix=".tmp", dir=plain.parent)
    try:
        with os.fdopen(descriptor, "wb") as output, encrypted.open("rb") as source:
            header = source.read(_HEADER_SIZE)
            if len(header) != _HEADER_SIZE or not header.startswith(FILE_MAGIC):
                raise _DamagedFile(relative)
            if header[len(FILE_MAGIC)] != FILE_FORMAT_VERSION:
                raise _DamagedFile(relative)
            for index, chunk, last in _read_chunks(source, CHUNK_SIZE + _TAG_SIZE):
                nonce, associated = _chunk_data(header, relative, index, last)
                try:
                    output.write(cipher.decrypt(nonce, chunk, associated))
                except InvalidTag as error:
                    raise _DamagedFile(relative) from error
            output.flush()
            os.fsync(output.fileno())
        os.replace(temporary, plain)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
