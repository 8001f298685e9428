"""Files of the documents, stored once in the data folder under their SHA-256.

``documents/ab/ab12…`` holds the bytes of every attached or library file. Two
documents with the same content share one file; a file is written to a temporary name
and renamed, so a crash never leaves half a document under its final name.
"""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tzcld_desktop.domain.errors import StorageError

BLOB_DIR_NAME = "documents"
# The largest file a document may hold; exchange files carry documents up to this size.
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    media_type: str


def blob_dir(data_dir: Path) -> Path:
    return data_dir / BLOB_DIR_NAME


def blob_path(data_dir: Path, sha256: str) -> Path:
    """Return where the file with this content hash is (or would be) stored."""
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError(f"not a SHA-256: {sha256!r}")
    return blob_dir(data_dir) / sha256[:2] / sha256


def has_blob(data_dir: Path, sha256: str) -> bool:
    return blob_path(data_dir, sha256).is_file()


def guess_media_type(file_name: str) -> str:
    return mimetypes.guess_type(file_name)[0] or "application/octet-stream"


def store_file(data_dir: Path, source: Path) -> StoredFile:
    """Copy ``source`` into the store and return its hash; raise ``StorageError`` when it cannot."""
    try:
        size = source.stat().st_size
    except OSError as error:
        raise StorageError(
            "Le fichier {path} n'a pas pu être lu ({error}). Vérifiez qu'il existe et que vous pouvez l'ouvrir.",
            path=str(source),
            error=error.strerror or str(error),
        ) from error
    if size > MAX_DOCUMENT_BYTES:
        raise StorageError(
            "Le fichier {path} dépasse 50 Mo, la taille la plus grande qu'un document peut avoir. "
            "Réduisez-le (par exemple en l'exportant en PDF compressé) ou gardez-le comme lien.",
            path=str(source),
        )
    try:
        with source.open("rb") as handle:
            return store_stream(data_dir, handle, guess_media_type(source.name))
    except OSError as error:
        raise StorageError(
            "Le fichier {path} n'a pas pu être copié dans le dossier de données ({error}). "
            "Vérifiez la place libre sur le disque, puis recommencez.",
            path=str(source),
            error=error.strerror or str(error),
        ) from error


def store_stream(data_dir: Path, handle, media_type: str) -> StoredFile:
    """Copy a binary stream into the store; raise ``OSError`` on a disk error."""
    folder = blob_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    descriptor, temporary = _incoming_file(folder)
    try:
        with os.fdopen(descriptor, "wb") as out:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha256 = digest.hexdigest()
        _move_into_place(data_dir, sha256, temporary)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    return StoredFile(sha256, size, media_type)


def store_contents(data_dir: Path, contents: dict[str, bytes]) -> list[str]:
    """Store the files of ``contents`` (SHA-256 to bytes) that the store lacks; return the hashes written.

    Every file is written first, then each is synced and renamed: syncing each one as
    soon as it was written took two to three times as long for 5,000 small files (ext4).
    Raises ``OSError`` on a disk error and ``ValueError`` when bytes do not match their
    hash, after removing every file written.
    """
    folder = blob_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    temporary: list[tuple[str, str]] = []
    written: list[str] = []
    try:
        for sha256, content in sorted(contents.items()):
            if has_blob(data_dir, sha256):
                continue
            if hashlib.sha256(content).hexdigest() != sha256:
                raise ValueError(f"content of file {sha256} does not match its SHA-256")
            descriptor, path = _incoming_file(folder)
            temporary.append((sha256, path))
            with os.fdopen(descriptor, "wb") as out:
                out.write(content)
        for sha256, path in temporary:
            descriptor = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
            if _move_into_place(data_dir, sha256, path):
                written.append(sha256)
    except BaseException:
        # Temporary files already renamed are missing, so their removal fails quietly.
        leftovers = [blob_path(data_dir, sha256) for sha256 in written]
        leftovers += [Path(path) for _sha256, path in temporary]
        for leftover in leftovers:
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return written


def _incoming_file(folder: Path) -> tuple[int, str]:
    """Create an empty temporary file in the document folder; return its descriptor and path."""
    return tempfile.mkstemp(prefix=".incoming-", dir=folder)


def _move_into_place(data_dir: Path, sha256: str, temporary: str) -> bool:
    """Rename ``temporary`` to the path of ``sha256`` and return True.

    If that file exists already, remove ``temporary`` instead and return False.
    """
    target = blob_path(data_dir, sha256)
    target.parent.mkdir(exist_ok=True)
    if target.exists():
        os.unlink(temporary)
        return False
    os.replace(temporary, target)
    return True
