"""The platform's Save key (Ctrl+S, Cmd+S on macOS) on the forms that save."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox

_CONTEXT = "SaveKey"


def save_key_text() -> str:
    """Return the Save key as the platform writes it, such as "Ctrl+S"."""
    return QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)


def bind_save_key(buttons: QDialogButtonBox) -> QAbstractButton | None:
    """Make the Save key press the saving button of ``buttons`` while its window is active.

    The key presses "Appliquer" when the form has one, because that button saves and
    keeps the form open, as the Save key does in other programs. Otherwise it presses
    "Enregistrer". Returns the bound button, or None when the box has neither. A
    disabled button, such as that of a read-only form, ignores the key.
    """
    for kind in (QDialogButtonBox.StandardButton.Apply, QDialogButtonBox.StandardButton.Save):
        button = buttons.button(kind)
        if button is not None:
            button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
            button.setToolTip(QCoreApplication.translate(_CONTEXT, "Enregistrer ({key})").format(
                key=save_key_text()))
            return button
    return None
