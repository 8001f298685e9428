"""Child process that starts a window and reports how long it took and the memory it holds.

    BENCH_T0_NS=<time.time_ns() of the parent at spawn> python -m benchmarks.probe app DATA_DIR
    BENCH_T0_NS=... python -m benchmarks.probe bare

``app`` runs the application's own start (``tzcld_desktop.ui.app.run_gui``) on a data
folder, and ``bare`` shows an empty ``QMainWindow``. Both print one JSON line when the
event loop first runs with the main window visible: the seconds since the parent
spawned the process, and the resident memory (VmRSS) and its peak (VmHWM) in MiB.
With ``--settle-ms`` the memory is read that long after the first event-loop turn, so
the first paint and any queued work are included. The window is then closed.
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

    def first_turn() -> None:
        windows = [widget for widget in app.topLevelWidgets() if isinstance(widget, QMainWindow) and widget.isVisible()]
        if not windows:
            # Something before the main window ran an event loop (a dialog): wait for the window.
            QTimer.singleShot(0, first_turn)
            return
        result["seconds"] = (time.time_ns() - started_ns) / 1e9
        QTimer.singleShot(arguments.settle_ms, report)

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
