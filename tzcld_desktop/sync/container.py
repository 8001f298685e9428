"""Exchange files: zip archives holding a JSON manifest and NDJSON members.

An exchange file (extension ``.tzsync``) contains ``manifest.json`` and the members that
the manifest lists with their SHA-256 digest and size. The writer adds the format fields
and the member list to the caller's manifest, and replaces the destination only once the
whole file is on disk. The reader validates the whole archive before it returns anything,
so a damaged, tampered or hostile file raises ``ExchangeFileError`` and nothing reaches
the database. Both sides know nothing of the database.

With a passphrase, the writer encrypts the whole archive (see ``encryption``) and the
reader decrypts it, then validates the archive exactly as it validates a plain file.

Members named ``files/<sha256>`` carry the files of documents. Their name must be
exactly that pattern, their listed digest must equal the hash in their name, and their
listed sizes must respect MAX_FILE_MEMBER_SIZE and MAX_FILES_TOTAL_SIZE: all of this is
checked on the manifest, before any member is decompressed. A reader of format 1 that
predates these members accepts and ignores them, because it accepts any safely named
member that the manifest lists.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import operator
import os
import re
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any, BinaryIO

import orjson
from isal import isal_zlib

from tzcld_desktop.db.blobs import MAX_DOCUMENT_BYTES
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, ExchangeFileError
from tzcld_desktop.sync.encryption import (
    MAGIC,
    MAX_ENCRYPTED_SIZE,
    PassphraseRequired,
    decrypt_bytes,
    encrypt_bytes,
)

__all__ = [
    "EXTENSION",
    "FILES_PREFIX",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MANIFEST_NAME",
    "MAX_COMPRESSION_RATIO",
    "MAX_FILE_MEMBER_SIZE",
    "MAX_FILES_TOTAL_SIZE",
    "MAX_MANIFEST_SIZE",
    "MAX_MEMBERS",
    "MAX_MEMBER_NAME_BYTES",
    "MAX_MEMBER_SIZE",
    "MAX_NDJSON_LINE_LENGTH",
    "MAX_TOTAL_SIZE",
    "MIN_READER_VERSION",
    "RATIO_CHECK_MIN_SIZE",
    "ExchangeFile",
    "PackedMember",
    "PassphraseRequired",
    "check_file_sizes",
    "encode_ndjson",
    "file_member_name",
    "file_member_sha256",
    "line_too_long_error",
    "pack_member",
    "read_exchange_file",
    "write_exchange_file",
]

FORMAT_NAME = "tzcld-sync"
# Version of the format this code writes, and the newest version it reads. Version 1
# has one NDJSON line per register, version 2 one line per batch of registers, in
# columns (see ``exchange``). The container is the same for both.
FORMAT_VERSION = 2
# Oldest reader version able to read the files this code writes.
MIN_READER_VERSION = 2
MANIFEST_NAME = "manifest.json"
EXTENSION = ".tzsync"

MiB = 1024 * 1024
GiB = 1024 * MiB

# Maximum number of members besides the manifest. A real export contains a few NDJSON
# files and the attachments, each stored once.
MAX_MEMBERS = 10_000
# Maximum length of a member name in UTF-8 bytes, the usual limit of a file name.
MAX_MEMBER_NAME_BYTES = 255
# Maximum uncompressed size of one member.
MAX_MEMBER_SIZE = 512 * MiB
# Maximum uncompressed size of all members together, manifest excluded. The reader keeps
# every member in memory, so this is also the memory that a read may take.
MAX_TOTAL_SIZE = 2 * GiB
# Maximum ratio of uncompressed to compressed size of one member. Deflate reaches about
# 1000:1 on constant data, which is what a zip bomb contains, while sample NDJSON change
# records compressed about 5 to 10:1 in a quick measurement.
MAX_COMPRESSION_RATIO = 200
# Members up to this uncompressed size are exempt from the ratio rule: they cannot exhaust
# memory, and a small blank attachment may legitimately compress very well.
RATIO_CHECK_MIN_SIZE = 1 * MiB
# Maximum size of manifest.json. Listing 10,000 members with 255-byte names takes at most
# about 3.6 MB (an estimate of 360 bytes each), and the rest of the manifest is small.
MAX_MANIFEST_SIZE = 8 * MiB
# Maximum length in bytes of one NDJSON line, that is one record.
MAX_NDJSON_LINE_LENGTH = 8 * MiB

# Folder of the members that carry document files, each named by its SHA-256.
FILES_PREFIX = "files/"
# Maximum size of one file member: the largest file a document may hold.
MAX_FILE_MEMBER_SIZE = MAX_DOCUMENT_BYTES
# Maximum size of all file members together. The reader keeps every member in memory, and
# an encrypted file is held three times during a read (ciphertext, archive, members), so
# 1 GiB of files costs about 3 GiB at import: the most that a referent's laptop with
# 8 GiB of memory can spare. It also leaves half of MAX_TOTAL_SIZE to the registers.
MAX_FILES_TOTAL_SIZE = 1 * GiB

# Bytes decompressed per read, so limits are checked at least this often.
_CHUNK_SIZE = 1 * MiB

# Fixed entry timestamp. Zip cannot store dates before 1980 or after 2107, and laptop
# clocks can be wrong by years, so the real time is not used. The manifest can carry it.
_ENTRY_DATE_TIME = (1980, 1, 1, 0, 0, 0)

# General-purpose flag bits of a zip entry, with the values of zipfile's private _MASK_*.
_FLAG_ENCRYPTED = 0x0001
_FLAG_PATCHED_DATA = 0x0020
_FLAG_STRONG_ENCRYPTION = 0x0040

_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_SUPPORTED_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_RESERVED_MANIFEST_KEYS = frozenset({"format", "format_version", "min_reader_version", "members"})
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_FILE_MEMBER = re.compile(r"files/([0-9a-f]{64})")
# Backslashes, colons (drive letters, NTFS alternate streams), NUL and other controls.
_FORBIDDEN_NAME_CHARACTERS = re.compile(r"[\x00-\x1f\x7f\\:]")


@dataclass(frozen=True)
class ExchangeFile:
    """Validated content of an exchange file: the whole manifest and every member's bytes."""

    manifest: dict[str, Any]
    members: dict[str, bytes]

    def iter_ndjson(self, name: str) -> Iterator[dict[str, Any]]:
        """Parse the NDJSON member ``name`` and yield one JSON object per line.

        Empty lines are skipped. A line that is too long, not UTF-8, not JSON, not a JSON
        object or that repeats a key raises ExchangeFileError while iterating, so consume
        the whole member before writing anything derived from it.
        """
        data = self.members.get(name)
        if data is None:
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "ExchangeFileError",
                    "Le fichier d'échange ne contient pas l'élément {member}. "
                    "Il est incomplet : demandez un nouveau fichier à l'expéditeur.",
                ),
                member=name,
            )
        return _parse_ndjson(name, data)


def encode_ndjson(records: Iterable[Mapping[str, Any]]) -> bytes:
    """Encode records as NDJSON that ``ExchangeFile.iter_ndjson`` reads back.

    Each record becomes one line of compact UTF-8 JSON with sorted keys. Raises
    ExchangeFileError for a record longer than MAX_NDJSON_LINE_LENGTH, TypeError for a
    record that is not a mapping or not JSON-serializable, and ValueError for NaN.
    """
    lines = []
    for record in records:
        if not isinstance(record, Mapping):
            raise TypeError(f"NDJSON records must be mappings, got {type(record).__name__}")
        line = _dump_json(record)
        if len(line) > MAX_NDJSON_LINE_LENGTH:
            raise line_too_long_error()
        lines.append(line + b"\n")
    return b"".join(lines)


def line_too_long_error() -> ExchangeFileError:
    """Return the error for a record to export that is longer than MAX_NDJSON_LINE_LENGTH."""
    return ExchangeFileError(
        QT_TRANSLATE_NOOP(
            "ExchangeFileError",
            "Un enregistrement à exporter dépasse la taille maximale d'une ligne "
            "({limit}) : le fichier d'échange ne pourrait pas être relu. Raccourcissez "
            "les textes très longs de cet enregistrement, puis exportez de nouveau.",
        ),
        limit=_format_size(MAX_NDJSON_LINE_LENGTH),
    )


def file_member_name(sha256: str) -> str:
    """Return the member name that carries the file whose content hash is ``sha256``."""
    if not _SHA256_HEX.fullmatch(sha256):
        raise ValueError(f"not a SHA-256: {sha256!r}")
    return FILES_PREFIX + sha256


def file_member_sha256(name: str) -> str | None:
    """Return the content hash named by a ``files/<sha256>`` member, or None for another member."""
    match = _FILE_MEMBER.fullmatch(name)
    return match.group(1) if match else None


# --- Writing -------------------------------------------------------------------------


def write_exchange_file(
    path: Path,
    manifest: Mapping[str, Any],
    members: Mapping[str, bytes | PackedMember],
    passphrase: str | None = None,
    compresslevel: int | None = None,
) -> None:
    """Write an exchange file atomically, replacing any file already at ``path``.

    ``compresslevel`` is the deflate level of the members given as bytes (see
    ``pack_member``). A member given as a PackedMember is written as it is.

    The written manifest is ``manifest`` plus ``format``, ``format_version``,
    ``min_reader_version`` and ``members`` (SHA-256 and size of each member), so it must
    be JSON-serializable and must not contain those keys. The file goes to a temporary
    file in the destination folder, is flushed to disk, then renamed onto ``path``: a
    crash leaves either the old file or the new one under that name. With a
    ``passphrase``, the file contains the encrypted archive instead of the archive.

    Raises ExchangeFileError when the disk or the destination fails, when the content
    exceeds a reading limit, or when the passphrase is empty. Raises ValueError or
    TypeError for invalid arguments.
    """
    path = Path(path)
    _check_write_arguments(manifest, members)

    packed_members = {
        name: data if isinstance(data, PackedMember) else pack_member(data, compresslevel)
        for name, data in members.items()
    }
    listing = {name: {"sha256": packed.sha256, "size": packed.size} for name, packed in packed_members.items()}
    for name, listed in listing.items():
        if name.startswith(FILES_PREFIX) and listed["sha256"] != file_member_sha256(name):
            raise ValueError(f"member {name!r} does not contain the file its name designates")
    full_manifest = {
        **manifest,
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "min_reader_version": MIN_READER_VERSION,
        "members": listing,
    }
    manifest_bytes = _dump_json(full_manifest)
    if len(manifest_bytes) > MAX_MANIFEST_SIZE:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Le manifeste du fichier d'échange {path} dépasserait la taille maximale "
                "({limit}) : le fichier ne pourrait pas être relu. Signalez ce problème "
                "à l'équipe qui maintient TZCLD Desktop.",
            ),
            path=str(path),
            limit=_format_size(MAX_MANIFEST_SIZE),
        )

    archive_members = {MANIFEST_NAME: pack_member(manifest_bytes), **packed_members}
    if passphrase is None:
        def write_content(file: BinaryIO) -> None:
            _write_packed_archive(file, archive_members)
    else:
        # NOTE: the archive and its ciphertext are both held in memory, while a plain
        # archive is written straight to the temporary file.
        buffer = io.BytesIO()
        _write_packed_archive(buffer, archive_members)
        encrypted = encrypt_bytes(buffer.getvalue(), passphrase)
        del buffer

        def write_content(file: BinaryIO) -> None:
            file.write(encrypted)

    try:
        _write_atomically(path, write_content)
    except OSError as error:
        raise _write_error(error, path) from error


def _check_write_arguments(manifest: Mapping[str, Any], members: Mapping[str, bytes | PackedMember]) -> None:
    """Raise ValueError or TypeError for a programming error, ExchangeFileError for limits."""
    reserved = sorted(_RESERVED_MANIFEST_KEYS & manifest.keys())
    if reserved:
        raise ValueError(f"the manifest must not set {reserved}: the container writes them")

    for name, data in members.items():
        if name == MANIFEST_NAME or not _is_safe_member_name(name):
            raise ValueError(f"invalid member name {name!r}")
        if name.startswith(FILES_PREFIX) and file_member_sha256(name) is None:
            raise ValueError(f"invalid file member name {name!r}: expected files/<sha256>")
        if not isinstance(data, (bytes, bytearray, PackedMember)):
            raise TypeError(f"member {name!r} must be bytes or a PackedMember, got {type(data).__name__}")
    _check_file_members_to_write(members)

    if len(members) > MAX_MEMBERS:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "L'export compte {count} éléments, au-delà de la limite de {limit} par "
                "fichier d'échange : le fichier ne pourrait pas être relu. Signalez ce "
                "problème à l'équipe qui maintient TZCLD Desktop.",
            ),
            count=len(members),
            limit=MAX_MEMBERS,
        )

    total = 0
    for name, data in members.items():
        if _member_size(data) > MAX_MEMBER_SIZE:
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "ExchangeFileError",
                    "L'élément {member} à exporter dépasse la taille maximale de {limit} : "
                    "le fichier d'échange ne pourrait pas être relu. Retirez les pièces "
                    "jointes les plus volumineuses, puis exportez de nouveau.",
                ),
                member=name,
                limit=_format_size(MAX_MEMBER_SIZE),
            )
        total += _member_size(data)

    if total > MAX_TOTAL_SIZE:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Les données à exporter dépassent la taille maximale d'un fichier d'échange "
                "({limit}) : le fichier ne pourrait pas être relu. Retirez les pièces "
                "jointes les plus volumineuses, puis exportez de nouveau.",
            ),
            limit=_format_size(MAX_TOTAL_SIZE),
        )


def _member_size(data: bytes | PackedMember) -> int:
    return data.size if isinstance(data, PackedMember) else len(data)


def _check_file_members_to_write(members: Mapping[str, bytes | PackedMember]) -> None:
    sizes = {name: _member_size(data) for name, data in members.items() if name.startswith(FILES_PREFIX)}
    check_file_sizes(sizes)


def check_file_sizes(sizes: Mapping[str, int]) -> None:
    """Raise ExchangeFileError when files to export, by member name and size, break a read limit.

    Exporters call it on the sizes of the files on disk before reading them.
    """
    total = 0
    for name, size in sizes.items():
        if size > MAX_FILE_MEMBER_SIZE:
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "ExchangeFileError",
                    "Le fichier de document {member} à exporter dépasse {limit}, la taille "
                    "maximale d'un document : le fichier d'échange ne pourrait pas être relu. "
                    "Remplacez ce document par une version plus légère, puis exportez de nouveau.",
                ),
                member=name,
                limit=_format_size(MAX_FILE_MEMBER_SIZE),
            )
        total += size
    if total > MAX_FILES_TOTAL_SIZE:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Les fichiers des documents à exporter totalisent plus de {limit}, la taille "
                "maximale des pièces jointes d'un fichier d'échange. Exportez plutôt pour un "
                "référent précis : seuls les documents qu'il n'a pas encore reçus sont alors "
                "joints.",
            ),
            limit=_format_size(MAX_FILES_TOTAL_SIZE),
        )


def _write_atomically(path: Path, write_content: Callable[[BinaryIO], None]) -> None:
    """Call ``write_content`` on a temporary file beside ``path``, fsync it and rename it."""
    # The temporary name does not end with EXTENSION, so a scan of a shared folder for
    # exchange files never picks up a half-written one.
    # NOTE: mkstemp creates the file with mode 0o600 on POSIX, and the rename keeps it.
    descriptor, temp_name = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    temp_path = Path(temp_name)
    try:
        with os.fdopen(descriptor, "wb") as file:
            write_content(file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp_path, path)
    except BaseException:
        try:
            temp_path.unlink(missing_ok=True)
        except OSError:
            pass  # The original error matters more than a leftover temporary file.
        raise
    _fsync_directory(path.parent)


@dataclass(frozen=True)
class PackedMember:
    """A member ready to be written: its SHA-256, CRC-32 and size, and the bytes to store.

    ``payload`` is the raw deflate stream when ``deflated`` is true, else the member itself.
    """

    size: int
    sha256: str
    crc32: int
    deflated: bool
    payload: bytes


def pack_member(data: bytes | Sequence[bytes], compresslevel: int | None = None) -> PackedMember:
    """Hash and deflate one member, given whole or in parts, storing it uncompressed when
    deflate breaks the ratio rule.

    The reader would take a member over MAX_COMPRESSION_RATIO for a zip bomb, which only
    happens for very repetitive data. hashlib and ISA-L release the GIL on large buffers,
    so several members can be packed at once in worker threads.

    The deflate stream comes from ISA-L (``isal``), whose levels go from 0 to 3: a
    ``compresslevel`` above 3 uses 3, and None uses ISA-L's default (2). Any deflate
    reader, zipfile included, reads it. On 42 MiB of register entries of the decade
    benchmark dataset, ISA-L at level 1 took 0.06 s for 5.7 MiB, and zlib at level 1
    0.26 s for 6.2 MiB.
    """
    parts = [data] if isinstance(data, (bytes, bytearray)) else data
    if compresslevel is None:
        level = isal_zlib.ISAL_DEFAULT_COMPRESSION
    else:
        level = max(0, min(compresslevel, isal_zlib.ISAL_BEST_COMPRESSION))
    compressor = isal_zlib.compressobj(level, isal_zlib.DEFLATED, -isal_zlib.MAX_WBITS)
    digest = hashlib.sha256()
    crc32 = 0
    size = 0
    deflated = []
    for part in parts:
        digest.update(part)
        crc32 = isal_zlib.crc32(part, crc32)
        size += len(part)
        deflated.append(compressor.compress(part))
    deflated.append(compressor.flush())
    payload = b"".join(deflated)
    keep_deflated = not _breaks_ratio_rule(size, len(payload))
    return PackedMember(
        size=size,
        sha256=digest.hexdigest(),
        crc32=crc32,
        deflated=keep_deflated,
        payload=payload if keep_deflated else b"".join(parts),
    )


# Zip records without zip64: local file header, central directory header and end of
# central directory record, as zipfile reads them.
_LOCAL_HEADER = struct.Struct("<4s5H3I2H")
_CENTRAL_HEADER = struct.Struct("<4s6H3I5H2I")
_END_OF_DIRECTORY = struct.Struct("<4s4H2IH")
_ZIP_VERSION = 20  # Version 2.0: deflate, no zip64.
_MADE_ON_UNIX = 3 << 8
_FLAG_UTF8_NAME = 0x0800
# 1980-01-01 00:00:00 in MS-DOS date and time fields, as _ENTRY_DATE_TIME.
_DOS_DATE = (1 << 5) | 1
_DOS_TIME = 0
_ZIP32_MAX = 0xFFFFFFFF


def _write_packed_archive(file: BinaryIO, members: Mapping[str, PackedMember]) -> None:
    """Write a zip archive of already packed members, in order, to ``file``.

    zipfile cannot write data deflated beforehand, so this writes the local headers, the
    central directory and its end record itself. Each entry is a regular file (mode
    0o644) dated like _ENTRY_DATE_TIME, as zipfile would write it.
    """
    directory = []
    offset = 0
    for name, packed in members.items():
        encoded_name = name.encode("utf-8")
        flags = 0 if name.isascii() else _FLAG_UTF8_NAME
        method = zipfile.ZIP_DEFLATED if packed.deflated else zipfile.ZIP_STORED
        if offset + len(packed.payload) > _ZIP32_MAX or packed.size > _ZIP32_MAX:
            # MAX_TOTAL_SIZE keeps real exports far below 4 GiB.
            raise ValueError("the archive would need zip64, which the exchange format does not use")
        header = _LOCAL_HEADER.pack(
            b"PK\x03\x04", _ZIP_VERSION, flags, method, _DOS_TIME, _DOS_DATE,
            packed.crc32, len(packed.payload), packed.size, len(encoded_name), 0,
        )
        file.write(header)
        file.write(encoded_name)
        file.write(packed.payload)
        directory.append(_CENTRAL_HEADER.pack(
            b"PK\x01\x02", _MADE_ON_UNIX | _ZIP_VERSION, _ZIP_VERSION, flags, method, _DOS_TIME, _DOS_DATE,
            packed.crc32, len(packed.payload), packed.size, len(encoded_name), 0, 0, 0, 0,
            0o100644 << 16, offset,
        ) + encoded_name)
        offset += len(header) + len(encoded_name) + len(packed.payload)
    directory_bytes = b"".join(directory)
    file.write(directory_bytes)
    file.write(_END_OF_DIRECTORY.pack(
        b"PK\x05\x06", 0, 0, len(directory), len(directory), len(directory_bytes), offset, 0,
    ))


def _fsync_directory(folder: Path) -> None:
    """Flush the rename to disk where the platform allows it."""
    if os.name != "posix":
        return  # Windows cannot open a directory with os.open.
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # Some file systems (network mounts) reject it, and the rename is done anyway.
    finally:
        os.close(descriptor)


def _write_error(error: OSError, path: Path) -> ExchangeFileError:
    """Turn an OSError raised while writing ``path`` into a message the user can act on."""
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Le disque est plein : le fichier d'échange {path} n'a pas pu être écrit. "
                "Libérez de la place ou choisissez un autre emplacement.",
            ),
            path=str(path),
        )
    if code == errno.EROFS:
        return ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "L'emplacement choisi est en lecture seule : le fichier d'échange {path} "
                "n'a pas pu être écrit. Choisissez un autre emplacement, par exemple votre "
                "dossier Documents.",
            ),
            path=str(path),
        )
    if code in (errno.EACCES, errno.EPERM):
        return ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Accès refusé : le fichier d'échange {path} n'a pas pu être écrit. Vérifiez "
                "que vous avez le droit d'écrire dans ce dossier et qu'aucun autre programme "
                "n'a ouvert ce fichier, ou choisissez un autre emplacement.",
            ),
            path=str(path),
        )
    if code == errno.ENOENT:
        return ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Le dossier {folder} n'existe pas : le fichier d'échange {path} n'a pas pu "
                "être écrit. Choisissez un dossier existant.",
            ),
            folder=str(path.parent),
            path=str(path),
        )
    if code == errno.EISDIR:
        return ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "{path} est un dossier : le fichier d'échange n'a pas pu être écrit sous ce "
                "nom. Choisissez un autre nom de fichier.",
            ),
            path=str(path),
        )
    return ExchangeFileError(
        QT_TRANSLATE_NOOP(
            "ExchangeFileError",
            "L'écriture du fichier d'échange {path} a échoué ({reason}). Vérifiez "
            "l'emplacement choisi, puis réessayez.",
        ),
        path=str(path),
        reason=error.strerror or str(error),
    )


# --- Reading -------------------------------------------------------------------------


@dataclass(frozen=True)
class _ListedMember:
    """A member as the manifest lists it."""

    sha256: str
    size: int


def read_exchange_file(path: Path, passphrase: str | None = None) -> ExchangeFile:
    """Read and validate a whole exchange file, decrypting it first if it is encrypted.

    An encrypted file needs ``passphrase``: without it, PassphraseRequired is raised
    before anything else is read. For a plain file, ``passphrase`` is ignored. The
    checks on the archive, plain or decrypted, run in this order:

    - the file is a zip archive whose directory has at most MAX_MEMBERS entries, with
      safe and unique names;
    - the manifest is a JSON object of this format, in a version this code can read;
    - the archive contains exactly the members that the manifest lists, unencrypted,
      deflated or stored, within the size and ratio limits;
    - each member matches its listed size and SHA-256.

    Members are decompressed in chunks and the limits are checked after each chunk, so a
    zip directory that understates a size cannot make the reader exceed the limits.

    Raises ExchangeFileError, with nothing returned, on the first failed check, and
    PassphraseRequired, a subclass, as described above.
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "ExchangeFileError",
                    "{path} est un dossier et non un fichier d'échange. Choisissez un "
                    "fichier {extension}.",
                ),
                path=str(path),
                extension=EXTENSION,
            )
        with path.open("rb") as file:
            if file.read(len(MAGIC)) != MAGIC:
                file.seek(0)
                return _read_zip(file, path)
            if passphrase is None:
                raise PassphraseRequired(
                    "Ce fichier d'échange est protégé par un mot de passe. Saisissez le mot "
                    "de passe que l'expéditeur vous a communiqué."
                )
            file.seek(0)
            # One byte over the limit is enough for decrypt_bytes to reject a larger file.
            encrypted = file.read(MAX_ENCRYPTED_SIZE + 1)
        plain = decrypt_bytes(encrypted, passphrase)
        del encrypted
        return _read_zip(io.BytesIO(plain), path)
    except OSError as error:
        raise _read_error(error, path) from error
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        UnicodeDecodeError,
        NotImplementedError,
    ) as error:
        # BadZipFile covers a truncated archive and a CRC-32 mismatch, zlib.error and
        # EOFError a damaged deflate stream, UnicodeDecodeError an entry name that its
        # UTF-8 flag declares but that is not UTF-8. zipfile raises NotImplementedError
        # for features that _check_entry_features already rejects, so that is a safeguard.
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Le fichier d'échange {path} est endommagé ou incomplet (copie interrompue, "
                "téléchargement tronqué ou support défectueux). Demandez un nouveau fichier "
                "à l'expéditeur.",
            ),
            path=str(path),
        ) from error


def _read_zip(file: BinaryIO, path: Path) -> ExchangeFile:
    """Validate the zip archive in ``file``, an open file or a buffer positioned at 0."""
    _check_signature(file, path)
    file_size = file.seek(0, os.SEEK_END)
    file.seek(0)
    with zipfile.ZipFile(file) as archive:
        return _read_archive(archive, file_size, path)


def _check_signature(file: BinaryIO, path: Path) -> None:
    """Tell an empty file and a file that is not a zip archive from a damaged archive."""
    head = file.read(4)
    file.seek(0)
    if not head:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Le fichier d'échange {path} est vide : il a sans doute été mal copié ou mal "
                "transmis. Demandez un nouveau fichier à l'expéditeur.",
            ),
            path=str(path),
        )
    if not any(signature.startswith(head) for signature in _ZIP_SIGNATURES):
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Le fichier {path} n'est pas un fichier d'échange TZCLD Desktop (ce n'est pas "
                "une archive zip). Vérifiez que vous avez choisi le bon fichier, d'extension "
                "{extension}.",
            ),
            path=str(path),
            extension=EXTENSION,
        )
    # A file of fewer than 4 bytes that starts like a signature reads as a truncated archive.


def _read_archive(archive: zipfile.ZipFile, file_size: int, path: Path) -> ExchangeFile:
    entries = archive.infolist()
    # NOTE: zipfile has already parsed the whole central directory here, so a file with
    # millions of tiny entries costs memory in proportion to its size before this check.
    if len(entries) > MAX_MEMBERS + 1:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Le fichier d'échange {path} contient {count} éléments, au-delà de la limite "
                "de {limit}. Il a été modifié ou ne provient pas de TZCLD Desktop : demandez "
                "un nouveau fichier à l'expéditeur.",
            ),
            path=str(path),
            count=len(entries),
            limit=MAX_MEMBERS,
        )
    _check_entry_names(entries, path)
    _check_entry_offsets(entries, file_size)

    manifest_entry = next((entry for entry in entries if entry.filename == MANIFEST_NAME), None)
    if manifest_entry is None:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Le fichier {path} ne contient pas de manifeste ({manifest}) : ce n'est pas un "
                "fichier d'échange TZCLD Desktop, ou il est incomplet. Demandez un nouveau "
                "fichier à l'expéditeur.",
            ),
            path=str(path),
            manifest=MANIFEST_NAME,
        )
    manifest = _read_manifest(archive, manifest_entry, path)
    listing = _parse_listing(manifest, path)

    member_entries = [entry for entry in entries if entry is not manifest_entry]
    _check_member_set(member_entries, listing, path)
    for entry in member_entries:
        _check_entry_features(entry, path)
    _check_declared_sizes(member_entries, listing, path)

    # What MAX_TOTAL_SIZE leaves for each member after those before it: each member
    # is read only if it has exactly its listed size, so the listed sizes count.
    budgets = accumulate((listing[entry.filename].size for entry in member_entries[:-1]),
                         operator.sub, initial=MAX_TOTAL_SIZE)
    # Inflating and hashing release the GIL, so two members are read at once (zipfile
    # locks each read of the shared file). The first error in the order of the members
    # is raised, as if they were read one by one.
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="exchange-read") as pool:
        reads = [
            pool.submit(_read_member, archive, entry, listing[entry.filename], budget, path)
            for entry, budget in zip(member_entries, budgets)
        ]
        try:
            members = {entry.filename: read.result() for entry, read in zip(member_entries, reads)}
        except BaseException:
            for read in reads:
                read.cancel()
            raise
    return ExchangeFile(manifest=manifest, members=members)


def _read_error(error: OSError, path: Path) -> ExchangeFileError:
    """Turn an OSError raised while reading ``path`` into a message the user can act on."""
    if error.errno == errno.ENOENT:
        return ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Le fichier d'échange {path} est introuvable. Vérifiez qu'il n'a pas été "
                "déplacé ou renommé, puis choisissez-le de nouveau.",
            ),
            path=str(path),
        )
    if error.errno in (errno.EACCES, errno.EPERM):
        return ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Accès refusé : vous n'avez pas le droit de lire le fichier d'échange {path}. "
                "Vérifiez les droits d'accès à ce fichier ou copiez-le dans votre dossier "
                "Documents, puis réessayez.",
            ),
            path=str(path),
        )
    return ExchangeFileError(
        QT_TRANSLATE_NOOP(
            "ExchangeFileError",
            "La lecture du fichier d'échange {path} a échoué ({reason}). Vérifiez que le "
            "support (clé USB, dossier partagé) est toujours accessible, puis réessayez.",
        ),
        path=str(path),
        reason=error.strerror or str(error),
    )


# --- Reading: names and entries ------------------------------------------------------


def _is_safe_member_name(name: str) -> bool:
    """Return whether ``name`` is a relative path that cannot leave an extraction folder.

    Rejects empty names, absolute paths, backslashes, colons (so drive letters), NUL and
    other control characters, empty, ``.`` and ``..`` components, and names longer than
    MAX_MEMBER_NAME_BYTES.
    """
    if not name or len(name.encode("utf-8", "surrogatepass")) > MAX_MEMBER_NAME_BYTES:
        return False
    if _FORBIDDEN_NAME_CHARACTERS.search(name):
        return False
    return all(component not in ("", ".", "..") for component in name.split("/"))


def _check_entry_names(entries: list[zipfile.ZipInfo], path: Path) -> None:
    seen: set[str] = set()
    for entry in entries:
        # zipfile cuts a name at its first NUL and, on Windows, turns backslashes into
        # slashes, so the name as stored in the archive is checked as well.
        for name in (entry.orig_filename, entry.filename):
            if not _is_safe_member_name(name):
                raise ExchangeFileError(
                    QT_TRANSLATE_NOOP(
                        "ExchangeFileError",
                        "Le fichier d'échange {path} contient un élément au nom non autorisé "
                        "({member}). Ce fichier a été modifié et pourrait être malveillant : "
                        "ne l'importez pas et demandez un nouveau fichier à l'expéditeur.",
                    ),
                    path=str(path),
                    member=repr(name),
                )
        if entry.filename in seen:
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "ExchangeFileError",
                    "Le fichier d'échange {path} contient plusieurs éléments nommés {member}. "
                    "Ce fichier a été modifié : demandez un nouveau fichier à l'expéditeur.",
                ),
                path=str(path),
                member=entry.filename,
            )
        seen.add(entry.filename)


def _check_entry_offsets(entries: list[zipfile.ZipInfo], file_size: int) -> None:
    """Raise BadZipFile for an entry whose data would lie outside the file.

    A damaged directory can hold a negative offset, on which seek raises an OSError that
    would otherwise read as a disk failure.
    """
    for entry in entries:
        if entry.header_offset < 0 or entry.header_offset + entry.compress_size > file_size:
            raise zipfile.BadZipFile(f"entry {entry.filename!r} lies outside the archive")


def _check_entry_features(entry: zipfile.ZipInfo, path: Path) -> None:
    """Reject encrypted entries and compression methods or features not written here."""
    if entry.flag_bits & (_FLAG_ENCRYPTED | _FLAG_STRONG_ENCRYPTION):
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "L'élément {member} du fichier d'échange {path} est protégé par un mot de "
                "passe zip, ce que TZCLD Desktop n'utilise pas. Demandez à l'expéditeur un "
                "nouveau fichier exporté depuis TZCLD Desktop, sans le modifier avec un autre "
                "outil.",
            ),
            path=str(path),
            member=entry.filename,
        )
    if (
        entry.compress_type not in _SUPPORTED_COMPRESSION
        or entry.flag_bits & _FLAG_PATCHED_DATA
        or entry.extract_version > zipfile.MAX_EXTRACT_VERSION
    ):
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "L'élément {member} du fichier d'échange {path} utilise une méthode de "
                "compression ou une version du format zip que TZCLD Desktop ne lit pas. "
                "Demandez à l'expéditeur un nouveau fichier exporté depuis TZCLD Desktop, "
                "sans le recompresser avec un autre outil.",
            ),
            path=str(path),
            member=entry.filename,
        )


# --- Reading: manifest ---------------------------------------------------------------


def _read_manifest(
    archive: zipfile.ZipFile, entry: zipfile.ZipInfo, path: Path
) -> dict[str, Any]:
    """Read, parse and check the manifest's format fields and version."""
    _check_entry_features(entry, path)
    if entry.file_size > MAX_MANIFEST_SIZE:
        raise _manifest_too_large(path)

    buffer = io.BytesIO()
    with archive.open(entry) as stream:
        while chunk := stream.read(_CHUNK_SIZE):
            if buffer.tell() + len(chunk) > MAX_MANIFEST_SIZE:
                raise _manifest_too_large(path)
            buffer.write(chunk)

    try:
        manifest = _load_json(buffer.getvalue().decode("utf-8"))
    except _DuplicateKeyError as error:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Le manifeste ({manifest}) du fichier d'échange {path} contient la clé "
                "« {key} » en double. Demandez un nouveau fichier à l'expéditeur.",
            ),
            manifest=MANIFEST_NAME,
            path=str(path),
            key=error.key,
        ) from error
    except (ValueError, RecursionError) as error:
        # ValueError includes UnicodeDecodeError.
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Le manifeste ({manifest}) du fichier d'échange {path} n'est pas du JSON "
                "valide. Le fichier est endommagé : demandez un nouveau fichier à l'expéditeur.",
            ),
            manifest=MANIFEST_NAME,
            path=str(path),
        ) from error

    if not isinstance(manifest, dict):
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Le manifeste ({manifest}) du fichier d'échange {path} ne contient pas un objet "
                "JSON. Demandez un nouveau fichier à l'expéditeur.",
            ),
            manifest=MANIFEST_NAME,
            path=str(path),
        )
    if manifest.get("format") != FORMAT_NAME:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Le fichier {path} n'est pas un fichier d'échange TZCLD Desktop : son manifeste "
                "n'indique pas le format « {format} ». Vérifiez que vous avez choisi le bon "
                "fichier.",
            ),
            path=str(path),
            format=FORMAT_NAME,
        )

    for field in ("format_version", "min_reader_version"):
        if not _is_positive_int(manifest.get(field)):
            raise _invalid_manifest_field(field, path)
    required = manifest["min_reader_version"]
    if required > FORMAT_VERSION:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Le fichier d'échange {path} demande la version {required} du format "
                "d'échange, alors que cette version de TZCLD Desktop ne lit que jusqu'à la "
                "version {supported}. Mettez à jour TZCLD Desktop, puis importez de nouveau "
                "ce fichier.",
            ),
            path=str(path),
            required=required,
            supported=FORMAT_VERSION,
        )
    return manifest


def _parse_listing(manifest: dict[str, Any], path: Path) -> dict[str, _ListedMember]:
    """Check the manifest's ``members`` object and return it as _ListedMember values."""
    listing = manifest.get("members")
    if not isinstance(listing, dict):
        raise _invalid_manifest_field("members", path)
    if len(listing) > MAX_MEMBERS:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Le fichier d'échange {path} contient {count} éléments, au-delà de la limite "
                "de {limit}. Il a été modifié ou ne provient pas de TZCLD Desktop : demandez "
                "un nouveau fichier à l'expéditeur.",
            ),
            path=str(path),
            count=len(listing),
            limit=MAX_MEMBERS,
        )

    parsed = {}
    for name, description in listing.items():
        if name == MANIFEST_NAME or not _is_safe_member_name(name):
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "ExchangeFileError",
                    "Le fichier d'échange {path} contient un élément au nom non autorisé "
                    "({member}). Ce fichier a été modifié et pourrait être malveillant : "
                    "ne l'importez pas et demandez un nouveau fichier à l'expéditeur.",
                ),
                path=str(path),
                member=repr(name),
            )
        if not isinstance(description, dict):
            raise _invalid_manifest_field(f"members.{name}", path)
        sha256 = description.get("sha256")
        if not isinstance(sha256, str) or not _SHA256_HEX.fullmatch(sha256):
            raise _invalid_manifest_field(f"members.{name}.sha256", path)
        size = description.get("size")
        if not _is_non_negative_int(size):
            raise _invalid_manifest_field(f"members.{name}.size", path)
        parsed[name] = _ListedMember(sha256=sha256, size=size)
    _check_listed_files(parsed, path)
    return parsed


def _check_listed_files(listing: dict[str, _ListedMember], path: Path) -> None:
    """Apply the rules of ``files/`` members to the manifest, before any member is read."""
    total = 0
    for name, listed in listing.items():
        if not name.startswith(FILES_PREFIX):
            continue
        sha256 = file_member_sha256(name)
        if sha256 is None:
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "ExchangeFileError",
                    "Le fichier d'échange {path} contient une pièce jointe au nom non autorisé "
                    "({member}) : une pièce jointe doit être nommée files/ suivi de son empreinte "
                    "SHA-256. Ce fichier a été modifié et pourrait être malveillant : ne "
                    "l'importez pas et demandez un nouveau fichier à l'expéditeur.",
                ),
                path=str(path),
                member=repr(name),
            )
        if listed.sha256 != sha256:
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "ExchangeFileError",
                    "La pièce jointe {member} du fichier d'échange {path} annonce un contenu "
                    "différent de celui que son nom désigne : le fichier a été modifié. Ne "
                    "l'importez pas et demandez un nouveau fichier à l'expéditeur.",
                ),
                path=str(path),
                member=name,
            )
        if listed.size > MAX_FILE_MEMBER_SIZE:
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "ExchangeFileError",
                    "La pièce jointe {member} du fichier d'échange {path} dépasse {limit}, la "
                    "taille maximale d'un document. Ce fichier a été modifié ou ne provient pas "
                    "de TZCLD Desktop : demandez un nouveau fichier à l'expéditeur.",
                ),
                path=str(path),
                member=name,
                limit=_format_size(MAX_FILE_MEMBER_SIZE),
            )
        total += listed.size
    if total > MAX_FILES_TOTAL_SIZE:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Les pièces jointes du fichier d'échange {path} totalisent plus de {limit}, la "
                "taille maximale admise. Ce fichier a été modifié ou ne provient pas de TZCLD "
                "Desktop : demandez un nouveau fichier à l'expéditeur.",
            ),
            path=str(path),
            limit=_format_size(MAX_FILES_TOTAL_SIZE),
        )


def _manifest_too_large(path: Path) -> ExchangeFileError:
    return ExchangeFileError(
        QT_TRANSLATE_NOOP(
            "ExchangeFileError",
            "Le manifeste ({manifest}) du fichier d'échange {path} dépasse la taille maximale "
            "de {limit}. Demandez un nouveau fichier à l'expéditeur.",
        ),
        manifest=MANIFEST_NAME,
        path=str(path),
        limit=_format_size(MAX_MANIFEST_SIZE),
    )


def _invalid_manifest_field(field: str, path: Path) -> ExchangeFileError:
    return ExchangeFileError(
        QT_TRANSLATE_NOOP(
            "ExchangeFileError",
            "Le manifeste ({manifest}) du fichier d'échange {path} est invalide : le champ "
            "« {field} » est absent ou incorrect. Demandez un nouveau fichier à l'expéditeur.",
        ),
        manifest=MANIFEST_NAME,
        path=str(path),
        field=field,
    )


def _is_non_negative_int(value: object) -> bool:
    # bool is a subclass of int, but true and false are not sizes or versions.
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_positive_int(value: object) -> bool:
    return _is_non_negative_int(value) and value > 0


# --- Reading: members ----------------------------------------------------------------


def _check_member_set(
    entries: list[zipfile.ZipInfo], listing: dict[str, _ListedMember], path: Path
) -> None:
    present = {entry.filename for entry in entries}
    for entry in entries:
        if entry.filename not in listing:
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "ExchangeFileError",
                    "Le fichier d'échange {path} contient un élément absent de son manifeste "
                    "({member}) : il a été modifié après l'export. Demandez un nouveau fichier "
                    "à l'expéditeur.",
                ),
                path=str(path),
                member=entry.filename,
            )
    for name in listing:
        if name not in present:
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "ExchangeFileError",
                    "L'élément {member} manque dans le fichier d'échange {path} : le fichier "
                    "est incomplet ou a été modifié. Demandez un nouveau fichier à l'expéditeur.",
                ),
                path=str(path),
                member=name,
            )


def _check_declared_sizes(
    entries: list[zipfile.ZipInfo], listing: dict[str, _ListedMember], path: Path
) -> None:
    """Apply the size and ratio limits to the sizes that the zip directory declares."""
    budget = MAX_TOTAL_SIZE
    for entry in entries:
        _check_inflated_size(entry.filename, entry.file_size, entry.compress_size, budget, path)
        if entry.file_size != listing[entry.filename].size:
            raise _size_mismatch(entry.filename, path)
        budget -= entry.file_size


def _read_member(
    archive: zipfile.ZipFile,
    entry: zipfile.ZipInfo,
    listed: _ListedMember,
    budget: int,
    path: Path,
) -> bytes:
    """Decompress one member in chunks, checking the limits and then its size and digest.

    ``budget`` is what MAX_TOTAL_SIZE leaves after the members already read.
    """
    name = entry.filename
    digest = hashlib.sha256()
    buffer = io.BytesIO()
    size = 0
    with archive.open(entry) as stream:
        while chunk := stream.read(_CHUNK_SIZE):
            size += len(chunk)
            _check_inflated_size(name, size, entry.compress_size, budget, path)
            if size > listed.size:
                raise _size_mismatch(name, path)
            digest.update(chunk)
            buffer.write(chunk)

    if size != listed.size:
        raise _size_mismatch(name, path)
    if digest.hexdigest() != listed.sha256:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "L'élément {member} du fichier d'échange {path} ne correspond pas à son "
                "empreinte SHA-256 : le fichier a été modifié ou endommagé. Demandez un "
                "nouveau fichier à l'expéditeur.",
            ),
            path=str(path),
            member=name,
        )
    return buffer.getvalue()


def _check_inflated_size(
    name: str, size: int, compressed_size: int, budget: int, path: Path
) -> None:
    """Raise if ``size`` uncompressed bytes of a member break a size or ratio limit.

    Used on the sizes the zip directory declares and on the bytes decompressed so far.
    """
    if size > MAX_MEMBER_SIZE:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "L'élément {member} du fichier d'échange {path} dépasse la taille maximale "
                "de {limit} une fois décompressé. Ce fichier a été modifié ou pourrait être "
                "malveillant : ne l'importez pas et demandez un nouveau fichier à l'expéditeur.",
            ),
            path=str(path),
            member=name,
            limit=_format_size(MAX_MEMBER_SIZE),
        )
    if _breaks_ratio_rule(size, compressed_size):
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "L'élément {member} du fichier d'échange {path} est compressé plus de {ratio} "
                "fois, ce qui est le signe d'une bombe de décompression (un fichier piégé "
                "pour saturer la mémoire). Ne l'importez pas et demandez un nouveau fichier "
                "à l'expéditeur.",
            ),
            path=str(path),
            member=name,
            ratio=MAX_COMPRESSION_RATIO,
        )
    if size > budget:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "ExchangeFileError",
                "Le contenu du fichier d'échange {path} dépasse la taille maximale de {limit} "
                "une fois décompressé. Ce fichier a été modifié ou pourrait être malveillant : "
                "ne l'importez pas et demandez un nouveau fichier à l'expéditeur.",
            ),
            path=str(path),
            limit=_format_size(MAX_TOTAL_SIZE),
        )


def _breaks_ratio_rule(size: int, compressed_size: int) -> bool:
    return size > RATIO_CHECK_MIN_SIZE and size > MAX_COMPRESSION_RATIO * compressed_size


def _size_mismatch(name: str, path: Path) -> ExchangeFileError:
    return ExchangeFileError(
        QT_TRANSLATE_NOOP(
            "ExchangeFileError",
            "L'élément {member} du fichier d'échange {path} n'a pas la taille indiquée par "
            "son manifeste : le fichier a été modifié ou endommagé. Demandez un nouveau "
            "fichier à l'expéditeur.",
        ),
        path=str(path),
        member=name,
    )


# --- JSON and NDJSON -----------------------------------------------------------------


class _DuplicateKeyError(ValueError):
    """A JSON object repeats a key, so its value would depend on the parser."""

    def __init__(self, key: str) -> None:
        super().__init__(f"duplicate key {key!r}")
        self.key = key


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # dict() runs in C; the loop that names the repeated key runs only when there is one.
    result = dict(pairs)
    if len(result) != len(pairs):
        seen = set()
        for key, _value in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not valid JSON")


# Built once: json.loads with options builds a new decoder for every call.
_STRICT_DECODER = json.JSONDecoder(object_pairs_hook=_object_without_duplicates, parse_constant=_reject_constant)


def _load_json(text: str) -> Any:
    """Parse strict JSON: no NaN or Infinity and no repeated key in an object.

    Raises _DuplicateKeyError, another ValueError or, for very deep nesting, RecursionError.
    """
    return _STRICT_DECODER.decode(text)


def _load_canonical_json(line: bytes) -> Any:
    """Parse a line written in orjson's compact form, or return None to parse it strictly.

    orjson is several times faster than the json module, but it keeps the last of
    repeated keys. Its result is used only when encoding it again gives back the
    line byte for byte: a repeated key would be missing from that encoding. The
    exporter writes compact JSON in the key order of each object, which orjson
    reproduces, so only a hand-made or damaged line takes the strict path.
    """
    try:
        value = orjson.loads(line)
        if orjson.dumps(value) == line:
            return value
    except (orjson.JSONDecodeError, orjson.JSONEncodeError):
        pass
    return None


def _dump_json(value: Any) -> bytes:
    text = json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )
    return text.encode("utf-8")


def _parse_ndjson(name: str, data: bytes) -> Iterator[dict[str, Any]]:
    start = 0
    line_number = 0
    while start < len(data):
        end = data.find(b"\n", start)
        if end == -1:
            end = len(data)
        line_number += 1
        line = data[start:end]
        start = end + 1

        if len(line) > MAX_NDJSON_LINE_LENGTH:
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "ExchangeFileError",
                    "La ligne {line} de l'élément {member} du fichier d'échange dépasse la "
                    "taille maximale de {limit}. Demandez un nouveau fichier à l'expéditeur.",
                ),
                line=line_number,
                member=name,
                limit=_format_size(MAX_NDJSON_LINE_LENGTH),
            )
        if not line.strip():
            continue
        record = _load_canonical_json(line)
        if isinstance(record, dict):
            yield record
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "ExchangeFileError",
                    "La ligne {line} de l'élément {member} du fichier d'échange n'est pas du "
                    "texte UTF-8 valide. Le fichier est endommagé : demandez un nouveau fichier "
                    "à l'expéditeur.",
                ),
                line=line_number,
                member=name,
            ) from error

        try:
            record = _load_json(text)
        except _DuplicateKeyError as error:
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "ExchangeFileError",
                    "La ligne {line} de l'élément {member} du fichier d'échange contient la "
                    "clé « {key} » en double. Demandez un nouveau fichier à l'expéditeur.",
                ),
                line=line_number,
                member=name,
                key=error.key,
            ) from error
        except (ValueError, RecursionError) as error:
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "ExchangeFileError",
                    "La ligne {line} de l'élément {member} du fichier d'échange n'est pas du "
                    "JSON valide. Le fichier est endommagé : demandez un nouveau fichier à "
                    "l'expéditeur.",
                ),
                line=line_number,
                member=name,
            ) from error

        if not isinstance(record, dict):
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "ExchangeFileError",
                    "La ligne {line} de l'élément {member} du fichier d'échange n'est pas un "
                    "objet JSON. Demandez un nouveau fichier à l'expéditeur.",
                ),
                line=line_number,
                member=name,
            )
        yield record


def _format_size(size: int) -> str:
    """Format a byte count in French binary units, such as « 512 Mio »."""
    if size % GiB == 0:
        return f"{size // GiB}\u00a0Gio"
    if size % MiB == 0:
        return f"{size // MiB}\u00a0Mio"
    return f"{size}\u00a0octets"
