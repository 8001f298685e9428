"""Pausing Python's cyclic garbage collection during bulk work.

An import builds millions of small objects (registers, entries, rows), none of them in
a reference cycle, and all of them live until its end. Every collection of an older
generation walks them again to free nothing. Reading the exchange file of the today
benchmark dataset took 3.5 s of CPU with the collector on and 1.6 s with it off.
``collection_paused`` turns the collection off for the duration of such work. The GUI
thread's collector (``ui.collector``) checks ``is_paused`` and waits too.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_enabled_before = False


@contextmanager
def collection_paused() -> Iterator[None]:
    """Keep the cyclic garbage collector off inside the block, in every thread.

    Pauses nest and may overlap between threads: the collector comes back as it was
    when the last pause ends.
    """
    global _pauses, _enabled_before
    with _lock:
        if _pauses == 0:
            _enabled_before = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _enabled_before:
                gc.enable()


def is_paused() -> bool:
    """Return whether some bulk work has paused the collection."""
    return _pauses > 0
