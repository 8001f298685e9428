"""An import reports its progress and stops when asked, leaving the store unchanged."""

from __future__ import annotations

import sqlite3

import pytest

from profiled_stores import CancelAfter, database_dump, open_profiled_store
from tzcld_desktop.db.services import Services
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.sync import exchange

NAMES = ("Le Teil", "Aubenas", "Privas", "Annonay")


@pytest.fixture
def sent(tmp_path):
    """An exchange file from Anne with four territories, and its register count."""
    anne = open_profiled_store(tmp_path / "anne", "Anne Durand")
    services = Services(anne)
    for name in NAMES:
        services.create_territory(TerritoryInput(name, Stage.EMERGING, "07"))
    path = tmp_path / "anne.tzsync"
    exchange.export_data(anne, path)
    with sqlite3.connect(anne.db_path) as connection:
        registers = connection.execute("SELECT count(*) FROM sync_register").fetchone()[0]
    anne.close()
    return path, registers


@pytest.fixture
def bruno(tmp_path):
    store = open_profiled_store(tmp_path / "bruno", "Bruno Petit")
    yield store
    store.close()


def test_progress_counts_registers_read_then_merged(sent, bruno, monkeypatch):
    monkeypatch.setattr(exchange._ImportSteps, "REPORT_EVERY", 1)
    path, registers = sent
    reports: list[tuple[int, int]] = []

    exchange.import_data(bruno, path, progress=lambda done, total: reports.append((done, total)))

    assert {total for _done, total in reports} == {2 * registers}
    assert reports[0][0] == 0
    assert reports[-1][0] == 2 * registers
    assert [done for done, _total in reports] == sorted(done for done, _total in reports)


def receiver(folder, holding: bool):
    """Bruno's copy: empty, which loads a full snapshot in bulk, or holding a territory, which merges."""
    store = open_profiled_store(folder, "Bruno Petit")
    if holding:
        Services(store).create_territory(TerritoryInput("Tournon-sur-Rhône", Stage.INTERESTED, "07"))
    return store


@pytest.mark.parametrize("holding", [False, True], ids=["bulk", "merge"])
def test_cancelled_import_changes_nothing(sent, tmp_path, monkeypatch, holding):
    monkeypatch.setattr(exchange._ImportSteps, "REPORT_EVERY", 1)
    path, _registers = sent

    # A complete import first, to count the cancel checks.
    counted = CancelAfter()
    complete = receiver(tmp_path / "complete", holding)
    exchange.import_data(complete, path, cancelled=counted)
    complete.close()
    total_checks = counted.calls
    assert total_checks >= 3

    for stop_after in range(total_checks - 1):
        bruno = receiver(tmp_path / f"bruno-{stop_after}", holding)
        before = database_dump(bruno)
        with pytest.raises(exchange.ImportCancelled):
            exchange.import_data(bruno, path, cancelled=CancelAfter(stop_after))
        assert database_dump(bruno) == before
        bruno.close()


def test_cancelled_preview_raises(sent, bruno):
    path, _registers = sent

    with pytest.raises(exchange.ImportCancelled):
        exchange.import_data(bruno, path, dry_run=True, cancelled=lambda: True)


def test_manifest_without_count_reports_no_total(monkeypatch):
    monkeypatch.setattr(exchange._ImportSteps, "REPORT_EVERY", 1)
    reports: list[int] = []
    steps = exchange._ImportSteps(lambda done, total: reports.append(total), None)

    steps.start("beaucoup")
    steps.advance(5)

    assert reports == [0, 0]
