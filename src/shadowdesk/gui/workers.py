"""Long work off the GUI thread: a TaskRunner starts it in a thread pool and hands back a Task, the one
handle on that piece of work. The caller connects to the Task's signals, and may cancel it or wait for
it (and only it: other work in the same pool goes on).

    task = runner.run(lambda progress, cancelled: build(..., progress, cancelled), parent=self)
    task.progress.connect(bar.setValue...); task.finished.connect(...); task.failed.connect(...)

The work gets two callables: progress(done, total), and cancelled() -> bool, which it checks between
steps. A Task's signals are always emitted in the GUI thread, through the event loop, even when the pool
ran the work at once (the test fakes do), so connecting right after run() never misses a result, widgets
can be touched in the slots and qtbot.waitSignal works on them. Keep the Task (or give it a parent) until
it has ended.

The runner is injected where it is used (tests pass one on a synchronous or a held fake pool, see
tests/gui/conftest.py). A pool is anything with QThreadPool's start(runnable) and tryTake(runnable).

A Task lives as long as its parent (the widget that asked for the work): once the widget is gone, the
Task and its connections are too, and the work, which runs on, ends without telling anyone.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]

# How long a worker running Python keeps the GIL while the GUI thread asks for it. Every call from Qt into
# Python (a cell's data, a paint) must take the GIL; at Python's 5 ms, the GUI thread spent 43 % of its
# busy time on 5,000 people waiting for it while a section's rows were read (py-spy --native --idle), at
# 1 ms 31 %. Workers lose little: they hand the GIL over more often.
GUI_SWITCH_INTERVAL = 0.001


class _RunnableSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    error = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the task keeps it (and its signals) alive until the results arrive
        self.signals = _RunnableSignals()
        self.ended = threading.Event()
        self._work = work
        self._cancel = cancel

    def run(self) -> None:
        try:
            # Work cancelled while it waited in the queue never starts: nobody wants its result.
            result = None if self._cancel.is_set() else self._work(self.signals.progress.emit, self._cancel.is_set)
        except BaseException as exc:  # everything goes back to the GUI thread, nothing dies silently here
            self.signals.error.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            self.ended.set()


class Task(QObject):
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
        self._started = False
        self.running = False  # started and its outcome not yet signalled

    def start(self) -> None:
        self._started = self.running = True
        self._pool.start(self._runnable)

    def cancel(self) -> None:
        """Ask the work to stop at its next check (work still queued never starts); cancelled is emitted
        when it has stopped."""
        self._cancel.set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the work has ended (its signals follow through the event loop). Work still queued
        behind other jobs is taken back from the pool and run now, in this thread, so the caller waits for
        its own work only. Returns False if timeout_s passed first."""
        if not self._started:
            return True
        if self._pool.tryTake(self._runnable):
            self._runnable.run()
        return self._runnable.ended.wait(timeout_s)

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


_reads_lane: QThreadPool | None = None


def reads_lane() -> QThreadPool:
    """The pool of one thread that Reflections' and Programs' reads share, one after the other (the
    dashboard's two reads stay side by side: its counts are SQLite's work, done without the interpreter's
    lock). On two cores, reads side by side only took turns at that lock, and the window waited for its own
    turn behind each: a return to Reflections (four reads) blocked it for 13-52 ms, one after the other for
    5-28 ms, its rows on screen about 40 ms later. Long work (a backup, an import, a report's process) stays
    in the global pool, so no read waits behind it."""
    global _reads_lane
    if _reads_lane is None:
        _reads_lane = QThreadPool()
        _reads_lane.setMaxThreadCount(1)
    return _reads_lane


class TaskRunner:
    """Starts work in one pool (the application's global pool unless told otherwise)."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        sys.setswitchinterval(min(sys.getswitchinterval(), GUI_SWITCH_INTERVAL))

    def run(self, work: Work, parent: QObject | None = None) -> Task:
        task = Task(work, self._pool, parent)
        task.start()
        return task



def as_task_runner(tasks: TaskRunner | QThreadPool | None) -> TaskRunner:
    """The runner for a widget given a runner, a bare pool (some callers still pass one) or nothing."""
    return tasks if isinstance(tasks, TaskRunner) else TaskRunner(tasks)
