"""Answering the modal dialogs that a screen opens, from a test."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def answer_next_dialog(handler: Callable[[QDialog], None]) -> list[BaseException]:
    """Let ``handler`` act on the next modal dialog; return a list that collects its errors.

    A dialog the handler leaves open is rejected, so a failing check never blocks the test run.
    """
    errors: list[BaseException] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, act)
            return
        try:
            handler(dialog)
        except BaseException as error:  # noqa: BLE001 - re-raised by the test after exec() returns
            errors.append(error)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    return errors


def raise_collected(errors: list[BaseException]) -> None:
    """Raise the first error that a dialog handler collected."""
    if errors:
        raise errors[0]
