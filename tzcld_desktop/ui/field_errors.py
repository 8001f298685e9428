"""Red messages shown under the fields of a form that a ``ValidationError`` names."""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QLabel, QWidget

from tzcld_desktop.ui.theme import alert_style

def make_error_label(parent: QWidget | None = None) -> QLabel:
    """Return a hidden, word-wrapped red label for one field's message."""
    label = QLabel(parent)
    label.setStyleSheet(alert_style())
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def grow_window_to_fit(widget: QWidget) -> None:
    """Make the shown window of ``widget`` tall enough for its layout at its current width.

    A window only takes its layout's minimum size, which Qt computes without the extra
    lines of word-wrapped labels. So when messages appear in an open dialog, the other
    rows get squeezed and their text clipped unless the window grows. The window never
    shrinks here, and it grows no taller than the screen.
    """
    window = widget.window()
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    width = window.width()
    needed = layout.totalSizeHint().height()
    if layout.hasHeightForWidth():
        needed = max(needed, layout.totalHeightForWidth(width))
    screen = window.screen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height())
    if needed > window.height():
        window.resize(width, needed)


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

    def clear_on_edit(self, field: str, *signals: SignalInstance) -> None:
        """Hide ``field``'s message as soon as one of ``signals`` fires.

        Pass the signals that a user's edit of the field emits, such as ``textEdited``.
        The message is about the rejected value, so it goes once that value changes,
        and the next save checks the new value.
        """
        for signal in signals:
            signal.connect(lambda *_args, name=field: self.clear_field(name))

    def clear_field(self, field: str) -> None:
        label = self.labels.get(field)
        if label is not None:
            label.clear()
            label.setVisible(False)

    def clear(self) -> None:
        for label in (*self.labels.values(), self.general):
            label.clear()
            label.setVisible(False)

    def show(self, messages: dict[str, str]) -> None:
        """Replace the shown messages with ``messages`` (field name to translated text).

        The dialog grows when the messages need more room than it has.
        """
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
        grow_window_to_fit(self.general)

    def shown(self) -> dict[str, str]:
        """Return the visible messages by field name, with ``""`` for the general label."""
        texts = {field: label.text() for field, label in self.labels.items() if label.text()}
        if self.general.text():
            texts[""] = self.general.text()
        return texts
