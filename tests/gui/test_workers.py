"""The task runner: results come back in the GUI thread, a caller waits for its own work only, a cancel
keeps a stale result from being shown."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread, QThreadPool
from PySide6.QtWidgets import QApplication

from shadowdesk.gui.workers import Task, TaskRunner


@pytest.fixture
def one_thread_pool():
    """A real pool with one thread, kept busy by a held job until the test lets it go."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    busy, release = threading.Event(), threading.Event()

    def held_job(_progress, _cancelled):
        busy.set()
        release.wait(30)  # a safety net only: the test releases it long before

    job = TaskRunner(pool).run(held_job)
    assert busy.wait(10)
    yield pool, job
    release.set()
    pool.waitForDone()


def _outcomes(task: Task) -> list:
    seen: list = []
    task.finished.connect(lambda result: seen.append(("finished", result, QThread.currentThread())))
    task.failed.connect(lambda error: seen.append(("failed", error, QThread.currentThread())))
    task.cancelled.connect(lambda: seen.append(("cancelled", None, QThread.currentThread())))
    return seen


def test_the_result_and_progress_arrive_in_the_gui_thread(qtbot):
    worker_threads = []

    def work(progress, _cancelled):
        worker_threads.append(QThread.currentThread())
        progress(1, 2)
        return "built"

    pool = QThreadPool()
    task = TaskRunner(pool).run(work)
    seen = _outcomes(task)
    steps = []
    task.progress.connect(lambda done, total: steps.append((done, total)))
    qtbot.waitUntil(lambda: bool(seen))
    gui_thread = QApplication.instance().thread()
    assert worker_threads[0] != gui_thread  # the work ran off the GUI thread...
    assert seen == [("finished", "built", gui_thread)]  # ...its result is handled in it
    assert steps == [(1, 2)] and not task.running
    pool.waitForDone()


def test_waiting_runs_queued_work_now_while_other_work_in_the_pool_goes_on(qtbot, one_thread_pool):
    pool, other = one_thread_pool
    ran_in = []
    mine = TaskRunner(pool).run(lambda _progress, _cancelled: ran_in.append(QThread.currentThread()) or "saved")
    seen = _outcomes(mine)

    assert mine.wait()

    assert ran_in == [QThread.currentThread()]  # taken back from the queue and run by the waiting caller
    assert other.running and not other.wait(0)  # the other job was not waited for: it still runs
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][:2] == ("finished", "saved")


def test_waiting_blocks_until_running_work_has_ended(qtbot):
    started, gate, ended = threading.Event(), threading.Event(), []

    def work(_progress, _cancelled):
        started.set()
        gate.wait(30)
        ended.append(True)

    pool = QThreadPool()
    task = TaskRunner(pool).run(work)
    assert started.wait(10)
    opener = threading.Thread(target=gate.set)  # lets the work end only once the caller waits
    opener.start()
    assert task.wait()
    assert ended == [True]
    opener.join()
    pool.waitForDone()


def test_work_cancelled_while_queued_never_runs(qtbot, held_tasks, held_pool):
    calls = []
    task = held_tasks.run(lambda _progress, _cancelled: calls.append("ran"))
    seen = _outcomes(task)
    task.cancel()
    held_pool.release()
    qtbot.waitUntil(lambda: bool(seen))
    assert calls == [] and [outcome for outcome, *_ in seen] == ["cancelled"]


def test_work_that_sees_the_cancel_ends_as_cancelled_not_with_its_result(qtbot, synchronous_pool):
    tasks: list[Task] = []

    def work(_progress, cancelled):
        tasks[0].cancel()  # the user presses Stop while the work runs
        return "stale" if cancelled() else "fresh"

    task = Task(work, synchronous_pool)
    tasks.append(task)
    seen = _outcomes(task)
    task.start()
    qtbot.waitUntil(lambda: bool(seen))
    assert [outcome for outcome, *_ in seen] == ["cancelled"]


def test_a_failure_arrives_as_failed_with_the_exception(qtbot, synchronous_tasks):
    def work(_progress, _cancelled):
        raise ValueError("the disk is full")

    task = synchronous_tasks.run(work)
    seen = _outcomes(task)
    qtbot.waitUntil(lambda: bool(seen))
    outcome, error, _thread = seen[0]
    assert outcome == "failed" and str(error) == "the disk is full"


def test_waiting_on_work_never_started_returns_at_once(held_pool):
    assert Task(lambda _progress, _cancelled: None, held_pool).wait(0)


def test_the_busy_dialog_runs_its_work_on_the_runner_it_is_given(qtbot, held_tasks, held_pool):
    from PySide6.QtWidgets import QWidget

    from shadowdesk.gui.dialogs.busy import BusyDialog

    window = QWidget()
    qtbot.addWidget(window)
    done = []
    dialog = BusyDialog(window, "Back Up Now", "Backing up…", lambda: "made", done.append, runner=held_tasks)
    assert len(held_pool.held) == 1 and dialog.isVisible() and done == []
    with qtbot.waitSignal(dialog.job.finished):
        held_pool.release()
    assert done == ["made"] and not dialog.isVisible()


def test_work_whose_widget_is_deleted_while_it_runs_ends_quietly(qtbot):
    """The widget goes (and its Task with it) while the work still reports progress in another thread."""
    import gc

    import shiboken6
    from PySide6.QtWidgets import QWidget

    reported, go_on, raised = threading.Event(), threading.Event(), []

    def work(progress, _cancelled):
        try:
            progress(1, 3)
            reported.set()
            go_on.wait(30)  # a safety net only: the test lets it go on at once
            progress(2, 3)
            progress(3, 3)
        except RuntimeError as error:  # "Signal source has been deleted", if the task took the signals along
            raised.append(error)
        return "built"

    pool = QThreadPool()
    widget = QWidget()
    task = TaskRunner(pool).run(work, widget)
    seen = _outcomes(task)
    assert reported.wait(10)
    widget.deleteLater()
    qtbot.waitUntil(lambda held=task: not shiboken6.isValid(held))
    del widget, task
    gc.collect()
    go_on.set()
    pool.waitForDone()
    qtbot.wait(50)  # whatever the work sent is delivered, to nobody
    assert raised == [] and seen == []
