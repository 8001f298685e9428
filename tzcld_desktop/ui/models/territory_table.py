"""Table model of the territory list: one ``TerritoryRow`` per line, no sorting of its own.

Sorting and filtering happen in ``queries.TerritoryList``, in memory. The panel sorts
again when a header is clicked and hands the new rows to ``set_rows``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from tzcld_desktop.db.queries import TerritoryRow
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP

CONTEXT = "TerritoryTableModel"

NAME, DEPARTEMENT, REGION, CLUSTER, STAGE, HABILITATION = range(6)
COLUMN_COUNT = 6

# The ``TerritoryQuery.sort_column`` value for each column.
SORT_KEYS = {
    NAME: "name",
    DEPARTEMENT: "departement",
    REGION: "region",
    CLUSTER: "cluster",
    STAGE: "stage",
    HABILITATION: "habilitation_date",
}

_HEADERS = {
    NAME: QT_TRANSLATE_NOOP("TerritoryTableModel", "Territoire"),
    DEPARTEMENT: QT_TRANSLATE_NOOP("TerritoryTableModel", "Département"),
    REGION: QT_TRANSLATE_NOOP("TerritoryTableModel", "Région"),
    CLUSTER: QT_TRANSLATE_NOOP("TerritoryTableModel", "Grappe"),
    STAGE: QT_TRANSLATE_NOOP("TerritoryTableModel", "Étape"),
    HABILITATION: QT_TRANSLATE_NOOP("TerritoryTableModel", "Habilitation"),
}

# A pale amber that keeps black text readable in light themes.
_FLAGGED_BACKGROUND = QColor(255, 236, 179)

_Index = QModelIndex | QPersistentModelIndex


def departement_label(code: str, name: str) -> str:
    """Return "07 – Ardèche", or "" when the territory has no département."""
    if not code:
        return ""
    return f"{code} – {name}"


def format_short_date(value: date) -> str:
    """Format a date with the short format of the default ``QLocale`` (dd/MM/yyyy in French)."""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


class TerritoryTableModel(QAbstractTableModel):
    """Rows of ``queries.TerritoryList.select``, shown in the columns NAME to HABILITATION."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[TerritoryRow] = []

    # -- content -----------------------------------------------------------------------

    def set_rows(self, rows: list[TerritoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_id(self, index: _Index) -> str | None:
        """Return the territory id shown on the row of ``index``, or None for an invalid index."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()].id

    def row_for_id(self, territory_id: str) -> int | None:
        """Return the row number showing ``territory_id``, or None when it is not listed."""
        for number, row in enumerate(self._rows):
            if row.id == territory_id:
                return number
        return None

    def territory_row(self, row: int) -> TerritoryRow:
        return self._rows[row]

    def display_text(self, row: int, column: int) -> str:
        """Return the text shown in a cell, as ``data`` returns it for the display role."""
        return self._display(self._rows[row], column)

    def is_italic(self, row: int, column: int) -> bool:
        """Return whether a cell is shown in italics: an approximate habilitation date."""
        territory = self._rows[row]
        return column == HABILITATION and territory.habilitation_date is None and bool(territory.habilitation_date_note)

    def distinct_rows(self, column: int) -> list[int]:
        """Return the first row showing each distinct value of ``column``.

        Rows are compared by the stored values behind the cell, so no text is formatted.
        """
        value_of = _CELL_VALUES[column]
        first_rows: dict[object, int] = {}
        for number, territory in enumerate(self._rows):
            first_rows.setdefault(value_of(territory), number)
        return list(first_rows.values())

    # -- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or section not in _HEADERS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, _HEADERS[section])
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return Qt.SortOrder.AscendingOrder
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and column == HABILITATION and row.habilitation_date is None:
            if row.habilitation_date_note:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.BackgroundRole and _is_flagged(row):
            return QBrush(_FLAGGED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and _is_flagged(row):
            # Pinned to black because the amber background stays light in a dark theme.
            return QBrush(QColor(Qt.GlobalColor.black))
        if role == Qt.ItemDataRole.DecorationRole and column == NAME and _is_flagged(row):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    # -- cell text ---------------------------------------------------------------------

    @staticmethod
    def _display(row: TerritoryRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == DEPARTEMENT:
            return departement_label(row.departement_code, row.departement_name)
        if column == REGION:
            return row.region_name
        if column == CLUSTER:
            return row.cluster_name
        if column == STAGE:
            return QCoreApplication.translate("Stage", row.stage.label)
        if column == HABILITATION:
            if row.habilitation_date is not None:
                return format_short_date(row.habilitation_date)
            return row.habilitation_date_note
        return ""

    @classmethod
    def _tooltip(cls, row: TerritoryRow, column: int) -> str | None:
        if _is_flagged(row):
            return _flag_explanation(row)
        if column == HABILITATION and row.habilitation_date_note:
            return row.habilitation_date_note
        # The whole value, for cells too narrow to show it.
        return cls._display(row, column) or None


# The stored values that each column's text is made from.
_CELL_VALUES = {
    NAME: lambda row: row.name,
    DEPARTEMENT: lambda row: (row.departement_code, row.departement_name),
    REGION: lambda row: row.region_name,
    CLUSTER: lambda row: row.cluster_name,
    STAGE: lambda row: row.stage,
    HABILITATION: lambda row: (row.habilitation_date, row.habilitation_date_note),
}


def _is_flagged(row: TerritoryRow) -> bool:
    return row.has_conflict or row.needs_review


def _flag_explanation(row: TerritoryRow) -> str:
    lines = []
    if row.needs_review:
        lines.append(QCoreApplication.translate(
            CONTEXT,
            "Ce territoire a été supprimé sur un autre poste pendant qu'il était modifié ici. "
            "Vérifiez s'il faut le garder.",
        ))
    if row.has_conflict:
        lines.append(QCoreApplication.translate(
            CONTEXT,
            "Ce territoire a été modifié sur deux postes sans que l'un ait vu l'autre : "
            "une des valeurs est affichée, l'autre est conservée.",
        ))
    if row.habilitation_date_note:
        lines.append(QCoreApplication.translate(CONTEXT, "Date d'habilitation : {note}").format(
            note=row.habilitation_date_note
        ))
    return "\n".join(lines)
