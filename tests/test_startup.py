"""Start-up work kept off the window's path, and the territory list filtered in memory."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from itertools import product

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from tzcld_desktop.db import conflicts, queries
from tzcld_desktop.db import store as store_module
from tzcld_desktop.db.backup import list_backups, make_backup
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import DAILY_BACKUP, DB_FILE_NAME, open_store, run_daily_check
from tzcld_desktop.domain.forms import ClusterInput, TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.sync.exchange import export_data, import_data
from tzcld_desktop.ui import app as app_module
from tzcld_desktop.ui.main_window import MainWindow
from tzcld_desktop.ui.models import territory_table
from tzcld_desktop.ui.territory_panel import TerritoryPanel

# Names that exercise accents, case, hyphens, apostrophes and ligatures in search and sort.
TERRITORIES = [
    ("Échirolles-Ouest", "38", Stage.HABILITATED, date(2022, 3, 15), ""),
    ("echirolles Est", "38", Stage.EMERGING, None, ""),
    ("L'Île-Saint-Denis", "93", Stage.CANDIDATURE, None, "~2023-01 (à confirmer)"),
    ("Saint-Étienne – Montreynaud", "42", Stage.HABILITATED, None, "~2021"),
    ("Sœurs de Lyon", "69", Stage.INTERESTED, None, ""),
    ("Paris 13e", "75", Stage.HABILITATED, date(2021, 7, 1), ""),
    ("Aubenas", "07", Stage.EMERGING, None, ""),
    ("Colombelles", "14", Stage.HABILITATED, date(2016, 11, 24), ""),
    ("Pau", "64", Stage.INTERESTED, None, ""),
    ("Pau-Est", "64", Stage.INTERESTED, None, ""),
    ("Territoire sans département", None, Stage.INTERESTED, None, ""),
]


@pytest.fixture
def listed(services, profile):
    ids = {}
    for name, departement, stage, habilitation_date, note in TERRITORIES:
        ids[name] = services.create_territory(TerritoryInput(
            name=name, stage=stage, departement_code=departement,
            habilitation_date=habilitation_date, habilitation_date_note=note,
        ))
    cluster = services.save_cluster(None, ClusterInput("Grappe Isère", "84"))
    services.set_cluster_territories(cluster, [ids["Échirolles-Ouest"], ids["echirolles Est"], ids["Aubenas"]])
    return ids


class StatementCounter:
    """Counts the SQL statements that a store's engine runs while active."""

    def __init__(self, store):
        self.store = store
        self.count = 0

    def _count(self, *_args):
        self.count += 1

    def __enter__(self):
        event.listen(self.store.engine, "before_cursor_execute", self._count)
        return self

    def __exit__(self, *_exc):
        event.remove(self.store.engine, "before_cursor_execute", self._count)


def names_shown(panel) -> list[str]:
    model = panel.model
    return [model.index(row, territory_table.NAME).data() for row in range(model.rowCount())]


# -- territory list in memory ------------------------------------------------------------


def test_in_memory_list_matches_sql(store, listed):
    texts = ["", "e", "echir", "ÉCHIROLLES", "saint etienne", "l ile", "l'île", "soeur", "pau-", "13e", "zzz"]
    region_filters = [(), ("84",), ("84", "11"), ("28",)]
    stage_filters = [(), (Stage.HABILITATED,), (Stage.INTERESTED, Stage.EMERGING)]
    with store.session() as session:
        territories = queries.TerritoryList.load(session)
        cluster_id = queries.list_clusters(session)[0].id
        for text, regions, stages, column, descending, cluster in product(
            texts, region_filters, stage_filters, queries.SORT_COLUMNS, (False, True), (None, cluster_id)
        ):
            query = queries.TerritoryQuery(text=text, region_codes=regions, stages=stages, cluster_id=cluster,
                                           sort_column=column, descending=descending)
            expected = queries.list_territories(session, query)
            assert territories.select(query) == expected, query


def test_panel_filters_and_sorts_without_sql(qtbot, context, listed):
    panel = TerritoryPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    combo = panel.region_combo
    combo.setCurrentIndex(combo.findText("Toutes les régions"))

    with StatementCounter(context.store) as statements:
        panel.search_edit.setText("echirolles")
        searched = names_shown(panel)
        panel.search_edit.clear()
        panel.table.horizontalHeader().setSortIndicator(territory_table.STAGE, Qt.SortOrder.DescendingOrder)
        by_stage = names_shown(panel)

    assert statements.count == 0
    assert searched == ["echirolles Est", "Échirolles-Ouest"]
    assert by_stage[:4] == ["Colombelles", "Échirolles-Ouest", "Paris 13e", "Saint-Étienne – Montreynaud"]


def test_panel_reloads_only_for_list_tables(qtbot, context, services, listed):
    panel = TerritoryPanel(context)
    qtbot.addWidget(panel)

    with StatementCounter(context.store) as statements:
        context.bus.notify("meeting", "action")
    assert statements.count == 0

    services.create_territory(TerritoryInput("Décines-Charpieu", Stage.CANDIDATURE, "69"))
    context.bus.notify("territory")
    assert "Décines-Charpieu" in names_shown(panel)


# -- open conflicts and reviews ----------------------------------------------------------


def send(source, target, folder, name):
    path = folder / name
    export_data(source.store, path)
    import_data(target.store, path)


class Copy:
    def __init__(self, folder, person):
        self.store = open_store(folder)
        self.services = Services(self.store)
        self.services.save_profile(person, ["84"])

    def territory_id(self, name):
        with self.store.session() as session:
            rows = queries.list_territories(session, queries.TerritoryQuery(text=name))
        return rows[0].id

    def close(self):
        self.store.close()


def test_open_items_counted_from_flags(tmp_path):
    anne = Copy(tmp_path / "anne", "Anne Durand")
    bruno = Copy(tmp_path / "bruno", "Bruno Petit")
    try:
        teil = anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
        anne.services.create_territory(TerritoryInput("Aubenas", Stage.EMERGING, "07"))
        send(anne, bruno, tmp_path, "premier.tzsync")
        anne.services.update_territory(teil, TerritoryInput("Le Teil", Stage.EMERGING, "07", notes="Anne",
                                                            communes="Le Teil"))
        bruno.services.update_territory(teil, TerritoryInput("Le Teil", Stage.EMERGING, "07", notes="Bruno",
                                                             communes="Le Teil, Rochemaure"))
        aubenas = anne.territory_id("Aubenas")
        bruno.services.delete_territory(aubenas)
        anne.services.update_territory(aubenas, TerritoryInput("Aubenas", Stage.CANDIDATURE, "07"))
        send(bruno, anne, tmp_path, "bruno.tzsync")

        with anne.store.session() as session:
            counted = queries.count_conflicts_and_reviews(session)
            listed = (len(conflicts.list_conflicts(session)), len(conflicts.list_reviews(session)))
    finally:
        anne.close()
        bruno.close()

    # Two fields of "Le Teil" hold concurrent values, and "Aubenas" waits for a review.
    assert counted == (2, 1)
    assert counted == listed


# -- integrity check and daily backup ----------------------------------------------------


@pytest.fixture
def large_files(monkeypatch):
    """Treat every file as too large for a check at each open, and count the checks."""
    checks = []
    real_is_intact = store_module.is_intact
    monkeypatch.setattr(store_module, "CHECK_AT_OPEN_MAX_BYTES", 0)
    monkeypatch.setattr(store_module, "is_intact", lambda path: checks.append(path) or real_is_intact(path))
    return checks


def test_large_file_checked_after_unclean_close(tmp_path, large_files):
    open_store(tmp_path, daily_backup=False).close()
    large_files.clear()

    clean = open_store(tmp_path, daily_backup=False, check_every_open=False)
    assert large_files == []
    # Not closed, as after a crash: the session marker stays behind.
    clean.engine.dispose()

    after_crash = open_store(tmp_path, daily_backup=False, check_every_open=False)
    assert large_files == [tmp_path / DB_FILE_NAME]
    after_crash.close()


def test_damaged_file_checked_at_next_open(tmp_path, large_files):
    opened = open_store(tmp_path, daily_backup=False, check_every_open=False)
    opened.check_at_next_open()
    opened.close()
    large_files.clear()

    open_store(tmp_path, daily_backup=False, check_every_open=False).close()

    assert large_files == [tmp_path / DB_FILE_NAME]


def test_daily_check_backs_up_once(tmp_path):
    open_store(tmp_path, daily_backup=False).close()
    db_path = tmp_path / DB_FILE_NAME

    assert run_daily_check(db_path)
    assert run_daily_check(db_path)

    daily = [backup for backup in list_backups(db_path) if backup.reason == DAILY_BACKUP]
    assert len(daily) == 1


def test_daily_check_skips_damaged_file(tmp_path):
    open_store(tmp_path, daily_backup=False).close()
    db_path = tmp_path / DB_FILE_NAME
    make_backup(db_path, "manuelle")
    data = bytearray(db_path.read_bytes())
    data[4096:12288] = b"\x5a" * 8192
    db_path.write_bytes(bytes(data))

    assert not run_daily_check(db_path)
    assert [backup.reason for backup in list_backups(db_path)] == ["manuelle"]


def test_run_gui_backs_up_after_window_shown(qapp, tmp_path):
    data_dir = tmp_path / "donnees"
    first = open_store(data_dir, daily_backup=False)
    Services(first).save_profile("Claire Martin", ["84"])
    first.close()
    db_path = data_dir / DB_FILE_NAME
    backups_when_shown = []

    def watch() -> None:
        windows = [widget for widget in QApplication.topLevelWidgets()
                   if isinstance(widget, MainWindow) and widget.isVisible()]
        if windows and not backups_when_shown:
            backups_when_shown.append(len(list_backups(db_path)))
        if windows and list_backups(db_path):
            windows[0].close()
            return
        QTimer.singleShot(20, watch)

    QTimer.singleShot(0, watch)
    assert app_module.run_gui(data_dir) == 0

    assert backups_when_shown == [0]
    assert [backup.reason for backup in list_backups(db_path)] == [DAILY_BACKUP]


def test_start_leaves_heavy_modules_unloaded():
    code = ("import sys, tzcld_desktop.ui.app; "
            "print(sorted(name for name in ('reportlab', 'alembic', 'openpyxl', 'sqlalchemy') if name in sys.modules))")
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == "[]"


# Runs the real start in a fresh process and reports what the window offers on the first
# event-loop turn after it is shown, then once its screens are filled.
_START_WATCH = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from tzcld_desktop.ui.app import run_gui
from tzcld_desktop.ui.main_window import MainWindow
seen = {}

def state(window):
    return {"sqlalchemy_loaded": "sqlalchemy" in sys.modules, "attached": window.is_attached(),
            "title": window.windowTitle(), "home_text": getattr(window.tabs.currentWidget(), "text", lambda: "")(),
            "export_enabled": window.export_action.isEnabled(), "quit_enabled": window.quit_action.isEnabled()}

def watch():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if windows and "shown" not in seen:
        seen["shown"] = state(windows[0])
    if windows and windows[0].is_attached() and windows[0].dashboard.dashboard is not None:
        seen["filled"] = state(windows[0])
        seen["filled"]["territories"] = windows[0].territory_panel.model.rowCount()
        windows[0].close()
        return
    QTimer.singleShot(5, watch)

QTimer.singleShot(0, watch)
code = run_gui(Path(sys.argv[1]))
print(json.dumps(seen))
sys.exit(code)
"""


def test_window_shows_before_the_database_layer_loads(tmp_path):
    data_dir = tmp_path / "donnees"
    store = open_store(data_dir)
    services = Services(store)
    services.save_profile("Claire Martin", ["84"])
    services.create_territory(TerritoryInput("Grenoble – Mistral", Stage.EMERGING, "38"))
    store.close()

    completed = subprocess.run([sys.executable, "-c", _START_WATCH, str(data_dir)],
                               capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr
    seen = json.loads(completed.stdout.strip().splitlines()[-1])

    # On the first turn of the event loop, the window is there with its menus and a loading message.
    assert seen["shown"] == {"sqlalchemy_loaded": False, "attached": False, "title": "TZCLD Desktop",
                             "home_text": "Chargement des données…", "export_enabled": False,
                             "quit_enabled": True}
    # Then the screens are built on the store, and every menu works.
    filled = seen["filled"]
    assert filled["attached"]
    assert filled["export_enabled"]
    assert filled["quit_enabled"]
    assert filled["title"] == "TZCLD Desktop — Claire Martin"
    assert filled["territories"] == 1
