"""The meeting window: tabs "Réunion", "Ordre du jour", "Présences" and "Compte rendu".

The fields of the meeting, the invited territories and their presence, the general
minutes and decisions, and the actions outside the agenda are written together when
the user clicks "Enregistrer" (or "Appliquer"), so "Annuler" discards those changes.
The agenda, the people and the per-item minutes and outcomes are written at once. The
first such change saves the form too, so a new meeting exists before its agenda does.

Validated minutes are shown read-only, under a banner with "Rouvrir…".
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import queries
from tzcld_desktop.db.meeting_queries import MeetingRecord, load_meeting_record
from tzcld_desktop.db.queries import ClusterView, TerritoryQuery
from tzcld_desktop.domain.errors import UserError, ValidationError
from tzcld_desktop.domain.forms import ActionInput, MeetingInput, TerritoryAttendance
from tzcld_desktop.domain.meeting_forms import is_future_meeting
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.domain.vocabulary import MeetingKind, MeetingStatus
from tzcld_desktop.ui import meeting_prompts, messages
from tzcld_desktop.ui.action_form import ActionDialog, ActionDraft, make_date_edit, to_date, to_qdate
from tzcld_desktop.ui.cluster_form import find_cluster, make_check_list, stage_text
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.drafts import (
    MEETING_KIND,
    Draft,
    DraftForm,
    FormDraft,
    optional_text_value,
    text_list_value,
    text_value,
)
from tzcld_desktop.ui.field_errors import FieldErrors, make_error_label
from tzcld_desktop.ui.formatting import format_long_date, format_short_date
from tzcld_desktop.ui.agenda_editor import AgendaEditor
from tzcld_desktop.ui.meeting_attendance import PresenceTable
from tzcld_desktop.ui.meeting_minutes import MinutesEditor
from tzcld_desktop.ui.meeting_people import PeopleEditor
from tzcld_desktop.ui.models.action_table import ActionTableModel
from tzcld_desktop.ui.read_only import show_locked, show_read_only
from tzcld_desktop.ui.accessibility import name_fields_from_labels
from tzcld_desktop.ui.save_key import bind_save_key
from tzcld_desktop.ui.window_state import remember_layout

log = logging.getLogger(__name__)

_ID_ROLE = Qt.ItemDataRole.UserRole


# The banner's text has its own dark green, so it stays readable on the light green in dark mode too.
BANNER_STYLE = (
    "QFrame#validatedBanner { background: #e6f4ea; border: 1px solid #2e7d32; border-radius: 4px; }"
    "QFrame#validatedBanner QLabel { color: #1b4d20; }"
)


def meeting_exists(context: AppContext, meeting_id: str) -> bool:
    with context.store.session() as session:
        return queries.get_meeting(session, meeting_id) is not None


def _status_text(status: MeetingStatus) -> str:
    return QCoreApplication.translate("MeetingStatus", status.label)


def _kind_text(kind: MeetingKind) -> str:
    return QCoreApplication.translate("MeetingKind", kind.label)


class MeetingDialog(DraftForm):
    """Creates a meeting of ``cluster_id`` (``meeting_id`` None) or edits one.

    After a successful save, ``meeting_id`` is the saved meeting's id. ``draft`` fills
    the form with the unsaved values of an earlier session, actions included, and for
    a new meeting gives its cluster when ``cluster_id`` is None.
    """

    def __init__(
        self,
        context: AppContext,
        meeting_id: str | None,
        cluster_id: str | None,
        parent: QWidget | None = None,
        draft: Draft | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.record: MeetingRecord | None = None
        self._actions: list[ActionDraft] = []
        self._deleted_action_ids: list[str] = []
        self._territory_names: dict[str, str] = {}
        self._presence: dict[str, TerritoryAttendance] = {}

        meeting = self._read_meeting(meeting_id) if meeting_id else None
        draft_cluster_id = optional_text_value(draft.values, "cluster_id") if draft and meeting_id is None else None
        self.cluster_id = cluster_id or (meeting.cluster_id if meeting else None) or draft_cluster_id
        self.cluster = find_cluster(context, self.cluster_id) if self.cluster_id else None
        self.setWindowTitle(self.tr("Nouvelle réunion") if meeting_id is None else self.tr("Réunion de grappe"))
        self._create_fields()
        self._build_layout()
        name_fields_from_labels(self)
        remember_layout(self, "meeting_form", context.store.data_dir, QSize(1000, 780))
        draft_territory_ids = tuple(text_list_value(draft.values, "territory_ids")) if draft else ()
        attending = tuple(territory.territory_id for territory in meeting.territories) if meeting else ()
        self._fill_territories(attending, draft_territory_ids)
        if meeting is not None:
            self._load(meeting)
        elif meeting_id is not None:
            self.errors.show({"": self.tr("Cette réunion a été supprimée entre-temps.")})
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._show_record(meeting)
        self._start_draft(draft)

    # -- construction ----------------------------------------------------------------

    def _read_meeting(self, meeting_id: str) -> MeetingRecord | None:
        with self.context.store.session() as session:
            return load_meeting_record(session, meeting_id)

    def _create_fields(self) -> None:
        self.cluster_label = QLabel(self._cluster_text(self.cluster))
        self.cluster_label.setTextFormat(Qt.TextFormat.PlainText)
        self.kind_combo = QComboBox()
        for kind in MeetingKind:
            self.kind_combo.addItem(_kind_text(kind), kind.value)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self._kind_shown = MeetingKind.CLUSTER
        self.title_edit = QLineEdit(self.tr("Réunion de grappe"))
        self.date_edit = make_date_edit(date.today())
        self.start_time_edit = QLineEdit()
        self.start_time_edit.setPlaceholderText(self.tr("HH:MM, par exemple 09:30"))
        self.start_time_edit.setMaxLength(5)
        self.duration_spin = meeting_prompts.make_duration_spin()
        self.duration_spin.valueChanged.connect(self._on_duration_changed)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("Adresse ou salle"))
        self.video_edit = QLineEdit()
        self.video_edit.setPlaceholderText(self.tr("Lien de visioconférence, s'il y en a un"))
        self.status_label = QLabel()
        self.plan_button = QPushButton(self.tr("Planifier"))
        self.plan_button.clicked.connect(lambda: self.change_status(MeetingStatus.PLANNED))
        self.held_button = QPushButton(self.tr("Marquer comme tenue"))
        self.held_button.clicked.connect(self.mark_held)
        self.validate_button = QPushButton(self.tr("Valider le compte rendu"))
        self.validate_button.clicked.connect(self.validate_minutes)
        self.history_label = QLabel()
        self.history_label.setWordWrap(True)
        self.history_label.setTextFormat(Qt.TextFormat.PlainText)

        self.banner = QFrame()
        self.banner.setObjectName("validatedBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_label = QLabel()
        self.reopen_button = QPushButton(self.tr("Rouvrir…"))
        self.reopen_button.clicked.connect(self.reopen)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.reopen_button)
        self.banner.setVisible(False)

        self.territory_list = make_check_list()
        self.territory_list.itemChanged.connect(self._update_attendance_count)
        self.territory_note = QLabel()
        self.territory_note.setWordWrap(True)
        self.territory_note.setVisible(False)
        self.attendance_label = QLabel()
        self.presence_table = PresenceTable()
        self.presence_table.edited.connect(self._on_presence_edited)
        self.presence_label = QLabel()
        self.minutes_edit = QPlainTextEdit()
        self.minutes_edit.setTabChangesFocus(True)
        self.decisions_edit = QPlainTextEdit()
        self.decisions_edit.setTabChangesFocus(True)

        self.agenda_editor = AgendaEditor(self.context, self.ensure_saved)
        self.people_editor = PeopleEditor(self.context, self.ensure_saved)
        self.minutes_editor = MinutesEditor(self.context, self.ensure_saved)
        for editor in (self.agenda_editor, self.people_editor, self.minutes_editor):
            editor.changed.connect(self.reload_record)
        self._minutes_hint = self.minutes_editor.text_edit.placeholderText()
        self.minutes_editor.item_list.currentItemChanged.connect(self._show_item_preparation)

        self.action_model = ActionTableModel(self)
        self.action_view = QTableView()
        self.action_view.setModel(self.action_model)
        self.action_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.action_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.action_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.action_view.verticalHeader().setVisible(False)
        self.action_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.action_view.doubleClicked.connect(self.edit_action)
        self.add_action_button = QPushButton(self.tr("Ajouter une action"))
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_action_button = QPushButton(self.tr("Modifier"))
        self.edit_action_button.clicked.connect(self.edit_action)
        self.delete_action_button = QPushButton(self.tr("Supprimer"))
        self.delete_action_button.clicked.connect(self.delete_action)
        self.action_view.selectionModel().selectionChanged.connect(self._update_action_buttons)

        names = ("cluster_id", "meeting_date", "title", "start_time", "duration_minutes", "place", "video_link",
                 "minutes", "decisions", "attendance")
        labels = {name: make_error_label() for name in names}
        self.errors = FieldErrors(make_error_label(), labels)
        self.errors.clear_on_edit("meeting_date", self.date_edit.dateChanged)
        self.errors.clear_on_edit("title", self.title_edit.textEdited)
        self.errors.clear_on_edit("start_time", self.start_time_edit.textEdited)
        self.errors.clear_on_edit("duration_minutes", self.duration_spin.valueChanged)
        self.errors.clear_on_edit("place", self.place_edit.textEdited)
        self.errors.clear_on_edit("video_link", self.video_edit.textEdited)
        self.errors.clear_on_edit("minutes", self.minutes_edit.textChanged)
        self.errors.clear_on_edit("decisions", self.decisions_edit.textChanged)

    def _build_layout(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_meeting_tab(), self.tr("Réunion"))
        self.tabs.addTab(self.agenda_editor, self.tr("Ordre du jour"))
        self.tabs.addTab(self._build_attendance_tab(), self.tr("Présences"))
        self.tabs.addTab(self._build_minutes_tab(), self.tr("Compte rendu"))
        if self.meeting_id is not None:
            from tzcld_desktop.ui.needs_view import MeetingNeedsWidget

            self.needs_widget = MeetingNeedsWidget(self.context, self.meeting_id)
            self.tabs.addTab(self.needs_widget, self.tr("Besoins remontés"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("Appliquer"))
        self.apply_button.clicked.connect(self.ensure_saved)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bind_save_key(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._update_action_buttons()

    def _build_meeting_tab(self) -> QWidget:
        labels = self.errors.labels
        form = QFormLayout()
        form.addRow(self.tr("Grappe"), self.cluster_label)
        form.addRow("", labels["cluster_id"])
        form.addRow(self.tr("Type"), self.kind_combo)
        form.addRow(self.tr("Titre"), self.title_edit)
        form.addRow("", labels["title"])
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow("", labels["meeting_date"])
        form.addRow(self.tr("Heure de début"), self.start_time_edit)
        form.addRow("", labels["start_time"])
        form.addRow(self.tr("Durée"), self.duration_spin)
        form.addRow("", labels["duration_minutes"])
        form.addRow(self.tr("Lieu"), self.place_edit)
        form.addRow("", labels["place"])
        form.addRow(self.tr("Visioconférence"), self.video_edit)
        form.addRow("", labels["video_link"])

        status_box = QGroupBox(self.tr("Statut"))
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        for button in (self.plan_button, self.held_button, self.validate_button):
            status_row.addWidget(button)
        status_layout = QVBoxLayout(status_box)
        status_layout.addLayout(status_row)
        status_layout.addWidget(self.history_label)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(status_box)
        layout.addStretch(1)
        return tab

    def _build_attendance_tab(self) -> QWidget:
        territory_box = QGroupBox(self.tr("Territoires invités"))
        territory_layout = QVBoxLayout(territory_box)
        territory_layout.addWidget(self.territory_note)
        territory_layout.addWidget(self.territory_list, 1)
        territory_layout.addWidget(self.attendance_label)
        presence_box = QGroupBox(self.tr("Présence des territoires (enregistrée avec la réunion)"))
        presence_layout = QVBoxLayout(presence_box)
        presence_layout.addWidget(self.presence_table, 1)
        presence_layout.addWidget(self.errors.labels["attendance"])
        presence_layout.addWidget(self.presence_label)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(territory_box)
        top.addWidget(presence_box)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        people_box = QGroupBox(self.tr("Personnes (enregistrées aussitôt)"))
        people_layout = QVBoxLayout(people_box)
        people_layout.addWidget(self.people_editor)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(people_box)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(splitter)
        return tab

    def _build_minutes_tab(self) -> QWidget:
        labels = self.errors.labels
        general = QWidget()
        text_layout = QVBoxLayout(general)
        text_layout.addWidget(QLabel(self.tr("Compte rendu général")))
        text_layout.addWidget(self.minutes_edit, 3)
        text_layout.addWidget(labels["minutes"])
        text_layout.addWidget(QLabel(self.tr("Décisions")))
        text_layout.addWidget(self.decisions_edit, 2)
        text_layout.addWidget(labels["decisions"])

        action_box = QGroupBox(self.tr("Actions hors ordre du jour"))
        action_buttons = QHBoxLayout()
        for button in (self.add_action_button, self.edit_action_button, self.delete_action_button):
            action_buttons.addWidget(button)
        action_buttons.addStretch(1)
        action_hint = QLabel(self.tr("Les actions sont enregistrées avec la réunion."))
        action_hint.setEnabled(False)
        action_buttons.addWidget(action_hint)
        action_layout = QVBoxLayout(action_box)
        action_layout.addWidget(self.action_view)
        action_layout.addLayout(action_buttons)
        text_layout.addWidget(action_box, 2)

        inner = QTabWidget()
        inner.addTab(self.minutes_editor, self.tr("Par point de l'ordre du jour"))
        inner.addTab(general, self.tr("Compte rendu général et actions"))
        return inner

    def _cluster_text(self, cluster: ClusterView | None) -> str:
        if cluster is None:
            return self.tr("Aucune grappe")
        if cluster.region_name:
            return f"{cluster.name} ({cluster.region_name})"
        return cluster.name

    def _fill_territories(self, attending_ids: tuple[str, ...], draft_ids: tuple[str, ...] = ()) -> None:
        """List the cluster's members, or its region's territories when it has none yet.

        Territories that attended but have left the cluster since stay listed and ticked.
        ``draft_ids`` are listed too, unticked, so that a draft can tick them afterwards.
        """
        rows = []
        with self.context.store.session() as session:
            if self.cluster is not None:
                rows = queries.list_territories(session, TerritoryQuery(cluster_id=self.cluster.id))
                if not rows and self.cluster.region_code:
                    rows = queries.list_territories(session, TerritoryQuery(region_codes=(self.cluster.region_code,)))
                    self._show_no_member_note()
            entries = [(row.id, row.name, row.stage) for row in rows]
            listed = {row.id for row in rows}
            for territory_id in dict.fromkeys((*attending_ids, *draft_ids)):
                territory = queries.get_territory(session, territory_id) if territory_id not in listed else None
                if territory is not None:
                    entries.append((territory.id, territory.name, Stage(territory.stage)))
                    listed.add(territory.id)

        attending = set(attending_ids)
        self.territory_list.blockSignals(True)
        for territory_id, name, stage in entries:
            self._territory_names[territory_id] = name
            item = QListWidgetItem(f"{name} — {stage_text(stage)}")
            item.setData(_ID_ROLE, territory_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if territory_id in attending else Qt.CheckState.Unchecked)
            self.territory_list.addItem(item)
        self.territory_list.blockSignals(False)
        if not entries:
            self.territory_note.setText(
                self.tr("Aucun territoire à proposer : ajoutez des territoires à la région de la grappe.")
            )
            self.territory_note.setVisible(True)
        self._update_attendance_count()

    def _show_no_member_note(self) -> None:
        self.territory_note.setText(
            self.tr(
                "Cette grappe n'a pas encore de territoires membres. Voici les territoires de la région "
                "{region} : cochez ceux qui étaient présents."
            ).format(region=self.cluster.region_name if self.cluster else "")
        )
        self.territory_note.setVisible(True)

    def _load(self, meeting: MeetingRecord) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(meeting.kind.value))
        self.title_edit.setText(meeting.title)
        if meeting.meeting_date is not None:
            self.date_edit.setDate(to_qdate(meeting.meeting_date))
        else:
            # A date field cannot be empty, so say that today's date was put in its place.
            self.errors.show(
                {"meeting_date": self.tr("Cette réunion n'a pas de date enregistrée : vérifiez la date proposée.")}
            )
        self.start_time_edit.setText(meeting.start_time)
        self.duration_spin.setValue(meeting.duration_minutes or 0)
        self.place_edit.setText(meeting.place)
        self.video_edit.setText(meeting.video_link)
        self.minutes_edit.setPlainText(meeting.minutes)
        self.decisions_edit.setPlainText(meeting.decisions)
        self._presence = {
            territory.territory_id: TerritoryAttendance(territory.present, territory.attendees)
            for territory in meeting.territories
        }
        item_action_ids = {outcome.id for item in meeting.items for outcome in item.outcomes if outcome.is_action}
        with self.context.store.session() as session:
            actions = queries.list_actions(session, meeting_id=meeting.id)
        self._actions = [
            ActionDraft(action.id, action.text, action.owner, action.due_date, action.status,
                        action.territory_id, action.territory_name, modified=False)
            for action in actions if action.id not in item_action_ids
        ]
        self._show_actions()

    # -- the saved record: agenda, people, minutes, status ---------------------------

    def reload_record(self) -> None:
        """Read the meeting again after a write of a tab and show it everywhere."""
        record = self._read_meeting(self.meeting_id) if self.meeting_id else None
        self._show_record(record)
        self.context.bus.notify("meeting", "meeting_territory", "agenda_item", "outcome", "action",
                                "meeting_person", "journal_note")

    def _show_record(self, record: MeetingRecord | None) -> None:
        self.record = record
        self.agenda_editor.set_record(record)
        self.agenda_editor.set_meeting_length(self.duration_spin.value() or None)
        self.people_editor.set_record(record)
        self.minutes_editor.set_record(record)
        self._update_attendance_count()
        status = record.status if record else MeetingStatus.DRAFT
        self.status_label.setText(self.tr("Statut : {status}").format(status=_status_text(status)))
        self.plan_button.setVisible(status is MeetingStatus.DRAFT)
        self.held_button.setVisible(status in (MeetingStatus.DRAFT, MeetingStatus.PLANNED))
        self.validate_button.setVisible(status is MeetingStatus.HELD)
        self.history_label.setText("\n".join(
            self.tr("{date} — {text} ({author})").format(
                date=format_short_date(note.note_date), text=note.text,
                author=note.author or self.tr("auteur inconnu"))
            for note in (record.history if record else ())
        ))
        self.history_label.setVisible(bool(record and record.history))
        validated = bool(record and record.is_validated)
        if validated:
            day = format_short_date(record.validated_on) if record.validated_on else self.tr("date inconnue")
            self.banner_label.setText(self.tr(
                "Compte rendu validé le {date} — il ne peut plus être modifié sans être rouvert.").format(date=day))
        self.banner.setVisible(validated)
        self._set_read_only(validated)

    def _set_read_only(self, read_only: bool) -> None:
        """Show every field read-only (validated minutes) or editable.

        Locked fields take the form's background colour, and their tooltip gives the
        reason and how to unlock them.
        """
        reason = self.tr("Compte rendu validé : cliquez sur « Rouvrir… » en haut de la fenêtre "
                         "pour modifier ce champ.") if read_only else ""
        for edit in (self.title_edit, self.start_time_edit, self.place_edit, self.video_edit,
                     self.minutes_edit, self.decisions_edit, self.minutes_editor.text_edit):
            show_read_only(edit, read_only, reason)
        for widget in (self.kind_combo, self.date_edit, self.duration_spin, self.territory_list):
            show_locked(widget, read_only, reason)
        self.add_action_button.setEnabled(not read_only)
        self.presence_table.set_read_only(read_only)
        self.agenda_editor.set_read_only(read_only)
        self.people_editor.set_read_only(read_only)
        self.minutes_editor.set_read_only(read_only)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not read_only)
        self.apply_button.setEnabled(not read_only)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Fermer") if read_only else self.tr("Annuler"))
        self._update_action_buttons()

    def is_read_only(self) -> bool:
        return bool(self.record and self.record.is_validated)

    def change_status(self, status: MeetingStatus) -> None:
        """Save the form, then move the meeting to ``status``."""
        meeting_id = self.ensure_saved()
        if meeting_id is None:
            return
        meeting_prompts.try_write(self, self.tr("Statut non modifié"),
                                  lambda: self.context.services.set_meeting_status(meeting_id, status))
        self.reload_record()

    def mark_held(self) -> None:
        """Mark the meeting as held, after a confirmation when its date has not come yet."""
        warning = self._future_date_warning()
        if warning:
            question = warning + "\n\n" + self.tr("La marquer comme tenue quand même ?")
            if not messages.confirm(self, self.tr("Marquer comme tenue"), question):
                return
        self.change_status(MeetingStatus.HELD)

    def validate_minutes(self) -> None:
        question = self.tr("Valider le compte rendu ? Il ne pourra plus être modifié, sauf en le rouvrant "
                           "avec une raison, qui sera enregistrée.")
        warning = self._future_date_warning()
        if warning:
            question = warning + "\n\n" + question
        if messages.confirm(self, self.tr("Valider le compte rendu"), question):
            self.change_status(MeetingStatus.VALIDATED)

    def _future_date_warning(self) -> str:
        """Return a warning when the date in the form is after today, or "".

        A meeting cannot have been held before its date, so such a date is most likely
        a typing mistake. The referent may still go on, because the computer's clock
        may be the one that is wrong.
        """
        day = to_date(self.date_edit.date())
        if not is_future_meeting(day, date.today()):
            return ""
        return self.tr("Cette réunion est datée du {date}, une date qui n'est pas encore passée. "
                       "Si elle a eu lieu plus tôt, répondez « Non » et corrigez d'abord la date "
                       "dans l'onglet « Réunion ».").format(date=format_long_date(day))

    def reopen(self) -> None:
        """Ask why the validated minutes are reopened, and reopen them."""
        if self.meeting_id is None:
            return
        reason = meeting_prompts.ask_text(
            self, self.tr("Rouvrir le compte rendu"),
            self.tr("Pourquoi rouvrez-vous ce compte rendu validé ? La raison est enregistrée avec la réunion."),
            multiline=True)
        if reason is None:
            return
        meeting_id = self.meeting_id
        meeting_prompts.try_write(self, self.tr("Compte rendu non rouvert"),
                                  lambda: self.context.services.reopen_meeting(meeting_id, reason))
        self.reload_record()

    def _on_kind_changed(self, *_args) -> None:
        kind = MeetingKind(self.kind_combo.currentData())
        # A title still equal to the previous type's name follows the new type.
        if self.title_edit.text().strip() == _kind_text(self._kind_shown):
            self.title_edit.setText(_kind_text(kind))
        self._kind_shown = kind

    def _on_duration_changed(self, value: int) -> None:
        self.agenda_editor.set_meeting_length(value or None)

    def _show_item_preparation(self, current: QListWidgetItem | None, _previous=None) -> None:
        """Show the preparation of a territory's item in grey in its empty minutes, as a guide."""
        item_id = current.data(_ID_ROLE) if current is not None else None
        items = self.record.items if self.record else ()
        item = next((entry for entry in items if entry.id == item_id), None)
        hint = self._minutes_hint
        if item is not None and item.territory_id is not None:
            hint = self.tr("{hint}\n\nPréparation :\n{preparation}").format(
                hint=hint, preparation=self.agenda_editor.preparation_text(item))
        self.minutes_editor.text_edit.setPlaceholderText(hint)

    # -- draft -----------------------------------------------------------------------

    def _start_draft(self, draft: Draft | None) -> None:
        self.form_draft = FormDraft(self, self.context.store.data_dir, MEETING_KIND, self.meeting_id,
                                    self.draft_values, self._draft_label)
        self.form_draft.mark_unchanged()
        if draft is not None:
            self.apply_draft_values(draft.values)
        model = self.action_model
        self.form_draft.watch(
            self.title_edit.textChanged, self.date_edit.dateChanged, self.place_edit.textChanged,
            self.territory_list.itemChanged, self.minutes_edit.textChanged, self.decisions_edit.textChanged,
            self.kind_combo.currentIndexChanged, self.start_time_edit.textChanged, self.duration_spin.valueChanged,
            self.video_edit.textChanged, self.presence_table.edited,
            model.modelReset, model.dataChanged, model.rowsInserted, model.rowsRemoved,
        )

    def _draft_label(self) -> str:
        title = self.title_edit.text().strip() or self.tr("Réunion")
        day = to_date(self.date_edit.date())
        if day is None:
            return title
        return self.tr("{title} du {date}").format(title=title, date=self.date_edit.text())

    def draft_values(self) -> dict:
        """Return every field and action as JSON-ready values, dates as ISO strings."""
        day = to_date(self.date_edit.date())
        return {
            "cluster_id": self.cluster_id,
            "kind": self.kind_combo.currentData(),
            "title": self.title_edit.text(),
            "meeting_date": day.isoformat() if day else None,
            "start_time": self.start_time_edit.text(),
            "duration_minutes": self.duration_spin.value(),
            "place": self.place_edit.text(),
            "video_link": self.video_edit.text(),
            "minutes": self.minutes_edit.toPlainText(),
            "decisions": self.decisions_edit.toPlainText(),
            "territory_ids": self.attending_ids(),
            "attendance": {
                territory_id: [value.present, value.attendees]
                for territory_id, value in self.attendance_values().items()
            },
            "actions": [_action_values(action) for action in self._actions],
            "deleted_action_ids": list(self._deleted_action_ids),
        }

    def apply_draft_values(self, values: dict) -> None:
        """Fill the form from ``draft_values`` output; values of the wrong type are left as they are."""
        kind = MeetingKind.parse(optional_text_value(values, "kind"))
        if kind is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self.title_edit.setText(text_value(values, "title", self.title_edit.text()))
        day = _iso_date(optional_text_value(values, "meeting_date"))
        if day is not None:
            self.date_edit.setDate(to_qdate(day))
        self.start_time_edit.setText(text_value(values, "start_time", self.start_time_edit.text()))
        duration = values.get("duration_minutes")
        if isinstance(duration, int) and not isinstance(duration, bool):
            self.duration_spin.setValue(duration)
        self.place_edit.setText(text_value(values, "place", self.place_edit.text()))
        self.video_edit.setText(text_value(values, "video_link", self.video_edit.text()))
        self.minutes_edit.setPlainText(text_value(values, "minutes", self.minutes_edit.toPlainText()))
        self.decisions_edit.setPlainText(text_value(values, "decisions", self.decisions_edit.toPlainText()))
        if isinstance(values.get("attendance"), dict):
            self._presence.update(_attendance_from_values(values["attendance"]))
        if isinstance(values.get("territory_ids"), list):
            attending = set(text_list_value(values, "territory_ids"))
            for row in range(self.territory_list.count()):
                item = self.territory_list.item(row)
                checked = item.data(_ID_ROLE) in attending
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._update_attendance_count()
        if isinstance(values.get("actions"), list):
            actions = [_action_from_values(entry) for entry in values["actions"]]
            self._actions = [action for action in actions if action is not None]
            self._deleted_action_ids = text_list_value(values, "deleted_action_ids")
            self._show_actions()

    def save_for_close(self) -> bool:
        self.save()
        return self.result() == QDialog.DialogCode.Accepted

    # -- attendance ------------------------------------------------------------------

    def attending_ids(self) -> list[str]:
        """Return the ids of the ticked (invited) territories."""
        items = (self.territory_list.item(row) for row in range(self.territory_list.count()))
        return [item.data(_ID_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def attendance_values(self) -> dict[str, TerritoryAttendance]:
        """Return the presence of each invited territory, as shown in the presence table."""
        return self.presence_table.values()

    def _update_attendance_count(self, *_args) -> None:
        invited = self.attending_ids()
        count = len(invited)
        if count == 0:
            self.attendance_label.setText(self.tr("Aucun territoire coché"))
        elif count == 1:
            self.attendance_label.setText(self.tr("1 territoire invité"))
        else:
            self.attendance_label.setText(self.tr("{count} territoires invités").format(count=count))
        named = {
            territory.territory_id: (territory.people_invited, territory.people_present)
            for territory in (self.record.territories if self.record else ())
        }
        territories = [(territory_id, self._territory_names[territory_id]) for territory_id in invited]
        self.presence_table.set_territories(territories, self._presence, named)
        self._update_presence_totals()

    def _on_presence_edited(self) -> None:
        self._presence.update(self.presence_table.values())
        self._update_presence_totals()

    def _update_presence_totals(self) -> None:
        invited, present, people = self.presence_table.totals()
        self.presence_label.setText(
            self.tr("Territoires présents : {present} sur {invited} invités. Personnes venues : {people}").format(
                present=present, invited=invited, people=people))

    # -- actions ---------------------------------------------------------------------

    def _action_territories(self) -> list[tuple[str, str]]:
        return [(territory_id, self._territory_names[territory_id]) for territory_id in self.attending_ids()]

    def _show_actions(self) -> None:
        self._actions.sort(key=ActionDraft.sort_key)
        self.action_model.set_actions(self._actions)
        self.action_view.resizeColumnsToContents()
        self.action_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._update_action_buttons()

    def _selected_row(self) -> int | None:
        rows = self.action_view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selected_action(self) -> ActionDraft | None:
        row = self._selected_row()
        return self._actions[row] if row is not None else None

    def _update_action_buttons(self, *_args) -> None:
        selected = self._selected_action() is not None and not self.is_read_only()
        self.edit_action_button.setEnabled(selected)
        self.delete_action_button.setEnabled(selected)

    def add_action(self) -> None:
        dialog = ActionDialog(self._action_territories(), None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._actions.append(dialog.draft())
            self._show_actions()

    def edit_action(self, *_args) -> None:
        row = self._selected_row()
        if row is None or self.is_read_only():
            return
        dialog = ActionDialog(self._action_territories(), self._actions[row], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._actions[row] = dialog.draft()
            self._show_actions()

    def delete_action(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        current = self._actions.pop(row)
        if current.id is not None:
            self._deleted_action_ids.append(current.id)
        self._show_actions()

    # -- saving ----------------------------------------------------------------------

    def form_input(self) -> MeetingInput:
        """Return the form's values; a new meeting starts as a draft (brouillon)."""
        return MeetingInput(
            cluster_id=self.cluster_id,
            meeting_date=to_date(self.date_edit.date()),
            title=self.title_edit.text(),
            place=self.place_edit.text(),
            minutes=self.minutes_edit.toPlainText(),
            decisions=self.decisions_edit.toPlainText(),
            territory_ids=self.attending_ids(),
            kind=MeetingKind(self.kind_combo.currentData()),
            start_time=self.start_time_edit.text().strip(),
            duration_minutes=self.duration_spin.value() or None,
            video_link=self.video_edit.text(),
            status=MeetingStatus.DRAFT if self.meeting_id is None else None,
            attendance=self.attendance_values(),
        )

    def ensure_saved(self) -> str | None:
        """Save the form without closing the window ("Appliquer"); return the meeting id, or None on failure.

        A validated meeting is not written (it is read-only) and its id is returned as is.
        """
        if self.is_read_only():
            return self.meeting_id
        if not self.minutes_editor.flush() or not self._save_form():
            return None
        if self.form_draft is None:
            self.form_draft = FormDraft(self, self.context.store.data_dir, MEETING_KIND, self.meeting_id,
                                        self.draft_values, self._draft_label)
        elif self.form_draft.record_id != self.meeting_id:
            # The draft keeps watching the fields, now under the meeting's id.
            self.form_draft.follow_record(self.meeting_id)
        else:
            self.form_draft.discard()
        self.setWindowTitle(self.tr("Réunion de grappe"))
        self.reload_record()
        if self.record is not None:
            # Reload the actions outside the agenda, which now have their ids.
            self._load(self.record)
        self.form_draft.mark_unchanged()
        return self.meeting_id

    def _save_form(self) -> bool:
        """Save the meeting with its attendance and its added, changed and deleted actions.

        The service saves everything in one transaction, so a failure leaves the
        database as it was and the window open.
        """
        self.errors.clear()
        actions = [
            (
                draft.id,
                ActionInput(
                    text=draft.text,
                    owner=draft.owner,
                    due_date=draft.due_date,
                    status=draft.status,
                    territory_id=draft.territory_id,
                ),
            )
            for draft in self._actions
            if draft.modified
        ]
        try:
            self.meeting_id = self.context.services.save_meeting(
                self.meeting_id, self.form_input(), actions, list(self._deleted_action_ids)
            )
        except ValidationError as error:
            self.errors.show(error.field_messages())
            self.tabs.setCurrentIndex(0 if set(error.errors) - {"minutes", "decisions", "attendance"} else 3)
            return False
        except UserError as error:
            log.warning("Meeting %s of cluster %s not saved: %s", self.meeting_id, self.cluster_id, error)
            messages.show_user_error(self, self.tr("Réunion non enregistrée"), error)
            return False
        log.info("Meeting %s saved with %d actions", self.meeting_id, len(self._actions))
        self._deleted_action_ids = []
        return True

    def save(self) -> None:
        """Save everything shown and close the window ("Enregistrer")."""
        if self.is_read_only():
            self.accept()
            return
        if not self.minutes_editor.flush() or not self._save_form():
            return
        if self.form_draft is not None:
            self.form_draft.discard()
        self.context.bus.notify("meeting", "meeting_territory", "action")
        self.accept()


def _attendance_from_values(values: dict) -> dict[str, TerritoryAttendance]:
    """Rebuild the presence of territories from ``draft_values`` output, skipping malformed entries."""
    attendance = {}
    for territory_id, entry in values.items():
        if not (isinstance(entry, list) and len(entry) == 2):
            continue
        present, attendees = entry
        if present is not None and not isinstance(present, bool):
            continue
        if attendees is not None and (not isinstance(attendees, int) or isinstance(attendees, bool)):
            continue
        attendance[territory_id] = TerritoryAttendance(present, attendees)
    return attendance


def _iso_date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        log.warning("Invalid date %r in a meeting draft ignored", text)
        return None


def _action_values(action: ActionDraft) -> dict:
    return {
        "id": action.id,
        "text": action.text,
        "owner": action.owner,
        "due_date": action.due_date.isoformat() if action.due_date else None,
        "status": action.status.value,
        "territory_id": action.territory_id,
        "territory_name": action.territory_name,
        "modified": action.modified,
    }


def _action_from_values(values: object) -> ActionDraft | None:
    """Rebuild an action from ``_action_values`` output; return None, with a warning, when it is unusable."""
    if not isinstance(values, dict):
        log.warning("Invalid action in a meeting draft ignored: %r", values)
        return None
    try:
        status = ActionStatus(values.get("status"))
    except ValueError:
        status = ActionStatus.TODO
    return ActionDraft(
        id=optional_text_value(values, "id"),
        text=text_value(values, "text"),
        owner=text_value(values, "owner"),
        due_date=_iso_date(optional_text_value(values, "due_date")),
        status=status,
        territory_id=optional_text_value(values, "territory_id"),
        territory_name=text_value(values, "territory_name"),
        # An action read back from a draft is written again on save unless it is known unchanged.
        modified=values.get("modified") is not False,
    )
