"""A date field that may be left empty: a date editor with a "Sans date" box."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

DATE_FORMAT = "dd/MM/yyyy"
# The editor of an empty optional date shows its minimum, written as a dash.
_NO_DATE = QDate(1900, 1, 1)


def make_date_edit() -> QDateEdit:
    """Return a date editor with a calendar pop-up, showing today, in the French day/month/year order."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(QDate.currentDate())
    return edit


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class OptionalDateEdit(QWidget):
    """A date, or none when "Sans date" is checked; ``changed`` fires on any user edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = make_date_edit()
        self.date_edit.setMinimumDate(_NO_DATE)
        self.date_edit.setSpecialValueText("—")
        self.none_check = QCheckBox(self.tr("Sans date"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.none_check)
        layout.addStretch(1)
        self.none_check.toggled.connect(self._update_enabled)
        self.none_check.toggled.connect(self.changed)
        self.date_edit.dateChanged.connect(self.changed)
        self.set_value(None)

    def value(self) -> date | None:
        if self.none_check.isChecked():
            return None
        return self.date_edit.date().toPython()

    def set_value(self, value: date | None) -> None:
        """Show ``value``; None checks "Sans date" and empties the disabled editor."""
        self.blockSignals(True)
        try:
            self.date_edit.setDate(to_qdate(value) if value is not None else _NO_DATE)
            self.none_check.setChecked(value is None)
            self._update_enabled()
        finally:
            self.blockSignals(False)

    def _update_enabled(self) -> None:
        has_date = not self.none_check.isChecked()
        self.date_edit.setEnabled(has_date)
        if has_date and self.date_edit.date() == _NO_DATE:
            self.date_edit.setDate(QDate.currentDate())
        elif not has_date:
            self.date_edit.setDate(_NO_DATE)
