"""The "Actions" tab of a territory record, and the display of overdue actions.

An open action whose due date has passed shows in red with a warning icon. Its status
reads "À faire, en retard", so the state never depends on colour alone.
"""

from __future__ import annotations

import functools
import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QStyle, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from tzcld_desktop.db import followup_queries, queries
from tzcld_desktop.db.followup_queries import FollowupAction
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from tzcld_desktop.domain.forms import ActionInput
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.action_form import ActionDialog, ActionDraft
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.record.followup_widgets import Column, ListTab, format_date
from tzcld_desktop.ui.theme import alert_color

log = logging.getLogger(__name__)


def status_text(action: FollowupAction, today: date) -> str:
    """Return the status label, followed by "en retard" for an overdue action."""
    label = QCoreApplication.translate("ActionStatus", action.status.label)
    if action.is_overdue(today):
        return QCoreApplication.translate("ActionsTab", "{status}, en retard").format(status=label)
    return label


# The roles for which ``overdue_role`` may return data.
_OVERDUE_ROLES = frozenset({
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole,
})


@functools.lru_cache(maxsize=4)
def _overdue_look(palette_key: int, style_name: str) -> tuple[QBrush, QFont, QIcon]:
    """Build the red brush, bold font and warning icon of overdue actions.

    The arguments only key the cache, so a new palette (dark mode) or style builds them
    again. Built once, the icon also keeps its rendered pixmaps between paints.
    """
    font = QFont()
    font.setBold(True)
    icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return QBrush(alert_color()), font, icon


def overdue_role(action: FollowupAction, column: int, role: int, today: date, status_column: int) -> Any:
    """Return the red text, bold status and warning icon of an overdue action; None otherwise."""
    # Views request many other roles per cell, so those return before the date test.
    if role not in _OVERDUE_ROLES or not action.is_overdue(today):
        return None
    brush, font, icon = _overdue_look(QGuiApplication.palette().cacheKey(), QApplication.style().name())
    if role == Qt.ItemDataRole.ForegroundRole:
        return brush
    if role == Qt.ItemDataRole.FontRole and column == status_column:
        return font
    if role == Qt.ItemDataRole.DecorationRole and column == status_column:
        return icon
    return None


def edit_action(parent: QWidget, context: AppContext, action: FollowupAction | None,
                territory: tuple[str, str] | None) -> str | None:
    """Open the action dialog for ``action`` (None: a new action of ``territory``); return the saved id.

    The action keeps its meeting, so an action decided at a meeting stays in its minutes.
    """
    territories = [territory] if territory else []
    if action is None:
        draft = ActionDraft(None, "", territory_id=territory[0] if territory else None,
                            territory_name=territory[1] if territory else "")
    else:
        draft = ActionDraft(action.id, action.text, action.owner, action.due_date, action.status,
                            action.territory_id, action.territory_name)
    dialog = ActionDialog(territories, draft, parent)
    if action is None:
        dialog.setWindowTitle(dialog.tr("Nouvelle action"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    entered = dialog.draft()
    data = ActionInput(entered.text, entered.owner, entered.due_date, entered.status, entered.territory_id,
                       action.meeting_id if action else None)
    try:
        saved_id = context.services.save_action(action.id if action else None, data)
    except UserError as error:
        log.warning("Action %s not saved: %s", action.id if action else "(new)", error)
        messages.show_user_error(parent, QCoreApplication.translate("ActionsTab", "Action non enregistrée"), error)
        return None
    context.bus.notify("action")
    return saved_id


class ActionsTab(ListTab):
    """List the actions of a territory by due date, undated last, with overdue open actions in red."""

    WATCHED_TABLES = frozenset({"action", "meeting", "territory"})
    ADD_TEXT = QT_TRANSLATE_NOOP("ActionsTab", "&Nouvelle action…")
    STATUS = 4

    def __init__(self, context: AppContext, territory_id: str, parent: QWidget | None = None) -> None:
        self.today = date.today()
        self._territory_name = ""
        super().__init__(context, territory_id, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_row)
        self.reload()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ActionsTab", "Actions")

    def columns(self) -> list[Column]:
        return [
            Column(QT_TRANSLATE_NOOP("ActionsTab", "Action"), lambda row: row.text.strip().split("\n")[0],
                   tooltip=lambda row: row.text),
            Column(QT_TRANSLATE_NOOP("ActionsTab", "Réunion"),
                   lambda row: row.meeting_title and f"{row.meeting_title} ({format_date(row.meeting_date)})"),
            Column(QT_TRANSLATE_NOOP("ActionsTab", "Responsable"), lambda row: row.owner),
            Column(QT_TRANSLATE_NOOP("ActionsTab", "Échéance"), lambda row: format_date(row.due_date)),
            Column(QT_TRANSLATE_NOOP("ActionsTab", "Statut"), lambda row: status_text(row, self.today)),
        ]

    def row_role(self, row: FollowupAction, column: int, role: int) -> Any:
        return overdue_role(row, column, role, self.today, self.STATUS)

    def load(self, session: Session) -> list[FollowupAction]:
        # The day is read at each load, so a tab left open overnight shows the new overdue actions.
        self.today = date.today()
        territory = queries.get_territory(session, self.territory_id)
        self._territory_name = territory.name if territory else ""
        return followup_queries.list_territory_actions(session, self.territory_id)

    def open_dialog(self, row: FollowupAction | None) -> str | None:
        return edit_action(self, self.context, row, (self.territory_id, self._territory_name))

    def delete_question(self, row: FollowupAction) -> tuple[str, str]:
        return self.tr("Supprimer une action"), self.tr("Supprimer l'action « {text} » ?").format(
            text=row.text.strip().split("\n")[0])

    def delete_row(self, row: FollowupAction) -> None:
        self.context.services.delete_action(row.id)
        self.context.bus.notify("action")
