"""Small dialogs of the meeting window: a text prompt, an agenda item, an outcome.

``ask_text``, ``ask_choice`` and ``try_write`` are module functions so that tests can replace them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.domain.errors import UserError, ValidationError
from tzcld_desktop.domain.forms import MAX_MEETING_MINUTES
from tzcld_desktop.domain.meeting_forms import (
    AgendaItemInput,
    OutcomeInput,
    validate_agenda_item,
    validate_outcome,
)
from tzcld_desktop.domain.stages import ActionStatus
from tzcld_desktop.domain.vocabulary import ItemStatus, OutcomeKind
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.action_form import make_date_edit, to_date, to_qdate
from tzcld_desktop.ui.field_errors import FieldErrors, make_error_label

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingPrompts", text)


def try_write(parent: QWidget, title: str, write: Callable[[], object]) -> bool:
    """Run a service call; show a user error under ``title`` and return False when it fails."""
    try:
        write()
    except UserError as error:
        log.warning("Meeting write failed: %s", error)
        messages.show_user_error(parent, title, error)
        return False
    return True


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Valider"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Annuler"))
    buttons.rejected.connect(dialog.reject)
    return buttons


class TextDialog(QDialog):
    """Asks for one line or a short text."""

    def __init__(self, title: str, label: str, text: str, multiline: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = QPlainTextEdit(text) if multiline else QLineEdit(text)
        if multiline:
            self.edit.setTabChangesFocus(True)
        self.error = make_error_label()
        buttons = _buttons(self)
        buttons.accepted.connect(self._check)
        layout = QVBoxLayout(self)
        prompt = QLabel(label)
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 200 if multiline else 120)

    def text(self) -> str:
        return self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()

    def _check(self) -> None:
        if not self.text().strip():
            self.error.setText(_tr("Ce champ est obligatoire."))
            self.error.setVisible(True)
            return
        self.accept()


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "", multiline: bool = False) -> str | None:
    """Ask for a non-empty text; return it, or None when the user cancels."""
    dialog = TextDialog(title, label, text, multiline, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    value = dialog.text().strip()
    return value if accepted else None


class ChoiceDialog(QDialog):
    """Asks to pick one entry of a list."""

    def __init__(self, title: str, label: str, choices: list[tuple[str, str]], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.combo = QComboBox()
        for key, text in choices:
            self.combo.addItem(text, key)
        buttons = _buttons(self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        prompt = QLabel(label)
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)
        self.resize(420, 120)


def ask_choice(parent: QWidget | None, title: str, label: str, choices: list[tuple[str, str]]) -> str | None:
    """Ask to pick one of ``choices`` (key, text); return the key, or None when the user cancels."""
    dialog = ChoiceDialog(title, label, choices, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    key = dialog.combo.currentData()
    return key if accepted else None


def make_duration_spin() -> QSpinBox:
    """Return a spin box of minutes where 0 shows "Non précisée"."""
    spin = QSpinBox()
    spin.setRange(0, MAX_MEETING_MINUTES)
    spin.setSingleStep(5)
    spin.setSuffix(" min")
    spin.setSpecialValueText(_tr("Non précisée"))
    return spin


class AgendaItemDialog(QDialog):
    """Adds or edits an agenda item: section, title, presenter and planned duration."""

    def __init__(self, sections: list[str], item: AgendaItemInput | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Point de l'ordre du jour") if item else _tr("Nouveau point"))
        self.original = item
        self.section_combo = QComboBox()
        self.section_combo.setEditable(True)
        self.section_combo.addItems(sections)
        self.title_edit = QLineEdit()
        self.presenter_edit = QLineEdit()
        self.duration_spin = make_duration_spin()
        labels = {name: make_error_label() for name in ("section", "title", "presenter", "duration_minutes")}
        self.errors = FieldErrors(make_error_label(), labels)
        form = QFormLayout()
        form.addRow(_tr("Section"), self.section_combo)
        form.addRow("", labels["section"])
        form.addRow(_tr("Intitulé"), self.title_edit)
        form.addRow("", labels["title"])
        form.addRow(_tr("Intervenant"), self.presenter_edit)
        form.addRow("", labels["presenter"])
        form.addRow(_tr("Durée prévue"), self.duration_spin)
        form.addRow("", labels["duration_minutes"])
        buttons = _buttons(self)
        buttons.accepted.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if item is not None:
            self.section_combo.setCurrentText(item.section)
            self.title_edit.setText(item.title)
            self.presenter_edit.setText(item.presenter)
            self.duration_spin.setValue(item.duration_minutes or 0)
        self.resize(480, 220)

    def value(self) -> AgendaItemInput:
        original = self.original
        section = self.section_combo.currentText().strip()
        keeps_territory = original is not None and original.section == section
        return AgendaItemInput(
            title=self.title_edit.text(),
            section=section,
            territory_id=original.territory_id if keeps_territory else None,
            presenter=self.presenter_edit.text(),
            duration_minutes=self.duration_spin.value() or None,
            minutes=original.minutes if original else "",
            status=original.status if original else ItemStatus.OPEN,
        )

    def _check(self) -> None:
        try:
            validate_agenda_item(self.value())
        except ValidationError as error:
            self.errors.show(error.field_messages())
            return
        self.accept()


class OutcomeDialog(QDialog):
    """Records a decision, an information or an action (with owner, due date and status)."""

    def __init__(self, value: OutcomeInput | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Décision, information ou action"))
        self.kind_combo = QComboBox()
        for kind in OutcomeKind:
            self.kind_combo.addItem(QCoreApplication.translate("OutcomeKind", kind.label), kind.value)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.owner_edit = QLineEdit()
        self.due_check = QCheckBox(_tr("Échéance"))
        self.due_edit = make_date_edit(date.today())
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.status_combo = QComboBox()
        for status in ActionStatus:
            self.status_combo.addItem(QCoreApplication.translate("ActionStatus", status.label), status.value)
        labels = {name: make_error_label() for name in ("text", "owner")}
        self.errors = FieldErrors(make_error_label(), labels)

        form = QFormLayout()
        form.addRow(_tr("Type"), self.kind_combo)
        form.addRow(_tr("Texte"), self.text_edit)
        form.addRow("", labels["text"])
        self.action_fields = QWidget()
        action_form = QFormLayout(self.action_fields)
        action_form.setContentsMargins(0, 0, 0, 0)
        action_form.addRow(_tr("Responsable"), self.owner_edit)
        action_form.addRow("", labels["owner"])
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        action_form.addRow("", due_row)
        action_form.addRow(_tr("Statut"), self.status_combo)
        buttons = _buttons(self)
        buttons.accepted.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addWidget(self.action_fields)
        layout.addWidget(buttons)
        self.kind_combo.currentIndexChanged.connect(self._show_action_fields)
        if value is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(value.kind.value))
            self.text_edit.setPlainText(value.text)
            self.owner_edit.setText(value.owner)
            if value.due_date is not None:
                self.due_check.setChecked(True)
                self.due_edit.setDate(to_qdate(value.due_date))
            self.status_combo.setCurrentIndex(self.status_combo.findData(value.action_status.value))
        self._show_action_fields()
        self.resize(500, 320)

    def _show_action_fields(self, *_args) -> None:
        self.action_fields.setVisible(self.kind() is OutcomeKind.ACTION)

    def kind(self) -> OutcomeKind:
        return OutcomeKind(self.kind_combo.currentData())

    def value(self) -> OutcomeInput:
        is_action = self.kind() is OutcomeKind.ACTION
        return OutcomeInput(
            kind=self.kind(),
            text=self.text_edit.toPlainText(),
            owner=self.owner_edit.text() if is_action else "",
            due_date=to_date(self.due_edit.date()) if is_action and self.due_check.isChecked() else None,
            action_status=ActionStatus(self.status_combo.currentData()) if is_action else ActionStatus.TODO,
        )

    def _check(self) -> None:
        try:
            validate_outcome(self.value())
        except ValidationError as error:
            self.errors.show(error.field_messages())
            return
        self.accept()
