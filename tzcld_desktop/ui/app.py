"""Start the graphical interface: the application object, French, the store, the first window.

The main window shows first, with its menus and a loading message, and the database
layer (SQLAlchemy, the models, the screens) is imported in a worker thread once it is
painted. The store is then opened and the screens are built on it (``StoreOpening``).
"""

from __future__ import annotations

import importlib
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QLockFile, QObject, QThread, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from tzcld_desktop.db.backup import copy_backup_over
from tzcld_desktop.domain import errors
from tzcld_desktop.domain.errors import StorageError
from tzcld_desktop.locations import APP_AUTHOR, APP_NAME
from tzcld_desktop.logging_setup import configure_logging
from tzcld_desktop.ui import collector, messages
from tzcld_desktop.ui.crash import install_excepthook
from tzcld_desktop.ui.i18n import install_language
from tzcld_desktop.ui.main_window import SCREEN_MODULES, MainWindow, interface_language
from tzcld_desktop.ui.protection_dialog import (
    seal_at_close,
    seal_folder_after_failed_start,
    unlock_at_start,
)

if TYPE_CHECKING:
    from tzcld_desktop.db.store import Store
    from tzcld_desktop.ui.context import AppContext

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


def _open_with_recovery(data_dir: Path, parent: QWidget | None = None) -> Store:
    """Open the store; after a corrupt file was moved aside, offer the newest intact backup.

    A large file is checked and backed up later, by ``DailyCheck`` once the window
    is shown.
    """
    from tzcld_desktop.db import store as store_module

    try:
        return store_module.open_store(data_dir, daily_backup=False, check_every_open=False)
    except store_module.CorruptStoreError as error:
        log.warning("Corrupt store in %s moved aside to %s", data_dir, error.moved_to.name)
        title = QCoreApplication.translate("App", "Fichier de données endommagé")
        if error.backup is not None:
            question = error.message() + "\n\n" + QCoreApplication.translate(
                "App", "Restaurer cette sauvegarde ? Sinon, l'application repart d'un fichier vide."
            )
            if messages.confirm(parent, title, question):
                copy_backup_over(error.backup.path, data_dir / store_module.DB_FILE_NAME)
                log.info("Backup %s restored after corruption", error.backup.path.name)
        else:
            messages.show_user_error(parent, title, error)
        return store_module.open_store(data_dir, daily_backup=False, check_every_open=False)


class _DailyCheckThread(QThread):
    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self._db_path = db_path
        self.intact = True
        self.error: StorageError | None = None

    def run(self) -> None:
        from tzcld_desktop.db.store import run_daily_check

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


class _ImportThread(QThread):
    """Imports the modules of the screens, so the window stays responsive meanwhile."""

    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__()
        self._names = names
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            for name in self._names:
                importlib.import_module(name)
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread
            self.error = error


class StoreOpening(QObject):
    """Opens the store behind a shown main window, then builds its screens on it.

    ``exit_code`` is what the start returns: 1 when the folder cannot be opened, 0
    otherwise (also when the referent cancels the first-start dialog).
    """

    def __init__(self, window: MainWindow, data_dir: Path, protection_key: bytes | None) -> None:
        super().__init__(window)
        self._window = window
        self._data_dir = data_dir
        self._protection_key = protection_key
        self._thread = _ImportThread(SCREEN_MODULES)
        self._thread.finished.connect(self._modules_loaded)
        self.store: Store | None = None
        self.daily_check: DailyCheck | None = None
        self.exit_code = 0
        self._sealed_after_failure = False

    def start(self) -> None:
        self._thread.start()

    def _modules_loaded(self) -> None:
        if self._thread.error is not None:
            self.exit_code = 1
            raise self._thread.error
        if not self._window.isVisible():
            return  # closed while the modules loaded: the start ends here
        try:
            self.store = _open_with_recovery(self._data_dir, self._window)
        except StorageError as error:
            log.error("Data folder %s not opened: %s", self._data_dir, error)
            messages.show_user_error(
                self._window, QCoreApplication.translate("App", "Données inaccessibles"), error
            )
            self._seal_unopened_folder()
            self.exit_code = 1
            self._window.close()
            return
        self.store.protection_key = self._protection_key
        context = self._context(self.store)
        if context is None:
            self._window.close()
            return
        self._window.attach(context)
        self.daily_check = DailyCheck(self.store, self._window)
        # Started from the event loop, so the screens are painted first.
        QTimer.singleShot(0, self.daily_check.start)

    def _context(self, store: Store) -> AppContext | None:
        """Return the application context, after the first-start dialog when there is no profile yet."""
        from tzcld_desktop.db import queries
        from tzcld_desktop.db.services import Services
        from tzcld_desktop.ui.context import AppContext, DataBus
        from tzcld_desktop.ui.first_run import ProfileDialog

        context = AppContext(store, Services(store), DataBus())
        with store.session() as session:
            has_profile = queries.get_profile(session) is not None
        if not has_profile:
            dialog = ProfileDialog(context, self._window)
            if dialog.exec() != ProfileDialog.DialogCode.Accepted:
                log.info("First-start dialog cancelled; quitting")
                return None
        return context

    def finish(self) -> None:
        """Wait for the work started, then close and seal the store; called once the window is closed."""
        self._thread.wait()
        if self.daily_check is not None:
            self.daily_check.wait()
        if self.store is not None:
            self.store.close()
            seal_at_close(self.store)
        else:
            # Closed before the store opened.
            self._seal_unopened_folder()

    def _seal_unopened_folder(self) -> None:
        """Encrypt again the files decrypted for this start, when the store did not open."""
        if self._protection_key is not None and not self._sealed_after_failure:
            self._sealed_after_failure = True
            seal_folder_after_failed_start(self._data_dir, self._protection_key)


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

    try:
        unlocked = unlock_at_start(data_dir)
    except StorageError as error:
        log.error("Data folder %s not opened: %s", data_dir, error)
        messages.show_user_error(None, QCoreApplication.translate("App", "Données inaccessibles"), error)
        lock.unlock()
        return 1
    if unlocked.cancelled:
        lock.unlock()
        return 0

    window = MainWindow(data_dir=data_dir)
    opening = StoreOpening(window, data_dir, unlocked.key)
    window.show()
    # Started from the event loop, so the window is painted before the imports begin.
    QTimer.singleShot(0, opening.start)
    try:
        app.exec()
    finally:
        opening.finish()
        lock.unlock()
    return opening.exit_code
