"""The main window shows the dashboard in a loading state and fills it once the window is shown."""

from __future__ import annotations

import pytest

from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("french")


def test_dashboard_filled_after_window_shown(qtbot, context, services, profile):
    services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    window = MainWindow(context)
    qtbot.addWidget(window)

    assert window.dashboard.dashboard is None
    assert window.dashboard.scope_label.text() == "Chargement des données…"
    assert not window.dashboard.stage_buttons[Stage.EMERGING].isEnabled()

    window.show()
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=2000)
    assert window.dashboard.stage_buttons[Stage.EMERGING].text() == "1"
    assert window.dashboard.stage_buttons[Stage.EMERGING].isEnabled()
