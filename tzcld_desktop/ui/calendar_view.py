"""The calendar: a month of meetings, with the days that have one highlighted, and the
export of meetings to an agenda (.ics) file."""

from __future__ import annotations

import logging
from calendar import monthrange
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db.calendar_queries import CalendarMeeting, list_calendar_meetings
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.ics_export import export_meeting_ics, export_upcoming_ics

log = logging.getLogger(__name__)

__all__ = ["CalendarView", "export_meeting_ics", "export_upcoming_ics"]

_ID_ROLE = Qt.ItemDataRole.UserRole
_WATCHED_TABLES = frozenset({"meeting", "cluster"})
# Background of a day with at least one meeting: a light version of the selection blue.
_MEETING_DAY_COLOUR = QColor("#cfe3f7")

# Columns of the month's meeting list.
DAY = 0
TIME = 1
TITLE = 2
CLUSTER = 3
PLACE = 4
STATUS = 5


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class CalendarView(QWidget):
    """A month of meetings: the calendar on the left, the month's meetings on the right.

    Clicking a day selects its meetings in the list; double-clicking a meeting, or a
    day that has one, emits ``open_meeting`` with the meeting id.
    """

    open_meeting = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self._meetings: list[CalendarMeeting] = []
        self._highlighted: list[date] = []

        self._build_header()
        self._build_calendar()
        self._build_list()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.calendar)
        splitter.addWidget(self.meeting_list)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([400, 700])

        layout = QVBoxLayout(self)
        layout.addLayout(self._header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty_label)

        self.show_month(self.today.year, self.today.month)
        context.bus.changed.connect(self._on_data_changed)

    # -- construction ------------------------------------------------------------------

    def _build_header(self) -> None:
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("Mois précédent"))
        self.previous_button.clicked.connect(self.previous_month)
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Mois suivant"))
        self.next_button.clicked.connect(self.next_month)
        self.today_button = QPushButton(self.tr("Aujourd'hui"))
        self.today_button.clicked.connect(lambda: self.show_month(self.today.year, self.today.month))
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(button.sizeHint().height() * 2)
        self.month_label = QLabel()
        font = self.month_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.month_label.setFont(font)
        self.month_label.setMinimumWidth(self.month_label.fontMetrics().horizontalAdvance("Septembre 2026") + 24)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.export_button = QPushButton(self.tr("Exporter vers l'agenda (.ics)…"))
        menu = QMenu(self.export_button)
        self.export_selected_action = menu.addAction(self.tr("La réunion choisie…"))
        self.export_selected_action.triggered.connect(self.export_selected)
        self.export_upcoming_action = menu.addAction(self.tr("Toutes les réunions à venir…"))
        self.export_upcoming_action.triggered.connect(self.export_upcoming)
        self.export_button.setMenu(menu)

        self._header = QHBoxLayout()
        self._header.addWidget(self.previous_button)
        self._header.addWidget(self.month_label)
        self._header.addWidget(self.next_button)
        self._header.addWidget(self.today_button)
        self._header.addStretch(1)
        self._header.addWidget(self.export_button)

    def _build_calendar(self) -> None:
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(self.tr("Calendrier des réunions"))
        self.calendar.setNavigationBarVisible(False)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setMinimumSize(360, 280)
        font = self.calendar.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.calendar.setFont(font)
        self.calendar.currentPageChanged.connect(self._page_changed)
        self.calendar.clicked.connect(self.select_day)
        self.calendar.activated.connect(self._day_activated)

    def _build_list(self) -> None:
        self.meeting_list = QTreeWidget()
        self.meeting_list.setAccessibleName(self.tr("Réunions du jour choisi"))
        self.meeting_list.setHeaderLabels(
            [self.tr("Jour"), self.tr("Heure"), self.tr("Réunion"), self.tr("Grappe"), self.tr("Lieu"),
             self.tr("Statut")]
        )
        self.meeting_list.setRootIsDecorated(False)
        self.meeting_list.setAlternatingRowColors(True)
        self.meeting_list.setUniformRowHeights(True)
        self.meeting_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.meeting_list.header()
        header.setStretchLastSection(False)
        for column in (DAY, TIME, CLUSTER, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PLACE, QHeaderView.ResizeMode.Stretch)
        self.meeting_list.itemDoubleClicked.connect(self._item_activated)
        self.meeting_list.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel()

    # -- month -------------------------------------------------------------------------

    def shown_month(self) -> tuple[int, int]:
        return self.calendar.yearShown(), self.calendar.monthShown()

    def show_month(self, year: int, month: int) -> None:
        """Show the month and list its meetings."""
        if (year, month) == self.shown_month():
            self.reload()
        else:
            # currentPageChanged calls reload.
            self.calendar.setCurrentPage(year, month)
        if (year, month) == (self.today.year, self.today.month):
            self.calendar.setSelectedDate(_qdate(self.today))

    def previous_month(self) -> None:
        self.calendar.showPreviousMonth()

    def next_month(self) -> None:
        self.calendar.showNextMonth()

    def _page_changed(self, _year: int, _month: int) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the shown month's meetings and highlight their days."""
        year, month = self.shown_month()
        first = date(year, month, 1)
        last = date(year, month, monthrange(year, month)[1])
        with self.context.store.session() as session:
            self._meetings = list_calendar_meetings(session, first, last)
        month_name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
        self.month_label.setText(f"{month_name[:1].upper()}{month_name[1:]} {year}")
        self._highlight_days()
        self._fill_list()

    def _highlight_days(self) -> None:
        for day in self._highlighted:
            self.calendar.setDateTextFormat(_qdate(day), QTextCharFormat())
        days = sorted({meeting.meeting_date for meeting in self._meetings if meeting.meeting_date})
        highlight = QTextCharFormat()
        highlight.setBackground(QBrush(_MEETING_DAY_COLOUR))
        highlight.setFontWeight(QFont.Weight.Bold)
        for day in days:
            self.calendar.setDateTextFormat(_qdate(day), highlight)
        self._highlighted = days

    def highlighted_days(self) -> list[date]:
        """Return the days of the shown month that have a meeting."""
        return list(self._highlighted)

    def _fill_list(self) -> None:
        self.meeting_list.clear()
        locale = QLocale()
        for meeting in self._meetings:
            assert meeting.meeting_date is not None
            day = locale.toString(_qdate(meeting.meeting_date), "ddd d")
            item = QTreeWidgetItem([
                day,
                meeting.start_time.replace(":", " h ") if meeting.start_time else self.tr("journée"),
                meeting.title or meeting.kind.text(),
                meeting.cluster_name,
                meeting.place or meeting.video_link,
                meeting.status.text(),
            ])
            item.setData(0, _ID_ROLE, meeting.id)
            item.setToolTip(TITLE, meeting.title)
            item.setToolTip(PLACE, meeting.place or meeting.video_link)
            if meeting.meeting_date < self.today:
                for column in range(self.meeting_list.columnCount()):
                    item.setForeground(column, QBrush(QColor("#6b6b6b")))
            self.meeting_list.addTopLevelItem(item)
        self.empty_label.setText(self.tr("Aucune réunion ce mois-ci."))
        self.empty_label.setVisible(not self._meetings)
        self._update_buttons()

    # -- selection ---------------------------------------------------------------------

    def meetings_shown(self) -> list[CalendarMeeting]:
        return list(self._meetings)

    def select_day(self, day: QDate) -> None:
        """Select the meetings of ``day`` in the list."""
        chosen = _pydate(day)
        self.meeting_list.clearSelection()
        first = None
        for row, meeting in enumerate(self._meetings):
            if meeting.meeting_date == chosen:
                item = self.meeting_list.topLevelItem(row)
                item.setSelected(True)
                first = first or item
        if first is not None:
            self.meeting_list.scrollToItem(first)

    def selected_meeting_ids(self) -> list[str]:
        return [item.data(0, _ID_ROLE) for item in self.meeting_list.selectedItems()]

    def _day_activated(self, day: QDate) -> None:
        chosen = _pydate(day)
        for meeting in self._meetings:
            if meeting.meeting_date == chosen:
                self.open_meeting.emit(meeting.id)
                return

    def _item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_meeting.emit(item.data(0, _ID_ROLE))

    def _update_buttons(self) -> None:
        self.export_selected_action.setEnabled(len(self.selected_meeting_ids()) == 1)

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if tables & _WATCHED_TABLES:
            self.reload()

    # -- export ------------------------------------------------------------------------

    def export_selected(self) -> None:
        ids = self.selected_meeting_ids()
        if len(ids) == 1:
            export_meeting_ics(self, self.context, ids[0])

    def export_upcoming(self) -> None:
        export_upcoming_ics(self, self.context, self.today)
