"""Table model of the actions decided at a meeting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt

from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP
from tzcld_desktop.domain.stages import ActionStatus

TEXT = 0
TERRITORY = 1
OWNER = 2
DUE_DATE = 3
STATUS = 4
COLUMN_COUNT = 5

_CONTEXT = "ActionTableModel"
_HEADERS = {
    TEXT: QT_TRANSLATE_NOOP("ActionTableModel", "Action"),
    TERRITORY: QT_TRANSLATE_NOOP("ActionTableModel", "Territoire"),
    OWNER: QT_TRANSLATE_NOOP("ActionTableModel", "Responsable"),
    DUE_DATE: QT_TRANSLATE_NOOP("ActionTableModel", "Échéance"),
    STATUS: QT_TRANSLATE_NOOP("ActionTableModel", "Statut"),
}


class ActionRow(Protocol):
    """Attributes of an action that the model reads. ``queries.ActionView`` has all of them."""

    text: str
    owner: str
    due_date: date | None
    status: ActionStatus
    territory_name: str


def format_short_date(value: date | None) -> str:
    """Format a date in the default locale's short form ("04/12/2026" in French), or ""."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


class ActionTableModel(QAbstractTableModel):
    """Read-only rows of actions, replaced as a whole with ``set_actions``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ActionRow] = []

    def set_actions(self, rows: Sequence[ActionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def action_at(self, row: int) -> ActionRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            header = _HEADERS.get(section)
            return QCoreApplication.translate(_CONTEXT, header) if header else None
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        action = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return action.text
        return None

    @staticmethod
    def _display(action: ActionRow, column: int) -> str | None:
        if column == TEXT:
            # A multi-line action shows its first line, and the tooltip shows the whole text.
            return action.text.strip().splitlines()[0] if action.text.strip() else ""
        if column == TERRITORY:
            return action.territory_name
        if column == OWNER:
            return action.owner
        if column == DUE_DATE:
            return format_short_date(action.due_date)
        if column == STATUS:
            return QCoreApplication.translate("ActionStatus", action.status.label)
        return None
