"""The calendar month view and the .ics export, read back with the icalendar package."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import icalendar
import pytest
from PySide6.QtCore import QDate

from tzcld_desktop.db.calendar_queries import list_calendar_meetings
from tzcld_desktop.domain.forms import ClusterInput, MeetingInput, TerritoryInput
from tzcld_desktop.domain.meeting_forms import AgendaItemInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import MeetingKind, MeetingStatus
from tzcld_desktop.reports import ics
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.calendar_view import CalendarView, export_meeting_ics

TODAY = date(2026, 1, 20)
WINTER_DAY = date(2026, 1, 27)
SUMMER_DAY = date(2026, 7, 7)
ALL_DAY = date(2026, 1, 9)


@pytest.fixture(autouse=True)
def french_referent(french, profile):
    """Run every test in French, for a referent who follows Auvergne-Rhône-Alpes."""


@pytest.fixture
def meetings(context):
    """A winter meeting with an agenda, a summer video meeting, and an all-day training."""
    services = context.services
    teil = services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    cluster = services.save_cluster(None, ClusterInput("Grappe Drôme-Ardèche", "84"))
    services.set_cluster_territories(cluster, [teil])
    winter = services.save_meeting(None, MeetingInput(
        cluster, WINTER_DAY, title="Réunion de grappe de janvier", place="Mairie du Teil, salle Marianne",
        start_time="09:30", duration_minutes=150, territory_ids=[teil]))
    services.add_agenda_item(winter, AgendaItemInput("Tour de table", section="Accueil", presenter="Claire Martin",
                                                     duration_minutes=15))
    services.add_agenda_item(winter, AgendaItemInput("Point sur le CLE", section="Le Teil", territory_id=teil,
                                                     presenter="Équipe projet", duration_minutes=20))
    summer = services.save_meeting(None, MeetingInput(
        cluster, SUMMER_DAY, title="", kind=MeetingKind.STEERING, start_time="14:00",
        video_link="https://visio.example.org/grappe-da", status=MeetingStatus.DRAFT))
    training = services.save_meeting(None, MeetingInput(
        cluster, ALL_DAY, title="Formation des animateurs", kind=MeetingKind.TRAINING, place="Valence"))
    context.bus.notify("meeting")
    return {"winter": winter, "summer": summer, "training": training, "cluster": cluster}


def exported_events(store, meeting_ids=None, upcoming_from=None) -> dict[str, icalendar.Event]:
    """Export meetings to .ics bytes, parse them back and return the events by UID."""
    with store.session() as session:
        rows, agendas = ics.read_meetings(session, meeting_ids=meeting_ids, upcoming_from=upcoming_from)
    stamp = datetime(2026, 1, 20, 8, 0, tzinfo=timezone.utc)
    calendar = icalendar.Calendar.from_ical(ics.build_calendar(rows, agendas, stamp))
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


# -- the .ics content ------------------------------------------------------------------------


def test_winter_meeting_in_paris_time(store, meetings):
    event = exported_events(store)[ics.meeting_uid(meetings["winter"])]
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND")
    assert start.replace(tzinfo=None) == datetime(2026, 1, 27, 9, 30)
    assert start.utcoffset() == timedelta(hours=1)
    assert end.replace(tzinfo=None) == datetime(2026, 1, 27, 12, 0)
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"
    assert event.decoded("DTSTAMP") == datetime(2026, 1, 20, 8, 0, tzinfo=timezone.utc)


def test_summer_meeting_in_paris_time(store, meetings):
    event = exported_events(store)[ics.meeting_uid(meetings["summer"])]
    start = event.decoded("DTSTART")
    assert start.replace(tzinfo=None) == datetime(2026, 7, 7, 14, 0)
    assert start.utcoffset() == timedelta(hours=2)
    assert start.astimezone(timezone.utc) == datetime(2026, 7, 7, 12, 0, tzinfo=timezone.utc)
    assert event.decoded("DTEND") - start == timedelta(minutes=ics.DEFAULT_DURATION_MINUTES)


def test_vtimezone_rules_give_paris_offsets(store, meetings):
    with store.session() as session:
        rows, agendas = ics.read_meetings(session)
    calendar = icalendar.Calendar.from_ical(ics.build_calendar(rows, agendas))
    zones = calendar.walk("VTIMEZONE")
    assert [str(zone["TZID"]) for zone in zones] == ["Europe/Paris"]
    # The written rules themselves, not the reader's own zone database.
    tz = zones[0].to_tz()
    assert tz.utcoffset(datetime(2026, 1, 27, 9, 30)) == timedelta(hours=1)
    assert tz.utcoffset(datetime(2026, 7, 7, 14, 0)) == timedelta(hours=2)
    assert tz.utcoffset(datetime(2030, 3, 31, 12, 0)) == timedelta(hours=2)
    assert tz.utcoffset(datetime(2030, 10, 27, 12, 0)) == timedelta(hours=1)


def test_meeting_without_time_is_all_day(store, meetings):
    event = exported_events(store)[ics.meeting_uid(meetings["training"])]
    assert event.decoded("DTSTART") == ALL_DAY
    assert not isinstance(event.decoded("DTSTART"), datetime)
    assert event.decoded("DTEND") == ALL_DAY + timedelta(days=1)
    assert event["DTSTART"].params.get("VALUE") == "DATE"


def test_summary_location_and_agenda(store, meetings):
    events = exported_events(store)
    winter = events[ics.meeting_uid(meetings["winter"])]
    assert str(winter["SUMMARY"]) == "Réunion de grappe de janvier — Grappe Drôme-Ardèche"
    assert str(winter["LOCATION"]) == "Mairie du Teil, salle Marianne"
    assert str(winter["DESCRIPTION"]).splitlines() == [
        "Réunion de grappe · Grappe Drôme-Ardèche",
        "",
        "Ordre du jour :",
        "Accueil",
        "  • Tour de table (Claire Martin, 15 min)",
        "Le Teil",
        "  • Point sur le CLE (Équipe projet, 20 min)",
    ]
    assert str(winter["STATUS"]) == "CONFIRMED"


def test_video_meeting_located_at_its_link(store, meetings):
    summer = exported_events(store)[ics.meeting_uid(meetings["summer"])]
    assert str(summer["SUMMARY"]) == "Comité de pilotage — Grappe Drôme-Ardèche"
    assert str(summer["LOCATION"]) == "https://visio.example.org/grappe-da"
    assert "Visioconférence : https://visio.example.org/grappe-da" in str(summer["DESCRIPTION"])
    assert str(summer["STATUS"]) == "TENTATIVE"


def test_uid_stable_across_exports(context, store, meetings):
    first = set(exported_events(store))
    context.services.save_meeting(meetings["winter"], MeetingInput(
        meetings["cluster"], WINTER_DAY + timedelta(days=1), title="Réunion de grappe de janvier (reportée)",
        start_time="10:00"))
    second = exported_events(store)
    assert set(second) == first == {ics.meeting_uid(meeting_id) for key, meeting_id in meetings.items()
                                     if key != "cluster"}
    moved = second[ics.meeting_uid(meetings["winter"])]
    assert moved.decoded("DTSTART").replace(tzinfo=None) == datetime(2026, 1, 28, 10, 0)


def test_upcoming_export_leaves_past_meetings_out(store, meetings):
    events = exported_events(store, upcoming_from=TODAY)
    assert set(events) == {ics.meeting_uid(meetings["winter"]), ics.meeting_uid(meetings["summer"])}


def test_ics_lines_follow_rfc_5545(store, meetings):
    with store.session() as session:
        rows, agendas = ics.read_meetings(session)
    content = ics.build_calendar(rows, agendas)
    lines = content.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCALENDAR"
    assert b"VERSION:2.0" in lines
    assert b"METHOD:PUBLISH" in lines
    assert all(len(line) <= 75 for line in lines)
    assert not any(b"\n" in line for line in lines)


# -- the calendar view ---------------------------------------------------------------------


@pytest.fixture
def view(qtbot, context, meetings):
    widget = CalendarView(context, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 480)
    widget.show()
    return widget


def list_rows(view) -> list[list[str]]:
    tree = view.meeting_list
    return [[tree.topLevelItem(row).text(column) for column in range(tree.columnCount())]
            for row in range(tree.topLevelItemCount())]


def test_calendar_shows_month_of_today(view):
    assert view.month_label.text() == "Janvier 2026"
    assert view.highlighted_days() == [ALL_DAY, WINTER_DAY]
    rows = list_rows(view)
    assert [row[1:] for row in rows] == [
        ["journée", "Formation des animateurs", "Grappe Drôme-Ardèche", "Valence", "Planifiée"],
        ["09 h 30", "Réunion de grappe de janvier", "Grappe Drôme-Ardèche", "Mairie du Teil, salle Marianne",
         "Planifiée"],
    ]
    view.grab().save("/tmp/shots/calendar_view.png")


def test_calendar_moves_between_months(view):
    view.next_button.click()
    assert view.month_label.text() == "Février 2026"
    assert view.meetings_shown() == []
    assert view.empty_label.isVisible()
    for _month in range(5):
        view.next_button.click()
    assert view.month_label.text() == "Juillet 2026"
    assert view.highlighted_days() == [SUMMER_DAY]
    assert list_rows(view)[0][2] == "Comité de pilotage"
    view.previous_button.click()
    assert view.month_label.text() == "Juin 2026"
    view.today_button.click()
    assert view.month_label.text() == "Janvier 2026"


def test_day_click_selects_its_meetings(view, meetings):
    view.select_day(QDate(2026, 1, 27))
    assert view.selected_meeting_ids() == [meetings["winter"]]
    assert view.export_selected_action.isEnabled()


def test_double_click_opens_meeting(view, qtbot, meetings):
    item = view.meeting_list.topLevelItem(1)
    with qtbot.waitSignal(view.open_meeting) as opened:
        view.meeting_list.itemDoubleClicked.emit(item, 0)
    assert opened.args == [meetings["winter"]]
    with qtbot.waitSignal(view.open_meeting) as opened:
        view.calendar.activated.emit(QDate(2026, 1, 9))
    assert opened.args == [meetings["training"]]


def test_new_meeting_appears_in_calendar(view, context, meetings):
    context.services.save_meeting(None, MeetingInput(meetings["cluster"], date(2026, 1, 13), title="Visite"))
    context.bus.notify("meeting")
    assert view.highlighted_days() == [ALL_DAY, date(2026, 1, 13), WINTER_DAY]


def test_export_upcoming_from_view(view, monkeypatch, tmp_path, meetings):
    target = tmp_path / "agenda"
    information_texts = []
    monkeypatch.setattr(messages, "save_file", lambda *_args: target)
    monkeypatch.setattr(messages, "information", lambda _parent, title, text: information_texts.append(text))
    view.export_upcoming_action.trigger()
    written = tmp_path / "agenda.ics"
    calendar = icalendar.Calendar.from_ical(written.read_bytes())
    assert {str(event["UID"]) for event in calendar.walk("VEVENT")} == {
        ics.meeting_uid(meetings["winter"]), ics.meeting_uid(meetings["summer"])}
    assert information_texts and information_texts[0].startswith("Les 2 réunions ont été enregistrées")


def test_export_one_meeting_for_meeting_window(qtbot, context, monkeypatch, tmp_path, meetings):
    suggested = []
    target = tmp_path / "reunion.ics"

    def save_file(_parent, _title, name, _filters):
        suggested.append(name)
        return target

    monkeypatch.setattr(messages, "save_file", save_file)
    monkeypatch.setattr(messages, "information", lambda *_args: None)
    assert export_meeting_ics(None, context, meetings["winter"]) == target
    assert suggested == ["reunion-de-grappe-de-janvier-grappe-drome-ardeche-2026-01-27.ics"]
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [str(event["UID"]) for event in events] == [ics.meeting_uid(meetings["winter"])]


def test_export_to_missing_folder_explained(context, monkeypatch, tmp_path, meetings):
    shown = []
    monkeypatch.setattr(messages, "save_file", lambda *_args: tmp_path / "absent" / "reunion.ics")
    monkeypatch.setattr(messages, "show_user_error", lambda _parent, _title, error: shown.append(error.message()))
    assert export_meeting_ics(None, context, meetings["winter"]) is None
    assert len(shown) == 1
    assert "n'a pas pu être écrit" in shown[0]
    assert not (tmp_path / "absent").exists()


def test_calendar_query_skips_deleted_meetings(context, store, meetings):
    context.services.delete_meeting(meetings["training"])
    with store.session() as session:
        shown = list_calendar_meetings(session, date(2026, 1, 1), date(2026, 1, 31))
    assert [meeting.id for meeting in shown] == [meetings["winter"]]
