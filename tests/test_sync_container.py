"""Tests of the exchange-file container: round trip, damaged, tampered and hostile files."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import struct
import tempfile
import warnings
import zipfile
from pathlib import Path

import pytest

from tzcld_desktop.domain.errors import ExchangeFileError
from tzcld_desktop.sync import container
from tzcld_desktop.sync.container import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST_NAME,
    MIN_READER_VERSION,
    ExchangeFile,
    encode_ndjson,
    read_exchange_file,
    write_exchange_file,
)

MiB = 1024 * 1024

RECORDS = [
    {"table": "territory", "id": f"t-{index}", "name": f"Territoire n° {index} – Fécamp", "n": index}
    for index in range(40)
]
MEMBERS = {
    "changes.ndjson": encode_ndjson(RECORDS),
    "attachments/3f2a": bytes(range(256)) * 8,
    "empty.ndjson": b"",
}
MANIFEST = {
    "sender": {"replica": "r-1", "person": "Camille Martin"},
    "knowledge": {"r-1": 12, "r-2": 7},
}


def listing_for(members: dict[str, bytes]) -> dict[str, dict[str, object]]:
    return {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in members.items()
    }


def valid_manifest(listed: dict[str, bytes], **changes: object) -> dict[str, object]:
    """Return the manifest that the writer makes for ``listed``, with ``changes`` applied."""
    manifest = {
        **MANIFEST,
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "min_reader_version": MIN_READER_VERSION,
        "members": listing_for(listed),
    }
    manifest.update(changes)
    return manifest


def craft(
    path: Path,
    members: dict[str, bytes] | list[tuple[str, bytes]],
    *,
    manifest: dict[str, object] | bytes | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """Write a zip by hand: the manifest (by default a valid one) and then ``members``.

    ``members`` may be a list of pairs so that a name can appear twice.
    """
    pairs = list(members.items()) if isinstance(members, dict) else list(members)
    if manifest is None:
        manifest = valid_manifest(dict(pairs))
    manifest_bytes = manifest if isinstance(manifest, bytes) else json.dumps(manifest).encode()

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns on duplicate names.
        with zipfile.ZipFile(path, "w", compression) as archive:
            archive.writestr(MANIFEST_NAME, manifest_bytes)
            for name, data in pairs:
                archive.writestr(name, data)
    return path


def write_sample(folder: Path, members: dict[str, bytes] = MEMBERS) -> Path:
    path = folder / "export.tzsync"
    write_exchange_file(path, MANIFEST, members)
    return path


# A small file, for the tests that read it once per byte.
SMALL_MEMBERS = {"changes.ndjson": encode_ndjson(RECORDS[:3]), "attachments/3f2a": b"abc"}


def read_error(path: Path) -> str:
    """Read ``path``, which must fail, and return the message shown to the user."""
    with pytest.raises(ExchangeFileError) as caught:
        read_exchange_file(path)
    return caught.value.message()


def member_data_offset(path: Path, name: str) -> tuple[int, int]:
    """Return the offset and length of a member's compressed data in the file."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    raw = path.read_bytes()
    name_length, extra_length = struct.unpack_from("<HH", raw, info.header_offset + 26)
    return info.header_offset + 30 + name_length + extra_length, info.compress_size


def set_entry_flags(path: Path, name: str, flags: int) -> None:
    """Set general-purpose flag bits of ``name`` in its local and central headers."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
        central = archive.start_dir
    local_flags = info.header_offset + 6
    struct.pack_into("<H", raw, local_flags, struct.unpack_from("<H", raw, local_flags)[0] | flags)

    position = central
    while raw[position : position + 4] == b"PK\x01\x02":
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", raw, position + 28)
        if raw[position + 46 : position + 46 + name_length] == name.encode():
            flags_at = position + 8
            struct.pack_into("<H", raw, flags_at, struct.unpack_from("<H", raw, flags_at)[0] | flags)
        position += 46 + name_length + extra_length + comment_length
    path.write_bytes(bytes(raw))


# --- Round trip ------------------------------------------------------------------------


def test_round_trip(tmp_path):
    path = write_sample(tmp_path)

    exchange = read_exchange_file(path)

    assert exchange.manifest == valid_manifest(MEMBERS)
    assert exchange.members == MEMBERS
    assert list(exchange.members) == list(MEMBERS)
    assert list(exchange.iter_ndjson("changes.ndjson")) == RECORDS
    assert list(exchange.iter_ndjson("empty.ndjson")) == []


def test_written_zip_entries(tmp_path):
    path = write_sample(tmp_path)

    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        entries = archive.infolist()

    assert [entry.filename for entry in entries] == [MANIFEST_NAME, *MEMBERS]
    for entry in entries:
        assert entry.date_time == (1980, 1, 1, 0, 0, 0)
        assert entry.external_attr >> 16 == 0o100644
        assert entry.compress_type in (zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED)


def test_packed_member_written_as_given(tmp_path):
    parts = [b'{"a": 1}\n', b'{"b": 2}\n']
    packed = container.pack_member(parts, compresslevel=1)
    path = tmp_path / "x.tzsync"

    write_exchange_file(path, MANIFEST, {"changes.ndjson": packed, "plain.bin": b"abc"})

    exchange = read_exchange_file(path)
    assert exchange.members == {"changes.ndjson": b"".join(parts), "plain.bin": b"abc"}
    assert exchange.manifest["members"]["changes.ndjson"]["sha256"] == hashlib.sha256(b"".join(parts)).hexdigest()


def test_round_trip_leaves_no_temp_file(tmp_path):
    path = write_sample(tmp_path)
    write_exchange_file(path, {"sender": "autre"}, {"b.ndjson": b"{}\n"})

    exchange = read_exchange_file(path)

    assert exchange.members == {"b.ndjson": b"{}\n"}
    assert exchange.manifest["sender"] == "autre"
    assert os.listdir(tmp_path) == ["export.tzsync"]


def test_manifest_written_first(tmp_path):
    path = write_sample(tmp_path)

    with zipfile.ZipFile(path) as archive:
        entries = archive.infolist()

    assert entries[0].filename == MANIFEST_NAME
    assert [entry.filename for entry in entries[1:]] == list(MEMBERS)
    assert all(entry.compress_type == zipfile.ZIP_DEFLATED for entry in entries)


def test_repetitive_member_stored(tmp_path):
    # 16 MiB of zeros deflate about 1000:1, which the reader takes for a zip bomb, so
    # the writer stores that member uncompressed.
    members = {"blank.bin": bytes(16 * MiB), "changes.ndjson": MEMBERS["changes.ndjson"]}
    path = tmp_path / "blank.tzsync"

    write_exchange_file(path, MANIFEST, members)

    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("blank.bin").compress_type == zipfile.ZIP_STORED
        assert archive.getinfo("changes.ndjson").compress_type == zipfile.ZIP_DEFLATED
    assert read_exchange_file(path).members == members


def test_small_compressible_member_accepted(tmp_path):
    members = {"blank.bin": bytes(container.RATIO_CHECK_MIN_SIZE)}
    path = craft(tmp_path / "small.tzsync", members)

    assert read_exchange_file(path).members == members


def test_newer_format_version_readable(tmp_path):
    manifest = valid_manifest(MEMBERS, format_version=FORMAT_VERSION + 1, extra={"new": True})
    path = craft(tmp_path / "newer.tzsync", MEMBERS, manifest=manifest)

    assert read_exchange_file(path).manifest == manifest


# --- Write arguments and limits -------------------------------------------------------


@pytest.mark.parametrize("key", ["format", "format_version", "min_reader_version", "members"])
def test_write_rejects_reserved_key(tmp_path, key):
    with pytest.raises(ValueError, match=key):
        write_exchange_file(tmp_path / "x.tzsync", {key: 1}, MEMBERS)

    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("name", ["../evil", "/etc/x", "a\\b", "C:x", "", "a//b", MANIFEST_NAME])
def test_write_rejects_unsafe_name(tmp_path, name):
    with pytest.raises(ValueError, match="invalid member name"):
        write_exchange_file(tmp_path / "x.tzsync", MANIFEST, {name: b"x"})

    assert os.listdir(tmp_path) == []


def test_write_too_many_members(tmp_path, monkeypatch):
    monkeypatch.setattr(container, "MAX_MEMBERS", 2)

    with pytest.raises(ExchangeFileError) as caught:
        write_exchange_file(tmp_path / "x.tzsync", MANIFEST, MEMBERS)

    assert "3 éléments" in caught.value.message()
    assert "limite de 2" in caught.value.message()
    assert os.listdir(tmp_path) == []


def test_write_member_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(container, "MAX_MEMBER_SIZE", 1 * MiB)

    with pytest.raises(ExchangeFileError) as caught:
        write_exchange_file(tmp_path / "x.tzsync", MANIFEST, {"big.bin": bytes(MiB + 1)})

    assert "big.bin" in caught.value.message()
    assert "1\u00a0Mio" in caught.value.message()
    assert os.listdir(tmp_path) == []


def test_write_total_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(container, "MAX_TOTAL_SIZE", 2 * MiB)
    members = {"a.bin": bytes(MiB), "b.bin": bytes(MiB), "c.bin": b"x"}

    with pytest.raises(ExchangeFileError) as caught:
        write_exchange_file(tmp_path / "x.tzsync", MANIFEST, members)

    assert "taille maximale d'un fichier d'échange" in caught.value.message()
    assert os.listdir(tmp_path) == []


# --- Write failures -------------------------------------------------------------------


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0,
    reason="needs a POSIX user whom file modes restrict, which root is not",
)
def test_write_read_only_folder_real(tmp_path):
    folder = tmp_path / "lecture-seule"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ExchangeFileError) as caught:
            write_exchange_file(folder / "x.tzsync", MANIFEST, MEMBERS)
        assert "Accès refusé" in caught.value.message()
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o755)


def test_write_read_only_file_system(tmp_path, monkeypatch):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)

    with pytest.raises(ExchangeFileError) as caught:
        write_exchange_file(tmp_path / "x.tzsync", MANIFEST, MEMBERS)

    assert "lecture seule" in caught.value.message()
    assert str(tmp_path / "x.tzsync") in caught.value.message()
    assert os.listdir(tmp_path) == []


def test_write_disk_full(tmp_path, monkeypatch):
    path = write_sample(tmp_path)
    before = path.read_bytes()

    def disk_full(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)

    with pytest.raises(ExchangeFileError) as caught:
        write_exchange_file(path, {"sender": "autre"}, {"b.ndjson": b"{}\n"})

    assert "Le disque est plein" in caught.value.message()
    assert "Libérez de la place" in caught.value.message()
    assert os.listdir(tmp_path) == ["export.tzsync"]
    assert path.read_bytes() == before


def test_write_replace_denied(tmp_path, monkeypatch):
    path = write_sample(tmp_path)
    before = path.read_bytes()

    def denied(source, destination):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", denied)

    with pytest.raises(ExchangeFileError) as caught:
        write_exchange_file(path, {"sender": "autre"}, {"b.ndjson": b"{}\n"})

    assert "Accès refusé" in caught.value.message()
    assert os.listdir(tmp_path) == ["export.tzsync"]
    assert path.read_bytes() == before


def test_write_missing_folder(tmp_path):
    path = tmp_path / "absent" / "x.tzsync"

    with pytest.raises(ExchangeFileError) as caught:
        write_exchange_file(path, MANIFEST, MEMBERS)

    assert "n'existe pas" in caught.value.message()
    assert str(tmp_path / "absent") in caught.value.message()
    assert os.listdir(tmp_path) == []


def test_write_onto_folder(tmp_path):
    (tmp_path / "x.tzsync").mkdir()

    with pytest.raises(ExchangeFileError) as caught:
        write_exchange_file(tmp_path / "x.tzsync", MANIFEST, MEMBERS)

    assert "est un dossier" in caught.value.message()
    assert os.listdir(tmp_path) == ["x.tzsync"]


# --- Files that are not exchange files ------------------------------------------------


def test_missing_file(tmp_path):
    message = read_error(tmp_path / "absent.tzsync")

    assert "introuvable" in message
    assert str(tmp_path / "absent.tzsync") in message


def test_folder_instead_of_file(tmp_path):
    folder = tmp_path / "dossier.tzsync"
    folder.mkdir()

    assert "est un dossier" in read_error(folder)


def test_unreadable_file(tmp_path, monkeypatch):
    path = write_sample(tmp_path)

    def denied(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)

    message = read_error(path)

    assert "Accès refusé" in message
    assert "droit de lire" in message


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0,
    reason="needs a POSIX user whom file modes restrict, which root is not",
)
def test_unreadable_file_real(tmp_path):
    path = write_sample(tmp_path)
    path.chmod(0o000)

    assert "Accès refusé" in read_error(path)


def test_not_a_zip(tmp_path):
    path = tmp_path / "notes.tzsync"
    path.write_text("Compte rendu de la réunion du 3 mars\n", encoding="utf-8")

    message = read_error(path)

    assert "n'est pas un fichier d'échange TZCLD Desktop" in message
    assert "archive zip" in message


def test_empty_file(tmp_path):
    path = tmp_path / "vide.tzsync"
    path.write_bytes(b"")

    assert "est vide" in read_error(path)


def test_truncated(tmp_path):
    path = write_sample(tmp_path)
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])

    assert "endommagé ou incomplet" in read_error(path)


def test_every_truncation_rejected(tmp_path):
    raw = write_sample(tmp_path, SMALL_MEMBERS).read_bytes()
    cut = tmp_path / "cut.tzsync"

    for length in range(len(raw)):
        cut.write_bytes(raw[:length])
        with pytest.raises(ExchangeFileError):
            read_exchange_file(cut)


def test_bit_flip_in_member(tmp_path):
    path = write_sample(tmp_path)
    offset, length = member_data_offset(path, "changes.ndjson")
    raw = bytearray(path.read_bytes())
    raw[offset + length // 2] ^= 0x10
    path.write_bytes(bytes(raw))

    assert "endommagé ou incomplet" in read_error(path)


def test_every_byte_corruption_detected(tmp_path):
    # Some bytes (timestamps, version made by, attributes) do not affect the content, so
    # a corrupted file may still read, but then it must give the original content.
    path = write_sample(tmp_path, SMALL_MEMBERS)
    original = read_exchange_file(path)
    raw = path.read_bytes()
    corrupted = tmp_path / "corrupted.tzsync"

    for position in range(len(raw)):
        damaged = bytearray(raw)
        damaged[position] ^= 0xFF
        corrupted.write_bytes(bytes(damaged))
        try:
            exchange = read_exchange_file(corrupted)
        except ExchangeFileError:
            continue
        assert exchange == original, f"byte {position} changed the content unnoticed"


# --- Manifest -------------------------------------------------------------------------


def test_manifest_missing(tmp_path):
    path = tmp_path / "x.tzsync"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("changes.ndjson", MEMBERS["changes.ndjson"])

    message = read_error(path)

    assert "ne contient pas de manifeste" in message
    assert MANIFEST_NAME in message


def test_manifest_invalid_json(tmp_path):
    path = craft(tmp_path / "x.tzsync", MEMBERS, manifest=b'{"format": "tzcld-sync",')

    assert "n'est pas du JSON valide" in read_error(path)


def test_manifest_invalid_utf8(tmp_path):
    path = craft(tmp_path / "x.tzsync", MEMBERS, manifest=b'{"format": "\xff"}')

    assert "n'est pas du JSON valide" in read_error(path)


def test_manifest_not_object(tmp_path):
    path = craft(tmp_path / "x.tzsync", MEMBERS, manifest=b'["tzcld-sync"]')

    assert "ne contient pas un objet JSON" in read_error(path)


def test_manifest_duplicate_key(tmp_path):
    listing = json.dumps(listing_for(MEMBERS))
    manifest = (
        '{"format": "tzcld-sync", "format_version": 1, "min_reader_version": 1, '
        f'"members": {listing}, "members": {{}}}}'
    ).encode()
    path = craft(tmp_path / "x.tzsync", MEMBERS, manifest=manifest)

    message = read_error(path)

    assert "en double" in message
    assert "members" in message


def test_manifest_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(container, "MAX_MANIFEST_SIZE", 1024)
    manifest = valid_manifest(MEMBERS, padding="x" * 2000)
    path = craft(tmp_path / "x.tzsync", MEMBERS, manifest=manifest)

    assert "dépasse la taille maximale" in read_error(path)


def test_wrong_format_name(tmp_path):
    path = craft(tmp_path / "x.tzsync", MEMBERS, manifest=valid_manifest(MEMBERS, format="autre"))

    message = read_error(path)

    assert "n'est pas un fichier d'échange TZCLD Desktop" in message
    assert FORMAT_NAME in message


def test_newer_min_reader_version(tmp_path):
    manifest = valid_manifest(MEMBERS, format_version=3, min_reader_version=FORMAT_VERSION + 1)
    path = craft(tmp_path / "x.tzsync", MEMBERS, manifest=manifest)

    message = read_error(path)

    assert "Mettez à jour TZCLD Desktop" in message
    assert f"version {FORMAT_VERSION + 1} du format" in message
    assert f"jusqu'à la version {FORMAT_VERSION}" in message


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"min_reader_version": "1"}, "min_reader_version"),
        ({"min_reader_version": True}, "min_reader_version"),
        ({"min_reader_version": 0}, "min_reader_version"),
        ({"format_version": None}, "format_version"),
        ({"members": []}, "members"),
        ({"members": {"a": "x"}}, "members.a"),
        ({"members": {"a": {"sha256": "ABC", "size": 1}}}, "members.a.sha256"),
        ({"members": {"a": {"sha256": "0" * 64, "size": -1}}}, "members.a.size"),
        ({"members": {"a": {"sha256": "0" * 64, "size": True}}}, "members.a.size"),
    ],
)
def test_manifest_invalid_field(tmp_path, changes, field):
    path = craft(tmp_path / "x.tzsync", {}, manifest=valid_manifest({}, **changes))

    message = read_error(path)

    assert "est invalide" in message
    assert f"« {field} »" in message


# --- Member names and member set ------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["../evil", "a/../../evil", "/etc/x", "a\\b", "C:/x", "a/./b", "a//b", "dossier/"]
)
def test_unsafe_member_name(tmp_path, name):
    path = craft(tmp_path / "x.tzsync", {name: b"x"}, manifest=valid_manifest({}))

    message = read_error(path)

    assert "nom non autorisé" in message
    assert repr(name) in message


def test_nul_in_member_name(tmp_path):
    # zipfile cuts names at NUL when it writes them, so the NUL is patched in afterwards.
    path = craft(tmp_path / "x.tzsync", {"nulQQQQname": b"x"}, manifest=valid_manifest({}))
    raw = path.read_bytes()
    assert raw.count(b"nulQQQQname") == 2
    path.write_bytes(raw.replace(b"nulQQQQname", b"nul\x00QQQname"))

    message = read_error(path)

    assert "nom non autorisé" in message
    assert repr("nul\x00QQQname") in message


def test_unsafe_name_in_manifest(tmp_path):
    manifest = valid_manifest(MEMBERS)
    manifest["members"]["../evil"] = {"sha256": "0" * 64, "size": 0}
    path = craft(tmp_path / "x.tzsync", MEMBERS, manifest=manifest)

    assert "nom non autorisé" in read_error(path)


def test_duplicate_member_names(tmp_path):
    pairs = [("changes.ndjson", b'{"a":1}\n'), ("changes.ndjson", b'{"a":2}\n')]
    path = craft(tmp_path / "x.tzsync", pairs, manifest=valid_manifest({pairs[1][0]: pairs[1][1]}))

    message = read_error(path)

    assert "plusieurs éléments nommés changes.ndjson" in message


def test_duplicate_manifest(tmp_path):
    pairs = [(MANIFEST_NAME, json.dumps(valid_manifest({})).encode())]
    path = craft(tmp_path / "x.tzsync", pairs, manifest=valid_manifest({}))

    assert f"plusieurs éléments nommés {MANIFEST_NAME}" in read_error(path)


def test_unlisted_member(tmp_path):
    members = {**MEMBERS, "extra.ndjson": b"{}\n"}
    path = craft(tmp_path / "x.tzsync", members, manifest=valid_manifest(MEMBERS))

    message = read_error(path)

    assert "absent de son manifeste" in message
    assert "extra.ndjson" in message


def test_missing_member(tmp_path):
    members = dict(MEMBERS)
    del members["attachments/3f2a"]
    path = craft(tmp_path / "x.tzsync", members, manifest=valid_manifest(MEMBERS))

    message = read_error(path)

    assert "manque" in message
    assert "attachments/3f2a" in message


def test_too_many_members(tmp_path, monkeypatch):
    monkeypatch.setattr(container, "MAX_MEMBERS", 2)
    path = craft(tmp_path / "x.tzsync", MEMBERS)

    message = read_error(path)

    assert "au-delà de la limite de 2" in message


# --- Tampered content -----------------------------------------------------------------


def test_checksum_mismatch(tmp_path):
    original = MEMBERS["changes.ndjson"]
    tampered = {**MEMBERS, "changes.ndjson": original.replace(b"F\xc3\xa9camp", b"Fxcamp")}
    assert len(tampered["changes.ndjson"]) < len(original)
    tampered["changes.ndjson"] += b" " * (len(original) - len(tampered["changes.ndjson"]))
    path = craft(tmp_path / "x.tzsync", tampered, manifest=valid_manifest(MEMBERS))

    message = read_error(path)

    assert "empreinte SHA-256" in message
    assert "changes.ndjson" in message


def test_size_mismatch(tmp_path):
    tampered = {**MEMBERS, "changes.ndjson": MEMBERS["changes.ndjson"] + b'{"ajout":1}\n'}
    path = craft(tmp_path / "x.tzsync", tampered, manifest=valid_manifest(MEMBERS))

    message = read_error(path)

    assert "n'a pas la taille indiquée" in message
    assert "changes.ndjson" in message


def test_encrypted_entry(tmp_path):
    path = write_sample(tmp_path)
    set_entry_flags(path, "changes.ndjson", 0x0001)

    message = read_error(path)

    assert "mot de passe zip" in message
    assert "changes.ndjson" in message


def test_unsupported_compression(tmp_path):
    path = craft(tmp_path / "x.tzsync", MEMBERS, compression=zipfile.ZIP_LZMA)

    assert "méthode de compression" in read_error(path)


# --- Zip bombs ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def zeros_bomb(tmp_path_factory) -> Path:
    """An exchange file whose only member is 16 MiB of zeros deflated about 1000:1."""
    members = {"bomb.bin": bytes(16 * MiB)}
    return craft(tmp_path_factory.mktemp("bomb") / "bomb.tzsync", members)


@pytest.fixture
def decompressed_bytes(monkeypatch) -> list[int]:
    """Count the member bytes that zipfile decompresses, in a one-item list."""
    counter = [0]
    original_read = zipfile.ZipExtFile.read

    def counting_read(self, size=-1):
        data = original_read(self, size)
        if self.name != MANIFEST_NAME:
            counter[0] += len(data)
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting_read)
    return counter


def test_bomb_ratio_rejected(zeros_bomb, decompressed_bytes):
    message = read_error(zeros_bomb)

    assert "bombe de décompression" in message
    assert "bomb.bin" in message
    assert decompressed_bytes[0] == 0


def test_bomb_member_size_rejected(tmp_path, monkeypatch, decompressed_bytes):
    monkeypatch.setattr(container, "MAX_MEMBER_SIZE", 4 * MiB)
    members = {"big.bin": bytes(5 * MiB)}
    path = craft(tmp_path / "x.tzsync", members, compression=zipfile.ZIP_STORED)

    message = read_error(path)

    assert "dépasse la taille maximale de 4\u00a0Mio" in message
    assert "big.bin" in message
    assert decompressed_bytes[0] == 0


def test_bomb_total_size_rejected(tmp_path, monkeypatch, decompressed_bytes):
    monkeypatch.setattr(container, "MAX_TOTAL_SIZE", 4 * MiB)
    members = {f"part-{index}.bin": bytes(2 * MiB) for index in range(3)}
    path = craft(tmp_path / "x.tzsync", members, compression=zipfile.ZIP_STORED)

    message = read_error(path)

    assert "Le contenu du fichier d'échange" in message
    assert "4\u00a0Mio" in message
    assert decompressed_bytes[0] == 0


def test_bomb_ratio_stopped_while_reading(zeros_bomb, monkeypatch, decompressed_bytes):
    # Skipping the directory check stands for a directory that understates the size.
    monkeypatch.setattr(container, "_check_declared_sizes", lambda *args: None)

    message = read_error(zeros_bomb)

    assert "bombe de décompression" in message
    with zipfile.ZipFile(zeros_bomb) as archive:
        compressed = archive.getinfo("bomb.bin").compress_size
    ratio_limit = container.MAX_COMPRESSION_RATIO * compressed
    assert decompressed_bytes[0] <= ratio_limit + container._CHUNK_SIZE
    assert decompressed_bytes[0] < 16 * MiB


def test_bomb_size_stopped_while_reading(zeros_bomb, monkeypatch, decompressed_bytes):
    monkeypatch.setattr(container, "_check_declared_sizes", lambda *args: None)
    monkeypatch.setattr(container, "MAX_COMPRESSION_RATIO", 10_000)
    monkeypatch.setattr(container, "MAX_MEMBER_SIZE", 2 * MiB)

    message = read_error(zeros_bomb)

    assert "dépasse la taille maximale de 2\u00a0Mio" in message
    assert decompressed_bytes[0] <= 2 * MiB + container._CHUNK_SIZE


# --- NDJSON ---------------------------------------------------------------------------


def ndjson_error(data: bytes) -> str:
    exchange = ExchangeFile(manifest={}, members={"changes.ndjson": data})
    with pytest.raises(ExchangeFileError) as caught:
        list(exchange.iter_ndjson("changes.ndjson"))
    return caught.value.message()


def test_ndjson_from_written_file(tmp_path):
    path = craft(tmp_path / "x.tzsync", {"changes.ndjson": b'{"a":1}\n[1,2]\n'})
    exchange = read_exchange_file(path)

    with pytest.raises(ExchangeFileError) as caught:
        list(exchange.iter_ndjson("changes.ndjson"))

    assert "ligne 2" in caught.value.message().lower()


def test_ndjson_invalid_utf8():
    message = ndjson_error(b'{"a":1}\n{"nom":"F\xe9camp"}\n')

    assert "La ligne 2 de l'élément changes.ndjson" in message
    assert "UTF-8" in message


def test_ndjson_invalid_json():
    message = ndjson_error(b'{"a":1}\n{"a":2}\n{"a":\n')

    assert "La ligne 3 de l'élément changes.ndjson" in message
    assert "n'est pas du JSON valide" in message


def test_ndjson_nan_rejected():
    assert "n'est pas du JSON valide" in ndjson_error(b'{"a":NaN}\n')


def test_ndjson_deep_nesting_rejected():
    assert "n'est pas du JSON valide" in ndjson_error(b'{"a":' + b"[" * 200_000 + b"\n")


def test_ndjson_non_object_line():
    message = ndjson_error(b'{"a":1}\n"texte"\n')

    assert "La ligne 2 de l'élément changes.ndjson" in message
    assert "n'est pas un objet JSON" in message


def test_ndjson_duplicate_key():
    message = ndjson_error(b'{"id":"t-1","id":"t-2"}\n')

    assert "La ligne 1" in message
    assert "« id » en double" in message


def test_ndjson_nested_duplicate_key_in_compact_line():
    # Compact like the exporter's lines, so the fast parser reads it first and keeps the last key.
    message = ndjson_error(b'{"t":["action"],"c":[{"r-1":3,"r-1":5}]}\n')

    assert "La ligne 1" in message
    assert "« r-1 » en double" in message


def test_ndjson_spaced_and_escaped_lines_read_alike():
    exchange = ExchangeFile(manifest={}, members={"changes.ndjson": (
        b'{"nom":"F\\u00e9camp","n":[1,2]}\n{ "nom" : "F\xc3\xa9camp", "n" : [1, 2] }\n{"nom":"F\xc3\xa9camp","n":[1,2]}\n'
    )})

    records = list(exchange.iter_ndjson("changes.ndjson"))

    assert records == [{"nom": "Fécamp", "n": [1, 2]}] * 3


def test_ndjson_line_too_long(monkeypatch):
    monkeypatch.setattr(container, "MAX_NDJSON_LINE_LENGTH", 1 * MiB)

    message = ndjson_error(b'{"a":1}\n{"a":"' + b"x" * MiB + b'"}\n')

    assert "La ligne 2" in message
    assert "1\u00a0Mio" in message


def test_ndjson_missing_member():
    exchange = ExchangeFile(manifest={}, members={})

    with pytest.raises(ExchangeFileError) as caught:
        exchange.iter_ndjson("changes.ndjson")

    assert "ne contient pas l'élément changes.ndjson" in caught.value.message()


def test_ndjson_blank_lines_skipped():
    exchange = ExchangeFile(manifest={}, members={"m": b'{"a":1}\n\n\r\n{"b":2}'})

    assert list(exchange.iter_ndjson("m")) == [{"a": 1}, {"b": 2}]


def test_encode_ndjson_line_too_long(monkeypatch):
    monkeypatch.setattr(container, "MAX_NDJSON_LINE_LENGTH", 1 * MiB)

    with pytest.raises(ExchangeFileError) as caught:
        encode_ndjson([{"note": "x" * MiB}])

    assert "taille maximale d'une ligne" in caught.value.message()


def test_encode_ndjson_rejects_non_mapping():
    with pytest.raises(TypeError, match="mappings"):
        encode_ndjson([[1, 2]])
