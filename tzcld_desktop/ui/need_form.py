"""Dialog that records a need raised (remontée de besoin), or edits one."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import need_queries
from tzcld_desktop.db.calendar_queries import get_calendar_meeting
from tzcld_desktop.domain.errors import UserError, ValidationError
from tzcld_desktop.domain.need_forms import NeedInput
from tzcld_desktop.domain.vocabulary import NeedCategory, NeedStatus
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.field_errors import FieldErrors, grow_window_to_fit, make_error_label
from tzcld_desktop.ui.save_key import bind_save_key

log = logging.getLogger(__name__)


def category_text(category: NeedCategory) -> str:
    return QCoreApplication.translate("NeedCategory", category.label)


def status_text(status: NeedStatus) -> str:
    return QCoreApplication.translate("NeedStatus", status.label)


class NeedDialog(QDialog):
    """Creates a need (``need_id`` None) or edits one. After saving, ``need_id`` is its id.

    A new need raised at a meeting gets ``meeting_id`` and is dated with the meeting
    (today at the latest); its cluster then follows the meeting's.
    """

    def __init__(
        self,
        context: AppContext,
        need_id: str | None,
        parent: QWidget | None = None,
        *,
        meeting_id: str | None = None,
        cluster_id: str | None = None,
        raised_on: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.need_id = need_id
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Nouveau besoin") if need_id is None else self.tr("Modifier le besoin"))
        self.setMinimumWidth(520)

        self.category_combo = QComboBox()
        for category in NeedCategory:
            self.category_combo.addItem(category_text(category), category.value)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(
            self.tr("Par exemple : formation des membres du CLE au repérage des personnes volontaires")
        )
        self.territory_combo = QComboBox()
        self.cluster_combo = QComboBox()
        self.raised_on_edit = QDateEdit()
        self.raised_on_edit.setCalendarPopup(True)
        self.raised_on_edit.setDisplayFormat("dd/MM/yyyy")
        self.status_combo = QComboBox()
        for status in NeedStatus:
            self.status_combo.addItem(status_text(status), status.value)
        self.meeting_label = QLabel()
        self.meeting_label.setWordWrap(True)

        self.errors = FieldErrors(
            make_error_label(),
            {"description": make_error_label(), "raised_on": make_error_label()},
        )
        self.errors.clear_on_edit("description", self.description_edit.textChanged)
        self._build_layout()
        self._fill_choices()
        self._set_combo(self.cluster_combo, cluster_id)
        day = min(raised_on or date.today(), date.today())
        self.raised_on_edit.setDate(QDate(day.year, day.month, day.day))
        self._show_meeting(self._meeting_title(meeting_id))
        if need_id is not None:
            self._load(need_id)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Catégorie"), self.category_combo)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow("", self.errors.labels["description"])
        form.addRow(self.tr("Territoire"), self.territory_combo)
        form.addRow(self.tr("Grappe"), self.cluster_combo)
        form.addRow(self.tr("Exprimé le"), self.raised_on_edit)
        form.addRow("", self.errors.labels["raised_on"])
        form.addRow(self.tr("Statut"), self.status_combo)
        form.addRow(self.tr("Réunion"), self.meeting_label)
        self._form = form

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bind_save_key(buttons)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _fill_choices(self) -> None:
        with self.context.store.session() as session:
            clusters, territories, _regions = need_queries.list_need_choices(session)
        self.territory_combo.addItem(self.tr("Aucun territoire en particulier"), None)
        for territory in territories:
            self.territory_combo.addItem(territory.name, territory.id)
        self.cluster_combo.addItem(self.tr("Celle de la réunion ou du territoire"), None)
        for cluster in clusters:
            self.cluster_combo.addItem(cluster.name, cluster.id)

    @staticmethod
    def _set_combo(combo: QComboBox, value: str | None) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)

    def _show_meeting(self, meeting_title: str | None) -> None:
        visible = self.meeting_id is not None
        self._form.setRowVisible(self.meeting_label, visible)
        if visible:
            self.meeting_label.setText(meeting_title or self.tr("Réunion supprimée"))

    def _meeting_title(self, meeting_id: str | None) -> str | None:
        if meeting_id is None:
            return None
        with self.context.store.session() as session:
            meeting = get_calendar_meeting(session, meeting_id)
        if meeting is None:
            return None
        return meeting.title or meeting.kind.text()

    def _load(self, need_id: str) -> None:
        with self.context.store.session() as session:
            need = need_queries.get_need(session, need_id)
        if need is None:
            self.errors.show({"": self.tr("Ce besoin a été supprimé entre-temps.")})
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(need.category.value), 0))
        self.description_edit.setPlainText(need.description)
        self._set_combo(self.territory_combo, need.territory_id)
        self._set_combo(self.cluster_combo, need.cluster_id)
        if need.raised_on is not None:
            self.raised_on_edit.setDate(QDate(need.raised_on.year, need.raised_on.month, need.raised_on.day))
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(need.status.value), 0))
        self.meeting_id = need.meeting_id
        self._show_meeting(need.meeting_title)

    def form_input(self) -> NeedInput:
        raised_on = self.raised_on_edit.date()
        return NeedInput(
            category=NeedCategory(self.category_combo.currentData()),
            description=self.description_edit.toPlainText(),
            territory_id=self.territory_combo.currentData(),
            cluster_id=self.cluster_combo.currentData(),
            meeting_id=self.meeting_id,
            raised_on=date(raised_on.year(), raised_on.month(), raised_on.day()),
            status=NeedStatus(self.status_combo.currentData()),
        )

    def save(self) -> None:
        """Save through the services, or show the invalid values and stay open."""
        self.errors.clear()
        try:
            self.need_id = self.context.services.save_need(self.need_id, self.form_input())
        except ValidationError as error:
            self.errors.show(error.field_messages())
            grow_window_to_fit(self)
            return
        except UserError as error:
            log.warning("Need %s not saved: %s", self.need_id, error)
            messages.show_user_error(self, self.tr("Besoin non enregistré"), error)
            return
        self.context.bus.notify("need")
        self.accept()
