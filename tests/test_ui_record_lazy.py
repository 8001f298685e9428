"""The record window reads a tab's data when the tab is first shown, so a long journal opens fast."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.record_forms import NoteInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import NoteKind
from tzcld_desktop.ui.record.journal_tab import JournalTab
from tzcld_desktop.ui.record.record_view import open_territory_record, show_part

pytestmark = [
    pytest.mark.usefixtures("french"),
    # The offscreen platform of the headless tests cannot raise a window above the others.
    pytest.mark.qt_log_ignore("This plugin does not support raise"),
]


@contextmanager
def statements_on(store, table: str):
    """Collect the SQL statements that name ``table`` while the block runs."""
    found: list[str] = []

    def collect(_connection, _cursor, statement, *_args):
        if f"FROM {table}" in statement:
            found.append(statement)

    event.listen(store.engine, "before_cursor_execute", collect)
    try:
        yield found
    finally:
        event.remove(store.engine, "before_cursor_execute", collect)


@pytest.fixture
def record(qtbot, context, services, profile):
    territory = services.create_territory(TerritoryInput("Aubenas", Stage.EMERGING, "07"))
    for index in range(30):
        services.save_note(None, NoteInput(territory, date(2026, 1, 1) + timedelta(days=index), NoteKind.CALL,
                                           f"Appel numéro {index}"))
    with statements_on(context.store, "journal_note") as journal_reads:
        window = open_territory_record(None, context, territory)
    qtbot.waitExposed(window)
    yield window, journal_reads
    if shiboken6.isValid(window):
        window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def journal_index(view) -> int:
    titles = [view.tabs.tabText(index) for index in range(view.tabs.count())]
    return titles.index("Journal")


def test_journal_not_read_at_open(record):
    window, journal_reads = record
    view = window.view
    assert view.tabs.currentIndex() == 0
    assert journal_reads == []
    assert view.tabs.tabText(journal_index(view)) == "Journal"


def test_journal_read_when_shown(record):
    window, _journal_reads = record
    view = window.view
    view.tabs.setCurrentIndex(journal_index(view))
    journal = view.tabs.currentWidget()
    assert isinstance(journal, JournalTab)
    assert journal.count_label.text() == "30 notes"


def test_search_hit_shows_journal_tab(record):
    window, _journal_reads = record
    show_part(window, "journal_note")
    assert isinstance(window.view.tabs.currentWidget(), JournalTab)
