"""The per-item part of the "Compte rendu" tab: the minutes of each agenda item, whether
it was dealt with, and its decisions, informations and actions.

The text of an item is saved when another item is chosen, with "Enregistrer ce point",
and when the meeting window saves; outcomes are saved at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db.meeting_queries import AgendaItemView, MeetingRecord, OutcomeView
from tzcld_desktop.domain.meeting_forms import OutcomeInput
from tzcld_desktop.domain.stages import ActionStatus
from tzcld_desktop.domain.vocabulary import ItemStatus
from tzcld_desktop.ui import meeting_prompts, messages
from tzcld_desktop.ui.context import AppContext

_ID_ROLE = Qt.ItemDataRole.UserRole
# Columns of the outcome table.
OUTCOME_COLUMNS = 5


class MinutesEditor(QWidget):
    """Minutes and outcomes of each agenda item of one meeting."""

    changed = Signal()

    def __init__(self, context: AppContext, ensure_saved: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ensure_saved = ensure_saved
        self.record: MeetingRecord | None = None
        self._read_only = False
        self._shown_item_id: str | None = None
        self._loaded_text = ""
        self._loaded_status = ItemStatus.OPEN

        self.item_list = QListWidget()
        self.item_list.setAccessibleName(self.tr("Points de l'ordre du jour"))
        self.item_list.currentItemChanged.connect(self._on_item_chosen)
        self.item_title = QLabel(self.tr("Choisissez un point de l'ordre du jour."))
        self.item_title.setWordWrap(True)
        font = self.item_title.font()
        font.setBold(True)
        self.item_title.setFont(font)
        self.status_combo = QComboBox()
        for status in ItemStatus:
            self.status_combo.addItem(QCoreApplication.translate("ItemStatus", status.label), status.value)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Compte rendu du point choisi"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("Ce qui a été dit sur ce point"))
        self.save_item_button = QPushButton(self.tr("Enregistrer ce point"))
        self.save_item_button.clicked.connect(self.flush)

        self.outcome_table = QTableWidget(0, OUTCOME_COLUMNS)
        self.outcome_table.setAccessibleName(self.tr("Décisions et suites du point"))
        self.outcome_table.setHorizontalHeaderLabels(
            [self.tr("Type"), self.tr("Texte"), self.tr("Responsable"), self.tr("Échéance"), self.tr("Statut")])
        self.outcome_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outcome_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outcome_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outcome_table.verticalHeader().setVisible(False)
        self.outcome_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.outcome_table.itemSelectionChanged.connect(self._update_buttons)
        self.outcome_table.doubleClicked.connect(self.edit_outcome)
        self.add_outcome_button = QPushButton(self.tr("Nouvelle décision ou action…"))
        self.add_outcome_button.clicked.connect(self.add_outcome)
        self.edit_outcome_button = QPushButton(self.tr("Modifier la sélection…"))
        self.edit_outcome_button.clicked.connect(self.edit_outcome)
        self.remove_outcome_button = QPushButton(self.tr("Retirer la sélection"))
        self.remove_outcome_button.clicked.connect(self.remove_outcome)

        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("Avancement")))
        status_row.addWidget(self.status_combo)
        status_row.addStretch(1)
        status_row.addWidget(self.save_item_button)
        outcome_box = QGroupBox(self.tr("Décisions, informations et actions"))
        outcome_buttons = QHBoxLayout()
        for button in (self.add_outcome_button, self.edit_outcome_button, self.remove_outcome_button):
            outcome_buttons.addWidget(button)
        outcome_buttons.addStretch(1)
        outcome_layout = QVBoxLayout(outcome_box)
        outcome_layout.addWidget(self.outcome_table)
        outcome_layout.addLayout(outcome_buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.item_title)
        right_layout.addLayout(status_row)
        right_layout.addWidget(self.text_edit, 3)
        right_layout.addWidget(outcome_box, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.item_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._show_item(None)

    # -- showing -------------------------------------------------------------------------

    def set_record(self, record: MeetingRecord | None) -> None:
        """Show the items of ``record``; the text being typed on the current item is kept."""
        self.record = record
        current_id = self._shown_item_id
        self.item_list.blockSignals(True)
        self.item_list.clear()
        for item in record.items if record else []:
            entry = QListWidgetItem(self._item_label(item))
            entry.setData(_ID_ROLE, item.id)
            self.item_list.addItem(entry)
            if item.id == current_id:
                self.item_list.setCurrentItem(entry)
        self.item_list.blockSignals(False)
        item = self._item(current_id)
        if item is None:
            self._show_item(None)
        else:
            self._show_outcomes(item)
        self._update_buttons()

    def _item_label(self, item: AgendaItemView) -> str:
        status = QCoreApplication.translate("ItemStatus", item.status.label)
        prefix = f"{item.section} — " if item.section else ""
        return f"{prefix}{item.title} ({status})"

    def _item(self, item_id: str | None) -> AgendaItemView | None:
        if item_id is None or self.record is None:
            return None
        return next((item for item in self.record.items if item.id == item_id), None)

    def select_item(self, item_id: str) -> None:
        for row in range(self.item_list.count()):
            if self.item_list.item(row).data(_ID_ROLE) == item_id:
                self.item_list.setCurrentRow(row)
                return

    def _on_item_chosen(self, current: QListWidgetItem | None, _previous=None) -> None:
        self.flush()
        self._show_item(self._item(current.data(_ID_ROLE)) if current else None)

    def _show_item(self, item: AgendaItemView | None) -> None:
        self._shown_item_id = item.id if item else None
        self.item_title.setText(item.title if item else self.tr("Choisissez un point de l'ordre du jour."))
        self._loaded_text = item.minutes if item else ""
        self._loaded_status = item.status if item else ItemStatus.OPEN
        self.text_edit.setPlainText(self._loaded_text)
        self.status_combo.setCurrentIndex(self.status_combo.findData(self._loaded_status.value))
        self._show_outcomes(item)
        self._update_buttons()

    def _show_outcomes(self, item: AgendaItemView | None) -> None:
        outcomes = item.outcomes if item else ()
        self.outcome_table.setRowCount(len(outcomes))
        for row, outcome in enumerate(outcomes):
            cells = [
                QCoreApplication.translate("OutcomeKind", outcome.kind.label),
                outcome.text,
                outcome.owner,
                outcome.due_date.strftime("%d/%m/%Y") if outcome.due_date else "",
                QCoreApplication.translate("ActionStatus", outcome.action_status.label)
                if outcome.action_status else "",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(_ID_ROLE, outcome.id)
                cell.setToolTip(text)
                self.outcome_table.setItem(row, column, cell)
        self.outcome_table.resizeColumnsToContents()
        self.outcome_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.text_edit.setReadOnly(read_only)
        self.status_combo.setEnabled(not read_only)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        writable = not self._read_only and self._shown_item_id is not None
        has_outcome = self._selected_outcome() is not None
        self.save_item_button.setEnabled(writable)
        self.add_outcome_button.setEnabled(writable)
        self.edit_outcome_button.setEnabled(writable and has_outcome)
        self.remove_outcome_button.setEnabled(writable and has_outcome)

    def _selected_outcome(self) -> OutcomeView | None:
        item = self._item(self._shown_item_id)
        rows = self.outcome_table.selectionModel().selectedRows()
        if item is None or not rows or rows[0].row() >= len(item.outcomes):
            return None
        return item.outcomes[rows[0].row()]

    # -- writing -------------------------------------------------------------------------

    def is_modified(self) -> bool:
        status = ItemStatus(self.status_combo.currentData())
        return self._shown_item_id is not None and (
            self.text_edit.toPlainText() != self._loaded_text or status is not self._loaded_status)

    def flush(self) -> bool:
        """Save the text and progress of the shown item when they changed; return False on failure."""
        if self._read_only or not self.is_modified():
            return True
        item_id = self._shown_item_id
        text = self.text_edit.toPlainText()
        status = ItemStatus(self.status_combo.currentData())
        saved = meeting_prompts.try_write(self, self.tr("Compte rendu du point non enregistré"),
                                          lambda: self.context.services.save_item_minutes(item_id, text, status))
        if saved:
            self._loaded_text = text
            self._loaded_status = status
            self.changed.emit()
        return saved

    def _write_outcome(self, record_id: str | None, value: OutcomeInput) -> None:
        item_id = self._shown_item_id
        if item_id is None or not self.flush():
            return
        meeting_prompts.try_write(self, self.tr("Décision ou action non enregistrée"),
                                  lambda: self.context.services.save_outcome(record_id, item_id, value))
        self.changed.emit()

    def add_outcome(self) -> None:
        dialog = meeting_prompts.OutcomeDialog(None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._write_outcome(None, dialog.value())

    def edit_outcome(self, *_args) -> None:
        outcome = self._selected_outcome()
        if outcome is None or self._read_only:
            return
        value = OutcomeInput(outcome.kind, outcome.text, outcome.owner, outcome.due_date,
                             outcome.action_status or ActionStatus.TODO)
        dialog = meeting_prompts.OutcomeDialog(value, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._write_outcome(outcome.id, dialog.value())

    def remove_outcome(self) -> None:
        outcome = self._selected_outcome()
        if outcome is None:
            return
        if messages.confirm(self, self.tr("Retirer la sélection"),
                            self.tr("Retirer « {text} » du compte rendu ?").format(text=outcome.text)):
            meeting_prompts.try_write(self, self.tr("Élément non retiré"),
                                      lambda: self.context.services.delete_outcome(outcome.id))
            self.changed.emit()

