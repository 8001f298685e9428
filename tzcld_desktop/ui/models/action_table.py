"""Table model of the actions decided at a meeting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP
from tzcld_desktop.domain.stages import ActionStatus
from tzcld_desktop.ui.formatting import format_short_date
from tzcld_desktop.ui.models.row_table import RowTableModel, first_line

TEXT = 0
TERRITORY = 1
OWNER = 2
DUE_DATE = 3
STATUS = 4
COLUMN_COUNT = 5


class ActionRow(Protocol):
    """Attributes of an action that the model reads. ``queries.ActionView`` has all of them."""

    text: str
    owner: str
    due_date: date | None
    status: ActionStatus
    territory_name: str


class ActionTableModel(RowTableModel[ActionRow]):
    """Read-only rows of actions, replaced as a whole with ``set_actions``."""

    CONTEXT = "ActionTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ActionTableModel", "Action"),
        QT_TRANSLATE_NOOP("ActionTableModel", "Territoire"),
        QT_TRANSLATE_NOOP("ActionTableModel", "Responsable"),
        QT_TRANSLATE_NOOP("ActionTableModel", "Échéance"),
        QT_TRANSLATE_NOOP("ActionTableModel", "Statut"),
    )

    def set_actions(self, rows: Sequence[ActionRow]) -> None:
        self.set_rows(rows)

    def action_at(self, row: int) -> ActionRow:
        return self.row_at(row)

    def display(self, row: ActionRow, column: int) -> str | None:
        if column == TEXT:
            # A multi-line action shows its first line, and the tooltip shows the whole text.
            return first_line(row.text)
        if column == TERRITORY:
            return row.territory_name
        if column == OWNER:
            return row.owner
        if column == DUE_DATE:
            return format_short_date(row.due_date)
        if column == STATUS:
            return QCoreApplication.translate("ActionStatus", row.status.label)
        return None

    def tooltip(self, row: ActionRow, column: int) -> str | None:
        return row.text if column == TEXT else None
