"""Dialog that adds or edits one dated step of a territory's history."""

from __future__ import annotations

import logging
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db.record_queries import StageEventView
from tzcld_desktop.domain.errors import UserError, ValidationError
from tzcld_desktop.domain.record_forms import StageEventInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import StageStep
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.field_errors import FieldErrors, make_error_label
from tzcld_desktop.ui.record.base import field_with_error
from tzcld_desktop.ui.record.date_field import OptionalDateEdit, make_date_edit, to_qdate
from tzcld_desktop.ui.accessibility import name_fields_from_labels
from tzcld_desktop.ui.save_key import bind_save_key

log = logging.getLogger(__name__)

# The step a referent most likely records after each step, proposed for a new step.
NEXT_STEP = {
    StageStep.INTEREST: StageStep.CHARTER_SIGNED,
    StageStep.CHARTER_SIGNED: StageStep.DOSSIER_FILED,
    StageStep.DOSSIER_FILED: StageStep.UNDER_REVIEW,
    StageStep.UNDER_REVIEW: StageStep.OPINION_FAVOURABLE,
    StageStep.OPINION_FAVOURABLE: StageStep.ARRETE,
    StageStep.OPINION_DEFERRED: StageStep.DOSSIER_REFILED,
    StageStep.DOSSIER_REFILED: StageStep.UNDER_REVIEW,
    StageStep.ARRETE: StageStep.ARRETE,
    StageStep.DECRET: StageStep.DECRET,
}


def proposed_step(events: list[StageEventView]) -> StageStep:
    """Return the step that follows the latest known step, or the first step of the path."""
    known = [event.step for event in events if event.step is not None]
    return NEXT_STEP[known[-1]] if known else StageStep.INTEREST


class _IndentedStepDelegate(QStyledItemDelegate):
    """Indents the steps of the pop-up list under their stage heading."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        if index.data(Qt.ItemDataRole.UserRole) is not None:
            option.rect.setLeft(option.rect.left() + 2 * option.fontMetrics.averageCharWidth() + 8)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 6)


class StageEventDialog(QDialog):
    """Add a step (``event`` None) or edit one, saved through the services on "Enregistrer".

    The steps are listed under their stage. The publication date is shown only for an
    arrêté or a décret.
    """

    def __init__(self, context: AppContext, territory_id: str, event: StageEventView | None,
                 proposed: StageStep = StageStep.INTEREST, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.territory_id = territory_id
        self.stage_event = event
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Modifier une étape") if event else self.tr("Ajouter une étape"))

        self.step_combo = QComboBox()
        self._fill_steps()
        self.date_edit = make_date_edit()
        self.published_edit = OptionalDateEdit()
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setPlaceholderText(self.tr("Par exemple : charte signée en conseil municipal"))
        self.comment_edit.setFixedHeight(self.comment_edit.fontMetrics().lineSpacing() * 4 + 14)
        self._build_layout()

        if event is not None:
            self.select_step(event.step or proposed)
            if event.event_date is not None:
                self.date_edit.setDate(to_qdate(event.event_date))
            self.published_edit.set_value(event.published_on)
            self.comment_edit.setPlainText(event.comment)
        else:
            self.select_step(proposed)
        self.step_combo.currentIndexChanged.connect(self._update_publication)
        self._update_publication()

    def _fill_steps(self) -> None:
        model = QStandardItemModel(self.step_combo)
        for stage in Stage:
            header = QStandardItem(QCoreApplication.translate("Stage", stage.label))
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            # A stage is a heading: it can be neither chosen nor reached with the arrow keys.
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            model.appendRow(header)
            for step in StageStep:
                if step.stage == stage.value:
                    item = QStandardItem(QCoreApplication.translate("StageStep", step.label))
                    item.setData(step.value, Qt.ItemDataRole.UserRole)
                    model.appendRow(item)
        self.step_combo.setModel(model)
        self.step_combo.setItemDelegate(_IndentedStepDelegate(self.step_combo))

    def _build_layout(self) -> None:
        self.errors = FieldErrors(make_error_label())
        for field in ("step", "event_date", "published_on", "comment"):
            self.errors.add(field, make_error_label())
        label = self.errors.label
        self.errors.clear_on_edit("event_date", self.date_edit.dateChanged)
        self.errors.clear_on_edit("published_on", self.published_edit.changed, self.step_combo.activated)
        self.errors.clear_on_edit("comment", self.comment_edit.textChanged)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Étape"), field_with_error(self.step_combo, label("step")))
        self.form.addRow(self.tr("Date"), field_with_error(self.date_edit, label("event_date")))
        self.publication_row = field_with_error(self.published_edit, label("published_on"))
        self.form.addRow(self.tr("Publication au JO"), self.publication_row)
        self.form.addRow(self.tr("Commentaire"), field_with_error(self.comment_edit, label("comment")))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bind_save_key(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        name_fields_from_labels(self)
        self.setMinimumWidth(520)

    def select_step(self, step: StageStep) -> None:
        index = self.step_combo.findData(step.value, Qt.ItemDataRole.UserRole)
        if index >= 0:
            self.step_combo.setCurrentIndex(index)

    def selected_step(self) -> StageStep:
        return StageStep(self.step_combo.currentData(Qt.ItemDataRole.UserRole))

    def _update_publication(self) -> None:
        self.form.setRowVisible(self.publication_row, self.selected_step().is_habilitation)

    def stage_event_input(self) -> StageEventInput:
        step = self.selected_step()
        return StageEventInput(
            territory_id=self.territory_id,
            step=step,
            event_date=self.date_edit.date().toPython(),
            comment=self.comment_edit.toPlainText(),
            published_on=self.published_edit.value() if step.is_habilitation else None,
        )

    def accept(self) -> None:
        """Save the step; keep the dialog open with the reasons when it is rejected."""
        self.errors.clear()
        try:
            self.saved_id = self.context.services.save_stage_event(
                self.stage_event.id if self.stage_event else None, self.stage_event_input())
        except ValidationError as error:
            self.errors.show(error.field_messages())
            return
        except UserError as error:
            log.warning("Stage event of territory %s not saved: %s", self.territory_id, error)
            messages.show_user_error(self, self.tr("Étape non enregistrée"), error)
            return
        self.context.bus.notify("stage_event", "territory")
        super().accept()

