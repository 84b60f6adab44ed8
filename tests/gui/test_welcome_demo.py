"""The welcome page's "Load the demo company": it loads off the GUI thread behind a busy dialog, then the
dashboard shows the company."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton

from shadowdesk.gui.dialogs.busy import BusyDialog
from shadowdesk.gui.main_window import MainWindow
from shadowdesk.gui.views.dashboard import DashboardView
from shadowdesk.services import demo
from shadowdesk.services.errors import UserError

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def gate():
    """Holds the demo loading in its worker thread until the test opens it (and always at the end)."""
    event = threading.Event()
    yield event
    event.set()


def welcome_window(qtbot, context) -> MainWindow:
    window = MainWindow(context.services, QSettings(str(context.paths.config / "t.ini"), QSettings.IniFormat),
                        clock=lambda: NOW)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.view(DashboardView).lists_loaded, timeout=10_000):
        window.show()
    assert window.offer_first_run()
    return window


def visible_busy_dialogs(window) -> list[BusyDialog]:
    return [d for d in window.findChildren(BusyDialog) if d.isVisible()]


def test_loading_the_demo_shows_a_busy_dialog_then_the_company_on_the_dashboard(qtbot, context, gate, monkeypatch):
    window = welcome_window(qtbot, context)
    real_load = demo.load_demo

    def held_load(*args, **kwargs):
        gate.wait(10)
        return real_load(*args, **kwargs)

    monkeypatch.setattr(demo, "load_demo", held_load)

    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: bool(visible_busy_dialogs(window)), timeout=5_000)
    dialog = visible_busy_dialogs(window)[0]
    assert dialog.windowTitle() == "Load the demo company"
    assert dialog.labelText() == "Loading the demo company…"
    assert not [b for b in dialog.findChildren(QPushButton) if b.isVisible()], "no Cancel button"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible(), "Escape must not abandon the demo half-loaded"
    assert window.welcome is not None and window.welcome.isVisible()

    with qtbot.waitSignal(window.view(DashboardView).lists_loaded, timeout=20_000):
        gate.set()

    assert window.welcome is None and not visible_busy_dialogs(window)
    assert window.ui.navList.currentRow() == 0
    assert window.view(DashboardView).ui.peopleCount.text() == "40"


def test_a_demo_that_cannot_be_loaded_says_why_and_keeps_the_welcome_page(qtbot, context, shown_errors,
                                                                          monkeypatch):
    window = welcome_window(qtbot, context)

    def refuse(*_args, **_kwargs):
        raise UserError("The demo company is already in this database.")

    monkeypatch.setattr(demo, "load_demo", refuse)

    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: bool(shown_errors), timeout=10_000)
    assert shown_errors == ["The demo company is already in this database."]
    assert not visible_busy_dialogs(window)
    assert window.welcome is not None and window.welcome.isVisible()
