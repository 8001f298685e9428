"""The "Documents" tab of a territory record: attached files and library documents given to it.

Attaching copies the file into the data folder (``services.attach_file``), so it
travels with the exchange files. Files dropped on the tab are attached too.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from tzcld_desktop.db import blobs, followup_queries
from tzcld_desktop.db.followup_queries import DocumentView
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.record import file_opener
from tzcld_desktop.ui.record.followup_widgets import Column, ListTab, format_date, format_size
from tzcld_desktop.ui.tasks import run_task
from tzcld_desktop.ui.theme import muted_style

log = logging.getLogger(__name__)

# Opened documents are copied here under their own name, because a stored file is named
# by its hash and has no extension for the system to choose a viewer by.
_VIEWING_FOLDER = "tzcld-documents"


def open_link(url: QUrl) -> bool:
    """Open a web address in the browser (tests replace this function)."""
    return QDesktopServices.openUrl(url)


def origin_text(document: DocumentView) -> str:
    if document.in_library:
        return QCoreApplication.translate("DocumentsTab", "Bibliothèque")
    if document.web_link and not document.sha256:
        return QCoreApplication.translate("DocumentsTab", "Lien web")
    return QCoreApplication.translate("DocumentsTab", "Pièce jointe")


def viewing_copy(stored: Path, document: DocumentView) -> Path:
    """Copy a stored file to a temporary folder under its original name and return the copy.

    Each content hash gets its own folder, so two documents with the same name never
    overwrite each other. The copy is what the viewer may change; the stored file stays intact.
    """
    name = Path(document.file_name.replace("\\", "/")).name or "document"
    folder = Path(tempfile.gettempdir()) / _VIEWING_FOLDER / document.sha256[:16]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(stored, target)
    return target


class DocumentsTab(ListTab):
    """Documents linked to a territory, with "Joindre un fichier…", "Ouvrir" and "Retirer"."""

    WATCHED_TABLES = frozenset({"document", "document_link"})
    ADD_TEXT = QT_TRANSLATE_NOOP("DocumentsTab", "&Joindre un fichier…")

    def __init__(self, context: AppContext, territory_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, territory_id, parent)
        self.open_button = self.edit_button
        self.open_button.setText(self.tr("&Ouvrir"))
        self.remove_button = self.delete_button
        self.remove_button.setText(self.tr("&Retirer"))
        self.remove_button.setToolTip(self.tr("Retire le document de ce territoire, sans l'effacer de la bibliothèque"))
        hint = QLabel(self.tr("Vous pouvez aussi déposer des fichiers ici en les faisant glisser."))
        hint.setStyleSheet(muted_style())
        self.button_row.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_row)
        self.setAcceptDrops(True)
        self.reload()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DocumentsTab", "Documents")

    def columns(self) -> list[Column]:
        return [
            Column(QT_TRANSLATE_NOOP("DocumentsTab", "Titre"), lambda row: row.title, tooltip=lambda row: row.comment
                   or None),
            Column(QT_TRANSLATE_NOOP("DocumentsTab", "Fichier"), lambda row: row.file_name or row.web_link),
            Column(QT_TRANSLATE_NOOP("DocumentsTab", "Taille"), lambda row: format_size(row.size), align_right=True),
            Column(QT_TRANSLATE_NOOP("DocumentsTab", "Transmis le"), lambda row: format_date(row.given_on)),
            Column(QT_TRANSLATE_NOOP("DocumentsTab", "Origine"), origin_text),
        ]

    def load(self, session: Session) -> list[DocumentView]:
        return followup_queries.list_territory_documents(session, self.territory_id)

    # -- attach --------------------------------------------------------------------------

    def add(self) -> None:
        path = messages.open_file(self, self.tr("Joindre un fichier"), self.tr("Tous les fichiers (*)"))
        if path is not None:
            self.attach_files([path])

    def attach_files(self, paths: list[Path]) -> list[str]:
        """Copy each file into the data folder and link it to the territory; return the new document ids.

        The copy runs off the interface thread. A file that cannot be attached is
        reported and the others are still attached.
        """
        attached = []
        for path in paths:
            try:
                document_id = run_task(self, self.tr("Copie du fichier {name}…").format(name=path.name),
                                       lambda path=path: self.context.services.attach_file(
                                           path, territory_id=self.territory_id))
            except UserError as error:
                log.warning("File %s not attached to territory %s: %s", path, self.territory_id, error)
                messages.show_user_error(self, self.tr("Fichier non joint"), error)
                continue
            attached.append(document_id)
        if attached:
            self.context.bus.notify("document", "document_link")
            self.reload()
            self.select_row_of_document(attached[-1])
        return attached

    def select_row_of_document(self, document_id: str) -> None:
        row = self.model.row_of(lambda item: item.document_id == document_id)
        if row is not None:
            self.select_id(self.model.row_at(row).id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        files = [path for path in paths if path.is_file()]
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach_files(files)
        if len(files) < len(paths):
            messages.information(self, self.tr("Dossiers non joints"), self.tr(
                "Seuls des fichiers peuvent être joints : les dossiers déposés ont été laissés de côté."))

    # -- open and remove -----------------------------------------------------------------

    def open_dialog(self, row: Any | None) -> str | None:
        # "Modifier…" of the list is "Ouvrir" here: see edit_selected.
        return None

    def edit_selected(self) -> None:
        """Open the selected document in the system viewer (Entrée, double click or "Ouvrir")."""
        document = self.selected()
        if document is not None:
            self.open_document(document)

    def open_document(self, document: DocumentView) -> None:
        title = self.tr("Ouvrir un document")
        if not document.sha256:
            if document.web_link:
                open_link(QUrl(document.web_link))
            return
        stored = blobs.blob_path(self.context.store.data_dir, document.sha256)
        if not stored.is_file():
            messages.information(self, title, self.tr(
                "Le fichier « {name} » n'est pas encore dans vos données : sa fiche est arrivée sans lui. "
                "Il arrivera avec un prochain échange de données venant de la personne qui l'a joint ; "
                "vous pouvez aussi le lui demander."
            ).format(name=document.file_name or document.title))
            return
        try:
            copy = viewing_copy(stored, document)
        except OSError as error:
            log.warning("Document %s not copied for viewing: %s", document.document_id, error)
            messages.warning(self, title, self.tr(
                "Le fichier « {name} » n'a pas pu être préparé pour l'affichage ({error}). "
                "Vérifiez la place libre sur le disque, puis recommencez."
            ).format(name=document.file_name, error=error.strerror or str(error)))
            return
        if not file_opener.open_path(copy):
            messages.warning(self, title, self.tr(
                "Aucune application n'a pu ouvrir « {name} ». Une copie du fichier se trouve ici :\n{path}"
            ).format(name=document.file_name, path=str(copy)))

    def delete_question(self, row: DocumentView) -> tuple[str, str]:
        return self.tr("Retirer un document"), self.tr(
            "Retirer « {title} » des documents de ce territoire ?"
        ).format(title=row.title)

    def delete_row(self, row: DocumentView) -> None:
        self.context.services.unlink_document(row.link_id)
        self.context.bus.notify("document_link")
