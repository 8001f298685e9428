"""Passphrase encryption of exchange files: round trips, wrong passphrases, tampered files."""

from __future__ import annotations

import base64
import errno
import hashlib
import io
import json
import os
import subprocess
import sys
import time
import unicodedata
import zipfile

import pytest

from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store
from tzcld_desktop.domain.errors import ExchangeFileError
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.sync import container, encryption
from tzcld_desktop.sync.container import read_exchange_file, write_exchange_file
from tzcld_desktop.sync.encryption import (
    MAGIC,
    PassphraseRequired,
    decrypt_bytes,
    encrypt_bytes,
    is_encrypted,
)
from tzcld_desktop.sync.exchange import export_data, import_data

PASSPHRASE = "Le Teil, 7 mars : café à 10 h"
OTHER_PASSPHRASE = "Le Teil, 8 mars : café à 10 h"

WRONG_PASSPHRASE_MESSAGE = (
    "Le mot de passe est incorrect, ou le fichier a été modifié ou endommagé en route. "
    "Vérifiez le mot de passe avec l'expéditeur ; s'il est juste, demandez-lui un nouveau "
    "fichier."
)
PASSPHRASE_REQUIRED_MESSAGE = (
    "Ce fichier d'échange est protégé par un mot de passe. Saisissez le mot de passe que "
    "l'expéditeur vous a communiqué."
)
MALFORMED_HEADER_START = "L'en-tête de chiffrement de ce fichier d'échange est invalide"

DEFAULT_SCRYPT_N = encryption.SCRYPT_N
# The smallest n that scrypt accepts, so that a derivation takes well under a millisecond.
CHEAP_SCRYPT_N = 2


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch):
    """Write new files with a negligible scrypt cost.

    test_default_cost_round_trip and the command-line tests use the default cost.
    """
    monkeypatch.setattr(encryption, "SCRYPT_N", CHEAP_SCRYPT_N)


# --- Helpers ---------------------------------------------------------------------------


def split(data: bytes) -> tuple[bytes, dict, bytes]:
    """Return the header bytes, the parsed header and the ciphertext of encrypted data."""
    start = len(MAGIC) + 4
    size = int.from_bytes(data[len(MAGIC):start], "big")
    header_bytes = data[start:start + size]
    return header_bytes, json.loads(header_bytes), data[start + size:]


def join(header: dict | bytes, ciphertext: bytes) -> bytes:
    """Build encrypted data from a header, as a dict or as raw bytes, and a ciphertext."""
    header_bytes = header if isinstance(header, bytes) else json.dumps(header).encode()
    return MAGIC + len(header_bytes).to_bytes(4, "big") + header_bytes + ciphertext


def flip_bit(data: bytes, index: int) -> bytes:
    changed = bytearray(data)
    changed[index] ^= 0x01
    return bytes(changed)


def decrypt_error(data: bytes, passphrase: str = PASSPHRASE) -> str:
    """Decrypt ``data``, which must fail, and return the message shown to the user."""
    with pytest.raises(ExchangeFileError) as caught:
        decrypt_bytes(data, passphrase)
    return caught.value.message()


def database_bytes(store) -> bytes:
    """Return the database file's bytes once every connection is closed."""
    store.engine.dispose()
    return store.db_path.read_bytes()


def make_zip(manifest: dict, members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture
def anne(tmp_path):
    store = open_store(tmp_path / "anne")
    services = Services(store)
    services.save_profile("Anne", ["84"])
    services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    services.create_territory(TerritoryInput("Échirolles-Ouest", Stage.HABILITATED, "38"))
    yield store
    store.close()


@pytest.fixture
def bruno(tmp_path):
    store = open_store(tmp_path / "bruno")
    services = Services(store)
    services.save_profile("Bruno", ["84"])
    services.create_territory(TerritoryInput("Fécamp", Stage.INTERESTED, "76"))
    yield store
    store.close()


@pytest.fixture
def encrypted_export(anne, tmp_path):
    path = tmp_path / "anne.tzsync"
    export_data(anne, path, PASSPHRASE)
    return path


def territory_names(store) -> set[str]:
    from tzcld_desktop.db import queries

    with store.session() as session:
        return {row.name for row in queries.list_territories(session, queries.TerritoryQuery())}


# --- Bytes ---------------------------------------------------------------------------


@pytest.mark.parametrize("plain", [b"", b"x", bytes(range(256)) * 100])
def test_bytes_round_trip(plain):
    data = encrypt_bytes(plain, PASSPHRASE)

    assert data.startswith(MAGIC)
    assert decrypt_bytes(data, PASSPHRASE) == plain


def test_header_fields():
    header_bytes, header, ciphertext = split(encrypt_bytes(b"contenu", PASSPHRASE))

    assert header["version"] == 1
    assert header["cipher"] == "AES-256-GCM"
    assert header["kdf"] == {"name": "scrypt", "n": CHEAP_SCRYPT_N, "r": 8, "p": 1}
    assert len(base64.b64decode(header["salt"])) == 16
    assert len(base64.b64decode(header["nonce"])) == 12
    assert len(ciphertext) == len(b"contenu") + 16
    assert header_bytes.isascii()


def test_new_salt_and_nonce_each_call():
    first = encrypt_bytes(b"contenu", PASSPHRASE)
    second = encrypt_bytes(b"contenu", PASSPHRASE)

    assert split(first)[1]["salt"] != split(second)[1]["salt"]
    assert split(first)[1]["nonce"] != split(second)[1]["nonce"]
    assert split(first)[2] != split(second)[2]


def test_default_cost_round_trip(monkeypatch):
    monkeypatch.setattr(encryption, "SCRYPT_N", DEFAULT_SCRYPT_N)

    data = encrypt_bytes(b"contenu", PASSPHRASE)

    assert split(data)[1]["kdf"] == {"name": "scrypt", "n": 2**17, "r": 8, "p": 1}
    assert decrypt_bytes(data, PASSPHRASE) == b"contenu"
    assert decrypt_error(data, OTHER_PASSPHRASE) == WRONG_PASSPHRASE_MESSAGE


def test_passphrase_unicode_normalized():
    composed = unicodedata.normalize("NFC", "mot de passe très sûr")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed

    assert decrypt_bytes(encrypt_bytes(b"contenu", composed), decomposed) == b"contenu"


def test_wrong_passphrase_bytes():
    data = encrypt_bytes(b"contenu", PASSPHRASE)

    assert decrypt_error(data, OTHER_PASSPHRASE) == WRONG_PASSPHRASE_MESSAGE


def test_empty_passphrase_rejected(tmp_path):
    with pytest.raises(ExchangeFileError) as caught:
        encrypt_bytes(b"contenu", "")
    assert "Le mot de passe est vide" in caught.value.message()

    data = encrypt_bytes(b"contenu", PASSPHRASE)
    with pytest.raises(PassphraseRequired) as caught:
        decrypt_bytes(data, "")
    assert "Le mot de passe est vide" in caught.value.message()

    path = tmp_path / "vide.tzsync"
    with pytest.raises(ExchangeFileError) as caught:
        write_exchange_file(path, {"sender": "Anne"}, {"a.ndjson": b"{}\n"}, passphrase="")
    assert "Le mot de passe est vide" in caught.value.message()
    assert os.listdir(tmp_path) == []


def test_every_byte_flip_rejected():
    data = encrypt_bytes(b'{"t":"territory","r":"Le Teil"}\n', PASSPHRASE)

    for index in range(len(data)):
        with pytest.raises(ExchangeFileError):
            decrypt_bytes(flip_bit(data, index), PASSPHRASE)


def test_every_truncation_rejected():
    data = encrypt_bytes(b'{"t":"territory","r":"Le Teil"}\n', PASSPHRASE)

    for size in range(len(data)):
        with pytest.raises(ExchangeFileError):
            decrypt_bytes(data[:size], PASSPHRASE)


def test_reordered_header_fails_authentication():
    # Same fields and values, other bytes: only the associated data differs.
    header_bytes, header, ciphertext = split(encrypt_bytes(b"contenu", PASSPHRASE))
    reordered = json.dumps(dict(reversed(header.items())), separators=(",", ":")).encode()
    assert reordered != header_bytes
    assert json.loads(reordered) == header

    assert decrypt_error(join(reordered, ciphertext)) == WRONG_PASSPHRASE_MESSAGE


def test_changed_salt_fails_authentication():
    _, header, ciphertext = split(encrypt_bytes(b"contenu", PASSPHRASE))
    header["salt"] = base64.b64encode(flip_bit(base64.b64decode(header["salt"]), 0)).decode()

    assert decrypt_error(join(header, ciphertext)) == WRONG_PASSPHRASE_MESSAGE


def valid_header() -> dict:
    """Return a header that passes every check, as encrypt_bytes writes it."""
    return {
        "version": 1,
        "cipher": "AES-256-GCM",
        "kdf": {"name": "scrypt", "n": CHEAP_SCRYPT_N, "r": 8, "p": 1},
        "salt": base64.b64encode(bytes(16)).decode(),
        "nonce": base64.b64encode(bytes(12)).decode(),
    }


def with_changes(**changes) -> dict:
    header = valid_header()
    header.update(changes)
    return header


def with_kdf(**changes) -> dict:
    header = valid_header()
    header["kdf"].update(changes)
    return header


def without(key: str) -> dict:
    header = valid_header()
    del header[key]
    return header


MALFORMED_HEADERS = {
    "not_json": b"{version: 1}",
    "not_utf8": b'{"version":1,"cipher":"\xff"}',
    "json_list": b"[1]",
    "duplicate_key": b'{"version":1,"version":1}',
    "version_zero": with_changes(version=0),
    "version_string": with_changes(version="1"),
    "version_bool": with_changes(version=True),
    "version_missing": without("version"),
    "salt_missing": without("salt"),
    "unknown_key": with_changes(comment="ajouté"),
    "unknown_cipher": with_changes(cipher="AES-128-CBC"),
    "unknown_kdf": with_kdf(name="argon2id"),
    "kdf_not_object": with_changes(kdf="scrypt"),
    "kdf_extra_parameter": with_kdf(maxmem=0),
    "n_not_power_of_two": with_kdf(n=3),
    "n_one": with_kdf(n=1),
    "n_float": with_kdf(n=1024.0),
    "r_zero": with_kdf(r=0),
    "p_negative": with_kdf(p=-1),
    "salt_short": with_changes(salt=base64.b64encode(b"x" * 15).decode()),
    "salt_not_base64": with_changes(salt="@" * 24),
    "salt_number": with_changes(salt=16),
    "nonce_long": with_changes(nonce=base64.b64encode(b"x" * 16).decode()),
}


def test_valid_header_reaches_authentication():
    # The control case of the tests below: only the header differs in them.
    assert decrypt_error(join(valid_header(), b"\x00" * 32)) == WRONG_PASSPHRASE_MESSAGE


@pytest.mark.parametrize("kind", sorted(MALFORMED_HEADERS))
def test_malformed_header_rejected(kind):
    data = join(MALFORMED_HEADERS[kind], b"\x00" * 32)

    assert decrypt_error(data).startswith(MALFORMED_HEADER_START)


@pytest.mark.parametrize(
    "data",
    [
        MAGIC,
        MAGIC + b"\x00\x00",
        MAGIC + (0).to_bytes(4, "big") + b"{}",
        MAGIC + (4097).to_bytes(4, "big") + b"{" * 4097,
        MAGIC + (100).to_bytes(4, "big") + b'{"version":1}',
        b"PK\x03\x04" + b"\x00" * 40,
    ],
    ids=["magic_only", "short_length", "zero_length", "length_over_limit", "length_past_end", "zip"],
)
def test_malformed_prefix_rejected(data):
    assert decrypt_error(data).startswith(MALFORMED_HEADER_START)


@pytest.mark.parametrize(
    "parameters",
    [{"n": 2**40}, {"n": 2**20}, {"n": 2**17, "p": 2**30}, {"n": 2**17, "r": 2**20}],
    ids=["huge_n", "n_over_budget", "huge_p", "huge_r"],
)
def test_hostile_scrypt_cost_rejected_quickly(parameters):
    data = join(with_kdf(**parameters), b"\x00" * 32)

    started = time.perf_counter()
    message = decrypt_error(data)
    elapsed = time.perf_counter() - started

    assert message.startswith(MALFORMED_HEADER_START)
    assert elapsed < 0.5


def test_newer_version_asks_update():
    # A newer version may change every other field, so only the version is needed.
    message = decrypt_error(join({"version": 2, "aead": "?"}, b"\x00" * 32))

    assert "chiffrement version 2" in message
    assert "Mettez à jour TZCLD Desktop" in message


def test_oversized_input_rejected(monkeypatch):
    monkeypatch.setattr(encryption, "MAX_PLAINTEXT_SIZE", 10)
    with pytest.raises(ExchangeFileError) as caught:
        encrypt_bytes(b"x" * 11, PASSPHRASE)
    assert "taille maximale" in caught.value.message()

    data = encrypt_bytes(b"x" * 10, PASSPHRASE)
    monkeypatch.setattr(encryption, "MAX_ENCRYPTED_SIZE", len(data) - 1)
    assert "taille maximale" in decrypt_error(data)


def test_is_encrypted_reads_magic(tmp_path):
    encrypted = tmp_path / "chiffre.tzsync"
    encrypted.write_bytes(MAGIC + b"suite illisible")
    plain = tmp_path / "clair.tzsync"
    write_exchange_file(plain, {"sender": "Anne"}, {"a.ndjson": b"{}\n"})
    empty = tmp_path / "vide.tzsync"
    empty.write_bytes(b"")

    assert is_encrypted(encrypted)
    assert not is_encrypted(plain)
    assert not is_encrypted(empty)


# --- Container -------------------------------------------------------------------------


MEMBERS = {"changes.ndjson": b'{"name":"\xc3\x89chirolles-Ouest"}\n', "attachments/3f2a": b"abc"}


def test_container_round_trip(tmp_path):
    path = tmp_path / "export.tzsync"
    write_exchange_file(path, {"sender": "Anne"}, MEMBERS, passphrase=PASSPHRASE)

    read = read_exchange_file(path, PASSPHRASE)

    assert is_encrypted(path)
    assert read.members == MEMBERS
    assert read.manifest["sender"] == "Anne"
    assert os.listdir(tmp_path) == ["export.tzsync"]


def test_container_plain_ignores_passphrase(tmp_path):
    path = tmp_path / "export.tzsync"
    write_exchange_file(path, {"sender": "Anne"}, MEMBERS)

    assert not is_encrypted(path)
    assert read_exchange_file(path, PASSPHRASE).members == MEMBERS


def test_container_passphrase_required(tmp_path):
    path = tmp_path / "export.tzsync"
    write_exchange_file(path, {"sender": "Anne"}, MEMBERS, passphrase=PASSPHRASE)

    with pytest.raises(PassphraseRequired) as caught:
        read_exchange_file(path)

    assert caught.value.message() == PASSPHRASE_REQUIRED_MESSAGE


def test_container_write_error_encrypted(tmp_path, monkeypatch):
    def disk_full(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)

    with pytest.raises(ExchangeFileError) as caught:
        write_exchange_file(tmp_path / "x.tzsync", {"sender": "Anne"}, MEMBERS, PASSPHRASE)

    assert "Le disque est plein" in caught.value.message()
    assert os.listdir(tmp_path) == []


def test_container_validates_decrypted_archive(tmp_path):
    manifest = {
        "format": container.FORMAT_NAME,
        "format_version": container.FORMAT_VERSION,
        "min_reader_version": 1,
        "members": {"a.ndjson": {"sha256": hashlib.sha256(b"autre").hexdigest(), "size": 3}},
    }
    path = tmp_path / "faux.tzsync"
    path.write_bytes(encrypt_bytes(make_zip(manifest, {"a.ndjson": b"{}\n"}), PASSPHRASE))

    with pytest.raises(ExchangeFileError) as caught:
        read_exchange_file(path, PASSPHRASE)

    assert "empreinte SHA-256" in caught.value.message()


def test_container_decrypted_not_zip(tmp_path):
    path = tmp_path / "faux.tzsync"
    path.write_bytes(encrypt_bytes(b"du texte, pas une archive", PASSPHRASE))

    with pytest.raises(ExchangeFileError) as caught:
        read_exchange_file(path, PASSPHRASE)

    assert "ce n'est pas une archive zip" in caught.value.message()


# --- Exchange between two stores -------------------------------------------------------


def test_encrypted_export_hides_names(anne, encrypted_export):
    data = encrypted_export.read_bytes()

    assert is_encrypted(encrypted_export)
    assert "Échirolles".encode() not in data
    assert b"Le Teil" not in data
    assert b"registers.ndjson" not in data
    assert b"manifest.json" not in data


def test_encrypted_exchange_round_trip(bruno, encrypted_export):
    report = import_data(bruno, encrypted_export, PASSPHRASE)

    assert report.peer_person == "Anne"
    assert territory_names(bruno) == {"Fécamp", "Le Teil", "Échirolles-Ouest"}


def test_wrong_passphrase_database_unchanged(bruno, encrypted_export):
    before = database_bytes(bruno)

    with pytest.raises(ExchangeFileError) as caught:
        import_data(bruno, encrypted_export, OTHER_PASSPHRASE)

    assert caught.value.message() == WRONG_PASSPHRASE_MESSAGE
    assert database_bytes(bruno) == before


def test_missing_passphrase_database_unchanged(bruno, encrypted_export):
    before = database_bytes(bruno)

    with pytest.raises(PassphraseRequired) as caught:
        import_data(bruno, encrypted_export)

    assert caught.value.message() == PASSPHRASE_REQUIRED_MESSAGE
    assert database_bytes(bruno) == before


def flip_in_ciphertext(data: bytes) -> bytes:
    _, _, ciphertext = split(data)
    return flip_bit(data, len(data) - len(ciphertext) // 2)


def flip_in_salt(data: bytes) -> bytes:
    _, header, ciphertext = split(data)
    header["salt"] = base64.b64encode(flip_bit(base64.b64decode(header["salt"]), 5)).decode()
    return join(header, ciphertext)


def flip_in_header_json(data: bytes) -> bytes:
    # Flipping the low bit of the 8 in "r":8 gives "r":9, a valid but different header.
    header_bytes, _, _ = split(data)
    return flip_bit(data, len(MAGIC) + 4 + header_bytes.index(b'"r":8') + 4)


def flip_in_header_length(data: bytes) -> bytes:
    return flip_bit(data, len(MAGIC) + 3)


def flip_in_magic(data: bytes) -> bytes:
    return flip_bit(data, 0)


TAMPERED = {
    "ciphertext": (flip_in_ciphertext, WRONG_PASSPHRASE_MESSAGE),
    "tag": (lambda data: flip_bit(data, len(data) - 1), WRONG_PASSPHRASE_MESSAGE),
    "salt": (flip_in_salt, WRONG_PASSPHRASE_MESSAGE),
    "header_json": (flip_in_header_json, WRONG_PASSPHRASE_MESSAGE),
    "header_length": (flip_in_header_length, MALFORMED_HEADER_START),
    "magic": (flip_in_magic, "ce n'est pas une archive zip"),
    "truncated": (lambda data: data[: len(data) // 2], WRONG_PASSPHRASE_MESSAGE),
}


@pytest.mark.parametrize("kind", sorted(TAMPERED))
def test_tampered_file_database_unchanged(bruno, encrypted_export, kind):
    tamper, expected = TAMPERED[kind]
    encrypted_export.write_bytes(tamper(encrypted_export.read_bytes()))
    before = database_bytes(bruno)

    with pytest.raises(ExchangeFileError) as caught:
        import_data(bruno, encrypted_export, PASSPHRASE)

    assert expected in caught.value.message()
    assert database_bytes(bruno) == before
    assert territory_names(bruno) == {"Fécamp"}


# --- Command line ------------------------------------------------------------------------


def run_cli(*arguments):
    """Run the command line in a child process, where scrypt has its default cost."""
    return subprocess.run(
        [sys.executable, "-m", "tzcld_desktop", *arguments],
        capture_output=True, text=True, timeout=120,
    )


def test_cli_exchange_with_passphrase_file(anne, tmp_path):
    anne.close()
    exchange = tmp_path / "anne.tzsync"
    passphrase_file = tmp_path / "mot-de-passe.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    # The same passphrase as a Windows editor saves it: byte order mark and CRLF.
    windows_file = tmp_path / "mot-de-passe-windows.txt"
    windows_file.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\nligne ignor\xc3\xa9e\r\n")
    wrong_file = tmp_path / "faux.txt"
    wrong_file.write_text(OTHER_PASSPHRASE, encoding="utf-8")
    bruno = tmp_path / "bruno-cli"

    result = run_cli("--data-dir", str(tmp_path / "anne"), "export-data", str(exchange),
                     "--passphrase-file", str(passphrase_file))
    assert result.returncode == 0, result.stderr
    assert is_encrypted(exchange)
    assert split(exchange.read_bytes())[1]["kdf"]["n"] == DEFAULT_SCRYPT_N

    result = run_cli("--data-dir", str(bruno), "import-data", str(exchange))
    assert result.returncode == 1
    assert PASSPHRASE_REQUIRED_MESSAGE in result.stderr

    result = run_cli("--data-dir", str(bruno), "import-data", str(exchange),
                     "--passphrase-file", str(wrong_file))
    assert result.returncode == 1
    assert WRONG_PASSPHRASE_MESSAGE in result.stderr
    assert "Traceback" not in result.stderr

    result = run_cli("--data-dir", str(bruno), "import-data", str(exchange),
                     "--passphrase-file", str(windows_file))
    assert result.returncode == 0, result.stderr
    assert "Fichier envoyé par Anne" in result.stdout

    result = run_cli("--data-dir", str(bruno), "list-territories", "--format", "csv")
    assert "Échirolles-Ouest" in result.stdout
    assert "Le Teil" in result.stdout


def test_cli_missing_passphrase_file(tmp_path):
    exchange = tmp_path / "anne.tzsync"

    result = run_cli("--data-dir", str(tmp_path / "anne"), "export-data", str(exchange),
                     "--passphrase-file", str(tmp_path / "absent.txt"))

    assert result.returncode == 1
    assert "Le fichier de mot de passe" in result.stderr
    assert "est introuvable" in result.stderr
    assert "Traceback" not in result.stderr
    assert not exchange.exists()
