"""The "Contacts" tab of a territory record: the people a referent works with there."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tzcld_desktop.db import followup_queries
from tzcld_desktop.db.followup_queries import ContactView
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP
from tzcld_desktop.domain.record_forms import ContactInput
from tzcld_desktop.domain.vocabulary import ContactRole
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.field_errors import FieldErrors, make_error_label
from tzcld_desktop.ui.record.base import field_with_error
from tzcld_desktop.ui.record.followup_widgets import Column, ListTab, save_with_errors
from tzcld_desktop.ui.accessibility import name_fields_from_labels
from tzcld_desktop.ui.save_key import bind_save_key

log = logging.getLogger(__name__)

PERSONAL_DATA_TOOLTIP = QT_TRANSLATE_NOOP(
    "ContactDialog",
    "Cochez cette case quand la fiche contient des données personnelles (nom d'une personne, "
    "téléphone ou adresse électronique personnels). Ces données sont protégées par le RGPD : "
    "elles restent hors des documents PDF, sauf si vous demandez à les y mettre. "
    "Décochez-la pour un standard ou une adresse générique d'organisation.",
)


def open_url(url: QUrl) -> bool:
    """Open ``url`` with the system's application for it (tests replace this function)."""
    return QDesktopServices.openUrl(url)


def role_text(role: ContactRole | None) -> str:
    return QCoreApplication.translate("ContactRole", role.label) if role else ""


class ContactDialog(QDialog):
    """Creates or edits one contact of a territory, saved through the services on "Enregistrer"."""

    def __init__(self, context: AppContext, territory_id: str, contact: ContactView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.territory_id = territory_id
        self.contact_id = contact.id if contact else None
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Nouveau contact") if contact is None else self.tr("Modifier le contact"))
        self.setMinimumWidth(480)

        self.name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for role in ContactRole:
            self.role_combo.addItem(role_text(role), role.value)
        self.organisation_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("prenom.nom@exemple.fr"))
        self.personal_check = QCheckBox(self.tr("Données &personnelles"))
        self.personal_check.setChecked(True)
        self.personal_check.setToolTip(QCoreApplication.translate("ContactDialog", PERSONAL_DATA_TOOLTIP))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.errors = FieldErrors(make_error_label())
        for name in ("name", "organisation", "phone", "email", "notes"):
            self.errors.add(name, make_error_label())
        self.errors.clear_on_edit("name", self.name_edit.textEdited)
        self.errors.clear_on_edit("phone", self.phone_edit.textEdited)
        self.errors.clear_on_edit("email", self.email_edit.textEdited)

        form = QFormLayout()
        form.addRow(self.tr("&Nom"), field_with_error(self.name_edit, self.errors.label("name")))
        form.addRow(self.tr("&Rôle"), self.role_combo)
        form.addRow(self.tr("&Organisation"),
                    field_with_error(self.organisation_edit, self.errors.label("organisation")))
        form.addRow(self.tr("&Téléphone"), field_with_error(self.phone_edit, self.errors.label("phone")))
        form.addRow(self.tr("&Courriel"), field_with_error(self.email_edit, self.errors.label("email")))
        form.addRow("", self.personal_check)
        form.addRow(self.tr("No&tes"), field_with_error(self.notes_edit, self.errors.label("notes")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bind_save_key(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addWidget(buttons)
        name_fields_from_labels(self)

        if contact is not None:
            self.name_edit.setText(contact.name)
            self.role_combo.setCurrentIndex(max(self.role_combo.findData(contact.role.value if contact.role else ""),
                                                0))
            self.organisation_edit.setText(contact.organisation)
            self.phone_edit.setText(contact.phone)
            self.email_edit.setText(contact.email)
            self.personal_check.setChecked(contact.personal)
            self.notes_edit.setPlainText(contact.notes)

    def save(self) -> None:
        """Save the contact and close, or show what is wrong and stay open."""
        data = ContactInput(
            name=self.name_edit.text(), territory_id=self.territory_id,
            role=ContactRole(self.role_combo.currentData()), organisation=self.organisation_edit.text(),
            phone=self.phone_edit.text(), email=self.email_edit.text(),
            personal=self.personal_check.isChecked(), notes=self.notes_edit.toPlainText(),
        )
        self.saved_id = save_with_errors(
            self, self.errors, lambda: self.context.services.save_contact(self.contact_id, data))
        if self.saved_id:
            self.context.bus.notify("contact")
            self.accept()


class ContactsTab(ListTab):
    """The contacts of a territory, with a button that writes to the selected one."""

    WATCHED_TABLES = frozenset({"contact"})
    ADD_TEXT = QT_TRANSLATE_NOOP("ContactsTab", "&Ajouter un contact…")

    def __init__(self, context: AppContext, territory_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, territory_id, parent)
        self.email_button = QPushButton(self.tr("&Écrire un courriel"))
        self.email_button.clicked.connect(self.write_email)
        self.button_row.addWidget(self.email_button)
        self.personal_button = QPushButton(self.tr("Données &personnelles"))
        personal_menu = QMenu(self.personal_button)
        self.export_personal_action = personal_menu.addAction(self.tr("Exporter les données de ce contact…"))
        self.export_personal_action.triggered.connect(self.export_personal_data)
        self.erase_personal_action = personal_menu.addAction(self.tr("Effacer les données personnelles…"))
        self.erase_personal_action.triggered.connect(self.erase_personal_data)
        self.personal_button.setMenu(personal_menu)
        self.button_row.addWidget(self.personal_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_row)
        self.reload()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ContactsTab", "Contacts")

    def columns(self) -> list[Column]:
        return [
            Column(QT_TRANSLATE_NOOP("ContactsTab", "Nom"), lambda row: row.name, tooltip=lambda row: row.notes or None),
            Column(QT_TRANSLATE_NOOP("ContactsTab", "Rôle"), lambda row: role_text(row.role)),
            Column(QT_TRANSLATE_NOOP("ContactsTab", "Organisation"), lambda row: row.organisation),
            Column(QT_TRANSLATE_NOOP("ContactsTab", "Téléphone"), lambda row: row.phone),
            Column(QT_TRANSLATE_NOOP("ContactsTab", "Courriel"), lambda row: row.email),
            Column(QT_TRANSLATE_NOOP("ContactsTab", "Données personnelles"),
                   lambda row: self.tr("Oui") if row.personal else self.tr("Non"),
                   tooltip=lambda _row: QCoreApplication.translate("ContactDialog", PERSONAL_DATA_TOOLTIP)),
        ]

    def stretch_column(self) -> int:
        return 2

    def load(self, session: Session) -> list[ContactView]:
        return followup_queries.list_contacts(session, self.territory_id)

    def selection_changed(self) -> None:
        super().selection_changed()
        contact = self.selected()
        self.email_button.setEnabled(bool(contact and contact.email))
        self.personal_button.setEnabled(contact is not None)

    def open_dialog(self, row: ContactView | None) -> str | None:
        dialog = ContactDialog(self.context, self.territory_id, row, self)
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None

    def delete_question(self, row: ContactView) -> tuple[str, str]:
        return self.tr("Supprimer un contact"), self.tr(
            "Supprimer le contact « {name} » ?\n\n"
            "La suppression sera transmise à vos collègues lors du prochain échange de données."
        ).format(name=row.name)

    def delete_row(self, row: ContactView) -> None:
        self.context.services.delete_contact(row.id)
        self.context.bus.notify("contact")

    def export_personal_data(self) -> None:
        """Write everything this copy contains about the selected contact to a JSON file the user chooses."""
        from tzcld_desktop.ui.personal_data_dialog import export_contact_data

        contact = self.selected()
        if contact is not None:
            export_contact_data(self, self.context, contact.id, contact.name)

    def erase_personal_data(self) -> None:
        """Erase the selected contact's personal data everywhere, after a confirmation."""
        from tzcld_desktop.ui.personal_data_dialog import erase_contact_data

        contact = self.selected()
        if contact is not None and erase_contact_data(self, self.context, contact.id, contact.name):
            self.reload()

    def write_email(self) -> None:
        """Open the e-mail program on a new message to the selected contact."""
        contact = self.selected()
        if contact is None or not contact.email:
            return
        url = QUrl()
        url.setScheme("mailto")
        url.setPath(contact.email)
        if not open_url(url):
            log.warning("No e-mail program opened for contact %s", contact.id)
            messages.warning(self, self.tr("Courriel"), self.tr(
                "Aucun logiciel de messagerie ne s'est ouvert. Écrivez à {email} depuis votre messagerie."
            ).format(email=contact.email))
