"""The "Territoires" tab: the filtered, sorted list of territories and its buttons."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import queries
from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.models import territory_table
from tzcld_desktop.ui.models.territory_table import TerritoryTableModel
from tzcld_desktop.ui.tasks import run_task
from tzcld_desktop.ui.territory_form import TerritoryDialog
from tzcld_desktop.ui.window_state import OWN_LAYOUT_PROPERTY, interface_settings

log = logging.getLogger(__name__)

# The widest text that each column grows to when it is sized to its content. Longer
# values are elided, and their tooltip shows them whole. The "Étape" column fits every
# stage label, and the "Territoire" column takes the width that remains.
_COLUMN_LIMIT_SAMPLES = {
    territory_table.DEPARTEMENT: "93 – Seine-Saint-Denis",
    territory_table.REGION: "Auvergne-Rhône-Alpes",
    territory_table.CLUSTER: "Grappe Rhône-Alpes",
    territory_table.HABILITATION: "~2022-09 (même vague)",
}
# Columns sized to their content or by the user. NAME stretches into the width they leave.
_SIZED_COLUMNS = (
    territory_table.DEPARTEMENT,
    territory_table.REGION,
    territory_table.CLUSTER,
    territory_table.STAGE,
    territory_table.HABILITATION,
)

# Tables whose changes can alter a row of the list or the region filter. A change to
# any other table, a meeting or an action, leaves the loaded list as it is.
_LIST_TABLES = frozenset({"territory", "cluster", "region", "departement", "profile"})
# Rows per column that ``fit_columns`` hands to Qt for an exact size hint, picked as
# the widest texts by font metrics.
_WIDEST_CANDIDATES = 3

# Keys of the list's layout in the interface settings, beside the window geometry.
_SORT_COLUMN_KEY = "territory_list/sort_column"
_SORT_ORDER_KEY = "territory_list/sort_order"
_WIDTH_KEY = "territory_list/width_{column}"
_DESCENDING = "descending"
_ASCENDING = "ascending"
# Column widths are written this long after the last resize, not at every step of a drag.
_WIDTH_SAVE_DELAY_MS = 500


class TerritoryPanel(QWidget):
    """List of territories with search, region and stage filters, and the edit buttons.

    Every live territory is loaded once into a ``queries.TerritoryList``, again only
    when the data bus reports a change to the tables in ``_LIST_TABLES``. A filter
    change or header click filters and sorts that list in memory and hands the result
    whole to the model. The sorted column, its order and the column widths
    that the user set are kept in the interface settings of the data folder.
    """

    # A territory's record should open (double-click, Entrée or "Ouvrir la fiche").
    open_record = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = TerritoryTableModel(self)
        # Set by ``show_only``: the list shows only these territories, under a banner.
        self._only_ids: frozenset[str] | None = None
        self._territories = queries.TerritoryList([], [], {column: [] for column in queries.SORT_COLUMNS})
        self._sort_column, self._sort_order = self._read_sort()
        self._profile_region_codes: tuple[str, ...] = ()
        # True while the panel itself sets column widths, so that only the user's
        # resizes are saved.
        self._sizing_columns = False
        self._width_save_timer = QTimer(self)
        self._width_save_timer.setSingleShot(True)
        self._width_save_timer.setInterval(_WIDTH_SAVE_DELAY_MS)
        self._width_save_timer.timeout.connect(self._save_column_widths)

        self._build_filters()
        self._build_table()
        self._build_buttons()
        self._build_banner()
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.table)
        layout.addLayout(self._button_row)

        self._fill_region_filter()
        self.reload()
        saved_widths = self._read_column_widths()
        self._widths_set_by_user = bool(saved_widths)
        if saved_widths:
            self._set_column_widths(saved_widths)
        else:
            self.fit_columns()
        context.bus.changed.connect(self._data_changed)

    # -- construction ------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Rechercher un territoire"))
        self.search_edit.setPlaceholderText(self.tr("Rechercher un territoire…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.refilter)

        self.region_combo = QComboBox()
        self.region_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.region_combo.currentIndexChanged.connect(self.refilter)

        self.stage_combo = QComboBox()
        self.stage_combo.addItem(self.tr("Toutes les étapes"), None)
        for stage in Stage:
            # Qt turns a str-based enum into a plain str, so the combo keeps the value.
            self.stage_combo.addItem(QCoreApplication.translate("Stage", stage.label), stage.value)
        self.stage_combo.currentIndexChanged.connect(self.refilter)

        self.count_label = QLabel()
        # Wide enough for large counts, so the search field keeps its width as the count changes.
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance("99 999 territoires"))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._filter_row = QHBoxLayout()
        self._filter_row.addWidget(self.search_edit, 2)
        self._filter_row.addWidget(self.region_combo)
        self._filter_row.addWidget(self.stage_combo)
        self._filter_row.addWidget(self.count_label)

    def _build_banner(self) -> None:
        self.banner = QWidget()
        self.banner_label = QLabel()
        self.banner_label.setStyleSheet("font-weight: bold;")
        self.show_all_button = QPushButton(self.tr("Tout afficher"))
        self.show_all_button.clicked.connect(self.show_all)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.show_all_button)
        self.banner.setVisible(False)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Liste des territoires"))
        # The panel keeps the sort and the column widths itself, and fits the columns
        # to their values until the user resizes one.
        self.table.setProperty(OWN_LAYOUT_PROPERTY, True)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # One line of text per row, so more territories fit on a laptop screen.
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.doubleClicked.connect(self._row_double_clicked)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_selected_record)

        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        # QTableView.setSortingEnabled stays unset because it would call the model's sort(),
        # which does nothing here. Calling setSortingEnabled(False) would hide the indicator.
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self._sort_column, self._sort_order)
        # The header flips the indicator itself on a click, so the panel only re-sorts.
        header.sortIndicatorChanged.connect(self._sort_changed)
        # The name takes the width that the other columns leave, so the table fits the
        # window without a horizontal scroll bar unless the user widens other columns.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(territory_table.NAME, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._section_resized)

    def _build_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("Nouveau territoire"))
        self.edit_button = QPushButton(self.tr("Modifier"))
        self.delete_button = QPushButton(self.tr("Supprimer"))
        self.sheet_button = QPushButton(self.tr("Fiche PDF…"))
        self.open_button = QPushButton(self.tr("Ouvrir la fiche"))
        self.open_button.setToolTip(self.tr("Suivi complet du territoire : historique, méthode, contacts, journal…"))
        self.export_button = QPushButton(self.tr("Exporter la liste…"))
        self.open_button.clicked.connect(self.open_selected_record)
        self.export_button.clicked.connect(self.export_list)
        self.new_button.clicked.connect(self.create_territory)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.sheet_button.clicked.connect(self.export_sheet)
        self._button_row = QHBoxLayout()
        self._button_row.addWidget(self.open_button)
        self._button_row.addWidget(self.new_button)
        self._button_row.addWidget(self.edit_button)
        self._button_row.addWidget(self.delete_button)
        self._button_row.addStretch(1)
        self._button_row.addWidget(self.export_button)
        self._button_row.addWidget(self.sheet_button)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    # -- filters and loading -----------------------------------------------------------

    def _fill_region_filter(self) -> None:
        """List "Toutes mes régions", each followed region, then "Toutes les régions"."""
        with self.context.store.session() as session:
            profile = queries.get_profile(session)
            regions = queries.list_regions(session)
        self._profile_region_codes = profile.region_codes if profile else ()
        previous = self.region_combo.currentData()
        with QSignalBlocker(self.region_combo):
            self.region_combo.clear()
            if self._profile_region_codes:
                self.region_combo.addItem(self.tr("Toutes mes régions"), self._profile_region_codes)
                for region in regions:
                    if region.code in self._profile_region_codes:
                        self.region_combo.addItem(region.name, (region.code,))
                self.region_combo.insertSeparator(self.region_combo.count())
            # An empty tuple means no region filter: territories of every region, and
            # those whose region is unknown, such as rows imported without a département.
            self.region_combo.addItem(self.tr("Toutes les régions"), ())
            index = self.region_combo.findData(previous) if previous is not None else -1
            self.region_combo.setCurrentIndex(max(index, 0))

    def territory_query(self) -> queries.TerritoryQuery:
        """Return the query that the filters and the sorted column describe."""
        stage_value = self.stage_combo.currentData()
        return queries.TerritoryQuery(
            text=self.search_edit.text(),
            region_codes=tuple(self.region_combo.currentData() or ()),
            stages=(Stage(stage_value),) if stage_value is not None else (),
            sort_column=territory_table.SORT_KEYS[self._sort_column],
            descending=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def reload(self) -> None:
        """Load the territories again from the store, then filter and sort them."""
        with self.context.store.session() as session:
            self._territories = queries.TerritoryList.load(session)
        self.refilter()

    def refilter(self) -> None:
        """Show the loaded territories that the filters match, in the sorted column's order.

        The selected territory stays selected when it is still listed.
        """
        selected = self.selected_id()
        rows = self._territories.select(self.territory_query())
        if self._only_ids is not None:
            rows = [row for row in rows if row.id in self._only_ids]
        self.model.set_rows(rows)
        self.count_label.setText(self._count_text(len(rows)))
        if selected is not None:
            self.select_territory(selected)
        self._update_buttons()

    def _count_text(self, count: int) -> str:
        if count == 0:
            return self.tr("Aucun territoire")
        if count == 1:
            return self.tr("1 territoire")
        return self.tr("%Ln territoires", "", count)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self._sort_column = column
        self._sort_order = order
        self.refilter()
        self._save_sort()

    def _data_changed(self, tables: frozenset[str]) -> None:
        # An empty set names no table, so it is taken as "anything may have changed".
        if tables and not tables & _LIST_TABLES:
            return
        if "profile" in tables:
            self._fill_region_filter()
        self.reload()
        if not self._widths_set_by_user:
            self.fit_columns()

    # -- column widths and remembered layout -------------------------------------------

    def fit_columns(self) -> None:
        """Size each column but the name to its listed values, within the width of its sample.

        A column is never narrower than its header, sort indicator included.
        """
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 2 * metrics.averageCharWidth()
        limits = {column: metrics.horizontalAdvance(sample) + padding
                  for column, sample in _COLUMN_LIMIT_SAMPLES.items()}
        limits[territory_table.STAGE] = padding + max(
            metrics.horizontalAdvance(QCoreApplication.translate("Stage", stage.label)) for stage in Stage
        )
        widths = {}
        for column in _SIZED_COLUMNS:
            content = min(self._content_width(column), limits[column])
            widths[column] = max(content, header.sectionSizeHint(column))
        self._set_column_widths(widths)

    def _content_width(self, column: int) -> int:
        """Return the width that the widest listed value of ``column`` needs.

        This is what ``QTableView.sizeHintForColumn`` returns when it reads every row,
        but Qt's method calls the model several times per row and reads only the first
        1,000 rows. Here the font metrics of each distinct value pick the few widest
        rows, and only those go through the item delegate.
        """
        table = self.table
        plain = table.fontMetrics()
        italic_font = table.font()
        italic_font.setItalic(True)
        italic = QFontMetrics(italic_font)
        advances = []
        for row in self.model.distinct_rows(column):
            metrics = italic if self.model.is_italic(row, column) else plain
            advances.append((metrics.horizontalAdvance(self.model.display_text(row, column)), row))
        advances.sort(reverse=True)
        hint = 0
        for _advance, row in advances[:_WIDEST_CANDIDATES]:
            hint = max(hint, table.sizeHintForIndex(self.model.index(row, column)).width())
        # QTableView.sizeHintForColumn adds one pixel for the grid line.
        return hint + 1 if table.showGrid() and hint else hint

    def _set_column_widths(self, widths: dict[int, int]) -> None:
        header = self.table.horizontalHeader()
        self._sizing_columns = True
        try:
            for column, width in widths.items():
                header.resizeSection(column, max(width, header.minimumSectionSize()))
        finally:
            self._sizing_columns = False

    def _section_resized(self, column: int, _old_size: int, _new_size: int) -> None:
        if self._sizing_columns or column not in _SIZED_COLUMNS:
            return
        self._widths_set_by_user = True
        self._width_save_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        # The main window hides its children when it closes, so a width changed just
        # before quitting is still saved.
        if self._width_save_timer.isActive():
            self._width_save_timer.stop()
            self._save_column_widths()
        super().hideEvent(event)

    def _settings(self) -> QSettings:
        return interface_settings(self.context.store.data_dir)

    def _write_settings(self, values: dict[str, object]) -> None:
        settings = self._settings()
        for key, value in values.items():
            settings.setValue(key, value)
        settings.sync()
        if settings.status() != QSettings.Status.NoError:
            log.warning("Territory list layout not saved to %s: %s", settings.fileName(), settings.status())

    def _save_sort(self) -> None:
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        self._write_settings({
            _SORT_COLUMN_KEY: territory_table.SORT_KEYS[self._sort_column],
            _SORT_ORDER_KEY: _DESCENDING if descending else _ASCENDING,
        })

    def _save_column_widths(self) -> None:
        header = self.table.horizontalHeader()
        self._write_settings({
            _WIDTH_KEY.format(column=territory_table.SORT_KEYS[column]): header.sectionSize(column)
            for column in _SIZED_COLUMNS
        })

    def _read_sort(self) -> tuple[int, Qt.SortOrder]:
        """Return the saved sort column and order, or the name in ascending order."""
        settings = self._settings()
        columns_by_key = {key: column for column, key in territory_table.SORT_KEYS.items()}
        column = columns_by_key.get(str(settings.value(_SORT_COLUMN_KEY, "")), territory_table.NAME)
        descending = str(settings.value(_SORT_ORDER_KEY, "")) == _DESCENDING
        return column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder

    def _read_column_widths(self) -> dict[int, int]:
        """Return the widths that the user set, or an empty dict when any is missing or invalid."""
        settings = self._settings()
        widths = {}
        for column in _SIZED_COLUMNS:
            value = settings.value(_WIDTH_KEY.format(column=territory_table.SORT_KEYS[column]))
            try:
                width = int(value)
            except (TypeError, ValueError):
                return {}
            if width <= 0:
                return {}
            widths[column] = width
        return widths

    # -- selection ---------------------------------------------------------------------

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0]) if rows else None

    def select_territory(self, territory_id: str) -> bool:
        """Select and show the row of ``territory_id``, and return False when it is not listed."""
        row = self.model.row_for_id(territory_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        has_selection = self.selected_id() is not None
        for button in (self.open_button, self.edit_button, self.delete_button, self.sheet_button):
            button.setEnabled(has_selection)

    def _row_double_clicked(self, index: QModelIndex) -> None:
        territory_id = self.model.row_id(index)
        if territory_id is not None:
            self.open_record.emit(territory_id)

    def open_selected_record(self) -> None:
        territory_id = self.selected_id()
        if territory_id is not None:
            self.open_record.emit(territory_id)

    def show_only(self, territory_ids: tuple[str, ...] | list[str], title: str) -> None:
        """Restrict the list to these territories, under a banner naming the list, until "Tout afficher"."""
        self._only_ids = frozenset(territory_ids)
        self.banner_label.setText(self.tr("Liste filtrée : {title}").format(title=title))
        self.banner.setVisible(True)
        self.refilter()

    def show_all(self) -> None:
        self._only_ids = None
        self.banner.setVisible(False)
        self.refilter()

    def export_list(self) -> None:
        """Write the listed territories, as filtered and sorted, to a spreadsheet."""
        from tzcld_desktop.ui.table_export import export_rows

        columns = range(self.model.columnCount())
        headers = [self.model.headerData(column, Qt.Orientation.Horizontal) for column in columns]
        rows = [
            [self.model.index(row, column).data() for column in columns]
            for row in range(self.model.rowCount())
        ]
        export_rows(self, self.tr("Territoires"), headers, rows, self.tr("territoires"))

    # -- actions -----------------------------------------------------------------------

    def _default_region_code(self) -> str | None:
        """Return the region filtered on, else the first followed region, else None."""
        filtered = self.region_combo.currentData() or ()
        if len(filtered) == 1:
            return filtered[0]
        return self._profile_region_codes[0] if self._profile_region_codes else None

    def open_dialog(self, territory_id: str | None) -> TerritoryDialog:
        """Open the territory dialog; after a save, select the saved territory."""
        dialog = TerritoryDialog(self.context, territory_id, self, default_region_code=self._default_region_code())
        if dialog.exec() == TerritoryDialog.DialogCode.Accepted and dialog.saved_id:
            self.select_territory(dialog.saved_id)
        return dialog

    def create_territory(self) -> None:
        self.open_dialog(None)

    def edit_selected(self) -> None:
        territory_id = self.selected_id()
        if territory_id is not None:
            self.open_dialog(territory_id)

    def _selected_name(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.model.territory_row(rows[0].row()).name if rows else ""

    def delete_selected(self) -> None:
        territory_id = self.selected_id()
        if territory_id is None:
            return
        name = self._selected_name()
        question = self.tr(
            "Supprimer le territoire « {name} » ?\n\n"
            "La suppression sera transmise à vos collègues lors du prochain échange de données."
        ).format(name=name)
        if not messages.confirm(self, self.tr("Supprimer un territoire"), question):
            return
        try:
            self.context.services.delete_territory(territory_id)
        except UserError as error:
            log.warning("Territory %s not deleted: %s", territory_id, error)
            messages.show_user_error(self, self.tr("Suppression impossible"), error)
        self.context.bus.notify("territory")

    def export_sheet(self) -> None:
        """Ask where to save the PDF sheet of the selected territory, then write it."""
        territory_id = self.selected_id()
        if territory_id is None:
            return
        suggested = f"fiche-{_file_slug(self._selected_name())}.pdf"
        path = messages.save_file(self, self.tr("Enregistrer la fiche PDF"), suggested,
                                  self.tr("Documents PDF (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            pages = run_task(self, self.tr("Création de la fiche PDF…"),
                             lambda: _write_territory_sheet(self.context, territory_id, path))
        except UserError as error:
            log.warning("Sheet of territory %s not written to %s: %s", territory_id, path, error)
            messages.show_user_error(self, self.tr("Fiche PDF non créée"), error)
            return
        log.info("Territory sheet written: %s (%d pages)", path, pages)
        messages.information(self, self.tr("Fiche PDF créée"),
                             self.tr("La fiche a été enregistrée dans :\n{path}").format(path=str(path)))


def _write_territory_sheet(context: AppContext, territory_id: str, path: Path) -> int:
    """Collect the sheet's data and write the PDF, in a worker thread."""
    # Imported here so that reportlab loads with the first PDF, not at start.
    from tzcld_desktop.reports.collect import territory_sheet_data
    from tzcld_desktop.reports.territory_sheet import build_territory_sheet

    with context.store.session() as session:
        data = territory_sheet_data(session, territory_id)
    return build_territory_sheet(data, path)


def _file_slug(name: str) -> str:
    """Return a file-name-safe, accent-free version of a territory name."""
    slug = re.sub(r"[^a-z0-9]+", "-", normalize(name)).strip("-")
    return slug or "territoire"
