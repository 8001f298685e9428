"""The territory record: a header and tabs for one territory, in a window of its own.

Tabs come from ``TAB_FACTORIES``. Each is a class built as ``Tab(context, territory_id,
parent)`` with a class method ``title()``, ``reload()`` and a ``WATCHED_TABLES`` class
attribute. The view builds a tab when it is first shown, and reloads a built tab when
the data bus reports a change to one of those tables. A tab class whose ``ACCEPTS_RECORD``
is True also takes a ``record`` keyword: the ``TerritoryRecord`` the header has just read,
given to the tab shown when the window opens so that it does not read it again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from tzcld_desktop.db.record_queries import TerritoryRecord, load_record
from tzcld_desktop.db.record_services import RecordNotFound
from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.record.actions_tab import ActionsTab
from tzcld_desktop.ui.record.badges import HEALTH_COLOURS, STAGE_COLOURS, make_badge, set_badge
from tzcld_desktop.ui.record.contacts_tab import ContactsTab
from tzcld_desktop.ui.record.documents_tab import DocumentsTab
from tzcld_desktop.ui.record.ebe_tab import EbeTab
from tzcld_desktop.ui.record.history_tab import HistoryTab
from tzcld_desktop.ui.record.indicators_tab import IndicatorsTab
from tzcld_desktop.ui.record.journal_tab import JournalTab
from tzcld_desktop.ui.record.method_tab import MethodTab
from tzcld_desktop.ui.accessibility import name_fields_from_labels
from tzcld_desktop.ui.record.summary_tab import SummaryTab
from tzcld_desktop.ui.theme import muted_style
from tzcld_desktop.ui.window_state import remember_layout

log = logging.getLogger(__name__)

TabFactory = Callable[[AppContext, str, QWidget], QWidget]

# The tabs of the record, in order. Add a tab by appending its class.
TAB_FACTORIES: list[TabFactory] = [
    SummaryTab,
    HistoryTab,
    MethodTab,
    EbeTab,
    IndicatorsTab,
    ContactsTab,
    JournalTab,
    ActionsTab,
    DocumentsTab,
]

# Tables whose changes can alter the header: name, stage, health, place, cluster.
HEADER_TABLES = frozenset({"territory", "stage_event", "cluster", "departement", "region"})


def _watches(watched: frozenset[str], tables: frozenset[str]) -> bool:
    # An empty set names no table, so it is taken as "anything may have changed".
    return not tables or bool(watched & tables)


class RecordHeader(QWidget):
    """Name, stage and health badges, place and cluster of the territory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Long names and places wrap, so the window fits a small screen.
        self.name_label.setWordWrap(True)
        self.stage_badge = make_badge()
        self.health_badge = make_badge()
        self.health_reason_label = QLabel()
        self.health_reason_label.setWordWrap(True)
        self.place_label = QLabel()
        self.place_label.setStyleSheet(muted_style())
        self.place_label.setWordWrap(True)

        title_row = QHBoxLayout()
        title_row.addWidget(self.name_label)
        title_row.addSpacing(8)
        title_row.addWidget(self.stage_badge)
        title_row.addWidget(self.health_badge)
        title_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(title_row)
        layout.addWidget(self.place_label)
        layout.addWidget(self.health_reason_label)

    def show_record(self, record: TerritoryRecord) -> None:
        self.name_label.setText(record.name)
        set_badge(self.stage_badge, QCoreApplication.translate("Stage", record.stage.label),
                  STAGE_COLOURS[record.stage])
        self.stage_badge.setToolTip(self.tr("Étape du territoire, d'après son historique"))
        health_text = QCoreApplication.translate("Health", record.health.label)
        set_badge(self.health_badge, self.tr("Santé : {health}").format(health=health_text),
                  HEALTH_COLOURS[record.health])
        self.health_badge.setToolTip(record.health_reason)
        self.health_reason_label.setText(
            self.tr("Raison : {reason}").format(reason=record.health_reason) if record.health_reason else "")
        self.health_reason_label.setVisible(bool(record.health_reason))
        self.place_label.setText(self._place_text(record))

    def _place_text(self, record: TerritoryRecord) -> str:
        if record.departement_code:
            place = f"{record.departement_name} ({record.departement_code})"
            if record.region_name:
                place += f" – {record.region_name}"
        else:
            place = record.region_name or self.tr("Département non renseigné")
        cluster = record.cluster_name or self.tr("aucune")
        return self.tr("{place} · Grappe : {cluster}").format(place=place, cluster=cluster)

    def show_missing(self) -> None:
        self.name_label.setText(self.tr("Territoire supprimé"))
        self.place_label.setText(self.tr(
            "Ce territoire a été supprimé ou fusionné entre-temps. Fermez cette fenêtre."))
        for widget in (self.stage_badge, self.health_badge, self.health_reason_label):
            widget.setVisible(False)


class TerritoryRecordView(QWidget):
    """The record of one territory: header, tabs, and Ctrl+Z for the last edit."""

    # The territory's name, after each load, for the window title.
    name_changed = Signal(str)
    # A message for the status bar of the window holding the view.
    status_message = Signal(str)
    # A tab, right after it was built on its first showing.
    tab_built = Signal(QWidget)

    def __init__(self, context: AppContext, territory_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.territory_id = territory_id
        self.record: TerritoryRecord | None = None
        self.header = RecordHeader()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # A tab is built, and reads its data, the first time it is shown: a record with a
        # thousand notes and actions opens at the cost of its first tab.
        self.tab_factories: list[TabFactory] = list(TAB_FACTORIES)
        self._built_tabs: list[QWidget | None] = [None] * len(self.tab_factories)
        for factory in self.tab_factories:
            self.tabs.addTab(QWidget(), factory.title())
        self.tabs.currentChanged.connect(self._build_tab)
        self.reload_header()
        self._build_tab(self.tabs.currentIndex(), self.record)

        self.undo_action = QAction(self.tr("Annuler"), self)
        self.undo_action.setShortcut(QKeySequence(self.tr("Ctrl+Z")))
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        name_fields_from_labels(self)
        self.tab_built.connect(name_fields_from_labels)
        self.update_undo_action()
        context.bus.changed.connect(self._data_changed)

    @property
    def tab_widgets(self) -> list[QWidget]:
        """Every tab of the record, building the ones not shown yet."""
        return [self._build_tab(index) for index in range(len(self.tab_factories))]

    def built_tabs(self) -> list[QWidget]:
        """Return the tabs built so far; the others have no data or edits to keep."""
        return [tab for tab in self._built_tabs if tab is not None]

    def _build_tab(self, index: int, record: TerritoryRecord | None = None) -> QWidget | None:
        """Build the tab at ``index`` in place of its placeholder, unless it is built, and return it.

        ``record``, when given, must have been read just now: a tab that accepts it shows
        it instead of reading the territory again.
        """
        if index < 0:
            return None
        tab = self._built_tabs[index]
        if tab is not None:
            return tab
        factory = self.tab_factories[index]
        if record is not None and getattr(factory, "ACCEPTS_RECORD", False):
            tab = factory(self.context, self.territory_id, self.tabs, record=record)
        else:
            tab = factory(self.context, self.territory_id, self.tabs)
        self._built_tabs[index] = tab
        placeholder = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        with QSignalBlocker(self.tabs):
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, factory.title())
            self.tabs.setCurrentIndex(current)
        placeholder.deleteLater()
        self.tab_built.emit(tab)
        return tab

    def reload_header(self) -> None:
        try:
            with self.context.store.session() as session:
                self.record = load_record(session, self.territory_id)
        except RecordNotFound:
            self.record = None
            self.header.show_missing()
            self.tabs.setEnabled(False)
            return
        self.tabs.setEnabled(True)
        self.header.show_record(self.record)
        self.name_changed.emit(self.record.name)

    def _data_changed(self, tables: frozenset[str]) -> None:
        if _watches(HEADER_TABLES, tables):
            self.reload_header()
        for tab in self.built_tabs():
            if _watches(frozenset(getattr(tab, "WATCHED_TABLES", ())), tables):
                tab.reload()
        self.update_undo_action()

    # -- undo --------------------------------------------------------------------------

    def update_undo_action(self) -> None:
        """Name the edit that Ctrl+Z would undo, or disable the action when there is none."""
        label = self.context.services.undo_label()
        if label is None:
            self.undo_action.setText(self.tr("Annuler"))
            self.undo_action.setEnabled(False)
        else:
            self.undo_action.setText(self.tr("Annuler : {label}").format(
                label=QCoreApplication.translate("Undo", label)))
            self.undo_action.setEnabled(True)

    def undo(self) -> None:
        """Undo the last edit of this copy, whatever window it was made in, and show what was undone."""
        if self.context.services.undo_label() is None:
            self.update_undo_action()
            return
        try:
            label = self.context.services.undo()
        except UserError as error:
            log.warning("Undo failed: %s", error)
            messages.show_user_error(self, self.tr("Annulation impossible"), error)
            return
        # The undone edit may touch any table, so every view reloads.
        self.context.bus.notify()
        self.status_message.emit(self.tr("Modification annulée : {label}.").format(
            label=QCoreApplication.translate("Undo", label)))

    # -- unsaved changes ---------------------------------------------------------------

    def unsaved_changes(self) -> list[str]:
        """Return the names of the parts of the tabs holding unsaved changes."""
        names: list[str] = []
        for tab in self.built_tabs():
            names.extend(getattr(tab, "unsaved_changes", lambda: [])())
        return names

    def save_all(self) -> bool:
        return all(getattr(tab, "save_all", lambda: True)() for tab in self.built_tabs())


def show_part(window: TerritoryRecordWindow, table: str) -> None:
    """Bring forward the tab of the record that shows records of ``table`` (contacts, notes…)."""
    for index, factory in enumerate(window.view.tab_factories):
        if table in getattr(factory, "WATCHED_TABLES", ()):
            window.view.tabs.setCurrentIndex(index)
            return


class TerritoryRecordWindow(QMainWindow):
    """A non-modal window holding one territory's record; Ctrl+W closes it."""

    def __init__(self, context: AppContext, territory_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.territory_id = territory_id
        self.view = TerritoryRecordView(context, territory_id, self)
        self.setCentralWidget(self.view)
        self.view.name_changed.connect(self._set_title)
        self.view.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._build_menu()
        if self.view.record is not None:
            self._set_title(self.view.record.name)
        else:
            self._set_title(self.tr("territoire supprimé"))
        # Every record window shares one layout: size, splitters and columns of its tabs.
        layout = remember_layout(self, "territory_record", context.store.data_dir, QSize(1040, 760))
        self.view.tab_built.connect(layout.restore_children)

    def _build_menu(self) -> None:
        record_menu = self.menuBar().addMenu(self.tr("&Fiche"))
        self.save_action = QAction(self.tr("Enregistrer"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save_current_tab)
        record_menu.addAction(self.save_action)
        self.addAction(self.save_action)
        self.close_action = QAction(self.tr("Fermer"), self)
        self.close_action.setShortcuts([QKeySequence(self.tr("Ctrl+W")), QKeySequence(Qt.Key.Key_Escape)])
        self.close_action.triggered.connect(self.close)
        record_menu.addAction(self.close_action)
        self.addAction(self.close_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Édition"))
        edit_menu.addAction(self.view.undo_action)
        # Edits made in another window change what Ctrl+Z would undo.
        edit_menu.aboutToShow.connect(self.view.update_undo_action)

    def _set_title(self, name: str) -> None:
        self.setWindowTitle(self.tr("Fiche territoire — {name}").format(name=name))

    def save_current_tab(self) -> bool:
        """Save the unsaved changes of the tab shown (Ctrl+S); return False when a save was rejected."""
        tab = self.view.tabs.currentWidget()
        if not getattr(tab, "unsaved_changes", lambda: [])():
            self.statusBar().showMessage(self.tr("Rien à enregistrer dans cet onglet."), 5000)
            return True
        saved = tab.save_all()
        if saved:
            self.statusBar().showMessage(self.tr("Modifications enregistrées."), 5000)
        return saved

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.view.update_undo_action()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        unsaved = self.view.unsaved_changes()
        if unsaved:
            answer = messages.ask_save_discard_cancel(self, self.tr("Modifications non enregistrées"), self.tr(
                "Ces parties de la fiche ont des modifications non enregistrées :\n{parts}\n\n"
                "Voulez-vous les enregistrer ?").format(parts="\n".join(f"• {part}" for part in unsaved)))
            if answer == "cancel" or (answer == "save" and not self.view.save_all()):
                event.ignore()
                return
        _OPEN_WINDOWS.pop(_window_key(self.view.context, self.territory_id), None)
        super().closeEvent(event)


# Open record windows, by context and territory, so a second request brings the first forward.
_OPEN_WINDOWS: dict[tuple[int, str], TerritoryRecordWindow] = {}


def _window_key(context: AppContext, territory_id: str) -> tuple[int, str]:
    return (id(context), territory_id)


def _forget_window(key: tuple[int, str], token: int) -> None:
    # Only the destroyed window is forgotten, not a newer one opened for the same territory.
    if id(_OPEN_WINDOWS.get(key)) == token:
        del _OPEN_WINDOWS[key]


def open_territory_record(parent: QWidget | None, context: AppContext, territory_id: str) -> TerritoryRecordWindow:
    """Show the record window of a territory, bringing forward the one already open."""
    key = _window_key(context, territory_id)
    window = _OPEN_WINDOWS.get(key)
    if window is not None and not shiboken6.isValid(window):
        window = None
    if window is None:
        window = TerritoryRecordWindow(context, territory_id, parent)
        _OPEN_WINDOWS[key] = window
        window.destroyed.connect(lambda _object=None, key=key, token=id(window): _forget_window(key, token))
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    return window
