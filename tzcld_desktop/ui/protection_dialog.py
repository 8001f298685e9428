"""Passphrase protection of the data folder from the interface: turning it on and off, and the start prompt."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tzcld_desktop.db import protection
from tzcld_desktop.domain.errors import StorageError
from tzcld_desktop.ui import messages

if TYPE_CHECKING:
    from tzcld_desktop.db.store import Store

log = logging.getLogger(__name__)

CONTEXT = "Protection"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class StartUnlock:
    """The outcome of the start prompt: quit, or go on with the data key (None when unprotected)."""

    cancelled: bool
    key: bytes | None = None


def unlock_at_start(data_dir: Path, parent: QWidget | None = None) -> StartUnlock:
    """Ask the passphrase of a protected data folder and decrypt it; ask again after a wrong one.

    Returns at once for an unprotected folder. A wrong passphrase shows a message and
    changes nothing. Raises ``StorageError`` when the decrypted files cannot be written
    or the database's encrypted copy is damaged.
    """
    if not protection.is_protected(data_dir):
        return StartUnlock(cancelled=False)
    # Imported here, so that this module adds no import of the cryptography package to the start.
    from tzcld_desktop.sync import folder_key

    title = _tr("Données protégées par un mot de passe")
    text = _tr("Les données de ce dossier sont protégées. Saisissez votre mot de passe pour les ouvrir.\n\n{folder}")
    while True:
        passphrase = messages.ask_passphrase(parent, title, text.format(folder=str(data_dir)), confirm=False)
        if passphrase is None:
            log.info("Passphrase prompt cancelled; quitting without opening %s", data_dir)
            return StartUnlock(cancelled=True)
        try:
            key = folder_key.unlock(data_dir, passphrase)
        except folder_key.WrongDataPassphrase as error:
            log.warning("Wrong passphrase for the protected data folder %s", data_dir)
            messages.show_user_error(parent, title, error)
            continue
        break
    report = protection.unseal(data_dir, key)
    if report.crash_recovered:
        messages.warning(parent, title, _tr(
            "TZCLD Desktop ne s'est pas fermé normalement la dernière fois : vos données sont restées non "
            "chiffrées sur le disque depuis. Elles sont intactes et seront de nouveau chiffrées quand vous "
            "fermerez l'application."
        ))
    if report.damaged:
        messages.warning(parent, title, _tr(
            "Ces copies chiffrées sont endommagées et n'ont pas pu être déchiffrées : {files}. Vos données "
            "actuelles sont intactes ; ces copies seront supprimées à la fermeture."
        ).format(files=", ".join(report.damaged)))
    return StartUnlock(cancelled=False, key=key)


def seal_at_close(store: Store, parent: QWidget | None = None) -> None:
    """Encrypt the data folder of a closed store when protection is on; show a message if it fails."""
    if store.protection_key is None:
        return
    try:
        protection.seal(store.data_dir, store.protection_key)
    except StorageError as error:
        log.error("Data folder %s not encrypted at close: %s", store.data_dir, error)
        messages.show_user_error(parent, _tr("Chiffrement impossible"), error)


def seal_folder_after_failed_start(data_dir: Path, key: bytes) -> None:
    """Encrypt again a folder decrypted for a start that then failed; log what cannot be done."""
    try:
        protection.seal(data_dir, key)
    except (StorageError, OSError) as error:
        log.error("Data folder %s left unencrypted after a failed start: %s", data_dir, error)


def toggle_protection(parent: QWidget | None, store: Store) -> bool:
    """Turn protection on or off after the user's confirmation; return whether it is on afterwards."""
    if protection.is_protected(store.data_dir):
        disable_protection(parent, store)
    else:
        enable_protection(parent, store)
    return protection.is_protected(store.data_dir)


def enable_protection(parent: QWidget | None, store: Store) -> bool:
    """Ask a new passphrase twice and turn protection on; return whether it was turned on."""
    title = _tr("Protéger par mot de passe")
    passphrase = messages.ask_passphrase(parent, title, _tr(
        "À la fermeture de TZCLD Desktop, vos données et leurs sauvegardes seront chiffrées avec ce mot de passe "
        "(AES-256) ; il vous sera demandé à chaque démarrage. Cela protège vos données si l'ordinateur éteint est "
        "perdu ou volé, pas pendant que l'application est ouverte.\n\n"
        "Sans ce mot de passe, personne ne peut récupérer les données, pas même l'équipe nationale : notez-le en "
        "lieu sûr. Les documents joints (dossier « documents ») ne sont pas chiffrés."
    ), confirm=True)
    if passphrase is None:
        return False
    from tzcld_desktop.sync import folder_key

    try:
        store.protection_key = folder_key.enable(store.data_dir, passphrase)
    except StorageError as error:
        messages.show_user_error(parent, title, error)
        return False
    messages.information(parent, title, _tr(
        "La protection est activée. Vos données seront chiffrées à la fermeture de l'application."))
    return True


def disable_protection(parent: QWidget | None, store: Store) -> bool:
    """Check the passphrase and turn protection off; return whether it was turned off."""
    title = _tr("Retirer la protection par mot de passe")
    passphrase = messages.ask_passphrase(parent, title, _tr(
        "Saisissez votre mot de passe pour retirer la protection. Vos données ne seront plus chiffrées à la "
        "fermeture de l'application."
    ), confirm=False)
    if passphrase is None:
        return False
    from tzcld_desktop.sync import folder_key

    try:
        folder_key.disable(store.data_dir, passphrase)
    except StorageError as error:
        messages.show_user_error(parent, title, error)
        return False
    store.protection_key = None
    messages.information(parent, title, _tr(
        "La protection est retirée. Vos données restent non chiffrées sur ce disque."))
    return True
