"""The main flows with the keyboard alone: no mouse, no method calls on widgets, only key presses sent to
whatever has the keyboard focus, the way a user without a mouse works."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from shadowdesk.app import AppContext
from shadowdesk.gui import prompts
from shadowdesk.gui.main_window import MainWindow
from shadowdesk.gui.views.programs import ProgramsView
from shadowdesk.gui.views.reports import ReportsView
from shadowdesk.model import Side
from shadowdesk.services.demo import load_demo

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, app_paths):
    context = AppContext(app_paths)
    load_demo(context.services.database, now=NOW)
    window = MainWindow(context.services, QSettings(str(app_paths.config / "t.ini"), QSettings.IniFormat),
                        clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)  # shortcuts reach the active window only
    yield window
    context.close()


def focused():
    return QApplication.focusWidget()


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    if focused() is None:  # a dialog just closed: a window manager would activate the main window again
        main = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        main.activateWindow()
        for _ in range(100):
            if focused() is not None:
                break
            QTest.qWait(10)
    QTest.keyClick(focused(), key, modifier)


def dialog_opened(qtbot):
    """The dialog a key press opened, active as a window manager would make it (offscreen has none)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()))
    return dialog


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def test_ctrl_digits_switch_sections(window):
    for digit, title in ((Qt.Key.Key_3, "Programs"), (Qt.Key.Key_7, "Reports"), (Qt.Key.Key_1, "Dashboard")):
        press(digit, CTRL)
        assert window.ui.navList.currentItem().text() == title
        assert window.ui.viewStack.currentIndex() == window.ui.navList.currentRow()


def test_create_a_program_then_plan_and_confirm_pairs_by_keyboard(qtbot, window):
    services = window.services
    press(Qt.Key.Key_3, CTRL)  # Programs
    press(Qt.Key.Key_N, CTRL)  # File > New: a new program here
    dialog = dialog_opened(qtbot)
    assert dialog.windowTitle() == "New program"
    type_text("Spring Exchange")
    press(Qt.Key.Key_A, ALT)  # Side &A department
    type_text("Sales")
    press(Qt.Key.Key_B, ALT)  # Side &B department
    type_text("Project Management")
    press(Qt.Key.Key_Return)
    program = next(p for p in services.programs.list_programs() if p.name == "Spring Exchange")
    assert (program.side_a, program.side_b) == ("Sales", "Project Management")

    # Enrolling: the Enroll… buttons have no mnemonic (see the report); the service enrolls here.
    people = services.people.list_people(active=True)
    for side, department in ((Side.A, "Sales"), (Side.B, "Project Management")):
        services.programs.enroll(program.id, side, [row[0] for row in people if row[3] == department][:3])
    press(Qt.Key.Key_1, CTRL)
    press(Qt.Key.Key_3, CTRL)  # back to Programs: it shows the enrolled people
    view = window.view(ProgramsView)
    assert view.current_program().name == "Spring Exchange"
    press(Qt.Key.Key_P, ALT)  # &Plan pairs…
    review = dialog_opened(qtbot)
    assert review is view.review
    qtbot.waitUntil(lambda: review.ui.buttonBox.button(review.ui.buttonBox.StandardButton.Ok).isEnabled(),
                    timeout=10_000)
    # Walk to Confirm with Tab: the proposal table no longer keeps Tab to itself (ui/pairing_review.ui).
    confirm = review.ui.buttonBox.button(review.ui.buttonBox.StandardButton.Ok)
    for _ in range(8):
        if focused() is confirm:
            break
        press(Qt.Key.Key_Tab)
    assert focused() is confirm
    press(Qt.Key.Key_Space)
    assert len(services.pairing.list_pairs(program.id)) >= 3


def test_make_a_report_and_save_it_by_keyboard(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "autumn.pdf"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: str(target))
    press(Qt.Key.Key_7, CTRL)  # Reports
    view = window.view(ReportsView)
    with qtbot.waitSignal(view.report_ready, timeout=30_000):
        press(Qt.Key.Key_G, ALT)  # &Generate
    press(Qt.Key.Key_S, CTRL)  # File > Save: the report, here
    assert target.read_bytes().startswith(b"%PDF")
