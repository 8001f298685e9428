"""The "Journal" tab of a territory record: dated notes of visits, calls, meetings and e-mails.

The notes are read in one statement and shown through a table model, so a journal of
a thousand notes opens as fast as a short one. The kind filter works on the loaded list.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tzcld_desktop.db import followup_queries
from tzcld_desktop.db.followup_queries import NoteView
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP
from tzcld_desktop.domain.record_forms import NoteInput
from tzcld_desktop.domain.vocabulary import NoteKind
from tzcld_desktop.ui.action_form import make_date_edit, to_date, to_qdate
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.field_errors import FieldErrors, make_error_label
from tzcld_desktop.ui.record.base import field_with_error
from tzcld_desktop.ui.record.followup_widgets import Column, ListTab, format_date, save_with_errors
from tzcld_desktop.ui.accessibility import name_fields_from_labels
from tzcld_desktop.ui.save_key import bind_save_key

log = logging.getLogger(__name__)


def kind_text(kind: NoteKind) -> str:
    return QCoreApplication.translate("NoteKind", kind.label)


def first_line(text: str) -> str:
    stripped = text.strip()
    return stripped.splitlines()[0] if stripped else ""


class NoteDialog(QDialog):
    """Writes or edits one journal note, saved through the services on "Enregistrer".

    A new note's author is the referent of this copy, and can be changed.
    """

    def __init__(self, context: AppContext, territory_id: str, note: NoteView | None = None,
                 default_author: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.territory_id = territory_id
        self.note = note
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Nouvelle note") if note is None else self.tr("Modifier la note"))
        self.setMinimumWidth(520)

        self.date_edit = make_date_edit(date.today())
        self.kind_combo = QComboBox()
        for kind in NoteKind:
            self.kind_combo.addItem(kind_text(kind), kind.value)
        self.author_edit = QLineEdit(default_author)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self.text_edit.fontMetrics().lineSpacing() * 8 + 12)
        self.errors = FieldErrors(make_error_label())
        for name in ("note_date", "text"):
            self.errors.add(name, make_error_label())
        self.errors.clear_on_edit("text", self.text_edit.textChanged)

        form = QFormLayout()
        form.addRow(self.tr("&Date"), field_with_error(self.date_edit, self.errors.label("note_date")))
        form.addRow(self.tr("&Type"), self.kind_combo)
        form.addRow(self.tr("&Auteur"), self.author_edit)
        form.addRow(self.tr("&Note"), field_with_error(self.text_edit, self.errors.label("text")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bind_save_key(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(form, 1)
        layout.addWidget(buttons)
        name_fields_from_labels(self)

        if note is not None:
            if note.note_date is not None:
                self.date_edit.setDate(to_qdate(note.note_date))
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(note.kind.value), 0))
            self.author_edit.setText(note.author)
            self.text_edit.setPlainText(note.text)
        self.text_edit.setFocus()

    def save(self) -> None:
        """Save the note and close, or show what is wrong and stay open."""
        data = NoteInput(
            territory_id=self.territory_id, note_date=to_date(self.date_edit.date()),
            kind=NoteKind(self.kind_combo.currentData()), text=self.text_edit.toPlainText(),
            author=self.author_edit.text(), meeting_id=self.note.meeting_id if self.note else None,
        )
        note_id = self.note.id if self.note else None
        self.saved_id = save_with_errors(self, self.errors, lambda: self.context.services.save_note(note_id, data))
        if self.saved_id:
            self.context.bus.notify("journal_note")
            self.accept()


class JournalTab(ListTab):
    """The journal of a territory, newest note first, with a filter by kind of note."""

    WATCHED_TABLES = frozenset({"journal_note", "profile"})
    ADD_TEXT = QT_TRANSLATE_NOOP("JournalTab", "&Nouvelle note…")

    def __init__(self, context: AppContext, territory_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, territory_id, parent)
        self._notes: list[NoteView] = []
        self._profile_name = ""
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Toutes les notes"), None)
        for kind in NoteKind:
            self.kind_combo.addItem(kind_text(kind), kind.value)
        self.kind_combo.currentIndexChanged.connect(self.refilter)
        kind_label = QLabel(self.tr("&Type :"))
        kind_label.setBuddy(self.kind_combo)
        self.count_label = QLabel()
        filter_row = QHBoxLayout()
        filter_row.addWidget(kind_label)
        filter_row.addWidget(self.kind_combo)
        filter_row.addStretch(1)
        filter_row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_row)
        self.reload()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("JournalTab", "Journal")

    def columns(self) -> list[Column]:
        return [
            Column(QT_TRANSLATE_NOOP("JournalTab", "Date"), lambda note: format_date(note.note_date)),
            Column(QT_TRANSLATE_NOOP("JournalTab", "Type"), lambda note: kind_text(note.kind)),
            Column(QT_TRANSLATE_NOOP("JournalTab", "Auteur"), lambda note: note.author),
            # A note shows its first line, and its tooltip the whole text.
            Column(QT_TRANSLATE_NOOP("JournalTab", "Note"), lambda note: first_line(note.text),
                   tooltip=lambda note: note.text),
        ]

    def stretch_column(self) -> int:
        return 3

    def load(self, session: Session) -> list[NoteView]:
        self._profile_name = followup_queries.profile_name(session)
        self._notes = followup_queries.list_notes(session, self.territory_id)
        return self._notes

    def reload(self) -> None:
        with self.context.store.session() as session:
            self.load(session)
        self.refilter()

    def kind_filter(self) -> NoteKind | None:
        value = self.kind_combo.currentData()
        return NoteKind(value) if value is not None else None

    def refilter(self) -> None:
        """Show the loaded notes of the chosen kind, newest first."""
        kind = self.kind_filter()
        notes = self._notes if kind is None else [note for note in self._notes if note.kind is kind]
        self.show_rows(notes)
        self.count_label.setText(self._count_text(len(notes), len(self._notes), kind is not None))

    def _count_text(self, shown: int, total: int, filtered: bool) -> str:
        if total == 0:
            return self.tr("Aucune note")
        if filtered:
            return self.tr("{shown} sur {total} notes").format(shown=shown, total=total)
        if total == 1:
            return self.tr("1 note")
        return self.tr("{total} notes").format(total=total)

    def open_dialog(self, row: NoteView | None) -> str | None:
        dialog = NoteDialog(self.context, self.territory_id, row, self._profile_name, self)
        kind = self.kind_filter()
        if row is None and kind is not None:
            dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind.value))
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None

    def delete_question(self, row: NoteView) -> tuple[str, str]:
        return self.tr("Supprimer une note"), self.tr("Supprimer la note du {date} ?\n\n« {text} »").format(
            date=format_date(row.note_date), text=first_line(row.text))

    def delete_row(self, row: NoteView) -> None:
        self.context.services.delete_note(row.id)
        self.context.bus.notify("journal_note")
