"""The main window: the two tabs, the File menu and its imports and exports."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from tzcld_desktop.db import queries
from tzcld_desktop.db.territory_import import import_territory_list
from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.sync.exchange import export_data, import_data
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.first_run import ProfileDialog
from tzcld_desktop.ui.meetings_panel import MeetingsPanel
from tzcld_desktop.ui.tasks import run_task
from tzcld_desktop.ui.territory_panel import TerritoryPanel

log = logging.getLogger(__name__)

SETTINGS_FILE_NAME = "interface.ini"
EXCHANGE_SUFFIX = ".tzsync"
# Every table an exchange file can change, so that every view reloads after an import.
EXCHANGED_TABLES = ("territory", "cluster", "meeting", "meeting_territory", "action")
# A summary longer than this shows its first lines, and the whole text in the details part.
SUMMARY_MAX_LINES = 12


def interface_settings(data_dir: Path) -> QSettings:
    """Return the INI settings of the window layout, kept beside the database."""
    return QSettings(str(Path(data_dir) / SETTINGS_FILE_NAME), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """Tabs "Territoires" and "Grappes et réunions" with the File menu."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.territory_panel = TerritoryPanel(context)
        self.meetings_panel = MeetingsPanel(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.territory_panel, self.tr("Territoires"))
        self.tabs.addTab(self.meetings_panel, self.tr("Grappes et réunions"))
        self.setCentralWidget(self.tabs)

        self._build_menu()
        self.data_dir_label = QLabel(
            self.tr("Dossier de données : {folder}").format(folder=str(context.store.data_dir))
        )
        self.statusBar().addPermanentWidget(self.data_dir_label)
        self._update_title()
        context.bus.changed.connect(self._data_changed)
        self._restore_geometry()

    # -- construction ------------------------------------------------------------------

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Fichier"))
        self.import_list_action = self._add_action(
            menu, self.tr("Importer une liste de territoires…"), self.import_territory_list
        )
        menu.addSeparator()
        self.export_action = self._add_action(menu, self.tr("Exporter les données…"), self.export_exchange_file)
        self.import_action = self._add_action(menu, self.tr("Importer des données…"), self.import_exchange_file)
        menu.addSeparator()
        self.profile_action = self._add_action(menu, self.tr("Mon profil…"), self.edit_profile)
        menu.addSeparator()
        self.quit_action = self._add_action(menu, self.tr("Quitter"), self.close)
        self.quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    def _add_action(self, menu, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _update_title(self) -> None:
        with self.context.store.session() as session:
            profile = queries.get_profile(session)
        if profile is None:
            self.setWindowTitle("TZCLD Desktop")
        else:
            self.setWindowTitle(self.tr("TZCLD Desktop — {name}").format(name=profile.name))

    def _data_changed(self, tables: frozenset[str]) -> None:
        if "profile" in tables:
            self._update_title()

    # -- window geometry ---------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = interface_settings(self.context.store.data_dir).value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 680)

    def save_geometry(self) -> None:
        settings = interface_settings(self.context.store.data_dir)
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.sync()
        if settings.status() != QSettings.Status.NoError:
            log.warning("Window geometry not saved to %s: %s", settings.fileName(), settings.status())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_geometry()
        super().closeEvent(event)

    # -- File menu ---------------------------------------------------------------------

    def import_territory_list(self) -> None:
        """Ask for a CSV list of territories, import it, then show what changed."""
        path = messages.open_file(
            self,
            self.tr("Importer une liste de territoires"),
            self.tr("Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)"),
        )
        if path is None:
            return
        title = self.tr("Import de la liste de territoires")
        store = self.context.store
        try:
            summary = run_task(self, self.tr("Import en cours…"), lambda: import_territory_list(store, path))
        except UserError as error:
            log.warning("Territory list %s not imported: %s", path, error)
            messages.show_user_error(self, title, error)
            return
        log.info("Territory list imported from %s: %d created, %d updated, %d unchanged, %d skipped",
                 path, summary.created, summary.updated, summary.unchanged, len(summary.skipped))
        self.context.bus.notify("territory")
        self._show_summary(title, summary.summary_text())

    def export_exchange_file(self) -> None:
        """Ask where to write an exchange file, then write every change of this copy into it."""
        path = messages.save_file(
            self,
            self.tr("Exporter les données"),
            f"tzcld-{date.today().isoformat()}{EXCHANGE_SUFFIX}",
            self.tr("Fichiers d'échange TZCLD (*.tzsync)"),
        )
        if path is None:
            return
        if path.suffix.lower() != EXCHANGE_SUFFIX:
            path = path.with_name(path.name + EXCHANGE_SUFFIX)
        title = self.tr("Export des données")
        store = self.context.store
        try:
            report = run_task(self, self.tr("Export en cours…"), lambda: export_data(store, path))
        except UserError as error:
            log.warning("Export to %s failed: %s", path, error)
            messages.show_user_error(self, title, error)
            return
        self._show_summary(title, report.summary_text())

    def import_exchange_file(self) -> None:
        """Ask for an exchange file from a colleague, merge it, then show what changed."""
        path = messages.open_file(
            self,
            self.tr("Importer des données"),
            self.tr("Fichiers d'échange TZCLD (*.tzsync);;Tous les fichiers (*)"),
        )
        if path is None:
            return
        title = self.tr("Import des données")
        store = self.context.store
        try:
            report = run_task(self, self.tr("Import en cours…"), lambda: import_data(store, path))
        except UserError as error:
            log.warning("Exchange file %s not imported: %s", path, error)
            messages.show_user_error(self, title, error)
            return
        self.context.bus.notify(*EXCHANGED_TABLES)
        self._show_summary(title, report.summary_text())

    def edit_profile(self) -> None:
        ProfileDialog(self.context, self).exec()

    def _show_summary(self, title: str, summary: str) -> None:
        lines = summary.splitlines()
        if len(lines) <= SUMMARY_MAX_LINES:
            messages.information(self, title, summary)
            return
        shown = "\n".join(lines[:SUMMARY_MAX_LINES])
        more = self.tr("… et {count} autres lignes, à lire sous « Montrer les détails… ».").format(
            count=len(lines) - SUMMARY_MAX_LINES
        )
        messages.information(self, title, f"{shown}\n{more}", details=summary)
