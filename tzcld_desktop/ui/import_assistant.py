"""The spreadsheet import assistant: choose a file, map its columns, preview every row, import.

Each step shows what was guessed (encoding, separator, header row, date formats) so the
referent can correct it before anything is written. The last column mapping of each kind
of import is remembered in ``import_mappings.json`` in the data folder.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tzcld_desktop.db.record_import import ContactKind, IndicatorKind
from tzcld_desktop.db.table_import import (
    ImportKind,
    ImportPlan,
    ImportResult,
    RowStatus,
    apply_import,
    error_report_rows,
    plan_import,
)
from tzcld_desktop.db.territory_import import TerritoryKind
from tzcld_desktop.domain.errors import UserError, translate
from tzcld_desktop.domain.tabular import DateFormat, Table, date_formats, header_key, read_table
from tzcld_desktop.reports.spreadsheets import write_csv
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.tasks import run_task
from tzcld_desktop.ui.theme import alert_style
from tzcld_desktop.ui.window_state import remember_layout

log = logging.getLogger(__name__)

CONTEXT = "ImportAssistant"
MAPPINGS_FILE_NAME = "import_mappings.json"
# Rows offered as possible header rows.
HEADER_CHOICES = 20
_KIND_CONTEXT = "TableImport"
_STATUS_COLOURS = {RowStatus.ERROR: "#b3261e", RowStatus.NEW: "#1b6e20", RowStatus.UPDATED: "#0b57d0"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def import_kinds() -> list[ImportKind]:
    """Return the kinds of data the assistant can import, in menu order."""
    return [TerritoryKind(), ContactKind(), IndicatorKind()]


# --- Remembered mappings ----------------------------------------------------------------


def load_mapping(data_dir: Path, kind_key: str) -> dict[str, str]:
    """Return the column title last mapped to each field of a kind, or {} if none was saved."""
    try:
        saved = json.loads((data_dir / MAPPINGS_FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    mapping = saved.get(kind_key) if isinstance(saved, dict) else None
    if not isinstance(mapping, dict):
        return {}
    return {str(key): str(value) for key, value in mapping.items()}


def save_mapping(data_dir: Path, kind_key: str, titles: dict[str, str]) -> None:
    """Remember the column title mapped to each field; a failure is logged, not shown."""
    path = data_dir / MAPPINGS_FILE_NAME
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(saved, dict):
            saved = {}
    except (OSError, ValueError):
        saved = {}
    saved[kind_key] = titles
    try:
        path.write_text(json.dumps(saved, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as error:
        log.warning("Import mapping not saved to %s: %s", path, error)


def guess_mapping(kind: ImportKind, header: list[str], remembered: dict[str, str]) -> dict[str, int]:
    """Map each field to a column: the remembered title first, then the field's known names."""
    keys = [header_key(title) for title in header]
    mapping: dict[str, int] = {}
    for field in kind.fields:
        wanted = remembered.get(field.key)
        if wanted is not None and header_key(wanted) in keys:
            mapping[field.key] = keys.index(header_key(wanted))
            continue
        for alias in field.aliases:
            if alias in keys and keys.index(alias) not in mapping.values():
                mapping[field.key] = keys.index(alias)
                break
    return mapping


def describe_table(table: Table) -> str:
    """Return what was detected, as "Fichier CSV en UTF-8 avec BOM, séparateur « ; », en-tête à la ligne 3"."""
    if table.file_type == "xlsx":
        text = _tr("Classeur Excel, feuille « {sheet} »").format(sheet=table.sheet_name)
    else:
        encoding = {"utf-8": "UTF-8", "utf-16": "UTF-16", "cp1252": "Windows-1252"}.get(table.encoding, table.encoding)
        if table.has_bom:
            encoding = _tr("{encoding} avec BOM").format(encoding=encoding)
        separator = {";": _tr("point-virgule « ; »"), ",": _tr("virgule « , »"), "\t": _tr("tabulation")}[
            table.delimiter
        ]
        text = _tr("Fichier CSV en {encoding}, séparateur {separator}").format(encoding=encoding, separator=separator)
    rows = len(table.data)
    return _tr("{file}, en-tête à la ligne {line}, {rows} lignes de données.").format(
        file=text, line=table.header_line, rows=rows
    )


def column_name(index: int, title: str) -> str:
    """Return "C — Département": the spreadsheet's column letter and its title."""
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return f"{letters} — {title}" if title else letters


def _date_format_label(form: DateFormat) -> str:
    labels = {
        DateFormat.DAY_MONTH_YEAR: _tr("jj/mm/aaaa"),
        DateFormat.DAY_MONTH_SHORT_YEAR: _tr("jj/mm/aa (années 2000)"),
        DateFormat.ISO: _tr("aaaa-mm-jj"),
        DateFormat.FRENCH_WORDS: _tr("en toutes lettres (« 3 mars 2026 »)"),
        DateFormat.EXCEL_SERIAL: _tr("numéro de série Excel"),
        DateFormat.WORKBOOK_DATE: _tr("date du classeur"),
    }
    return labels[form]


# --- Pages ------------------------------------------------------------------------------


class FilePage(QWizardPage):
    """Step 1: what to import, and from which file."""

    def __init__(self, assistant: ImportAssistant) -> None:
        super().__init__()
        self.assistant = assistant
        self.setTitle(self.tr("Choisir le fichier"))
        self.setSubTitle(self.tr("Un classeur Excel (.xlsx) ou un fichier CSV, tel qu'Excel ou LibreOffice l'enregistre."))
        self.kind_combo = QComboBox()
        for kind in assistant.kinds:
            self.kind_combo.addItem(translate(_KIND_CONTEXT, kind.label))
        self.kind_combo.setAccessibleName(self.tr("Données à importer"))
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(self.tr("Fichier choisi"))
        self.choose_button = QPushButton(self.tr("Choisir…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.detected_label = QLabel()
        self.detected_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(alert_style())
        self.error_label.setVisible(False)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("Données à importer"), self.kind_combo)
        form.addRow(self.tr("Fichier"), file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.detected_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def choose_file(self) -> None:
        path = messages.open_file(
            self,
            self.tr("Choisir le fichier à importer"),
            self.tr("Classeurs et fichiers CSV (*.xlsx *.csv *.txt);;Tous les fichiers (*)"),
        )
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Read ``path`` and show what was detected, or why it cannot be read."""
        self.path_edit.setText(str(path))
        try:
            table = run_task(self, self.tr("Lecture du fichier…"), lambda: read_table(path))
        except UserError as error:
            log.warning("Import file %s not read: %s", path, error)
            self.assistant.table = None
            self.detected_label.clear()
            self.error_label.setText(error.message())
            self.error_label.setVisible(True)
        else:
            self.assistant.table = table
            self.detected_label.setText(describe_table(table))
            self.error_label.setVisible(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.assistant.table is not None


class MappingPage(QWizardPage):
    """Step 2: which row names the columns, and which column holds each field."""

    def __init__(self, assistant: ImportAssistant) -> None:
        super().__init__()
        self.assistant = assistant
        self.setTitle(self.tr("Associer les colonnes"))
        self.setSubTitle(self.tr(
            "Vérifiez la ligne d'en-tête et la colonne de chaque information. Une cellule vide ne modifie "
            "pas la valeur déjà enregistrée. Les champs marqués * sont obligatoires."))
        self.detected_label = QLabel()
        self.detected_label.setWordWrap(True)
        self.header_combo = QComboBox()
        self.header_combo.setAccessibleName(self.tr("Ligne d'en-tête"))
        self.header_combo.currentIndexChanged.connect(self._header_changed)
        self.field_form = QFormLayout()
        self.date_label = QLabel()
        self.date_label.setWordWrap(True)
        self.field_combos: dict[str, QComboBox] = {}

        form = QFormLayout()
        form.addRow(self.tr("Ligne d'en-tête"), self.header_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detected_label)
        layout.addLayout(form)
        layout.addLayout(self.field_form)
        layout.addWidget(self.date_label)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        table = self.assistant.table
        assert table is not None
        self.header_combo.blockSignals(True)
        self.header_combo.clear()
        for index, record in enumerate(table.records[:HEADER_CHOICES]):
            preview = " ; ".join(text for text in table.with_header_at(index).header if text)
            self.header_combo.addItem(self.tr("Ligne {line} : {cells}").format(line=record.line_number,
                                                                               cells=preview[:80]))
        self.header_combo.setCurrentIndex(min(table.header_index, self.header_combo.count() - 1))
        self.header_combo.blockSignals(False)
        self._build_field_rows()

    def _header_changed(self, index: int) -> None:
        if self.assistant.table is not None and index >= 0:
            self.assistant.table = self.assistant.table.with_header_at(index)
            self._build_field_rows()

    def _build_field_rows(self) -> None:
        table = self.assistant.table
        assert table is not None
        kind = self.assistant.kind()
        self.detected_label.setText(describe_table(table))
        while self.field_form.rowCount():
            self.field_form.removeRow(0)
        self.field_combos = {}
        header = table.header + [""] * (table.width - len(table.header))
        remembered = load_mapping(self.assistant.context.store.data_dir, kind.key)
        guessed = guess_mapping(kind, header, remembered)
        for field in kind.fields:
            combo = QComboBox()
            combo.addItem(self.tr("(ne pas importer)"), -1)
            for index, title in enumerate(header):
                combo.addItem(column_name(index, title), index)
            if field.key in guessed:
                combo.setCurrentIndex(guessed[field.key] + 1)
            label = translate(_KIND_CONTEXT, field.label) + (" *" if field.required else "")
            combo.setAccessibleName(label)
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.field_form.addRow(label, combo)
            self.field_combos[field.key] = combo
        self._mapping_changed()

    def mapping(self) -> dict[str, int]:
        """Return the column index chosen for each mapped field."""
        return {key: combo.currentData() for key, combo in self.field_combos.items() if combo.currentData() >= 0}

    def set_column(self, field_key: str, title: str) -> None:
        """Map ``field_key`` to the column titled ``title``, as a user picking it in the list would."""
        combo = self.field_combos[field_key]
        for index in range(combo.count()):
            data = combo.itemData(index)
            if data >= 0 and combo.itemText(index) == column_name(data, title):
                combo.setCurrentIndex(index)
                return
        raise KeyError(title)

    def _mapping_changed(self, *_args) -> None:
        table = self.assistant.table
        kind = self.assistant.kind()
        lines = []
        mapping = self.mapping()
        for field_key in getattr(kind, "date_fields", ()):
            if field_key not in mapping:
                continue
            found = date_formats(table.column_values(mapping[field_key]))
            if found:
                forms = ", ".join(
                    self.tr("{format} ({count})").format(format=_date_format_label(form), count=count)
                    for form, count in found.most_common()
                )
                lines.append(self.tr("Dates lues au format : {formats}. Les dates avec des barres obliques sont "
                                     "lues jour puis mois.").format(formats=forms))
        self.date_label.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        mapping = self.mapping()
        return all(field.key in mapping for field in self.assistant.kind().fields if field.required)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        header = self.assistant.table.header
        titles = {key: header[column] for key, column in self.mapping().items() if column < len(header)}
        save_mapping(self.assistant.context.store.data_dir, self.assistant.kind().key, titles)
        return True


class PreviewPage(QWizardPage):
    """Step 3: every row with what the import will do with it; importing is the commit."""

    STATUS_COLUMN, LINE_COLUMN, LABEL_COLUMN, REMARK_COLUMN = range(4)

    def __init__(self, assistant: ImportAssistant) -> None:
        super().__init__()
        self.assistant = assistant
        self.setTitle(self.tr("Vérifier avant d'importer"))
        self.setSubTitle(self.tr(
            "Rien n'est encore enregistré. Les lignes en erreur ne seront pas importées ; une copie de "
            "sauvegarde est faite avant l'import."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Importer"))
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Statut"), self.tr("Ligne"), self.tr("Élément"),
                                              self.tr("Remarques")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.STATUS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.LINE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.LABEL_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.LABEL_COLUMN, 260)
        header.setStretchLastSection(True)
        self.report_button = QPushButton(self.tr("Enregistrer le rapport d'erreurs…"))
        self.report_button.clicked.connect(assistant.save_error_report)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counts_label, 1)
        buttons.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        assistant = self.assistant
        store, kind, table = assistant.context.store, assistant.kind(), assistant.table
        mapping = assistant.mapping_page.mapping()
        try:
            plan = run_task(self, self.tr("Préparation de l'aperçu…"), lambda: plan_import(store, kind, table, mapping))
        except UserError as error:
            messages.show_user_error(self, self.tr("Aperçu impossible"), error)
            plan = ImportPlan(kind.key, [])
        assistant.plan = plan
        self._fill(plan)

    def _fill(self, plan: ImportPlan) -> None:
        self.table.setRowCount(len(plan.rows))
        for row_index, row in enumerate(plan.rows):
            status = QTableWidgetItem(_status_text(row.status))
            if row.status in _STATUS_COLOURS:
                status.setForeground(_colour(_STATUS_COLOURS[row.status]))
            line = QTableWidgetItem(str(row.record.line_number))
            line.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            remark = QTableWidgetItem(" ".join(row.remarks))
            remark.setToolTip("\n".join(row.remarks))
            for column, item in ((self.STATUS_COLUMN, status), (self.LINE_COLUMN, line),
                                 (self.LABEL_COLUMN, QTableWidgetItem(row.label)), (self.REMARK_COLUMN, remark)):
                self.table.setItem(row_index, column, item)
        self.counts_label.setText(_counts_text(plan))
        self.report_button.setEnabled(bool(plan.errors()))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return self.assistant.apply()


class SummaryPage(QWizardPage):
    """Step 4: what was imported, and the error report."""

    def __init__(self, assistant: ImportAssistant) -> None:
        super().__init__()
        self.assistant = assistant
        self.setTitle(self.tr("Import terminé"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_button = QPushButton(self.tr("Enregistrer le rapport d'erreurs…"))
        self.report_button.clicked.connect(assistant.save_error_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        result = self.assistant.result
        plan = self.assistant.plan
        if result is None or plan is None:
            return
        text = self.tr(
            "{created} nouveaux, {updated} mis à jour, {unchanged} ignorés (déjà à jour), {rejected} en erreur."
        ).format(created=result.created, updated=result.updated, unchanged=result.unchanged,
                 rejected=result.rejected)
        text += "\n" + self.tr("Copie de sauvegarde faite avant l'import : {file}").format(file=result.backup_name)
        if result.rejected:
            text += "\n" + self.tr("Les lignes en erreur n'ont pas été importées : enregistrez le rapport "
                                   "d'erreurs pour les corriger dans votre tableur.")
        self.summary_label.setText(text)
        self.report_button.setEnabled(bool(result.rejected))


def _status_text(status: RowStatus) -> str:
    labels = {
        RowStatus.NEW: _tr("nouveau"),
        RowStatus.UPDATED: _tr("mis à jour"),
        RowStatus.UNCHANGED: _tr("ignoré"),
        RowStatus.ERROR: _tr("erreur"),
    }
    return labels[status]


def _counts_text(plan: ImportPlan) -> str:
    new, unchanged = plan.count(RowStatus.NEW), plan.count(RowStatus.UNCHANGED)
    # French uses the singular for 0 and 1.
    new_text = _tr("{count} nouveau") if new <= 1 else _tr("{count} nouveaux")
    unchanged_text = _tr("{count} ignoré") if unchanged <= 1 else _tr("{count} ignorés")
    return _tr("{new}, {updated} mis à jour, {unchanged}, {errors} en erreur").format(
        new=new_text.format(count=new), updated=plan.count(RowStatus.UPDATED),
        unchanged=unchanged_text.format(count=unchanged), errors=plan.count(RowStatus.ERROR))


def _colour(name: str):
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(name))


# --- The assistant ----------------------------------------------------------------------


class ImportAssistant(QWizard):
    """The four steps of an import; ``table``, ``plan`` and ``result`` fill in as the user advances."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kinds = import_kinds()
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("Importer depuis un tableur"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Précédent"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Terminer"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.summary_page):
            self.addPage(page)
        self.resize(900, 600)

    def kind(self) -> ImportKind:
        return self.kinds[max(0, self.file_page.kind_combo.currentIndex())]

    def apply(self) -> bool:
        """Import the previewed rows; return False, after telling the user why, when nothing was written."""
        plan, kind, store = self.plan, self.kind(), self.context.store
        if plan is None:
            return False
        try:
            self.result = run_task(self, self.tr("Import en cours…"), lambda: apply_import(store, kind, plan))
        except UserError as error:
            log.warning("Import of %s from %s not applied: %s", kind.key, self.file_page.path_edit.text(), error)
            messages.show_user_error(self, self.tr("Import non effectué"), error)
            return False
        self.context.bus.notify("territory", "contact", "indicator_value")
        return True

    def save_error_report(self) -> Path | None:
        """Ask where to save the rejected rows with their reasons, as CSV for Excel."""
        if self.plan is None or self.table is None or not self.plan.errors():
            return None
        path = messages.save_file(self, self.tr("Enregistrer le rapport d'erreurs"), "rapport-erreurs-import.csv",
                                  self.tr("CSV pour Excel, séparateur point-virgule (*.csv)"))
        if path is None:
            return None
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        headers, rows = error_report_rows(self.plan, self.table.header)
        try:
            write_csv(path, headers, rows)
        except UserError as error:
            messages.show_user_error(self, self.tr("Rapport non enregistré"), error)
            return None
        log.info("Import error report written: %s (%d rows)", path, len(rows))
        messages.information(self, self.tr("Rapport d'erreurs"),
                             self.tr("Le rapport d'erreurs a été enregistré :\n{path}").format(path=path))
        return path


def open_import_assistant(parent: QWidget | None, context: AppContext) -> ImportResult | None:
    """Run the import assistant modally; return what was imported, or None if the user cancelled."""
    assistant = ImportAssistant(context, parent)
    remember_layout(assistant, "import_assistant", context.store.data_dir)
    assistant.exec()
    return assistant.result
