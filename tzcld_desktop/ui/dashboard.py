"""The home dashboard: what needs attention in the referent's regions, each count opening its list."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import overview, queries
from tzcld_desktop.db.overview import Dashboard, DashboardFilter, FilterKind
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import Health
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.theme import muted_text_color

log = logging.getLogger(__name__)

# Tables whose changes can alter a count of the dashboard.
WATCHED_TABLES = frozenset({
    "territory", "action", "journal_note", "meeting", "stage_event", "meeting_territory", "cluster", "profile",
})
WEEKS_KEY = "dashboard/no_contact_weeks"
ALL_REGIONS_KEY = "dashboard/all_regions"
MAX_WEEKS = 104
_ID_ROLE = Qt.ItemDataRole.UserRole
_LINK_STYLE = (
    "QPushButton { border: none; color: palette(link); text-align: left; padding: 2px 0; }"
    "QPushButton:hover { text-decoration: underline; }"
    "QPushButton:focus { text-decoration: underline; }"
)
# Added to the link style with the dimmed grey of the palette, which stays readable in dark mode.
_DISABLED_LINK_STYLE = "QPushButton:disabled {{ color: {colour}; }}"


def _number(value: int) -> str:
    return QLocale().toString(value)


def _plural(count: int, singular: str, plural: str, **params: object) -> str:
    """Fill the French form for ``count``: the singular for 0 and 1, as French grammar has it."""
    text = singular if count <= 1 else plural
    return text.format(count=_number(count), **params)


def describe_filter(dashboard_filter: DashboardFilter) -> str:
    """Return the French title of the list a dashboard count opens, such as "Projet émergent"."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("DashboardView", text)

    kind = dashboard_filter.kind
    if kind is FilterKind.STAGE and dashboard_filter.stage is not None:
        return QCoreApplication.translate("Stage", dashboard_filter.stage.label)
    if kind is FilterKind.OVERDUE:
        return tr("Actions en retard")
    if kind is FilterKind.UPCOMING:
        return tr("Réunions des {days} prochains jours").format(days=dashboard_filter.upcoming_days)
    if kind is FilterKind.NO_CONTACT:
        return tr("Territoires sans contact depuis plus de {weeks} semaines").format(
            weeks=dashboard_filter.no_contact_weeks)
    if kind is FilterKind.UNDER_REVIEW:
        return tr("Candidatures en instruction")
    if kind is FilterKind.HEALTH and dashboard_filter.health is not None:
        return QCoreApplication.translate("Health", dashboard_filter.health.label)
    return tr("Territoires")


class _Bar(QWidget):
    """A small horizontal bar whose length shows a count against the largest one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 0.0
        self.setMinimumWidth(80)
        self.setFixedHeight(self.fontMetrics().height() // 2 + 4)

    def set_fraction(self, fraction: float) -> None:
        self.fraction = max(0.0, min(fraction, 1.0))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(160, self.height())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        width = round(self.width() * self.fraction)
        if width:
            painter.fillRect(QRect(0, 0, width, self.height()), self.palette().color(QPalette.ColorRole.Highlight))
        painter.end()


def _link_button(slot) -> QPushButton:
    button = QPushButton()
    button.setStyleSheet(_LINK_STYLE + _DISABLED_LINK_STYLE.format(colour=muted_text_color().name()))
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.clicked.connect(slot)
    return button


class DashboardView(QWidget):
    """Counts by stage, overdue actions, upcoming meetings and territories needing attention.

    ``open_filtered`` carries the ``DashboardFilter`` of a clicked count, and
    ``open_meeting`` the id of a meeting double-clicked in the upcoming list. The view
    reloads when the data bus reports a change to ``WATCHED_TABLES``, right away when it
    is shown and otherwise the next time it is shown.
    """

    open_filtered = Signal(object)
    open_meeting = Signal(str)
    # Asks for the list of habilitated territories shipped with the application.
    import_shipped_list = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, load_now: bool = True) -> None:
        """Build the view and read its counts.

        With ``load_now`` false, the view shows a loading state and reads the counts on
        the event-loop turn after it is first shown, so a window holding it is painted first.
        """
        super().__init__(parent)
        self.context = context
        self.dashboard: Dashboard | None = None
        self._profile_regions: tuple[str, ...] = ()
        self._stale = False
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_start_hint())
        columns = QHBoxLayout()
        columns.addWidget(self._build_stages(), 1)
        columns.addWidget(self._build_watch_list(), 1)
        layout.addLayout(columns)
        layout.addWidget(self._build_meetings(), 1)

        self._read_settings()
        if load_now:
            self.reload()
        else:
            self._show_loading()
        context.bus.changed.connect(self._data_changed)

    # -- construction ------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        self.scope_label = QLabel()
        self.scope_label.setWordWrap(True)
        self.all_regions_check = QCheckBox(self.tr("Toutes les régions"))
        self.all_regions_check.setToolTip(self.tr("Compter aussi les territoires des régions que vous ne suivez pas"))
        self.all_regions_check.toggled.connect(self._scope_toggled)
        row = QHBoxLayout()
        row.addWidget(self.scope_label, 1)
        row.addWidget(self.all_regions_check)
        return row

    def _build_start_hint(self) -> QGroupBox:
        """Build the box shown while no territory is in scope, with a way to start."""
        self.start_hint = QGroupBox(self.tr("Pour commencer"))
        text = QLabel(self.tr(
            "Aucun territoire n'est encore enregistré pour vos régions. Vous pouvez importer la liste "
            "des territoires habilités fournie avec l'application, recevoir le fichier d'échange d'un "
            "collègue (menu « Échanges ») ou créer un territoire dans l'onglet « Territoires »."
        ))
        text.setWordWrap(True)
        self.import_list_button = QPushButton(self.tr("Importer la liste des territoires habilités"))
        self.import_list_button.clicked.connect(self.import_shipped_list)
        layout = QVBoxLayout(self.start_hint)
        layout.addWidget(text)
        layout.addWidget(self.import_list_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.start_hint.hide()
        return self.start_hint

    def _build_stages(self) -> QGroupBox:
        box = QGroupBox(self.tr("Territoires par étape"))
        grid = QGridLayout(box)
        self.stage_buttons: dict[Stage, QPushButton] = {}
        self.stage_bars: dict[Stage, _Bar] = {}
        for row, stage in enumerate(Stage):
            label = QLabel(QCoreApplication.translate("Stage", stage.label))
            button = _link_button(lambda _checked=False, stage=stage: self._open_stage(stage))
            button.setToolTip(self.tr("Afficher ces territoires"))
            bar = _Bar()
            grid.addWidget(label, row, 0)
            grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(bar, row, 2)
            self.stage_buttons[stage] = button
            self.stage_bars[stage] = bar
        self.total_label = QLabel()
        grid.addWidget(self.total_label, len(Stage), 0, 1, 3)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(Stage) + 1, 1)
        return box

    def _build_watch_list(self) -> QGroupBox:
        box = QGroupBox(self.tr("À surveiller"))
        column = QVBoxLayout(box)
        self.overdue_button = _link_button(self._open_overdue)
        self.under_review_button = _link_button(self._open_under_review)
        self.no_contact_button = _link_button(self._open_no_contact)
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, MAX_WEEKS)
        self.weeks_spin.setValue(overview.DEFAULT_NO_CONTACT_WEEKS)
        self.weeks_spin.setToolTip(self.tr("Nombre de semaines sans note de journal ni réunion suivie"))
        self.weeks_label = QLabel()
        self.health_buttons = {
            health: _link_button(lambda _checked=False, health=health: self._open_health(health))
            for health in (Health.AT_RISK, Health.BLOCKED)
        }
        column.addWidget(self.overdue_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.under_review_button, 0, Qt.AlignmentFlag.AlignLeft)
        no_contact_row = QHBoxLayout()
        no_contact_row.addWidget(self.no_contact_button)
        no_contact_row.addWidget(self.weeks_spin)
        no_contact_row.addWidget(self.weeks_label)
        no_contact_row.addStretch(1)
        column.addLayout(no_contact_row)
        for button in self.health_buttons.values():
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self.weeks_spin.valueChanged.connect(self._weeks_changed)
        return box

    def _build_meetings(self) -> QGroupBox:
        box = QGroupBox(self.tr("Réunions à venir"))
        column = QVBoxLayout(box)
        self.upcoming_button = _link_button(self._open_upcoming)
        self.meetings_tree = QTreeWidget()
        self.meetings_tree.setAccessibleName(self.tr("Prochaines réunions"))
        self.meetings_tree.setHeaderLabels([self.tr("Date"), self.tr("Réunion"), self.tr("Grappe")])
        self.meetings_tree.setRootIsDecorated(False)
        self.meetings_tree.setUniformRowHeights(True)
        self.meetings_tree.setAlternatingRowColors(True)
        self.meetings_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meetings_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.meetings_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.meetings_tree.itemActivated.connect(self._meeting_activated)
        column.addWidget(self.upcoming_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.meetings_tree)
        return box

    # -- settings ----------------------------------------------------------------------

    def _settings(self) -> QSettings:
        # Imported here because the main window module imports this one.
        from tzcld_desktop.ui.main_window import interface_settings

        return interface_settings(self.context.store.data_dir)

    def _read_settings(self) -> None:
        settings = self._settings()
        try:
            weeks = int(settings.value(WEEKS_KEY, overview.DEFAULT_NO_CONTACT_WEEKS))
        except (TypeError, ValueError):
            weeks = overview.DEFAULT_NO_CONTACT_WEEKS
        self.weeks_spin.blockSignals(True)
        self.weeks_spin.setValue(weeks)
        self.weeks_spin.blockSignals(False)
        all_regions = str(settings.value(ALL_REGIONS_KEY, "false")).lower() == "true"
        self.all_regions_check.blockSignals(True)
        self.all_regions_check.setChecked(all_regions)
        self.all_regions_check.blockSignals(False)

    def _write_setting(self, key: str, value: object) -> None:
        settings = self._settings()
        settings.setValue(key, value)
        settings.sync()
        if settings.status() != QSettings.Status.NoError:
            log.warning("Dashboard setting %s not saved to %s: %s", key, settings.fileName(), settings.status())

    # -- loading -----------------------------------------------------------------------

    def region_codes(self) -> tuple[str, ...]:
        """Return the regions counted: the followed ones, or () for every region."""
        if self.all_regions_check.isChecked() or not self._profile_regions:
            return ()
        return self._profile_regions

    def reload(self) -> None:
        """Read the counts again and show them."""
        self._stale = False
        with self.context.store.session() as session:
            profile = queries.get_profile(session)
            self._profile_regions = profile.region_codes if profile else ()
            region_names = {region.code: region.name for region in queries.list_regions(session)}
            self.dashboard = overview.load_dashboard(
                session, self.region_codes(), no_contact_weeks=self.weeks_spin.value())
        self._show_scope(region_names)
        self._show_stages()
        self._show_watch_list()
        self._show_meetings()

    def _data_changed(self, tables: frozenset[str]) -> None:
        if not tables & WATCHED_TABLES:
            return
        if self.isVisible():
            # Queued, so a burst of notifications costs one reload.
            self._reload_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.dashboard is None:
            # Built with load_now false: queued behind the events that paint the window.
            self._reload_timer.start()
        # Also picks up a new day: overdue actions and upcoming meetings depend on it.
        elif self._stale or self.dashboard.today != date.today():
            self.reload()

    def _show_loading(self) -> None:
        self.scope_label.setText(self.tr("Chargement des données…"))
        for button in (*self.stage_buttons.values(), self.overdue_button, self.under_review_button,
                       self.no_contact_button, self.upcoming_button, *self.health_buttons.values()):
            button.setEnabled(False)

    def _show_scope(self, region_names: dict[str, str]) -> None:
        has_regions = bool(self._profile_regions)
        self.all_regions_check.setEnabled(has_regions)
        if not self.region_codes():
            self.scope_label.setText(self.tr("Tous les territoires, toutes régions confondues"))
            return
        names = ", ".join(region_names.get(code, code) for code in self._profile_regions)
        self.scope_label.setText(self.tr("Territoires de vos régions : {regions}").format(regions=names))

    def _show_stages(self) -> None:
        counts = self.dashboard.stage_counts
        largest = max(counts.values(), default=0)
        for stage, button in self.stage_buttons.items():
            count = counts[stage]
            button.setText(_number(count))
            button.setEnabled(count > 0)
            self.stage_bars[stage].set_fraction(count / largest if largest else 0.0)
        total = self.dashboard.territory_count
        self.start_hint.setVisible(total == 0)
        self.total_label.setText(_plural(total, self.tr("Total : {count} territoire"),
                                         self.tr("Total : {count} territoires")))

    def _show_watch_list(self) -> None:
        dashboard = self.dashboard
        self._set_count(self.overdue_button, dashboard.overdue_count,
                        self.tr("{count} action en retard"), self.tr("{count} actions en retard"))
        self._set_count(self.under_review_button, len(dashboard.under_review_ids),
                        self.tr("{count} candidature en instruction"), self.tr("{count} candidatures en instruction"))
        self._set_count(self.no_contact_button, len(dashboard.no_contact_ids),
                        self.tr("{count} territoire sans contact depuis plus de"),
                        self.tr("{count} territoires sans contact depuis plus de"))
        self.weeks_label.setText(_plural(self.weeks_spin.value(), self.tr("semaine"), self.tr("semaines")))
        self._set_count(self.health_buttons[Health.AT_RISK], len(dashboard.health_ids[Health.AT_RISK]),
                        self.tr("{count} territoire à risque"), self.tr("{count} territoires à risque"))
        self._set_count(self.health_buttons[Health.BLOCKED], len(dashboard.health_ids[Health.BLOCKED]),
                        self.tr("{count} territoire bloqué"), self.tr("{count} territoires bloqués"))

    @staticmethod
    def _set_count(button: QPushButton, count: int, singular: str, plural: str, **params: object) -> None:
        button.setText(_plural(count, singular, plural, **params))
        button.setEnabled(count > 0)

    def _show_meetings(self) -> None:
        meetings = self.dashboard.upcoming_meetings
        self._set_count(self.upcoming_button, len(meetings),
                        self.tr("{count} réunion dans les {days} prochains jours"),
                        self.tr("{count} réunions dans les {days} prochains jours"), days=overview.UPCOMING_DAYS)
        self.meetings_tree.clear()
        locale = QLocale()
        for meeting in meetings:
            day = locale.toString(QDate(meeting.meeting_date.year, meeting.meeting_date.month,
                                        meeting.meeting_date.day), QLocale.FormatType.LongFormat)
            when = f"{day}, {meeting.start_time}" if meeting.start_time else day
            item = QTreeWidgetItem([when, meeting.title or self.tr("(sans titre)"), meeting.cluster_name])
            item.setData(0, _ID_ROLE, meeting.id)
            self.meetings_tree.addTopLevelItem(item)

    # -- reactions ---------------------------------------------------------------------

    def _scope_toggled(self, checked: bool) -> None:
        self._write_setting(ALL_REGIONS_KEY, "true" if checked else "false")
        self.reload()

    def _weeks_changed(self, weeks: int) -> None:
        self._write_setting(WEEKS_KEY, weeks)
        self.reload()

    def _emit(self, kind: FilterKind, **values) -> None:
        dashboard_filter = DashboardFilter(kind, region_codes=self.dashboard.region_codes, **values)
        log.info("Dashboard list opened: %s, %d territories", kind.value, len(dashboard_filter.territory_ids))
        self.open_filtered.emit(dashboard_filter)

    def _open_stage(self, stage: Stage) -> None:
        self._emit(FilterKind.STAGE, stage=stage, territory_ids=self.dashboard.stage_ids[stage])

    def _open_overdue(self) -> None:
        self._emit(FilterKind.OVERDUE, overdue=True, territory_ids=self.dashboard.overdue_territory_ids)

    def _open_under_review(self) -> None:
        self._emit(FilterKind.UNDER_REVIEW, under_review=True, territory_ids=self.dashboard.under_review_ids)

    def _open_no_contact(self) -> None:
        self._emit(FilterKind.NO_CONTACT, no_contact_weeks=self.dashboard.no_contact_weeks,
                   territory_ids=self.dashboard.no_contact_ids)

    def _open_health(self, health: Health) -> None:
        self._emit(FilterKind.HEALTH, health=health, territory_ids=self.dashboard.health_ids[health])

    def _open_upcoming(self) -> None:
        self._emit(FilterKind.UPCOMING, upcoming_days=overview.UPCOMING_DAYS,
                   meeting_ids=tuple(meeting.id for meeting in self.dashboard.upcoming_meetings))

    def _meeting_activated(self, item: QTreeWidgetItem) -> None:
        self.open_meeting.emit(item.data(0, _ID_ROLE))
