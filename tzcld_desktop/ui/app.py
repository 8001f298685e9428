"""Start the graphical interface: the application object, French, the store, the first window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QLockFile, QObject, QThread, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from tzcld_desktop.db import queries
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.backup import copy_backup_over
from tzcld_desktop.db.store import (
    APP_AUTHOR,
    APP_NAME,
    DB_FILE_NAME,
    CorruptStoreError,
    Store,
    open_store,
    run_daily_check,
)
from tzcld_desktop.domain import errors
from tzcld_desktop.domain.errors import StorageError
from tzcld_desktop.logging_setup import configure_logging
from tzcld_desktop.ui import collector, messages
from tzcld_desktop.ui.crash import install_excepthook
from tzcld_desktop.ui.context import AppContext, DataBus
from tzcld_desktop.ui.first_run import ProfileDialog
from tzcld_desktop.ui.i18n import install_language
from tzcld_desktop.ui.main_window import MainWindow, interface_language
from tzcld_desktop.ui.protection_dialog import (
    StartUnlock,
    seal_at_close,
    seal_folder_after_failed_start,
    unlock_at_start,
)

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
    """Open the store; after a corrupt file was moved aside, offer the newest intact backup.

    A large file is checked and backed up later, by ``DailyCheck`` once the window
    is shown.
    """
    try:
        return open_store(data_dir, daily_backup=False, check_every_open=False)
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
        return open_store(data_dir, daily_backup=False, check_every_open=False)


class _DailyCheckThread(QThread):
    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self._db_path = db_path
        self.intact = True
        self.error: StorageError | None = None

    def run(self) -> None:
        try:
            self.intact = run_daily_check(self._db_path)
        except StorageError as error:
            self.error = error


class DailyCheck(QObject):
    """The day's integrity check and backup, in a worker thread after the window is shown.

    On a damaged file the store keeps its session marker at close, so the next start
    checks the file first and offers the newest intact backup.
    """

    def __init__(self, store: Store, window: QWidget) -> None:
        super().__init__(window)
        self._store = store
        self._window = window
        self._thread = _DailyCheckThread(store.db_path)
        self._thread.finished.connect(self._finished)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        """Block until the check and backup end; called before the store closes."""
        # NOTE: a referent who quits during the backup of a large file waits for it
        # (about 5 s for 900 MiB), with no window shown.
        if self._thread.isRunning():
            log.info("Waiting for the daily backup to finish before quitting")
        self._thread.wait()

    def _finished(self) -> None:
        if self._thread.error is not None:
            log.error("Daily backup of %s not made: %s", self._store.db_path, self._thread.error)
            messages.show_user_error(
                self._window, QCoreApplication.translate("App", "Sauvegarde quotidienne non faite"),
                self._thread.error,
            )
        elif not self._thread.intact:
            self._store.check_at_next_open()
            messages.warning(
                self._window,
                QCoreApplication.translate("App", "Fichier de données endommagé"),
                QCoreApplication.translate(
                    "App",
                    "La vérification quotidienne a trouvé des erreurs dans le fichier de données {path}. "
                    "Fermez TZCLD Desktop puis rouvrez-le : le fichier sera mis de côté et la dernière "
                    "sauvegarde intacte vous sera proposée.",
                ).format(path=str(self._store.db_path)),
            )


def run_gui(data_dir: Path) -> int:
    """Run the interface on the data folder ``data_dir`` and return the process exit code.

    Returns 1 when the data folder cannot be opened or is in use by another window, and
    0 without saving anything when the referent cancels the first-start dialog.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    # Before any worker thread starts: Qt objects must never be freed from one.
    collector.install(app)
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

    unlocked = StartUnlock(cancelled=False)
    try:
        unlocked = unlock_at_start(data_dir)
        if unlocked.cancelled:
            lock.unlock()
            return 0
        store = _open_with_recovery(data_dir)
    except StorageError as error:
        log.error("Data folder %s not opened: %s", data_dir, error)
        messages.show_user_error(
            None, QCoreApplication.translate("App", "Données inaccessibles"), error
        )
        if unlocked.key is not None:
            # The files were decrypted for this start: encrypt them again before quitting.
            seal_folder_after_failed_start(data_dir, unlocked.key)
        lock.unlock()
        return 1
    store.protection_key = unlocked.key

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
        daily_check = DailyCheck(store, window)
        # Started from the event loop, so the window is painted first.
        QTimer.singleShot(0, daily_check.start)
        try:
            return app.exec()
        finally:
            daily_check.wait()
    finally:
        store.close()
        seal_at_close(store)
        lock.unlock()
