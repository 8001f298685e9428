"""The page of one cluster (grappe): region, referent, animators, member territories and meetings."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import cluster_queries
from tzcld_desktop.db.cluster_queries import AnimatorRow, ClusterPageData
from tzcld_desktop.domain.errors import UserError, ValidationError
from tzcld_desktop.domain.record_forms import ContactInput
from tzcld_desktop.domain.vocabulary import ContactRole, MeetingStatus
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.cluster_form import ClusterDialog, ClusterMembersDialog, stage_text
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.field_errors import FieldErrors, make_error_label
from tzcld_desktop.ui.formatting import format_long_date, format_short_date

log = logging.getLogger(__name__)

_ID_ROLE = Qt.ItemDataRole.UserRole
_WATCHED_TABLES = frozenset({"cluster", "contact", "territory", "meeting", "meeting_territory", "meeting_person",
                             "profile"})


def _make_tree(headers: list[str], stretch: int) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return tree


def _selected_id(tree: QTreeWidget) -> str | None:
    items = tree.selectedItems()
    return items[0].data(0, _ID_ROLE) if items else None


class ClusterPage(QWidget):
    """Everything about one cluster; double-clicks emit ``open_territory`` and ``open_meeting``."""

    open_territory = Signal(str)
    open_meeting = Signal(str)

    def __init__(self, context: AppContext, cluster_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cluster_id = cluster_id
        self.data: ClusterPageData | None = None

        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.region_label = QLabel()
        self.referent_label = QLabel()
        self.referent_label.setTextFormat(Qt.TextFormat.PlainText)
        self.edit_button = QPushButton(self.tr("Modifier la grappe…"))
        self.edit_button.clicked.connect(self.edit_cluster)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.region_label)
        titles.addWidget(self.referent_label)
        header.addLayout(titles, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self._build_animator_box())
        top.addWidget(self._build_member_box())
        top.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self._build_meeting_box())
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self.reload()
        context.bus.changed.connect(self._on_data_changed)

    # -- construction ------------------------------------------------------------------

    def _build_animator_box(self) -> QWidget:
        box = QGroupBox(self.tr("Animation"))
        self.animator_tree = _make_tree(
            [self.tr("Organisation"), self.tr("Personne"), self.tr("Courriel"), self.tr("Téléphone")], 0)
        self.animator_tree.itemDoubleClicked.connect(self.edit_animator)
        self.animator_tree.itemSelectionChanged.connect(self._update_buttons)
        self.animator_note = QLabel()
        self.animator_note.setWordWrap(True)
        self.animator_note.setTextFormat(Qt.TextFormat.PlainText)
        self.add_animator_button = QPushButton(self.tr("Ajouter…"))
        self.add_animator_button.clicked.connect(self.add_animator)
        self.edit_animator_button = QPushButton(self.tr("Modifier…"))
        self.edit_animator_button.clicked.connect(self.edit_animator)
        self.delete_animator_button = QPushButton(self.tr("Retirer"))
        self.delete_animator_button.clicked.connect(self.delete_animator)
        buttons = QHBoxLayout()
        for button in (self.add_animator_button, self.edit_animator_button, self.delete_animator_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.animator_tree, 1)
        layout.addWidget(self.animator_note)
        layout.addLayout(buttons)
        return box

    def _build_member_box(self) -> QWidget:
        self.member_box = QGroupBox(self.tr("Territoires membres"))
        self.member_tree = _make_tree(
            [self.tr("Territoire"), self.tr("Département"), self.tr("Étape"), self.tr("Habilitation")], 0)
        self.member_tree.itemDoubleClicked.connect(
            lambda item, _column: self.open_territory.emit(item.data(0, _ID_ROLE)))
        self.members_button = QPushButton(self.tr("Choisir les territoires…"))
        self.members_button.clicked.connect(self.choose_members)
        buttons = QHBoxLayout()
        buttons.addWidget(self.members_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.member_box)
        layout.addWidget(self.member_tree, 1)
        layout.addLayout(buttons)
        return self.member_box

    def _build_meeting_box(self) -> QWidget:
        box = QGroupBox(self.tr("Historique des réunions"))
        self.meeting_tree = _make_tree(
            [self.tr("Date"), self.tr("Type"), self.tr("Titre"), self.tr("Statut"),
             self.tr("Territoires présents / invités"), self.tr("Personnes présentes")], 2)
        self.meeting_tree.itemDoubleClicked.connect(
            lambda item, _column: self.open_meeting.emit(item.data(0, _ID_ROLE)))
        self.meeting_empty_label = QLabel(self.tr("Aucune réunion enregistrée pour cette grappe."))
        layout = QVBoxLayout(box)
        layout.addWidget(self.meeting_tree, 1)
        layout.addWidget(self.meeting_empty_label)
        return box

    # -- reading -----------------------------------------------------------------------

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if tables & _WATCHED_TABLES:
            self.reload()

    def reload(self) -> None:
        """Read the cluster again and refill every list."""
        with self.context.store.session() as session:
            self.data = cluster_queries.cluster_page(session, self.cluster_id)
        if self.data is None:
            self.title_label.setText(self.tr("Cette grappe a été supprimée."))
            self.setEnabled(False)
            return
        cluster = self.data.cluster
        self.title_label.setText(cluster.name)
        self.region_label.setText(self.tr("Région : {name}").format(name=cluster.region_name or self.tr("non précisée")))
        self.referent_label.setText(
            self.tr("Référente ou référent en binôme : {name}").format(name=cluster.referent)
            if cluster.referent else self.tr("Référente ou référent en binôme : non renseigné")
        )
        self._fill_animators(self.data.animators, cluster.animator)
        self._fill_members()
        self._fill_meetings()
        self._update_buttons()

    def _fill_animators(self, animators: list[AnimatorRow], free_text: str) -> None:
        self.animator_tree.clear()
        for animator in animators:
            item = QTreeWidgetItem([animator.organisation, animator.name, animator.email, animator.phone])
            item.setData(0, _ID_ROLE, animator.id)
            self.animator_tree.addTopLevelItem(item)
        names = " · ".join(line.strip() for line in free_text.splitlines() if line.strip())
        self.animator_note.setText(self.tr("Noté dans la fiche de la grappe : {names}").format(names=names))
        self.animator_note.setVisible(bool(names))

    def _fill_members(self) -> None:
        assert self.data is not None
        self.member_tree.clear()
        for member in self.data.members:
            item = QTreeWidgetItem([member.name, member.departement_code, stage_text(member.stage),
                                    format_short_date(member.habilitation_date)])
            item.setData(0, _ID_ROLE, member.id)
            self.member_tree.addTopLevelItem(item)
        self.member_box.setTitle(self.tr("Territoires membres ({count})").format(count=len(self.data.members)))

    def _fill_meetings(self) -> None:
        assert self.data is not None
        self.meeting_tree.clear()
        for meeting in self.data.meetings:
            present = ""
            if meeting.territories_invited and meeting.status in (MeetingStatus.HELD, MeetingStatus.VALIDATED):
                present = f"{meeting.territories_present} / {meeting.territories_invited}"
            elif meeting.territories_invited:
                # Presence is only known once the meeting is held.
                present = f"– / {meeting.territories_invited}"
            item = QTreeWidgetItem([
                format_long_date(meeting.meeting_date),
                QCoreApplication.translate("MeetingKind", meeting.kind.label),
                meeting.title,
                QCoreApplication.translate("MeetingStatus", meeting.status.label),
                present,
                str(meeting.people_present) if meeting.people_present else "",
            ])
            item.setData(0, _ID_ROLE, meeting.id)
            for column in (4, 5):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
            self.meeting_tree.addTopLevelItem(item)
        self.meeting_empty_label.setVisible(not self.data.meetings)

    def _update_buttons(self) -> None:
        has_animator = _selected_id(self.animator_tree) is not None
        self.edit_animator_button.setEnabled(has_animator)
        self.delete_animator_button.setEnabled(has_animator)

    # -- actions -----------------------------------------------------------------------

    def edit_cluster(self) -> None:
        ClusterDialog(self.context, self.cluster_id, self).exec()

    def choose_members(self) -> None:
        ClusterMembersDialog(self.context, self.cluster_id, self).exec()

    def add_animator(self) -> None:
        AnimatorDialog(self.context, self.cluster_id, None, self).exec()

    def edit_animator(self, *_args) -> None:
        contact_id = _selected_id(self.animator_tree)
        if contact_id is not None:
            AnimatorDialog(self.context, self.cluster_id, contact_id, self).exec()

    def delete_animator(self) -> None:
        contact_id = _selected_id(self.animator_tree)
        animator = next((a for a in self.data.animators if a.id == contact_id), None) if self.data else None
        if animator is None:
            return
        name = animator.name or animator.organisation
        if not messages.confirm(self, self.tr("Retirer de l'animation"),
                                self.tr("Retirer « {name} » de l'animation de la grappe ?").format(name=name)):
            return
        try:
            self.context.services.delete_contact(animator.id)
        except UserError as error:
            log.warning("Animator %s not removed: %s", animator.id, error)
            messages.show_user_error(self, self.tr("Contact non retiré"), error)
            return
        self.context.bus.notify("contact")


class AnimatorDialog(QDialog):
    """Adds or edits a person or organisation that animates a cluster (a contact with ``cluster_id``)."""

    def __init__(self, context: AppContext, cluster_id: str, contact_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cluster_id = cluster_id
        self.contact_id = contact_id
        self.setWindowTitle(self.tr("Ajouter à l'animation") if contact_id is None
                            else self.tr("Modifier le contact d'animation"))
        self.setMinimumWidth(460)
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setPlaceholderText(self.tr("Par exemple : Association Ressources"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Nom de la personne, ou de nouveau l'organisation"))
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.errors = FieldErrors(make_error_label(), {
            "name": make_error_label(), "email": make_error_label(), "phone": make_error_label()})

        form = QFormLayout()
        form.addRow(self.tr("Organisation"), self.organisation_edit)
        form.addRow(self.tr("Nom"), self.name_edit)
        form.addRow("", self.errors.labels["name"])
        form.addRow(self.tr("Courriel"), self.email_edit)
        form.addRow("", self.errors.labels["email"])
        form.addRow(self.tr("Téléphone"), self.phone_edit)
        form.addRow("", self.errors.labels["phone"])
        form.addRow(self.tr("Notes"), self.notes_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if contact_id is not None:
            self._load(contact_id)

    def _load(self, contact_id: str) -> None:
        with self.context.store.session() as session:
            animators = cluster_queries.list_animators(session, self.cluster_id)
        animator = next((a for a in animators if a.id == contact_id), None)
        if animator is None:
            self.errors.show({"": self.tr("Ce contact a été supprimé entre-temps.")})
            return
        self.organisation_edit.setText(animator.organisation)
        self.name_edit.setText(animator.name)
        self.email_edit.setText(animator.email)
        self.phone_edit.setText(animator.phone)
        self.notes_edit.setPlainText(animator.notes)

    def form_input(self) -> ContactInput:
        # An organisation entered without a person is listed under its own name.
        name = self.name_edit.text().strip() or self.organisation_edit.text().strip()
        return ContactInput(
            name=name, cluster_id=self.cluster_id, role=ContactRole.ANIMATOR,
            organisation=self.organisation_edit.text(), email=self.email_edit.text(),
            phone=self.phone_edit.text(), notes=self.notes_edit.toPlainText(),
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            self.contact_id = self.context.services.save_contact(self.contact_id, self.form_input())
        except ValidationError as error:
            self.errors.show(error.field_messages())
            return
        except UserError as error:
            log.warning("Animator %s not saved: %s", self.contact_id, error)
            messages.show_user_error(self, self.tr("Contact non enregistré"), error)
            return
        self.context.bus.notify("contact")
        self.accept()
