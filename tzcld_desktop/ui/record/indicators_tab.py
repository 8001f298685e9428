"""The "Indicateurs" tab of a territory record: dated values by indicator, and their chart.

The values are grouped by indicator in a tree, with one headcount group per EBE. The
chart beside the tree shows the evolution of the selected group.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import followup_queries
from tzcld_desktop.db.followup_queries import IndicatorValueView
from tzcld_desktop.domain.errors import UserError, ValidationError
from tzcld_desktop.domain.record_forms import IndicatorInput
from tzcld_desktop.domain.vocabulary import Indicator
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.action_form import make_date_edit, to_date, to_qdate
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.field_errors import FieldErrors, make_error_label
from tzcld_desktop.ui.record.chart import IndicatorChart
from tzcld_desktop.ui.record.base import RecordTab, field_with_error
from tzcld_desktop.ui.record.followup_widgets import format_date, format_number, parse_decimal
from tzcld_desktop.ui.accessibility import name_fields_from_labels
from tzcld_desktop.ui.save_key import bind_save_key

log = logging.getLogger(__name__)

# Tree columns.
NAME = 0
VALUE = 1
COMMENT = 2
# Item data: the group key on a group row, the value's id on a value row.
_GROUP_ROLE = Qt.ItemDataRole.UserRole
_VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


def indicator_text(indicator: Indicator) -> str:
    return QCoreApplication.translate("Indicator", indicator.label)


def unit_text(indicator: Indicator | None) -> str:
    return QCoreApplication.translate("Indicator", indicator.unit) if indicator else ""


def value_with_unit(value: float | None, indicator: Indicator | None) -> str:
    """Format a value with its unit: "120 personnes", "12,5 %"."""
    if value is None:
        return ""
    unit = unit_text(indicator)
    return f"{format_number(value)}\u00a0{unit}" if unit else format_number(value)


@dataclass(frozen=True)
class GroupKey:
    """The values drawn together: one indicator, or the headcount of one EBE."""

    indicator: str
    ebe_id: str | None = None


class IndicatorValueDialog(QDialog):
    """Adds or edits one dated value, saved through the services on "Enregistrer".

    ``ebes`` lists the (id, name) pairs that a headcount may belong to. With
    ``fixed_indicator`` the indicator cannot be changed (the EBE tab records headcounts),
    and ``fixed_ebe_id`` also fixes the EBE.
    """

    def __init__(self, context: AppContext, territory_id: str, ebes: list[tuple[str, str]],
                 value: IndicatorValueView | None = None, *, indicator: Indicator | None = None,
                 fixed_indicator: bool = False, ebe_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.territory_id = territory_id
        self.value_id = value.id if value else None
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Nouvelle valeur") if value is None else self.tr("Modifier la valeur"))
        self.setMinimumWidth(440)

        self.indicator_combo = QComboBox()
        for member in Indicator:
            self.indicator_combo.addItem(indicator_text(member), member.value)
        self.indicator_combo.setEnabled(not fixed_indicator)
        self.ebe_label = QLabel(self.tr("EBE"))
        self.ebe_combo = QComboBox()
        for ebe_id_option, name in ebes:
            self.ebe_combo.addItem(name, ebe_id_option)
        self.date_edit = make_date_edit(date.today())
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("par exemple 12,5"))
        self.unit_label = QLabel()
        self.comment_edit = QLineEdit()
        self.errors = FieldErrors(make_error_label())
        for name in ("ebe_id", "value_date", "value", "comment"):
            self.errors.add(name, make_error_label())
        self.errors.clear_on_edit("value", self.value_edit.textEdited)

        value_row = QHBoxLayout()
        value_row.addWidget(self.value_edit, 1)
        value_row.addWidget(self.unit_label)
        value_box = QWidget()
        value_box.setLayout(value_row)
        value_row.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("Indicateur"), self.indicator_combo)
        form.addRow(self.ebe_label, field_with_error(self.ebe_combo, self.errors.label("ebe_id")))
        form.addRow(self.tr("Date"), field_with_error(self.date_edit, self.errors.label("value_date")))
        form.addRow(self.tr("Valeur"), field_with_error(value_box, self.errors.label("value")))
        form.addRow(self.tr("Commentaire"), field_with_error(self.comment_edit, self.errors.label("comment")))
        self.ebe_label.setBuddy(self.ebe_combo)

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

        self.indicator_combo.currentIndexChanged.connect(self._indicator_changed)
        chosen = value.indicator if value is not None else indicator
        if chosen is not None:
            self.indicator_combo.setCurrentIndex(self.indicator_combo.findData(chosen.value))
        if value is not None:
            ebe_id = value.ebe_id
            if value.value_date is not None:
                self.date_edit.setDate(to_qdate(value.value_date))
            self.value_edit.setText(format_number(value.value))
            self.comment_edit.setText(value.comment)
        if ebe_id is not None:
            self.ebe_combo.setCurrentIndex(max(self.ebe_combo.findData(ebe_id), 0))
            self.ebe_combo.setEnabled(not fixed_indicator)
        self._indicator_changed()
        self.value_edit.setFocus()

    def indicator(self) -> Indicator:
        return Indicator(self.indicator_combo.currentData())

    def _indicator_changed(self) -> None:
        per_ebe = self.indicator().per_ebe
        self.ebe_label.setVisible(per_ebe)
        self.ebe_combo.setVisible(per_ebe)
        self.unit_label.setText(unit_text(self.indicator()))

    def save(self) -> None:
        """Save the value and close, or show what is wrong and stay open."""
        try:
            number = parse_decimal(self.value_edit.text())
        except ValueError:
            self.errors.show({"value": self.tr("Indiquez un nombre, par exemple 12,5 ou 40.")})
            return
        indicator = self.indicator()
        data = IndicatorInput(
            territory_id=self.territory_id, indicator=indicator, value_date=to_date(self.date_edit.date()),
            value=number, ebe_id=self.ebe_combo.currentData() if indicator.per_ebe else None,
            comment=self.comment_edit.text(),
        )
        try:
            self.saved_id = self.context.services.save_indicator_value(self.value_id, data)
        except ValidationError as error:
            self.errors.show(error.field_messages())
            return
        except UserError as error:
            log.warning("Indicator value of territory %s not saved: %s", self.territory_id, error)
            self.errors.show({"": error.message()})
            return
        self.context.bus.notify("indicator_value")
        self.accept()


class IndicatorsTab(RecordTab):
    """Dated values of every indicator of a territory, grouped, with the chart of the selected group."""

    WATCHED_TABLES = frozenset({"indicator_value", "ebe"})

    def __init__(self, context: AppContext, territory_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, territory_id, parent)
        self._values: dict[GroupKey, list[IndicatorValueView]] = {}
        self._by_id: dict[str, IndicatorValueView] = {}
        self._ebes: list[tuple[str, str]] = []
        self._current_key = GroupKey(Indicator.PEOPLE_CONCERNED.value)

        self.add_button = QPushButton(self.tr("&Ajouter une valeur…"))
        self.edit_button = QPushButton(self.tr("&Modifier…"))
        self.delete_button = QPushButton(self.tr("&Supprimer"))
        self.add_button.clicked.connect(self.add_value)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Valeurs des indicateurs"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Indicateur et date"), self.tr("Valeur"), self.tr("Commentaire")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(self._item_activated)
        delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self.delete_selected)

        self.chart_title = QLabel()
        self.chart_title.setWordWrap(True)
        title_font = self.chart_title.font()
        title_font.setBold(True)
        self.chart_title.setFont(title_font)
        self.chart = IndicatorChart()
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_title)
        chart_layout.addWidget(self.chart, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(chart_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([600, 400])

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.reload()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("IndicatorsTab", "Indicateurs")

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the values again and rebuild the tree, keeping the selected group."""
        with self.context.store.session() as session:
            values = followup_queries.list_indicator_values(session, self.territory_id)
            ebes = followup_queries.list_ebes(session, self.territory_id)
        self._ebes = [(ebe.id, ebe.name) for ebe in ebes]
        self._by_id = {value.id: value for value in values}
        grouped: dict[GroupKey, list[IndicatorValueView]] = defaultdict(list)
        for value in values:
            per_ebe = value.indicator is not None and value.indicator.per_ebe
            grouped[GroupKey(value.indicator_value, value.ebe_id if per_ebe else None)].append(value)
        self._values = dict(grouped)
        self._fill_tree()
        self.select_group(self._current_key)

    def _group_keys(self) -> list[GroupKey]:
        """Return every territory indicator, then each EBE's headcount, then unknown indicators."""
        keys = [GroupKey(member.value) for member in Indicator if not member.per_ebe]
        ebe_names = dict(self._ebes)
        headcount = Indicator.EBE_HEADCOUNT.value
        keys += [GroupKey(headcount, ebe_id) for ebe_id in ebe_names]
        keys += sorted((key for key in self._values if key not in keys), key=lambda key: (key.indicator,
                                                                                         key.ebe_id or ""))
        return keys

    def group_name(self, key: GroupKey) -> str:
        indicator = Indicator.parse(key.indicator)
        if indicator is None:
            return self.tr("Indicateur inconnu ({value})").format(value=key.indicator)
        if indicator.per_ebe:
            name = dict(self._ebes).get(key.ebe_id or "") or self.tr("EBE supprimée")
            return self.tr("{indicator} : {ebe}").format(indicator=indicator_text(indicator), ebe=name)
        return indicator_text(indicator)

    def _fill_tree(self) -> None:
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for key in self._group_keys():
                item = self._group_item(key)
                self.tree.addTopLevelItem(item)
                # Qt expands only an item that is already in the tree.
                item.setExpanded(item.childCount() > 0)
        self.tree.resizeColumnToContents(NAME)
        self.tree.resizeColumnToContents(VALUE)

    def _group_item(self, key: GroupKey) -> QTreeWidgetItem:
        indicator = Indicator.parse(key.indicator)
        values = self._values.get(key, [])
        group = QTreeWidgetItem([self.group_name(key), "", ""])
        group.setData(NAME, _GROUP_ROLE, key)
        font = group.font(NAME)
        font.setBold(True)
        group.setFont(NAME, font)
        if values:
            group.setText(VALUE, value_with_unit(values[-1].value, indicator))
            group.setToolTip(VALUE, self.tr("Dernière valeur"))
        else:
            group.setText(VALUE, self.tr("Aucune valeur"))
        for value in reversed(values):
            child = QTreeWidgetItem([format_date(value.value_date), value_with_unit(value.value, indicator),
                                     value.comment])
            child.setData(NAME, _GROUP_ROLE, key)
            child.setData(NAME, _VALUE_ROLE, value.id)
            child.setToolTip(COMMENT, value.comment)
            group.addChild(child)
        return group

    # -- selection and chart -------------------------------------------------------------

    def select_group(self, key: GroupKey) -> bool:
        """Make the group of ``key`` current and chart it; return False when it is not listed."""
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item.data(NAME, _GROUP_ROLE) == key:
                self.tree.setCurrentItem(item)
                self._show_chart(key)
                return True
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
            self._show_chart(self.tree.topLevelItem(0).data(NAME, _GROUP_ROLE))
        return False

    def select_indicator(self, indicator: Indicator, ebe_id: str | None = None) -> bool:
        return self.select_group(GroupKey(indicator.value, ebe_id if indicator.per_ebe else None))

    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is not None:
            self._show_chart(current.data(NAME, _GROUP_ROLE))
        self._update_buttons()

    def _show_chart(self, key: GroupKey) -> None:
        self._current_key = key
        name = self.group_name(key)
        self.chart_title.setText(name)
        self.chart.set_series(self.chart_data(), unit_text(Indicator.parse(key.indicator)), name)
        self._update_buttons()

    def chart_data(self) -> list[tuple[date, float]]:
        """Return the (date, value) pairs of the selected group, oldest first, as the chart draws them."""
        values = self._values.get(self._current_key, [])
        points = [(value.value_date, float(value.value)) for value in values
                  if value.value_date is not None and value.value is not None]
        return sorted(points, key=lambda point: point[0])

    def selected_value(self) -> IndicatorValueView | None:
        item = self.tree.currentItem()
        value_id = item.data(NAME, _VALUE_ROLE) if item is not None else None
        return self._by_id.get(value_id) if value_id else None

    def _update_buttons(self) -> None:
        value = self.selected_value()
        self.edit_button.setEnabled(value is not None and value.indicator is not None)
        self.delete_button.setEnabled(value is not None)

    def _item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        # Entrée or a double click edits a value, and on a group row adds one to it.
        if item.data(NAME, _VALUE_ROLE):
            self.edit_selected()
        else:
            self.add_value()

    # -- edits ---------------------------------------------------------------------------

    def _dialog(self, value: IndicatorValueView | None) -> IndicatorValueDialog:
        indicator = Indicator.parse(self._current_key.indicator)
        return IndicatorValueDialog(self.context, self.territory_id, self._ebes, value, indicator=indicator,
                                    ebe_id=self._current_key.ebe_id, parent=self)

    def add_value(self) -> None:
        """Open the dialog of a new value, for the selected indicator."""
        dialog = self._dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_save(dialog)

    def edit_selected(self) -> None:
        value = self.selected_value()
        if value is None or value.indicator is None:
            return
        dialog = self._dialog(value)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_save(dialog)

    def _after_save(self, dialog: IndicatorValueDialog) -> None:
        indicator = dialog.indicator()
        self._current_key = GroupKey(indicator.value, dialog.ebe_combo.currentData() if indicator.per_ebe else None)
        self.reload()

    def delete_selected(self) -> None:
        value = self.selected_value()
        if value is None:
            return
        question = self.tr("Supprimer la valeur {value} du {date} ?").format(
            value=value_with_unit(value.value, value.indicator), date=format_date(value.value_date))
        if not messages.confirm(self, self.tr("Supprimer une valeur"), question):
            return
        try:
            self.context.services.delete_indicator_value(value.id)
        except UserError as error:
            log.warning("Indicator value %s not deleted: %s", value.id, error)
            messages.show_user_error(self, self.tr("Suppression impossible"), error)
        self.context.bus.notify("indicator_value")
        self.reload()
