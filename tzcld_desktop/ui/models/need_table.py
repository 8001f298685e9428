"""Table model of needs raised (remontées de besoins)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from tzcld_desktop.db.need_queries import NeedRow
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP
from tzcld_desktop.ui.formatting import format_short_date
from tzcld_desktop.ui.models.row_table import RowTableModel, first_line

RAISED_ON = 0
CLUSTER = 1
TERRITORY = 2
CATEGORY = 3
DESCRIPTION = 4
STATUS = 5
COLUMN_COUNT = 6


class NeedTableModel(RowTableModel[NeedRow]):
    """Read-only rows of needs, replaced as a whole with ``set_needs``."""

    CONTEXT = "NeedTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("NeedTableModel", "Date"),
        QT_TRANSLATE_NOOP("NeedTableModel", "Grappe"),
        QT_TRANSLATE_NOOP("NeedTableModel", "Territoire"),
        QT_TRANSLATE_NOOP("NeedTableModel", "Catégorie"),
        QT_TRANSLATE_NOOP("NeedTableModel", "Description"),
        QT_TRANSLATE_NOOP("NeedTableModel", "Statut"),
    )

    def set_needs(self, rows: Sequence[NeedRow]) -> None:
        self.set_rows(rows)

    def need_at(self, row: int) -> NeedRow:
        return self.row_at(row)

    def needs(self) -> list[NeedRow]:
        return self.rows()

    def display(self, row: NeedRow, column: int) -> str | None:
        if column == RAISED_ON:
            return format_short_date(row.raised_on)
        if column == CLUSTER:
            return row.cluster_name
        if column == TERRITORY:
            return row.territory_name
        if column == CATEGORY:
            return QCoreApplication.translate("NeedCategory", row.category.label)
        if column == DESCRIPTION:
            # A multi-line description shows its first line, and the tooltip shows it whole.
            return first_line(row.description)
        if column == STATUS:
            return QCoreApplication.translate("NeedStatus", row.status.label)
        return None

    def tooltip(self, row: NeedRow, column: int) -> str | None:
        return row.description if column == DESCRIPTION else None
