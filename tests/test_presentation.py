"""Presentation mode: the agenda one item at a time, driven by the keys, with a timer."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tzcld_desktop.domain.forms import ClusterInput, MeetingInput
from tzcld_desktop.domain.meeting_forms import AgendaItemInput
from tzcld_desktop.ui.presentation import ItemTimer, PresentationWindow, format_clock


class FakeClock:
    """A clock the test moves forward by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float = 0, seconds: float = 0) -> None:
        self.now += minutes * 60 + seconds


@pytest.fixture(autouse=True)
def french_referent(french, profile):
    """Run every test in French."""


@pytest.fixture
def meeting_id(context):
    services = context.services
    cluster = services.save_cluster(None, ClusterInput("Grappe Isère", "84"))
    meeting = services.save_meeting(None, MeetingInput(cluster, date(2026, 3, 10), title="Grappe de mars",
                                                       start_time="09:30"))
    services.add_agenda_item(meeting, AgendaItemInput("Tour de table", section="Accueil",
                                                      presenter="Claire Martin", duration_minutes=10))
    services.add_agenda_item(meeting, AgendaItemInput("Point d'étape du CLE", section="Échirolles-Ouest",
                                                      presenter="Équipe projet d'Échirolles", duration_minutes=20))
    services.add_agenda_item(meeting, AgendaItemInput("Questions diverses", section="Clôture"))
    return meeting


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def window(qtbot, context, meeting_id, clock):
    shown = PresentationWindow(context, meeting_id, clock=clock)
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_first_item_shown_large(window):
    assert window.position_label.text() == "Point 1 / 3"
    assert window.section_label.text() == "Accueil"
    assert window.title_label.text() == "Tour de table"
    assert window.presenter_label.text() == "Présenté par Claire Martin"
    assert window.planned_label.text() == "Durée prévue : 10 min"
    assert window.clock_label.text() == "0:00"
    assert window.title_label.font().pointSizeF() > 2 * window.font().pointSizeF()


def test_keys_move_through_agenda(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.position_label.text() == "Point 2 / 3"
    assert window.title_label.text() == "Point d'étape du CLE"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.title_label.text() == "Questions diverses"
    assert window.planned_label.text() == "Durée non prévue"
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.position_label.text() == "Point 3 / 3"
    qtbot.keyClick(window, Qt.Key.Key_Left)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.position_label.text() == "Point 1 / 3"


def test_escape_closes(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_timer_shows_overrun_after_planned_duration(window, clock):
    clock.advance(minutes=7, seconds=30)
    window.refresh()
    assert window.clock_label.text() == "7:30"
    assert window.overrun_label.text() == "Reste 2:30"
    assert window.timer_state().overrun_seconds == 0

    clock.advance(minutes=4)
    window.refresh()
    assert window.clock_label.text() == "11:30"
    assert window.overrun_label.text() == "Dépassement : 1:30"
    assert window.overrun_label.property("overrun") is True
    assert "#ff6b6b" in window.clock_label.styleSheet()
    window.grab().save("/tmp/shots/presentation_overrun.png")


def test_timer_counts_each_item_apart(window, clock, qtbot):
    clock.advance(minutes=3)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.clock_label.text() == "0:00"
    clock.advance(minutes=1)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.clock_label.text() == "3:00"
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.clock_label.text() == "1:00"


def test_p_pauses_timer(window, clock, qtbot):
    clock.advance(minutes=2)
    qtbot.keyClick(window, Qt.Key.Key_P)
    clock.advance(minutes=30)
    window.refresh()
    assert window.clock_label.text() == "2:00"
    assert window.overrun_label.text().startswith("En pause (P pour reprendre)")
    qtbot.keyClick(window, Qt.Key.Key_P)
    clock.advance(seconds=15)
    window.refresh()
    assert window.clock_label.text() == "2:15"
    assert window.overrun_label.text() == "Reste 7:45"


def test_empty_agenda_said(qtbot, context, clock):
    cluster = context.services.save_cluster(None, ClusterInput("Grappe vide", "84"))
    meeting = context.services.save_meeting(None, MeetingInput(cluster, date(2026, 4, 1)))
    shown = PresentationWindow(context, meeting, clock=clock)
    qtbot.addWidget(shown)
    shown.show()
    assert shown.title_label.text() == "L'ordre du jour de cette réunion est vide."
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    assert shown.position_label.text() == ""


def test_item_timer_alone():
    clock = FakeClock()
    timer = ItemTimer(clock)
    clock.advance(seconds=90)
    timer.switch_to(1)
    clock.advance(seconds=10)
    assert (timer.elapsed(0), timer.elapsed(1)) == (90, 10)
    assert format_clock(3725) == "1:02:05"
