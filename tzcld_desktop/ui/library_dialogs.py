"""Dialogs of the document base: the document form, the choice of a territory or meeting,
and the review of a folder before its files are added."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db.library_services import LANGUAGES, FolderCandidate, LibraryDocumentInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import DocumentCategory
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.theme import alert_style

_NO_DATE = QDate(2000, 1, 1)


def category_text(value: str) -> str:
    """Return the translated label of a stored category value."""
    category = DocumentCategory.parse(value, DocumentCategory.OTHER)
    return QCoreApplication.translate("DocumentCategory", category.label)


def fill_categories(combo: QComboBox) -> None:
    for category in DocumentCategory:
        combo.addItem(QCoreApplication.translate("DocumentCategory", category.label), category.value)


class LibraryDocumentDialog(QDialog):
    """Title, description, category, tags, stages, source, version, date, language, and a file or link.

    ``needs_source`` None hides the file and link fields (an edit). For a new version
    (False), the previous version's file is kept when none is chosen.
    """

    def __init__(self, title: str, initial: LibraryDocumentInput | None = None, needs_source: bool | None = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.source: Path | None = None
        self.title_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(70)
        self.category_combo = QComboBox()
        fill_categories(self.category_combo)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("séparés par des virgules"))
        self.stage_checks = {stage: QCheckBox(QCoreApplication.translate("Stage", stage.label)) for stage in Stage}
        stages = QVBoxLayout()
        for check in self.stage_checks.values():
            stages.addWidget(check)
        self.source_edit = QLineEdit()
        self.version_edit = QLineEdit()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(_NO_DATE)
        self.date_edit.setSpecialValueText(self.tr("sans date"))
        self.date_edit.setDate(_NO_DATE)
        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(code, code)
        self.file_label = QLabel(self.tr("aucun fichier choisi"))
        self.file_button = QPushButton(self.tr("Choisir un fichier…"))
        self.file_button.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.file_button)
        self.link_edit = QLineEdit()
        self.link_edit.setPlaceholderText("https://")
        self.error_label = QLabel()
        self.error_label.setStyleSheet(alert_style())
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Titre"), self.title_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("Catégorie"), self.category_combo)
        form.addRow(self.tr("Mots-clés"), self.tags_edit)
        form.addRow(self.tr("Étapes concernées"), stages)
        form.addRow(self.tr("Auteur ou source"), self.source_edit)
        form.addRow(self.tr("Version"), self.version_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Langue"), self.language_combo)
        if needs_source is not None:
            form.addRow(self.tr("Fichier"), file_row)
            form.addRow(self.tr("ou adresse web"), self.link_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        if initial is not None:
            self.set_values(initial)

    def set_values(self, data: LibraryDocumentInput) -> None:
        self.title_edit.setText(data.title)
        self.description_edit.setPlainText(data.description)
        self.category_combo.setCurrentIndex(self.category_combo.findData(data.category.value))
        self.tags_edit.setText(", ".join(data.tags))
        for stage, check in self.stage_checks.items():
            check.setChecked(stage in data.stages)
        self.source_edit.setText(data.source)
        self.version_edit.setText(data.version)
        when = data.document_date
        self.date_edit.setDate(QDate(when.year, when.month, when.day) if when else _NO_DATE)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(data.language)))
        self.link_edit.setText(data.link)

    def set_source(self, path: Path) -> None:
        """Use ``path`` as the document's file; its name becomes the title when none is typed."""
        self.source = path
        self.file_label.setText(path.name)
        if not self.title_edit.text().strip():
            self.title_edit.setText(path.stem)

    def _choose_file(self) -> None:
        path = messages.open_file(self, self.tr("Choisir le fichier du document"),
                                  self.tr("Documents (*.pdf *.docx *.odt *.txt *.xlsx *.pptx);;Tous les fichiers (*)"))
        if path is not None:
            self.set_source(path)

    def values(self) -> LibraryDocumentInput:
        """Return what the form holds."""
        chosen = self.date_edit.date()
        return LibraryDocumentInput(
            title=self.title_edit.text(),
            description=self.description_edit.toPlainText(),
            category=DocumentCategory(self.category_combo.currentData()),
            tags=tuple(tag.strip() for tag in self.tags_edit.text().split(",") if tag.strip()),
            stages=tuple(stage for stage, check in self.stage_checks.items() if check.isChecked()),
            source=self.source_edit.text(),
            version=self.version_edit.text(),
            document_date=None if chosen == _NO_DATE else date(chosen.year(), chosen.month(), chosen.day()),
            language=self.language_combo.currentData(),
            link=self.link_edit.text(),
        )


class TargetDialog(QDialog):
    """Choose a territory or a meeting, a date and a comment, to give a document to."""

    def __init__(self, title: str, label: str, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.target_combo = QComboBox()
        for target_id, name in choices:
            self.target_combo.addItem(name, target_id)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.comment_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(label, self.target_combo)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Commentaire"), self.comment_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(choices))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def target_id(self) -> str | None:
        return self.target_combo.currentData()

    def given_on(self) -> date:
        chosen = self.date_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())


# Columns of the folder review table.
REVIEW_KEEP = 0
REVIEW_TITLE = 1
REVIEW_CATEGORY = 2
REVIEW_FILE = 3
REVIEW_NOTE = 4


class FolderReviewDialog(QDialog):
    """The files found in a folder: tick the ones to add, correct their title and category."""

    def __init__(self, candidates: list[FolderCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importer un dossier"))
        self.resize(900, 500)
        self.candidates = candidates
        duplicates = sum(1 for candidate in candidates if candidate.duplicate_of or candidate.same_as)
        summary = QLabel(self.tr("{count} fichiers trouvés, dont {duplicates} en double. Cochez ceux à ajouter "
                                 "à la base documentaire, puis vérifiez leur titre et leur catégorie.")
                         .format(count=len(candidates), duplicates=duplicates))
        summary.setWordWrap(True)
        self.table = QTableWidget(len(candidates), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Ajouter"), self.tr("Titre"), self.tr("Catégorie"),
                                              self.tr("Fichier"), self.tr("Remarque")])
        self.table.horizontalHeader().setSectionResizeMode(REVIEW_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        for row, candidate in enumerate(candidates):
            self._fill_row(row, candidate)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ajouter à la base"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _fill_row(self, row: int, candidate: FolderCandidate) -> None:
        keep = QTableWidgetItem()
        keep.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        keep.setCheckState(Qt.CheckState.Checked if candidate.selected else Qt.CheckState.Unchecked)
        if candidate.too_large:
            keep.setFlags(Qt.ItemFlag.NoItemFlags)
        self.table.setItem(row, REVIEW_KEEP, keep)
        self.table.setItem(row, REVIEW_TITLE, QTableWidgetItem(candidate.title))
        combo = QComboBox()
        fill_categories(combo)
        combo.setCurrentIndex(combo.findData(candidate.category.value))
        self.table.setCellWidget(row, REVIEW_CATEGORY, combo)
        file_item = QTableWidgetItem(candidate.relative)
        file_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, REVIEW_FILE, file_item)
        note_item = QTableWidgetItem(self._note(candidate))
        note_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, REVIEW_NOTE, note_item)

    def _note(self, candidate: FolderCandidate) -> str:
        if candidate.too_large:
            return self.tr("Plus de 50 Mo : ne peut pas être ajouté")
        if candidate.duplicate_of:
            return self.tr("Déjà dans la base : « {title} »").format(title=candidate.duplicate_of)
        if candidate.same_as:
            return self.tr("Même contenu que {file}").format(file=candidate.same_as)
        return ""

    def category_combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, REVIEW_CATEGORY)

    def reviewed(self) -> list[FolderCandidate]:
        """Return the candidates with the user's ticks, titles and categories."""
        for row, candidate in enumerate(self.candidates):
            candidate.selected = (self.table.item(row, REVIEW_KEEP).checkState() == Qt.CheckState.Checked
                                  and not candidate.too_large)
            candidate.title = self.table.item(row, REVIEW_TITLE).text()
            candidate.category = DocumentCategory(self.category_combo(row).currentData())
        return self.candidates
