"""The "EBE" tab of a territory record: its entreprises à but d'emploi and their headcounts."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tzcld_desktop.db import followup_queries
from tzcld_desktop.db.followup_queries import EbeView, HeadcountView, IndicatorValueView
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from tzcld_desktop.domain.record_forms import EbeInput
from tzcld_desktop.domain.vocabulary import Indicator
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.field_errors import FieldErrors, make_error_label
from tzcld_desktop.ui.record.base import field_with_error
from tzcld_desktop.ui.record.chart import IndicatorChart
from tzcld_desktop.ui.record.date_field import OptionalDateEdit
from tzcld_desktop.ui.accessibility import name_fields_from_labels
from tzcld_desktop.ui.save_key import bind_save_key
from tzcld_desktop.ui.record.followup_widgets import (
    Column,
    ListTab,
    RowTableModel,
    add_list_shortcuts,
    format_date,
    format_number,
    make_table,
    parse_decimal,
    save_with_errors,
    select_row,
    selected_row,
)
from tzcld_desktop.ui.record.indicators_tab import IndicatorValueDialog, unit_text

log = logging.getLogger(__name__)


class EbeDialog(QDialog):
    """Creates or edits one EBE, saved through the services on "Enregistrer"."""

    def __init__(self, context: AppContext, territory_id: str, ebe: EbeView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.territory_id = territory_id
        self.ebe_id = ebe.id if ebe else None
        self.setWindowTitle(self.tr("Nouvelle EBE") if ebe is None else self.tr("Modifier l'EBE"))
        self.setMinimumWidth(480)

        self.name_edit = QLineEdit()
        self.opening_edit = OptionalDateEdit()
        self.sectors_edit = QLineEdit()
        self.sectors_edit.setPlaceholderText(self.tr("Par exemple : recyclerie, maraîchage, mobilité"))
        self.etp_edit = QLineEdit()
        self.etp_edit.setPlaceholderText(self.tr("par exemple 42,5"))
        self.etp_edit.setToolTip(self.tr("Équivalents temps plein financés par la convention"))
        self.errors = FieldErrors(make_error_label())
        for name in ("name", "opening_date", "sectors", "max_etp"):
            self.errors.add(name, make_error_label())
        self.errors.clear_on_edit("name", self.name_edit.textEdited)
        self.errors.clear_on_edit("max_etp", self.etp_edit.textEdited)

        form = QFormLayout()
        form.addRow(self.tr("&Nom"), field_with_error(self.name_edit, self.errors.label("name")))
        form.addRow(self.tr("&Ouverture"), field_with_error(self.opening_edit, self.errors.label("opening_date")))
        form.addRow(self.tr("&Secteurs d'activité"), field_with_error(self.sectors_edit, self.errors.label("sectors")))
        form.addRow(self.tr("&ETP financés (maximum)"), field_with_error(self.etp_edit, self.errors.label("max_etp")))
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

        self.saved_id: str | None = None
        if ebe is not None:
            self.name_edit.setText(ebe.name)
            self.opening_edit.set_value(ebe.opening_date)
            self.sectors_edit.setText(ebe.sectors)
            self.etp_edit.setText(format_number(ebe.max_etp))

    def save(self) -> None:
        """Save the EBE and close, or show what is wrong and stay open."""
        try:
            max_etp = parse_decimal(self.etp_edit.text())
        except ValueError:
            self.errors.show({"max_etp": self.tr("Indiquez un nombre, par exemple 42,5.")})
            return
        data = EbeInput(self.territory_id, self.name_edit.text(), self.opening_edit.value(),
                        self.sectors_edit.text(), max_etp)
        self.saved_id = save_with_errors(self, self.errors, lambda: self.context.services.save_ebe(self.ebe_id, data))
        if self.saved_id:
            self.context.bus.notify("ebe")
            self.accept()


_HEADCOUNT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("EbeTab", "Date"), lambda row: format_date(row.value_date)),
    Column(QT_TRANSLATE_NOOP("EbeTab", "Effectif"), lambda row: format_number(row.value), align_right=True),
    Column(QT_TRANSLATE_NOOP("EbeTab", "Commentaire"), lambda row: row.comment, tooltip=lambda row: row.comment),
]


class EbeTab(ListTab):
    """The EBEs of a territory; below the list, the headcount of the selected EBE over time."""

    WATCHED_TABLES = frozenset({"ebe", "indicator_value"})
    ADD_TEXT = QT_TRANSLATE_NOOP("EbeTab", "&Ajouter une EBE…")

    def __init__(self, context: AppContext, territory_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, territory_id, parent)
        self.headcount_model = RowTableModel("EbeTab", _HEADCOUNT_COLUMNS, parent=self)
        self.headcount_table = make_table(self.headcount_model, 2)
        self.headcount_table.setAccessibleName(self.tr("Effectifs de l'EBE"))
        add_list_shortcuts(self.headcount_table, self.edit_headcount, self.delete_headcount)
        self.headcount_table.selectionModel().selectionChanged.connect(lambda *_args: self._update_headcount_buttons())
        self.headcount_chart = IndicatorChart()
        self.add_headcount_button = QPushButton(self.tr("&Nouvel effectif…"))
        self.edit_headcount_button = QPushButton(self.tr("Modifier l'effe&ctif…"))
        self.delete_headcount_button = QPushButton(self.tr("Supprimer l'effec&tif"))
        self.add_headcount_button.clicked.connect(self.add_headcount)
        self.edit_headcount_button.clicked.connect(self.edit_headcount)
        self.delete_headcount_button.clicked.connect(self.delete_headcount)

        headcount_buttons = QHBoxLayout()
        headcount_buttons.addWidget(self.add_headcount_button)
        headcount_buttons.addWidget(self.edit_headcount_button)
        headcount_buttons.addWidget(self.delete_headcount_button)
        headcount_buttons.addStretch(1)
        headcount_split = QSplitter(Qt.Orientation.Horizontal)
        headcount_split.addWidget(self.headcount_table)
        headcount_split.addWidget(self.headcount_chart)
        headcount_split.setChildrenCollapsible(False)
        self.headcount_box = QGroupBox()
        box_layout = QVBoxLayout(self.headcount_box)
        box_layout.addWidget(headcount_split, 1)
        box_layout.addLayout(headcount_buttons)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(self.button_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.headcount_box)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("EbeTab", "EBE")

    def columns(self) -> list[Column]:
        return [
            Column(QT_TRANSLATE_NOOP("EbeTab", "Nom"), lambda ebe: ebe.name),
            Column(QT_TRANSLATE_NOOP("EbeTab", "Ouverture"), lambda ebe: format_date(ebe.opening_date)),
            Column(QT_TRANSLATE_NOOP("EbeTab", "Secteurs d'activité"), lambda ebe: ebe.sectors,
                   tooltip=lambda ebe: ebe.sectors),
            Column(QT_TRANSLATE_NOOP("EbeTab", "ETP financés (max.)"), lambda ebe: format_number(ebe.max_etp),
                   align_right=True),
            Column(QT_TRANSLATE_NOOP("EbeTab", "Dernier effectif"), lambda ebe: format_number(ebe.latest_headcount),
                   align_right=True),
        ]

    def stretch_column(self) -> int:
        return 2

    def load(self, session: Session) -> list[EbeView]:
        return followup_queries.list_ebes(session, self.territory_id)

    def open_dialog(self, row: EbeView | None) -> str | None:
        dialog = EbeDialog(self.context, self.territory_id, row, self)
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None

    def delete_question(self, row: EbeView) -> tuple[str, str]:
        return self.tr("Supprimer une EBE"), self.tr(
            "Supprimer l'EBE « {name} » ?\n\nSes effectifs ne seront plus affichés."
        ).format(name=row.name)

    def delete_row(self, row: EbeView) -> None:
        self.context.services.delete_ebe(row.id)
        self.context.bus.notify("ebe")

    # -- headcounts of the selected EBE ----------------------------------------------------

    def selection_changed(self) -> None:
        super().selection_changed()
        ebe = self.selected()
        self.headcount_box.setEnabled(ebe is not None)
        if ebe is None:
            self.headcount_box.setTitle(self.tr("Effectif au fil du temps : choisissez une EBE dans la liste"))
            self.headcount_model.set_rows([])
        else:
            self.headcount_box.setTitle(self.tr("Effectif de « {name} » au fil du temps").format(name=ebe.name))
            self.headcount_model.set_rows(list(reversed(ebe.headcounts)))
        points = [(row.value_date, row.value) for row in self.headcounts()
                  if row.value_date is not None and row.value is not None]
        self.headcount_chart.set_series(points, unit_text(Indicator.EBE_HEADCOUNT),
                                        self.headcount_box.title())
        self._update_headcount_buttons()

    def reload(self) -> None:
        super().reload()
        if self.selected() is None and self.model.rowCount():
            select_row(self.table, 0)

    def headcounts(self) -> list[HeadcountView]:
        """Return the headcounts of the selected EBE, oldest first."""
        ebe = self.selected()
        return list(ebe.headcounts) if ebe else []

    def selected_headcount(self) -> HeadcountView | None:
        row = selected_row(self.headcount_table)
        return self.headcount_model.row_at(row) if row is not None else None

    def _update_headcount_buttons(self) -> None:
        has_headcount = self.selected_headcount() is not None
        self.edit_headcount_button.setEnabled(has_headcount)
        self.delete_headcount_button.setEnabled(has_headcount)

    def _headcount_dialog(self, ebe: EbeView, headcount: HeadcountView | None) -> IndicatorValueDialog:
        value = None
        if headcount is not None:
            value = IndicatorValueView(headcount.id, Indicator.EBE_HEADCOUNT, Indicator.EBE_HEADCOUNT.value, ebe.id,
                                       ebe.name, headcount.value_date, headcount.value, headcount.comment)
        dialog = IndicatorValueDialog(self.context, self.territory_id, [(ebe.id, ebe.name)], value,
                                      indicator=Indicator.EBE_HEADCOUNT, fixed_indicator=True, ebe_id=ebe.id,
                                      parent=self)
        dialog.setWindowTitle(self.tr("Effectif de « {name} »").format(name=ebe.name))
        return dialog

    def add_headcount(self) -> None:
        ebe = self.selected()
        if ebe is not None and self._headcount_dialog(ebe, None).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def edit_headcount(self) -> None:
        ebe, headcount = self.selected(), self.selected_headcount()
        if ebe is not None and headcount is not None:
            if self._headcount_dialog(ebe, headcount).exec() == QDialog.DialogCode.Accepted:
                self.reload()

    def delete_headcount(self) -> None:
        headcount = self.selected_headcount()
        if headcount is None:
            return
        question = self.tr("Supprimer l'effectif du {date} ({value}) ?").format(
            date=format_date(headcount.value_date), value=format_number(headcount.value))
        if not messages.confirm(self, self.tr("Supprimer un effectif"), question):
            return
        try:
            self.context.services.delete_indicator_value(headcount.id)
        except UserError as error:
            log.warning("Headcount %s not deleted: %s", headcount.id, error)
            messages.show_user_error(self, self.tr("Suppression impossible"), error)
        self.context.bus.notify("indicator_value")
        self.reload()
