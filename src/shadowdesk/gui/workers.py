"""Long work off the GUI thread: a QRunnable in a QThreadPool, reported back through an object that
lives in the GUI thread.

    job = BackgroundJob(lambda progress, cancelled: build(..., progress, cancelled))
    job.progress.connect(bar.setValue...); job.finished.connect(...); job.start()

The work gets two callables: progress(done, total), and cancelled() -> bool, which it checks between
steps. BackgroundJob's signals are always emitted in the GUI thread (the runnable's own signals reach it
through queued connections), so widgets can be touched in the slots and qtbot.waitSignal works on them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _RunnableSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    error = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the job keeps it (and its signals) alive until the results arrive
        self.signals = _RunnableSignals()
        self._work = work
        self._cancel = cancel

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self._cancel.is_set)
        except BaseException as exc:  # everything goes back to the GUI thread, nothing dies silently here
            self.signals.error.emit(exc)
        else:
            self.signals.done.emit(result)


class BackgroundJob(QObject):
    """One piece of work; create it in the GUI thread. Emits exactly one of finished, failed, cancelled."""

    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, work: Work, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._pool = pool or QThreadPool.globalInstance()
        self._runnable = _Runnable(work, self._cancel)
        queued = Qt.ConnectionType.QueuedConnection
        self._runnable.signals.progress.connect(self._relay_progress, queued)
        self._runnable.signals.done.connect(self._relay_done, queued)
        self._runnable.signals.error.connect(self._relay_error, queued)
        self.running = False

    def start(self) -> None:
        self.running = True
        self._pool.start(self._runnable)

    def cancel(self) -> None:
        """Ask the work to stop at its next check; cancelled is emitted when it has."""
        self._cancel.set()

    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(object)
    def _relay_done(self, result: Any) -> None:
        self.running = False
        # Work that finished although it was asked to stop is stale: its result must not be shown.
        if self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.finished.emit(result)

    @Slot(object)
    def _relay_error(self, error: BaseException) -> None:
        self.running = False
        # Work that stops because it was asked to ends with its own exception: a cancel, not a failure.
        if self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.failed.emit(error)
