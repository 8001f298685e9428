"""Pieces shared by the follow-up tabs of the territory record.

The module holds a generic read-only table model fed with plain rows, the table view
settings and the keyboard shortcuts of a list (Entrée to edit, Suppr to delete). It also
holds the base of the tabs built around one list, and the French formatting and parsing
of dates, numbers and file sizes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QWidget
from sqlalchemy.orm import Session

from tzcld_desktop.domain.errors import UserError, ValidationError
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.field_errors import FieldErrors
from tzcld_desktop.ui.record.base import RecordTab
from tzcld_desktop.ui.theme import muted_style

log = logging.getLogger(__name__)

# Item roles as plain ints. ``RowTableModel.data`` receives an int and runs for about
# eight roles of every cell measured or painted, so it compares against these.
_DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    """One column of a ``RowTableModel``: its header and how a row shows in it.

    ``header`` is French source text translated in ``RowTableModel``'s context.
    ``display`` returns the cell text; the optional callables return the other roles.
    """

    header: str
    display: Callable[[Any], str]
    tooltip: Callable[[Any], str | None] | None = None
    align_right: bool = False


class RowTableModel(QAbstractTableModel):
    """Read-only rows of plain objects, replaced as a whole with ``set_rows``.

    ``row_role`` returns the data of the roles that concern a whole row (foreground, decoration…);
    it receives the row, the column and the role, and returns None for the default.
    A cell's text is computed once and kept until the next ``set_rows``, because the
    view requests it again at each measure of the columns and at each paint.
    """

    def __init__(self, context: str, columns: Sequence[Column],
                 row_role: Callable[[Any, int, int], Any] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self._columns = list(columns)
        self._row_role = row_role
        self._rows: list[Any] = []
        self._texts: dict[tuple[int, int], Any] = {}

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = {}
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, predicate: Callable[[Any], bool]) -> int | None:
        """Return the number of the first row that ``predicate`` accepts, or None."""
        for number, row in enumerate(self._rows):
            if predicate(row):
                return number
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._columns):
                return QCoreApplication.translate(self._context, self._columns[section].header)
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        number = index.row()
        if not 0 <= number < len(self._rows) or not index.isValid():
            return None
        column_number = index.column()
        if role == _DISPLAY_ROLE:
            key = (number, column_number)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._columns[column_number].display(self._rows[number])
            return text
        column = self._columns[column_number]
        if role == _TOOLTIP_ROLE and column.tooltip is not None:
            return column.tooltip(self._rows[number])
        if role == _ALIGNMENT_ROLE and column.align_right:
            return _RIGHT_ALIGNED
        if self._row_role is not None:
            return self._row_role(self._rows[number], column_number, role)
        return None


def make_table(model: QAbstractTableModel, stretch_column: int) -> QTableView:
    """Return a read-only, single-selection table of whole rows, one text line per row."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    # Columns fit the widest of the first rows, so a long list does not measure every
    # row at each refresh. Dates, kinds and names vary little in width down a journal.
    header.setResizeContentsPrecision(40)
    header.setSectionResizeMode(header.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, header.ResizeMode.Stretch)
    return table


class _DeleteKeyFilter(QObject):
    """Calls ``delete`` when Suppr is pressed in the filtered widget."""

    def __init__(self, parent: QObject, delete: Callable[[], None]) -> None:
        super().__init__(parent)
        self._delete = delete

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self._delete()
            return True
        return False


def add_list_shortcuts(table: QTableView, edit: Callable[[], None], delete: Callable[[], None]) -> None:
    """Let Entrée or a double click open the selected row, and Suppr delete it."""
    # QAbstractItemView emits "activated" for Entrée and for a double click.
    table.activated.connect(lambda _index: edit())
    table.installEventFilter(_DeleteKeyFilter(table, delete))


def selected_row(table: QTableView) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def select_row(table: QTableView, row: int | None) -> None:
    """Select and show ``row``, or clear the selection for None."""
    if row is None:
        table.clearSelection()
        return
    table.selectRow(row)
    table.scrollTo(table.model().index(row, 0))


def empty_label(text: str) -> QLabel:
    """Return the grey, centred text shown in place of an empty list."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(muted_style("padding: 12px;"))
    return label


# -- French formatting and parsing --------------------------------------------------------


def format_date(value: date | None) -> str:
    """Format a date in the default locale's short form ("04/12/2026" in French), or ""."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def format_number(value: float | None) -> str:
    """Format a number with the locale's decimal separator, without needless decimals ("12,5", "40")."""
    if value is None:
        return ""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 2).rstrip("0").rstrip(QLocale().decimalPoint())


def parse_decimal(text: str) -> float | None:
    """Return the number typed in ``text``, or None for an empty text; raise ``ValueError`` otherwise.

    A decimal comma or point is accepted ("12,5" and "12.5"), as are spaces between
    thousands ("1 200").
    """
    cleaned = "".join(text.split()).replace("\u202f", "").replace(",", ".")
    if not cleaned:
        return None
    value = float(cleaned)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    return value


def format_size(size: int | None) -> str:
    """Format a file size in French units: "850 octets", "12,4 Ko", "1,2 Mo"."""
    if size is None:
        return ""
    locale = QLocale()
    if size < 2:
        return QCoreApplication.translate("FileSize", "{value} octet").format(value=size)
    if size < 1024:
        return QCoreApplication.translate("FileSize", "{value} octets").format(value=locale.toString(size))
    for unit in (
        QCoreApplication.translate("FileSize", "{value} Ko"),
        QCoreApplication.translate("FileSize", "{value} Mo"),
    ):
        size_in_unit = size / 1024
        if size_in_unit < 1024:
            return unit.format(value=locale.toString(size_in_unit, "f", 1))
        size = size_in_unit
    return QCoreApplication.translate("FileSize", "{value} Go").format(value=locale.toString(size / 1024, "f", 1))


class ListTab(RecordTab):
    """A record tab built around one list with "Ajouter…", "Modifier…" and "Supprimer" buttons.

    Subclasses give the columns, read the rows, open the dialog of a row (None for a new
    one) and delete a row. Entrée or a double click edits the selected row, Suppr
    deletes it after a confirmation.
    """

    # The text of the add button, marked in the subclass's own translation context.
    ADD_TEXT = ""

    def __init__(self, context: AppContext, territory_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, territory_id, parent)
        # A tab that keeps the default ``row_role`` has no per-row roles, so the model skips the call.
        row_role = self.row_role if type(self).row_role is not ListTab.row_role else None
        self.model = RowTableModel(type(self).__name__, self.columns(), row_role, self)
        self.table = make_table(self.model, self.stretch_column())
        self.table.setAccessibleName(self.title())
        add_list_shortcuts(self.table, self.edit_selected, self.delete_selected)
        self.add_button = QPushButton(QCoreApplication.translate(type(self).__name__, self.ADD_TEXT))
        self.edit_button = QPushButton(QCoreApplication.translate("ListTab", "&Modifier…"))
        self.delete_button = QPushButton(QCoreApplication.translate("ListTab", "&Supprimer"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self.selection_changed())
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.add_button)
        self.button_row.addWidget(self.edit_button)
        self.button_row.addWidget(self.delete_button)
        self.button_row.addStretch(1)

    # -- what subclasses provide ---------------------------------------------------------

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def stretch_column(self) -> int:
        return 0

    def row_role(self, row: Any, column: int, role: int) -> Any:
        """Return the data of ``role`` for a cell (colour, icon…), or None for the default."""
        return None

    def load(self, session: Session) -> list[Any]:
        raise NotImplementedError

    def open_dialog(self, row: Any | None) -> str | None:
        """Open the dialog of ``row`` (None: a new one); return the saved row's id, or None."""
        raise NotImplementedError

    def delete_question(self, row: Any) -> tuple[str, str]:
        """Return the title and the question of the confirmation before deleting ``row``."""
        raise NotImplementedError

    def delete_row(self, row: Any) -> None:
        """Delete ``row`` through the services and notify the data bus."""
        raise NotImplementedError

    # -- behaviour -----------------------------------------------------------------------

    def show_rows(self, rows: list[Any]) -> None:
        """Show ``rows``, keeping the selected row selected when it is still listed."""
        selected = self.selected()
        self.model.set_rows(rows)
        if selected is not None:
            self.select_id(selected.id)
        self.selection_changed()

    def reload(self) -> None:
        with self.context.store.session() as session:
            rows = self.load(session)
        self.show_rows(rows)

    def selected(self) -> Any | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def select_id(self, row_id: str | None) -> bool:
        row = self.model.row_of(lambda item: item.id == row_id) if row_id else None
        select_row(self.table, row)
        return row is not None

    def selection_changed(self) -> None:
        has_selection = self.selected() is not None
        self.edit_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)

    def add(self) -> None:
        saved_id = self.open_dialog(None)
        if saved_id:
            self.reload()
            self.select_id(saved_id)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        saved_id = self.open_dialog(row)
        if saved_id:
            self.reload()
            self.select_id(saved_id)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        title, question = self.delete_question(row)
        if not messages.confirm(self, title, question):
            return
        try:
            self.delete_row(row)
        except UserError as error:
            log.warning("%s: row %s not deleted: %s", type(self).__name__, row.id, error)
            messages.show_user_error(self, QCoreApplication.translate("ListTab", "Suppression impossible"), error)
        self.reload()


def save_with_errors(dialog: QWidget, errors: FieldErrors, save: Callable[[], str]) -> str | None:
    """Run ``save`` and return its result, or show its errors in the dialog and return None."""
    try:
        return save()
    except ValidationError as error:
        errors.show(error.field_messages())
    except UserError as error:
        log.warning("%s not saved: %s", type(dialog).__name__, error)
        errors.show({"": error.message()})
    return None
