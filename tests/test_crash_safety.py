"""A process killed at random moments never leaves a broken store or half an import.

A child process imports exchange files and writes territories in a loop; the test
kills it with SIGKILL at a random moment, 50 times, and after each kill checks that
the file passes SQLite's integrity check and that every import is whole or absent.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tzcld_desktop.db.models import Territory
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import DB_FILE_NAME, open_store
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.sync.exchange import export_data

KILLS = 50
BATCHES = 8
PER_BATCH = 6

CHILD = r"""
import sys
from pathlib import Path
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.sync.exchange import import_data

data_dir, files_dir, run = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
store = open_store(data_dir)
services = Services(store)
print("ready", flush=True)
step = 0
while True:
    for path in sorted(files_dir.glob("*.tzsync")):
        import_data(store, path)
        services.create_territory(TerritoryInput(f"local-{run}-{step}", Stage.INTERESTED, "07", notes="x" * 2000))
        step += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists only on POSIX systems")
def test_kill_at_random_points(tmp_path):
    source = open_store(tmp_path / "source")
    services = Services(source)
    services.save_profile("Anne", ["84"])
    files = tmp_path / "fichiers"
    files.mkdir()
    for batch in range(BATCHES):
        for index in range(PER_BATCH):
            services.create_territory(TerritoryInput(f"lot{batch}-{index}", Stage.EMERGING, "07"))
        # Each file holds every batch so far, so an import adds one batch of 6 at most.
        export_data(source, files / f"lot{batch}.tzsync")
    source.close()

    data_dir = tmp_path / "victime"
    db_path = data_dir / DB_FILE_NAME
    fields_per_territory = len(Territory.SYNC_FIELDS)
    randomness = random.Random(20261204)
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(data_dir), str(files), str(run)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        ready = child.stdout.readline()
        assert ready.strip() == "ready", child.stderr.read()
        time.sleep(randomness.uniform(0.0, 0.6))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        child.stderr.close()

        connection = sqlite3.connect(db_path)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            for batch in range(BATCHES):
                count = connection.execute(
                    "SELECT count(*) FROM territory WHERE name LIKE ? AND deleted = 0", (f"lot{batch}-%",)
                ).fetchone()[0]
                assert count in (0, PER_BATCH), f"run {run}: batch {batch} half imported ({count})"
            broken = connection.execute(
                "SELECT t.name, count(r.field) FROM territory t LEFT JOIN sync_register r "
                "ON r.table_name = 'territory' AND r.record_id = t.id GROUP BY t.id HAVING count(r.field) != ?",
                (fields_per_territory,),
            ).fetchall()
            assert broken == [], f"run {run}: rows without their registers {broken}"
        finally:
            connection.close()

    # The children did real work between kills, so kills landed during writes.
    connection = sqlite3.connect(db_path)
    local_writes = connection.execute("SELECT count(*) FROM territory WHERE name LIKE 'local-%'").fetchone()[0]
    connection.close()
    assert local_writes >= KILLS // 2

    # After all the kills the store still opens and works.
    store = open_store(data_dir)
    Services(store).create_territory(TerritoryInput("après les coupures", Stage.INTERESTED, "07"))
    store.close()
