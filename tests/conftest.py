"""Fixtures shared by the test modules: a fresh store per test and its interface context."""

from __future__ import annotations

import os
import tempfile

# Set before any Qt import so widgets never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Logs of the tests, child processes included, stay out of the user's log folder.
os.environ.setdefault("TZCLD_LOG_DIR", tempfile.mkdtemp(prefix="tzcld-test-logs-"))

import pytest  # noqa: E402

from tzcld_desktop.db.services import Services  # noqa: E402
from tzcld_desktop.db.store import open_store  # noqa: E402


@pytest.fixture(autouse=True)
def gui_thread_collection(request):
    """In a test with a Qt application, cyclic garbage is collected on the GUI thread, as in the application."""
    if not {"qapp", "qtbot"} & set(request.fixturenames):
        yield
        return
    from tzcld_desktop.ui import collector

    active = collector.install(request.getfixturevalue("qapp"))
    yield
    # Tests without Qt run no event loop, so the automatic collection comes back for them.
    active.stop()


@pytest.fixture
def store(tmp_path):
    """A store opened in a new data folder, closed after the test."""
    opened = open_store(tmp_path / "donnees")
    yield opened
    opened.close()


@pytest.fixture
def services(store):
    return Services(store)


@pytest.fixture
def context(store, services):
    from tzcld_desktop.ui.context import AppContext, DataBus

    return AppContext(store, services, DataBus())


@pytest.fixture
def profile(services):
    """Claire Martin, following Auvergne-Rhône-Alpes (84) and Île-de-France (11)."""
    services.save_profile("Claire Martin", ["84", "11"])
    return ("Claire Martin", ("11", "84"))


@pytest.fixture
def french(qapp):
    """Install French as the interface does at start: Qt's texts, QLocale, user errors."""
    from tzcld_desktop.ui.app import install_french

    install_french(qapp)
    return qapp


@pytest.fixture
def cluster_of_two(services, profile):
    """Le Teil and Aubenas, both in Ardèche, in one cluster: (le_teil, aubenas, cluster) ids."""
    from tzcld_desktop.domain.forms import ClusterInput, TerritoryInput
    from tzcld_desktop.domain.stages import Stage

    le_teil = services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED, "07"))
    aubenas = services.create_territory(TerritoryInput("Aubenas", Stage.EMERGING, "07"))
    cluster = services.save_cluster(None, ClusterInput("Grappe Drôme-Ardèche", "84"))
    services.set_cluster_territories(cluster, [le_teil, aubenas])
    return le_teil, aubenas, cluster
