"""The "Grappes et réunions" tab: clusters of the referent's regions, their members and meetings."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import queries
from tzcld_desktop.db.queries import ClusterView, MeetingView, TerritoryQuery
from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.cluster_form import ClusterDialog, ClusterMembersDialog, stage_text
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.formatting import format_long_date
from tzcld_desktop.ui.handout_export import export_meeting_handout
from tzcld_desktop.ui.meeting_form import MeetingDialog
from tzcld_desktop.ui.meeting_next import NextMeetingDialog
from tzcld_desktop.ui.table_export import export_rows

log = logging.getLogger(__name__)

_ID_ROLE = Qt.ItemDataRole.UserRole
# Tables whose changes this panel shows.
_WATCHED_TABLES = frozenset({"profile", "cluster", "territory", "meeting", "meeting_territory", "action"})

# Columns of the meeting list.
MEETING_DATE = 0
MEETING_TITLE = 1
MEETING_PLACE = 2
MEETING_TERRITORIES = 3


def _widest_long_date(metrics: QFontMetrics) -> int:
    """Return the pixel width of the widest long date of this year, padding included."""
    first_day = date(date.today().year, 1, 1)
    widest = max(
        metrics.horizontalAdvance(format_long_date(first_day + timedelta(days=offset)))
        for offset in range(366)
    )
    return widest + 2 * metrics.averageCharWidth()


def _make_tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setStretchLastSection(False)
    return tree


def _selected_id(tree: QTreeWidget) -> str | None:
    item = tree.currentItem()
    return item.data(0, _ID_ROLE) if item is not None and item.isSelected() else None


def _select_id(tree: QTreeWidget, record_id: str | None) -> None:
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        if item.data(0, _ID_ROLE) == record_id:
            tree.setCurrentItem(item)
            return


class MeetingsPanel(QWidget):
    """Clusters on the left, with the selected cluster's territories and meetings on the right.

    Small lists (a referent follows a few clusters with tens of meetings each), so
    plain tree widgets refilled on every change are enough here.
    """

    # A territory's record should open (from the cluster page).
    open_territory = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._clusters: dict[str, ClusterView] = {}
        self._meetings: dict[str, MeetingView] = {}

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_cluster_side())
        splitter.addWidget(self._build_detail_side())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([380, 720])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        context.bus.changed.connect(self._on_data_changed)
        self.reload()

    # -- construction ----------------------------------------------------------------

    def _build_cluster_side(self) -> QWidget:
        box = QGroupBox(self.tr("Grappes de vos régions"))
        self.cluster_tree = _make_tree([self.tr("Grappe"), self.tr("Région")])
        self.cluster_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.cluster_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.cluster_tree.itemSelectionChanged.connect(self._on_cluster_selected)
        self.cluster_tree.itemDoubleClicked.connect(self.edit_cluster)
        self.cluster_empty_label = QLabel(
            self.tr("Aucune grappe dans vos régions. Cliquez sur « Nouvelle grappe » pour en créer une.")
        )
        self.cluster_empty_label.setWordWrap(True)

        self.new_cluster_button = QPushButton(self.tr("Nouvelle grappe"))
        self.new_cluster_button.clicked.connect(self.new_cluster)
        self.edit_cluster_button = QPushButton(self.tr("Modifier"))
        self.edit_cluster_button.clicked.connect(self.edit_cluster)
        self.delete_cluster_button = QPushButton(self.tr("Supprimer"))
        self.delete_cluster_button.clicked.connect(self.delete_cluster)

        self.cluster_page_button = QPushButton(self.tr("Page de la grappe"))
        self.cluster_page_button.setToolTip(self.tr("Animation, territoires membres et historique des réunions"))
        self.cluster_page_button.clicked.connect(self.show_cluster_page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_cluster_button)
        buttons.addWidget(self.edit_cluster_button)
        buttons.addWidget(self.delete_cluster_button)
        buttons.addStretch(1)
        page_row = QHBoxLayout()
        page_row.addWidget(self.cluster_page_button)
        page_row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.cluster_tree, 1)
        layout.addWidget(self.cluster_empty_label)
        layout.addLayout(buttons)
        layout.addLayout(page_row)
        return box

    def _build_detail_side(self) -> QWidget:
        self.detail = QWidget()
        self.cluster_title = QLabel()
        self.cluster_title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = self.cluster_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.cluster_title.setFont(title_font)
        self.cluster_animator = QLabel()
        self.cluster_animator.setTextFormat(Qt.TextFormat.PlainText)
        self.cluster_animator.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_member_box())
        splitter.addWidget(self._build_meeting_box())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cluster_title)
        layout.addWidget(self.cluster_animator)
        layout.addWidget(splitter, 1)
        return self.detail

    def _build_member_box(self) -> QWidget:
        box = QGroupBox(self.tr("Territoires de la grappe"))
        self.member_tree = _make_tree([self.tr("Territoire"), self.tr("Département"), self.tr("Étape")])
        self.member_tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.member_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.member_tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.members_button = QPushButton(self.tr("Territoires de la grappe…"))
        self.members_button.clicked.connect(self.choose_members)
        self.member_count_label = QLabel()

        buttons = QHBoxLayout()
        buttons.addWidget(self.members_button)
        buttons.addStretch(1)
        buttons.addWidget(self.member_count_label)
        layout = QVBoxLayout(box)
        layout.addWidget(self.member_tree, 1)
        layout.addLayout(buttons)
        return box

    def _build_meeting_box(self) -> QWidget:
        box = QGroupBox(self.tr("Réunions"))
        self.meeting_tree = _make_tree(
            [self.tr("Date"), self.tr("Titre"), self.tr("Lieu"), self.tr("Territoires invités")]
        )
        header = self.meeting_tree.header()
        # Wide enough for every date before a meeting is listed, so the column does not jump.
        self.meeting_tree.headerItem().setSizeHint(
            MEETING_DATE, QSize(_widest_long_date(self.meeting_tree.fontMetrics()), 0)
        )
        header.setSectionResizeMode(MEETING_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MEETING_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MEETING_PLACE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MEETING_TERRITORIES, QHeaderView.ResizeMode.ResizeToContents)
        self.meeting_tree.itemSelectionChanged.connect(self._update_buttons)
        self.meeting_tree.itemDoubleClicked.connect(self.open_meeting)

        self.new_meeting_button = QPushButton(self.tr("Nouvelle réunion"))
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.open_meeting_button = QPushButton(self.tr("Ouvrir"))
        self.open_meeting_button.clicked.connect(self.open_meeting)
        self.delete_meeting_button = QPushButton(self.tr("Supprimer"))
        self.delete_meeting_button.clicked.connect(self.delete_meeting)
        self.handout_button = QPushButton(self.tr("Document de réunion (PDF)…"))
        self.handout_button.clicked.connect(self.export_handout)
        self.export_meetings_button = QPushButton(self.tr("Exporter la liste…"))
        self.export_meetings_button.clicked.connect(self.export_meetings)
        self.next_meeting_button = QPushButton(self.tr("Préparer la réunion suivante…"))
        self.next_meeting_button.clicked.connect(self.prepare_next_meeting)
        self.present_button = QPushButton(self.tr("Présenter"))
        self.present_button.setToolTip(self.tr("L'ordre du jour en plein écran, point par point, avec un minuteur"))
        self.present_button.clicked.connect(self.present_meeting)
        self.ics_button = QPushButton(self.tr("Agenda (.ics)…"))
        self.ics_button.setToolTip(self.tr("Exporter la réunion pour Thunderbird ou Outlook"))
        self.ics_button.clicked.connect(self.export_ics)

        # Two rows, editing then documents, so the tab fits a 1,366-pixel laptop screen.
        buttons = QHBoxLayout()
        for button in (self.new_meeting_button, self.open_meeting_button, self.delete_meeting_button,
                       self.next_meeting_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        document_buttons = QHBoxLayout()
        document_buttons.addWidget(self.present_button)
        document_buttons.addWidget(self.ics_button)
        document_buttons.addStretch(1)
        document_buttons.addWidget(self.export_meetings_button)
        document_buttons.addWidget(self.handout_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.meeting_tree, 1)
        layout.addLayout(buttons)
        layout.addLayout(document_buttons)
        return box

    # -- reading ---------------------------------------------------------------------

    def selected_cluster_id(self) -> str | None:
        return _selected_id(self.cluster_tree)

    def selected_meeting_id(self) -> str | None:
        return _selected_id(self.meeting_tree)

    def select_cluster(self, cluster_id: str) -> None:
        _select_id(self.cluster_tree, cluster_id)

    def select_meeting(self, meeting_id: str) -> None:
        _select_id(self.meeting_tree, meeting_id)

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if tables & _WATCHED_TABLES:
            self.reload()

    def reload(self) -> None:
        """Refill every list from the database, keeping the selected cluster and meeting."""
        cluster_id = self.selected_cluster_id()
        meeting_id = self.selected_meeting_id()
        with self.context.store.session() as session:
            profile = queries.get_profile(session)
            region_codes = profile.region_codes if profile else ()
            clusters = queries.list_clusters(session, region_codes)
        self._clusters = {cluster.id: cluster for cluster in clusters}

        self.cluster_tree.blockSignals(True)
        self.cluster_tree.clear()
        for cluster in clusters:
            item = QTreeWidgetItem([cluster.name, cluster.region_name])
            item.setData(0, _ID_ROLE, cluster.id)
            item.setToolTip(0, cluster.name)
            self.cluster_tree.addTopLevelItem(item)
        if cluster_id not in self._clusters and clusters:
            cluster_id = clusters[0].id
        _select_id(self.cluster_tree, cluster_id)
        self.cluster_tree.blockSignals(False)
        self.cluster_empty_label.setVisible(not clusters)

        self._show_cluster(self.selected_cluster_id(), meeting_id)

    def _on_cluster_selected(self) -> None:
        self._show_cluster(self.selected_cluster_id(), None)

    def _show_cluster(self, cluster_id: str | None, meeting_id: str | None) -> None:
        cluster = self._clusters.get(cluster_id) if cluster_id else None
        self.detail.setEnabled(cluster is not None)
        self.member_tree.clear()
        self.meeting_tree.clear()
        self._meetings = {}
        if cluster is None:
            self.cluster_title.setText(self.tr("Aucune grappe choisie"))
            self.cluster_animator.clear()
            self.member_count_label.clear()
            self._update_buttons()
            return

        self.cluster_title.setText(f"{cluster.name} — {cluster.region_name}" if cluster.region_name else cluster.name)
        animator = " · ".join(line.strip() for line in cluster.animator.splitlines() if line.strip())
        self.cluster_animator.setText(self.tr("Animation : {names}").format(names=animator) if animator else "")
        self.cluster_animator.setVisible(bool(animator))
        with self.context.store.session() as session:
            members = queries.list_territories(session, TerritoryQuery(cluster_id=cluster.id))
            meetings = queries.list_meetings(session, cluster.id)
        self._fill_members(members)
        self._fill_meetings(meetings)
        _select_id(self.meeting_tree, meeting_id)
        self._update_buttons()

    def _fill_members(self, members: list[queries.TerritoryRow]) -> None:
        for territory in members:
            item = QTreeWidgetItem([territory.name, territory.departement_code, stage_text(territory.stage)])
            item.setData(0, _ID_ROLE, territory.id)
            self.member_tree.addTopLevelItem(item)
        if not members:
            self.member_count_label.setText(self.tr("Aucun territoire membre"))
        elif len(members) == 1:
            self.member_count_label.setText(self.tr("1 territoire"))
        else:
            self.member_count_label.setText(self.tr("{count} territoires").format(count=len(members)))

    def _fill_meetings(self, meetings: list[MeetingView]) -> None:
        self._meetings = {meeting.id: meeting for meeting in meetings}
        for meeting in meetings:
            item = QTreeWidgetItem(
                [
                    format_long_date(meeting.meeting_date),
                    meeting.title,
                    meeting.place,
                    str(len(meeting.territory_ids)),
                ]
            )
            item.setData(0, _ID_ROLE, meeting.id)
            item.setTextAlignment(MEETING_TERRITORIES, Qt.AlignmentFlag.AlignCenter)
            item.setToolTip(MEETING_TITLE, meeting.title)
            item.setToolTip(MEETING_PLACE, meeting.place)
            self.meeting_tree.addTopLevelItem(item)

    def _update_buttons(self) -> None:
        has_cluster = self.selected_cluster_id() is not None
        has_meeting = self.selected_meeting_id() is not None
        self.edit_cluster_button.setEnabled(has_cluster)
        self.delete_cluster_button.setEnabled(has_cluster)
        self.members_button.setEnabled(has_cluster)
        self.new_meeting_button.setEnabled(has_cluster)
        self.open_meeting_button.setEnabled(has_meeting)
        self.delete_meeting_button.setEnabled(has_meeting)
        self.handout_button.setEnabled(has_meeting)
        self.next_meeting_button.setEnabled(has_meeting)
        self.present_button.setEnabled(has_meeting)
        self.ics_button.setEnabled(has_meeting)
        self.cluster_page_button.setEnabled(has_cluster)
        self.export_meetings_button.setEnabled(bool(self._meetings))

    # -- cluster actions -------------------------------------------------------------

    def new_cluster(self) -> None:
        dialog = ClusterDialog(self.context, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.cluster_id:
            self.select_cluster(dialog.cluster_id)

    def edit_cluster(self, *_args) -> None:
        cluster_id = self.selected_cluster_id()
        if cluster_id is not None:
            ClusterDialog(self.context, cluster_id, self).exec()

    def delete_cluster(self) -> None:
        cluster_id = self.selected_cluster_id()
        cluster = self._clusters.get(cluster_id) if cluster_id else None
        if cluster is None:
            return
        meeting_count = len(self._meetings)
        if meeting_count:
            question = self.tr(
                "Supprimer la grappe « {name} » ? Ses réunions enregistrées ({count}) ne seront plus affichées."
            ).format(name=cluster.name, count=meeting_count)
        else:
            question = self.tr("Supprimer la grappe « {name} » ?").format(name=cluster.name)
        if not messages.confirm(self, self.tr("Supprimer la grappe"), question):
            return
        try:
            self.context.services.delete_cluster(cluster.id)
        except UserError as error:
            log.warning("Cluster %s not deleted: %s", cluster.id, error)
            messages.show_user_error(self, self.tr("Grappe non supprimée"), error)
            return
        log.info("Cluster deleted: %s", cluster.id)
        self.context.bus.notify("cluster")

    def choose_members(self) -> None:
        cluster_id = self.selected_cluster_id()
        if cluster_id is not None:
            ClusterMembersDialog(self.context, cluster_id, self).exec()

    # -- meeting actions -------------------------------------------------------------

    def new_meeting(self) -> None:
        cluster_id = self.selected_cluster_id()
        if cluster_id is None:
            return
        dialog = MeetingDialog(self.context, None, cluster_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.meeting_id:
            self.select_meeting(dialog.meeting_id)

    def open_meeting(self, *_args) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is not None:
            MeetingDialog(self.context, meeting_id, self.selected_cluster_id(), self).exec()

    def open_meeting_by_id(self, meeting_id: str) -> None:
        """Select a meeting (from the dashboard or the calendar) and open it."""
        self.select_meeting(meeting_id)
        MeetingDialog(self.context, meeting_id, self.selected_cluster_id(), self).exec()

    def present_meeting(self) -> None:
        from tzcld_desktop.ui.presentation import show_presentation

        meeting_id = self.selected_meeting_id()
        if meeting_id is not None:
            show_presentation(self, self.context, meeting_id)

    def export_ics(self) -> None:
        from tzcld_desktop.ui.ics_export import export_meeting_ics

        meeting_id = self.selected_meeting_id()
        if meeting_id is not None:
            export_meeting_ics(self, self.context, meeting_id)

    def show_cluster_page(self) -> None:
        """Open the page of the selected cluster in its own window."""
        from tzcld_desktop.ui.cluster_page import ClusterPage

        cluster_id = self.selected_cluster_id()
        if cluster_id is None:
            return
        page = ClusterPage(self.context, cluster_id)
        page.setParent(self, Qt.WindowType.Window)
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        page.setWindowTitle(self.tr("Page de la grappe"))
        page.open_meeting.connect(self.open_meeting_by_id)
        page.open_territory.connect(self.open_territory.emit)
        page.resize(900, 640)
        page.show()
        self.cluster_page = page

    def prepare_next_meeting(self) -> None:
        """Propose what the next meeting carries over from the selected one, create it and open it."""
        meeting_id = self.selected_meeting_id()
        meeting = self._meetings.get(meeting_id) if meeting_id else None
        if meeting is None:
            return
        dialog = NextMeetingDialog(self.context, meeting.id, meeting.meeting_date, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.meeting_id:
            self.select_meeting(dialog.meeting_id)
            MeetingDialog(self.context, dialog.meeting_id, self.selected_cluster_id(), self).exec()

    def delete_meeting(self) -> None:
        meeting_id = self.selected_meeting_id()
        meeting = self._meetings.get(meeting_id) if meeting_id else None
        if meeting is None:
            return
        question = self.tr(
            "Supprimer la réunion « {title} » du {date} ? "
            "Les actions décidées lors de cette réunion restent enregistrées."
        ).format(title=meeting.title, date=format_long_date(meeting.meeting_date))
        if not messages.confirm(self, self.tr("Supprimer la réunion"), question):
            return
        try:
            self.context.services.delete_meeting(meeting.id)
        except UserError as error:
            log.warning("Meeting %s not deleted: %s", meeting.id, error)
            messages.show_user_error(self, self.tr("Réunion non supprimée"), error)
            return
        log.info("Meeting deleted: %s", meeting.id)
        self.context.bus.notify("meeting")

    def export_handout(self) -> None:
        meeting_id = self.selected_meeting_id()
        meeting = self._meetings.get(meeting_id) if meeting_id else None
        if meeting is None:
            return
        export_meeting_handout(self, self.context, meeting)

    def export_meetings(self) -> None:
        """Export the meetings of the selected cluster to a spreadsheet."""
        cluster_id = self.selected_cluster_id()
        cluster = self._clusters.get(cluster_id) if cluster_id else None
        if cluster is None:
            return
        headers = [self.tr("Date"), self.tr("Titre"), self.tr("Lieu"), self.tr("Territoires invités")]
        rows = [
            [meeting.meeting_date, meeting.title, meeting.place, len(meeting.territory_ids)]
            for meeting in self._meetings.values()
        ]
        title = self.tr("Réunions de la grappe {name}").format(name=cluster.name)
        export_rows(self, title, headers, rows, f"reunions {cluster.name}")
