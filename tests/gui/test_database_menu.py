"""File menu: Back Up Now, Restore from Backup…, Check Database, and the network-share warning.

Each task runs off the GUI thread behind a window-modal busy dialog; the result comes when it has ended."""

from __future__ import annotations

import sys
import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton

from shadowdesk.app import AppContext
from shadowdesk.gui import application, prompts
from shadowdesk.gui.dialogs.busy import BusyDialog
from shadowdesk.gui.main_window import MainWindow
from shadowdesk.gui.views.dashboard import DashboardView
from shadowdesk.model import Person
from shadowdesk.services.errors import UserError
from shadowdesk.services.maintenance import MaintenanceService

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def context(app_paths):
    context = AppContext(app_paths)
    with context.services.database.transaction() as s:
        s.add(Person(full_name="Anna Nowak", email="anna@example.com"))
    yield context
    context.close()


@pytest.fixture
def shown(monkeypatch):
    """Every message box the window would show, as (kind, title, text)."""
    messages = []
    monkeypatch.setattr(
        prompts, "show_info", lambda parent, title, text: messages.append(("info", title, text))
    )
    monkeypatch.setattr(
        prompts, "show_error", lambda parent, title, text: messages.append(("error", title, text))
    )
    return messages


def make_window(qtbot, context) -> MainWindow:
    window = MainWindow(
        context.services,
        QSettings(str(context.paths.config / "t.ini"), QSettings.IniFormat),
        clock=lambda: NOW,
    )
    qtbot.addWidget(window)
    # The dashboard's lists load in a worker that holds a connection until it is done.
    with qtbot.waitSignal(window.view(DashboardView).lists_loaded, timeout=10_000):
        window.show()
    return window


@pytest.fixture
def gate():
    """Holds a service call in its worker thread until the test opens it (and always at the end)."""
    event = threading.Event()
    yield event
    event.set()


def held(gate, call):
    def wait_then_call(*args):
        gate.wait(10)
        return call(*args)

    return wait_then_call


def busy_dialog(qtbot, window) -> BusyDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(BusyDialog)), timeout=5_000)
    return next(d for d in window.findChildren(BusyDialog) if d.isVisible())


def no_busy_dialog(window) -> bool:
    return not any(d.isVisible() for d in window.findChildren(BusyDialog))


def assert_cannot_be_dismissed(qtbot, dialog) -> None:
    assert not [b for b in dialog.findChildren(QPushButton) if b.isVisible()], "no Cancel button"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()


def _people_on_dashboard(window) -> str:
    return window.view(DashboardView).ui.peopleCount.text()


def test_the_file_menu_offers_backup_restore_and_check(qtbot, context):
    window = make_window(qtbot, context)
    texts = [action.text() for action in window.ui.menuFile.actions()]
    assert {"&Back Up Now", "&Restore from Backup…", "&Check Database"} <= set(texts)


def test_back_up_now_writes_a_backup_and_says_where(qtbot, context, shown):
    window = make_window(qtbot, context)
    window.ui.actionBackUpNow.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert no_busy_dialog(window)
    backups = list(context.paths.backups.glob("*-manual.sqlite3"))
    assert len(backups) == 1
    assert shown == [("info", "Back Up Now", f"Backed up to {backups[0]}.")]


def test_while_a_backup_runs_the_window_keeps_working_and_the_backup_cannot_be_interrupted(
        qtbot, context, shown, gate, monkeypatch):
    window = make_window(qtbot, context)
    maintenance = context.services.maintenance
    monkeypatch.setattr(maintenance, "backup_now", held(gate, maintenance.backup_now))

    window.ui.actionBackUpNow.trigger()

    dialog = busy_dialog(qtbot, window)
    assert dialog.windowTitle() == "Back Up Now" and dialog.labelText() == "Backing up the database…"
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks))  # the event loop runs while the backup is being written
    assert_cannot_be_dismissed(qtbot, dialog)
    assert shown == []
    gate.set()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert no_busy_dialog(window)
    assert shown[0][0] == "info" and shown[0][2].startswith("Backed up to ")


def test_a_backup_that_fails_says_why(qtbot, context, shown, monkeypatch):
    window = make_window(qtbot, context)

    def disk_full():
        raise UserError("The backup could not be written: No space left on device")

    monkeypatch.setattr(context.services.maintenance, "backup_now", disk_full)
    window.ui.actionBackUpNow.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [("error", "Back Up Now", "The backup could not be written: No space left on device")]
    assert no_busy_dialog(window)


def test_restore_after_confirmation_shows_the_restored_data_at_once(qtbot, context, shown, monkeypatch):
    window = make_window(qtbot, context)
    backup = context.services.maintenance.backup_now()
    with context.services.database.transaction() as s:
        s.add(Person(full_name="Ben Okafor", email="ben@example.com"))
    with qtbot.waitSignal(window.view(DashboardView).lists_loaded, timeout=10_000):
        window.show_section(0)
    assert _people_on_dashboard(window) == "2"
    asked = []
    monkeypatch.setattr(prompts, "choose_open_file", lambda *args: str(backup.path))
    monkeypatch.setattr(prompts, "ask_yes_no", lambda parent, title, text: asked.append(text) or True)

    window.ui.actionRestoreBackup.trigger()

    assert "backed up first" in asked[0]
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert no_busy_dialog(window)
    qtbot.waitUntil(window.view(DashboardView).is_loaded)  # the figures are read again in a worker
    assert _people_on_dashboard(window) == "1"
    kind, title, text = shown[-1]
    assert kind == "info" and "Restored" in text and "before-restore" in text


def test_a_restore_in_progress_says_so_and_cannot_be_interrupted(qtbot, context, shown, gate, monkeypatch):
    window = make_window(qtbot, context)
    backup = context.services.maintenance.backup_now()
    maintenance = context.services.maintenance
    monkeypatch.setattr(maintenance, "restore", held(gate, maintenance.restore))
    monkeypatch.setattr(prompts, "choose_open_file", lambda *args: str(backup.path))
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: True)

    window.ui.actionRestoreBackup.trigger()

    dialog = busy_dialog(qtbot, window)
    assert dialog.windowTitle() == "Restore from Backup"
    assert dialog.labelText() == f"Restoring the backup {backup.path.name}…"
    assert_cannot_be_dismissed(qtbot, dialog)
    gate.set()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0][0] == "info" and "Restored" in shown[0][2]


def test_restore_answered_no_changes_nothing(qtbot, context, shown, monkeypatch):
    window = make_window(qtbot, context)
    backup = context.services.maintenance.backup_now()
    with context.services.database.transaction() as s:
        s.add(Person(full_name="Ben Okafor", email="ben@example.com"))
    monkeypatch.setattr(prompts, "choose_open_file", lambda *args: str(backup.path))
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: False)

    window.ui.actionRestoreBackup.trigger()

    window.show_section(0)
    qtbot.waitUntil(window.view(DashboardView).is_loaded)
    assert _people_on_dashboard(window) == "2"
    assert not list(context.paths.backups.glob("*before-restore*"))


def test_restoring_a_file_that_is_not_a_backup_shows_why(qtbot, context, shown, monkeypatch, tmp_path):
    window = make_window(qtbot, context)
    garbage = tmp_path / "holiday.sqlite3"
    garbage.write_bytes(b"not a database")
    monkeypatch.setattr(prompts, "choose_open_file", lambda *args: str(garbage))
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: True)

    window.ui.actionRestoreBackup.trigger()

    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[-1][0] == "error" and "not a ShadowDesk database" in shown[-1][2]
    assert no_busy_dialog(window)


def test_check_database_reports_a_sound_file(qtbot, context, shown):
    window = make_window(qtbot, context)
    window.ui.actionCheckDatabase.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[-1][0] == "info" and "no problems found" in shown[-1][2]
    assert no_busy_dialog(window)


def test_an_unexpected_failure_is_logged_and_the_user_told_where(qtbot, context, shown, monkeypatch, tmp_path):
    window = make_window(qtbot, context)
    log_file = tmp_path / "shadowdesk.log"
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    application.install_excepthook(str(log_file))

    def broken():
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(context.services.maintenance, "check", broken)
    window.ui.actionCheckDatabase.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    kind, title, text = shown[0]
    assert kind == "error" and "the disk went away" in text and str(log_file) in text
    assert no_busy_dialog(window)


def test_a_cancelled_check_shows_no_result_and_no_restore_starts_until_it_has_stopped_reading(
        qtbot, context, shown, gate, monkeypatch):
    window = make_window(qtbot, context)
    maintenance = context.services.maintenance
    monkeypatch.setattr(maintenance, "check", held(gate, maintenance.check))

    window.ui.actionCheckDatabase.trigger()

    dialog = busy_dialog(qtbot, window)
    assert dialog.windowTitle() == "Check Database"
    assert dialog.labelText() == "Checking the database for damage…"
    job = dialog.job
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.isVisible())
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert no_busy_dialog(window)  # at once, although the check is still reading
    tasks = (window.ui.actionBackUpNow, window.ui.actionRestoreBackup, window.ui.actionCheckDatabase)
    assert not any(action.isEnabled() for action in tasks)  # a restore now would replace a file being read
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        gate.set()
    assert shown == []
    assert all(action.isEnabled() for action in tasks)


def test_a_database_on_a_network_share_is_flagged_in_the_status_bar(qtbot, context, monkeypatch):
    monkeypatch.setattr(MaintenanceService, "storage_warning", lambda self: "on a network share (nfs4)")
    window = make_window(qtbot, context)
    labels = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert "on a network share (nfs4)" in labels
