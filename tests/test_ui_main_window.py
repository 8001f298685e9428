"""The main window ties the screens together: home dashboard, lists, record windows, search, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from sqlalchemy import func, select

from tzcld_desktop.db.models import Territory
from tzcld_desktop.db.territory_import import import_territory_list
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.record_forms import HealthInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import Health
from tzcld_desktop.resources import resource_path
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, context, services, profile, french):
    import_territory_list(context.store, resource_path("data", "territoires_habilites.csv"))
    services.create_territory(TerritoryInput("Grenoble – Mistral", Stage.EMERGING, "38"))
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    from tzcld_desktop.ui.record.record_view import TerritoryRecordWindow

    for record in main.findChildren(TerritoryRecordWindow):
        record.close()


def listed_id(window, name=None):
    model = window.territory_panel.model
    for row in range(model.rowCount()):
        if name is None or model.territory_row(row).name == name:
            return model.territory_row(row).id
    raise AssertionError(name)


def tab_titles(window):
    return [window.tabs.tabText(index) for index in range(window.tabs.count())]


def test_home_dashboard_first_and_every_list_in_a_tab(window):
    assert tab_titles(window)[0] == "Accueil"
    assert {"Territoires", "Mes actions", "Grappes et réunions", "Calendrier", "Besoins remontés", "Documents"} <= set(
        tab_titles(window))
    assert window.tabs.currentWidget() is window.dashboard


def test_dashboard_count_opens_the_matching_list(qtbot, window, services):
    grenoble = listed_id(window, "Grenoble – Mistral")
    services.save_health(grenoble, HealthInput(Health.BLOCKED, "Le porteur s'est retiré"))
    window.context.bus.notify("territory")
    from tzcld_desktop.db.overview import DashboardFilter, FilterKind

    window.open_filtered(DashboardFilter(FilterKind.HEALTH, health=Health.BLOCKED, territory_ids=(grenoble,)))
    assert window.tabs.currentWidget() is window.territory_panel
    panel = window.territory_panel
    assert [panel.model.territory_row(row).name for row in range(panel.model.rowCount())] == ["Grenoble – Mistral"]
    assert panel.banner_label.text() == "Liste filtrée : Bloqué"


def test_search_result_opens_the_record_window(qtbot, window):
    window.search_action.trigger()
    assert window.search_dialog.isVisible()
    le_teil = listed_id(window, "Le Teil")
    window.search_dialog.open_result.emit("territory", le_teil, le_teil)
    record = window.open_record(le_teil)  # the same window is brought forward
    assert record.windowTitle() == "Fiche territoire — Le Teil"
    assert window.search_action.shortcuts()[0] == QKeySequence("Ctrl+K")


def test_double_click_in_the_list_opens_the_record(qtbot, window):
    window.tabs.setCurrentWidget(window.territory_panel)
    le_teil = listed_id(window, "Le Teil")
    window.territory_panel.open_record.emit(le_teil)
    record = window.open_record(le_teil)
    assert record.isVisible()


def test_undo_from_the_edit_menu(qtbot, window, services, store):
    grenoble = listed_id(window, "Grenoble – Mistral")
    services.save_health(grenoble, HealthInput(Health.AT_RISK, "Élections municipales"))
    window.context.bus.notify("territory")
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "Annuler : État de santé"
    window.undo_action.trigger()
    from tzcld_desktop.db.models import Territory

    with store.session() as session:
        assert session.get(Territory, grenoble).health == ""
    assert window.statusBar().currentMessage() == "Modification annulée : État de santé."


def test_lazy_tabs_are_built_when_first_shown(qtbot, window):
    assert window.library_tab.widget is None
    for tab in (window.calendar_tab, window.needs_tab):
        window.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda tab=tab: tab.widget is not None)
    window.tabs.setCurrentWidget(window.library_tab)
    qtbot.waitUntil(lambda: window.library_tab.widget is not None)
    window.tabs.setCurrentWidget(window.my_actions_tab)
    qtbot.waitUntil(lambda: window.my_actions_tab.widget is not None)


def test_help_menu_has_guide_and_about(window):
    assert window.guide_action.shortcut() == QKeySequence(Qt.Key.Key_F1)
    assert window.about_action.text() == "À propos de TZCLD Desktop"


def test_ctrl_p_exports_the_selected_territory_sheet(qtbot, window, monkeypatch):
    import tzcld_desktop.ui.pdf_export as pdf_export

    asked = []
    monkeypatch.setattr(pdf_export, "export_pdf", lambda parent, context, kind, record_id=None: asked.append(
        (kind, record_id)))
    window.tabs.setCurrentWidget(window.territory_panel)
    le_teil = listed_id(window, "Le Teil")
    window.territory_panel.select_territory(le_teil)
    assert window.pdf_action.shortcut() == QKeySequence("Ctrl+P")
    window.pdf_action.trigger()
    assert asked == [(pdf_export.DocumentKind.SHEET, le_teil)]


def test_cluster_page_and_presentation_from_the_meetings_tab(qtbot, window, services, monkeypatch):
    from datetime import date

    from tzcld_desktop.domain.forms import ClusterInput, MeetingInput

    cluster = services.save_cluster(None, ClusterInput("Grappe Drôme-Ardèche", "84"))
    meeting = services.save_meeting(None, MeetingInput(cluster, date(2026, 3, 3), "Réunion de mars"))
    window.context.bus.notify("cluster", "meeting")
    panel = window.meetings_panel
    window.tabs.setCurrentWidget(panel)
    panel.select_cluster(cluster)
    panel.show_cluster_page()
    assert panel.cluster_page.isVisible()
    assert panel.cluster_page.windowTitle() == "Page de la grappe"
    panel.cluster_page.close()

    import tzcld_desktop.ui.presentation as presentation

    shown = []
    monkeypatch.setattr(presentation, "show_presentation", lambda parent, context, meeting_id: shown.append(meeting_id))
    panel.select_meeting(meeting)
    assert panel.present_button.isEnabled()
    panel.present_button.click()
    assert shown == [meeting]


def test_window_attached_after_show(qtbot, context, services, profile, french):
    services.create_territory(TerritoryInput("Grenoble – Mistral", Stage.EMERGING, "38"))
    main = MainWindow(data_dir=context.store.data_dir)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)

    # Before the store is attached: the tabs show a loading message, and only the menus
    # that need no data work.
    assert main.tabs.currentWidget().text() == "Chargement des données…"
    assert main.tabs.tabText(0) == "Accueil"
    assert not main.export_action.isEnabled()
    assert not main.search_action.isEnabled()
    assert main.quit_action.isEnabled()
    assert main.guide_action.isEnabled()
    main.tabs.setCurrentWidget(main.needs_tab)
    assert main.needs_tab.widget is None
    main.tabs.setCurrentIndex(0)

    main.attach(context)

    assert main.tabs.currentWidget() is main.dashboard
    assert tab_titles(main)[:4] == ["Accueil", "Territoires", "Mes actions", "Grappes et réunions"]
    assert main.tabs.indexOf(main.territory_panel) == 1
    assert main.tabs.indexOf(main.meetings_panel) == 3
    # Replacing the loading tabs showed no other tab, so the lazy screens are still unbuilt.
    assert main.my_actions_tab.widget is None
    assert main.export_action.isEnabled()
    assert main.search_action.isEnabled()
    assert main.windowTitle() == "TZCLD Desktop — Claire Martin"
    qtbot.waitUntil(lambda: main.dashboard.dashboard is not None, timeout=2000)
    assert main.territory_panel.model.rowCount() == 1


def test_lazy_tab_built_at_attach(qtbot, context, profile, french):
    main = MainWindow(data_dir=context.store.data_dir)
    qtbot.addWidget(main)
    main.show()
    main.tabs.setCurrentWidget(main.needs_tab)
    assert main.needs_tab.widget is None

    main.attach(context)

    assert main.tabs.currentWidget() is main.needs_tab
    assert main.needs_tab.widget is not None


def test_empty_store_offers_the_shipped_list(qtbot, context, profile, french, monkeypatch):
    informations = []
    monkeypatch.setattr(messages, "information", lambda parent, title, text, details="": informations.append(text))
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    hint = main.dashboard.start_hint
    qtbot.waitUntil(lambda: main.dashboard.dashboard is not None)

    assert hint.isVisible()
    assert hint.title() == "Pour commencer"
    assert main.dashboard.import_list_button.text() == "Importer la liste des territoires habilités"

    qtbot.mouseClick(main.dashboard.import_list_button, Qt.MouseButton.LeftButton)

    with context.store.session() as session:
        stored = session.scalar(select(func.count()).select_from(Territory))
    assert stored == 73
    assert "73" in informations[-1]
    qtbot.waitUntil(lambda: not hint.isVisible())
    assert main.dashboard.dashboard.territory_count > 0


def test_start_hint_hidden_with_territories(window):
    assert window.dashboard.dashboard is not None
    assert not window.dashboard.start_hint.isVisible()
