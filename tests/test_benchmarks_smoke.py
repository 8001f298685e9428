"""The benchmark harness still runs end to end on the tiny dataset.

Only behaviour is checked: the generator builds a store that survives an exchange round
trip, and the harness writes a results table with a row per scenario. No timing is
asserted, because timings belong to ``python -m benchmarks.run`` and docs/benchmarks.md.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Label prefixes of the rows that the scenarios write, one or more per scenario worker.
EXPECTED_ROWS = (
    "Start to an interactive main window",
    "Start, first of the day",
    "Memory: resident set",
    "Territory list: filter per keystroke",
    "Territory list: sort click",
    "Territory list: keystroke in the panel",
    "Open a territory with",
    "Open a territory: TerritoryDialog",
    "Meeting handout PDF",
    "Territory sheet PDF",
    "Exchange: full export",
    "Exchange: full import",
    "Exchange: 100 edits one way",
    "Home dashboard: overview.load_dashboard",
    "Home dashboard: the view",
    "Global search: overview.search_everything",
    "Global search: keystroke in the dialog",
    "Open a territory record window",
    "Regional summary PDF",
    "Same regional summary PDF",
    "Meeting pack PDF",
)


def _run(arguments: list[str], scratch: Path) -> subprocess.CompletedProcess:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", TZCLD_LOG_DIR=str(scratch / "logs"))
    return subprocess.run([sys.executable, "-m", *arguments], cwd=ROOT, env=environment, capture_output=True,
                          text=True, timeout=240, check=False)


@pytest.fixture(scope="module")
def tiny_data(tmp_path_factory):
    """The tiny dataset built once for this module, and the generator's output."""
    scratch = tmp_path_factory.mktemp("benchmarks")
    completed = _run(["benchmarks.generate", "--dataset", "tiny", "--data-dir", str(scratch / "data")], scratch)
    return scratch / "data", completed


def test_generator_builds_tiny_dataset(tiny_data):
    data_dir, completed = tiny_data

    assert completed.returncode == 0, completed.stderr[-3000:]
    manifest = json.loads((data_dir / "tiny" / "dataset.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["territory"] == 30
    assert manifest["counts"]["sync_register"] > 0
    assert "reproduced every row" in completed.stdout


@pytest.mark.parametrize("table", ["journal_note", "action", "agenda_item", "contact", "indicator_value",
                                   "document", "document_link"])
def test_generator_fills_record_table(tiny_data, table):
    data_dir, completed = tiny_data
    assert completed.returncode == 0, completed.stderr[-3000:]
    connection = sqlite3.connect(data_dir / "tiny" / "tzcld.sqlite3")

    stored = connection.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]
    connection.close()

    assert stored > 0


def test_generator_stores_document_files(tiny_data):
    data_dir, _ = tiny_data
    folder = data_dir / "tiny"
    connection = sqlite3.connect(folder / "tzcld.sqlite3")
    hashes = [row[0] for row in connection.execute("SELECT sha256 FROM document")]
    indexed = connection.execute("SELECT count(*) FROM document_text").fetchone()[0]
    library = connection.execute("SELECT count(*) FROM document WHERE in_library = 1").fetchone()[0]
    connection.close()

    assert hashes
    for sha256 in hashes:
        assert (folder / "documents" / sha256[:2] / sha256).is_file(), sha256
    assert library > 0
    assert indexed == library


def test_harness_writes_row_per_scenario(tiny_data, tmp_path):
    data_dir, _ = tiny_data
    output = tmp_path / "benchmarks.md"
    output.write_text("# Benchmarks\n\nText kept by the harness.\n", encoding="utf-8")
    arguments = ["benchmarks.run", "--dataset", "tiny", "--repeat", "1", "--output", str(output),
                 "--data-dir", str(data_dir)]

    completed = _run(arguments, tmp_path)

    assert completed.returncode == 0, completed.stderr[-3000:]
    text = output.read_text(encoding="utf-8")
    assert "Text kept by the harness." in text
    assert "<!-- results:tiny:start -->" in text
    table = [line for line in text.splitlines() if line.startswith("| ")]
    for label in EXPECTED_ROWS:
        rows = [line for line in table if line.startswith(f"| {label}")]
        assert len(rows) == 1, f"no single row for {label!r} in:\n{text}"
        assert "FAILED" not in rows[0].upper(), rows[0]
        assert "TIMED OUT" not in rows[0].upper(), rows[0]
