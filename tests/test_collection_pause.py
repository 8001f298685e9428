"""The cyclic garbage collector stays off while an import builds its registers."""

from __future__ import annotations

import gc
import threading

import pytest

from profiled_stores import open_profiled_store
from tzcld_desktop.db.services import Services
from tzcld_desktop.domain import collection
from tzcld_desktop.domain.errors import ExchangeFileError
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.sync import exchange
from tzcld_desktop.ui import collector


@pytest.fixture
def enabled_collection():
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


def test_import_merges_with_collection_off(tmp_path, monkeypatch, enabled_collection):
    anne, bruno = open_profiled_store(tmp_path / "anne", "Anne"), open_profiled_store(tmp_path / "bruno", "Bruno")
    Services(anne).create_territory(TerritoryInput("Le Teil", Stage.HABILITATED, "07"))
    path = tmp_path / "anne.tzsync"
    exchange.export_data(anne, path)
    seen = []
    project = exchange.project_records

    # Called by the merge and by the first import's bulk load alike.
    def watched_project(*args):
        seen.append((gc.isenabled(), collection.is_paused()))
        return project(*args)

    monkeypatch.setattr(exchange, "project_records", watched_project)
    report = exchange.import_data(bruno, path)

    assert report.created == 2
    assert seen and set(seen) == {(False, True)}
    assert gc.isenabled()
    assert not collection.is_paused()
    anne.close()
    bruno.close()


def test_failed_import_gives_collection_back(tmp_path, enabled_collection):
    bruno = open_profiled_store(tmp_path / "bruno", "Bruno")
    path = tmp_path / "abime.tzsync"
    path.write_bytes(b"ceci n'est pas un fichier d'echange")

    with pytest.raises(ExchangeFileError):
        exchange.import_data(bruno, path)

    assert gc.isenabled()
    assert not collection.is_paused()
    bruno.close()


def test_overlapping_pauses_end_with_the_last(enabled_collection):
    first_in = threading.Event()
    second_done = threading.Event()

    def second() -> None:
        first_in.wait(timeout=5)
        with collection.collection_paused():
            pass
        second_done.set()

    worker = threading.Thread(target=second)
    worker.start()
    with collection.collection_paused():
        first_in.set()
        second_done.wait(timeout=5)
        # The other thread's pause ended inside this one: still off.
        assert not gc.isenabled()
    worker.join()

    assert gc.isenabled()


def test_pause_keeps_a_disabled_collector_disabled():
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        with collection.collection_paused():
            assert collection.is_paused()
        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()


def _collections() -> int:
    return sum(generation["collections"] for generation in gc.get_stats())


def test_gui_collector_waits_during_a_pause(qapp):
    active = collector.install(qapp)
    active.collect_due()
    allocated = [[index] for index in range(2000)]  # over the youngest generation's threshold
    before = _collections()
    with collection.collection_paused():
        active.collect_due()
        during = _collections()
    active.collect_due()

    assert during == before
    assert _collections() == before + 1
    del allocated
