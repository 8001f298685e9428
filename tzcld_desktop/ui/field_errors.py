"""Red messages shown under the fields of a form that a ``ValidationError`` names."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

_STYLE = "color: #b3261e;"


def make_error_label(parent: QWidget | None = None) -> QLabel:
    """Return a hidden, word-wrapped red label for one field's message."""
    label = QLabel(parent)
    label.setStyleSheet(_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class FieldErrors:
    """The error labels of one form, by field name as ``ValidationError`` spells it.

    ``labels`` maps a field name to its label. A message for the field ``""`` or for a
    field without a label of its own goes to the ``general`` label, so no message from
    the services is ever dropped.
    """

    def __init__(self, general: QLabel, labels: dict[str, QLabel] | None = None) -> None:
        self.general = general
        self.labels: dict[str, QLabel] = dict(labels or {})

    def add(self, field: str, label: QLabel) -> QLabel:
        """Register ``label`` as the place of ``field``'s messages and return it."""
        self.labels[field] = label
        return label

    def label(self, field: str) -> QLabel:
        return self.labels[field]

    def clear(self) -> None:
        for label in (*self.labels.values(), self.general):
            label.clear()
            label.setVisible(False)

    def show(self, messages: dict[str, str]) -> None:
        """Replace the shown messages with ``messages`` (field name to translated text)."""
        self.clear()
        unplaced = []
        for field, text in messages.items():
            label = self.labels.get(field)
            if label is None:
                unplaced.append(text)
                continue
            label.setText(text)
            label.setVisible(True)
        if unplaced:
            self.general.setText("\n".join(unplaced))
            self.general.setVisible(True)

    def shown(self) -> dict[str, str]:
        """Return the visible messages by field name, with ``""`` for the general label."""
        texts = {field: label.text() for field, label in self.labels.items() if label.text()}
        if self.general.text():
            texts[""] = self.general.text()
        return texts
