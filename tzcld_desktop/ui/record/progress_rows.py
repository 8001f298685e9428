"""Editable rows of the "Méthode" tab: one phase of the method, one criterion with its proof."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from tzcld_desktop.db.record_queries import CriterionView, PhaseView, ProofView
from tzcld_desktop.domain.errors import UserError, ValidationError
from tzcld_desktop.domain.forms import MAX_NAME_LENGTH
from tzcld_desktop.domain.record_forms import CriterionInput, PhaseInput
from tzcld_desktop.domain.vocabulary import Criterion, CriterionStatus, MethodPhase, PhaseStatus
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.field_errors import FieldErrors, make_error_label
from tzcld_desktop.ui.record.date_field import OptionalDateEdit
from tzcld_desktop.ui.theme import muted_style

log = logging.getLogger(__name__)


class ProgressRow(QObject):
    """Status, date and comment of one phase or criterion, saved by the row's "Enregistrer" button.

    A reload leaves a row with unsaved changes as the user left it. ``saved`` carries
    the status message after a successful save.
    """

    saved = Signal(str)

    def __init__(self, context: AppContext, territory_id: str, statuses: type, status_context: str,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.territory_id = territory_id
        self.parent_widget = parent
        self.dirty = False
        self._loading = False
        self.status_combo = QComboBox()
        for status in statuses:
            self.status_combo.addItem(QCoreApplication.translate(status_context, status.label), status.value)
        self.date_edit = OptionalDateEdit()
        self.comment_edit = QLineEdit()
        self.comment_edit.setPlaceholderText(self.tr("Commentaire"))
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.error_label = make_error_label()
        self.errors = FieldErrors(self.error_label, {
            "status_date": self.error_label, "comment": self.error_label,
        })
        for signal in (self.status_combo.activated, self.date_edit.changed, self.comment_edit.textEdited):
            signal.connect(self._edited)

    def name_fields(self) -> None:
        """Name the row's date and comment after its label, for screen readers."""
        name = self.label.text()
        self.date_edit.date_edit.setAccessibleName(self.tr("Date : {name}").format(name=name))
        self.comment_edit.setAccessibleName(self.tr("Commentaire : {name}").format(name=name))

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self.save_button.setEnabled(True)
            self.errors.clear()

    def load_values(self, status: str, status_date: date | None, comment: str, force: bool) -> None:
        if self.dirty and not force:
            return
        self._loading = True
        try:
            self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))
            self.date_edit.set_value(status_date)
            self.comment_edit.setText(comment)
            self.comment_edit.setCursorPosition(0)
        finally:
            self._loading = False
        self.dirty = False
        self.save_button.setEnabled(False)
        self.errors.clear()

    def write(self) -> str:
        raise NotImplementedError

    def save(self) -> bool:
        """Save the row; show the reason under it when the values are rejected."""
        self.errors.clear()
        try:
            message = self.write()
        except ValidationError as error:
            self.errors.show(error.field_messages())
            return False
        except UserError as error:
            log.warning("Method row of territory %s not saved: %s", self.territory_id, error)
            messages.show_user_error(self.parent_widget, self.tr("Modification non enregistrée"), error)
            return False
        self.dirty = False
        self.save_button.setEnabled(False)
        self.saved.emit(message)
        return True


class PhaseRow(ProgressRow):
    def __init__(self, context: AppContext, territory_id: str, phase: MethodPhase, parent: QWidget) -> None:
        super().__init__(context, territory_id, PhaseStatus, "PhaseStatus", parent)
        self.phase = phase
        self.label = QLabel(QCoreApplication.translate("MethodPhase", phase.label))
        self.label.setWordWrap(True)
        self.label.setBuddy(self.status_combo)
        self.name_fields()

    def load(self, view: PhaseView, force: bool = False) -> None:
        self.load_values(view.status.value, view.status_date, view.comment, force)

    def write(self) -> str:
        self.context.services.save_phase(PhaseInput(
            territory_id=self.territory_id, phase=self.phase, status=PhaseStatus(self.status_combo.currentData()),
            status_date=self.date_edit.value(), comment=self.comment_edit.text(),
        ))
        self.context.bus.notify("phase_progress")
        return self.tr("Phase « {phase} » enregistrée.").format(phase=self.label.text())


class CriterionRow(ProgressRow):
    """A criterion of the cahier des charges, with the document attached as its proof."""

    def __init__(self, context: AppContext, territory_id: str, criterion: Criterion, parent: QWidget) -> None:
        super().__init__(context, territory_id, CriterionStatus, "CriterionStatus", parent)
        self.criterion = criterion
        self.view: CriterionView | None = None
        self.label = QLabel(QCoreApplication.translate("Criterion", criterion.label))
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-weight: 600;")
        self.label.setBuddy(self.status_combo)
        self.name_fields()
        self.proof_label = QLabel()
        self.proof_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attach_button = QPushButton(self.tr("Joindre une preuve…"))
        self.open_button = QPushButton(self.tr("Ouvrir"))
        self.remove_button = QPushButton(self.tr("Retirer"))
        self.remove_button.setToolTip(self.tr("Ne plus lier ce document au critère ; il reste dans les documents"))

    def proof_widget(self) -> QWidget:
        """Return the "Preuve : …" line with its buttons."""
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Preuve :"))
        caption.setStyleSheet(muted_style())
        layout.addWidget(caption)
        layout.addWidget(self.proof_label, 1)
        layout.addWidget(self.attach_button)
        layout.addWidget(self.open_button)
        layout.addWidget(self.remove_button)
        return box

    def load(self, view: CriterionView, force: bool = False) -> None:
        """Show the saved values; the proof always shows the saved document, even in a changed row."""
        self.view = view
        self.load_values(view.status.value, view.status_date, view.comment, force)
        self.show_proof(view.proof)

    def show_proof(self, proof: ProofView | None) -> None:
        if proof is None:
            self.proof_label.setText(self.tr("aucune preuve jointe"))
            self.proof_label.setStyleSheet(muted_style("font-style: italic;"))
            self.proof_label.setToolTip("")
        else:
            self.proof_label.setText(proof.file_name or proof.title)
            self.proof_label.setStyleSheet("")
            self.proof_label.setToolTip(proof.title)
        self.open_button.setEnabled(proof is not None)
        self.remove_button.setEnabled(proof is not None)
        self.attach_button.setText(self.tr("Remplacer la preuve…") if proof else self.tr("Joindre une preuve…"))

    def criterion_input(self, proof_document_id: str | None) -> CriterionInput:
        return CriterionInput(
            territory_id=self.territory_id, criterion=self.criterion,
            status=CriterionStatus(self.status_combo.currentData()), status_date=self.date_edit.value(),
            comment=self.comment_edit.text(), proof_document_id=proof_document_id,
        )

    def saved_input(self, proof_document_id: str | None) -> CriterionInput:
        """Return the saved values of the criterion with another proof, leaving unsaved edits aside."""
        view = self.view
        assert view is not None
        return CriterionInput(
            territory_id=self.territory_id, criterion=self.criterion, status=view.status,
            status_date=view.status_date, comment=view.comment, proof_document_id=proof_document_id,
        )

    def write(self) -> str:
        proof = self.view.proof if self.view else None
        self.context.services.save_criterion(self.criterion_input(proof.document_id if proof else None))
        self.context.bus.notify("criterion_check")
        return self.tr("Critère « {criterion} » enregistré.").format(criterion=self.label.text())

    def title_for_document(self) -> str:
        """The title given to a proof attached to this criterion."""
        return self.tr("Preuve : {criterion}").format(criterion=self.label.text())[:MAX_NAME_LENGTH]
