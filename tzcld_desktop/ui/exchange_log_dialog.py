"""The "Journal des échanges" window: every exchange file sent, received or undone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db.exchange_log import list_exchange_log
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.exchange_text import local_datetime
from tzcld_desktop.ui.models import exchange_log_table
from tzcld_desktop.ui.models.exchange_log_table import ExchangeLogTableModel
from tzcld_desktop.ui.table_export import export_rows

# The latest entries shown; older ones stay in the database.
SHOWN_ENTRIES = 500
_COLUMN_SAMPLES = {
    exchange_log_table.DATE: "00/00/0000 00:00",
    exchange_log_table.DIRECTION: "Annulé",
    exchange_log_table.PERSON: "Tous (export complet)",
    exchange_log_table.FILE: "tzcld-pour-claire-martin-2026-03-05.tzsync",
    exchange_log_table.COUNTS: "12 nouveaux, 3 modifiés, 1 supprimé, 0 conflit",
}


class ExchangeLogDialog(QDialog):
    """The exchange log, newest first. ``reload`` reads it again after an exchange."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Journal des échanges"))
        self.model = ExchangeLogTableModel(self)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Échanges de fichiers"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 4 * metrics.averageCharWidth()
        for column, sample in _COLUMN_SAMPLES.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + padding)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        self.count_label = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.export_button = QPushButton(self.tr("Exporter la liste…"))
        self.export_button.clicked.connect(self.export_list)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        width = sum(header.sectionSize(column) for column in range(self.model.columnCount()))
        self.resize(max(900, width + 120), 480)
        self.reload()

    def reload(self) -> None:
        with self.context.store.session() as session:
            entries = list_exchange_log(session, SHOWN_ENTRIES)
        self.model.set_entries(entries)
        if not entries:
            self.count_label.setText(self.tr("Aucun fichier envoyé ni reçu pour l'instant."))
        elif len(entries) == SHOWN_ENTRIES:
            self.count_label.setText(self.tr("Les {count} derniers échanges sont affichés.").format(count=SHOWN_ENTRIES))
        else:
            self.count_label.setText("")

    def export_list(self) -> None:
        """Export the entries shown to a spreadsheet, dates as local times."""
        headers = [self.model.headerData(column, Qt.Orientation.Horizontal) for column in range(self.model.columnCount())]
        rows = []
        for row in range(self.model.rowCount()):
            entry = self.model.entry_at(row)
            cells: list[object] = [local_datetime(entry.at).replace(tzinfo=None)]
            for column in range(1, self.model.columnCount()):
                cells.append(self.model.data(self.model.index(row, column)))
            rows.append(cells)
        export_rows(self, self.tr("Journal des échanges"), headers, rows, "journal-des-echanges")
