"""The "Résumé" tab: perimeter, CLE, health and habilitation act, each edited in place."""

from __future__ import annotations

import logging
import re
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db.record_queries import TerritoryRecord, load_record
from tzcld_desktop.db.record_services import RecordNotFound
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from tzcld_desktop.domain.forms import MAX_NAME_LENGTH
from tzcld_desktop.domain.frenchtext import format_date_long, french_typography
from tzcld_desktop.domain.record_forms import CleInput, HabilitationInput, HealthInput, PerimeterInput
from tzcld_desktop.domain.vocabulary import HabilitationAct, Health
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.field_errors import FieldErrors, make_error_label
from tzcld_desktop.ui.record.base import RecordTab, field_with_error
from tzcld_desktop.ui.record.date_field import OptionalDateEdit
from tzcld_desktop.ui.theme import muted_style

log = logging.getLogger(__name__)

# A code in brackets at the end of a commune's line: "Le Teil (07319)".
_TRAILING_CODE = re.compile(r"\(([^()]*)\)\s*$")
# INSEE commune codes: two digits (or 2A/2B for Corsica) then three digits.
_INSEE_COMMUNE = re.compile(r"^(\d{5}|2[AaBb]\d{3})$")


def invalid_commune_code(communes: str) -> tuple[int, str] | None:
    """Return the line number and code of the first bracketed code that is no INSEE commune code.

    Only brackets holding a digit are taken as codes, so a remark such as "(en partie)"
    is left alone.
    """
    for number, line in enumerate(communes.splitlines(), start=1):
        match = _TRAILING_CODE.search(line)
        if match is None:
            continue
        code = match.group(1).strip()
        if any(char.isdigit() for char in code) and not _INSEE_COMMUNE.match(code):
            return number, code
    return None


def _multiline_edit(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class _Group(QGroupBox):
    """A group of fields with its own "Enregistrer" button, enabled once a field changed.

    A reload leaves a group with unsaved changes as the user left it.
    """

    def __init__(self, title: str, context: AppContext, territory_id: str, tab: RecordTab) -> None:
        super().__init__(title)
        self.context = context
        self.territory_id = territory_id
        self.tab = tab
        self.dirty = False
        self._loading = False
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(make_error_label())
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.errors.general, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        # Extra height, when the group beside this one is taller, goes under the fields.
        layout.addStretch(1)
        layout.addLayout(buttons)

    def add_field(self, label: str, name: str, widget: QWidget, *signals) -> None:
        """Add a row whose edits mark the group changed and clear the field's message."""
        self.form.addRow(label, field_with_error(widget, self.errors.add(name, make_error_label())))
        for signal in signals:
            signal.connect(self._edited)
        self.errors.clear_on_edit(name, *signals)

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self.save_button.setEnabled(True)

    def load(self, record: TerritoryRecord, force: bool = False) -> None:
        """Show the record's values, unless the group contains unsaved changes and ``force`` is False."""
        if self.dirty and not force:
            return
        self._loading = True
        try:
            self.fill(record)
        finally:
            self._loading = False
        self.dirty = False
        self.save_button.setEnabled(False)
        self.errors.clear()

    def fill(self, record: TerritoryRecord) -> None:
        raise NotImplementedError

    def write(self) -> str:
        """Save the fields through the services; return the status message of success."""
        raise NotImplementedError

    def save(self) -> bool:
        """Save the group; show the reasons beside the fields when the values are rejected."""
        self.errors.clear()
        try:
            done = self.write()
        except ValidationError as error:
            self.errors.show(error.field_messages())
            return False
        except UserError as error:
            log.warning("Record group of territory %s not saved: %s", self.territory_id, error)
            messages.show_user_error(self, self.tr("Modification non enregistrée"), error)
            return False
        self.dirty = False
        self.save_button.setEnabled(False)
        self.context.bus.notify("territory")
        self.tab.show_status(done)
        return True


class PerimeterGroup(_Group):
    def __init__(self, context: AppContext, territory_id: str, tab: RecordTab) -> None:
        super().__init__(self.tr("Périmètre"), context, territory_id, tab)
        self.communes_edit = _multiline_edit(4)
        self.communes_edit.setPlaceholderText(self.tr("Une commune par ligne, par exemple : Le Teil (07319)"))
        self.epci_edit = QLineEdit()
        self.epci_edit.setPlaceholderText(self.tr("Communauté de communes ou d'agglomération"))
        self.qpv_edit = QLineEdit()
        self.qpv_edit.setPlaceholderText(self.tr("Quartiers prioritaires de la politique de la ville"))
        self.note_edit = _multiline_edit(3)
        self.departement_label = QLabel()
        self.region_label = QLabel()
        for label in (self.departement_label, self.region_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_field(self.tr("Communes"), "communes", self.communes_edit, self.communes_edit.textChanged)
        self.add_field(self.tr("EPCI"), "epci", self.epci_edit, self.epci_edit.textEdited)
        self.add_field(self.tr("QPV"), "qpv", self.qpv_edit, self.qpv_edit.textEdited)
        self.add_field(self.tr("Note libre"), "note", self.note_edit, self.note_edit.textChanged)
        self.form.addRow(self.tr("Département"), self.departement_label)
        self.form.addRow(self.tr("Région"), self.region_label)
        derived = QLabel(french_typography(self.tr(
            "Le département et la région se modifient dans la fiche du territoire (bouton « Modifier » de la liste)."
        )))
        derived.setWordWrap(True)
        derived.setStyleSheet(muted_style())
        self.form.addRow(derived)

    def fill(self, record: TerritoryRecord) -> None:
        self.communes_edit.setPlainText(record.communes)
        self.epci_edit.setText(record.epci)
        self.qpv_edit.setText(record.qpv)
        self.note_edit.setPlainText(record.perimeter_note)
        if record.departement_code:
            self.departement_label.setText(f"{record.departement_name} ({record.departement_code})")
        else:
            self.departement_label.setText(self.tr("Non renseigné"))
        self.region_label.setText(record.region_name or self.tr("Non renseignée"))

    def write(self) -> str:
        communes = self.communes_edit.toPlainText()
        invalid = invalid_commune_code(communes)
        if invalid is not None:
            raise ValidationError({"communes": QT_TRANSLATE_NOOP(
                "Validation",
                "Un code entre parenthèses n'est pas un code INSEE de commune : il compte 5 caractères, "
                "par exemple 07319 ou 2A004.",
            )})
        self.context.services.save_perimeter(self.territory_id, PerimeterInput(
            communes=communes, epci=self.epci_edit.text(), qpv=self.qpv_edit.text(),
            note=self.note_edit.toPlainText(),
        ))
        return self.tr("Périmètre enregistré.")


class CleGroup(_Group):
    def __init__(self, context: AppContext, territory_id: str, tab: RecordTab) -> None:
        super().__init__(self.tr("Comité local pour l'emploi (CLE)"), context, territory_id, tab)
        self.president_edit = QLineEdit()
        self.president_edit.setMaxLength(MAX_NAME_LENGTH)
        self.president_edit.setPlaceholderText(self.tr("En général l'élu ou l'élue du territoire"))
        self.members_edit = _multiline_edit(4)
        self.members_edit.setPlaceholderText(self.tr("Une organisation ou une personne par ligne"))
        self.created_edit = OptionalDateEdit()
        self.add_field(self.tr("Présidence"), "president", self.president_edit, self.president_edit.textEdited)
        self.add_field(self.tr("Membres"), "members", self.members_edit, self.members_edit.textChanged)
        self.add_field(self.tr("Date de création"), "created_on", self.created_edit, self.created_edit.changed)

    def fill(self, record: TerritoryRecord) -> None:
        self.president_edit.setText(record.cle_president)
        self.members_edit.setPlainText(record.cle_members)
        self.created_edit.set_value(record.cle_created_on)

    def write(self) -> str:
        self.context.services.save_cle(self.territory_id, CleInput(
            president=self.president_edit.text(), members=self.members_edit.toPlainText(),
            created_on=self.created_edit.value(),
        ))
        return self.tr("Comité local pour l'emploi enregistré.")


class HealthGroup(_Group):
    def __init__(self, context: AppContext, territory_id: str, tab: RecordTab) -> None:
        super().__init__(self.tr("État de santé"), context, territory_id, tab)
        self.health_combo = QComboBox()
        for health in Health:
            self.health_combo.addItem(QCoreApplication.translate("Health", health.label), health.value)
        self.reason_edit = _multiline_edit(3)
        self.reason_edit.setPlaceholderText(french_typography(self.tr("Obligatoire pour « À risque » et « Bloqué »")))
        self.add_field(self.tr("État"), "health", self.health_combo, self.health_combo.activated)
        self.add_field(self.tr("Raison"), "reason", self.reason_edit, self.reason_edit.textChanged)
        self.health_combo.activated.connect(lambda _index: self.errors.clear_field("reason"))

    def fill(self, record: TerritoryRecord) -> None:
        self.health_combo.setCurrentIndex(max(self.health_combo.findData(record.health.value), 0))
        self.reason_edit.setPlainText(record.health_reason)

    def write(self) -> str:
        self.context.services.save_health(self.territory_id, HealthInput(
            health=Health(self.health_combo.currentData()), reason=self.reason_edit.toPlainText(),
        ))
        return self.tr("État de santé enregistré.")


class HabilitationGroup(_Group):
    def __init__(self, context: AppContext, territory_id: str, tab: RecordTab) -> None:
        super().__init__(self.tr("Acte d'habilitation"), context, territory_id, tab)
        self.act_combo = QComboBox()
        for act in HabilitationAct:
            self.act_combo.addItem(QCoreApplication.translate("HabilitationAct", act.label), act.value)
        self.act_date_label = QLabel()
        self.act_date_label.setWordWrap(True)
        self.published_edit = OptionalDateEdit()
        self._act_date: date | None = None
        self.add_field(self.tr("Acte"), "act", self.act_combo, self.act_combo.activated)
        self.form.addRow(self.tr("Date de l'acte"), self.act_date_label)
        self.add_field(self.tr("Publication au JO"), "published_on", self.published_edit, self.published_edit.changed)

    def fill(self, record: TerritoryRecord) -> None:
        self.act_combo.setCurrentIndex(max(self.act_combo.findData(record.habilitation_act.value), 0))
        self.published_edit.set_value(record.habilitation_published_on)
        self._act_date = record.habilitation_date
        if record.habilitation_date is not None:
            self.act_date_label.setText(self.tr("{date} (d'après l'historique)").format(
                date=format_date_long(record.habilitation_date)))
        else:
            self.act_date_label.setText(french_typography(
                self.tr("Ajoutez l'étape d'habilitation dans l'onglet « Historique ».")))

    def write(self) -> str:
        published_on = self.published_edit.value()
        if published_on is not None and self._act_date is not None and published_on < self._act_date:
            raise ValidationError({"published_on": QT_TRANSLATE_NOOP(
                "Validation", "La publication ne peut pas précéder la signature de l'acte.")})
        self.context.services.save_habilitation(self.territory_id, HabilitationInput(
            act=HabilitationAct(self.act_combo.currentData()), published_on=published_on,
        ))
        return self.tr("Acte d'habilitation enregistré.")


class SummaryTab(RecordTab):
    """Perimeter, CLE, health and habilitation act, each group saved by its own button."""

    WATCHED_TABLES = frozenset({"territory", "stage_event", "departement", "region"})
    # The record view may give the record it has just read to the constructor.
    ACCEPTS_RECORD = True

    def __init__(self, context: AppContext, territory_id: str, parent: QWidget | None = None,
                 record: TerritoryRecord | None = None) -> None:
        super().__init__(context, territory_id, parent)
        self.perimeter = PerimeterGroup(context, territory_id, self)
        self.cle = CleGroup(context, territory_id, self)
        self.health = HealthGroup(context, territory_id, self)
        self.habilitation = HabilitationGroup(context, territory_id, self)
        self.groups: tuple[_Group, ...] = (self.perimeter, self.cle, self.health, self.habilitation)

        content = QWidget()
        grid = QGridLayout(content)
        grid.addWidget(self.perimeter, 0, 0)
        grid.addWidget(self.cle, 0, 1)
        grid.addWidget(self.health, 1, 0)
        grid.addWidget(self.habilitation, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        if record is None:
            self.reload()
        else:
            self._show_record(record, force=False)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SummaryTab", "Résumé")

    def reload(self, force: bool = False) -> None:
        """Show the saved values; groups with unsaved changes keep them unless ``force``."""
        try:
            with self.context.store.session() as session:
                record = load_record(session, self.territory_id)
        except RecordNotFound:
            self.setEnabled(False)
            return
        self._show_record(record, force)

    def _show_record(self, record: TerritoryRecord, force: bool) -> None:
        self.setEnabled(True)
        for group in self.groups:
            group.load(record, force)

    def unsaved_changes(self) -> list[str]:
        """Return the titles of the groups holding unsaved changes."""
        return [group.title() for group in self.groups if group.dirty]

    def save_all(self) -> bool:
        """Save every group with unsaved changes; return False when one was rejected."""
        return all(group.save() for group in self.groups if group.dirty)

