"""The sections' code is imported in a worker after start-up, so a first visit to a section does not
import it on the window's thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, QThreadPool

from shadowdesk.gui.warm_up import import_in_background
from shadowdesk.gui.workers import TaskRunner


def test_each_section_is_imported_in_a_worker_in_sidebar_order(qtbot):
    imported: list[tuple[str, bool]] = []

    def loader(name: str):
        return lambda: imported.append((name, threading.current_thread() is threading.main_thread()))

    owner = QObject()
    task = import_in_background([loader("people"), loader("programs"), loader("reflections")],
                                TaskRunner(QThreadPool()), owner)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert imported == [("people", False), ("programs", False), ("reflections", False)]


def test_what_the_warm_up_imported_is_frozen_out_of_the_collectors_scans(qtbot):
    """Modules, classes and mappers live as long as the program: a full collection that scanned them again
    in a worker held the interpreter's lock, and the window could not paint, for 45-50 ms each time."""
    kept: list[list[int]] = []
    owner = QObject()
    before = gc.get_freeze_count()
    task = import_in_background([lambda: kept.extend([i] for i in range(5_000))], TaskRunner(QThreadPool()),
                                owner)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert gc.get_freeze_count() >= before + len(kept)  # unfrozen after the test: conftest.collector_restored


def test_a_cancelled_warm_up_imports_nothing_more(qtbot, held_tasks, held_pool):
    imported: list[str] = []
    task = import_in_background([lambda: imported.append("people")], held_tasks, QObject())
    task.cancel()
    held_pool.release()
    assert imported == []


def test_the_window_imports_every_section_in_a_worker_after_its_first_paint_and_builds_none(
        qtbot, context, monkeypatch):
    from PySide6.QtCore import QSettings

    from shadowdesk.gui import warm_up
    from shadowdesk.gui.main_window import MainWindow

    monkeypatch.setattr(warm_up, "IDLE_AFTER_FIRST_PAINT_MS", 0)
    threads: list[bool] = []
    started = []
    real = warm_up.import_in_background

    def watched(loaders, runner, parent):
        counted = [lambda load=load: threads.append(threading.current_thread() is threading.main_thread())
                   or load() for load in loaders]
        started.append(real(counted, runner, parent))
        return started[-1]

    monkeypatch.setattr(warm_up, "import_in_background", watched)
    window = MainWindow(context.services, QSettings(str(context.paths.config / "w.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.warm_up is not None and not window.warm_up.running, timeout=20_000)
    assert started == [window.warm_up]
    assert len(threads) == len(window.sections) and not any(threads)  # every section, none on the GUI thread
    assert [section.view is None for section in window.sections[1:]] == [True] * (len(window.sections) - 1)
