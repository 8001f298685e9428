"""Table model of the exchange log: one row per file sent, received or undone."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PureWindowsPath

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from tzcld_desktop.db.exchange_log import ExchangeLogView
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP
from tzcld_desktop.ui.exchange_text import format_local_long, format_local_short, records_phrase, report_counts_text

DATE = 0
DIRECTION = 1
PERSON = 2
FILE = 3
COUNTS = 4
RESULT = 5
COLUMN_COUNT = 6

CONTEXT = "ExchangeLogTableModel"
_HEADERS = {
    DATE: QT_TRANSLATE_NOOP(CONTEXT, "Date"),
    DIRECTION: QT_TRANSLATE_NOOP(CONTEXT, "Sens"),
    PERSON: QT_TRANSLATE_NOOP(CONTEXT, "Collègue"),
    FILE: QT_TRANSLATE_NOOP(CONTEXT, "Fichier"),
    COUNTS: QT_TRANSLATE_NOOP(CONTEXT, "Éléments"),
    RESULT: QT_TRANSLATE_NOOP(CONTEXT, "Résultat"),
}
_DIRECTIONS = {
    "export": QT_TRANSLATE_NOOP(CONTEXT, "Envoyé"),
    "import": QT_TRANSLATE_NOOP(CONTEXT, "Reçu"),
    "undo": QT_TRANSLATE_NOOP(CONTEXT, "Annulé"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def file_name(entry: ExchangeLogView) -> str:
    """Return the file's name without its folder, whichever system wrote the path."""
    return PureWindowsPath(entry.file_name).name


def direction_text(entry: ExchangeLogView) -> str:
    label = _DIRECTIONS.get(entry.direction)
    return _tr(label) if label else entry.direction


def person_text(entry: ExchangeLogView) -> str:
    if entry.peer_person:
        return entry.peer_person
    if entry.direction == "export":
        return QCoreApplication.translate(CONTEXT, "Tous (export complet)")
    return ""


def counts_text(entry: ExchangeLogView) -> str:
    """Return "12 nouveaux, 3 modifiés, 1 supprimé, 0 conflit" for an import, "40 éléments" for an export."""
    if entry.direction == "import":
        return report_counts_text(entry.counts)
    if entry.direction == "export" and "records" in entry.counts:
        return records_phrase(entry.counts["records"])
    return ""


def result_text(entry: ExchangeLogView) -> str:
    return QCoreApplication.translate(CONTEXT, "Réussi") if entry.result == "ok" else entry.result


class ExchangeLogTableModel(QAbstractTableModel):
    """Read-only rows of the exchange log, replaced as a whole with ``set_entries``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ExchangeLogView] = []

    def set_entries(self, rows: Sequence[ExchangeLogView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry_at(self, row: int) -> ExchangeLogView:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            header = _HEADERS.get(section)
            return _tr(header) if header else None
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FILE:
                return entry.file_name
            if column == DATE:
                return format_local_long(entry.at)
        return None

    def _display(self, entry: ExchangeLogView, column: int) -> str | None:
        if column == DATE:
            return format_local_short(entry.at)
        if column == DIRECTION:
            return direction_text(entry)
        if column == PERSON:
            return person_text(entry)
        if column == FILE:
            return file_name(entry)
        if column == COUNTS:
            return counts_text(entry)
        if column == RESULT:
            return result_text(entry)
        return None
