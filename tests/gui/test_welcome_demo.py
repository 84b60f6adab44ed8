"""The welcome page's "Load the demo company": it opens a demo folder of its own (never the user's database),
whose window loads the company off the GUI thread behind a busy dialog, then shows it on the dashboard."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton

from shadowdesk.app import AppContext
from shadowdesk.gui.dialogs.busy import BusyDialog
from shadowdesk.gui.main_window import MainWindow
from shadowdesk.gui.views.dashboard import DashboardView
from shadowdesk.paths import resolve_paths
from shadowdesk.services import demo
from shadowdesk.services.errors import UserError

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def gate():
    """Holds the demo loading in its worker thread until the test opens it (and always at the end)."""
    event = threading.Event()
    yield event
    event.set()


def shown_window(qtbot, context) -> MainWindow:
    window = MainWindow(context.services, QSettings(str(context.paths.config / "t.ini"), QSettings.IniFormat),
                        clock=lambda: NOW)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.view(DashboardView).lists_loaded, timeout=10_000):
        window.show()
    return window


def welcome_window(qtbot, context) -> MainWindow:
    window = shown_window(qtbot, context)
    assert window.offer_first_run()
    return window


@pytest.fixture
def demo_context(context):
    """What "Load the demo company" opens: the demo folder inside the user's data folder."""
    demo = resolve_paths(context.paths.demo_folder)
    demo.create()
    demo.mark_as_demo()
    opened = AppContext(demo)
    yield opened
    opened.close()


def test_the_demo_opens_in_a_folder_of_its_own(qtbot, context):
    window = welcome_window(qtbot, context)
    with qtbot.waitSignal(window.open_folder_requested, timeout=5_000) as opened:
        qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    demo = resolve_paths(opened.args[0])
    assert demo.data == context.paths.data / "demo" and demo.is_demo
    assert not context.paths.is_demo
    assert context.services.dashboard.counts(NOW, "UTC").people == 0  # nothing went into the user's database


def visible_busy_dialogs(window) -> list[BusyDialog]:
    return [d for d in window.findChildren(BusyDialog) if d.isVisible()]


def test_loading_the_demo_shows_a_busy_dialog_then_the_company_on_the_dashboard(qtbot, demo_context, gate,
                                                                                 monkeypatch):
    window = shown_window(qtbot, demo_context)
    real_load = demo.load_demo

    def held_load(*args, **kwargs):
        gate.wait(10)
        return real_load(*args, **kwargs)

    monkeypatch.setattr(demo, "load_demo", held_load)

    assert not window.offer_first_run()  # a demo folder shows no welcome page: it loads the company at once

    qtbot.waitUntil(lambda: bool(visible_busy_dialogs(window)), timeout=5_000)
    dialog = visible_busy_dialogs(window)[0]
    assert dialog.windowTitle() == "Load the demo company"
    assert dialog.labelText() == "Loading the demo company…"
    assert not [b for b in dialog.findChildren(QPushButton) if b.isVisible()], "no Cancel button"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible(), "Escape must not abandon the demo half-loaded"

    with qtbot.waitSignal(window.view(DashboardView).lists_loaded, timeout=60_000):
        gate.set()

    assert not visible_busy_dialogs(window)
    assert window.ui.navList.currentRow() == 0
    assert window.view(DashboardView).ui.peopleCount.text() == "40"
    assert "Demo" in window.windowTitle()
    leave = next(a for a in window.ui.menuFile.actions() if a.text() == "&Leave the Demo")
    with qtbot.waitSignal(window.open_folder_requested) as left:
        leave.trigger()
    assert left.args == [str(demo_context.paths.data.parent)]


def test_a_demo_that_cannot_be_loaded_says_why(qtbot, demo_context, shown_errors, monkeypatch):
    window = shown_window(qtbot, demo_context)

    def refuse(*_args, **_kwargs):
        raise UserError("The demo company is already in this database.")

    monkeypatch.setattr(demo, "load_demo", refuse)

    window.offer_first_run()

    qtbot.waitUntil(lambda: bool(shown_errors), timeout=10_000)
    assert shown_errors == ["The demo company is already in this database."]
    assert not visible_busy_dialogs(window)
