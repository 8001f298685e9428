"""People of a meeting in the "Présences" tab: invited from the contacts or typed in,
then ticked present. Each change is saved at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import meeting_queries
from tzcld_desktop.db.meeting_queries import MeetingRecord, PersonView
from tzcld_desktop.domain.meeting_forms import MeetingPersonInput
from tzcld_desktop.ui import meeting_prompts, messages
from tzcld_desktop.ui.cluster_form import make_check_list
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.theme import alert_style

_ID_ROLE = Qt.ItemDataRole.UserRole

# Columns of the people table.
NAME_COLUMN = 0
ORGANISATION_COLUMN = 1
TERRITORY_COLUMN = 2
INVITED_COLUMN = 3
PRESENT_COLUMN = 4


class PersonDialog(QDialog):
    """Types in a person who is not among the contacts."""

    def __init__(self, territories: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ajouter une personne"))
        self.name_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.territory_combo = QComboBox()
        self.territory_combo.addItem(self.tr("Aucun"), None)
        for territory_id, name in territories:
            self.territory_combo.addItem(name, territory_id)
        self.error = QLabel()
        self.error.setStyleSheet(alert_style())
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Nom"), self.name_edit)
        form.addRow(self.tr("Structure"), self.organisation_edit)
        form.addRow(self.tr("Territoire"), self.territory_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Valider"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def value(self) -> MeetingPersonInput:
        return MeetingPersonInput(self.name_edit.text(), self.organisation_edit.text(),
                                  territory_id=self.territory_combo.currentData())

    def _check(self) -> None:
        if not self.name_edit.text().strip():
            self.error.setText(self.tr("Indiquez le nom de la personne."))
            self.error.setVisible(True)
            return
        self.accept()


class ContactPickerDialog(QDialog):
    """Ticks contacts of the invited territories and of the cluster to invite them."""

    def __init__(self, choices: list[meeting_queries.ContactChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inviter des contacts"))
        self.contact_list = make_check_list()
        for choice in choices:
            details = ", ".join(part for part in (choice.organisation, choice.territory_name) if part)
            entry = QListWidgetItem(f"{choice.name} ({details})" if details else choice.name)
            entry.setData(_ID_ROLE, choice.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.contact_list.addItem(entry)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Inviter"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Contacts des territoires invités et de la grappe :")))
        layout.addWidget(self.contact_list, 1)
        layout.addWidget(buttons)
        self.resize(460, 420)

    def checked_ids(self) -> list[str]:
        entries = (self.contact_list.item(row) for row in range(self.contact_list.count()))
        return [entry.data(_ID_ROLE) for entry in entries if entry.checkState() == Qt.CheckState.Checked]


class PeopleEditor(QWidget):
    """The people invited to one meeting, with their presence."""

    changed = Signal()

    def __init__(self, context: AppContext, ensure_saved: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ensure_saved = ensure_saved
        self.record: MeetingRecord | None = None
        self._read_only = False
        self._filling = False

        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nom"), self.tr("Structure"), self.tr("Territoire"), self.tr("Invitée"), self.tr("Présente")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ORGANISATION_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.invite_button = QPushButton(self.tr("Inviter des contacts…"))
        self.invite_button.clicked.connect(self.invite_contacts)
        self.add_button = QPushButton(self.tr("Ajouter une personne…"))
        self.add_button.clicked.connect(self.add_person)
        self.remove_button = QPushButton(self.tr("Retirer la personne"))
        self.remove_button.clicked.connect(self.remove_person)
        self.total_label = QLabel()

        buttons = QHBoxLayout()
        for button in (self.invite_button, self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_record(self, record: MeetingRecord | None) -> None:
        self.record = record
        people = record.people if record else ()
        self._filling = True
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            for column, text in ((NAME_COLUMN, person.name), (ORGANISATION_COLUMN, person.organisation),
                                 (TERRITORY_COLUMN, person.territory_name)):
                cell = QTableWidgetItem(text)
                cell.setData(_ID_ROLE, person.id)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
            for column, value in ((INVITED_COLUMN, person.invited), (PRESENT_COLUMN, bool(person.present))):
                cell = QTableWidgetItem()
                cell.setData(_ID_ROLE, person.id)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | (Qt.ItemFlag.NoItemFlags if self._read_only else Qt.ItemFlag.ItemIsUserCheckable))
                cell.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                self.table.setItem(row, column, cell)
        self._filling = False
        invited = sum(1 for person in people if person.invited)
        present = sum(1 for person in people if person.present)
        self.total_label.setText(self.tr("Personnes : {invited} invitées, {present} présentes").format(
            invited=invited, present=present))
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.set_record(self.record)

    def _update_buttons(self, *_args) -> None:
        writable = not self._read_only
        self.invite_button.setEnabled(writable)
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and self._selected_person() is not None)

    def _person(self, person_id: str) -> PersonView | None:
        people = self.record.people if self.record else ()
        return next((person for person in people if person.id == person_id), None)

    def _selected_person(self) -> PersonView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        cell = self.table.item(rows[0].row(), NAME_COLUMN)
        return self._person(cell.data(_ID_ROLE)) if cell else None

    def _on_item_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.column() not in (INVITED_COLUMN, PRESENT_COLUMN):
            return
        person = self._person(cell.data(_ID_ROLE))
        if person is None or self.record is None:
            return
        checked = cell.checkState() == Qt.CheckState.Checked
        invited = checked if cell.column() == INVITED_COLUMN else person.invited
        present = checked if cell.column() == PRESENT_COLUMN else person.present
        value = MeetingPersonInput(person.name, person.organisation, person.contact_id, person.territory_id,
                                   invited, present)
        meeting_id = self.record.id
        meeting_prompts.try_write(self, self.tr("Présence non enregistrée"),
                                  lambda: self.context.services.save_meeting_person(person.id, meeting_id, value))
        self.changed.emit()

    def invite_contacts(self) -> None:
        meeting_id = self.ensure_saved()
        if meeting_id is None or self.record is None:
            return
        already = {person.contact_id for person in self.record.people if person.contact_id}
        territory_ids = [territory.territory_id for territory in self.record.territories]
        with self.context.store.session() as session:
            choices = [choice for choice in meeting_queries.list_invitable_contacts(
                session, territory_ids, self.record.cluster_id) if choice.id not in already]
        if not choices:
            messages.information(self, self.tr("Inviter des contacts"),
                                 self.tr("Aucun autre contact dans les territoires invités ni dans la grappe. "
                                         "Ajoutez des contacts aux fiches des territoires, ou tapez le nom "
                                         "avec « Ajouter une personne… »."))
            return
        dialog = ContactPickerDialog(choices, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.checked_ids():
            contact_ids = dialog.checked_ids()
            meeting_prompts.try_write(self, self.tr("Contacts non invités"),
                                      lambda: self.context.services.invite_contacts(meeting_id, contact_ids))
            self.changed.emit()

    def add_person(self) -> None:
        meeting_id = self.ensure_saved()
        if meeting_id is None:
            return
        territories = [(territory.territory_id, territory.name)
                       for territory in (self.record.territories if self.record else ())]
        dialog = PersonDialog(territories, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            value = dialog.value()
            meeting_prompts.try_write(self, self.tr("Personne non ajoutée"),
                                      lambda: self.context.services.save_meeting_person(None, meeting_id, value))
            self.changed.emit()

    def remove_person(self) -> None:
        person = self._selected_person()
        if person is None:
            return
        meeting_prompts.try_write(self, self.tr("Personne non retirée"),
                                  lambda: self.context.services.delete_meeting_person(person.id))
        self.changed.emit()
