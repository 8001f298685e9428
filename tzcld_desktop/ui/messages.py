"""Every message box and file dialog of the application goes through here.

Tests replace these functions (``monkeypatch.setattr(messages, "confirm", ...)``) to
answer dialogs without a person, so no widget calls ``QMessageBox`` or
``QFileDialog`` directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.ui.theme import alert_style


def information(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def warning(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def show_user_error(parent: QWidget | None, title: str, error: UserError) -> None:
    """Show a user error: what failed and what to do, in the user's language."""
    warning(parent, title, error.message())


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; return True for yes. The default button is no."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save_discard_cancel(parent: QWidget | None, title: str, text: str) -> str:
    """Ask whether to save changes; return "save", "discard" or "cancel".

    The default button is "Enregistrer", and Escape or closing the box returns "cancel".
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(QMessageBox.StandardButton.Save)
    save.setText(QCoreApplication.translate("Messages", "Enregistrer"))
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    discard.setText(QCoreApplication.translate("Messages", "Ne pas enregistrer"))
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("Messages", "Annuler"))
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return "save"
    if clicked is discard:
        return "discard"
    return "cancel"


def choose(
    parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]], escape_key: str, details: str = ""
) -> str:
    """Ask a question with one button per (key, label) pair; return the key of the clicked button.

    The first choice is the default button. Escape or closing the box returns ``escape_key``.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setDetailedText(details)
    buttons = {}
    for key, label in choices:
        role = QMessageBox.ButtonRole.RejectRole if key == escape_key else QMessageBox.ButtonRole.AcceptRole
        buttons[key] = box.addButton(label, role)
    box.setDefaultButton(buttons[choices[0][0]])
    if escape_key in buttons:
        box.setEscapeButton(buttons[escape_key])
    box.exec()
    clicked = box.clickedButton()
    for key, button in buttons.items():
        if clicked is button:
            return key
    return escape_key


def open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """Ask for an existing file; return None when the user cancels."""
    name, _selected = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(name) if name else None


def save_file(parent: QWidget | None, title: str, suggested_name: str, filters: str) -> Path | None:
    """Ask where to write a file; return None when the user cancels."""
    name, _selected = QFileDialog.getSaveFileName(parent, title, suggested_name, filters)
    return Path(name) if name else None


def choose_folder(parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
    """Ask for an existing folder; return None when the user cancels."""
    name = QFileDialog.getExistingDirectory(parent, title, str(start) if start else "")
    return Path(name) if name else None


def ask_passphrase(parent: QWidget | None, title: str, text: str, confirm: bool) -> str | None:
    """Ask for a passphrase, typed twice when ``confirm``; return None when the user cancels.

    The returned passphrase is never empty, and with ``confirm`` both entries are equal.
    """
    dialog = PassphraseDialog(title, text, confirm, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()


class PassphraseDialog(QDialog):
    """One or two hidden passphrase fields, with OK enabled only when the entry is usable."""

    def __init__(self, title: str, text: str, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_check = QCheckBox(QCoreApplication.translate("Messages", "Afficher le mot de passe"))
        self.mismatch_label = QLabel(QCoreApplication.translate("Messages", "Les deux mots de passe ne sont pas identiques."))
        self.mismatch_label.setStyleSheet(alert_style())
        self.mismatch_label.setVisible(False)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Messages", "Mot de passe"), self.passphrase_edit)
        if confirm:
            form.addRow(QCoreApplication.translate("Messages", "Confirmation"), self.confirm_edit)
        else:
            self.confirm_edit.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addLayout(form)
        layout.addWidget(self.show_check)
        layout.addWidget(self.mismatch_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self._confirm = confirm
        self.passphrase_edit.textChanged.connect(self._update_ok)
        self.confirm_edit.textChanged.connect(self._update_ok)
        self.show_check.toggled.connect(self._show_passphrase)
        self._update_ok()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def accept(self) -> None:
        # Keeps the promise of ask_passphrase when accept() is called while OK is disabled.
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            super().accept()

    def _update_ok(self) -> None:
        typed = self.passphrase_edit.text()
        mismatch = self._confirm and typed != self.confirm_edit.text()
        # The mismatch is only pointed out once something was typed in the second field.
        self.mismatch_label.setVisible(mismatch and bool(self.confirm_edit.text()))
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setEnabled(bool(typed) and not mismatch)

    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.confirm_edit.setEchoMode(mode)


