"""Table model of needs raised (remontées de besoins)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from tzcld_desktop.db.need_queries import NeedRow
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP
from tzcld_desktop.ui.models.action_table import format_short_date

RAISED_ON = 0
CLUSTER = 1
TERRITORY = 2
CATEGORY = 3
DESCRIPTION = 4
STATUS = 5
COLUMN_COUNT = 6

_CONTEXT = "NeedTableModel"
_HEADERS = {
    RAISED_ON: QT_TRANSLATE_NOOP("NeedTableModel", "Date"),
    CLUSTER: QT_TRANSLATE_NOOP("NeedTableModel", "Grappe"),
    TERRITORY: QT_TRANSLATE_NOOP("NeedTableModel", "Territoire"),
    CATEGORY: QT_TRANSLATE_NOOP("NeedTableModel", "Catégorie"),
    DESCRIPTION: QT_TRANSLATE_NOOP("NeedTableModel", "Description"),
    STATUS: QT_TRANSLATE_NOOP("NeedTableModel", "Statut"),
}


class NeedTableModel(QAbstractTableModel):
    """Read-only rows of needs, replaced as a whole with ``set_needs``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[NeedRow] = []

    def set_needs(self, rows: Sequence[NeedRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def need_at(self, row: int) -> NeedRow:
        return self._rows[row]

    def needs(self) -> list[NeedRow]:
        return list(self._rows)

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
        need = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(need, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == DESCRIPTION:
            return need.description
        return None

    @staticmethod
    def _display(need: NeedRow, column: int) -> str | None:
        if column == RAISED_ON:
            return format_short_date(need.raised_on)
        if column == CLUSTER:
            return need.cluster_name
        if column == TERRITORY:
            return need.territory_name
        if column == CATEGORY:
            return QCoreApplication.translate("NeedCategory", need.category.label)
        if column == DESCRIPTION:
            # A multi-line description shows its first line, and the tooltip shows it whole.
            lines = need.description.strip().splitlines()
            return lines[0] if lines else ""
        if column == STATUS:
            return QCoreApplication.translate("NeedStatus", need.status.label)
        return None
