"""Child process that starts a window and reports how long it took and the memory it holds.

    BENCH_T0_NS=<time.time_ns() of the parent at spawn> python -m benchmarks.probe app DATA_DIR
    BENCH_T0_NS=... python -m benchmarks.probe bare

``app`` runs the application's own start (``tzcld_desktop.ui.app.run_gui``) on a data
folder, and ``bare`` shows an empty ``QMainWindow``. Both print one JSON line with the
seconds from the parent's spawn to the first event-loop turn with the main window
visible (``seconds``); ``app`` adds the seconds until the window's screens are built on
the store and the home dashboard shows its counts (``content_seconds``). Memory, the
resident set (VmRSS) and its peak (VmHWM) in MiB, is read ``--settle-ms`` after that
last moment, so the first paint and any queued work are included. The window is then
closed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path


def _status_mib(key: str) -> float:
    """Return a ``/proc/self/status`` memory field (reported in kB) in MiB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    raise KeyError(f"{key} is missing from /proc/self/status")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Start a window and report start time and memory.")
    parser.add_argument("mode", choices=("app", "bare"))
    parser.add_argument("data_dir", nargs="?", type=Path)
    parser.add_argument("--settle-ms", type=int, default=0,
                        help="wait this long after the first event-loop turn before reading memory")
    arguments = parser.parse_args(argv)
    started_ns = int(os.environ["BENCH_T0_NS"])

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    result: dict[str, float] = {}

    def report() -> None:
        result["memory_mib"] = _status_mib("VmRSS")
        result["peak_memory_mib"] = _status_mib("VmHWM")
        print(json.dumps(result), flush=True)
        app.quit()

    def elapsed() -> float:
        return (time.time_ns() - started_ns) / 1e9

    def first_turn() -> None:
        windows = [widget for widget in app.topLevelWidgets() if isinstance(widget, QMainWindow) and widget.isVisible()]
        if not windows:
            # Something before the main window ran an event loop (a dialog): wait for the window.
            QTimer.singleShot(0, first_turn)
            return
        result["seconds"] = elapsed()
        if arguments.mode == "bare":
            QTimer.singleShot(arguments.settle_ms, report)
        else:
            wait_for_content(windows[0])

    def wait_for_content(window) -> None:
        if window.is_attached() and window.dashboard.dashboard is not None:
            result["content_seconds"] = elapsed()
            QTimer.singleShot(arguments.settle_ms, report)
            return
        QTimer.singleShot(2, lambda: wait_for_content(window))

    QTimer.singleShot(0, first_turn)
    if arguments.mode == "bare":
        window = QMainWindow()
        window.resize(1100, 680)
        window.show()
        return app.exec()

    from tzcld_desktop.ui.app import run_gui

    return run_gui(arguments.data_dir)


if __name__ == "__main__":
    sys.exit(main())
