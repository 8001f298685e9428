"""Start the graphical interface: the application object, French, the store, the first window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QLockFile, QTranslator
from PySide6.QtWidgets import QApplication

from tzcld_desktop.db import queries
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.backup import copy_backup_over
from tzcld_desktop.db.store import APP_AUTHOR, APP_NAME, DB_FILE_NAME, CorruptStoreError, Store, open_store
from tzcld_desktop.domain import errors
from tzcld_desktop.domain.errors import StorageError
from tzcld_desktop.logging_setup import configure_logging
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.crash import install_excepthook
from tzcld_desktop.ui.context import AppContext, DataBus
from tzcld_desktop.ui.first_run import ProfileDialog
from tzcld_desktop.ui.i18n import install_language
from tzcld_desktop.ui.main_window import MainWindow, interface_language

log = logging.getLogger(__name__)

# Installed translators must outlive the call that installs them, or Qt drops them.
_translators: list[QTranslator] = []


def install_french(app: QCoreApplication) -> None:
    """Make French the language of Qt's own texts, of dates and numbers, and of user errors.

    French is the source language of the application's texts, so only Qt's translation
    (``qtbase_fr``, for "Oui", "Annuler" and the file dialogs) is loaded. Calling this
    again does nothing more.
    """
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    errors.set_translator(QCoreApplication.translate)
    if _translators:
        return
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load("qtbase_fr", folder):
        app.installTranslator(translator)
        _translators.append(translator)
    else:
        log.warning("Qt's French translation qtbase_fr was not found in %s", folder)


def build_main_window(context: AppContext) -> MainWindow:
    """Return the main window of ``context``, not shown yet."""
    return MainWindow(context)


LOCK_FILE_NAME = "tzcld.lock"


def lock_data_dir(data_dir: Path) -> QLockFile | None:
    """Take the data folder's lock, or return None when another window holds it.

    A lock left by a crashed process (its process id no longer runs on this machine)
    is recovered by QLockFile itself.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / LOCK_FILE_NAME))
    # Never treat a lock as stale because of its age: a window may stay open for days.
    lock.setStaleLockTime(0)
    if lock.tryLock(100):
        return lock
    return None


def _open_with_recovery(data_dir: Path) -> Store | None:
    """Open the store; after a corrupt file was moved aside, offer the newest intact backup."""
    try:
        return open_store(data_dir)
    except CorruptStoreError as error:
        log.warning("Corrupt store in %s moved aside to %s", data_dir, error.moved_to.name)
        title = QCoreApplication.translate("App", "Fichier de données endommagé")
        if error.backup is not None:
            question = error.message() + "\n\n" + QCoreApplication.translate(
                "App", "Restaurer cette sauvegarde ? Sinon, l'application repart d'un fichier vide."
            )
            if messages.confirm(None, title, question):
                copy_backup_over(error.backup.path, data_dir / DB_FILE_NAME)
                log.info("Backup %s restored after corruption", error.backup.path.name)
        else:
            messages.show_user_error(None, title, error)
        return open_store(data_dir)


def run_gui(data_dir: Path) -> int:
    """Run the interface on the data folder ``data_dir`` and return the process exit code.

    Returns 1 when the data folder cannot be opened or is in use by another window, and
    0 without saving anything when the referent cancels the first-start dialog.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    install_language(app, interface_language(data_dir))
    install_excepthook(configure_logging())

    try:
        lock = lock_data_dir(data_dir)
    except OSError as error:
        lock, lock_error = None, error
    else:
        lock_error = None
    if lock is None:
        log.warning("Data folder %s already in use (%s)", data_dir, lock_error)
        messages.warning(
            None,
            QCoreApplication.translate("App", "Dossier déjà ouvert"),
            QCoreApplication.translate(
                "App",
                "Le dossier de données {folder} est déjà ouvert dans une autre fenêtre de TZCLD Desktop. "
                "Revenez à cette fenêtre, ou fermez-la avant de rouvrir l'application.",
            ).format(folder=str(data_dir)),
        )
        return 1

    try:
        store = _open_with_recovery(data_dir)
    except StorageError as error:
        log.error("Data folder %s not opened: %s", data_dir, error)
        messages.show_user_error(
            None, QCoreApplication.translate("App", "Données inaccessibles"), error
        )
        lock.unlock()
        return 1

    try:
        context = AppContext(store, Services(store), DataBus())
        with store.session() as session:
            has_profile = queries.get_profile(session) is not None
        if not has_profile:
            dialog = ProfileDialog(context)
            if dialog.exec() != ProfileDialog.DialogCode.Accepted:
                log.info("First-start dialog cancelled; quitting")
                return 0
        window = build_main_window(context)
        window.show()
        return app.exec()
    finally:
        store.close()
        lock.unlock()
