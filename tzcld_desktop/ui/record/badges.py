"""Colours and styles of the stage and health badges of the territory record."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import Health

# Background and text colours: dark text on light tints, readable in print and on screen.
STAGE_COLOURS = {
    Stage.INTERESTED: ("#e8eaed", "#3c4043"),
    Stage.EMERGING: ("#fef3c7", "#7a4b00"),
    Stage.CANDIDATURE: ("#dbeafe", "#1e3a8a"),
    Stage.HABILITATED: ("#dcfce7", "#14532d"),
}
HEALTH_COLOURS = {
    Health.UNKNOWN: ("#f1f3f4", "#5f6368"),
    Health.ON_TRACK: ("#dcfce7", "#14532d"),
    Health.AT_RISK: ("#ffedd5", "#9a3412"),
    Health.BLOCKED: ("#fee2e2", "#991b1b"),
}
# The dot of a step in the history timeline, one strong colour per stage.
STAGE_DOT_COLOURS = {
    Stage.INTERESTED: "#80868b",
    Stage.EMERGING: "#d97706",
    Stage.CANDIDATURE: "#2563eb",
    Stage.HABILITATED: "#16a34a",
}


def make_badge() -> QLabel:
    label = QLabel()
    label.setMargin(0)
    return label


def set_badge(label: QLabel, text: str, colours: tuple[str, str]) -> None:
    """Show ``text`` as a rounded coloured badge."""
    background, foreground = colours
    label.setText(text)
    label.setStyleSheet(
        f"QLabel {{ background: {background}; color: {foreground}; border-radius: 9px;"
        f" padding: 2px 10px; font-weight: 600; }}"
    )
