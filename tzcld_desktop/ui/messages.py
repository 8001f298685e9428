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
        self.show_check = QCheckBox(_tr("Afficher le mot de passe"))
        self.mismatch_label = QLabel(_tr("Les deux mots de passe ne sont pas identiques."))
        self.mismatch_label.setStyleSheet("color: #b3261e;")
        self.mismatch_label.setVisible(False)

        form = QFormLayout()
        form.addRow(_tr("Mot de passe"), self.passphrase_edit)
        if confirm:
            form.addRow(_tr("Confirmation"), self.confirm_edit)
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)
