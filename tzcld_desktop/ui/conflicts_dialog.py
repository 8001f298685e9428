"""The "Conflits et suppressions à examiner" window: settle each conflict and flagged deletion.

A conflict is a field that two copies changed without seeing each other's change. A
review is a record that one copy deleted while another edited it. Each decision is an
ordinary local write, which reaches colleagues with the next exchange.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db.conflicts import (
    ConflictValue,
    ConflictView,
    ReviewView,
    list_conflicts,
    list_reviews,
    resolve_conflict,
    settle_review,
)
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from tzcld_desktop.domain.fields import LONG_TEXT_FIELDS
from tzcld_desktop.domain.forms import MAX_NAME_LENGTH, MAX_TEXT_LENGTH
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.exchange_text import count_phrase, field_label, format_local_long, table_label
from tzcld_desktop.ui.table_export import export_rows
from tzcld_desktop.ui.text_diff import HIGHLIGHT_BACKGROUND, HIGHLIGHT_FOREGROUND, segments_html, word_diff
from tzcld_desktop.ui.theme import alert_style

log = logging.getLogger(__name__)

CONTEXT = "ConflictsDialog"
# Single-line text fields that a person may rewrite by hand, with their maximum length.
# The long text fields (LONG_TEXT_FIELDS) take up to MAX_TEXT_LENGTH characters. The
# other fields (stage, dates, links to other records) are settled by choosing a value.
SHORT_TEXT_FIELDS = {
    "name": MAX_NAME_LENGTH,
    "title": MAX_NAME_LENGTH,
    "habilitation_date_note": MAX_TEXT_LENGTH,
    "place": MAX_TEXT_LENGTH,
    "text": MAX_TEXT_LENGTH,
    "owner": 200,
}
# Fields that must not be settled with an empty value: the name of a territory or a
# cluster, and the text of an action.
REQUIRED_FIELDS = frozenset({"name", "text"})

# Tree columns.
LABEL, TYPE, FIELD, VALUES = range(4)
CONFLICT, REVIEW = "conflict", "review"


@dataclass(frozen=True)
class OpenItems:
    """How many conflicts and flagged deletions wait for a decision."""

    conflicts: int
    reviews: int

    def text(self) -> str:
        """Return "3 conflits et 1 suppression à examiner", or "" when nothing waits."""
        parts = []
        if self.conflicts:
            parts.append(count_phrase(self.conflicts, QT_TRANSLATE_NOOP(CONTEXT, "{count} conflit"),
                                      QT_TRANSLATE_NOOP(CONTEXT, "{count} conflits"), CONTEXT))
        if self.reviews:
            parts.append(count_phrase(self.reviews, QT_TRANSLATE_NOOP(CONTEXT, "{count} suppression"),
                                      QT_TRANSLATE_NOOP(CONTEXT, "{count} suppressions"), CONTEXT))
        if not parts:
            return ""
        joined = parts[0] if len(parts) == 1 else QCoreApplication.translate(CONTEXT, "{first} et {second}").format(
            first=parts[0], second=parts[1])
        return QCoreApplication.translate(CONTEXT, "{items} à examiner").format(items=joined)


def value_text(field: str, value: ConflictValue) -> str:
    """Return how a person reads one of the values: a stage name, a French date, "(vide)"."""
    raw = value.value
    if raw is None or raw == "":
        return QCoreApplication.translate(CONTEXT, "(vide)")
    if field == "deleted" and isinstance(raw, bool):
        return QCoreApplication.translate(CONTEXT, "Supprimé") if raw else QCoreApplication.translate(CONTEXT, "Présent")
    if field == "stage":
        try:
            return _translate_label("Stage", Stage(raw).label)
        except ValueError:
            return value.display
    if field == "status":
        try:
            return _translate_label("ActionStatus", ActionStatus(raw).label)
        except ValueError:
            return value.display
    if isinstance(raw, date):
        return QLocale().toString(QDate(raw.year, raw.month, raw.day), QLocale.FormatType.LongFormat)
    return value.display


def _translate_label(context: str, label: str) -> str:
    return QCoreApplication.translate(context, label)


class _CompactTextBrowser(QTextBrowser):
    """A text browser with a size hint of seven lines, which grows into the space left.

    With Qt's default hint of 192 pixels for each text area, the details of a
    long-text conflict were taller than the window, behind a scroll bar.
    """

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().sizeHint().width(), 7 * self.fontMetrics().lineSpacing())


class _CompactPlainTextEdit(QPlainTextEdit):
    """A plain text editor with a size hint of five lines."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().sizeHint().width(), 5 * self.fontMetrics().lineSpacing())


class ConflictsDialog(QDialog):
    """The list of open conflicts and reviews, and the details of the selected one.

    The window is not modal: it reloads on every data change, so it can stay open
    while the referent checks a territory in the main window.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Conflits et suppressions à examiner"))
        self.conflicts: list[ConflictView] = []
        self.reviews: list[ReviewView] = []
        # Widgets of the details shown, kept for the tests and for reading the values.
        self.value_boxes: list[QGroupBox] = []
        self.keep_buttons: list[QPushButton] = []
        self.diff_browsers: list[QTextBrowser] = []
        self.other_value_edit: QLineEdit | QPlainTextEdit | None = None
        self.write_button: QPushButton | None = None
        self.keep_record_button: QPushButton | None = None
        self.delete_record_button: QPushButton | None = None
        self.error_label: QLabel | None = None

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Conflits et suppressions à examiner"))
        self.tree.setHeaderLabels([self.tr("Élément"), self.tr("Type"), self.tr("Champ"), self.tr("Valeurs")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        for column in (TYPE, FIELD, VALUES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._show_current)

        self.detail_area = QScrollArea()
        self.detail_area.setWidgetResizable(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail_area)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.export_button = QPushButton(self.tr("Exporter la liste…"))
        self.export_button.clicked.connect(self.export_list)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1100, 640)
        splitter.setSizes([420, 680])

        context.bus.changed.connect(self._data_changed)
        self.reload()

    # -- list -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the open conflicts and reviews again, keeping the selected one when it is still open."""
        selected_key = self._current_key()
        selected_row = self._current_row()
        with self.context.store.session() as session:
            self.conflicts = list_conflicts(session)
            self.reviews = list_reviews(session)

        self.tree.blockSignals(True)
        self.tree.clear()
        conflicts_group = self._group_item(self.tr("Conflits ({count})").format(count=len(self.conflicts)))
        for index, conflict in enumerate(self.conflicts):
            item = QTreeWidgetItem([conflict.record_label, table_label(conflict.table), field_label(conflict.field),
                                    str(len(conflict.values))])
            item.setData(LABEL, Qt.ItemDataRole.UserRole, (CONFLICT, index))
            item.setToolTip(LABEL, conflict.record_label)
            conflicts_group.addChild(item)
        reviews_group = self._group_item(
            self.tr("Suppressions à examiner ({count})").format(count=len(self.reviews)))
        for index, review in enumerate(self.reviews):
            item = QTreeWidgetItem([review.record_label, table_label(review.table), "", ""])
            item.setData(LABEL, Qt.ItemDataRole.UserRole, (REVIEW, index))
            item.setToolTip(LABEL, review.record_label)
            reviews_group.addChild(item)
        self.tree.addTopLevelItem(conflicts_group)
        self.tree.addTopLevelItem(reviews_group)
        self.tree.expandAll()
        self.tree.blockSignals(False)

        item = self._item_for_key(selected_key) or self._item_at_row(selected_row)
        if item is not None:
            self.tree.setCurrentItem(item)
        else:
            self.tree.setCurrentItem(None)
        self._show_current()

    def export_list(self) -> None:
        """Export the open conflicts and reviews to a spreadsheet, one value per column."""
        widest = max((len(conflict.values) for conflict in self.conflicts), default=0)
        headers = [self.tr("À examiner"), self.tr("Élément"), self.tr("Type"), self.tr("Champ")]
        headers += [self.tr("Valeur {number}").format(number=number) for number in range(1, widest + 1)]
        rows: list[list[object]] = []
        for conflict in self.conflicts:
            values = [value_text(conflict.field, value) for value in conflict.values]
            rows.append([self.tr("Conflit"), conflict.record_label, table_label(conflict.table),
                         field_label(conflict.field), *values])
        for review in self.reviews:
            rows.append([self.tr("Suppression"), review.record_label, table_label(review.table), ""])
        export_rows(self, self.tr("Conflits et suppressions à examiner"), headers, rows, "conflits")

    def _group_item(self, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        font = item.font(LABEL)
        font.setBold(True)
        item.setFont(LABEL, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setFirstColumnSpanned(True)
        return item

    def _leaf_items(self) -> list[QTreeWidgetItem]:
        items = []
        for group in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(group)
            items += [parent.child(row) for row in range(parent.childCount())]
        return items

    def _entry(self, item: QTreeWidgetItem | None) -> ConflictView | ReviewView | None:
        data = item.data(LABEL, Qt.ItemDataRole.UserRole) if item is not None else None
        if not data:
            return None
        kind, index = data
        return self.conflicts[index] if kind == CONFLICT else self.reviews[index]

    def _key(self, entry: ConflictView | ReviewView | None) -> tuple | None:
        if isinstance(entry, ConflictView):
            return (CONFLICT, entry.table, entry.record_id, entry.field)
        if isinstance(entry, ReviewView):
            return (REVIEW, entry.table, entry.record_id)
        return None

    def _current_key(self) -> tuple | None:
        return self._key(self._entry(self.tree.currentItem()))

    def _current_row(self) -> int | None:
        current = self.tree.currentItem()
        leaves = self._leaf_items()
        return leaves.index(current) if current in leaves else None

    def _item_for_key(self, key: tuple | None) -> QTreeWidgetItem | None:
        if key is None:
            return None
        return next((item for item in self._leaf_items() if self._key(self._entry(item)) == key), None)

    def _item_at_row(self, row: int | None) -> QTreeWidgetItem | None:
        """Return the entry now at ``row``, or the last one: the next to examine after a decision."""
        leaves = self._leaf_items()
        if row is None or not leaves:
            return None
        return leaves[min(row, len(leaves) - 1)]

    def select_entry(self, record_label: str, field: str | None = None) -> bool:
        """Select the conflict on ``field`` of ``record_label``, or its review when ``field`` is None."""
        for item in self._leaf_items():
            entry = self._entry(item)
            if entry is None or entry.record_label != record_label:
                continue
            if (field is None and isinstance(entry, ReviewView)) or (
                isinstance(entry, ConflictView) and entry.field == field
            ):
                self.tree.setCurrentItem(item)
                return True
        return False

    def _data_changed(self, _tables: frozenset[str]) -> None:
        self.reload()

    # -- details ----------------------------------------------------------------------

    def _show_current(self, *_args) -> None:
        entry = self._entry(self.tree.currentItem())
        self._clear_detail_widgets()
        if isinstance(entry, ConflictView):
            page = self._conflict_page(entry)
        elif isinstance(entry, ReviewView):
            page = self._review_page(entry)
        elif self.conflicts or self.reviews:
            page = self._message_page(self.tr("Choisissez un conflit ou une suppression dans la liste."))
        else:
            page = self._message_page(self.tr("Rien à examiner : aucun conflit ni suppression en attente."))
        old = self.detail_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.detail_area.setWidget(page)

    def _clear_detail_widgets(self) -> None:
        self.value_boxes = []
        self.keep_buttons = []
        self.diff_browsers = []
        self.other_value_edit = None
        self.write_button = None
        self.keep_record_button = None
        self.delete_record_button = None
        self.error_label = None

    def _message_page(self, text: str) -> QWidget:
        page = QWidget()
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addWidget(label)
        return page

    def _heading(self, table: str, record_label: str) -> QLabel:
        label = QLabel(self.tr("{type} « {name} »").format(type=table_label(table), name=record_label))
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        label.setWordWrap(True)
        return label

    def _conflict_page(self, conflict: ConflictView) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading(conflict.table, conflict.record_label))
        explanation = QLabel(self.tr(
            "Le champ « {field} » a été modifié sur {count} copies sans que l'une ait vu la modification "
            "de l'autre. Gardez une des valeurs, ou écrivez-en une autre : votre choix sera transmis à vos "
            "collègues lors du prochain échange."
        ).format(field=field_label(conflict.field), count=len(conflict.values)))
        explanation.setWordWrap(True)
        layout.addWidget(explanation)

        long_text = conflict.field in LONG_TEXT_FIELDS
        if long_text:
            legend = QLabel(self.tr(
                'Les passages <span style="background-color:{background}; color:{foreground}">surlignés</span> '
                "ne figurent que dans une des versions."
            ).format(background=HIGHLIGHT_BACKGROUND, foreground=HIGHLIGHT_FOREGROUND))
            legend.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(legend)

        values_row = QHBoxLayout()
        texts = [str(value.value or "") for value in conflict.values]
        for index, value in enumerate(conflict.values):
            values_row.addWidget(self._value_box(conflict, index, value, texts if long_text else None), 1)
        layout.addLayout(values_row, 1 if long_text else 0)

        if conflict.field in LONG_TEXT_FIELDS or conflict.field in SHORT_TEXT_FIELDS:
            layout.addWidget(self._other_value_box(conflict))
        else:
            note = QLabel(self.tr("Pour ce champ, choisissez une des valeurs ci-dessus."))
            note.setWordWrap(True)
            layout.addWidget(note)
        if not long_text:
            layout.addStretch(1)
        return page

    def _value_box(self, conflict: ConflictView, index: int, value: ConflictValue,
                   texts: list[str] | None) -> QGroupBox:
        box = QGroupBox(value.author or self.tr("Copie sans nom"))
        box_layout = QVBoxLayout(box)
        written = self.tr("Écrite le {moment}").format(moment=format_local_long(value.written_at))
        if value.shown:
            written += "\n" + self.tr("Valeur affichée en ce moment")
        else:
            written += "\n" + self.tr("Valeur conservée, pas affichée")
        written_label = QLabel(written)
        written_label.setWordWrap(True)
        box_layout.addWidget(written_label)

        if texts is not None:
            reference = texts[1] if index == 0 else texts[0]
            segments, _other = word_diff(texts[index], reference)
            browser = _CompactTextBrowser()
            browser.setOpenLinks(False)
            browser.setHtml(segments_html(segments))
            box_layout.addWidget(browser, 1)
            self.diff_browsers.append(browser)
        else:
            value_label = QLabel(value_text(conflict.field, value))
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = value_label.font()
            font.setBold(True)
            value_label.setFont(font)
            box_layout.addWidget(value_label)

        keep_button = QPushButton(self.tr("Garder cette valeur"))
        keep_button.clicked.connect(lambda _checked=False, chosen=value: self._resolve(conflict, chosen.value))
        box_layout.addWidget(keep_button)
        self.value_boxes.append(box)
        self.keep_buttons.append(keep_button)
        return box

    def _other_value_box(self, conflict: ConflictView) -> QGroupBox:
        box = QGroupBox(self.tr("Écrire une autre valeur"))
        box_layout = QVBoxLayout(box)
        shown = next((value for value in conflict.values if value.shown), conflict.values[0])
        start_text = str(shown.value or "")
        if conflict.field in LONG_TEXT_FIELDS:
            editor = _CompactPlainTextEdit(start_text)
            editor.setMinimumHeight(editor.sizeHint().height())
        else:
            editor = QLineEdit(start_text)
        hint = QLabel(self.tr("Le texte proposé est la valeur affichée : complétez-le avec ce que l'autre "
                              "version apporte."))
        hint.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(alert_style())
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.write_button = QPushButton(self.tr("Enregistrer cette valeur"))
        self.write_button.clicked.connect(lambda: self._write_other_value(conflict))
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.write_button)
        box_layout.addWidget(hint)
        box_layout.addWidget(editor)
        box_layout.addWidget(self.error_label)
        box_layout.addLayout(button_row)
        self.other_value_edit = editor
        return box

    def _review_page(self, review: ReviewView) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading(review.table, review.record_label))
        summary = QLabel(self.tr("Supprimé par une copie pendant qu'une autre le modifiait."))
        font = summary.font()
        font.setBold(True)
        summary.setFont(font)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        # NOTE: ReviewView.updated_by names the latest writer, who may be the person who
        # deleted the record, so it is not shown as the author of the edit.
        details = self.tr("La suppression a été faite sur une copie qui n'avait pas vu la dernière "
                          "modification. L'élément reste affiché jusqu'à votre décision.")
        details += "\n\n" + self.tr(
            "« Garder » annule la suppression ; « Supprimer » la confirme. Votre choix sera transmis à vos "
            "collègues lors du prochain échange."
        )
        details_label = QLabel(details)
        details_label.setWordWrap(True)
        layout.addWidget(details_label)

        self.keep_record_button = QPushButton(self.tr("Garder"))
        self.delete_record_button = QPushButton(self.tr("Supprimer"))
        self.keep_record_button.clicked.connect(lambda: self._settle(review, keep=True))
        self.delete_record_button.clicked.connect(lambda: self._settle(review, keep=False))
        button_row = QHBoxLayout()
        button_row.addWidget(self.keep_record_button)
        button_row.addWidget(self.delete_record_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        layout.addStretch(1)
        return page

    # -- decisions --------------------------------------------------------------------

    def _write_other_value(self, conflict: ConflictView) -> None:
        editor = self.other_value_edit
        if editor is None:
            return
        if isinstance(editor, QPlainTextEdit):
            value = editor.toPlainText()
            maximum = MAX_TEXT_LENGTH
        else:
            value = editor.text().strip()
            maximum = SHORT_TEXT_FIELDS.get(conflict.field, MAX_TEXT_LENGTH)
        error = ""
        if conflict.field in REQUIRED_FIELDS and not value.strip():
            error = self.tr("Écrivez une valeur : ce champ ne peut pas rester vide.")
        elif len(value) > maximum:
            error = self.tr("Le texte est trop long : {length} caractères, pour {maximum} au plus.").format(
                length=len(value), maximum=maximum)
        if error:
            self.error_label.setText(error)
            self.error_label.setVisible(True)
            return
        self._resolve(conflict, value)

    def _resolve(self, conflict: ConflictView, value: object) -> None:
        try:
            resolve_conflict(self.context.store, conflict.table, conflict.record_id, conflict.field, value)
        except UserError as error:
            log.warning("Conflict on %s %s field %s not settled: %s",
                        conflict.table, conflict.record_id, conflict.field, error)
            messages.show_user_error(self, self.tr("Conflit non réglé"), error)
        # The bus makes this window reload, and the next entry is selected.
        self.context.bus.notify(conflict.table)

    def _settle(self, review: ReviewView, keep: bool) -> None:
        try:
            settle_review(self.context.store, review.table, review.record_id, keep)
        except UserError as error:
            log.warning("Review of %s %s not settled: %s", review.table, review.record_id, error)
            messages.show_user_error(self, self.tr("Suppression non examinée"), error)
        self.context.bus.notify(review.table)
