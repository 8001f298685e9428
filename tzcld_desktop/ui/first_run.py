"""The referent's profile: asked at first start, changed later from "Fichier › Mon profil…"."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import queries
from tzcld_desktop.domain.errors import UserError, ValidationError
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.field_errors import FieldErrors, make_error_label
from tzcld_desktop.ui.save_key import bind_save_key

log = logging.getLogger(__name__)

REGION_COLUMNS = 2


class ProfileDialog(QDialog):
    """Ask the referent's name and followed regions, and save them with ``save_profile``.

    The dialog stays open while the services reject the values, with the reasons shown
    under the fields.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        with context.store.session() as session:
            profile = queries.get_profile(session)
            regions = queries.list_regions(session)

        if profile is None:
            self.setWindowTitle(self.tr("Bienvenue dans TZCLD Desktop"))
            intro = self.tr(
                "TZCLD Desktop garde sur cet ordinateur les territoires, les grappes et les "
                "réunions que vous suivez, même sans connexion.\n\n"
                "Indiquez votre nom : il accompagne vos modifications quand vous échangez "
                "des fichiers avec vos collègues. Cochez ensuite les régions dont vous suivez "
                "les territoires ; vous pourrez les changer plus tard dans « Fichier › Mon profil… »."
            )
        else:
            self.setWindowTitle(self.tr("Mon profil"))
            intro = self.tr(
                "Votre nom accompagne vos modifications quand vous échangez des fichiers avec "
                "vos collègues. La liste des territoires affiche ceux des régions cochées."
            )
        self.intro_label = QLabel(intro)
        self.intro_label.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("Prénom et nom"))
        self.region_boxes: dict[str, QCheckBox] = {}
        region_group = QGroupBox(self.tr("Les régions que vous suivez"))
        region_grid = QGridLayout(region_group)
        rows_per_column = -(-len(regions) // REGION_COLUMNS)
        for position, region in enumerate(regions):
            box = QCheckBox(region.name)
            self.region_boxes[region.code] = box
            region_grid.addWidget(box, position % rows_per_column, position // rows_per_column)

        self.errors = FieldErrors(make_error_label())
        name_error = self.errors.add("name", make_error_label())
        regions_error = self.errors.add("regions", make_error_label())
        self.errors.clear_on_edit("name", self.name_edit.textEdited)
        self.errors.clear_on_edit("regions", *(box.toggled for box in self.region_boxes.values()))

        form = QFormLayout()
        form.addRow(self.tr("Votre nom"), self.name_edit)
        form.addRow("", name_error)

        self.first_start = profile is None
        accept_kind = QDialogButtonBox.StandardButton.Ok if self.first_start else QDialogButtonBox.StandardButton.Save
        self.buttons = QDialogButtonBox(accept_kind | QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.button(accept_kind)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if self.first_start:
            # Without a profile the application cannot open, so cancelling quits it.
            self.accept_button.setText(self.tr("Commencer"))
            self.cancel_button.setText(self.tr("Quitter"))
        else:
            self.accept_button.setText(self.tr("Enregistrer"))
            self.cancel_button.setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bind_save_key(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(region_group)
        layout.addWidget(regions_error)
        layout.addWidget(self.errors.general)
        # Room freed by messages that go away stays above the buttons, not between rows.
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if profile is not None:
            self.name_edit.setText(profile.name)
            for code in profile.region_codes:
                if code in self.region_boxes:
                    self.region_boxes[code].setChecked(True)
        self.setMinimumWidth(520)

    def selected_region_codes(self) -> list[str]:
        return [code for code, box in self.region_boxes.items() if box.isChecked()]

    def accept(self) -> None:
        """Save the profile; close the dialog only when the services accept it."""
        self.errors.clear()
        try:
            self.context.services.save_profile(self.name_edit.text(), self.selected_region_codes())
        except ValidationError as error:
            self.errors.show(error.field_messages())
            return
        except UserError as error:
            log.warning("Profile not saved: %s", error)
            messages.show_user_error(self, self.tr("Profil non enregistré"), error)
            return
        self.context.bus.notify("profile")
        super().accept()
