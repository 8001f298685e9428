"""The main window: the two tabs, the "Fichier" and "Échanges" menus, and the status bar."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QToolButton, QVBoxLayout, QWidget

from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.resources import resource_path
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.drafts import offer_drafts, visible_forms
from tzcld_desktop.ui.recent_files import RecentFiles, RecentFilesMenu
from tzcld_desktop.ui.tasks import run_task
from tzcld_desktop.ui.theme import alert_style
from tzcld_desktop.ui.window_state import interface_settings, remember_layout

if TYPE_CHECKING:
    from tzcld_desktop.ui.context import AppContext

# The screens and the database layer are imported when the store is attached
# (``MainWindow.attach``), so the window can show before SQLAlchemy is loaded. These are
# the modules ``attach`` needs; the start imports them in a worker thread once the
# window is shown (see ``ui.app``).
SCREEN_MODULES = (
    "tzcld_desktop.db.store",
    "tzcld_desktop.db.services",
    "tzcld_desktop.db.queries",
    "tzcld_desktop.ui.first_run",
    "tzcld_desktop.ui.conflicts_dialog",
    "tzcld_desktop.ui.exchange_workflows",
    "tzcld_desktop.ui.dashboard",
    "tzcld_desktop.ui.territory_panel",
    "tzcld_desktop.ui.meetings_panel",
)

log = logging.getLogger(__name__)

# A summary longer than this shows its first lines, and the whole text in the details part.
SUMMARY_MAX_LINES = 12


LANGUAGE_KEY = "interface/language"
LANGUAGES = (("fr", "Français"), ("en", "English"))


def interface_language(data_dir: Path) -> str:
    """Return the interface language chosen for this data folder: "fr" unless set to "en"."""
    language = interface_settings(data_dir).value(LANGUAGE_KEY, "fr")
    return language if language in dict(LANGUAGES) else "fr"


class LazyTab(QWidget):
    """A tab whose screen is built the first time it is shown, so start-up does not pay for it."""

    # The screen, right after it was built.
    built = Signal(QWidget)

    def __init__(self, factory, parent: QWidget | None = None, ready=None) -> None:
        super().__init__(parent)
        self._factory = factory
        # Returns whether the screen can be built yet; the window builds it once it can.
        self._ready = ready or (lambda: True)
        self.widget: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        """Build the screen now if it is not built yet, and return it."""
        if self.widget is None:
            self.widget = self._factory()
            while self._layout.count():
                self._layout.takeAt(0).widget().deleteLater()
            self._layout.addWidget(self.widget)
            self.built.emit(self.widget)
        return self.widget

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._ready():
            self.ensure()
        elif self._layout.count() == 0:
            self._layout.addWidget(_loading_label())
        super().showEvent(event)


class MainWindow(QMainWindow):
    """The home dashboard and the lists in tabs, with the menus and the status bar.

    Built with a context, the window is complete at once. Built with only ``data_dir``,
    it shows its menus and tabs with a loading message, and ``attach`` fills the
    screens once the store is open: the start shows the window this way before the
    database layer is even imported. When a shared folder is set, the window
    synchronises with it once, after it is shown with its screens.
    """

    # Emitted once the screens are built on the store.
    attached = Signal()

    def __init__(
        self, context: AppContext | None = None, parent: QWidget | None = None, *, data_dir: Path | None = None
    ) -> None:
        super().__init__(parent)
        if context is None and data_dir is None:
            raise ValueError("MainWindow needs a context or a data folder")
        self.context: AppContext | None = None
        self.data_dir = Path(data_dir) if context is None else context.store.data_dir
        self.search_dialog = None
        self.duplicates_dialog = None
        self.exchanges = None
        self.conflicts_dialog = None
        self.exchange_log_dialog = None
        self.open_items = None
        self._shown_once = False
        self._started_after_show = False
        # Actions that read or change data, enabled once the store is attached.
        self._data_actions: list[QAction] = []

        self.my_actions_tab = LazyTab(self._make_my_actions, ready=self.is_attached)
        self.library_tab = LazyTab(self._make_library, ready=self.is_attached)
        self.calendar_tab = LazyTab(self._make_calendar, ready=self.is_attached)
        self.needs_tab = LazyTab(self._make_needs, ready=self.is_attached)
        self.tabs = QTabWidget()
        self.tabs.addTab(_loading_label(), self.tr("Accueil"))
        self.tabs.addTab(_loading_label(), self.tr("Territoires"))
        self.tabs.addTab(self.my_actions_tab, self.tr("Mes actions"))
        self.tabs.addTab(_loading_label(), self.tr("Grappes et réunions"))
        self.tabs.addTab(self.calendar_tab, self.tr("Calendrier"))
        self.tabs.addTab(self.needs_tab, self.tr("Besoins remontés"))
        self.tabs.addTab(self.library_tab, self.tr("Documents"))
        self.setCentralWidget(self.tabs)

        self._build_menu()
        self._build_status_bar()
        self.setWindowTitle("TZCLD Desktop")
        self._restore_geometry()
        if context is not None:
            self.attach(context)

    def is_attached(self) -> bool:
        """Return whether the screens are built on the store."""
        return self.context is not None

    def attach(self, context: AppContext) -> None:
        """Build the screens on the store of ``context`` and enable the menus that need data."""
        from tzcld_desktop.ui.conflicts_dialog import OpenItems
        from tzcld_desktop.ui.dashboard import DashboardView
        from tzcld_desktop.ui.exchange_workflows import ExchangeWorkflows
        from tzcld_desktop.ui.meetings_panel import MeetingsPanel
        from tzcld_desktop.ui.territory_panel import TerritoryPanel

        if self.context is not None:
            raise RuntimeError("the main window is already attached to a store")
        self.context = context
        self.exchanges = ExchangeWorkflows(
            context,
            self,
            self._interface_settings,
            self._show_summary,
            self.statusBar().showMessage,
        )
        self.exchanges.exchanged.connect(self._exchange_done)
        self.open_items = OpenItems(conflicts=0, reviews=0)

        # Read on the first event-loop turn after it is shown, so the window paints first.
        self.dashboard = DashboardView(context, load_now=False)
        self.territory_panel = TerritoryPanel(context)
        self.meetings_panel = MeetingsPanel(context)
        current = self.tabs.currentIndex()
        for index, screen in ((0, self.dashboard), (1, self.territory_panel), (3, self.meetings_panel)):
            placeholder = self.tabs.widget(index)
            self.tabs.insertTab(index, screen, self.tabs.tabText(index))
            if index == current:
                # Removing the shown tab would show its neighbour, and build it if it is lazy.
                self.tabs.setCurrentIndex(index)
            self.tabs.removeTab(index + 1)
            placeholder.deleteLater()
        self.tabs.setCurrentIndex(current)
        for screen in (self.dashboard, self.territory_panel, self.meetings_panel):
            self.window_layout.restore_children(screen)
        self.territory_panel.open_record.connect(self.open_record)
        self.meetings_panel.open_territory.connect(self.open_record)
        self.dashboard.open_filtered.connect(self.open_filtered)
        self.dashboard.import_shipped_list.connect(self.import_shipped_territory_list)
        self.dashboard.open_meeting.connect(self.open_meeting)

        for action in self._data_actions:
            action.setEnabled(True)
        self.recent_files_menu.menuAction().setEnabled(True)
        self.protect_data_action.setChecked(context.store.protection_key is not None)
        self.protect_action.setChecked(self.exchanges.protects_exports())
        self._update_title()
        self._update_undo_action()
        self._update_exchange_actions()
        self._update_review_indicator()
        context.bus.changed.connect(self._data_changed)
        # A lazy tab shown before the store was attached is built now.
        shown = self.tabs.currentWidget()
        if isinstance(shown, LazyTab):
            shown.ensure()
        self.attached.emit()
        if self._shown_once:
            QTimer.singleShot(0, self._start_after_show)

    # -- construction ------------------------------------------------------------------

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Fichier"))
        self.import_list_action = self._add_action(
            menu, self.tr("Importer une liste de territoires…"), self.import_territory_list
        )
        self.import_table_action = self._add_action(
            menu, self.tr("Importer un tableur (territoires, contacts, indicateurs)…"), self.import_spreadsheet
        )
        menu.addSeparator()
        self.pdf_action = self._add_action(menu, self.tr("Exporter en PDF…"), self.export_pdf)
        self.pdf_action.setShortcut(QKeySequence.StandardKey.Print)
        self.pdf_action.setToolTip(self.tr("Le document de l'écran affiché : fiche, réunion ou synthèse régionale"))
        menu.addSeparator()
        self.profile_action = self._add_action(menu, self.tr("Mon profil…"), self.edit_profile)
        self.restore_action = self._add_action(menu, self.tr("Restaurer une sauvegarde…"), self.restore_backup)
        self.protect_data_action = self._add_action(menu, self.tr("Protéger par mot de passe…"), self.protect_data)
        self.protect_data_action.setCheckable(True)
        self.protect_data_action.setToolTip(self.tr(
            "Chiffrer vos données à la fermeture, pour un ordinateur qui pourrait être perdu ou volé"))
        self._build_language_menu(menu.addMenu(self.tr("Langue de l'interface")))
        menu.addSeparator()
        self.quit_action = self._add_action(menu, self.tr("Quitter"), self.close, needs_data=False)
        self.quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self._build_edit_menu()
        self._build_exchange_menu()
        self._build_help_menu()

    def _build_edit_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("É&dition"))
        menu.aboutToShow.connect(self._update_undo_action)
        self.undo_action = self._add_action(menu, self.tr("Annuler"), self.undo_last_edit)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        menu.addSeparator()
        self.new_territory_action = self._add_action(menu, self.tr("Nouveau territoire…"), self._new_territory)
        self.new_territory_action.setShortcut(QKeySequence.StandardKey.New)
        self.search_action = self._add_action(menu, self.tr("Rechercher partout…"), self.show_search)
        self.search_action.setShortcuts([QKeySequence(self.tr("Ctrl+K")), QKeySequence.StandardKey.Find])
        self.duplicates_action = self._add_action(menu, self.tr("Doublons possibles…"), self.show_duplicates)

    def _build_help_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Aide"))
        self.guide_action = self._add_action(menu, self.tr("Guide d'utilisation"), self.show_guide, needs_data=False)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.about_action = self._add_action(
            menu, self.tr("À propos de TZCLD Desktop"), self.show_about, needs_data=False)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_exchange_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("É&changes"))
        menu.setToolTipsVisible(True)
        # Refreshed on opening, because an edit made since the last import ends its undo.
        menu.aboutToShow.connect(self._update_exchange_actions)
        # These actions forward to the workflows, which exist once the store is attached.
        self.export_action = self._add_action(menu, self.tr("Exporter tout…"), self._export_all)
        self.export_action.setToolTip(self.tr(
            "Toutes vos données, pour un collègue qui commence ou qui n'a encore rien reçu de vous"))
        self.export_for_action = self._add_action(menu, self.tr("Exporter pour…"), self._export_for_peer)
        self.protect_action = self._add_action(
            menu, self.tr("Protéger les fichiers exportés par un mot de passe"), self._set_protects_exports)
        self.protect_action.setCheckable(True)
        menu.addSeparator()
        self.import_action = self._add_action(menu, self.tr("Importer des données…"), self._import_file)
        self.recent_files_menu = RecentFilesMenu(RecentFiles(self._interface_settings), self._import_path, self)
        self.recent_files_menu.menuAction().setEnabled(False)
        menu.addMenu(self.recent_files_menu)
        self.undo_import_action = self._add_action(
            menu, self.tr("Annuler le dernier import…"), self._undo_last_import)
        menu.addSeparator()
        self.sync_action = self._add_action(
            menu, self.tr("Synchroniser avec le dossier partagé"), self._sync_shared_folder)
        self.sync_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+S")))
        self.shared_folder_action = self._add_action(
            menu, self.tr("Dossier partagé…"), self._choose_shared_folder)
        self.forget_folder_action = self._add_action(
            menu, self.tr("Ne plus utiliser le dossier partagé…"), self._forget_shared_folder)
        menu.addSeparator()
        self.conflicts_action = self._add_action(menu, self.tr("Conflits et suppressions…"), self.show_conflicts)
        self.exchange_log_action = self._add_action(menu, self.tr("Journal des échanges…"), self.show_exchange_log)

    def _interface_settings(self):
        return interface_settings(self.data_dir)

    def _export_all(self) -> None:
        self.exchanges.export_all()

    def _export_for_peer(self) -> None:
        self.exchanges.export_for_peer()

    def _set_protects_exports(self, protect: bool) -> None:
        self.exchanges.set_protects_exports(protect)

    def _import_file(self) -> None:
        self.exchanges.import_file()

    def _import_path(self, path: Path) -> None:
        self.exchanges.import_path(path)

    def _undo_last_import(self) -> None:
        self.exchanges.undo_last_import()

    def _sync_shared_folder(self) -> None:
        self.exchanges.sync_shared_folder()

    def _choose_shared_folder(self) -> None:
        self.exchanges.choose_shared_folder()

    def _forget_shared_folder(self) -> None:
        self.exchanges.forget_shared_folder()

    def _build_status_bar(self) -> None:
        self.review_indicator = QToolButton()
        self.review_indicator.setAutoRaise(True)
        self.review_indicator.setToolTip(self.tr("Ouvrir la liste des conflits et des suppressions à examiner"))
        self.review_indicator.setStyleSheet(f"QToolButton {{ {alert_style(bold=True)} }}")
        self.review_indicator.setCursor(Qt.CursorShape.PointingHandCursor)
        self.review_indicator.clicked.connect(self.show_conflicts)
        self.statusBar().addPermanentWidget(self.review_indicator)
        self.data_dir_label = QLabel(
            self.tr("Dossier de données : {folder}").format(folder=str(self.data_dir))
        )
        self.statusBar().addPermanentWidget(self.data_dir_label)

    def _add_action(self, menu, text: str, slot, needs_data: bool = True) -> QAction:
        """Add an action to ``menu``; one that ``needs_data`` is enabled once the store is attached."""
        action = QAction(text, self)
        action.triggered.connect(slot)
        menu.addAction(action)
        if needs_data:
            action.setEnabled(False)
            self._data_actions.append(action)
        return action

    def _update_title(self) -> None:
        from tzcld_desktop.db import queries

        with self.context.store.session() as session:
            profile = queries.get_profile(session)
        if profile is None:
            self.setWindowTitle("TZCLD Desktop")
        else:
            self.setWindowTitle(self.tr("TZCLD Desktop — {name}").format(name=profile.name))

    def _data_changed(self, tables: frozenset[str]) -> None:
        if "profile" in tables:
            self._update_title()
        self._update_undo_action()
        self._update_exchange_actions()
        self._update_review_indicator()

    def _exchange_done(self) -> None:
        self._update_exchange_actions()
        self._update_review_indicator()
        if self.exchange_log_dialog is not None:
            self.exchange_log_dialog.reload()

    def _update_exchange_actions(self) -> None:
        if self.context is None:
            return
        has_peers = bool(self.exchanges.peers())
        self.export_for_action.setEnabled(has_peers)
        if has_peers:
            self.export_for_action.setToolTip(self.tr(
                "Seulement ce qu'un collègue n'a pas encore reçu, d'après le dernier fichier reçu de lui"))
        else:
            self.export_for_action.setToolTip(self.tr(
                "Disponible après l'import d'un premier fichier d'un collègue : il indique ce qu'il a déjà"))
        undoable = self.exchanges.undoable_import()
        self.undo_import_action.setEnabled(undoable is not None)
        if undoable is not None:
            self.undo_import_action.setToolTip(self.tr("Annuler l'import de « {file} »").format(
                file=undoable.file_name))
        else:
            self.undo_import_action.setToolTip(self.tr(
                "Possible juste après un import, tant que vous n'avez rien modifié depuis"))
        folder = self.exchanges.shared_folder()
        self.sync_action.setEnabled(folder is not None)
        self.forget_folder_action.setEnabled(folder is not None)
        if folder is not None:
            self.shared_folder_action.setToolTip(self.tr("Dossier partagé actuel : {folder}").format(
                folder=str(folder)))
            self.sync_action.setToolTip(str(folder))
        else:
            self.shared_folder_action.setToolTip(self.tr(
                "Choisir un dossier synchronisé par Nextcloud, Syncthing ou OneDrive avec vos collègues"))
            self.sync_action.setToolTip(self.tr("Choisissez d'abord le dossier partagé"))

    def _update_review_indicator(self) -> None:
        from tzcld_desktop.db import queries
        from tzcld_desktop.ui.conflicts_dialog import OpenItems

        with self.context.store.session() as session:
            self.open_items = OpenItems(*queries.count_conflicts_and_reviews(session))
        text = self.open_items.text()
        self.review_indicator.setText(text)
        self.review_indicator.setVisible(bool(text))

    # -- window geometry ---------------------------------------------------------------

    def _restore_geometry(self) -> None:
        # Tabs built later get their splitters and columns back when they are built.
        self.window_layout = remember_layout(self, "main_window", self.data_dir, QSize(1100, 680))
        for tab in (self.my_actions_tab, self.library_tab, self.calendar_tab, self.needs_tab):
            tab.built.connect(self.window_layout.restore_children)

    def save_geometry(self) -> None:
        """Write the window's size and place, splitters and column widths to the interface settings."""
        self.window_layout.save()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # A close requested by the program or the session still reaches this window while
        # a modal form is open, so the form asks about its unsaved changes first.
        for form in visible_forms(self):
            if not form.close_with_question():
                event.ignore()
                return
        self.save_geometry()
        for dialog in (self.conflicts_dialog, self.exchange_log_dialog):
            if dialog is not None:
                dialog.close()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self.context is not None:
                # Queued, so the window is painted before the synchronisation starts.
                QTimer.singleShot(0, self._start_after_show)

    def _start_after_show(self) -> None:
        """Synchronise, then offer the drafts left by a crash, so they open on synchronised data."""
        if self._started_after_show:
            return
        self._started_after_show = True
        self.exchanges.sync_at_start()
        offer_drafts(self.context, self)

    # -- File menu ---------------------------------------------------------------------

    def import_territory_list(self) -> None:
        """Ask for a CSV list of territories, import it, then show what changed."""
        path = messages.open_file(
            self,
            self.tr("Importer une liste de territoires"),
            self.tr("Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)"),
        )
        if path is not None:
            self.import_territory_file(path)

    def import_shipped_territory_list(self) -> None:
        """Import the list of habilitated territories shipped with the application."""
        self.import_territory_file(resource_path("data", "territoires_habilites.csv"))

    def import_territory_file(self, path: Path) -> None:
        """Import the CSV list of territories ``path``, then show what changed."""
        from tzcld_desktop.db.territory_import import import_territory_list

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

    def import_spreadsheet(self) -> None:
        from tzcld_desktop.ui.import_assistant import open_import_assistant

        open_import_assistant(self, self.context)

    # -- screens -----------------------------------------------------------------------

    def _make_my_actions(self) -> QWidget:
        from tzcld_desktop.ui.my_actions import MyActionsView

        return MyActionsView(self.context)

    def _make_calendar(self) -> QWidget:
        from tzcld_desktop.ui.calendar_view import CalendarView

        view = CalendarView(self.context)
        view.open_meeting.connect(self.open_meeting)
        return view

    def _make_needs(self) -> QWidget:
        from tzcld_desktop.ui.needs_view import NeedsView

        return NeedsView(self.context)

    def _make_library(self) -> QWidget:
        from tzcld_desktop.ui.library_view import LibraryView

        return LibraryView(self.context)

    def open_record(self, territory_id: str):
        """Open the record window of a territory (or bring it forward)."""
        from tzcld_desktop.ui.record.record_view import open_territory_record

        return open_territory_record(self, self.context, territory_id)

    def open_filtered(self, dashboard_filter) -> None:
        """Show the list behind a count of the dashboard."""
        from tzcld_desktop.db.overview import FilterKind
        from tzcld_desktop.ui.dashboard import describe_filter

        if dashboard_filter.kind is FilterKind.OVERDUE:
            self.tabs.setCurrentWidget(self.my_actions_tab)
            return
        if dashboard_filter.kind is FilterKind.UPCOMING:
            self.tabs.setCurrentWidget(self.meetings_panel)
            return
        self.territory_panel.show_only(dashboard_filter.territory_ids, describe_filter(dashboard_filter))
        self.tabs.setCurrentWidget(self.territory_panel)

    def open_meeting(self, meeting_id: str) -> None:
        self.tabs.setCurrentWidget(self.meetings_panel)
        self.meetings_panel.open_meeting_by_id(meeting_id)

    def open_search_result(self, kind: str, record_id: str, territory_id: str) -> None:
        if kind == "territory":
            self.open_record(record_id)
        elif territory_id:
            from tzcld_desktop.ui.record.record_view import show_part

            show_part(self.open_record(territory_id), kind)
        else:
            self.tabs.setCurrentWidget(self.my_actions_tab)

    def show_search(self) -> None:
        """Open the search over territories, contacts, notes and actions (Ctrl+K)."""
        from tzcld_desktop.ui.search_dialog import SearchDialog

        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.context, self)
            remember_layout(self.search_dialog, "search_dialog", self.data_dir)
            self.search_dialog.open_result.connect(self.open_search_result)
        _show_in_front(self.search_dialog)

    def show_duplicates(self) -> None:
        from tzcld_desktop.ui.merge_dialog import DuplicatesDialog

        self.duplicates_dialog = DuplicatesDialog(self.context, self)
        remember_layout(self.duplicates_dialog, "duplicates_dialog", self.data_dir)
        self.duplicates_dialog.exec()

    def _new_territory(self) -> None:
        self.tabs.setCurrentWidget(self.territory_panel)
        self.territory_panel.create_territory()

    def _update_undo_action(self) -> None:
        if self.context is None:
            return
        label = self.context.services.undo_label()
        self.undo_action.setEnabled(label is not None)
        if label is None:
            self.undo_action.setText(self.tr("Annuler"))
        else:
            self.undo_action.setText(self.tr("Annuler : {edit}").format(
                edit=QCoreApplication.translate("Undo", label)))

    def undo_last_edit(self) -> None:
        """Undo the last saved edit (Ctrl+Z); the undo travels like any edit."""
        try:
            label = self.context.services.undo()
        except UserError as error:
            messages.show_user_error(self, self.tr("Annuler"), error)
            return
        self.context.bus.notify()
        self.statusBar().showMessage(self.tr("Modification annulée : {edit}.").format(
            edit=QCoreApplication.translate("Undo", label)), 8000)

    def export_pdf(self) -> None:
        """Export the document of the current screen as PDF (Ctrl+P), with its options."""
        from tzcld_desktop.ui.pdf_export import export_current_document

        export_current_document(self, self.context)

    def show_guide(self) -> None:
        from tzcld_desktop.ui.help import open_user_guide

        guide = open_user_guide(self)
        if guide is not None and not hasattr(guide, "window_layout"):
            guide.window_layout = remember_layout(guide, "user_guide", self.data_dir)

    def show_about(self) -> None:
        from tzcld_desktop.ui.about_dialog import show_about

        show_about(self.data_dir, self)

    def show_conflicts(self) -> None:
        """Open the window of conflicts and flagged deletions, or bring it to the front."""
        from tzcld_desktop.ui.conflicts_dialog import ConflictsDialog

        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self.context, self)
            remember_layout(self.conflicts_dialog, "conflicts_dialog", self.data_dir)
        else:
            self.conflicts_dialog.reload()
        _show_in_front(self.conflicts_dialog)

    def show_exchange_log(self) -> None:
        """Open the exchange log, or bring it to the front."""
        from tzcld_desktop.ui.exchange_log_dialog import ExchangeLogDialog

        if self.exchange_log_dialog is None:
            self.exchange_log_dialog = ExchangeLogDialog(self.context, self)
            remember_layout(self.exchange_log_dialog, "exchange_log_dialog", self.data_dir)
        else:
            self.exchange_log_dialog.reload()
        _show_in_front(self.exchange_log_dialog)

    def edit_profile(self) -> None:
        from tzcld_desktop.ui.first_run import ProfileDialog

        ProfileDialog(self.context, self).exec()

    def _build_language_menu(self, menu) -> None:
        current = interface_language(self.data_dir)
        self.language_actions = {}
        for code, name in LANGUAGES:  # each language is named in itself, never translated
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            self.language_actions[code] = action

    def choose_language(self, code: str) -> None:
        """Remember the interface language; it applies from the next start."""
        interface_settings(self.data_dir).setValue(LANGUAGE_KEY, code)
        for other, action in self.language_actions.items():
            action.setChecked(other == code)
        messages.information(
            self,
            self.tr("Langue de l'interface"),
            self.tr("La langue choisie sera utilisée au prochain démarrage de TZCLD Desktop. "
                    "The chosen language applies the next time TZCLD Desktop starts."),
        )

    def protect_data(self) -> None:
        """Turn the passphrase protection of the data folder on or off (Fichier › Protéger par mot de passe…)."""
        from tzcld_desktop.ui.protection_dialog import toggle_protection

        self.protect_data_action.setChecked(toggle_protection(self, self.context.store))

    def restore_backup(self) -> None:
        from tzcld_desktop.ui.backup_dialog import RestoreBackupDialog

        dialog = RestoreBackupDialog(self.context, self)
        remember_layout(dialog, "backup_dialog", self.data_dir)
        dialog.exec()

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


def _loading_label() -> QLabel:
    """Return the text a screen shows while the data folder opens."""
    label = QLabel(QCoreApplication.translate("MainWindow", "Chargement des données…"))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _show_in_front(dialog: QWidget) -> None:
    """Show a window, or bring it to the front when it is already open behind another one."""
    if dialog.isVisible():
        dialog.raise_()
        dialog.activateWindow()
    else:
        dialog.show()
