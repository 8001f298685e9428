"""Passphrase encryption of exchange files, for files that travel by e-mail.

An encrypted file has this layout::

    MAGIC | header length (4 bytes, big-endian) | header (UTF-8 JSON) | ciphertext and GCM tag

The header stores the encryption version, the key derivation function with its
parameters, the salt and the nonce. The key is derived from the passphrase with scrypt
and the payload is encrypted with AES-256-GCM. Every byte before the ciphertext is passed
as associated data, so a changed header fails authentication just like a changed
ciphertext. MAGIC and the 4-byte length keep this layout in every version, so that an
older reader can parse the header of a newer file and ask the user to update.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import unicodedata
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from tzcld_desktop.domain.errors import ExchangeFileError

__all__ = [
    "WrongPassphrase",
    "ENCRYPTION_VERSION",
    "MAGIC",
    "MAX_ENCRYPTED_SIZE",
    "MAX_HEADER_SIZE",
    "MAX_PLAINTEXT_SIZE",
    "MAX_SCRYPT_COST",
    "SCRYPT_N",
    "SCRYPT_P",
    "SCRYPT_R",
    "PassphraseRequired",
    "decrypt_bytes",
    "encrypt_bytes",
    "is_encrypted",
]

MAGIC = b"TZCLD-ENC\n"
# Version of the header this code writes, and the newest version it reads.
ENCRYPTION_VERSION = 1

CIPHER_NAME = "AES-256-GCM"
KDF_NAME = "scrypt"

# scrypt cost for new files. n = 2**17, r = 8, p = 1 is the minimum that the OWASP
# Password Storage Cheat Sheet (2023 edition) gives for scrypt. Each guess then needs
# 128 * n * r = 128 MiB of memory, which makes guessing the passphrase of an intercepted
# file costly even on GPUs. The derivation runs once per export or import and took about
# 0.8 s on a 2-core AMD EPYC virtual machine with cryptography 50. The 2**15 that some
# libraries use is sized for logins, which run far more often than file exchanges.
# The values are stored in each header, so they can be raised without breaking old files.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1

# Maximum n * r * p that a header may request. scrypt needs 128 * n * r bytes of memory
# and its time grows with n * r * p, so a hostile header can cost at most 512 MiB and
# about 4 times the default derivation time. The default uses 2**20 of this budget, which
# leaves room to raise n to 2**19.
MAX_SCRYPT_COST = 2**22

KEY_SIZE = 32  # AES-256
SALT_SIZE = 16
NONCE_SIZE = 12  # The 96-bit nonce that GCM is specified for.
TAG_SIZE = 16

_LENGTH_SIZE = 4
# Maximum size of the JSON header. A real header takes about 200 bytes.
MAX_HEADER_SIZE = 4096
# cryptography rejects AEAD input longer than 2**31 - 1 bytes with OverflowError, and the
# ciphertext passed to decrypt includes the tag.
MAX_PLAINTEXT_SIZE = 2**31 - 1 - TAG_SIZE
MAX_ENCRYPTED_SIZE = len(MAGIC) + _LENGTH_SIZE + MAX_HEADER_SIZE + MAX_PLAINTEXT_SIZE + TAG_SIZE

_HEADER_KEYS = frozenset({"version", "cipher", "kdf", "salt", "nonce"})
_SCRYPT_KEYS = frozenset({"name", "n", "r", "p"})


class WrongPassphrase(ExchangeFileError):
    """Error raised when decryption fails: a wrong passphrase, or encrypted bytes altered.

    AES-GCM cannot tell the two apart; the interface asks for the passphrase again.
    """


class PassphraseRequired(ExchangeFileError):
    """Error raised when an exchange file is encrypted and its passphrase is missing or empty.

    The interface catches it to ask the user for the passphrase, then reads the file again.
    """


class _MalformedHeader(ValueError):
    """A failed check of the encryption header, named in the message."""


class _NewerVersion(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(f"encryption version {version}")
        self.version = version


def is_encrypted(path: Path) -> bool:
    """Return whether the file at ``path`` starts with MAGIC, reading only those bytes.

    Raises OSError when the file cannot be opened or read.
    """
    with Path(path).open("rb") as file:
        return file.read(len(MAGIC)) == MAGIC


def encrypt_bytes(plain: bytes, passphrase: str) -> bytes:
    """Encrypt ``plain`` with a key derived from ``passphrase`` and return the file content.

    Every call draws a new salt, so a new key, and a new nonce. Raises ExchangeFileError
    for an empty passphrase or for ``plain`` longer than MAX_PLAINTEXT_SIZE.
    """
    if not passphrase:
        raise ExchangeFileError(
            "Le mot de passe est vide. Choisissez un mot de passe pour protéger le fichier "
            "d'échange, ou exportez-le sans mot de passe."
        )
    if len(plain) > MAX_PLAINTEXT_SIZE:
        raise ExchangeFileError(
            "Les données à exporter dépassent la taille maximale d'un fichier d'échange "
            "protégé par un mot de passe (environ 2\u00a0Gio). Exportez-les sans mot de passe "
            "ou retirez les pièces jointes les plus volumineuses, puis exportez de nouveau."
        )

    salt = os.urandom(SALT_SIZE)
    nonce = os.urandom(NONCE_SIZE)
    header = {
        "version": ENCRYPTION_VERSION,
        "cipher": CIPHER_NAME,
        "kdf": {"name": KDF_NAME, "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
        "salt": base64.b64encode(salt).decode("ascii"),
        "nonce": base64.b64encode(nonce).decode("ascii"),
    }
    header_bytes = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
    prefix = MAGIC + len(header_bytes).to_bytes(_LENGTH_SIZE, "big") + header_bytes

    key = _derive_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return prefix + AESGCM(key).encrypt(nonce, plain, prefix)


def decrypt_bytes(data: bytes, passphrase: str) -> bytes:
    """Check and decrypt the content of an encrypted file and return the plaintext.

    Raises PassphraseRequired for an empty passphrase. Raises ExchangeFileError when the
    header is malformed or from a newer version, when ``data`` is too large, and when
    authentication fails. A wrong passphrase and changed data cannot be distinguished, so
    both give the same message.
    """
    if not passphrase:
        raise PassphraseRequired(
            "Le mot de passe est vide. Saisissez le mot de passe que l'expéditeur vous a "
            "communiqué."
        )
    if len(data) > MAX_ENCRYPTED_SIZE:
        raise ExchangeFileError(
            "Le fichier d'échange dépasse la taille maximale d'un fichier protégé par un "
            "mot de passe (environ 2\u00a0Gio). Il a été modifié ou ne provient pas de TZCLD "
            "Desktop : ne l'importez pas et demandez un nouveau fichier à l'expéditeur."
        )

    try:
        prefix_size, header = _parse_header(data)
    except _NewerVersion as error:
        raise ExchangeFileError(
            "Ce fichier d'échange a été protégé par une version plus récente de TZCLD "
            "Desktop (chiffrement version {version}, alors que cette version de l'application "
            "lit jusqu'à la version {supported}). Mettez à jour TZCLD Desktop, puis importez "
            "de nouveau ce fichier.",
            version=error.version,
            supported=ENCRYPTION_VERSION,
        ) from error
    except _MalformedHeader as error:
        raise ExchangeFileError(
            "L'en-tête de chiffrement de ce fichier d'échange est invalide : le fichier a été "
            "endommagé ou modifié en route, ou ne provient pas de TZCLD Desktop. Demandez un "
            "nouveau fichier à l'expéditeur."
        ) from error

    kdf = header["kdf"]
    key = _derive_key(passphrase, header["salt"], kdf["n"], kdf["r"], kdf["p"])
    prefix = data[:prefix_size]
    try:
        return AESGCM(key).decrypt(header["nonce"], data[prefix_size:], prefix)
    except InvalidTag as error:
        raise WrongPassphrase(
            "Le mot de passe est incorrect, ou le fichier a été modifié ou endommagé en "
            "route. Vérifiez le mot de passe avec l'expéditeur ; s'il est juste, "
            "demandez-lui un nouveau fichier."
        ) from error


def _derive_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # NFC makes a passphrase typed with a precomposed "é" and one pasted with "e" plus a
    # combining accent give the same key.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    try:
        return Scrypt(salt=salt, length=KEY_SIZE, n=n, r=r, p=p).derive(secret)
    except MemoryError as error:
        raise ExchangeFileError(
            "La mémoire disponible ne suffit pas pour calculer la clé de chiffrement du "
            "fichier d'échange ({memory}\u00a0Mio nécessaires). Fermez d'autres applications, "
            "puis réessayez.",
            memory=128 * n * r // 2**20,
        ) from error


def _parse_header(data: bytes) -> tuple[int, dict[str, Any]]:
    """Parse and check the header, and return the size of the prefix and the decoded header.

    In the result, ``salt`` and ``nonce`` are bytes. Raises _NewerVersion for a version
    above ENCRYPTION_VERSION, before checking the other fields, and _MalformedHeader for
    any other failed check.
    """
    if not data.startswith(MAGIC):
        raise _MalformedHeader("missing magic prefix")
    length_end = len(MAGIC) + _LENGTH_SIZE
    if len(data) < length_end:
        raise _MalformedHeader("truncated header length")
    header_size = int.from_bytes(data[len(MAGIC):length_end], "big")
    if not 0 < header_size <= MAX_HEADER_SIZE:
        raise _MalformedHeader(f"header size {header_size} out of bounds")
    prefix_size = length_end + header_size
    if len(data) < prefix_size:
        raise _MalformedHeader("truncated header")

    header = _load_header_json(data[length_end:prefix_size])
    version = header.get("version")
    if not _is_positive_int(version):
        raise _MalformedHeader(f"invalid version {version!r}")
    if version > ENCRYPTION_VERSION:
        raise _NewerVersion(version)

    if header.keys() != _HEADER_KEYS:
        raise _MalformedHeader(f"unexpected header keys {sorted(header)}")
    if header["cipher"] != CIPHER_NAME:
        raise _MalformedHeader(f"unknown cipher {header['cipher']!r}")
    _check_scrypt_parameters(header["kdf"])
    return prefix_size, {
        **header,
        "salt": _decode_base64(header["salt"], SALT_SIZE, "salt"),
        "nonce": _decode_base64(header["nonce"], NONCE_SIZE, "nonce"),
    }


def _load_header_json(header_bytes: bytes) -> dict[str, Any]:
    def reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            raise _MalformedHeader("duplicate key in header")
        return result

    try:
        header = json.loads(header_bytes.decode("utf-8"), object_pairs_hook=reject_duplicates)
    except _MalformedHeader:
        raise
    except (ValueError, RecursionError) as error:
        # ValueError includes UnicodeDecodeError and json.JSONDecodeError.
        raise _MalformedHeader(f"header is not valid JSON: {error}") from error
    if not isinstance(header, dict):
        raise _MalformedHeader("header is not a JSON object")
    return header


def _check_scrypt_parameters(kdf: object) -> None:
    """Raise _MalformedHeader unless ``kdf`` names scrypt with parameters it can run."""
    if not isinstance(kdf, dict) or kdf.keys() != _SCRYPT_KEYS:
        raise _MalformedHeader(f"invalid kdf {kdf!r}")
    if kdf["name"] != KDF_NAME:
        raise _MalformedHeader(f"unknown kdf {kdf['name']!r}")
    n, r, p = kdf["n"], kdf["r"], kdf["p"]
    if not (_is_positive_int(n) and _is_positive_int(r) and _is_positive_int(p)):
        raise _MalformedHeader(f"invalid scrypt parameters n={n!r} r={r!r} p={p!r}")
    # scrypt requires n to be a power of two above 1.
    if n < 2 or n & (n - 1):
        raise _MalformedHeader(f"scrypt n={n} is not a power of two above 1")
    if n * r * p > MAX_SCRYPT_COST:
        raise _MalformedHeader(f"scrypt cost n*r*p={n * r * p} exceeds {MAX_SCRYPT_COST}")


def _decode_base64(value: object, size: int, field: str) -> bytes:
    if not isinstance(value, str):
        raise _MalformedHeader(f"{field} is not a string")
    try:
        decoded = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as error:
        raise _MalformedHeader(f"{field} is not valid base64") from error
    if len(decoded) != size:
        raise _MalformedHeader(f"{field} has {len(decoded)} bytes instead of {size}")
    return decoded


def _is_positive_int(value: object) -> bool:
    # bool is a subclass of int, but true and false are not versions or costs.
    return isinstance(value, int) and not isinstance(value, bool) and value > 0
