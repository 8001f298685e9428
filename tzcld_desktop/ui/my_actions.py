"""The "Mes actions" view: open actions of every territory and meeting, by due date."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tzcld_desktop.db import followup_queries
from tzcld_desktop.db.followup_queries import FollowupAction
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.record.actions_tab import edit_action, overdue_role, status_text
from tzcld_desktop.ui.record.followup_widgets import (
    Column,
    RowTableModel,
    add_list_shortcuts,
    empty_label,
    format_date,
    make_table,
    select_row,
    selected_row,
)

log = logging.getLogger(__name__)

TERRITORY = 0
TEXT = 1
OWNER = 2
DUE_DATE = 3
STATUS = 4

# Tables whose changes can alter a row of the list or the meaning of "mine".
_WATCHED_TABLES = frozenset({"action", "territory", "meeting", "profile"})


def where_text(action: FollowupAction) -> str:
    """Return the territory of an action, or the meeting it was decided at when it has none."""
    if action.territory_name:
        return action.territory_name
    if action.meeting_title:
        return QCoreApplication.translate("MyActionsView", "Réunion : {title}").format(title=action.meeting_title)
    return ""


class MyActionsView(QWidget):
    """Open actions across all territories and meetings, soonest due first and undated last.

    "Seulement les miennes" keeps the actions whose owner is the referent of this copy,
    compared without case, accents or extra spaces. An overdue action shows in red, with
    a warning icon and "en retard" in its status. Entrée or a double click opens the
    action's form.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = date.today()
        self._actions: list[FollowupAction] = []
        self._profile_name = ""
        # True when the data changed while the view was hidden.
        self._stale = False

        self.model = RowTableModel("MyActionsView", self._columns(), self._row_role, self)
        self.table = make_table(self.model, TEXT)
        add_list_shortcuts(self.table, self.edit_selected, lambda: None)
        self.mine_check = QCheckBox(self.tr("&Seulement les miennes"))
        self.mine_check.toggled.connect(self.refilter)
        self.count_label = QLabel()
        self.empty = empty_label(self.tr("Aucune action ouverte."))
        self.empty.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.mine_check)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.reload()
        context.bus.changed.connect(self._data_changed)

    def _columns(self) -> list[Column]:
        return [
            Column(QT_TRANSLATE_NOOP("MyActionsView", "Territoire"), where_text),
            Column(QT_TRANSLATE_NOOP("MyActionsView", "Action"), lambda row: row.text.strip().split("\n")[0],
                   tooltip=lambda row: row.text),
            Column(QT_TRANSLATE_NOOP("MyActionsView", "Responsable"), lambda row: row.owner),
            Column(QT_TRANSLATE_NOOP("MyActionsView", "Échéance"), lambda row: format_date(row.due_date)),
            Column(QT_TRANSLATE_NOOP("MyActionsView", "Statut"), lambda row: status_text(row, self.today)),
        ]

    def _row_role(self, row: FollowupAction, column: int, role: int) -> Any:
        return overdue_role(row, column, role, self.today, STATUS)

    def _data_changed(self, tables: frozenset[str]) -> None:
        # An empty set names no table, so it is taken as "anything may have changed".
        if not tables or tables & _WATCHED_TABLES:
            if self.isVisible():
                self.reload()
            else:
                # Read when next shown: at 40,000 open actions a reload takes about 0.4 s
                # on the GUI thread, which every edit elsewhere would otherwise pay.
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # A new day also changes which actions are overdue.
        if self._stale or self.today != date.today():
            self.reload()

    def reload(self) -> None:
        """Read the open actions again (one statement) and show those the filter keeps."""
        self._stale = False
        self.today = date.today()
        with self.context.store.session() as session:
            self._profile_name = followup_queries.profile_name(session)
            self._actions = followup_queries.list_open_actions(session)
        self.refilter()

    def refilter(self) -> None:
        selected = self.selected()
        if self.mine_check.isChecked():
            rows = followup_queries.owned_by(self._actions, self._profile_name)
        else:
            rows = self._actions
        self.model.set_rows(rows)
        if selected is not None:
            select_row(self.table, self.model.row_of(lambda row: row.id == selected.id))
        overdue = sum(1 for row in rows if row.is_overdue(self.today))
        self.count_label.setText(self._count_text(len(rows), overdue))
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.mine_check.setToolTip(self.tr("Actions dont le responsable est {name}").format(name=self._profile_name)
                                   if self._profile_name else self.tr("Indiquez votre nom dans votre profil."))

    def _count_text(self, count: int, overdue: int) -> str:
        if count == 0:
            return ""
        total = self.tr("1 action ouverte") if count == 1 else self.tr("{count} actions ouvertes").format(count=count)
        if overdue:
            return self.tr("{total}, dont {overdue} en retard").format(total=total, overdue=overdue)
        return total

    def selected(self) -> FollowupAction | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def edit_selected(self) -> None:
        """Open the form of the selected action."""
        action = self.selected()
        if action is None:
            return
        territory = (action.territory_id, action.territory_name) if action.territory_id else None
        if edit_action(self, self.context, action, territory):
            self.reload()
