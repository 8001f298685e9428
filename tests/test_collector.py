"""Cyclic garbage is collected on the GUI thread, even while a worker thread allocates."""

from __future__ import annotations

import gc
import threading

from tzcld_desktop.ui import collector


class _InCycle:
    """Refers to itself, so only the cyclic collector frees it; records the thread that does."""

    freed_in: list[int] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _InCycle.freed_in.append(threading.get_ident())


def _allocate(count: int, release: threading.Event) -> None:
    # Kept alive until released, so the allocation counts stay over the thresholds.
    kept = [[index] for index in range(count)]
    release.wait(timeout=5)
    del kept


def test_cycle_freed_on_gui_thread_while_worker_allocates(qtbot, qapp):
    active = collector.install(qapp)
    assert not gc.isenabled()
    _InCycle.freed_in.clear()
    _InCycle()  # unreachable at once, except through its own cycle

    release = threading.Event()
    worker = threading.Thread(target=_allocate, args=(300_000, release))
    worker.start()
    try:
        qtbot.waitUntil(lambda: bool(_InCycle.freed_in), timeout=3000)
    finally:
        release.set()
        worker.join()

    assert _InCycle.freed_in == [threading.main_thread().ident]
    assert active.is_active()


def test_stop_gives_collection_back(qapp):
    active = collector.install(qapp)
    assert collector.install(qapp) is active
    active.stop()

    assert gc.isenabled()
    again = collector.install(qapp)
    assert again is not active
    assert not gc.isenabled()
    again.stop()


def _full_collections() -> int:
    return gc.get_stats()[2]["collections"]


def _make_oldest_generation_due() -> list:
    """Push the oldest generation's count over its threshold, then allocate past the youngest's."""
    for _ in range(gc.get_threshold()[2] + 1):
        gc.collect(1)
    return [[index] for index in range(gc.get_threshold()[0] + 100)]


def test_full_collection_waits_for_a_quarter_more(qapp):
    active = collector.install(qapp)
    allocated = _make_oldest_generation_due()
    active.collect_due()  # the first full collection records the oldest generation's size
    full = _full_collections()
    long_lived = len(gc.get_objects(generation=2))

    allocated += _make_oldest_generation_due()
    active.collect_due()
    skipped = _full_collections()
    grown = [[index] for index in range(long_lived // 3)]
    allocated += _make_oldest_generation_due()  # moves the new lists into the oldest generation
    active.collect_due()

    assert skipped == full
    assert _full_collections() == full + 1
    del allocated, grown
