"""The meeting dialog: date, place, attending territories, minutes, decisions and actions.

Actions are edited in the dialog and written together with the meeting when the user
clicks "Enregistrer". So "Annuler" discards every change made in the dialog, actions
included, and a meeting that is not saved yet can already receive actions.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import queries
from tzcld_desktop.db.queries import ClusterView, MeetingView, TerritoryQuery
from tzcld_desktop.domain.errors import UserError, ValidationError
from tzcld_desktop.domain.forms import ActionInput, MeetingInput
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.ui import messages
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
from tzcld_desktop.ui.models.action_table import ActionTableModel

log = logging.getLogger(__name__)

_ID_ROLE = Qt.ItemDataRole.UserRole


def meeting_exists(context: AppContext, meeting_id: str) -> bool:
    with context.store.session() as session:
        return queries.get_meeting(session, meeting_id) is not None


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
        self._actions: list[ActionDraft] = []
        self._deleted_action_ids: list[str] = []
        self._territory_names: dict[str, str] = {}

        meeting = self._read_meeting(meeting_id) if meeting_id else None
        draft_cluster_id = optional_text_value(draft.values, "cluster_id") if draft and meeting_id is None else None
        self.cluster_id = cluster_id or (meeting.cluster_id if meeting else None) or draft_cluster_id
        self.cluster = find_cluster(context, self.cluster_id) if self.cluster_id else None
        self.setWindowTitle(self.tr("Nouvelle réunion") if meeting_id is None else self.tr("Réunion de grappe"))
        self.resize(940, 760)

        self._create_fields()
        self._build_layout()
        draft_territory_ids = tuple(text_list_value(draft.values, "territory_ids")) if draft else ()
        self._fill_territories(meeting.territory_ids if meeting else (), draft_territory_ids)
        if meeting is not None:
            self._load(meeting)
        elif meeting_id is not None:
            self.errors.show({"": self.tr("Cette réunion a été supprimée entre-temps.")})
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._start_draft(draft)

    # -- construction ----------------------------------------------------------------

    def _read_meeting(self, meeting_id: str) -> MeetingView | None:
        with self.context.store.session() as session:
            return queries.get_meeting(session, meeting_id)

    def _create_fields(self) -> None:
        self.cluster_label = QLabel(self._cluster_text(self.cluster))
        self.cluster_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_edit = QLineEdit(self.tr("Réunion de grappe"))
        self.date_edit = make_date_edit(date.today())
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("Adresse, salle ou lien de visioconférence"))
        self.territory_list = make_check_list()
        self.territory_list.itemChanged.connect(self._update_attendance_count)
        self.territory_note = QLabel()
        self.territory_note.setWordWrap(True)
        self.territory_note.setVisible(False)
        self.attendance_label = QLabel()
        self.minutes_edit = QPlainTextEdit()
        self.minutes_edit.setTabChangesFocus(True)
        self.decisions_edit = QPlainTextEdit()
        self.decisions_edit.setTabChangesFocus(True)

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

        labels = {name: make_error_label() for name in ("cluster_id", "meeting_date", "place", "minutes", "decisions")}
        self.errors = FieldErrors(make_error_label(), labels)
        self.errors.clear_on_edit("meeting_date", self.date_edit.dateChanged)
        self.errors.clear_on_edit("place", self.place_edit.textEdited)
        self.errors.clear_on_edit("minutes", self.minutes_edit.textChanged)
        self.errors.clear_on_edit("decisions", self.decisions_edit.textChanged)

    def _build_layout(self) -> None:
        labels = self.errors.labels
        form = QFormLayout()
        form.addRow(self.tr("Grappe"), self.cluster_label)
        form.addRow("", labels["cluster_id"])
        form.addRow(self.tr("Titre"), self.title_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow("", labels["meeting_date"])
        form.addRow(self.tr("Lieu"), self.place_edit)
        form.addRow("", labels["place"])

        territory_box = QGroupBox(self.tr("Territoires présents"))
        territory_layout = QVBoxLayout(territory_box)
        territory_layout.addWidget(self.territory_note)
        territory_layout.addWidget(self.territory_list, 1)
        territory_layout.addWidget(self.attendance_label)

        text_layout = QVBoxLayout()
        text_layout.addWidget(QLabel(self.tr("Compte rendu")))
        text_layout.addWidget(self.minutes_edit, 3)
        text_layout.addWidget(labels["minutes"])
        text_layout.addWidget(QLabel(self.tr("Décisions")))
        text_layout.addWidget(self.decisions_edit, 2)
        text_layout.addWidget(labels["decisions"])

        middle = QHBoxLayout()
        middle.addWidget(territory_box, 2)
        middle.addLayout(text_layout, 3)

        action_box = QGroupBox(self.tr("Actions"))
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

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addLayout(middle, 3)
        layout.addWidget(action_box, 2)
        layout.addWidget(self.buttons)
        self._update_action_buttons()

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

    def _load(self, meeting: MeetingView) -> None:
        self.title_edit.setText(meeting.title)
        if meeting.meeting_date is not None:
            self.date_edit.setDate(to_qdate(meeting.meeting_date))
        else:
            # A date field cannot be empty, so say that today's date was put in its place.
            self.errors.show(
                {"meeting_date": self.tr("Cette réunion n'a pas de date enregistrée : vérifiez la date proposée.")}
            )
        self.place_edit.setText(meeting.place)
        self.minutes_edit.setPlainText(meeting.minutes)
        self.decisions_edit.setPlainText(meeting.decisions)
        with self.context.store.session() as session:
            actions = queries.list_actions(session, meeting_id=meeting.id)
        self._actions = [
            ActionDraft(action.id, action.text, action.owner, action.due_date, action.status,
                        action.territory_id, action.territory_name, modified=False)
            for action in actions
        ]
        self._show_actions()

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
            "title": self.title_edit.text(),
            "meeting_date": day.isoformat() if day else None,
            "place": self.place_edit.text(),
            "minutes": self.minutes_edit.toPlainText(),
            "decisions": self.decisions_edit.toPlainText(),
            "territory_ids": self.attending_ids(),
            "actions": [_action_values(action) for action in self._actions],
            "deleted_action_ids": list(self._deleted_action_ids),
        }

    def apply_draft_values(self, values: dict) -> None:
        """Fill the form from ``draft_values`` output; values of the wrong type are left as they are."""
        self.title_edit.setText(text_value(values, "title", self.title_edit.text()))
        day = _iso_date(optional_text_value(values, "meeting_date"))
        if day is not None:
            self.date_edit.setDate(to_qdate(day))
        self.place_edit.setText(text_value(values, "place", self.place_edit.text()))
        self.minutes_edit.setPlainText(text_value(values, "minutes", self.minutes_edit.toPlainText()))
        self.decisions_edit.setPlainText(text_value(values, "decisions", self.decisions_edit.toPlainText()))
        if isinstance(values.get("territory_ids"), list):
            attending = set(text_list_value(values, "territory_ids"))
            for row in range(self.territory_list.count()):
                item = self.territory_list.item(row)
                checked = item.data(_ID_ROLE) in attending
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
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
        items = (self.territory_list.item(row) for row in range(self.territory_list.count()))
        return [item.data(_ID_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _update_attendance_count(self, *_args) -> None:
        count = len(self.attending_ids())
        if count == 0:
            self.attendance_label.setText(self.tr("Aucun territoire coché"))
        elif count == 1:
            self.attendance_label.setText(self.tr("1 territoire présent"))
        else:
            self.attendance_label.setText(self.tr("{count} territoires présents").format(count=count))

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
        selected = self._selected_action() is not None
        self.edit_action_button.setEnabled(selected)
        self.delete_action_button.setEnabled(selected)

    def add_action(self) -> None:
        dialog = ActionDialog(self._action_territories(), None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._actions.append(dialog.draft())
            self._show_actions()

    def edit_action(self, *_args) -> None:
        row = self._selected_row()
        if row is None:
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
        return MeetingInput(
            cluster_id=self.cluster_id,
            meeting_date=to_date(self.date_edit.date()),
            title=self.title_edit.text(),
            place=self.place_edit.text(),
            minutes=self.minutes_edit.toPlainText(),
            decisions=self.decisions_edit.toPlainText(),
            territory_ids=self.attending_ids(),
        )

    def save(self) -> None:
        """Save the meeting with its attendance and its added, changed and deleted actions.

        The service saves everything in one transaction, so a failure leaves the
        database as it was and the dialog open.
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
            return
        except UserError as error:
            log.warning("Meeting %s of cluster %s not saved: %s", self.meeting_id, self.cluster_id, error)
            messages.show_user_error(self, self.tr("Réunion non enregistrée"), error)
            return
        log.info("Meeting %s saved with %d actions", self.meeting_id, len(self._actions))
        if self.form_draft is not None:
            self.form_draft.discard()
        self.context.bus.notify("meeting", "meeting_territory", "action")
        self.accept()



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
