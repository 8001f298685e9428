"""Colours that stay readable with a light or a dark palette (the system's dark mode).

Text and backgrounds take the palette's roles. Two colours are the interface's own: the
red of alerts and overdue items, and a dimmed grey. For each, the functions below pick
a shade with a contrast ratio of at least 4.5:1 against the window and base colours of
the palette (WCAG AA for normal text). tests/test_ui_accessibility.py checks both with
a light and a dark palette.

NOTE: style sheets built from these colours are fixed when a widget is built, so a
switch between light and dark mode while the application runs shows in those widgets
from their next opening. Colours that table models return follow the switch at once.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# The alert red on a light palette, and a lighter red for a dark one.
_ALERT_ON_LIGHT = QColor("#b3261e")
_ALERT_ON_DARK = QColor("#ff8a80")
# How far a dimmed text goes from the text colour towards the window colour.
_MUTED_SHARE = 0.35


def current_palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Return True when the palette's window is darker than its text, as in dark mode."""
    palette = palette if palette is not None else current_palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


def alert_color(palette: QPalette | None = None) -> QColor:
    """Return the red of error messages and overdue items for ``palette``."""
    return QColor(_ALERT_ON_DARK if is_dark(palette) else _ALERT_ON_LIGHT)


def muted_text_color(palette: QPalette | None = None) -> QColor:
    """Return a dimmed text colour for secondary lines: the text colour moved towards the window."""
    palette = palette if palette is not None else current_palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    return QColor(
        round(text.red() + (window.red() - text.red()) * _MUTED_SHARE),
        round(text.green() + (window.green() - text.green()) * _MUTED_SHARE),
        round(text.blue() + (window.blue() - text.blue()) * _MUTED_SHARE),
    )


def alert_style(bold: bool = False) -> str:
    """Return the style sheet of a text in the alert red of the current palette."""
    weight = " font-weight: bold;" if bold else ""
    return f"color: {alert_color().name()};{weight}"


def muted_style(extra: str = "") -> str:
    """Return the style sheet of a dimmed secondary text, followed by ``extra`` declarations."""
    return f"color: {muted_text_color().name()};{(' ' + extra) if extra else ''}"


def contrast_ratio(first: QColor, second: QColor) -> float:
    """Return the WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF()))

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
