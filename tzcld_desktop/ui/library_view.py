"""The document base: search, filters, the result list, a detail pane and the document actions."""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import blobs, library, queries
from tzcld_desktop.db.library import LibraryQuery, LibraryRow
from tzcld_desktop.db.library_services import LibraryDocumentInput, scan_folder
from tzcld_desktop.db.models import Document
from tzcld_desktop.domain.errors import UserError, ValidationError
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import DocumentCategory
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.library_dialogs import (
    FolderReviewDialog,
    LibraryDocumentDialog,
    TargetDialog,
    category_text,
    fill_categories,
)
from tzcld_desktop.ui.tasks import run_task

log = logging.getLogger(__name__)

_WATCHED_TABLES = frozenset({"document", "document_link", "territory", "meeting", "exchange_log"})

# Columns of the result list.
TITLE = 0
CATEGORY = 1
VERSION = 2
DATE = 3
VALIDITY = 4
EXTRACT = 5


def open_in_system_viewer(target: str) -> bool:
    """Open a file path or a web address with the system's default program; tests replace this."""
    url = QUrl(target) if target.startswith(("http://", "https://")) else QUrl.fromLocalFile(target)
    return QDesktopServices.openUrl(url)


def _format_date(value) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


class LibraryTableModel(QAbstractTableModel):
    """The documents found, one per row."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[LibraryRow] = []

    def set_rows(self, rows: list[LibraryRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Titre"), self.tr("Catégorie"), self.tr("Version"), self.tr("Date"), self.tr("Validité"),
                self.tr("Extrait"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == TITLE:
            return row.title
        if column == CATEGORY:
            return category_text(row.category)
        if column == VERSION:
            return row.version
        if column == DATE:
            return _format_date(row.document_date)
        if column == VALIDITY:
            return validity_text(row)
        return row.snippet


def validity_text(row: LibraryRow) -> str:
    """Return « à jour » or « remplacé par … » for a document of the list."""
    if row.is_current:
        return QCoreApplication.translate("LibraryTableModel", "à jour")
    return QCoreApplication.translate("LibraryTableModel", "remplacé par « {title} »").format(
        title=row.superseded_by_title or "…")


class LibraryView(QWidget):
    """The document base: find a document, read it, give it to a territory or a meeting."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Rechercher dans les documents"))
        self.search_edit.setPlaceholderText(self.tr("Rechercher dans les titres, mots-clés et textes…"))
        self.search_edit.setClearButtonEnabled(True)
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("Toutes les catégories"), None)
        fill_categories(self.category_filter)
        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("Toutes les étapes"), None)
        for stage in Stage:
            self.stage_filter.addItem(QCoreApplication.translate("Stage", stage.label), stage.value)
        self.validity_filter = QComboBox()
        self.validity_filter.addItem(self.tr("À jour et remplacés"), None)
        self.validity_filter.addItem(self.tr("À jour"), library.VALID)
        self.validity_filter.addItem(self.tr("Remplacés"), library.SUPERSEDED)
        self.new_button = QPushButton(self.tr("Nouveautés"))
        self.new_button.setCheckable(True)
        self.new_button.setToolTip(self.tr("Les documents arrivés avec le dernier fichier d'échange importé"))

        self.model = LibraryTableModel()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Documents de la base"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(EXTRACT, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(VALIDITY, QHeaderView.ResizeMode.ResizeToContents)
        self.count_label = QLabel()
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.add_button = QPushButton(self.tr("Ajouter…"))
        self.folder_button = QPushButton(self.tr("Importer un dossier…"))
        self.open_button = QPushButton(self.tr("Ouvrir"))
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.version_button = QPushButton(self.tr("Nouvelle version…"))
        self.give_button = QPushButton(self.tr("Donner à un territoire…"))
        self.meeting_button = QPushButton(self.tr("Joindre à une réunion…"))
        self._layout()
        self._connect()
        self.reload()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        for widget in (self.category_filter, self.stage_filter, self.validity_filter, self.new_button):
            filters.addWidget(widget)
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.table)
        results_layout.addWidget(self.count_label)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.detail_label, 1)
        for button in (self.open_button, self.edit_button, self.version_button, self.give_button,
                       self.meeting_button):
            detail_layout.addWidget(button)
        splitter = QSplitter()
        splitter.addWidget(results)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.folder_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self.reload)
        for combo in (self.category_filter, self.stage_filter, self.validity_filter):
            combo.currentIndexChanged.connect(self.reload)
        self.new_button.toggled.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        self.table.doubleClicked.connect(self.open_selected)
        self.add_button.clicked.connect(self.add_document)
        self.folder_button.clicked.connect(self.import_folder)
        self.open_button.clicked.connect(self.open_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.version_button.clicked.connect(self.publish_version)
        self.give_button.clicked.connect(self.give_to_territory)
        self.meeting_button.clicked.connect(self.attach_to_meeting)
        self.context.bus.changed.connect(self._on_data_changed)

    # -- list and detail ---------------------------------------------------------------

    def query(self) -> LibraryQuery:
        """Return the search that the field and filters describe."""
        return LibraryQuery(
            words=self.search_edit.text(),
            category=self.category_filter.currentData(),
            stage=self.stage_filter.currentData(),
            validity=self.validity_filter.currentData(),
            only_new=self.new_button.isChecked(),
        )

    def reload(self) -> None:
        """Run the search again and keep the selected document selected when it is still listed."""
        selected = self.selected_id()
        with self.context.store.session() as session:
            rows = library.search_library(session, self.query())
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{count} document(s)").format(count=len(rows)))
        ids = [row.id for row in rows]
        if selected in ids:
            self.table.selectRow(ids.index(selected))
        self._show_detail()

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if tables & _WATCHED_TABLES:
            library.refresh_index(self.context.store)
            self.reload()

    def selected_row(self) -> LibraryRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.rows[indexes[0].row()] if indexes else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def select_document(self, document_id: str) -> None:
        """Select a listed document (the search and filters are left as they are)."""
        for index, row in enumerate(self.model.rows):
            if row.id == document_id:
                self.table.selectRow(index)
                return

    def _show_detail(self, *_arguments) -> None:
        row = self.selected_row()
        for button in (self.open_button, self.edit_button, self.version_button, self.give_button,
                       self.meeting_button):
            button.setEnabled(row is not None)
        if row is None:
            self.detail_label.setText(self.tr("Choisissez un document dans la liste."))
            return
        self.version_button.setEnabled(row.is_current)
        self.detail_label.setText(self.detail_text(row.id))

    def detail_text(self, document_id: str) -> str:
        """Return the description of a document shown in the detail pane."""
        with self.context.store.session() as session:
            document = session.get(Document, document_id)
            history = library.version_history(session, document_id)
            usage = library.document_usage(session, document_id)
        lines = [document.title, ""]
        if document.description:
            lines += [document.description, ""]
        lines.append(self.tr("Catégorie : {value}").format(value=category_text(document.category)))
        if document.tags:
            lines.append(self.tr("Mots-clés : {value}").format(value=document.tags.replace(",", ", ")))
        stages = [QCoreApplication.translate("Stage", stage.label) for stage in Stage if stage.value in document.stages.split(",")]
        if stages:
            lines.append(self.tr("Étapes : {value}").format(value=", ".join(stages)))
        if document.source:
            lines.append(self.tr("Source : {value}").format(value=document.source))
        if document.version:
            lines.append(self.tr("Version : {value}").format(value=document.version))
        if document.document_date:
            lines.append(self.tr("Date : {value}").format(value=_format_date(document.document_date)))
        if document.link:
            lines.append(self.tr("Adresse web : {value}").format(value=document.link))
        elif document.sha256 and not blobs.has_blob(self.context.store.data_dir, document.sha256):
            lines.append(self.tr("Fichier manquant : il arrivera avec un prochain fichier d'échange."))
        elif document.file_name:
            lines.append(self.tr("Fichier : {value}").format(value=document.file_name))
        if len(history) > 1:
            lines += ["", self.tr("Historique des versions :")]
            for version in history:
                state = self.tr("à jour") if version.is_current else self.tr("remplacée")
                label = " ".join(part for part in (version.title, version.version,
                                                   _format_date(version.document_date)) if part)
                lines.append(f"• {label} — {state}")
        if usage:
            lines += ["", self.tr("Transmis :")]
            lines += [f"• {_format_date(given.given_on)} — {given.target_name}" for given in usage]
        return "\n".join(lines)

    # -- actions -----------------------------------------------------------------------

    def open_selected(self, *_arguments) -> None:
        """Open the selected document's file or web address in the system's program."""
        row = self.selected_row()
        if row is None:
            return
        if row.link:
            open_in_system_viewer(row.link)
            return
        data_dir = self.context.store.data_dir
        if not row.sha256 or not blobs.has_blob(data_dir, row.sha256):
            messages.warning(self, self.tr("Ouvrir le document"),
                             self.tr("Le fichier de ce document n'est pas encore sur cet ordinateur. Il arrivera "
                                     "avec un prochain fichier d'échange de la personne qui l'a publié."))
            return
        # The viewer chooses its program by extension, so open a copy under the original name.
        folder = Path(tempfile.gettempdir()) / "tzcld-documents" / row.sha256[:16]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / (Path(row.file_name).name or row.sha256)
        try:
            shutil.copyfile(blobs.blob_path(data_dir, row.sha256), target)
        except OSError as error:
            messages.warning(self, self.tr("Ouvrir le document"),
                             self.tr("Le document n'a pas pu être préparé pour l'ouverture ({error}).")
                             .format(error=error.strerror or str(error)))
            return
        open_in_system_viewer(str(target))

    def add_document(self) -> None:
        """Ask for a file or link and its description, then add the document to the base."""
        dialog = LibraryDocumentDialog(self.tr("Ajouter un document à la base"), parent=self)
        self._run_form(dialog, lambda data: self.context.services.add_library_document(data, dialog.source))

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = LibraryDocumentDialog(self.tr("Modifier le document"), self._values_of(row.id),
                                       needs_source=None, parent=self)
        self._run_form(dialog, lambda data: self.context.services.update_library_document(row.id, data))

    def publish_version(self) -> None:
        """Publish a newer version of the selected document; the old one stays in the history."""
        row = self.selected_row()
        if row is None:
            return
        initial = self._values_of(row.id)
        dialog = LibraryDocumentDialog(self.tr("Nouvelle version de « {title} »").format(title=row.title),
                                       initial, needs_source=False, parent=self)
        dialog.version_edit.clear()
        self._run_form(dialog, lambda data: self.context.services.publish_new_version(row.id, data, dialog.source))

    def _run_form(self, dialog: LibraryDocumentDialog, save) -> None:
        while dialog.exec() == QDialog.DialogCode.Accepted:
            data = dialog.values()
            try:
                result = run_task(self, self.tr("Enregistrement du document…"), lambda: save(data))
            except ValidationError as error:
                dialog.error_label.setText(error.message())
                continue
            except UserError as error:
                messages.show_user_error(self, dialog.windowTitle(), error)
                return
            self.context.bus.notify("document")
            if isinstance(result, str):
                self.select_document(result)
            return

    def _values_of(self, document_id: str) -> LibraryDocumentInput:
        with self.context.store.session() as session:
            document = session.get(Document, document_id)
        return LibraryDocumentInput(
            title=document.title, description=document.description,
            category=DocumentCategory.parse(document.category, DocumentCategory.OTHER),
            tags=tuple(tag for tag in document.tags.split(",") if tag),
            stages=tuple(stage for stage in Stage if stage.value in document.stages.split(",")),
            source=document.source, version=document.version, document_date=document.document_date,
            language=document.language, link=document.link,
        )

    def give_to_territory(self) -> None:
        """Give the selected document to a territory chosen in a list."""
        with self.context.store.session() as session:
            choices = [(row.id, row.name) for row in queries.list_territories(session, queries.TerritoryQuery())]
        self._link(TargetDialog(self.tr("Donner à un territoire"), self.tr("Territoire"), choices, self),
                   "territory_id")

    def attach_to_meeting(self) -> None:
        """Attach the selected document to a meeting chosen in a list."""
        with self.context.store.session() as session:
            choices = [(meeting.id, f"{_format_date(meeting.meeting_date)} — {meeting.title}")
                       for meeting in queries.list_meetings(session)]
        self._link(TargetDialog(self.tr("Joindre à une réunion"), self.tr("Réunion"), choices, self), "meeting_id")

    def _link(self, dialog: TargetDialog, key: str) -> None:
        row = self.selected_row()
        if row is None or dialog.exec() != QDialog.DialogCode.Accepted or dialog.target_id() is None:
            return
        try:
            self.context.services.link_document(row.id, given_on=dialog.given_on(),
                                                comment=dialog.comment_edit.text(), **{key: dialog.target_id()})
        except UserError as error:
            messages.show_user_error(self, dialog.windowTitle(), error)
            return
        self.context.bus.notify("document_link")

    def import_folder(self) -> None:
        """Add the files of a folder after a review step; duplicates are reported, not stored twice."""
        folder = messages.choose_folder(self, self.tr("Choisir le dossier à importer"))
        if folder is None:
            return
        store = self.context.store
        candidates = run_task(self, self.tr("Lecture du dossier…"), lambda: scan_folder(store, folder))
        if not candidates:
            messages.information(self, self.tr("Importer un dossier"), self.tr("Ce dossier ne contient aucun fichier."))
            return
        review = FolderReviewDialog(candidates, self)
        if review.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = review.reviewed()
        services = self.context.services
        result = run_task(self, self.tr("Ajout des documents…"), lambda: services.add_library_files(chosen))
        skipped = [candidate.relative for candidate in chosen
                   if not candidate.selected and (candidate.duplicate_of or candidate.same_as)]
        duplicates = result.duplicates + skipped
        text = self.tr("{added} document(s) ajouté(s) à la base, {duplicates} fichier(s) en double non copié(s).")
        text = text.format(added=len(result.added), duplicates=len(duplicates))
        details = "\n".join([*duplicates, *(f"{name} : {reason}" for name, reason in result.failed)])
        if result.failed:
            text += " " + self.tr("{count} fichier(s) n'ont pas pu être lus.").format(count=len(result.failed))
        self.context.bus.notify("document")
        messages.information(self, self.tr("Importer un dossier"), text, details)
