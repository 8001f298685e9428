"""Read-only text fields that look read-only, with the reason in their tooltip.

In Qt's Fusion style a read-only ``QLineEdit`` or ``QPlainTextEdit`` keeps its editing
background (white, or dark in a dark theme), so nothing shows the user that the field
rejects typing. ``show_read_only`` paints the field's background with the palette's
``Window`` colour, the colour of the surrounding form, which works in light and dark
themes alike, and puts the reason in the tooltip.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

TextField = QLineEdit | QPlainTextEdit


def show_read_only(field: TextField, read_only: bool, reason: str = "") -> None:
    """Make ``field`` read-only with a form-coloured background and ``reason`` as tooltip, or editable again.

    Back to editable, the field inherits its parent's palette again, so a theme change
    made meanwhile applies to it.
    """
    field.setReadOnly(read_only)
    if read_only:
        palette = QPalette(field.palette())
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Base, palette.color(group, QPalette.ColorRole.Window))
        field.setPalette(palette)
    else:
        # A default palette sets no colour, so the field inherits its parent's colours.
        field.setPalette(QPalette())
    field.setToolTip(reason if read_only else "")


def show_locked(widget: QWidget, locked: bool, reason: str = "") -> None:
    """Disable a non-text control (a list, a date, a number) and show ``reason`` as its tooltip while locked."""
    widget.setEnabled(not locked)
    widget.setToolTip(reason if locked else "")
