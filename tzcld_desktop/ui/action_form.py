"""The action dialog of a meeting, and the date helpers the meeting forms share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.domain.errors import ValidationError
from tzcld_desktop.domain.forms import ActionInput, validate_action
from tzcld_desktop.domain.stages import ActionStatus
from tzcld_desktop.ui.field_errors import FieldErrors, make_error_label
from tzcld_desktop.ui.save_key import bind_save_key


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def make_date_edit(value: date) -> QDateEdit:
    """Create a date field with a calendar popup, in the default locale's long format."""
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
    return edit


@dataclass
class ActionDraft:
    """An action as edited in the meeting dialog. ``id`` is None until the action is saved."""

    id: str | None
    text: str
    owner: str = ""
    due_date: date | None = None
    status: ActionStatus = ActionStatus.TODO
    territory_id: str | None = None
    territory_name: str = ""
    modified: bool = True

    def sort_key(self) -> tuple:
        # Same order as queries.list_actions: by due date, undated last, then by text.
        return (self.due_date is None, self.due_date or date.min, self.text)


class ActionDialog(QDialog):
    """Edits one action. ``territories`` lists the (id, name) pairs that it may concern."""

    def __init__(
        self, territories: list[tuple[str, str]], draft: ActionDraft | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouvelle action") if draft is None else self.tr("Modifier l'action"))
        self.setMinimumWidth(460)
        self._original = draft

        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.text_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.territory_combo = QComboBox()
        self.territory_combo.addItem(self.tr("Aucun (action de la grappe)"), None)
        for territory_id, name in territories:
            self.territory_combo.addItem(name, territory_id)
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("Personne ou organisation"))
        self.due_check = QCheckBox(self.tr("Avant le"))
        self.due_edit = make_date_edit(date.today())
        self.due_edit.setEnabled(False)
        self.due_edit.setAccessibleName(self.tr("Échéance"))
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.status_combo = QComboBox()
        for status in ActionStatus:
            self.status_combo.addItem(QCoreApplication.translate("ActionStatus", status.label), status.value)
        self.errors = FieldErrors(make_error_label(), {"text": make_error_label()})
        self.errors.clear_on_edit("text", self.text_edit.textChanged)

        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("Action"), self.text_edit)
        form.addRow("", self.errors.labels["text"])
        form.addRow(self.tr("Territoire"), self.territory_combo)
        form.addRow(self.tr("Responsable"), self.owner_edit)
        form.addRow(self.tr("Échéance"), due_row)
        form.addRow(self.tr("Statut"), self.status_combo)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        bind_save_key(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addWidget(buttons)

        if draft is not None:
            self._load(draft)

    def _load(self, draft: ActionDraft) -> None:
        self.text_edit.setPlainText(draft.text)
        self.owner_edit.setText(draft.owner)
        if draft.territory_id and self.territory_combo.findData(draft.territory_id) < 0:
            # The territory no longer attends, but the action keeps it unless the user changes it.
            self.territory_combo.addItem(draft.territory_name, draft.territory_id)
        self.territory_combo.setCurrentIndex(max(self.territory_combo.findData(draft.territory_id), 0))
        if draft.due_date is not None:
            self.due_check.setChecked(True)
            self.due_edit.setDate(to_qdate(draft.due_date))
        self.status_combo.setCurrentIndex(self.status_combo.findData(draft.status.value))

    def draft(self) -> ActionDraft:
        """Return the action as entered, keeping the id of the edited one."""
        territory_id = self.territory_combo.currentData()
        return ActionDraft(
            id=self._original.id if self._original else None,
            text=self.text_edit.toPlainText().strip(),
            owner=self.owner_edit.text().strip(),
            due_date=to_date(self.due_edit.date()) if self.due_check.isChecked() else None,
            status=ActionStatus(self.status_combo.currentData()),
            territory_id=territory_id,
            territory_name=self.territory_combo.currentText() if territory_id else "",
        )

    def check_and_accept(self) -> None:
        draft = self.draft()
        try:
            validate_action(ActionInput(text=draft.text, owner=draft.owner))
        except ValidationError as error:
            self.errors.show(error.field_messages())
            return
        self.accept()
