"""File menu: Back Up Now, Restore from Backup…, Check Database, and the network-share warning."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from shadowdesk.app import AppContext
from shadowdesk.gui import prompts
from shadowdesk.gui.main_window import MainWindow
from shadowdesk.gui.views.dashboard import DashboardView
from shadowdesk.model import Person
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


def _people_on_dashboard(window) -> str:
    return window.view(DashboardView).ui.peopleCount.text()


def test_the_file_menu_offers_backup_restore_and_check(qtbot, context):
    window = make_window(qtbot, context)
    texts = [action.text() for action in window.ui.menuFile.actions()]
    assert {"&Back Up Now", "&Restore from Backup…", "&Check Database"} <= set(texts)


def test_back_up_now_writes_a_backup_and_says_where(qtbot, context, shown):
    window = make_window(qtbot, context)
    window.ui.actionBackUpNow.trigger()
    backups = list(context.paths.backups.glob("*-manual.sqlite3"))
    assert len(backups) == 1
    assert shown == [("info", "Back Up Now", f"Backed up to {backups[0]}.")]


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
    assert _people_on_dashboard(window) == "1"
    kind, title, text = shown[-1]
    assert kind == "info" and "Restored" in text and "before-restore" in text


def test_restore_answered_no_changes_nothing(qtbot, context, shown, monkeypatch):
    window = make_window(qtbot, context)
    backup = context.services.maintenance.backup_now()
    with context.services.database.transaction() as s:
        s.add(Person(full_name="Ben Okafor", email="ben@example.com"))
    monkeypatch.setattr(prompts, "choose_open_file", lambda *args: str(backup.path))
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: False)

    window.ui.actionRestoreBackup.trigger()

    window.show_section(0)
    assert _people_on_dashboard(window) == "2"
    assert not list(context.paths.backups.glob("*before-restore*"))


def test_restoring_a_file_that_is_not_a_backup_shows_why(qtbot, context, shown, monkeypatch, tmp_path):
    window = make_window(qtbot, context)
    garbage = tmp_path / "holiday.sqlite3"
    garbage.write_bytes(b"not a database")
    monkeypatch.setattr(prompts, "choose_open_file", lambda *args: str(garbage))
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: True)

    window.ui.actionRestoreBackup.trigger()

    assert shown[-1][0] == "error" and "not a ShadowDesk database" in shown[-1][2]


def test_check_database_reports_a_sound_file(qtbot, context, shown):
    window = make_window(qtbot, context)
    window.ui.actionCheckDatabase.trigger()
    assert shown[-1][0] == "info" and "no problems found" in shown[-1][2]


def test_a_database_on_a_network_share_is_flagged_in_the_status_bar(qtbot, context, monkeypatch):
    monkeypatch.setattr(MaintenanceService, "storage_warning", lambda self: "on a network share (nfs4)")
    window = make_window(qtbot, context)
    labels = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert "on a network share (nfs4)" in labels
