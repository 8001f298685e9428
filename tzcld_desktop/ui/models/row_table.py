"""A read-only table model over a list of rows, replaced as a whole.

Subclasses list their column headers and define what each cell displays. The row
count, column count and headers work the same way for all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
_Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one kind, one column per entry of ``HEADERS``.

    ``HEADERS`` lists the French source text of each column's header, translated in the
    ``CONTEXT`` translation context. ``display`` and ``tooltip`` give a cell's texts.
    """

    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.HEADERS):
                return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
            return None
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return None

    def display(self, row: Row, column: int) -> str | None:
        raise NotImplementedError

    def tooltip(self, row: Row, column: int) -> str | None:
        """Return the tooltip of a cell, or None when a subclass defines none."""
        return None


def first_line(text: str) -> str:
    """Return the first line of ``text`` without surrounding blanks, or "" for a blank text."""
    lines = text.strip().splitlines()
    return lines[0] if lines else ""
