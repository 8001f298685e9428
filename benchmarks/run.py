"""Run every benchmark scenario on a dataset and write the results table.

    python -m benchmarks.run [--dataset today|decade|tiny] [--repeat N] [--output docs/benchmarks.md]

Builds the dataset first when it is not cached (``benchmarks.generate``) and copies it to
a scratch folder. Then each scenario of ``benchmarks.scenarios`` runs in its own worker
process with a time limit and a memory limit, so a slow or runaway scenario ends
without taking the others down. The PDF scenarios run on the today dataset (tiny
for the tiny dataset). Results go into ``--output`` between the markers
``<!-- results:DATASET:start -->`` and ``<!-- results:DATASET:end -->``: a rerun replaces
its own dataset's section and leaves the rest of the file alone.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.generate import DATA_DIR, DATASETS, generate
from tzcld_desktop.db.blobs import blob_dir

ROOT = Path(__file__).resolve().parent.parent
DB_FILE_NAME = "tzcld.sqlite3"

# Worker order matters: "import" reads the file that "export" writes.
SCENARIO_ORDER = ("start", "territory_list", "dashboard", "search", "open_territory", "pdf", "export", "import", "incremental")
# Seconds one worker may run, per dataset, before it is stopped and its missing rows are marked.
TIMEOUTS = {"tiny": 300, "today": 1200, "decade": 1500}
# Address space of one worker. Above it an allocation fails instead of starving the machine.
WORKER_MEMORY_LIMIT = 16 * 2**30

# Targets of the performance plan that no scenario measures, and why.
NOT_MEASURED = (
    ("No N+1 queries", "checked by tests/test_query_counts.py, which counts the statements of each main screen"),
)


# -- machine and versions -----------------------------------------------------------------


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _memory_gib() -> float:
    with open("/proc/meminfo", encoding="ascii") as meminfo:
        for line in meminfo:
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 2**20
    return 0.0


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def machine_description() -> str:
    from PySide6 import QtCore

    pyside = QtCore.__version__ if hasattr(QtCore, "__version__") else _version("PySide6-Essentials")
    return (
        f"{os.cpu_count()} cores, {_memory_gib():.1f} GiB memory, {_cpu_model()}; "
        f"{platform.system()} {platform.release()}; Python {platform.python_version()}, "
        f"PySide6 {pyside} (Qt {QtCore.qVersion()}), SQLAlchemy {_version('SQLAlchemy')}, "
        f"reportlab {_version('reportlab')}, alembic {_version('alembic')}, SQLite {sqlite3.sqlite_version}"
    )


def code_description() -> str:
    """Return the measured commit, and the product files that differ from it in the work tree."""
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout.strip()
        changed = subprocess.run(["git", "status", "--porcelain", "--", "tzcld_desktop"], cwd=ROOT,
                                 capture_output=True, text=True, check=True).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError) as error:
        return f"unknown (git failed: {error})"
    if not changed:
        return f"commit {commit}"
    files = ", ".join(line[3:] for line in changed[:12]) + (", …" if len(changed) > 12 else "")
    return f"commit {commit} with uncommitted changes to {len(changed)} product files ({files})"


def dataset_description(name: str, manifest: dict, db_path: Path) -> str:
    counts = manifest["counts"]
    spec = manifest["spec"]
    stages = ", ".join(f"{count:,} {stage}" for stage, count in spec["stages"].items())
    return (
        f"{name}: {counts['territory']:,} territories ({stages}), {counts['cluster']:,} clusters, "
        f"{counts['meeting']:,} meetings with {counts['meeting_territory']:,} attendances, "
        f"{counts['action']:,} actions and {counts['journal_note']:,} journal notes "
        f"({spec['heavy_actions']:,} and {spec['heavy_notes']:,} on one territory), "
        f"{counts['agenda_item']:,} agenda items, {counts['contact']:,} contacts, "
        f"{counts['indicator_value']:,} indicator values, {counts['document']:,} documents, "
        f"{counts['sync_register']:,} registers; store {db_path.stat().st_size / 2**20:,.0f} MiB; seed {spec['seed']}"
    )


# -- workers ------------------------------------------------------------------------------


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY_LIMIT, WORKER_MEMORY_LIMIT))


def run_worker(scenario: str, dataset: str, dataset_dir: Path, work: Path, repeat: int, timeout: float,
               budget: float) -> list[dict]:
    """Run one scenario in a worker process and return its rows, marking what it left unfinished."""
    result = work / f"{scenario}.jsonl"
    result.unlink(missing_ok=True)
    command = [sys.executable, "-m", "benchmarks.scenarios", scenario, "--dataset", dataset,
               "--dataset-dir", str(dataset_dir), "--work", str(work), "--result", str(result),
               "--repeat", str(repeat), "--budget", str(budget)]
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", TZCLD_LOG_DIR=str(work / "logs"))
    # Writes the store copies and the previous scenario's files to disk first. Otherwise
    # the kernel may flush gigabytes during the scenario, and each commit's fsync waits
    # behind them.
    os.sync()
    started = time.perf_counter()
    problem = ""
    try:
        completed = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True,
                                   timeout=timeout, preexec_fn=_limit_memory, check=False)
        if completed.returncode != 0:
            problem = f"failed (exit code {completed.returncode}): {_last_line(completed.stderr)}"
    except subprocess.TimeoutExpired:
        problem = f"timed out after {timeout:.0f} s"
    print(f"  {scenario}: {time.perf_counter() - started:.1f} s{' — ' + problem if problem else ''}", flush=True)

    rows: dict[str, dict] = {}
    if result.exists():
        for line in result.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            rows[row["key"]] = row
    for row in rows.values():
        # A row written as "started" was still being measured when the worker ended.
        if row["status"] == "started":
            row["status"] = problem or "failed: the worker stopped before the end of the row"
    if problem and not rows:
        rows[scenario] = {"key": scenario, "label": f"Scenario {scenario}", "dataset": dataset, "unit": "s",
                          "target": None, "runs": 0, "median": None, "baseline": None, "baseline_label": "",
                          "details": [], "status": problem}
    elif problem:
        next(reversed(rows.values()))["details"].append(f"the worker then {problem}")
    return list(rows.values())


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else "no error output"


def _prepare(dataset: str, data_dir: Path, work_root: Path, copies: tuple[str, ...]) -> tuple[Path, Path]:
    """Return the dataset folder and a scratch folder holding copies of its store and document files."""
    generate(DATASETS[dataset], data_dir)
    dataset_dir = data_dir / dataset
    work = work_root / dataset
    for copy in copies:
        (work / copy).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(dataset_dir / DB_FILE_NAME, work / copy / DB_FILE_NAME)
        if blob_dir(dataset_dir).is_dir():
            shutil.copytree(blob_dir(dataset_dir), blob_dir(work / copy), dirs_exist_ok=True)
    return dataset_dir, work


# -- report ----------------------------------------------------------------------------


def _quantity(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MiB":
        return f"{value:,.0f} MiB"
    if value < 1:
        return f"{value * 1000:,.1f} ms"
    return f"{value:,.2f} s"


def _target_text(target: dict | None, unit: str) -> str:
    if target is None:
        return "—"
    if target["kind"] == "ratio":
        return f"≤ {target['maximum']:g}× baseline"
    return f"≤ {_quantity(target['maximum'], unit)}"


def verdict(row: dict) -> str:
    """Return "pass", "**MISS**", or the problem that kept the row from being measured."""
    if row["status"] != "measured":
        return f"**{row['status'].upper() if row['status'].startswith('timed') else row['status']}**"
    target = row["target"]
    if target is None:
        return "—"
    value = row["median"] / row["baseline"] if target["kind"] == "ratio" else row["median"]
    return "pass" if value <= target["maximum"] else "**MISS**"


def render_table(rows: list[dict]) -> list[str]:
    lines = [
        "| Scenario | Dataset | Runs | Median | Baseline | Ratio | Target | Result |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        ratio = "—"
        if row["median"] is not None and row["baseline"]:
            ratio = f"{row['median'] / row['baseline']:,.1f}×"
        baseline = _quantity(row["baseline"], row["unit"])
        if row["baseline_label"] and row["baseline"] is not None:
            baseline += f" ({row['baseline_label']})"
        lines.append(
            f"| {row['label']} | {row['dataset']} | {row['runs']} | {_quantity(row['median'], row['unit'])} | "
            f"{baseline} | {ratio} | {_target_text(row['target'], row['unit'])} | {verdict(row)} |"
        )
    for label, reason in NOT_MEASURED:
        lines.append(f"| {label} | — | 0 | — | — | — | — | not measured: {reason} |")
    return lines


def render_section(dataset: str, command: str, machine: str, code: str, load: str, datasets: list[str],
                   rows: list[dict], elapsed: float) -> str:
    lines = [
        f"<!-- results:{dataset}:start -->",
        f"### Dataset {dataset}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"- Command: `{command}` ({elapsed / 60:.0f} min)",
        f"- Code: {code}",
        f"- Machine: {machine}",
        f"- Load average over 1 minute, before and after the run: {load} "
        f"(a value at or above the core count means other processes shared the machine; a 1-minute average "
        f"misses load that started and ended within the run)",
        *[f"- Dataset {description}" for description in datasets],
        "- Median of the runs column; the baseline is measured in the same run.",
        "",
        *render_table(rows),
        "",
        "Details:",
        "",
    ]
    for row in rows:
        for detail in row["details"]:
            lines.append(f"- {row['label']}: {detail}")
    lines.append(f"<!-- results:{dataset}:end -->")
    return "\n".join(lines) + "\n"


def write_section(output: Path, dataset: str, section: str) -> None:
    """Replace the dataset's section of ``output``, or append it (creating the file if needed)."""
    start, end = f"<!-- results:{dataset}:start -->", f"<!-- results:{dataset}:end -->"
    text = output.read_text(encoding="utf-8") if output.exists() else "# Benchmarks\n\n## Results\n\n"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1].lstrip("\n")
        text = before + section + ("\n" + after if after else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")


# -- main -------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description="Run the benchmarks of TZCLD Desktop and write the results table.")
    parser.add_argument("--dataset", choices=sorted(DATASETS), default="decade", help="dataset to measure")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per measurement (the median is kept)")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "benchmarks.md",
                        help="Markdown file that receives the results section")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR, help="folder of the cached datasets")
    parser.add_argument("--only", nargs="+", choices=SCENARIO_ORDER, help="run only these scenarios")
    parser.add_argument("--timeout", type=float, help="seconds each scenario worker may run "
                                                      "(default: 300 tiny, 1200 today, 1500 decade)")
    parser.add_argument("--budget", type=float, default=90.0,
                        help="seconds of timed runs after which a measurement stops repeating (at least one run)")
    parser.add_argument("--keep-work", action="store_true", help="keep the scratch folder of store copies")
    arguments = parser.parse_args(argv)
    if arguments.repeat < 1:
        parser.error("--repeat must be at least 1")

    started = time.perf_counter()
    # Read before the run, because the product files may change while it runs.
    code = code_description()
    load_before = os.getloadavg()[0]
    timeout = arguments.timeout or TIMEOUTS[arguments.dataset]
    pdf_dataset = "tiny" if arguments.dataset == "tiny" else "today"
    work_root = Path(tempfile.mkdtemp(prefix="tzcld-bench-"))
    scenarios = arguments.only or SCENARIO_ORDER
    print(f"Benchmarks on {arguments.dataset} in {work_root}", flush=True)
    try:
        dataset_dir, work = _prepare(arguments.dataset, arguments.data_dir, work_root,
                                     ("store", "copie-a", "copie-b") if "incremental" in scenarios else ("store",))
        pdf_dir, pdf_work = _prepare(pdf_dataset, arguments.data_dir, work_root, ("store",))
        rows: list[dict] = []
        for scenario in scenarios:
            on_pdf = scenario == "pdf"
            rows += run_worker(scenario, pdf_dataset if on_pdf else arguments.dataset,
                               pdf_dir if on_pdf else dataset_dir, pdf_work if on_pdf else work,
                               arguments.repeat, timeout, arguments.budget)
        descriptions = [dataset_description(arguments.dataset, json.loads((dataset_dir / "dataset.json").read_text()),
                                            dataset_dir / DB_FILE_NAME)]
        if "pdf" in scenarios and pdf_dataset != arguments.dataset:
            descriptions.append(dataset_description(pdf_dataset, json.loads((pdf_dir / "dataset.json").read_text()),
                                                    pdf_dir / DB_FILE_NAME))
    finally:
        if not arguments.keep_work:
            shutil.rmtree(work_root, ignore_errors=True)
    command = "python -m benchmarks.run " + " ".join(argv)
    load = f"{load_before:.1f} and {os.getloadavg()[0]:.1f}"
    section = render_section(arguments.dataset, command.strip(), machine_description(), code, load, descriptions,
                             rows, time.perf_counter() - started)
    write_section(arguments.output, arguments.dataset, section)
    print(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
