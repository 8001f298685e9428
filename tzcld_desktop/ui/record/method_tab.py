"""The "Méthode" tab: the four phases, the criteria of the cahier des charges and the readiness."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import blobs
from tzcld_desktop.db.record_queries import TerritoryRecord, load_record
from tzcld_desktop.db.record_services import RecordNotFound
from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.domain.vocabulary import Criterion, MethodPhase
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.record import file_opener
from tzcld_desktop.ui.record.base import RecordTab
from tzcld_desktop.ui.record.progress_rows import CriterionRow, PhaseRow
from tzcld_desktop.ui.theme import muted_style

log = logging.getLogger(__name__)


class MethodTab(RecordTab):
    """Phases and criteria, each row saved by its own button, and the readiness bar above them."""

    WATCHED_TABLES = frozenset({"phase_progress", "criterion_check", "document", "territory"})

    def __init__(self, context: AppContext, territory_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, territory_id, parent)
        self.readiness_bar = QProgressBar()
        self.readiness_bar.setRange(0, 100)
        self.readiness_bar.setToolTip(self.tr(
            "Un critère rempli compte entier, un critère en cours pour moitié."))
        self.phase_rows = {phase: PhaseRow(context, territory_id, phase, self) for phase in MethodPhase}
        self.criterion_rows = {criterion: CriterionRow(context, territory_id, criterion, self)
                               for criterion in Criterion}
        for row in (*self.phase_rows.values(), *self.criterion_rows.values()):
            row.saved.connect(self.show_status)
        for row in self.criterion_rows.values():
            row.attach_button.clicked.connect(lambda _checked=False, r=row: self.attach_proof(r))
            row.open_button.clicked.connect(lambda _checked=False, r=row: self.open_proof(r))
            row.remove_button.clicked.connect(lambda _checked=False, r=row: self.remove_proof(r))

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self._phases_group())
        content_layout.addWidget(self._criteria_group())
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.readiness_bar)
        layout.addWidget(scroll, 1)
        self.reload()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("MethodTab", "Méthode")

    # -- construction ------------------------------------------------------------------

    def _phases_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Phases de la méthode"))
        grid = QGridLayout(group)
        for column, heading in enumerate((self.tr("Phase"), self.tr("Statut"), self.tr("Date"),
                                          self.tr("Commentaire"))):
            grid.addWidget(self._heading(heading), 0, column)
        for index, row in enumerate(self.phase_rows.values()):
            line = 1 + 2 * index
            grid.addWidget(row.label, line, 0)
            grid.addWidget(row.status_combo, line, 1)
            grid.addWidget(row.date_edit, line, 2)
            grid.addWidget(row.comment_edit, line, 3)
            grid.addWidget(row.save_button, line, 4)
            grid.addWidget(row.error_label, line + 1, 1, 1, 4)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(3, 3)
        return group

    def _criteria_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Critères du cahier des charges : un territoire de consensus"))
        layout = QVBoxLayout(group)
        for index, row in enumerate(self.criterion_rows.values()):
            if index:
                separator = QFrame()
                separator.setFrameShape(QFrame.Shape.HLine)
                separator.setStyleSheet("color: #dadce0;")
                layout.addWidget(separator)
            layout.addWidget(row.label)
            values = QHBoxLayout()
            values.addWidget(QLabel(self.tr("Statut")))
            values.addWidget(row.status_combo)
            values.addSpacing(12)
            values.addWidget(QLabel(self.tr("Date")))
            values.addWidget(row.date_edit)
            values.addSpacing(12)
            values.addWidget(row.comment_edit, 1)
            values.addWidget(row.save_button)
            layout.addLayout(values)
            layout.addWidget(row.error_label)
            layout.addWidget(row.proof_widget())
        return group

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet(muted_style())
        return label

    # -- loading -----------------------------------------------------------------------

    def reload(self, force: bool = False) -> None:
        """Show the saved values; rows with unsaved changes keep them unless ``force``."""
        try:
            with self.context.store.session() as session:
                record = load_record(session, self.territory_id)
        except RecordNotFound:
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self.show_record(record, force)

    def show_record(self, record: TerritoryRecord, force: bool = False) -> None:
        for phase in record.phases:
            self.phase_rows[phase.phase].load(phase, force)
        for criterion in record.criteria:
            self.criterion_rows[criterion.criterion].load(criterion, force)
        self.readiness_bar.setValue(record.readiness)
        self.readiness_bar.setFormat(self.readiness_text(record.readiness))

    def readiness_text(self, percent: int) -> str:
        return self.tr("Préparation du dossier : {percent} %").format(percent=percent)

    def unsaved_changes(self) -> list[str]:
        """Return the labels of the phases and criteria holding unsaved changes."""
        rows = (*self.phase_rows.values(), *self.criterion_rows.values())
        return [row.label.text() for row in rows if row.dirty]

    def save_all(self) -> bool:
        """Save every changed row; return False when one was rejected."""
        rows = (*self.phase_rows.values(), *self.criterion_rows.values())
        return all(row.save() for row in rows if row.dirty)

    # -- proofs ------------------------------------------------------------------------

    def attach_proof(self, row: CriterionRow) -> None:
        """Copy a chosen file into the data folder and make it the criterion's proof."""
        path = messages.open_file(self, self.tr("Joindre une preuve"), self.tr("Tous les fichiers (*)"))
        if path is None:
            return
        services = self.context.services
        try:
            document_id = services.attach_file(path, title=row.title_for_document(), territory_id=self.territory_id)
            services.save_criterion(row.saved_input(document_id))
        except UserError as error:
            log.warning("Proof %s not attached to territory %s: %s", path, self.territory_id, error)
            messages.show_user_error(self, self.tr("Preuve non jointe"), error)
            return
        finally:
            self.context.bus.notify("document", "document_link", "criterion_check")
        self.show_status(self.tr("Preuve jointe : {file}").format(file=path.name))

    def remove_proof(self, row: CriterionRow) -> None:
        try:
            self.context.services.save_criterion(row.saved_input(None))
        except UserError as error:
            log.warning("Proof of %s not removed: %s", row.criterion.value, error)
            messages.show_user_error(self, self.tr("Preuve non retirée"), error)
            return
        self.context.bus.notify("criterion_check")
        self.show_status(self.tr("Preuve retirée du critère ; le document reste dans la fiche."))

    def open_proof(self, row: CriterionRow) -> None:
        """Open the proof's stored file in the system viewer."""
        proof = row.view.proof if row.view else None
        if proof is None:
            return
        path = blobs.blob_path(self.context.store.data_dir, proof.sha256) if proof.sha256 else None
        if path is None or not path.is_file():
            messages.warning(self, self.tr("Preuve introuvable"), self.tr(
                "Le fichier « {file} » n'est pas dans le dossier de données de cette copie. "
                "Demandez-le à la personne qui l'a joint, ou joignez-le de nouveau."
            ).format(file=proof.file_name or proof.title))
            return
        if not file_opener.open_path(path):
            messages.warning(self, self.tr("Ouverture impossible"), self.tr(
                "Aucune application n'a pu ouvrir « {file} ». Le fichier se trouve ici :\n{path}"
            ).format(file=proof.file_name, path=str(path)))
