"""The "Préparer la réunion suivante…" dialog: the date of the next meeting, and the open
actions and undecided items of the previous one to carry over, all ticked at first."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import meeting_queries
from tzcld_desktop.db.meeting_queries import CarryOver
from tzcld_desktop.ui import meeting_prompts
from tzcld_desktop.ui.action_form import make_date_edit, to_date
from tzcld_desktop.ui.cluster_form import make_check_list
from tzcld_desktop.ui.context import AppContext

_ID_ROLE = Qt.ItemDataRole.UserRole
# A cluster meets every month or two: propose four weeks after the previous meeting.
DEFAULT_GAP = timedelta(weeks=4)


def _checked(entries: QListWidget) -> list[str]:
    rows = (entries.item(row) for row in range(entries.count()))
    return [entry.data(_ID_ROLE) for entry in rows if entry.checkState() == Qt.CheckState.Checked]


def _add_entry(entries: QListWidget, key: str, text: str) -> None:
    entry = QListWidgetItem(text)
    entry.setData(_ID_ROLE, key)
    entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    entry.setCheckState(Qt.CheckState.Checked)
    entries.addItem(entry)


class NextMeetingDialog(QDialog):
    """Proposes what the next meeting of a series carries over; ``meeting_id`` is set once it is created."""

    def __init__(self, context: AppContext, previous_id: str, previous_date: date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.previous_id = previous_id
        self.meeting_id: str | None = None
        self.setWindowTitle(self.tr("Préparer la réunion suivante"))
        with context.store.session() as session:
            self.proposal: CarryOver = meeting_queries.carry_over(session, previous_id)

        start = max(date.today(), (previous_date or date.today()) + DEFAULT_GAP)
        self.date_edit = make_date_edit(start)
        self.action_list = make_check_list()
        for action in self.proposal.open_actions:
            _add_entry(self.action_list, action.id, meeting_queries.carried_action_line(action).lstrip("– "))
        self.item_list = make_check_list()
        for item in self.proposal.undecided_items:
            prefix = f"{item.section} — " if item.section else ""
            _add_entry(self.item_list, item.id, prefix + item.title)

        form = QFormLayout()
        form.addRow(self.tr("Date de la réunion suivante"), self.date_edit)
        intro = QLabel(self.tr("La réunion suivante reprend la grappe, le type, le lieu, l'horaire et les "
                               "territoires invités. Décochez ce qu'elle ne doit pas reprendre."))
        intro.setWordWrap(True)
        action_box = QGroupBox(self.tr("Actions ouvertes, listées dans le point « Suivi des actions »"))
        action_layout = QVBoxLayout(action_box)
        action_layout.addWidget(self.action_list if self.proposal.open_actions
                                else QLabel(self.tr("Aucune action ouverte.")))
        item_box = QGroupBox(self.tr("Points non traités ou reportés, repris à l'ordre du jour"))
        item_layout = QVBoxLayout(item_box)
        item_layout.addWidget(self.item_list if self.proposal.undecided_items
                              else QLabel(self.tr("Aucun point en suspens.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Créer la réunion"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(action_box, 1)
        layout.addWidget(item_box, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def create(self) -> None:
        """Create the next meeting with the ticked actions and items."""
        created: list[str] = []
        meeting_day = to_date(self.date_edit.date())
        action_ids = _checked(self.action_list)
        item_ids = _checked(self.item_list)

        def write() -> None:
            created.append(self.context.services.prepare_next_meeting(
                self.previous_id, meeting_day, action_ids, item_ids))

        if meeting_prompts.try_write(self, self.tr("Réunion suivante non créée"), write):
            self.meeting_id = created[0]
            self.context.bus.notify("meeting", "meeting_territory", "agenda_item")
            self.accept()
