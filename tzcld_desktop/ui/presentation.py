"""Presentation mode: a meeting's agenda full screen, one item at a time, with a timer.

Made for the projector at the meeting: large light text on a dark background, the time
spent on the current item against its planned duration, and an overrun in red.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tzcld_desktop.db.calendar_queries import AgendaLine, agenda_lines, get_calendar_meeting
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.formatting import format_long_date

Clock = Callable[[], float]
"""Returns seconds from an arbitrary origin, like ``time.monotonic``."""

# How often the timer on screen is redrawn.
REFRESH_MS = 250
_BACKGROUND = "#1d232b"
_TEXT = "#f2f2f2"
_MUTED = "#a9b4c0"
_ON_TIME = "#7bd88f"
_OVERRUN = "#ff6b6b"


@dataclass
class TimerState:
    elapsed_seconds: float
    planned_seconds: float | None
    paused: bool

    @property
    def overrun_seconds(self) -> float:
        """Seconds spent beyond the planned duration, 0 when within it or without one."""
        if self.planned_seconds is None:
            return 0.0
        return max(0.0, self.elapsed_seconds - self.planned_seconds)


class ItemTimer:
    """The time spent on each agenda item, read from an injectable clock.

    Coming back to an item resumes its count. A paused timer adds nothing until resumed.
    """

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._spent: dict[int, float] = {}
        self._index = 0
        self._started_at: float | None = clock()

    @property
    def paused(self) -> bool:
        return self._started_at is None

    def elapsed(self, index: int | None = None) -> float:
        """Return the seconds spent on item ``index`` (the current one by default)."""
        index = self._index if index is None else index
        spent = self._spent.get(index, 0.0)
        if index == self._index and self._started_at is not None:
            spent += self._clock() - self._started_at
        return spent

    def switch_to(self, index: int) -> None:
        """Stop counting for the current item and count for ``index``, unless paused."""
        if index == self._index:
            return
        self._spent[self._index] = self.elapsed()
        self._index = index
        if self._started_at is not None:
            self._started_at = self._clock()

    def toggle_pause(self) -> None:
        if self._started_at is None:
            self._started_at = self._clock()
        else:
            self._spent[self._index] = self.elapsed()
            self._started_at = None


def format_clock(seconds: float) -> str:
    """Format seconds as "m:ss", or "h:mm:ss" past an hour."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class PresentationWindow(QWidget):
    """A meeting's agenda, one item per screen. → or Space: next, ←: previous, P: pause, Échap: quit."""

    item_changed = Signal(int)

    def __init__(self, context: AppContext, meeting_id: str, parent: QWidget | None = None,
                 clock: Clock = time.monotonic) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.meeting_id = meeting_id
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(f"background-color: {_BACKGROUND}; color: {_TEXT};")

        with context.store.session() as session:
            meeting = get_calendar_meeting(session, meeting_id)
            self.items: list[AgendaLine] = agenda_lines(session, [meeting_id])[meeting_id]
        title = (meeting.title or meeting.kind.text()) if meeting else ""
        date_text = format_long_date(meeting.meeting_date) if meeting else ""
        self.setWindowTitle(self.tr("Présentation — {title}").format(title=title))
        self.index = 0
        self.timer = ItemTimer(clock)

        self.meeting_label = self._label(f"{title} · {date_text}" if date_text else title, 0.9, _MUTED)
        self.position_label = self._label("", 0.9, _MUTED)
        self.section_label = self._label("", 1.6, _MUTED)
        self.title_label = self._label("", 3.0, _TEXT, bold=True)
        self.presenter_label = self._label("", 1.6, _TEXT)
        self.planned_label = self._label("", 1.3, _MUTED)
        self.clock_label = self._label("", 4.0, _ON_TIME, bold=True)
        self.overrun_label = self._label("", 1.5, _ON_TIME)
        self.help_label = self._label(
            self.tr("→ ou Espace : point suivant · ← : point précédent · P : pause · Échap : quitter"),
            0.8, _MUTED)
        self._build_layout()

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._refresh_timer.start()
        self.show_item(0)

    def _label(self, text: str, scale: float, colour: str, bold: bool = False) -> QLabel:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * scale * 1.6)
        font.setBold(bold)
        label.setFont(font)
        label.setStyleSheet(f"color: {colour};")
        return label

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(self.meeting_label)
        layout.addWidget(self.position_label)
        layout.addStretch(2)
        layout.addWidget(self.section_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.presenter_label)
        layout.addWidget(self.planned_label)
        layout.addStretch(1)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.overrun_label)
        layout.addStretch(2)
        layout.addWidget(self.help_label)

    # -- navigation --------------------------------------------------------------------

    def show_item(self, index: int) -> None:
        """Show item ``index`` (kept within the agenda) and count the time spent on it."""
        if not self.items:
            self.position_label.clear()
            self.title_label.setText(self.tr("L'ordre du jour de cette réunion est vide."))
            self.clock_label.clear()
            self.overrun_label.clear()
            return
        index = min(max(index, 0), len(self.items) - 1)
        self.timer.switch_to(index)
        self.index = index
        item = self.items[index]
        self.position_label.setText(self.tr("Point {number} / {count}").format(number=index + 1,
                                                                               count=len(self.items)))
        self.section_label.setText(item.section)
        self.section_label.setVisible(bool(item.section.strip()))
        self.title_label.setText(item.title)
        self.presenter_label.setText(self.tr("Présenté par {name}").format(name=item.presenter)
                                     if item.presenter.strip() else "")
        self.presenter_label.setVisible(bool(item.presenter.strip()))
        self.planned_label.setText(self.tr("Durée prévue : {minutes} min").format(minutes=item.duration_minutes)
                                   if item.duration_minutes else self.tr("Durée non prévue"))
        self.refresh()
        self.item_changed.emit(index)

    def next_item(self) -> None:
        self.show_item(self.index + 1)

    def previous_item(self) -> None:
        self.show_item(self.index - 1)

    def toggle_pause(self) -> None:
        self.timer.toggle_pause()
        self.refresh()

    def timer_state(self) -> TimerState:
        item = self.items[self.index] if self.items else None
        planned = item.duration_minutes * 60.0 if item and item.duration_minutes else None
        return TimerState(self.timer.elapsed(), planned, self.timer.paused)

    def refresh(self) -> None:
        """Redraw the timer and the overrun from the clock."""
        if not self.items:
            return
        state = self.timer_state()
        overrun = state.overrun_seconds > 0
        colour = _OVERRUN if overrun else _ON_TIME
        self.clock_label.setText(format_clock(state.elapsed_seconds))
        if overrun:
            text = self.tr("Dépassement : {time}").format(time=format_clock(state.overrun_seconds))
        elif state.planned_seconds is not None:
            text = self.tr("Reste {time}").format(time=format_clock(state.planned_seconds - state.elapsed_seconds))
        else:
            text = ""
        if state.paused:
            text = self.tr("En pause (P pour reprendre)") + (f" · {text}" if text else "")
        self.overrun_label.setText(text)
        for label in (self.clock_label, self.overrun_label):
            label.setStyleSheet(f"color: {_MUTED if state.paused else colour};")
        self.overrun_label.setProperty("overrun", overrun)

    # -- keys --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
            self.next_item()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            self.previous_item()
        elif key == Qt.Key.Key_P:
            self.toggle_pause()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)


def show_presentation(parent: QWidget | None, context: AppContext, meeting_id: str) -> PresentationWindow:
    """Open the presentation of a meeting's agenda full screen and return its window."""
    window = PresentationWindow(context, meeting_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.showFullScreen()
    window.activateWindow()
    window.setFocus()
    return window
