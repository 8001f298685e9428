"""The needs raised (remontées de besoins): the list across every cluster, for the national
team, and the small list of one meeting's needs that the meeting window embeds."""

from __future__ import annotations

import logging
from PySide6.QtCore import QCoreApplication, QModelIndex, QSignalBlocker
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import need_queries
from tzcld_desktop.db.calendar_queries import get_calendar_meeting
from tzcld_desktop.db.need_queries import NeedQuery, NeedRow
from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.domain.vocabulary import NeedCategory, NeedStatus
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.models import need_table
from tzcld_desktop.ui.models.need_table import NeedTableModel
from tzcld_desktop.ui.need_form import NeedDialog, category_text, status_text
from tzcld_desktop.ui.table_export import export_rows

log = logging.getLogger(__name__)

_CONTEXT = "NeedsView"

# Tables whose changes can alter a row of the lists or their filters.
_WATCHED_TABLES = frozenset({"need", "territory", "cluster", "meeting", "region"})


def _make_table(model: NeedTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(need_table.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
    return table


def _selected_need(table: QTableView, model: NeedTableModel) -> NeedRow | None:
    rows = table.selectionModel().selectedRows()
    return model.need_at(rows[0].row()) if rows else None


def _delete_need(parent: QWidget, context: AppContext, need: NeedRow) -> bool:
    """Ask, then delete ``need``; return True when it was deleted."""
    first_line = need.description.strip().splitlines()[0] if need.description.strip() else ""
    question = QCoreApplication.translate(_CONTEXT, "Supprimer le besoin « {text} » ?").format(text=first_line[:80])
    if not messages.confirm(parent, QCoreApplication.translate(_CONTEXT, "Supprimer le besoin"), question):
        return False
    try:
        context.services.delete_need(need.id)
    except UserError as error:
        log.warning("Need %s not deleted: %s", need.id, error)
        messages.show_user_error(parent, QCoreApplication.translate(_CONTEXT, "Besoin non supprimé"), error)
        return False
    context.bus.notify("need")
    return True


class NeedsView(QWidget):
    """Every need raised, across all clusters, filterable by category, status, cluster, region and text.

    The list stays small (tens to a few thousand needs), so each filter change runs one
    SQL statement and hands the rows whole to the model.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = NeedTableModel(self)

        self._build_filters()
        self.table = _make_table(self.model)
        self.table.setAccessibleName(self.tr("Besoins remontés"))
        self.table.doubleClicked.connect(self._edit_at)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(self._button_row)

        self._fill_filter_choices()
        self.reload()
        context.bus.changed.connect(self._on_data_changed)

    # -- construction ------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Rechercher dans les besoins"))
        self.search_edit.setPlaceholderText(self.tr("Rechercher dans les besoins ou les territoires…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.reload)
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("Toutes les catégories"), None)
        for category in NeedCategory:
            self.category_filter.addItem(category_text(category), category.value)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Tous les statuts"), None)
        for status in NeedStatus:
            self.status_filter.addItem(status_text(status), status.value)
        self.cluster_filter = QComboBox()
        self.region_filter = QComboBox()
        for combo in (self.category_filter, self.status_filter, self.cluster_filter, self.region_filter):
            combo.currentIndexChanged.connect(self.reload)

        self._filter_row = QHBoxLayout()
        self._filter_row.addWidget(self.search_edit, 2)
        for combo in (self.category_filter, self.status_filter, self.cluster_filter, self.region_filter):
            self._filter_row.addWidget(combo, 1)

    def _build_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("Nouveau besoin…"))
        self.new_button.clicked.connect(self.new_need)
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.edit_button.clicked.connect(self.edit_need)
        self.delete_button = QPushButton(self.tr("Supprimer"))
        self.delete_button.clicked.connect(self.delete_need)
        self.count_label = QLabel()
        self.export_button = QPushButton(self.tr("Exporter la liste…"))
        self.export_button.clicked.connect(self.export_list)

        self._button_row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            self._button_row.addWidget(button)
        self._button_row.addStretch(1)
        self._button_row.addWidget(self.count_label)
        self._button_row.addWidget(self.export_button)

    def _fill_filter_choices(self) -> None:
        """Refill the cluster and region filters, keeping what was chosen when it still exists."""
        with self.context.store.session() as session:
            clusters, _territories, regions = need_queries.list_need_choices(session)
        for combo, everything, choices in (
            (self.cluster_filter, self.tr("Toutes les grappes"), clusters),
            (self.region_filter, self.tr("Toutes les régions"), regions),
        ):
            chosen = combo.currentData()
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(everything, None)
                for choice in choices:
                    combo.addItem(choice.name, choice.id)
                combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)

    # -- reading -----------------------------------------------------------------------

    def query(self) -> NeedQuery:
        """Return the filters as they are set on screen."""
        category = self.category_filter.currentData()
        status = self.status_filter.currentData()
        region = self.region_filter.currentData()
        return NeedQuery(
            text=self.search_edit.text(),
            categories=(NeedCategory(category),) if category else (),
            statuses=(NeedStatus(status),) if status else (),
            cluster_id=self.cluster_filter.currentData(),
            region_codes=(region,) if region else (),
        )

    def reload(self, *_args) -> None:
        """Run the query again and show its rows, keeping the selected need when it is still listed."""
        selected = self.selected_need()
        with self.context.store.session() as session:
            rows = need_queries.list_needs(session, self.query())
        self.model.set_needs(rows)
        if selected is not None:
            self.select_need(selected.id)
        self._show_counts(len(rows))
        self._update_buttons()

    def _show_counts(self, count: int) -> None:
        filtered = self.query() != NeedQuery()
        if count == 0:
            self.empty_label.setText(
                self.tr("Aucun besoin ne correspond à ces filtres.") if filtered
                else self.tr("Aucun besoin enregistré. Cliquez sur « Nouveau besoin… » pour en noter un.")
            )
        self.empty_label.setVisible(count == 0)
        if count == 1:
            self.count_label.setText(self.tr("1 besoin"))
        else:
            self.count_label.setText(self.tr("{count} besoins").format(count=count))

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if tables & {"cluster", "region"}:
            self._fill_filter_choices()
        if tables & _WATCHED_TABLES:
            self.reload()

    def selected_need(self) -> NeedRow | None:
        return _selected_need(self.table, self.model)

    def select_need(self, need_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.need_at(row).id == need_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self, *_args) -> None:
        has_need = self.selected_need() is not None
        self.edit_button.setEnabled(has_need)
        self.delete_button.setEnabled(has_need)
        self.export_button.setEnabled(self.model.rowCount() > 0)

    # -- actions -----------------------------------------------------------------------

    def new_need(self) -> None:
        dialog = NeedDialog(self.context, None, self, cluster_id=self.cluster_filter.currentData())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.need_id:
            self.select_need(dialog.need_id)

    def edit_need(self) -> None:
        need = self.selected_need()
        if need is not None:
            NeedDialog(self.context, need.id, self).exec()

    def _edit_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self.edit_need()

    def delete_need(self) -> None:
        need = self.selected_need()
        if need is not None:
            _delete_need(self, self.context, need)

    def export_list(self) -> None:
        """Export the needs shown, with the filters applied, to a spreadsheet."""
        headers = [
            self.tr("Date"), self.tr("Région"), self.tr("Grappe"), self.tr("Territoire"), self.tr("Catégorie"),
            self.tr("Description"), self.tr("Statut"), self.tr("Réunion"),
        ]
        rows = [
            [need.raised_on, need.region_name, need.cluster_name, need.territory_name,
             category_text(need.category), need.description, status_text(need.status), need.meeting_title]
            for need in self.model.needs()
        ]
        export_rows(self, self.tr("Remontées de besoins"), headers, rows, "remontees de besoins")


class MeetingNeedsWidget(QWidget):
    """The needs raised at one meeting, with buttons to add, edit and delete them.

    Meant to sit in the meeting window. A need added here is dated with the meeting
    (today at the latest) and filed under the meeting's cluster.
    """

    def __init__(self, context: AppContext, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.model = NeedTableModel(self)
        self.table = _make_table(self.model)
        self.table.setAccessibleName(self.tr("Besoins remontés"))
        self.table.setColumnHidden(need_table.CLUSTER, True)
        self.table.setColumnHidden(need_table.RAISED_ON, True)
        self.table.doubleClicked.connect(self._edit_at)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self.tr("Aucun besoin noté pour cette réunion."))

        self.add_button = QPushButton(self.tr("Noter un besoin…"))
        self.add_button.clicked.connect(self.add_need)
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.edit_button.clicked.connect(self.edit_need)
        self.delete_button = QPushButton(self.tr("Supprimer"))
        self.delete_button.clicked.connect(self.delete_need)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.reload()
        context.bus.changed.connect(self._on_data_changed)

    def reload(self) -> None:
        with self.context.store.session() as session:
            rows = need_queries.list_needs(session, NeedQuery(meeting_id=self.meeting_id))
        self.model.set_needs(rows)
        self.empty_label.setVisible(not rows)
        self._update_buttons()

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if tables & _WATCHED_TABLES:
            self.reload()

    def selected_need(self) -> NeedRow | None:
        return _selected_need(self.table, self.model)

    def _update_buttons(self, *_args) -> None:
        has_need = self.selected_need() is not None
        self.edit_button.setEnabled(has_need)
        self.delete_button.setEnabled(has_need)

    def add_need(self) -> None:
        with self.context.store.session() as session:
            meeting = get_calendar_meeting(session, self.meeting_id)
        meeting_date = meeting.meeting_date if meeting is not None else None
        NeedDialog(self.context, None, self, meeting_id=self.meeting_id, raised_on=meeting_date).exec()

    def edit_need(self) -> None:
        need = self.selected_need()
        if need is not None:
            NeedDialog(self.context, need.id, self).exec()

    def _edit_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self.edit_need()

    def delete_need(self) -> None:
        need = self.selected_need()
        if need is not None:
            _delete_need(self, self.context, need)
