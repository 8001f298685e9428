"""Run long work (imports, exports, PDF) off the GUI thread behind a busy dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, QTimer, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

# Work that ends sooner than this never shows the dialog, so quick tasks do not flash.
SHOW_DELAY_MS = 250


class _WorkerThread(QThread):
    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self._work = work
        self.result: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as error:  # noqa: BLE001 - re-raised on the GUI thread by run_task
            self.error = error


def run_task(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """Run ``work`` in a worker thread and return its result, or raise its exception here.

    A local event loop keeps the windows painted until the thread ends, and a busy
    dialog showing ``label`` appears when the work lasts more than ``SHOW_DELAY_MS``.
    Keyboard and mouse input wait until the work is over, so no second action starts
    meanwhile. ``work`` must not touch widgets, and it must open its own database
    sessions, because a SQLite connection must not be shared between threads.
    """
    # NOTE: the dialog has no cancel button, because the callables take no cancellation
    # flag and a Python thread cannot be stopped from outside.
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowTitle(QCoreApplication.translate("Tasks", "Veuillez patienter"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(320)
    dialog.hide()
    show_timer = QTimer(dialog)
    show_timer.setSingleShot(True)
    show_timer.timeout.connect(dialog.show)

    thread = _WorkerThread(work)
    loop = QEventLoop()
    thread.finished.connect(loop.quit)
    show_timer.start(SHOW_DELAY_MS)
    thread.start()
    if not thread.isFinished():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    thread.wait()

    show_timer.stop()
    dialog.close()
    dialog.deleteLater()
    if thread.error is not None:
        raise thread.error
    return thread.result  # type: ignore[return-value]
