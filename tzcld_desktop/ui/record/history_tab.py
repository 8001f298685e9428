"""The "Historique" tab: the timeline of a territory's dated steps, and their editing."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tzcld_desktop.db.record_queries import StageEventView, load_record
from tzcld_desktop.db.record_services import RecordNotFound
from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.domain.frenchtext import format_date_long, french_typography
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.record.base import RecordTab
from tzcld_desktop.ui.record.stage_event_dialog import StageEventDialog, proposed_step
from tzcld_desktop.ui.record.timeline import TimelineList, step_text
from tzcld_desktop.ui.theme import muted_style

log = logging.getLogger(__name__)

NEWEST_FIRST = "newest"
OLDEST_FIRST = "oldest"


class HistoryTab(RecordTab):
    """Timeline of the stage events, newest or oldest first, with add, edit and delete."""

    WATCHED_TABLES = frozenset({"stage_event", "territory"})

    def __init__(self, context: AppContext, territory_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, territory_id, parent)
        self._events: list[StageEventView] = []

        self.order_combo = QComboBox()
        self.order_combo.addItem(self.tr("Plus récentes en premier"), NEWEST_FIRST)
        self.order_combo.addItem(self.tr("Plus anciennes en premier"), OLDEST_FIRST)
        self.order_combo.currentIndexChanged.connect(self._show_events)
        self.summary_label = QLabel()
        self.summary_label.setStyleSheet(muted_style())
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(QLabel(self.tr("Ordre :")))
        top.addWidget(self.order_combo)

        self.timeline = TimelineList()
        self.timeline.setAccessibleName(self.tr("Étapes du territoire"))
        self.timeline.itemSelectionChanged.connect(self._update_buttons)
        self.timeline.itemActivated.connect(lambda _item: self.edit_selected())
        self.empty_label = QLabel(french_typography(self.tr(
            "Aucune étape enregistrée. Ajoutez la première avec « Ajouter une étape… ».")))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(muted_style("padding: 24px;"))

        self.add_button = QPushButton(self.tr("Ajouter une étape…"))
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.delete_button = QPushButton(self.tr("Supprimer"))
        self.add_button.clicked.connect(self.add_event)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.timeline.delete_requested.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(buttons)
        self.reload()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("HistoryTab", "Historique")

    def reload(self) -> None:
        try:
            with self.context.store.session() as session:
                record = load_record(session, self.territory_id)
        except RecordNotFound:
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self._events = list(record.events)
        self._show_events()

    def _show_events(self) -> None:
        newest_first = self.order_combo.currentData() == NEWEST_FIRST
        shown = list(reversed(self._events)) if newest_first else list(self._events)
        self.timeline.set_events(shown)
        self.empty_label.setVisible(not shown)
        self.timeline.setVisible(bool(shown))
        self.summary_label.setText(self._summary())
        self._update_buttons()

    def _summary(self) -> str:
        count = len(self._events)
        if count == 0:
            return ""
        dated = [event for event in self._events if event.event_date is not None]
        steps = self.tr("1 étape") if count == 1 else self.tr("{count} étapes").format(count=count)
        if not dated:
            return steps
        return self.tr("{steps}, la dernière le {date}").format(
            steps=steps, date=format_date_long(dated[-1].event_date))

    def _update_buttons(self) -> None:
        selected = self.timeline.selected_event() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def open_dialog(self, event: StageEventView | None) -> StageEventDialog:
        """Open the step dialog; after a save, select the saved step."""
        dialog = StageEventDialog(self.context, self.territory_id, event, proposed_step(self._events), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id:
            self.select_event(dialog.saved_id)
            self.show_status(self.tr("Étape enregistrée."))
        return dialog

    def add_event(self) -> None:
        self.open_dialog(None)

    def edit_selected(self) -> None:
        event = self.timeline.selected_event()
        if event is not None:
            self.open_dialog(event)

    def select_event(self, event_id: str) -> None:
        for row, event in enumerate(self.timeline.events()):
            if event.id == event_id:
                self.timeline.setCurrentRow(row)
                return

    def delete_selected(self) -> None:
        event = self.timeline.selected_event()
        if event is None:
            return
        question = french_typography(self.tr(
            "Supprimer l'étape « {step} » ?\n\nL'étape du territoire sera recalculée d'après les étapes restantes."
        )).format(step=step_text(event))
        if not messages.confirm(self, self.tr("Supprimer une étape"), question):
            return
        try:
            self.context.services.delete_stage_event(event.id)
        except UserError as error:
            log.warning("Stage event %s not deleted: %s", event.id, error)
            messages.show_user_error(self, self.tr("Suppression impossible"), error)
        else:
            self.show_status(self.tr("Étape supprimée."))
        self.context.bus.notify("stage_event", "territory")
