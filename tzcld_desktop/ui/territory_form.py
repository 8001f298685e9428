"""Dialog that creates or edits one territory."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import queries
from tzcld_desktop.domain.errors import UserError, ValidationError
from tzcld_desktop.domain.forms import MAX_NAME_LENGTH, TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.ui import merge_dialog, messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.drafts import (
    TERRITORY_KIND,
    Draft,
    DraftForm,
    FormDraft,
    optional_text_value,
    text_value,
)
from tzcld_desktop.ui.field_errors import FieldErrors, make_error_label
from tzcld_desktop.ui.accessibility import name_fields_from_labels
from tzcld_desktop.ui.models.territory_table import departement_label
from tzcld_desktop.ui.save_key import bind_save_key

log = logging.getLogger(__name__)


def _field_with_error(field: QWidget, error_label) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error_label)
    return box


def territory_exists(context: AppContext, territory_id: str) -> bool:
    with context.store.session() as session:
        return queries.get_territory(session, territory_id) is not None


class TerritoryDialog(DraftForm):
    """Create a territory (``territory_id`` None) or edit one, saved through the services on "Enregistrer".

    ``default_region_code`` preselects the region of a new territory, so that it shows
    in the list filtered on the referent's regions. ``draft`` fills the form with the
    unsaved values of an earlier session, which closing then treats as changes.
    """

    def __init__(
        self,
        context: AppContext,
        territory_id: str | None,
        parent: QWidget | None = None,
        default_region_code: str | None = None,
        draft: Draft | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.territory_id = territory_id
        self.saved_id: str | None = None
        self._build_fields()
        self._build_layout()
        name_fields_from_labels(self)
        self._load_choices()
        if territory_id is None:
            self.setWindowTitle(self.tr("Nouveau territoire"))
            if default_region_code:
                self._select_data(self.region_combo, default_region_code)
        else:
            self.setWindowTitle(self.tr("Modifier le territoire"))
            self._load_territory(territory_id)
        self._update_date_fields()
        self._start_draft(draft)

    # -- construction ------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.stage_combo = QComboBox()
        for stage in Stage:
            # Qt turns a str-based enum into a plain str, so the combo keeps the value.
            self.stage_combo.addItem(self._stage_text(stage), stage.value)
        self.region_combo = QComboBox()
        self.departement_combo = QComboBox()
        self.cluster_combo = QComboBox()

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(QDate.currentDate())
        self.no_date_check = QCheckBox(self.tr("Aucune date exacte"))
        self.no_date_check.setChecked(True)
        self.date_note_edit = QLineEdit()
        # The placeholder stays short enough to show whole in the narrowest dialog.
        self.date_note_edit.setPlaceholderText(self.tr("Par exemple : ~2022-09 (même vague que Poitiers)"))
        self.date_note_edit.setToolTip(self.tr(
            "Date approchée ou détail sur la date, par exemple : ~2022-09 (même vague que Poitiers)"
        ))

        self.communes_edit = QPlainTextEdit()
        self.communes_edit.setTabChangesFocus(True)
        self.communes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("Adresse web ou document d'où viennent ces informations"))

        self.stage_combo.currentIndexChanged.connect(self._update_date_fields)
        self.no_date_check.toggled.connect(self._update_date_fields)
        self.region_combo.currentIndexChanged.connect(self._region_changed)
        self.departement_combo.currentIndexChanged.connect(self._departement_changed)

    def _build_layout(self) -> None:
        self.errors = FieldErrors(make_error_label())
        for field in ("name", "region_code", "departement_code", "cluster_id", "habilitation_date",
                      "habilitation_date_note", "communes", "notes", "source"):
            self.errors.add(field, make_error_label())
        label = self.errors.label
        self._clear_messages_on_edit()

        date_row = QWidget()
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.date_edit)
        date_layout.addWidget(self.no_date_check)
        date_layout.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Nom"), _field_with_error(self.name_edit, label("name")))
        form.addRow(self.tr("Étape"), self.stage_combo)
        form.addRow(self.tr("Région"), _field_with_error(self.region_combo, label("region_code")))
        form.addRow(self.tr("Département"), _field_with_error(self.departement_combo, label("departement_code")))
        form.addRow(self.tr("Grappe"), _field_with_error(self.cluster_combo, label("cluster_id")))
        form.addRow(self.tr("Date d'habilitation"), _field_with_error(date_row, label("habilitation_date")))
        form.addRow(self.tr("Précision sur la date"),
                    _field_with_error(self.date_note_edit, label("habilitation_date_note")))
        form.addRow(self.tr("Communes"), _field_with_error(self.communes_edit, label("communes")))
        form.addRow(self.tr("Notes"), _field_with_error(self.notes_edit, label("notes")))
        form.addRow(self.tr("Source"), _field_with_error(self.source_edit, label("source")))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bind_save_key(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _clear_messages_on_edit(self) -> None:
        clear_on_edit = self.errors.clear_on_edit
        clear_on_edit("name", self.name_edit.textEdited)
        clear_on_edit("region_code", self.region_combo.activated)
        clear_on_edit("departement_code", self.departement_combo.activated)
        clear_on_edit("cluster_id", self.cluster_combo.activated)
        clear_on_edit("habilitation_date", self.date_edit.dateChanged, self.no_date_check.toggled,
                      self.stage_combo.activated)
        clear_on_edit("habilitation_date_note", self.date_note_edit.textEdited, self.stage_combo.activated)
        clear_on_edit("communes", self.communes_edit.textChanged)
        clear_on_edit("notes", self.notes_edit.textChanged)
        clear_on_edit("source", self.source_edit.textEdited)

    def _load_choices(self) -> None:
        with self.context.store.session() as session:
            self._regions = queries.list_regions(session)
            self._departements = queries.list_departements(session)
            self._clusters = queries.list_clusters(session)
        with QSignalBlocker(self.region_combo):
            self.region_combo.addItem(self.tr("— Région inconnue —"), None)
            for region in self._regions:
                self.region_combo.addItem(region.name, region.code)
        self._fill_region_dependents()

    def _load_territory(self, territory_id: str) -> None:
        with self.context.store.session() as session:
            territory = queries.get_territory(session, territory_id)
            if territory is None:
                self.errors.show({"": self.tr("Ce territoire a été supprimé entre-temps.")})
                self.save_button.setEnabled(False)
                return
            departement_code, region_code = queries.territory_codes(session, territory)
            values = (territory.name, Stage(territory.stage), territory.cluster_id,
                      territory.habilitation_date, territory.habilitation_date_note,
                      territory.communes, territory.notes, territory.source)
        name, stage, cluster_id, habilitation_date, date_note, communes, notes, source = values
        self.name_edit.setText(name)
        self._select_data(self.stage_combo, stage.value)
        self._select_data(self.region_combo, region_code)
        self._select_data(self.departement_combo, departement_code)
        self._select_data(self.cluster_combo, cluster_id)
        if habilitation_date is not None:
            self.date_edit.setDate(QDate(habilitation_date.year, habilitation_date.month, habilitation_date.day))
        self.no_date_check.setChecked(habilitation_date is None)
        self.date_note_edit.setText(date_note)
        self.communes_edit.setPlainText(communes)
        self.notes_edit.setPlainText(notes)
        self.source_edit.setText(source)
        # Show the start of long values such as web addresses, not their end.
        for edit in (self.name_edit, self.date_note_edit, self.source_edit):
            edit.setCursorPosition(0)

    # -- draft -------------------------------------------------------------------------

    def _start_draft(self, draft: Draft | None) -> None:
        self.form_draft = FormDraft(self, self.context.store.data_dir, TERRITORY_KIND, self.territory_id,
                                    self.draft_values, self._draft_label)
        self.form_draft.mark_unchanged()
        if draft is not None:
            self.apply_draft_values(draft.values)
        self.form_draft.watch(
            self.name_edit.textChanged, self.stage_combo.currentIndexChanged, self.region_combo.currentIndexChanged,
            self.departement_combo.currentIndexChanged, self.cluster_combo.currentIndexChanged,
            self.date_edit.dateChanged, self.no_date_check.toggled, self.date_note_edit.textChanged,
            self.communes_edit.textChanged, self.notes_edit.textChanged, self.source_edit.textChanged,
        )

    def _draft_label(self) -> str:
        return self.name_edit.text().strip() or self.tr("Nouveau territoire")

    def draft_values(self) -> dict:
        """Return every field as JSON-ready values, the date as an ISO string."""
        return {
            "name": self.name_edit.text(),
            "stage": self.stage_combo.currentData(),
            "region_code": self.region_combo.currentData(),
            "departement_code": self.departement_combo.currentData(),
            "cluster_id": self.cluster_combo.currentData(),
            "habilitation_date": self.date_edit.date().toPython().isoformat(),
            "no_exact_date": self.no_date_check.isChecked(),
            "habilitation_date_note": self.date_note_edit.text(),
            "communes": self.communes_edit.toPlainText(),
            "notes": self.notes_edit.toPlainText(),
            "source": self.source_edit.text(),
        }

    def apply_draft_values(self, values: dict) -> None:
        """Fill the form from ``draft_values`` output; values of the wrong type are left as they are."""
        self.name_edit.setText(text_value(values, "name", self.name_edit.text()))
        stage = optional_text_value(values, "stage")
        if stage is not None and self.stage_combo.findData(stage) >= 0:
            self._select_data(self.stage_combo, stage)
        # The region goes first, because choosing it refills the départements and clusters.
        for combo, key in ((self.region_combo, "region_code"), (self.departement_combo, "departement_code"),
                           (self.cluster_combo, "cluster_id")):
            code = optional_text_value(values, key)
            if key in values and (code is None or combo.findData(code) >= 0):
                self._select_data(combo, code)
        habilitation_date = optional_text_value(values, "habilitation_date")
        if habilitation_date is not None:
            try:
                day = date.fromisoformat(habilitation_date)
            except ValueError:
                log.warning("Invalid habilitation date %r in a territory draft ignored", habilitation_date)
            else:
                self.date_edit.setDate(QDate(day.year, day.month, day.day))
        if isinstance(values.get("no_exact_date"), bool):
            self.no_date_check.setChecked(values["no_exact_date"])
        self.date_note_edit.setText(text_value(values, "habilitation_date_note", self.date_note_edit.text()))
        self.communes_edit.setPlainText(text_value(values, "communes", self.communes_edit.toPlainText()))
        self.notes_edit.setPlainText(text_value(values, "notes", self.notes_edit.toPlainText()))
        self.source_edit.setText(text_value(values, "source", self.source_edit.text()))
        self._update_date_fields()

    def save_for_close(self) -> bool:
        self.accept()
        return self.result() == QDialog.DialogCode.Accepted

    # -- reactions ---------------------------------------------------------------------

    @staticmethod
    def _stage_text(stage: Stage) -> str:
        return QCoreApplication.translate("Stage", stage.label)

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _fill_region_dependents(self) -> None:
        """List the départements and clusters of the chosen region, or every one when it is unknown."""
        region_code = self.region_combo.currentData()
        previous_departement = self.departement_combo.currentData()
        previous_cluster = self.cluster_combo.currentData()
        with QSignalBlocker(self.departement_combo):
            self.departement_combo.clear()
            self.departement_combo.addItem(self.tr("— Aucun —"), None)
            for departement in self._departements:
                if region_code is None or departement.region_code == region_code:
                    self.departement_combo.addItem(
                        departement_label(departement.code, departement.name), departement.code
                    )
            self._select_data(self.departement_combo, previous_departement)
        with QSignalBlocker(self.cluster_combo):
            self.cluster_combo.clear()
            self.cluster_combo.addItem(self.tr("— Aucune —"), None)
            for cluster in self._clusters:
                if region_code is None or cluster.region_code == region_code:
                    self.cluster_combo.addItem(cluster.name, cluster.id)
            self._select_data(self.cluster_combo, previous_cluster)

    def _region_changed(self) -> None:
        self._fill_region_dependents()

    def _departement_changed(self) -> None:
        """Set the region from the chosen département when the region is still unknown."""
        code = self.departement_combo.currentData()
        if code is None or self.region_combo.currentData() is not None:
            return
        region_code = next(d.region_code for d in self._departements if d.code == code)
        self._select_data(self.region_combo, region_code)

    def _update_date_fields(self) -> None:
        habilitated = self.selected_stage() is Stage.HABILITATED
        self.no_date_check.setEnabled(habilitated)
        self.date_edit.setEnabled(habilitated and not self.no_date_check.isChecked())
        self.date_note_edit.setEnabled(habilitated)

    # -- saving ------------------------------------------------------------------------

    def selected_stage(self) -> Stage:
        return Stage(self.stage_combo.currentData())

    def territory_input(self) -> TerritoryInput:
        """Return the values of the form as the services take them."""
        stage = self.selected_stage()
        habilitation_date: date | None = None
        if stage is Stage.HABILITATED and not self.no_date_check.isChecked():
            habilitation_date = self.date_edit.date().toPython()
        return TerritoryInput(
            name=self.name_edit.text(),
            stage=stage,
            departement_code=self.departement_combo.currentData(),
            region_code=self.region_combo.currentData(),
            cluster_id=self.cluster_combo.currentData(),
            habilitation_date=habilitation_date,
            habilitation_date_note=self.date_note_edit.text(),
            communes=self.communes_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
            source=self.source_edit.text(),
        )

    def accept(self) -> None:
        """Save the territory; keep the dialog open with the reasons when it is rejected.

        For a new territory with the name and place of a live one, the user first chooses
        between opening that one instead and saving, then comparing both for a merge.
        """
        self.errors.clear()
        data = self.territory_input()
        answer = merge_dialog.DuplicateAnswer("none")
        if self.territory_id is None:
            answer = merge_dialog.propose_existing(self, self.context, data)
            if answer.action in ("open", "cancel"):
                self._close_on_existing(answer)
                return
        try:
            if self.territory_id is None:
                self.saved_id = self.context.services.create_territory(data)
            else:
                self.context.services.update_territory(self.territory_id, data)
                self.saved_id = self.territory_id
        except ValidationError as error:
            if self.territory_id is None and answer.action == "none":
                # The services know a record with exactly this name and place.
                retry = merge_dialog.propose_existing(self, self.context, data, can_save=False)
                if retry.action == "open":
                    self._close_on_existing(retry)
                    return
            self.errors.show(error.field_messages())
            return
        except UserError as error:
            log.warning("Territory %s not saved: %s", self.territory_id or "(new)", error)
            messages.show_user_error(self, self.tr("Territoire non enregistré"), error)
            return
        if self.form_draft is not None:
            self.form_draft.discard()
        self.context.bus.notify("territory")
        if answer.action == "merge":
            self.saved_id = merge_dialog.compare_after_save(self, self.context, answer.territory_id, self.saved_id)
        super().accept()

    def _close_on_existing(self, answer: merge_dialog.DuplicateAnswer) -> None:
        """Close on the existing look-alike ("open"), or stay on the form ("cancel")."""
        if answer.action != "open":
            return
        self.saved_id = answer.territory_id
        if self.form_draft is not None:
            self.form_draft.discard()
        super().accept()
