"""The key file of a passphrase-protected data folder (see ``db/protection.py``).

``protection.cle`` contains a random 256-bit data key, as JSON encrypted with the passphrase
in the format of the exchange files (scrypt, then AES-256-GCM, ``sync/encryption.py``).
Turning protection off needs the passphrase too, so a wrong one changes nothing.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import tempfile
from pathlib import Path

from tzcld_desktop.db.protection import key_file, remove_encrypted_copies
from tzcld_desktop.domain.errors import ExchangeFileError, StorageError
from tzcld_desktop.sync.encryption import WrongPassphrase, decrypt_bytes, encrypt_bytes

log = logging.getLogger(__name__)

KEY_FILE_VERSION = 1
DATA_KEY_SIZE = 32  # AES-256


class WrongDataPassphrase(StorageError):
    """The passphrase typed does not open the key file of the data folder."""


def enable(data_dir: Path, passphrase: str) -> bytes:
    """Turn protection on: write a key file for a new data key, and return that key.

    Nothing is encrypted yet; ``db.protection.seal`` does it when the application closes.
    """
    data_key = os.urandom(DATA_KEY_SIZE)
    content = json.dumps({"version": KEY_FILE_VERSION, "key": base64.b64encode(data_key).decode("ascii")})
    _write_atomically(key_file(data_dir), encrypt_bytes(content.encode("ascii"), passphrase))
    log.info("Passphrase protection turned on for %s", data_dir)
    return data_key


def unlock(data_dir: Path, passphrase: str) -> bytes:
    """Return the data key that ``passphrase`` opens; change nothing.

    Raises ``WrongDataPassphrase`` for a wrong passphrase or an altered key file, and
    ``StorageError`` when the key file cannot be read or is damaged.
    """
    path = key_file(data_dir)
    try:
        content = path.read_bytes()
    except OSError as error:
        raise StorageError(
            "Le fichier de clé {path} n'a pas pu être lu ({error}). Vérifiez que le dossier de données est "
            "accessible, puis recommencez.",
            path=str(path),
            error=error.strerror or str(error),
        ) from error
    try:
        plain = decrypt_bytes(content, passphrase)
    except WrongPassphrase as error:
        raise WrongDataPassphrase(
            "Le mot de passe est incorrect : vos données n'ont pas été déchiffrées et rien n'a été modifié. "
            "Vérifiez la touche Verr. Maj et la disposition du clavier, puis recommencez."
        ) from error
    except ExchangeFileError as error:
        raise _damaged_key_file(path) from error
    try:
        data_key = base64.b64decode(json.loads(plain)["key"], validate=True)
    except (ValueError, KeyError, TypeError) as error:
        raise _damaged_key_file(path) from error
    if len(data_key) != DATA_KEY_SIZE:
        raise _damaged_key_file(path)
    return data_key


def disable(data_dir: Path, passphrase: str) -> None:
    """Turn protection off after checking ``passphrase``: the files stay plain from now on.

    Must run while the files are plain (the application open). Raises
    ``WrongDataPassphrase`` and changes nothing when the passphrase is wrong.
    """
    unlock(data_dir, passphrase)
    remove_encrypted_copies(data_dir)
    key_file(data_dir).unlink()
    log.info("Passphrase protection turned off for %s", data_dir)


def _damaged_key_file(path: Path) -> StorageError:
    return StorageError(
        "Le fichier de clé {path} est endommagé : vos données protégées ne peuvent pas être déchiffrées. "
        "Remettez ce fichier depuis une copie du dossier de données.",
        path=str(path),
    )


def _write_atomically(path: Path, content: bytes) -> None:
    temporary: str | None = None
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        raise StorageError(
            "Le fichier {path} n'a pas pu être écrit ({error}). Libérez de la place ou vérifiez que le dossier "
            "est accessible en écriture, puis recommencez.",
            path=str(path),
            error=error.strerror or str(error),
        ) from error
