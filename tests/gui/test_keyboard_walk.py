"""The main flows with the keyboard alone: no mouse, no method calls on widgets, only key presses sent to
whatever has the keyboard focus, the way a user without a mouse works."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from shadowdesk.app import AppContext
from shadowdesk.gui import prompts
from shadowdesk.gui.main_window import MainWindow
from shadowdesk.gui.views.programs import ProgramsView
from shadowdesk.gui.views.reflections import ReflectionsView
from shadowdesk.gui.views.reports import ReportsView
from shadowdesk.model import ReflectionStatus, Side
from shadowdesk.services.demo import load_demo

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, app_paths, monkeypatch):
    def message_box(parent, title, text):  # a real one would wait for a click the test cannot give
        raise AssertionError(f"{title}: {text}")

    monkeypatch.setattr(prompts, "show_error", message_box)
    monkeypatch.setattr(prompts, "show_info", message_box)
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
    # An open popup (a completer's list) takes the keys, as it grabs the keyboard on a real desktop.
    QTest.keyClick(QApplication.activePopupWidget() or focused(), key, modifier)


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

    # Enrolling (Enroll on side &A… / &B…) is not walked here: the service enrolls.
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
    qtbot.waitUntil(view.is_loaded)  # the programs to choose from are read in a worker; Generate waits for them
    with qtbot.waitSignal(view.report_ready, timeout=30_000):
        press(Qt.Key.Key_G, ALT)  # &Generate
    press(Qt.Key.Key_S, CTRL)  # File > Save: the report, here
    assert target.read_bytes().startswith(b"%PDF")



def choose_in_searchable_combo(qtbot, text: str) -> None:
    """Type part of an entry; the completer's list opens; Down and Return take its first match."""
    type_text(text)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    form = focused().window()  # offscreen has no window manager to hand activation back from the list
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)


def test_schedule_a_session_by_keyboard(qtbot, window):
    services = window.services
    host, guest = services.scheduling.people()[:2]
    press(Qt.Key.Key_4, CTRL)  # View > Schedule
    assert window.ui.navList.currentItem().text() == "Schedule"
    press(Qt.Key.Key_N, ALT)  # &New session…
    dialog = dialog_opened(qtbot)
    assert dialog.windowTitle() == "New session"
    press(Qt.Key.Key_H, ALT)  # &Host
    choose_in_searchable_combo(qtbot, host.email)
    press(Qt.Key.Key_G, ALT)  # &Guests
    choose_in_searchable_combo(qtbot, guest.email)
    press(Qt.Key.Key_A, ALT)  # &Add guest: a mnemonic clicks its button a moment later
    qtbot.waitUntil(lambda: dialog.ui.guestsList.count() == 1)
    press(Qt.Key.Key_D, ALT)  # &Date: year, month and day, each section moving on to the next when full
    type_text("20261202")
    press(Qt.Key.Key_T, ALT)  # S&tart
    type_text("1430")
    press(Qt.Key.Key_Return)  # Save, the dialog's default button
    if dialog.isVisible():  # the schedule asks first when something needs a second look
        assert dialog.ui.warningsBox.isVisible()
        press(Qt.Key.Key_V, ALT)  # Accept and sa&ve
    qtbot.waitUntil(lambda: not dialog.isVisible())
    zone = ZoneInfo(host.time_zone)  # a new session is planned in its host's time zone
    start = datetime(2026, 12, 2, 14, 30, tzinfo=zone)
    sessions = services.scheduling.sessions_between(start, start + timedelta(minutes=1))
    assert [(s.host.id, [g.id for g in s.guests], s.time_zone) for s in sessions] == [
        (host.id, [guest.id], host.time_zone)]


def test_write_a_note_by_keyboard(qtbot, window):
    services = window.services
    due = services.reflections.due(NOW, days=services.settings.get("reflection_reminder_days"))
    author = next(d for d in due if not d.has_draft)  # a participant of a completed session, no note begun
    window.signed_in.claim(author.person_id)  # the one using this computer
    press(Qt.Key.Key_5, CTRL)  # View > Reflections, its Due tab first
    view = window.view(ReflectionsView)
    qtbot.waitUntil(lambda: view.due_model.rowCount() >= 1)  # read in a worker, "Loading…" meanwhile
    press(Qt.Key.Key_Tab)  # from the section list to the tabs
    press(Qt.Key.Key_Tab)  # to the list of notes due
    assert focused() is view.due_table
    press(Qt.Key.Key_Down)  # the first one
    session_id = view.due_model.row_at(view.due_table.currentIndex().row()).session.id
    press(Qt.Key.Key_W, ALT)  # &Write reflection
    editor = dialog_opened(qtbot)
    type_text("How they price a rush job")  # the editor opens on the first question's answer
    press(Qt.Key.Key_Tab)  # Tab leaves an answer for the next one rather than typing a tab into it
    type_text("Delivery by Friday")
    press(Qt.Key.Key_E, ALT)  # Anything &else you want to remember
    type_text("Ask about the glossary next time")
    press(Qt.Key.Key_S, ALT)  # &Save draft: saved in the background
    qtbot.waitUntil(lambda: services.reflections.open_draft(session_id, author.person_id).free_text != "")
    note = services.reflections.open_draft(session_id, author.person_id)
    assert note.answers[:2] == ("How they price a rush job", "Delivery by Friday")
    assert (note.free_text, note.status) == ("Ask about the glossary next time", ReflectionStatus.DRAFT)
    press(Qt.Key.Key_U, ALT)  # S&ubmit
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert services.reflections.open_draft(session_id, author.person_id).status is ReflectionStatus.SUBMITTED
    assert session_id not in [d.session.id for d in services.reflections.due(NOW, author.person_id)]
