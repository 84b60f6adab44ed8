"""The sections' code, imported in a worker while the window is idle after start-up.

Start-up imports the dashboard's code only (benchmarked). Each other section's module, with the services
and models it brings, used to be imported on the GUI thread the first time the user opened it: 100 to
300 ms of Python on a large company's first visit to Reflections or Programs, with the window frozen.
Imported in a worker instead, the interpreter hands the GUI thread its turn every few milliseconds, and
the first visit only builds the widgets.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject

from shadowdesk.gui.workers import Task, TaskRunner

# After the first paint, the dashboard's lists have the worker to themselves for this long.
IDLE_AFTER_FIRST_PAINT_MS = 1500


def import_in_background(loaders: Sequence[Callable[[], object]], runner: TaskRunner, parent: QObject) -> Task:
    """Runs each section's view loader (which imports its module) in one worker, in sidebar order. What it
    imported (modules, classes, mappers) lives as long as the program, so once done it is frozen out of the
    collector's scans, as what start-up made was (gui.application.collect_garbage_again). The freeze takes
    everything alive then: the dashboard's rows too, and any cycle not yet collected, which stays (a few,
    made in the seconds since start-up; collecting first would cost the window a full pass)."""

    def work(_progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> None:
        for load in loaders:
            if cancelled():
                return
            load()

    task = runner.run(work, parent)
    task.finished.connect(lambda _result: gc.freeze())
    return task
