"""Fixtures shared by the GUI tests: English as the window speaks it, an empty database, the demo company,
the error boxes shown, and task runners on a synchronous or a held fake pool."""

from __future__ import annotations

import gc
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, QTranslator

from shadowdesk.app import AppContext
from shadowdesk.gui import prompts
from shadowdesk.gui.i18n import translations_dir
from shadowdesk.gui.workers import TaskRunner
from shadowdesk.services.demo import load_demo

DEMO_NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True, scope="session")
def english_counts(qapp):
    """The English plural forms the window installs at start ("1 row", "2 rows", not "2 row(s)"), without
    changing the locale the tests' dates are written in."""
    translator = QTranslator(qapp)
    assert translator.load(str(translations_dir() / "shadowdesk_en.qm"))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def collector_restored():
    """Each test leaves the garbage collector as it found it: a window's start sets its threshold
    (gui/application.py) and its warm-up freezes what is alive (gui/warm_up.py), which would keep the
    session's later garbage cycles from ever being collected."""
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


@pytest.fixture(autouse=True)
def locale_restored():
    """A test that installs a language sets the default locale for every test after it (dates written
    "June 10, 2026" instead of "10 June 2026", found when a test in German and French ran before the
    Schedule's): each test ends on the locale it began with."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def context(app_paths):
    """An app context on an empty database (a test file may override it with one holding some people)."""
    context = AppContext(app_paths)
    yield context
    context.close()


@pytest.fixture
def demo_services(app_paths):
    """The services on a freshly loaded demo company, as of DEMO_NOW."""
    context = AppContext(app_paths)
    load_demo(context.services.database, now=DEMO_NOW)
    yield context.services
    context.close()


@pytest.fixture
def shown_errors(monkeypatch) -> list[str]:
    """The texts of the error boxes the code under test would have shown."""
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, _title, text: shown.append(text))
    return shown


# ------------------------------------------------------------- thread-pool fakes for gui/workers.TaskRunner


class SynchronousPool:
    """Runs work at once in the calling thread, so a test needs no waiting on threads (the task's signals
    still arrive through the event loop, as with a real pool)."""

    def start(self, runnable) -> None:
        runnable.run()

    def tryTake(self, runnable) -> bool:  # noqa: N802 (QThreadPool's name)
        return False  # nothing ever waits in this pool's queue


class HeldPool:
    """Keeps the work queued until the test releases it, so the test can cancel or wait on it first."""

    def __init__(self) -> None:
        self.held: list = []

    def start(self, runnable) -> None:
        self.held.append(runnable)

    def tryTake(self, runnable) -> bool:  # noqa: N802 (QThreadPool's name)
        if runnable in self.held:
            self.held.remove(runnable)
            return True
        return False

    def release(self) -> None:
        """Runs everything held, oldest first, in the calling thread."""
        while self.held:
            self.held.pop(0).run()


@pytest.fixture
def synchronous_pool() -> SynchronousPool:
    return SynchronousPool()


@pytest.fixture
def synchronous_tasks(synchronous_pool) -> TaskRunner:
    """A task runner whose work runs at once, in the test's thread."""
    return TaskRunner(synchronous_pool)


@pytest.fixture
def held_pool() -> HeldPool:
    return HeldPool()


@pytest.fixture
def held_tasks(held_pool) -> TaskRunner:
    """A task runner whose work waits until the test calls held_pool.release()."""
    return TaskRunner(held_pool)
