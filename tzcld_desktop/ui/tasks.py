"""Run long work (imports, exports, PDF) off the GUI thread behind a busy or progress dialog."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, QTimer, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

# Work that ends sooner than this never shows the dialog, so quick tasks do not flash.
SHOW_DELAY_MS = 250
# How often the dialog of a cancellable task reads the progress the work reported.
PROGRESS_POLL_MS = 100


class TaskControl:
    """Progress and cancel request shared by a cancellable task and its dialog.

    The work calls ``report`` and ``cancelled`` from its thread; the dialog reads
    ``progress`` and calls ``cancel`` from the GUI thread. A lock guards the values.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done = 0
        self._total = 0
        self._cancelled = False

    def report(self, done: int, total: int) -> None:
        """Record that ``done`` steps out of ``total`` are finished."""
        with self._lock:
            self._done, self._total = done, total

    def progress(self) -> tuple[int, int]:
        """Return the last reported (steps done, total steps)."""
        with self._lock:
            return self._done, self._total

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        with self._lock:
            self._cancelled = True

    def cancelled(self) -> bool:
        """Tell whether the user asked to stop."""
        with self._lock:
            return self._cancelled


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
    # NOTE: this dialog has no cancel button, because ``work`` takes no cancellation
    # flag and a Python thread cannot be stopped from outside: see run_cancellable_task.
    return _run(parent, label, work, None)


def run_cancellable_task(parent: QWidget | None, label: str, work: Callable[[TaskControl], T]) -> T:
    """Run ``work(control)`` like ``run_task``, behind a progress dialog with a cancel button.

    ``work`` reports its progress with ``control.report(done, total)`` and checks
    ``control.cancelled()`` between steps. When that returns true, the work should
    raise its own exception, which is re-raised here. Once the dialog shows, the user can
    click its cancel button, while the other windows stay blocked because the dialog
    is application-modal.
    """
    control = TaskControl()
    return _run(parent, label, lambda: work(control), control)


def _new_dialog(parent: QWidget | None, label: str, control: TaskControl | None) -> QProgressDialog:
    if control is None:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)
    else:
        cancel_text = QCoreApplication.translate("Tasks", "Annuler")
        dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
        dialog.canceled.connect(control.cancel)
    dialog.setWindowTitle(QCoreApplication.translate("Tasks", "Veuillez patienter"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(320)
    dialog.hide()
    return dialog


def _show_progress(dialog: QProgressDialog, control: TaskControl) -> None:
    if dialog.wasCanceled():
        control.cancel()
    done, total = control.progress()
    if control.cancelled():
        dialog.setLabelText(QCoreApplication.translate("Tasks", "Annulation en cours…"))
        return
    if total > 0:
        dialog.setMaximum(total)
        dialog.setValue(min(done, total))


def _run(parent: QWidget | None, label: str, work: Callable[[], T], control: TaskControl | None) -> T:
    dialog = _new_dialog(parent, label, control)
    loop = QEventLoop()
    show_timer = QTimer(dialog)
    show_timer.setSingleShot(True)
    show_timer.timeout.connect(dialog.show)
    if control is not None:
        # The first loop ignores input; once the dialog shows, a second loop lets
        # the cancel button receive clicks.
        show_timer.timeout.connect(loop.quit)
        poll_timer = QTimer(dialog)
        poll_timer.timeout.connect(lambda: _show_progress(dialog, control))
        poll_timer.start(PROGRESS_POLL_MS)

    thread = _WorkerThread(work)
    thread.finished.connect(loop.quit)
    show_timer.start(SHOW_DELAY_MS)
    thread.start()
    if not thread.isFinished():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    if control is not None and not thread.isFinished():
        loop.exec()
    thread.wait()

    show_timer.stop()
    dialog.close()
    dialog.deleteLater()
    if thread.error is not None:
        raise thread.error
    return thread.result  # type: ignore[return-value]
