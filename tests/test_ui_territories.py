"""The territory tab, its dialogs, the first-start dialog and the main window, driven as a user."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tzcld_desktop.db import queries
from tzcld_desktop.db import store as store_module
from tzcld_desktop.db.queries import TerritoryRow
from tzcld_desktop.db.store import open_store
from tzcld_desktop.domain.errors import StorageError
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.app import build_main_window, run_gui
from tzcld_desktop.ui.first_run import ProfileDialog
from tzcld_desktop.ui.main_window import interface_settings
from tzcld_desktop.ui.models import territory_table
from tzcld_desktop.ui.models.territory_table import TerritoryTableModel
from tzcld_desktop.ui.tasks import run_task
from tzcld_desktop.ui.territory_form import TerritoryDialog
from tzcld_desktop.ui.territory_panel import TerritoryPanel

pytestmark = pytest.mark.usefixtures("french")

# Names in the followed regions, in French alphabetical order.
FOLLOWED = [
    ("Aubenas", "07", Stage.EMERGING, None, ""),
    ("Décines-Charpieu", "69", Stage.CANDIDATURE, None, ""),
    ("Échirolles-Ouest", "38", Stage.HABILITATED, date(2022, 3, 15), ""),
    ("Étoile-sur-Rhône", "26", Stage.INTERESTED, None, ""),
    ("Fontaine", "38", Stage.HABILITATED, None, "~2022-09 (même vague que Poitiers)"),
    ("Paris 13e", "75", Stage.HABILITATED, date(2021, 7, 1), ""),
    ("Villeurbanne Saint-Jean", "69", Stage.HABILITATED, date(2017, 1, 5), ""),
]
# Territories of regions that Claire Martin does not follow.
OTHERS = [
    ("Colombelles", "14", Stage.HABILITATED, date(2016, 11, 24), ""),
    ("Dijon", "21", Stage.EMERGING, None, ""),
]
FOLLOWED_NAMES = [row[0] for row in FOLLOWED]


def add_territories(services, rows) -> dict[str, str]:
    ids = {}
    for name, departement, stage, habilitation_date, note in rows:
        ids[name] = services.create_territory(
            TerritoryInput(name=name, stage=stage, departement_code=departement,
                           habilitation_date=habilitation_date, habilitation_date_note=note)
        )
    return ids


@pytest.fixture
def territory_ids(services, profile):
    return add_territories(services, FOLLOWED + OTHERS)


@pytest.fixture
def panel(qtbot, context, territory_ids):
    widget = TerritoryPanel(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def listed_names(panel) -> list[str]:
    model = panel.model
    return [model.index(row, territory_table.NAME).data() for row in range(model.rowCount())]


def click_header(qtbot, panel, column: int) -> None:
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def select_name(panel, name: str) -> None:
    row = listed_names(panel).index(name)
    panel.table.selectRow(row)


def stored_names(store) -> list[str]:
    with store.session() as session:
        rows = queries.list_territories(session, queries.TerritoryQuery())
    return [row.name for row in rows]


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key, accents included.

    ``qtbot.keyClicks`` aborts on letters outside ASCII, such as "É", so each character
    goes as a key event carrying its text, as a keyboard layout would send it.
    """
    for char in text:
        for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(event_type, 0, Qt.KeyboardModifier.NoModifier, char))


def tick(qtbot, box) -> None:
    """Click a check box on its indicator, which sits at its left edge."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def combo_select(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not among the choices"
    combo.setCurrentIndex(index)


# -- first start ------------------------------------------------------------------------


def test_first_start_saves_profile(qtbot, context):
    dialog = ProfileDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.windowTitle() == "Bienvenue dans TZCLD Desktop"
    assert len(dialog.region_boxes) == 18
    qtbot.keyClicks(dialog.name_edit, "Claire Martin")
    tick(qtbot, dialog.region_boxes["84"])
    tick(qtbot, dialog.region_boxes["11"])
    with qtbot.waitSignal(context.bus.changed):
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == ProfileDialog.DialogCode.Accepted
    with context.store.session() as session:
        profile = queries.get_profile(session)
    assert profile.name == "Claire Martin"
    assert profile.region_codes == ("11", "84")


def test_first_start_rejects_empty_name(qtbot, context):
    dialog = ProfileDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()

    tick(qtbot, dialog.region_boxes["84"])
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.errors.shown() == {"name": "Indiquez votre nom."}
    with context.store.session() as session:
        assert queries.get_profile(session) is None


def test_first_start_requires_a_region(qtbot, context):
    dialog = ProfileDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClicks(dialog.name_edit, "Claire Martin")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    assert dialog.errors.shown() == {"regions": "Choisissez au moins une région."}
    with context.store.session() as session:
        assert queries.get_profile(session) is None


def test_profile_dialog_shows_saved_profile(qtbot, context, profile):
    dialog = ProfileDialog(context)
    qtbot.addWidget(dialog)

    assert dialog.windowTitle() == "Mon profil"
    assert dialog.name_edit.text() == "Claire Martin"
    assert sorted(dialog.selected_region_codes()) == ["11", "84"]


def test_first_start_buttons_start_or_quit(qtbot, context):
    dialog = ProfileDialog(context)
    qtbot.addWidget(dialog)

    assert dialog.accept_button.text() == "Commencer"
    assert dialog.cancel_button.text() == "Quitter"


def test_profile_buttons_save_or_cancel(qtbot, context, profile):
    dialog = ProfileDialog(context)
    qtbot.addWidget(dialog)

    assert dialog.accept_button.text() == "Enregistrer"
    assert dialog.cancel_button.text() == "Annuler"
    assert dialog.intro_label.text().endswith("La liste des territoires affiche ceux des régions cochées.")


def test_first_start_messages_go_when_fixed(qtbot, context):
    dialog = ProfileDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert sorted(dialog.errors.shown()) == ["name", "regions"]

    qtbot.keyClicks(dialog.name_edit, "Claire Martin")
    assert dialog.errors.shown() == {"regions": "Choisissez au moins une région."}
    assert not dialog.errors.label("name").isVisible()

    tick(qtbot, dialog.region_boxes["84"])
    assert dialog.errors.shown() == {}
    assert not dialog.errors.label("regions").isVisible()


def test_first_start_grows_for_messages(qtbot, context):
    dialog = ProfileDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    height_before = dialog.height()

    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    assert dialog.height() > height_before
    for box in dialog.region_boxes.values():
        assert box.height() >= box.sizeHint().height(), f"{box.text()!r} is squeezed"


def test_standard_buttons_are_french(qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)

    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


# -- list, search, filters, sorting -----------------------------------------------------


def test_list_shows_followed_regions_only(panel):
    assert listed_names(panel) == FOLLOWED_NAMES
    assert panel.region_combo.currentText() == "Toutes mes régions"
    assert panel.count_label.text() == "7 territoires"


def test_list_can_show_every_region(panel):
    combo_select(panel.region_combo, "Toutes les régions")

    assert "Colombelles" in listed_names(panel)
    assert panel.count_label.text() == "9 territoires"


def test_search_ignores_accents_and_case(qtbot, panel):
    qtbot.keyClicks(panel.search_edit, "echirolles")

    assert listed_names(panel) == ["Échirolles-Ouest"]
    assert panel.count_label.text() == "1 territoire"


def test_search_without_match_says_so(qtbot, panel):
    qtbot.keyClicks(panel.search_edit, "Marseille")

    assert listed_names(panel) == []
    assert panel.count_label.text() == "Aucun territoire"


def test_stage_filter(panel):
    combo_select(panel.stage_combo, "Territoire habilité")

    assert listed_names(panel) == ["Échirolles-Ouest", "Fontaine", "Paris 13e", "Villeurbanne Saint-Jean"]


def test_region_filter(panel):
    combo_select(panel.region_combo, "Île-de-France")

    assert listed_names(panel) == ["Paris 13e"]


def test_region_filter_lists_followed_regions(panel):
    texts = [panel.region_combo.itemText(index) for index in range(panel.region_combo.count())]

    assert texts == ["Toutes mes régions", "Auvergne-Rhône-Alpes", "Île-de-France", "", "Toutes les régions"]


def test_header_click_sorts_and_reverses(qtbot, panel):
    click_header(qtbot, panel, territory_table.STAGE)
    stages = [panel.model.territory_row(row).stage for row in range(panel.model.rowCount())]
    assert stages == sorted(stages, key=lambda stage: stage.rank)

    click_header(qtbot, panel, territory_table.NAME)
    assert listed_names(panel) == FOLLOWED_NAMES

    click_header(qtbot, panel, territory_table.NAME)
    assert listed_names(panel) == list(reversed(FOLLOWED_NAMES))
    assert panel.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_sort_indicator_follows_clicks(qtbot, panel):
    header = panel.table.horizontalHeader()
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorSection() == territory_table.NAME

    click_header(qtbot, panel, territory_table.HABILITATION)

    assert header.isSortIndicatorShown()
    assert header.sortIndicatorSection() == territory_table.HABILITATION
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_sort_kept_after_restart(qtbot, panel, context):
    click_header(qtbot, panel, territory_table.STAGE)
    click_header(qtbot, panel, territory_table.STAGE)
    shown_order = listed_names(panel)

    reopened = TerritoryPanel(context)
    qtbot.addWidget(reopened)

    header = reopened.table.horizontalHeader()
    assert header.sortIndicatorSection() == territory_table.STAGE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert listed_names(reopened) == shown_order


def test_column_widths_kept_after_restart(qtbot, panel, context):
    settings = interface_settings(context.store.data_dir)
    assert settings.value("territory_list/width_region") is None

    panel.table.horizontalHeader().resizeSection(territory_table.REGION, 260)
    # Hidden as when the window closes, before the delayed save would run.
    panel.hide()
    reopened = TerritoryPanel(context)
    qtbot.addWidget(reopened)

    assert reopened.table.horizontalHeader().sectionSize(territory_table.REGION) == 260


def test_table_fits_default_window(qtbot, context, services, profile):
    add_territories(services, [
        ("Communauté d'agglomération du Puy-en-Velay – quartiers Guitard et Val Vert", "43",
         Stage.HABILITATED, None, "~2022-12/2023-01 [avis du comité, date à confirmer auprès de la DGEFP]"),
        ("Bagnolet – quartiers de la Capsulerie et de la Noue", "93", Stage.CANDIDATURE, None, ""),
        ("Paris 13e", "75", Stage.INTERESTED, None, ""),
    ])
    window = build_main_window(context)
    qtbot.addWidget(window)
    # The size that the main window takes when no geometry was saved.
    window.resize(1100, 680)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.territory_panel)
    table = window.territory_panel.table
    header = table.horizontalHeader()

    assert header.length() <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    for column in (territory_table.DEPARTEMENT, territory_table.REGION, territory_table.STAGE):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), f"column {column} cuts its values"
    assert header.sectionSize(territory_table.NAME) > header.sectionSize(territory_table.HABILITATION)


def test_list_columns_read_french(panel):
    model = panel.model
    row = listed_names(panel).index("Échirolles-Ouest")

    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    assert headers == ["Territoire", "Département", "Région", "Grappe", "Étape", "Habilitation"]
    assert model.index(row, territory_table.DEPARTEMENT).data() == "38 – Isère"
    assert model.index(row, territory_table.REGION).data() == "Auvergne-Rhône-Alpes"
    assert model.index(row, territory_table.STAGE).data() == "Territoire habilité"
    assert model.index(row, territory_table.HABILITATION).data() == "15/03/2022"


def test_list_reloads_on_bus_change(panel, context, services):
    add_territories(services, [("Grenoble Mistral", "38", Stage.EMERGING, None, "")])

    assert "Grenoble Mistral" not in listed_names(panel)
    context.bus.notify("territory")
    assert "Grenoble Mistral" in listed_names(panel)


# -- the table model alone --------------------------------------------------------------


def make_row(name="Fontaine", **changes) -> TerritoryRow:
    values = dict(
        id="t-1", name=name, departement_code="38", departement_name="Isère", region_code="84",
        region_name="Auvergne-Rhône-Alpes", cluster_id=None, cluster_name="", stage=Stage.HABILITATED,
        habilitation_date=None, habilitation_date_note="~2022-09 (même vague que Poitiers)",
        has_conflict=False, needs_review=False,
    )
    values.update(changes)
    return TerritoryRow(**values)


def test_model_passes_qt_model_tester(qtmodeltester):
    model = TerritoryTableModel()
    model.set_rows([make_row(), make_row("Paris 13e", id="t-2", habilitation_date=date(2021, 7, 1))])

    qtmodeltester.check(model)


def test_model_shows_note_in_italics(qapp):
    model = TerritoryTableModel()
    model.set_rows([make_row()])
    cell = model.index(0, territory_table.HABILITATION)

    assert cell.data() == "~2022-09 (même vague que Poitiers)"
    assert cell.data(Qt.ItemDataRole.FontRole).italic()
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "~2022-09 (même vague que Poitiers)"


def test_model_tooltip_shows_whole_value(qapp):
    model = TerritoryTableModel()
    model.set_rows([make_row(region_name="Provence-Alpes-Côte d'Azur", cluster_name="")])

    assert model.index(0, territory_table.REGION).data(Qt.ItemDataRole.ToolTipRole) == "Provence-Alpes-Côte d'Azur"
    assert model.index(0, territory_table.DEPARTEMENT).data(Qt.ItemDataRole.ToolTipRole) == "38 – Isère"
    assert model.index(0, territory_table.CLUSTER).data(Qt.ItemDataRole.ToolTipRole) is None


def test_model_marks_conflicts(qapp):
    model = TerritoryTableModel()
    model.set_rows([make_row(has_conflict=True), make_row("Paris 13e", id="t-2")])
    flagged = model.index(0, territory_table.NAME)
    plain = model.index(1, territory_table.NAME)

    assert flagged.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not flagged.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "modifié sur deux postes" in flagged.data(Qt.ItemDataRole.ToolTipRole)
    assert plain.data(Qt.ItemDataRole.BackgroundRole) is None


def test_model_marks_rows_to_review(qapp):
    model = TerritoryTableModel()
    model.set_rows([make_row(needs_review=True)])
    cell = model.index(0, territory_table.STAGE)

    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "supprimé sur un autre poste" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_model_row_id(qapp):
    model = TerritoryTableModel()
    model.set_rows([make_row()])

    assert model.row_id(model.index(0, 3)) == "t-1"
    assert model.row_id(model.index(5, 0)) is None


# -- create, edit, delete ---------------------------------------------------------------


def open_territory_dialog(qtbot, context, territory_id=None, default_region_code="84"):
    dialog = TerritoryDialog(context, territory_id, default_region_code=default_region_code)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_create_territory_through_dialog(qtbot, panel, context):
    dialog = open_territory_dialog(qtbot, context)
    assert dialog.windowTitle() == "Nouveau territoire"
    assert dialog.region_combo.currentText() == "Auvergne-Rhône-Alpes"

    type_text(dialog.name_edit, "Saint-Étienne Montreynaud")
    combo_select(dialog.stage_combo, "Territoire habilité")
    combo_select(dialog.departement_combo, "42 – Loire")
    tick(qtbot, dialog.no_date_check)
    dialog.date_edit.setDate(QDate(2022, 10, 20))
    type_text(dialog.communes_edit, "Saint-Étienne (quartier Montreynaud)")
    type_text(dialog.source_edit, "arrêté du 20 octobre 2022")
    click_ok(qtbot, dialog)

    assert dialog.result() == TerritoryDialog.DialogCode.Accepted
    assert "Saint-Étienne Montreynaud" in listed_names(panel)
    row = listed_names(panel).index("Saint-Étienne Montreynaud")
    assert panel.model.index(row, territory_table.DEPARTEMENT).data() == "42 – Loire"
    assert panel.model.index(row, territory_table.HABILITATION).data() == "20/10/2022"
    with context.store.session() as session:
        territory = queries.get_territory(session, dialog.saved_id)
        assert territory.communes == "Saint-Étienne (quartier Montreynaud)"


def test_date_fields_follow_stage(qtbot, context):
    dialog = open_territory_dialog(qtbot, context)

    assert not dialog.date_edit.isEnabled()
    assert not dialog.no_date_check.isEnabled()
    combo_select(dialog.stage_combo, "Territoire habilité")
    assert dialog.no_date_check.isEnabled()
    assert not dialog.date_edit.isEnabled()
    tick(qtbot, dialog.no_date_check)
    assert dialog.date_edit.isEnabled()


def test_departements_follow_region(qtbot, context):
    dialog = open_territory_dialog(qtbot, context, default_region_code="11")
    departements = [dialog.departement_combo.itemText(i) for i in range(dialog.departement_combo.count())]

    assert departements == ["— Aucun —", "75 – Paris", "77 – Seine-et-Marne", "78 – Yvelines",
                            "91 – Essonne", "92 – Hauts-de-Seine", "93 – Seine-Saint-Denis",
                            "94 – Val-de-Marne", "95 – Val-d'Oise"]


def test_invalid_form_shows_messages(qtbot, panel, context, store):
    before = stored_names(store)
    dialog = open_territory_dialog(qtbot, context)

    combo_select(dialog.stage_combo, "Territoire habilité")
    tick(qtbot, dialog.no_date_check)
    future = date.today() + timedelta(days=30)
    dialog.date_edit.setDate(QDate(future.year, future.month, future.day))
    click_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.errors.shown() == {
        "name": "Indiquez le nom du territoire.",
        "habilitation_date": "La date d'habilitation ne peut pas être dans le futur.",
    }
    assert dialog.errors.label("name").isVisible()
    assert stored_names(store) == before


def test_messages_clear_after_fix(qtbot, context, profile):
    dialog = open_territory_dialog(qtbot, context)
    click_ok(qtbot, dialog)
    assert dialog.errors.shown() == {"name": "Indiquez le nom du territoire."}

    qtbot.keyClicks(dialog.name_edit, "Aubenas Nord")
    click_ok(qtbot, dialog)

    assert dialog.errors.shown() == {}
    assert dialog.result() == TerritoryDialog.DialogCode.Accepted


def test_territory_message_goes_when_name_typed(qtbot, context, profile):
    dialog = open_territory_dialog(qtbot, context)
    click_ok(qtbot, dialog)
    assert dialog.errors.shown() == {"name": "Indiquez le nom du territoire."}

    qtbot.keyClicks(dialog.name_edit, "A")

    assert dialog.errors.shown() == {}
    assert not dialog.errors.label("name").isVisible()


def test_territory_buttons_save_or_cancel(qtbot, context, profile):
    dialog = open_territory_dialog(qtbot, context)

    assert sorted(button.text() for button in dialog.buttons.buttons()) == ["Annuler", "Enregistrer"]


def test_date_note_placeholder_fits(qtbot, context, profile):
    dialog = open_territory_dialog(qtbot, context)
    dialog.resize(dialog.minimumWidth(), dialog.height())
    qtbot.waitExposed(dialog)
    edit = dialog.date_note_edit
    metrics = edit.fontMetrics()

    needed = metrics.horizontalAdvance(edit.placeholderText()) + 2 * metrics.averageCharWidth()
    assert needed <= edit.width()
    assert "~2022-09 (même vague que Poitiers)" in edit.toolTip()


def when_dialog_opens(dialog_class, action, attempts: int = 200) -> None:
    """Call ``action(dialog)`` once a modal ``dialog_class`` is open, checking every 10 ms."""
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, dialog_class):
        action(dialog)
    elif attempts > 0:
        QTimer.singleShot(10, lambda: when_dialog_opens(dialog_class, action, attempts - 1))


def test_double_click_and_enter_open_the_record(qtbot, panel, territory_ids):
    row = listed_names(panel).index("Fontaine")
    cell = panel.table.visualRect(panel.model.index(row, territory_table.NAME)).center()
    # QTest's double click sends no press of its own, and the view only reports a double
    # click on the row that was pressed first, as a real double click does.
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    with qtbot.waitSignal(panel.open_record) as opened:
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened.args == [territory_ids["Fontaine"]]

    panel.table.setFocus()
    with qtbot.waitSignal(panel.open_record) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args == [territory_ids["Fontaine"]]


def test_list_restricted_by_the_dashboard_until_show_all(qtbot, panel, territory_ids):
    everything = listed_names(panel)
    panel.show_only([territory_ids["Fontaine"]], "Territoires à risque")
    assert listed_names(panel) == ["Fontaine"]
    assert panel.banner.isVisibleTo(panel)
    assert panel.banner_label.text() == "Liste filtrée : Territoires à risque"
    qtbot.mouseClick(panel.show_all_button, Qt.MouseButton.LeftButton)
    assert listed_names(panel) == everything
    assert not panel.banner.isVisibleTo(panel)


def test_edit_keeps_note_when_dates_unchanged(qtbot, context, territory_ids, store):
    dialog = open_territory_dialog(qtbot, context, territory_ids["Fontaine"])
    assert dialog.windowTitle() == "Modifier le territoire"
    click_ok(qtbot, dialog)

    with store.session() as session:
        territory = queries.get_territory(session, territory_ids["Fontaine"])
        assert territory.habilitation_date is None
        assert territory.habilitation_date_note == "~2022-09 (même vague que Poitiers)"


def test_delete_asks_first(qtbot, panel, monkeypatch, store):
    questions = []
    answer = False

    def fake_confirm(parent, title, text):
        questions.append(text)
        return answer

    monkeypatch.setattr(messages, "confirm", fake_confirm)
    select_name(panel, "Aubenas")
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)

    assert "« Aubenas »" in questions[0]
    assert "Aubenas" in listed_names(panel)

    answer = True
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)

    assert "Aubenas" not in listed_names(panel)
    assert "Aubenas" not in stored_names(store)


def test_buttons_need_a_selection(panel):
    assert not panel.edit_button.isEnabled()
    assert not panel.delete_button.isEnabled()

    select_name(panel, "Paris 13e")

    assert panel.edit_button.isEnabled()
    assert panel.delete_button.isEnabled()
    assert panel.sheet_button.isEnabled()


def test_territory_sheet_is_written(qtbot, panel, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(messages, "save_file", lambda parent, title, suggested, filters: tmp_path / "fiche")
    monkeypatch.setattr(messages, "information", lambda parent, title, text, details="": shown.append(text))
    select_name(panel, "Échirolles-Ouest")

    qtbot.mouseClick(panel.sheet_button, Qt.MouseButton.LeftButton)

    pdf = tmp_path / "fiche.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in shown[0]


# -- main window ------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, context, territory_ids):
    main = build_main_window(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_window_title_and_tabs_are_french(window, context):
    assert window.windowTitle() == "TZCLD Desktop — Claire Martin"
    assert [window.tabs.tabText(index) for index in range(window.tabs.count())] == [
        "Accueil", "Territoires", "Mes actions", "Grappes et réunions", "Calendrier", "Besoins remontés",
        "Documents",
    ]
    assert str(context.store.data_dir) in window.data_dir_label.text()
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_window_title_follows_profile(window, services, context):
    services.save_profile("Claire Martin-Roux", ["84"])
    context.bus.notify("profile")

    assert window.windowTitle() == "TZCLD Desktop — Claire Martin-Roux"
    assert listed_names(window.territory_panel) == [name for name in FOLLOWED_NAMES if name != "Paris 13e"]


def test_export_suggests_dated_name(window, monkeypatch, tmp_path):
    requests = []
    shown = []

    def fake_save_file(parent, title, suggested, filters):
        requests.append((suggested, filters))
        return tmp_path / "envoi"

    monkeypatch.setattr(messages, "save_file", fake_save_file)
    monkeypatch.setattr(messages, "information", lambda parent, title, text, details="": shown.append(text))
    window.export_action.trigger()

    assert requests == [(f"tzcld-{date.today().isoformat()}.tzsync", "Fichiers d'échange TZCLD (*.tzsync)")]
    assert (tmp_path / "envoi.tzsync").is_file()
    assert "envoi.tzsync" in shown[0]


def test_import_of_damaged_file_shows_error(window, monkeypatch, tmp_path, store):
    damaged = tmp_path / "abime.tzsync"
    damaged.write_bytes(b"ceci n'est pas une archive")
    errors_shown = []
    monkeypatch.setattr(messages, "open_file", lambda parent, title, filters: damaged)
    monkeypatch.setattr(messages, "show_user_error", lambda parent, title, error: errors_shown.append(error))
    before = stored_names(store)

    window.import_action.trigger()

    assert len(errors_shown) == 1
    assert errors_shown[0].message()
    assert stored_names(store) == before


def test_import_of_territory_list(window, monkeypatch, tmp_path):
    csv_file = tmp_path / "liste.csv"
    csv_file.write_text(
        "territoire,communes,departement_code,region,date_habilitation,source\n"
        "Grenoble Mistral,Grenoble,38,Auvergne-Rhône-Alpes,2023-07-28,liste de Claire\n",
        encoding="utf-8",
    )
    shown = []
    monkeypatch.setattr(messages, "open_file", lambda parent, title, filters: csv_file)
    monkeypatch.setattr(messages, "information", lambda parent, title, text, details="": shown.append(text))

    window.import_list_action.trigger()

    assert "Grenoble Mistral" in listed_names(window.territory_panel)
    assert shown and shown[0].strip()


def test_long_summary_goes_to_details(window, monkeypatch):
    calls = []
    monkeypatch.setattr(messages, "information", lambda parent, title, text, details="": calls.append((text, details)))
    summary = "\n".join(f"Ligne {number}" for number in range(30))

    window._show_summary("Import", summary)

    text, details = calls[0]
    assert details == summary
    assert "Ligne 29" not in text
    assert "18 autres lignes" in text


def test_window_geometry_saved_in_data_folder(window, context):
    window.resize(900, 600)
    window.close()

    settings_file = context.store.data_dir / "interface.ini"
    assert "geometry" in settings_file.read_text(encoding="utf-8")


# -- running work off the GUI thread ----------------------------------------------------


def test_run_task_returns_result(qtbot):
    assert run_task(None, "Import en cours…", lambda: 6 * 7) == 42


def test_run_task_reraises_error(qtbot):
    def fail():
        raise StorageError("Le disque est plein.")

    with pytest.raises(StorageError, match="Le disque est plein."):
        run_task(None, "Import en cours…", fail)


# -- start-up ---------------------------------------------------------------------------


def test_run_gui_reports_unusable_folder(monkeypatch, tmp_path):
    errors_shown = []

    def reject_folder(data_dir, **_options):
        raise StorageError("Base de données écrite par une version plus récente.")

    monkeypatch.setattr(store_module, "open_store", reject_folder)
    monkeypatch.setattr(messages, "show_user_error", lambda parent, title, error: errors_shown.append(title))

    assert run_gui(tmp_path / "donnees") == 1
    assert errors_shown == ["Données inaccessibles"]


def test_run_gui_cancelled_first_start_saves_nothing(monkeypatch, tmp_path):
    monkeypatch.setattr(ProfileDialog, "exec", lambda self: ProfileDialog.DialogCode.Rejected)

    assert run_gui(tmp_path / "donnees") == 0

    reopened = open_store(tmp_path / "donnees")
    with reopened.session() as session:
        assert queries.get_profile(session) is None
    reopened.close()
