"""Accessible names that screen readers read out, taken from the labels the forms already show."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# Widgets that take the keyboard focus and act on input, so they need a name.
INTERACTIVE_TYPES = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def label_text(label: QLabel) -> str:
    """Return the text of ``label`` as a name: without its mnemonic "&" and its final colon."""
    text = re.sub(r"&(.)", r"\1", label.text())
    return text.strip().rstrip(":").strip()


def _is_field(widget: QWidget) -> bool:
    return isinstance(widget, INTERACTIVE_TYPES) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def name_fields_from_labels(root: QWidget) -> None:
    """Point each label whose buddy is a container at the first field inside it.

    Forms wrap a field with its error message (``field_with_error``), so the label of a
    form row names the wrapper, which screen readers never focus. After this call, the
    field itself carries the label's text as its accessible name, and the label's
    mnemonic moves the focus to it.
    """
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or _is_field(buddy):
            continue
        fields = [child for child in buddy.findChildren(QWidget) if _is_field(child)]
        text = label_text(label)
        if not fields or not text:
            continue
        label.setBuddy(fields[0])
        fields[0].setAccessibleName(text)
