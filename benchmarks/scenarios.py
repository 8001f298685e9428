"""The measured scenarios, each run by ``benchmarks.run`` in its own worker process.

    python -m benchmarks.scenarios SCENARIO --dataset-dir DIR --work DIR --result FILE [--repeat N]

A worker appends one JSON line per finished row to ``--result``, so rows measured before
a timeout are kept. Each row carries the median of its timed runs and the median of a
baseline measured in the same process: a bare PySide6 window, raw ``sqlite3`` on the
same rows, or a plain reportlab document with the same tables. ``--profile FILE``
runs the product side of the scenario once more under cProfile and saves the stats.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

# Timed runs of one measurement stop once they have taken this long, after the first run.
DEFAULT_BUDGET_SECONDS = 90.0
SEARCH_WORD = "echirolles"
INCREMENTAL_EDITS = 100
MEMORY_SETTLE_MS = 300


@dataclass
class Target:
    """A row's target: ``ratio`` bounds median / baseline, ``absolute`` bounds the median."""

    kind: str
    maximum: float


@dataclass
class Row:
    """One line of the results table.

    ``status`` is "measured" once the median is known, "started" while a long
    measurement runs, and otherwise a short "failed: …" or "not run: …" reason.
    """

    key: str
    label: str
    dataset: str
    unit: str
    target: Target | None
    runs: int = 0
    median: float | None = None
    baseline: float | None = None
    baseline_label: str = ""
    details: list[str] = field(default_factory=list)
    status: str = "measured"


class Recorder:
    """Appends finished rows to the result file of the worker."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def write(self, row: Row) -> None:
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")


@dataclass
class Context:
    """The dataset, scratch folder, repeat count and output of one scenario run."""

    dataset: str
    dataset_dir: Path
    manifest: dict
    work: Path
    repeat: int
    recorder: Recorder
    profile_path: Path | None
    budget: float = DEFAULT_BUDGET_SECONDS

    @property
    def store_path(self) -> Path:
        """The shared copy of the dataset that read-only scenarios open."""
        return self.work / "store"


def timed_runs(
    action: Callable[[], object],
    repeat: int,
    budget: float,
    setup: Callable[[], None] | None = None,
) -> list[float]:
    """Time ``action`` up to ``repeat`` times, each after an untimed ``setup``.

    Stops early once the timed runs add up to ``budget`` seconds, after at least one run.
    """
    durations: list[float] = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        started = time.perf_counter()
        action()
        durations.append(time.perf_counter() - started)
        if sum(durations) >= budget:
            break
    return durations


def profile_once(context: Context, name: str, action: Callable[[], object]) -> None:
    """Run ``action`` once under cProfile and save the stats beside ``--profile``."""
    if context.profile_path is None:
        return
    profiler = cProfile.Profile()
    profiler.runcall(action)
    path = context.profile_path.with_name(f"{context.profile_path.stem}-{name}.prof")
    profiler.dump_stats(path)
    print(f"Profile of {name} saved to {path}", file=sys.stderr)


def _milliseconds(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _open_store(path: Path):
    from tzcld_desktop.db.store import open_store

    return open_store(path, daily_backup=False)


def _qt_app():
    from PySide6.QtWidgets import QApplication

    from tzcld_desktop.ui.app import install_french

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_french(app)
    return app


# -- start and memory: fresh processes -------------------------------------------------


def _probe(context: Context, mode: str, data_dir: Path | None, settle_ms: int = 0) -> dict[str, float]:
    """Run ``benchmarks.probe`` in a fresh process and return what it printed."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", TZCLD_LOG_DIR=str(context.work / "logs"))
    command = [sys.executable, "-m", "benchmarks.probe", mode]
    if data_dir is not None:
        command.append(str(data_dir))
    command += ["--settle-ms", str(settle_ms)]
    environment["BENCH_T0_NS"] = str(time.time_ns())
    completed = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=300,
                               cwd=Path(__file__).resolve().parent.parent, check=False)
    lines = [line for line in completed.stdout.splitlines() if line.startswith("{")]
    if completed.returncode != 0 or not lines:
        raise RuntimeError(f"probe {mode} failed with exit code {completed.returncode}: {completed.stderr[-2000:]}")
    return json.loads(lines[-1])


def _remove_daily_backups(data_dir: Path) -> None:
    from tzcld_desktop.db.backup import BACKUP_DIR_NAME
    from tzcld_desktop.db.store import DAILY_BACKUP

    for backup in (data_dir / BACKUP_DIR_NAME).glob(f"*-{DAILY_BACKUP}.sqlite3"):
        backup.unlink()


def scenario_start(context: Context) -> None:
    """Measure start time and memory with the same fresh processes.

    Each probe reports the time to its first event-loop turn, then its memory
    ``MEMORY_SETTLE_MS`` later, once the first paint is done.
    """
    data_dir = context.store_path
    # The first start of a copied store renews its identity and makes the daily
    # backup; later starts, like a referent's, find both done.
    _probe(context, "app", data_dir)
    _probe(context, "bare", None)
    app_runs = [_probe(context, "app", data_dir, MEMORY_SETTLE_MS) for _ in range(context.repeat)]
    bare_runs = [_probe(context, "bare", None, MEMORY_SETTLE_MS) for _ in range(context.repeat)]
    app_seconds = [run["seconds"] for run in app_runs]
    bare_seconds = statistics.median(run["seconds"] for run in bare_runs)
    row = Row("start.window", "Start to an interactive main window (fresh process)", context.dataset, "s",
              Target("ratio", 2.5), len(app_runs), statistics.median(app_seconds), bare_seconds,
              "bare PySide6 window, fresh process")
    bare_text = ", ".join(f"{run['seconds']:.2f}" for run in bare_runs)
    row.details.append(f"runs: {', '.join(f'{value:.2f}' for value in app_seconds)} s; bare: {bare_text} s")
    row.details.append("the window shows its menus and tabs with a loading message; the database layer is "
                       "imported in a worker thread once it is painted (see start.content)")
    context.recorder.write(row)

    content_seconds = [run["content_seconds"] for run in app_runs]
    row = Row("start.content", "Start to the home dashboard filled on the store (fresh process)", context.dataset,
              "s", None, len(app_runs), statistics.median(content_seconds), bare_seconds,
              "bare PySide6 window, fresh process")
    row.details.append(f"runs: {', '.join(f'{value:.2f}' for value in content_seconds)} s; no target set, "
                       "reported so that the whole start stays measured")
    context.recorder.write(row)

    row = Row("memory.rss", "Memory: resident set with the territory list shown (fresh process)", context.dataset,
              "MiB", Target("absolute", 250), len(app_runs),
              statistics.median(run["memory_mib"] for run in app_runs),
              statistics.median(run["memory_mib"] for run in bare_runs), "bare PySide6 window")
    row.details.append(f"peak (VmHWM): {statistics.median(run['peak_memory_mib'] for run in app_runs):.0f} MiB; "
                       f"read {MEMORY_SETTLE_MS} ms after the first event-loop turn of the start runs")
    context.recorder.write(row)

    first_runs = []
    for _ in range(max(1, min(context.repeat, 3))):
        _remove_daily_backups(data_dir)
        # The previous start wrote a backup of the whole store, which the kernel may
        # still be writing out. A referent's first start of the day follows no such
        # write, so the disk is flushed first (untimed).
        os.sync()
        first_runs.append(_probe(context, "app", data_dir)["seconds"])
    row = Row("start.first_of_day", "Start, first of the day (daily check and backup in a worker thread once shown)", context.dataset, "s",
              Target("ratio", 2.5), len(first_runs), statistics.median(first_runs), bare_seconds,
              "bare PySide6 window, fresh process")
    row.details.append(f"runs: {', '.join(f'{value:.2f}' for value in first_runs)} s")
    context.recorder.write(row)


# -- territory list -----------------------------------------------------------------------


_RAW_LIST_SQL = """
SELECT t.id, t.name, coalesce(d.code, ''), coalesce(d.name, ''), coalesce(r.code, ''), coalesce(r.name, ''),
       t.cluster_id, coalesce(c.name, ''), t.stage, t.habilitation_date, t.habilitation_date_note,
       t.has_conflict, t.needs_review
FROM territory t
LEFT JOIN departement d ON t.departement_id = d.id
LEFT JOIN region r ON t.region_id = r.id
LEFT JOIN cluster c ON t.cluster_id = c.id AND c.deleted = 0
WHERE t.deleted = 0 AND replace(replace(t.name_key, '-', ' '), '''', ' ') LIKE ? ESCAPE '\\'
ORDER BY {order} NULLS LAST, t.name_key, t.id
"""
_RAW_ORDER = {
    "name": "t.name_key", "departement": "d.code", "region": "r.name_key", "cluster": "c.name",
    "stage": "CASE t.stage WHEN 'interesse' THEN 0 WHEN 'emergent' THEN 1 WHEN 'candidature' THEN 2 "
             "WHEN 'habilite' THEN 3 ELSE 99 END",
    "habilitation_date": "coalesce(t.habilitation_date, ltrim(t.habilitation_date_note, '~'))",
}


def _raw_list_seconds(db_path: Path, text: str, sort_column: str, descending: bool, repeat: int) -> float:
    """Return the median time of the list query written by hand and run with plain sqlite3."""
    connection = sqlite3.connect(db_path)
    order = _RAW_ORDER[sort_column] + (" DESC" if descending else "")
    sql = _RAW_LIST_SQL.format(order=order)
    durations = []
    for _ in range(repeat):
        started = time.perf_counter()
        connection.execute(sql, (f"%{text}%",)).fetchall()
        durations.append(time.perf_counter() - started)
    connection.close()
    return statistics.median(durations)


def scenario_territory_list(context: Context) -> None:
    from PySide6.QtWidgets import QTableView

    from tzcld_desktop.db import queries
    from tzcld_desktop.db.services import Services
    from tzcld_desktop.ui.context import AppContext, DataBus
    from tzcld_desktop.ui.models.territory_table import TerritoryTableModel
    from tzcld_desktop.ui.territory_panel import TerritoryPanel

    app = _qt_app()
    store = _open_store(context.store_path)
    with store.session() as session:
        profile = queries.get_profile(session)
    regions = profile.region_codes if profile else ()
    model = TerritoryTableModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1100, 600)
    view.show()
    app.processEvents()
    # The panel loads the list once and reloads it only when the territory data change,
    # so the load is timed apart and each keystroke or click filters in memory.
    load_seconds = []
    for _ in range(context.repeat):
        started = time.perf_counter()
        with store.session() as session:
            territories = queries.TerritoryList.load(session)
        load_seconds.append(time.perf_counter() - started)
    load_text = (f"loading the {len(territories)} territories from SQL (untimed per keystroke): "
                 f"{_milliseconds(statistics.median(load_seconds))}")

    def show(query: queries.TerritoryQuery) -> int:
        rows = territories.select(query)
        model.set_rows(rows)
        app.processEvents()
        return len(rows)

    prefixes = [SEARCH_WORD[:length] for length in range(1, len(SEARCH_WORD) + 1)]
    # One untimed pass, so the first timed keystroke does not pay for first paints and caches.
    for prefix in prefixes:
        show(queries.TerritoryQuery(text=prefix, region_codes=regions))
    for column in queries.SORT_COLUMNS:
        show(queries.TerritoryQuery(region_codes=regions, sort_column=column))
    keystrokes: dict[str, list[float]] = {prefix: [] for prefix in prefixes}
    counts: dict[str, int] = {}
    for _ in range(context.repeat):
        for prefix in prefixes:
            started = time.perf_counter()
            counts[prefix] = show(queries.TerritoryQuery(text=prefix, region_codes=regions))
            keystrokes[prefix].append(time.perf_counter() - started)
    medians = {prefix: statistics.median(values) for prefix, values in keystrokes.items()}
    worst = max(medians, key=medians.get)
    row = Row("list.keystroke", "Territory list: filter per keystroke (in-memory filter + model reset), worst keystroke",
              context.dataset, "s", Target("absolute", 0.050), context.repeat, medians[worst],
              _raw_list_seconds(store.db_path, worst, "name", False, context.repeat), "raw sqlite3, same query")
    row.details.append("per keystroke: " + ", ".join(
        f"“{prefix}” {_milliseconds(medians[prefix])} ({counts[prefix]} rows)" for prefix in prefixes))
    row.details.append(load_text)
    context.recorder.write(row)
    profile_once(context, "keystroke", lambda: show(queries.TerritoryQuery(text=worst, region_codes=regions)))

    clicks: dict[tuple[str, bool], list[float]] = {}
    sort_columns = list(queries.SORT_COLUMNS)
    for _ in range(context.repeat):
        for column in sort_columns:
            for descending in (False, True):
                started = time.perf_counter()
                show(queries.TerritoryQuery(region_codes=regions, sort_column=column, descending=descending))
                clicks.setdefault((column, descending), []).append(time.perf_counter() - started)
    click_medians = {key: statistics.median(values) for key, values in clicks.items()}
    worst_click = max(click_medians, key=click_medians.get)
    row = Row("list.sort", "Territory list: sort click (in-memory sort + model reset), worst column and order",
              context.dataset, "s", Target("absolute", 0.050), context.repeat, click_medians[worst_click],
              _raw_list_seconds(store.db_path, "", *worst_click, context.repeat), "raw sqlite3, same query")
    row.details.append("per click: " + ", ".join(
        f"{column}{' ↓' if descending else ' ↑'} {_milliseconds(value)}"
        for (column, descending), value in click_medians.items()))
    context.recorder.write(row)
    profile_once(context, "sort", lambda: show(queries.TerritoryQuery(
        region_codes=regions, sort_column=worst_click[0], descending=worst_click[1])))

    view.close()
    # The same keystrokes typed into the real search field, whose textChanged reloads the panel.
    panel = TerritoryPanel(AppContext(store, Services(store), DataBus()))
    panel.resize(1100, 680)
    panel.show()
    app.processEvents()
    typed: dict[str, list[float]] = {prefix: [] for prefix in prefixes}
    for prefix in prefixes:
        panel.search_edit.setText(prefix)
        app.processEvents()
    for _ in range(context.repeat):
        panel.search_edit.clear()
        app.processEvents()
        for prefix in prefixes:
            started = time.perf_counter()
            panel.search_edit.setText(prefix)
            app.processEvents()
            typed[prefix].append(time.perf_counter() - started)
    typed_medians = {prefix: statistics.median(values) for prefix, values in typed.items()}
    worst_typed = max(typed_medians, key=typed_medians.get)
    row = Row("list.keystroke_panel", "Territory list: keystroke in the panel's search field, worst keystroke",
              context.dataset, "s", Target("absolute", 0.050), context.repeat, typed_medians[worst_typed],
              medians[worst_typed], "in-memory filter + model reset alone")
    row.details.append("per keystroke: " + ", ".join(
        f"“{prefix}” {_milliseconds(typed_medians[prefix])}" for prefix in prefixes))
    context.recorder.write(row)
    panel.close()
    store.close()


# -- home dashboard -----------------------------------------------------------------------


def scenario_dashboard(context: Context) -> None:
    """Time the dashboard's query alone, then the whole view reloaded and painted."""
    from tzcld_desktop.db import overview, queries
    from tzcld_desktop.db.services import Services
    from tzcld_desktop.ui.context import AppContext, DataBus
    from tzcld_desktop.ui.dashboard import DashboardView

    app = _qt_app()
    store = _open_store(context.store_path)
    with store.session() as session:
        profile = queries.get_profile(session)
    regions = profile.region_codes if profile else ()

    def load():
        with store.session() as session:
            return overview.load_dashboard(session, regions)

    dashboard = load()
    repeat = context.repeat * 3
    runs = timed_runs(load, repeat, context.budget)
    baseline = _raw_dashboard_seconds(store.db_path, repeat)
    row = Row("dashboard.load", "Home dashboard: overview.load_dashboard for the profile's regions",
              context.dataset, "s", Target("absolute", 0.100), len(runs), statistics.median(runs), baseline,
              "raw sqlite3: territories by stage, open overdue actions")
    row.details.append(f"{dashboard.territory_count} territories, {dashboard.overdue_count} overdue actions, "
                       f"{len(dashboard.upcoming_meetings)} upcoming meetings, {len(regions)} regions")
    context.recorder.write(row)
    profile_once(context, "dashboard-load", load)

    view = DashboardView(AppContext(store, Services(store), DataBus()))
    view.resize(1100, 640)
    view.show()
    app.processEvents()

    def reload_view() -> None:
        view.reload()
        app.processEvents()

    reload_view()
    runs = timed_runs(reload_view, repeat, context.budget)
    row = Row("dashboard.view", "Home dashboard: the view reloaded and painted", context.dataset, "s",
              Target("absolute", 0.100), len(runs), statistics.median(runs), baseline,
              "raw sqlite3: territories by stage, open overdue actions")
    context.recorder.write(row)
    profile_once(context, "dashboard-view", reload_view)
    view.close()
    store.close()


def _raw_dashboard_seconds(db_path: Path, repeat: int) -> float:
    connection = sqlite3.connect(db_path)
    today = datetime.now(UTC).date().isoformat()
    durations = []
    for _ in range(repeat):
        started = time.perf_counter()
        connection.execute("SELECT stage, count(*) FROM territory WHERE deleted = 0 GROUP BY stage").fetchall()
        connection.execute("SELECT count(*) FROM action WHERE deleted = 0 AND status IN ('a_faire', 'en_cours') "
                           "AND due_date < ?", (today,)).fetchall()
        durations.append(time.perf_counter() - started)
    connection.close()
    return statistics.median(durations)


# -- global search ------------------------------------------------------------------------


# Typed one letter at a time, from the second letter (shorter queries run no search).
SEARCH_TYPED = (SEARCH_WORD, "convention")


def scenario_search(context: Context) -> None:
    """Time ``search_everything`` and the search dialog for each keystroke of two words."""
    from tzcld_desktop.db import overview
    from tzcld_desktop.db.services import Services
    from tzcld_desktop.ui.context import AppContext, DataBus
    from tzcld_desktop.ui.search_dialog import LIMIT_PER_KIND, SearchDialog

    app = _qt_app()
    store = _open_store(context.store_path)
    typed = [word[:length] for word in SEARCH_TYPED for length in range(overview.MIN_SEARCH_LENGTH, len(word) + 1)]

    def search(text: str):
        with store.session() as session:
            return overview.search_everything(session, text, LIMIT_PER_KIND)

    for text in typed:
        search(text)
    per_text: dict[str, float] = {}
    totals: dict[str, int] = {}
    for text in typed:
        runs = timed_runs(lambda text=text: search(text), context.repeat, context.budget / len(typed))
        per_text[text] = statistics.median(runs)
        totals[text] = search(text).total
    worst = max(per_text, key=per_text.get)
    baseline = _raw_search_seconds(store.db_path, worst, context.repeat)
    row = Row("search.query", "Global search: overview.search_everything per keystroke, worst keystroke",
              context.dataset, "s", Target("absolute", 0.100), context.repeat, per_text[worst], baseline,
              "raw sqlite3: one LIKE scan of the action texts")
    row.details.append("per keystroke: " + ", ".join(
        f"“{text}” {_milliseconds(per_text[text])} ({totals[text]} hits)" for text in typed))
    context.recorder.write(row)
    profile_once(context, "search", lambda: search(worst))

    dialog = SearchDialog(AppContext(store, Services(store), DataBus()))
    dialog.show()
    app.processEvents()
    shown: dict[str, list[float]] = {text: [] for text in typed}
    for _ in range(context.repeat):
        for text in typed:
            started = time.perf_counter()
            dialog.search_edit.setText(text)
            dialog.run_search()
            app.processEvents()
            shown[text].append(time.perf_counter() - started)
    shown_medians = {text: statistics.median(values) for text, values in shown.items()}
    worst_shown = max(shown_medians, key=shown_medians.get)
    row = Row("search.dialog", "Global search: keystroke in the dialog, search and list shown, worst keystroke",
              context.dataset, "s", Target("absolute", 0.100), context.repeat, shown_medians[worst_shown],
              per_text[worst_shown], "search_everything alone")
    row.details.append(f"worst: “{worst_shown}”")

    def lay_out_every_row() -> None:
        # A list may lay its rows out over several event-loop turns: turn the loop until
        # three turns in a row leave the scroll range unchanged.
        dialog.search_edit.setText(worst_shown)
        dialog.run_search()
        bar = dialog.results_list.verticalScrollBar()
        unchanged, maximum = 0, None
        while unchanged < 3:
            app.processEvents()
            unchanged = unchanged + 1 if bar.maximum() == maximum else 0
            maximum = bar.maximum()

    complete = timed_runs(lay_out_every_row, context.repeat, context.budget)
    row.details.append(f"until every row of “{worst_shown}” is laid out: {_milliseconds(statistics.median(complete))}")
    context.recorder.write(row)
    dialog.close()
    store.close()


def _raw_search_seconds(db_path: Path, text: str, repeat: int) -> float:
    connection = sqlite3.connect(db_path)
    durations = []
    for _ in range(repeat):
        started = time.perf_counter()
        connection.execute("SELECT count(*) FROM action WHERE deleted = 0 AND text_key LIKE ?",
                           (f"%{text}%",)).fetchall()
        durations.append(time.perf_counter() - started)
    connection.close()
    return statistics.median(durations)


# -- opening a territory ------------------------------------------------------------------


def scenario_open_territory(context: Context) -> None:
    from tzcld_desktop.db.services import Services
    from tzcld_desktop.reports.collect import territory_sheet_data
    from tzcld_desktop.ui.context import AppContext, DataBus
    from tzcld_desktop.ui.territory_form import TerritoryDialog

    app = _qt_app()
    store = _open_store(context.store_path)
    territory_id = context.manifest["heavy_territory_id"]

    def collect():
        with store.session() as session:
            return territory_sheet_data(session, territory_id)

    data = collect()
    runs = timed_runs(collect, context.repeat * 3, context.budget)
    baseline = _raw_territory_seconds(store.db_path, territory_id, context.repeat * 3)
    row = Row("open.sheet_data", f"Open a territory with {len(data.actions)} actions: "
              "reports.collect.territory_sheet_data",
              context.dataset, "s", Target("absolute", 0.100), len(runs), statistics.median(runs), baseline,
              "raw sqlite3: its actions and meetings")
    row.details.append(f"{len(data.actions)} actions and {len(data.meetings)} meetings collected")
    context.recorder.write(row)
    profile_once(context, "sheet-data", collect)

    app_context = AppContext(store, Services(store), DataBus())

    def open_form() -> None:
        dialog = TerritoryDialog(app_context, territory_id)
        dialog.show()
        app.processEvents()
        dialog.close()
        dialog.deleteLater()

    open_form()
    runs = timed_runs(open_form, context.repeat * 3, context.budget)
    row = Row("open.form", "Open a territory: TerritoryDialog built and shown with its queries", context.dataset,
              "s", Target("absolute", 0.100), len(runs), statistics.median(runs), baseline,
              "raw sqlite3: its actions and meetings")
    context.recorder.write(row)
    profile_once(context, "form", open_form)
    store.close()

    _record_window_row(context, app, territory_id, baseline)


def _record_window_row(context: Context, app, territory_id: str, baseline: float) -> None:
    from tzcld_desktop.db.services import Services
    from tzcld_desktop.ui.context import AppContext, DataBus
    from tzcld_desktop.ui.record.record_view import open_territory_record

    store = _open_store(context.store_path)
    notes = context.manifest["spec"]["heavy_notes"]
    app_context = AppContext(store, Services(store), DataBus())

    def open_record() -> None:
        window = open_territory_record(None, app_context, territory_id)
        app.processEvents()
        window.close()
        app.processEvents()

    open_record()
    runs = timed_runs(open_record, context.repeat * 3, context.budget)
    row = Row("open.record", f"Open a territory record window with {notes:,} journal notes",
              context.dataset, "s", Target("absolute", 0.100), len(runs), statistics.median(runs), baseline,
              "raw sqlite3: its actions and meetings")
    context.recorder.write(row)
    profile_once(context, "record", open_record)
    store.close()


def _raw_territory_seconds(db_path: Path, territory_id: str, repeat: int) -> float:
    connection = sqlite3.connect(db_path)
    durations = []
    for _ in range(repeat):
        started = time.perf_counter()
        connection.execute("SELECT * FROM territory WHERE id = ?", (territory_id,)).fetchall()
        connection.execute(
            "SELECT a.*, coalesce(t.name, '') FROM action a LEFT JOIN territory t ON t.id = a.territory_id "
            "WHERE a.deleted = 0 AND a.territory_id = ? ORDER BY a.due_date IS NULL, a.due_date, a.text",
            (territory_id,)).fetchall()
        connection.execute(
            "SELECT m.meeting_date, c.name, m.place FROM meeting m "
            "JOIN meeting_territory mt ON mt.meeting_id = m.id LEFT JOIN cluster c ON c.id = m.cluster_id "
            "WHERE mt.territory_id = ? AND mt.deleted = 0 AND m.deleted = 0 ORDER BY m.meeting_date DESC",
            (territory_id,)).fetchall()
        durations.append(time.perf_counter() - started)
    connection.close()
    return statistics.median(durations)


# -- PDF documents --------------------------------------------------------------------------


def scenario_pdf(context: Context) -> None:
    from tzcld_desktop.reports.collect import meeting_handout_data, territory_sheet_data
    from tzcld_desktop.reports.handout import build_meeting_handout, open_actions
    from tzcld_desktop.reports.territory_sheet import build_territory_sheet

    from benchmarks.plain_pdf import plain_handout, plain_sheet

    store = _open_store(context.store_path)
    meeting_id = context.manifest["busiest_meeting_id"]
    territory_id = context.manifest["heavy_territory_id"]
    output = context.work / "pdf"
    output.mkdir(exist_ok=True)

    def handout() -> int:
        with store.session() as session:
            data = meeting_handout_data(session, meeting_id)
        return build_meeting_handout(data, output / "reunion.pdf")

    def sheet() -> int:
        with store.session() as session:
            data = territory_sheet_data(session, territory_id)
        return build_territory_sheet(data, output / "fiche.pdf")

    with store.session() as session:
        handout_data = meeting_handout_data(session, meeting_id)
        sheet_data = territory_sheet_data(session, territory_id)
    pages = handout()
    repeat = context.repeat * 2
    runs = timed_runs(handout, repeat, context.budget)
    baseline = timed_runs(lambda: plain_handout(handout_data, output / "reunion-simple.pdf"), repeat, context.budget)
    row = Row("pdf.handout", "Meeting handout PDF (collect + build), meeting with the most territories",
              context.dataset, "s", Target("ratio", 1.5), len(runs), statistics.median(runs),
              statistics.median(baseline), "plain reportlab document, same tables")
    row.details.append(f"{len(handout_data.territories)} territories, {len(open_actions(handout_data))} open "
                       f"actions, {pages} pages")
    context.recorder.write(row)
    profile_once(context, "handout", handout)

    pages = sheet()
    runs = timed_runs(sheet, repeat, context.budget)
    baseline = timed_runs(lambda: plain_sheet(sheet_data, output / "fiche-simple.pdf"), repeat, context.budget)
    row = Row("pdf.sheet", "Territory sheet PDF (collect + build), territory with the most actions",
              context.dataset, "s", Target("ratio", 1.5), len(runs), statistics.median(runs),
              statistics.median(baseline), "plain reportlab document, same tables")
    row.details.append(f"{len(sheet_data.actions)} actions, {len(sheet_data.meetings)} meetings, {pages} pages")
    context.recorder.write(row)
    profile_once(context, "sheet", sheet)
    _pdf_summary_and_pack(context, store, output)
    store.close()


def _pdf_summary_and_pack(context: Context, store, output: Path) -> None:
    """Measure the regional summary of every region with territories and the pack of the busiest meeting."""
    from sqlalchemy import select

    from tzcld_desktop.db.models import Region, Territory
    from tzcld_desktop.reports.collect_summary import regional_summary_data
    from tzcld_desktop.reports.pack import build_meeting_pack, meeting_pack_data
    from tzcld_desktop.reports.regional_summary import build_regional_summary

    from benchmarks.plain_pdf import plain_pack, plain_summary

    meeting_id = context.manifest["busiest_meeting_id"]
    with store.session() as session:
        codes = sorted(set(session.scalars(
            select(Region.code).join(Territory, Territory.region_id == Region.id).where(Territory.deleted.is_(False))
        )))

    def summary() -> int:
        with store.session() as session:
            data = regional_summary_data(session, codes)
        return build_regional_summary(data, output / "synthese.pdf")

    def pack() -> int:
        with store.session() as session:
            data = meeting_pack_data(session, meeting_id)
        return build_meeting_pack(data, output / "dossier.pdf")

    with store.session() as session:
        summary_data = regional_summary_data(session, codes)
        pack_data = meeting_pack_data(session, meeting_id)
    baseline_label = "plain reportlab document, same tables and text, one pass"

    pages = summary()
    runs = timed_runs(summary, context.repeat * 2, context.budget)
    baseline = timed_runs(lambda: plain_summary(summary_data, output / "synthese-simple.pdf"),
                          context.repeat * 2, context.budget)
    detail = f"{len(summary_data.territories)} territories, {len(summary_data.deadlines)} deadlines, {pages} pages"
    for key, label, target in (
        ("pdf.summary", f"Regional summary PDF (collect + build), {len(codes)} regions", Target("ratio", 1.5)),
        ("pdf.summary_time", "Same regional summary PDF, time against the one-second target", Target("absolute", 1.0)),
    ):
        row = Row(key, label, context.dataset, "s", target, len(runs), statistics.median(runs),
                  statistics.median(baseline), baseline_label)
        row.details.append(detail)
        context.recorder.write(row)
    profile_once(context, "summary", summary)

    pages = pack()
    runs = timed_runs(pack, context.repeat, context.budget)
    baseline = timed_runs(lambda: plain_pack(pack_data, output / "dossier-simple.pdf"), context.repeat,
                          context.budget)
    row = Row("pdf.pack", "Meeting pack PDF (collect + build), meeting with the most territories", context.dataset,
              "s", Target("ratio", 1.5), len(runs), statistics.median(runs), statistics.median(baseline),
              f"{baseline_label}, no table of contents")
    row.details.append(f"{len(pack_data.sheets)} territory sheets, contents and summary of "
                       f"{len(pack_data.summary.territories) if pack_data.summary else 0} territories, {pages} pages")
    context.recorder.write(row)
    profile_once(context, "pack", pack)


# -- exchange -----------------------------------------------------------------------------


def _register_rows(db_path: Path) -> list[tuple[str, str, str, str, str]]:
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute(
            "SELECT table_name, record_id, field, entries, context FROM sync_register "
            "ORDER BY table_name, record_id, field").fetchall()
    finally:
        connection.close()


def _raw_export(db_path: Path, path: Path) -> None:
    """Write the registers as NDJSON in a deflated zip with plain sqlite3 and zipfile, then fsync."""
    connection = sqlite3.connect(db_path)
    lines = []
    for table, record_id, field_name, entries, context_json in connection.execute(
            "SELECT table_name, record_id, field, entries, context FROM sync_register "
            "ORDER BY table_name, record_id, field"):
        lines.append(f'{{"t":"{table}","r":"{record_id}","f":"{field_name}","e":{entries},"c":{context_json}}}\n')
    connection.close()
    with path.open("wb") as handle:
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("registers.ndjson", "".join(lines).encode("utf-8"))
        handle.flush()
        os.fsync(handle.fileno())


def scenario_export(context: Context) -> None:
    from tzcld_desktop.domain.errors import UserError
    from tzcld_desktop.sync.exchange import export_data

    store = _open_store(context.store_path)
    path = context.work / "tout.tzsync"
    raw_path = context.work / "tout-brut.zip"
    baseline = timed_runs(lambda: _raw_export(store.db_path, raw_path), context.repeat, context.budget)
    registers = context.manifest["counts"]["sync_register"]
    row = Row("exchange.export", "Exchange: full export", context.dataset, "s", Target("absolute", 5.0),
              baseline=statistics.median(baseline), baseline_label="raw sqlite3 + zipfile, same lines")
    row.details.append(f"raw: file {raw_path.stat().st_size / 2**20:.1f} MiB")
    started = time.perf_counter()
    try:
        export_data(store, path)
    except UserError as error:
        # The product rejects an export whose member exceeds the container's size limit.
        # The row then keeps the time until the error and the message the user reads.
        row.runs, row.median = 1, time.perf_counter() - started
        row.status = f"failed: export_data raised {type(error).__name__} (see details)"
        row.details.append(f"rejected after {row.median:.1f} s with: {error.message()}")
        context.recorder.write(row)
        store.close()
        return
    runs = timed_runs(lambda: export_data(store, path), context.repeat, context.budget)
    row.runs, row.median = len(runs), statistics.median(runs)
    row.details.append(f"{registers} registers, file {path.stat().st_size / 2**20:.1f} MiB")
    context.recorder.write(row)
    profile_once(context, "export", lambda: export_data(store, path))
    store.close()


def _raw_import(rows: list[tuple[str, str, str, str, str]], folder: Path) -> None:
    """Insert register rows into a new table of the same shape, with the store's settings."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    connection = sqlite3.connect(folder / "brut.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute(
        "CREATE TABLE sync_register (table_name VARCHAR(40) NOT NULL, record_id VARCHAR(36) NOT NULL, "
        "field VARCHAR(40) NOT NULL, entries TEXT NOT NULL, context TEXT NOT NULL, "
        "PRIMARY KEY (table_name, record_id, field))")
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO sync_register VALUES (?, ?, ?, ?, ?)", rows)
    connection.execute("COMMIT")
    connection.close()


def scenario_import(context: Context) -> None:
    from tzcld_desktop.sync.exchange import import_data

    path = context.work / "tout.tzsync"
    registers = context.manifest["counts"]["sync_register"]
    if not path.exists():
        row = Row("exchange.import", "Exchange: full import into an empty store", context.dataset, "s",
                  Target("ratio", 3.0), status="not run: the export scenario wrote no file to import")
        context.recorder.write(row)
        return
    rows = _register_rows(context.store_path / "tzcld.sqlite3")
    raw_folder = context.work / "import-brut"
    baseline = timed_runs(lambda: _raw_import(rows, raw_folder), context.repeat, context.budget)
    del rows
    baseline_median = statistics.median(baseline)
    row = Row("exchange.import", "Exchange: full import into an empty store", context.dataset, "s",
              Target("ratio", 3.0), baseline=baseline_median,
              baseline_label="raw sqlite3 executemany of the same register rows")
    row.details.append(f"raw: {registers / baseline_median:,.0f} registers/s")
    # Written first without a median, so a timeout still reports the baseline.
    row.status = "started"
    context.recorder.write(row)

    stores: list = []
    target_folder = context.work / "import-cible"

    def fresh_store() -> None:
        for store in stores:
            store.close()
        stores.clear()
        shutil.rmtree(target_folder, ignore_errors=True)
        stores.append(_open_store(target_folder))

    runs = timed_runs(lambda: import_data(stores[0], path), context.repeat, context.budget, setup=fresh_store)
    row.status = "measured"
    row.runs = len(runs)
    row.median = statistics.median(runs)
    row.details.append(f"import: {registers / row.median:,.0f} registers/s ({registers} registers)")
    context.recorder.write(row)
    if context.profile_path is not None:
        fresh_store()
        profile_once(context, "import", lambda: import_data(stores[0], path))
    for store in stores:
        store.close()


def _edit(store, copy_number: int, round_number: int) -> None:
    """Change ``INCREMENTAL_EDITS`` fields through the ORM, as the services do, in one transaction.

    Half are action texts and half territory notes. Each copy and round edits other
    records, and a small dataset may have fewer territories than requested.
    """
    from sqlalchemy import func, select

    from tzcld_desktop.db.models import Action, Territory

    half = INCREMENTAL_EDITS // 2
    with store.transaction() as session:
        action_count = session.scalar(select(func.count()).select_from(Action))
        territory_count = session.scalar(select(func.count()).select_from(Territory))
        slot = round_number * 2 + copy_number
        actions = session.scalars(select(Action).order_by(Action.id)
                                  .offset((slot * half) % max(action_count - half, 1)).limit(half)).all()
        for action in actions:
            action.text = f"{action.text} (relancé)"
        territories = session.scalars(select(Territory).order_by(Territory.id)
                                      .offset((slot * half) % max(territory_count - half, 1))
                                      .limit(INCREMENTAL_EDITS - len(actions))).all()
        for territory in territories:
            territory.notes = f"{territory.notes}\n\nPoint fait le {time.strftime('%d/%m/%Y %H:%M:%S')}."


def _raw_exchange(source: Path, target: Path, keys: list[tuple[str, str, str]]) -> None:
    """Copy the given register rows from one database to another with plain sqlite3."""
    reader = sqlite3.connect(source)
    rows = [reader.execute("SELECT table_name, record_id, field, entries, context FROM sync_register "
                           "WHERE table_name = ? AND record_id = ? AND field = ?", key).fetchone() for key in keys]
    reader.close()
    writer = sqlite3.connect(target, isolation_level=None)
    writer.execute("PRAGMA synchronous=FULL")
    writer.execute("BEGIN")
    writer.executemany("INSERT OR REPLACE INTO sync_register VALUES (?, ?, ?, ?, ?)", rows)
    writer.execute("COMMIT")
    writer.close()


def scenario_incremental(context: Context) -> None:
    from tzcld_desktop.domain.crdt import Knowledge
    from tzcld_desktop.sync.exchange import export_data, import_data
    from tzcld_desktop.sync.peers import record_peer

    first = _open_store(context.work / "copie-a")
    second = _open_store(context.work / "copie-b")
    stores = {"a": first, "b": second}

    def knowledge_of(store) -> tuple[str, Knowledge]:
        from sqlalchemy import select

        from tzcld_desktop.db.models import LocalReplica

        with store.session() as session:
            replica = session.scalars(select(LocalReplica)).one()
            return replica.replica_id, Knowledge(json.loads(replica.knowledge))

    # As after a first exchange, each copy stores what the other reported knowing.
    for mine, other in (("a", "b"), ("b", "a")):
        replica_id, knowledge = knowledge_of(stores[other])
        with stores[mine].transaction() as session:
            record_peer(session, replica_id, f"Copie {other}", knowledge, datetime.now(UTC).replace(tzinfo=None))

    exports: list[float] = []
    imports: list[float] = []
    totals: list[float] = []
    sizes: list[int] = []
    for round_number in range(context.repeat):
        for sender, receiver in (("a", "b"), ("b", "a")):
            _edit(stores[sender], 0 if sender == "a" else 1, round_number)
            path = context.work / f"increment-{sender}-{round_number}.tzsync"
            receiver_id = knowledge_of(stores[receiver])[0]
            started = time.perf_counter()
            report = export_data(stores[sender], path, for_peer=receiver_id)
            exported = time.perf_counter()
            import_data(stores[receiver], path)
            finished = time.perf_counter()
            exports.append(exported - started)
            imports.append(finished - exported)
            totals.append(finished - started)
            sizes.append(report.records)
        if sum(totals) >= context.budget:
            break

    baseline = _raw_incremental_seconds(context, min(3, context.repeat))
    row = Row("exchange.incremental", f"Exchange: {INCREMENTAL_EDITS} edits one way (export for the peer + import)",
              context.dataset, "s", Target("absolute", 0.200), len(totals), statistics.median(totals), baseline,
              f"raw sqlite3: copy the {INCREMENTAL_EDITS} changed register rows")
    row.details.append(f"export {_milliseconds(statistics.median(exports))}, import "
                       f"{_milliseconds(statistics.median(imports))}; {statistics.median(sizes):.0f} records per file")
    context.recorder.write(row)
    if context.profile_path is not None:
        _edit(first, 0, context.repeat + 1)
        path = context.work / "increment-profil.tzsync"
        receiver_id = knowledge_of(second)[0]
        profile_once(context, "incremental-export", lambda: export_data(first, path, for_peer=receiver_id))
        profile_once(context, "incremental-import", lambda: import_data(second, path))
    first.close()
    second.close()


def _raw_incremental_seconds(context: Context, repeat: int) -> float:
    source = context.work / "copie-a" / "tzcld.sqlite3"
    target = context.work / "copie-b" / "tzcld.sqlite3"
    connection = sqlite3.connect(source)
    keys = connection.execute("SELECT table_name, record_id, field FROM sync_register "
                              "ORDER BY rowid DESC LIMIT ?", (INCREMENTAL_EDITS,)).fetchall()
    connection.close()
    runs = timed_runs(lambda: _raw_exchange(source, target, keys), repeat, context.budget)
    return statistics.median(runs)


SCENARIOS: dict[str, Callable[[Context], None]] = {
    "start": scenario_start,
    "territory_list": scenario_territory_list,
    "dashboard": scenario_dashboard,
    "search": scenario_search,
    "open_territory": scenario_open_territory,
    "pdf": scenario_pdf,
    "export": scenario_export,
    "import": scenario_import,
    "incremental": scenario_incremental,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run one benchmark scenario (started by benchmarks.run).")
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    parser.add_argument("--dataset", required=True, help="name of the dataset, for the report")
    parser.add_argument("--dataset-dir", type=Path, required=True, help="folder of the cached dataset")
    parser.add_argument("--work", type=Path, required=True, help="scratch folder holding the store copies")
    parser.add_argument("--result", type=Path, required=True, help="file that receives one JSON line per row")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per measurement")
    parser.add_argument("--budget", type=float, default=DEFAULT_BUDGET_SECONDS,
                        help="seconds of timed runs after which a measurement stops repeating")
    parser.add_argument("--profile", type=Path, help="save cProfile stats of one more run to FILE-<part>.prof")
    arguments = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TZCLD_LOG_DIR", str(arguments.work / "logs"))
    manifest = json.loads((arguments.dataset_dir / "dataset.json").read_text(encoding="utf-8"))
    context = Context(arguments.dataset, arguments.dataset_dir, manifest, arguments.work, arguments.repeat,
                      Recorder(arguments.result), arguments.profile, arguments.budget)
    SCENARIOS[arguments.scenario](context)
    return 0


if __name__ == "__main__":
    sys.exit(main())
