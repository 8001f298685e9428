"""Presence of the invited territories in the "Présences" tab: present or absent, and how
many people each sent. Values are saved with the meeting ("Enregistrer")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QSpinBox, QTableWidget, QTableWidgetItem, QWidget

from tzcld_desktop.domain.forms import MAX_ATTENDEES, TerritoryAttendance

# Columns of the presence table.
TERRITORY_COLUMN = 0
PRESENT_COLUMN = 1
ATTENDEES_COLUMN = 2
NAMED_COLUMN = 3

_UNKNOWN, _PRESENT, _ABSENT = 0, 1, 2


def _presence_index(present: bool | None) -> int:
    if present is None:
        return _UNKNOWN
    return _PRESENT if present else _ABSENT


class PresenceTable(QTableWidget):
    """One row per invited territory: presence, number of people, named people invited/present."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Territoire"), self.tr("Présence"), self.tr("Personnes venues"), self.tr("Personnes nommées")])
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TERRITORY_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column in (PRESENT_COLUMN, ATTENDEES_COLUMN, NAMED_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._ids: list[str] = []
        self._values: dict[str, TerritoryAttendance] = {}
        self._read_only = False

    def set_territories(self, territories: list[tuple[str, str]], values: dict[str, TerritoryAttendance],
                        named: dict[str, tuple[int, int]]) -> None:
        """Show ``territories`` (id, name); ``named`` gives (invited, present) people per territory."""
        self._values = dict(values)
        self._ids = [territory_id for territory_id, _name in territories]
        for row in range(self.rowCount()):
            for column in (PRESENT_COLUMN, ATTENDEES_COLUMN):
                widget = self.cellWidget(row, column)
                if widget is not None:
                    # Hidden at once: Qt deletes a replaced cell widget only later.
                    widget.hide()
                    self.removeCellWidget(row, column)
        self.setRowCount(len(territories))
        for row, (territory_id, name) in enumerate(territories):
            value = self._values.get(territory_id, TerritoryAttendance())
            self.setItem(row, TERRITORY_COLUMN, QTableWidgetItem(name))
            combo = QComboBox()
            combo.addItems([self.tr("Non renseignée"), self.tr("Présent"), self.tr("Absent")])
            combo.setCurrentIndex(_presence_index(value.present))
            combo.setEnabled(not self._read_only)
            combo.currentIndexChanged.connect(lambda _index, tid=territory_id: self._read_row(tid))
            self.setCellWidget(row, PRESENT_COLUMN, combo)
            spin = QSpinBox()
            spin.setRange(0, MAX_ATTENDEES)
            spin.setSpecialValueText("—")
            spin.setValue(value.attendees or 0)
            spin.setEnabled(not self._read_only)
            spin.valueChanged.connect(lambda _value, tid=territory_id: self._read_row(tid))
            self.setCellWidget(row, ATTENDEES_COLUMN, spin)
            invited, present = named.get(territory_id, (0, 0))
            self.setItem(row, NAMED_COLUMN, QTableWidgetItem(
                self.tr("{invited} invitées, {present} présentes").format(invited=invited, present=present)))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in range(self.rowCount()):
            for column in (PRESENT_COLUMN, ATTENDEES_COLUMN):
                self.cellWidget(row, column).setEnabled(not read_only)

    def _read_row(self, territory_id: str) -> None:
        row = self._ids.index(territory_id)
        choice = self.cellWidget(row, PRESENT_COLUMN).currentIndex()
        attendees = self.cellWidget(row, ATTENDEES_COLUMN).value() or None
        present = None if choice == _UNKNOWN else choice == _PRESENT
        self._values[territory_id] = TerritoryAttendance(present, attendees)
        self.edited.emit()

    def set_presence(self, territory_id: str, present: bool | None, attendees: int | None) -> None:
        """Fill one row as the user would."""
        row = self._ids.index(territory_id)
        self.cellWidget(row, PRESENT_COLUMN).setCurrentIndex(_presence_index(present))
        self.cellWidget(row, ATTENDEES_COLUMN).setValue(attendees or 0)

    def values(self) -> dict[str, TerritoryAttendance]:
        """Return the presence of every listed territory."""
        return {territory_id: self._values.get(territory_id, TerritoryAttendance()) for territory_id in self._ids}

    def totals(self) -> tuple[int, int, int]:
        """Return (territories listed, territories present, people who came)."""
        values = self.values()
        present = sum(1 for value in values.values() if value.present)
        people = sum(value.attendees or 0 for value in values.values())
        return len(values), present, people
