"""Export dialog for every PDF document: choose the document and its options, build it, open it.

``export_pdf`` is the entry point of the "PDF" buttons, and ``export_current_document``
exports the document of the screen shown in the main window (bound to Ctrl+P). The
build runs off the GUI thread behind a progress dialog that can be cancelled, and the
finished PDF opens in the system's viewer.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import queries
from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.reports.documents import DocumentKind, DocumentRequest, WrittenDocument, write_document
from tzcld_desktop.reports.regional_summary import Grouping
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.tasks import TaskControl, run_cancellable_task
from tzcld_desktop.ui.theme import alert_style

log = logging.getLogger(__name__)

_CONTEXT = "PdfExport"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class PdfExportDialog(QDialog):
    """Choose a document among those available for a record, and its options.

    ``record_kind`` is "territory", "meeting" or "". It decides which documents can
    be chosen: those about that record, plus the regional ones.
    """

    def __init__(
        self,
        context: AppContext,
        kind: DocumentKind,
        record_kind: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exporter en PDF"))
        self.context = context
        self.kinds = [k for k in DocumentKind if k.record in ("", record_kind or kind.record)]

        self.kind_combo = QComboBox()
        for member in self.kinds:
            self.kind_combo.addItem(QCoreApplication.translate("DocumentKind", member.label), member.value)
        self.kind_combo.setCurrentIndex(self.kinds.index(kind))

        self.region_list = QListWidget()
        self.region_list.setMaximumHeight(140)
        self._fill_regions()
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.grouping_combo = QComboBox()
        self.grouping_combo.addItem(self.tr("par étape"), Grouping.STAGE.value)
        self.grouping_combo.addItem(self.tr("par département"), Grouping.DEPARTEMENT.value)
        self.one_file_radio = QRadioButton(self.tr("Un seul fichier PDF"))
        self.per_territory_radio = QRadioButton(self.tr("Un fichier par territoire, dans un dossier"))
        self.one_file_radio.setChecked(True)
        self.personal_check = QCheckBox(self.tr("Inclure les téléphones et adresses électroniques des contacts"))
        self.personal_label = QLabel()
        self.personal_label.setWordWrap(True)
        self.documents_check = QCheckBox(self.tr("Ajouter à la fin les documents PDF joints à la réunion"))

        form = QFormLayout()
        form.addRow(self.tr("Document :"), self.kind_combo)
        form.addRow(self.tr("Régions :"), self.region_list)
        form.addRow(self.tr("Situation au :"), self.date_edit)
        form.addRow(self.tr("Territoires groupés :"), self.grouping_combo)
        form.addRow(self.tr("Fichiers :"), self.one_file_radio)
        form.addRow("", self.per_territory_radio)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.documents_check)
        layout.addWidget(self.personal_check)
        layout.addWidget(self.personal_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Créer le PDF"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(alert_style())
        layout.addWidget(self.error_label)

        self.kind_combo.currentIndexChanged.connect(self._update)
        self._update()

    def _fill_regions(self) -> None:
        with self.context.store.session() as session:
            regions = queries.list_regions(session)
            profile = queries.get_profile(session)
        followed = set(profile.region_codes) if profile else set()
        for region in regions:
            item = QListWidgetItem(f"{region.name} ({region.code})")
            item.setData(Qt.ItemDataRole.UserRole, region.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if region.code in followed else Qt.CheckState.Unchecked)
            self.region_list.addItem(item)

    def kind(self) -> DocumentKind:
        """Return the chosen document."""
        return DocumentKind(self.kind_combo.currentData())

    def region_codes(self) -> tuple[str, ...]:
        """Return the codes of the ticked regions, in list order."""
        items = (self.region_list.item(row) for row in range(self.region_list.count()))
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def set_region_codes(self, codes: set[str]) -> None:
        """Tick exactly the regions whose code is in ``codes``."""
        for row in range(self.region_list.count()):
            item = self.region_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _update(self) -> None:
        kind = self.kind()
        regional = kind in (DocumentKind.SUMMARY, DocumentKind.BATCH)
        for widget, visible in (
            (self.region_list, regional),
            (self.date_edit, kind is DocumentKind.SUMMARY),
            (self.grouping_combo, kind in (DocumentKind.SUMMARY, DocumentKind.PACK)),
            (self.one_file_radio, kind is DocumentKind.BATCH),
            (self.per_territory_radio, kind is DocumentKind.BATCH),
        ):
            self.form.setRowVisible(widget, visible)
        self.documents_check.setVisible(kind is DocumentKind.PACK)
        self.personal_check.setEnabled(kind.may_contain_personal_data)
        if not kind.may_contain_personal_data:
            self.personal_check.setChecked(False)
        self.personal_label.setText(QCoreApplication.translate("DocumentKind", kind.personal_data))
        self.error_label.clear()

    def validation_error(self) -> str:
        """Return what prevents the export, or "" when the choices are complete."""
        kind = self.kind()
        codes = self.region_codes()
        if kind is DocumentKind.SUMMARY and not codes:
            return self.tr("Cochez au moins une région.")
        if kind is DocumentKind.BATCH and len(codes) != 1:
            return self.tr("Cochez une seule région : les fiches sont produites région par région.")
        return ""

    def _accept_if_valid(self) -> None:
        error = self.validation_error()
        if error:
            self.error_label.setText(error)
            return
        self.accept()

    def request(self, record_id: str | None) -> DocumentRequest:
        """Return the document request described by the dialog's fields."""
        kind = self.kind()
        return DocumentRequest(
            kind=kind,
            record_id=record_id if kind.record else None,
            region_codes=self.region_codes(),
            at_date=self.date_edit.date().toPython() if kind is DocumentKind.SUMMARY else None,
            grouping=Grouping(self.grouping_combo.currentData()),
            include_personal=self.personal_check.isChecked() and kind.may_contain_personal_data,
            one_file=self.one_file_radio.isChecked(),
            with_documents=kind is DocumentKind.PACK and self.documents_check.isChecked(),
        )


def ask_request(
    parent: QWidget | None, context: AppContext, kind: DocumentKind, record_id: str | None
) -> DocumentRequest | None:
    """Show the export dialog and return the chosen request, or None when the user cancels."""
    dialog = PdfExportDialog(context, kind, kind.record if record_id else "", parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.request(record_id)


def suggested_name(context: AppContext, request: DocumentRequest) -> str:
    """Return a plain ASCII file name for the document, such as ``synthese-84-2026-03-01.pdf``."""
    kind = request.kind
    name = ""
    with context.store.session() as session:
        if kind.record == "territory" and request.record_id:
            territory = queries.get_territory(session, request.record_id)
            name = territory.name if territory else ""
        elif kind.record == "meeting" and request.record_id:
            meeting = queries.get_meeting(session, request.record_id)
            if meeting is not None:
                day = meeting.meeting_date.isoformat() if meeting.meeting_date else ""
                name = f"{meeting.cluster_name} {day}"
    if not name:
        name = "-".join(request.region_codes)
        if kind is DocumentKind.SUMMARY:
            name += f" {(request.at_date or date.today()).isoformat()}"
    prefix = {
        DocumentKind.SHEET: "fiche", DocumentKind.HANDOUT: "reunion", DocumentKind.MINUTES: "compte-rendu",
        DocumentKind.SUMMARY: "synthese", DocumentKind.PACK: "dossier-reunion", DocumentKind.BATCH: "fiches",
    }[kind]
    slug = re.sub(r"[^a-z0-9]+", "-", normalize(name)).strip("-")[:80].strip("-")
    return f"{prefix}-{slug}.pdf" if slug else f"{prefix}.pdf"


def open_in_viewer(path: Path) -> bool:
    """Open a PDF (or a folder) with the system's default application; return whether it started."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _ask_output(parent: QWidget | None, context: AppContext, request: DocumentRequest) -> Path | None:
    if request.kind is DocumentKind.BATCH and not request.one_file:
        return messages.choose_folder(parent, _tr("Dossier où enregistrer les fiches"))
    path = messages.save_file(parent, _tr("Enregistrer le document PDF"), suggested_name(context, request),
                              _tr("Documents PDF (*.pdf)"))
    if path is not None and path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    return path


def run_export(
    parent: QWidget | None, context: AppContext, request: DocumentRequest, output: Path
) -> WrittenDocument | None:
    """Build the document off the GUI thread and open it; return what was written, or None.

    None means the user cancelled or the document could not be written, and the user
    has been told which.
    """
    from tzcld_desktop.reports.batch import BatchCancelled

    def work(control: TaskControl) -> WrittenDocument:
        return write_document(context.store, request, output, control.report, control.cancelled)

    label = _tr("Création du document « {kind} »…").format(
        kind=QCoreApplication.translate("DocumentKind", request.kind.label))
    try:
        written = run_cancellable_task(parent, label, work)
    except BatchCancelled as cancelled:
        log.info("PDF export of %s cancelled after %d file(s)", request.kind.value, len(cancelled.written))
        messages.information(parent, _tr("Export annulé"), _tr(
            "L'export a été annulé. Fichiers déjà terminés : {count}.").format(count=len(cancelled.written)))
        return None
    except UserError as error:
        log.warning("PDF %s not written to %s: %s", request.kind.value, output, error)
        messages.show_user_error(parent, _tr("Document non créé"), error)
        return None

    log.info("PDF %s written: %s (%d files, %d pages)", request.kind.value, output, len(written.files), written.pages)
    target = output if request.kind is DocumentKind.BATCH and not request.one_file else written.files[0]
    if not open_in_viewer(target):
        messages.information(parent, _tr("Document créé"), _tr(
            "Le document a été enregistré, mais aucune application n'a pu l'ouvrir :\n{path}").format(path=target))
    return written


def export_pdf(
    parent: QWidget | None, context: AppContext, kind: DocumentKind | str, record_id: str | None = None
) -> WrittenDocument | None:
    """Ask for the document's options and file, build it and open it in the system's viewer.

    ``kind`` is a ``DocumentKind`` or its value ("territory", "meeting", "minutes",
    "summary", "pack", "batch"); ``record_id`` is the territory or meeting it is
    about. Returns what was written, or None when nothing was.
    """
    kind = DocumentKind(kind)
    if kind.record and not record_id:
        # Without its record, a document about a territory or a meeting cannot be
        # built; the regional summary is offered instead.
        kind = DocumentKind.SUMMARY
    request = ask_request(parent, context, kind, record_id)
    if request is None:
        return None
    output = _ask_output(parent, context, request)
    if output is None:
        return None
    return run_export(parent, context, request, output)


def export_current_document(window: QWidget, context: AppContext) -> WrittenDocument | None:
    """Export the document of the screen shown in ``window``: a sheet, a meeting's handout or a summary.

    The main window's current tab decides: the territory list gives the selected
    territory's sheet, the meetings screen the selected meeting's handout, and any
    other screen, or one with nothing selected, the regional summary.
    """
    tabs = getattr(window, "tabs", None)
    screen = tabs.currentWidget() if tabs is not None else window
    meeting_id = _call(screen, "selected_meeting_id")
    if meeting_id:
        return export_pdf(window, context, DocumentKind.HANDOUT, meeting_id)
    territory_id = _call(screen, "selected_id")
    if territory_id:
        return export_pdf(window, context, DocumentKind.SHEET, territory_id)
    return export_pdf(window, context, DocumentKind.SUMMARY)


def _call(screen: object, name: str) -> str | None:
    method = getattr(screen, name, None)
    return method() if callable(method) else None


