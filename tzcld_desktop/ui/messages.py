"""Every message box and file dialog of the application goes through here.

Tests replace these functions (``monkeypatch.setattr(messages, "confirm", ...)``) to
answer dialogs without a person, so no widget calls ``QMessageBox`` or
``QFileDialog`` directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

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
