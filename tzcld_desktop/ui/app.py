"""Start the graphical interface: the application object, French, the store, the first window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from tzcld_desktop.db import queries
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import APP_AUTHOR, APP_NAME, open_store
from tzcld_desktop.domain import errors
from tzcld_desktop.domain.errors import StorageError
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext, DataBus
from tzcld_desktop.ui.first_run import ProfileDialog
from tzcld_desktop.ui.main_window import MainWindow

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


def run_gui(data_dir: Path) -> int:
    """Run the interface on the data folder ``data_dir`` and return the process exit code.

    Returns 1 when the data folder cannot be opened, and 0 without saving anything when
    the referent cancels the first-start dialog.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    install_french(app)

    try:
        store = open_store(data_dir)
    except StorageError as error:
        log.error("Data folder %s not opened: %s", data_dir, error)
        messages.show_user_error(
            None, QCoreApplication.translate("App", "Données inaccessibles"), error
        )
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
