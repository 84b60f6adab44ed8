"""The main window as a user first sees it: on an empty database and on the demo company."""

from __future__ import annotations

import gc
import logging
import sys
import threading
from datetime import UTC, datetime

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from shadowdesk.app import AppContext
from shadowdesk.gui import application, prompts
from shadowdesk.gui.main_window import MainWindow
from shadowdesk.gui.views.dashboard import DashboardView
from shadowdesk.services.dashboard import DashboardService
from shadowdesk.services.demo import load_demo
from tests.damaged_files import damage_an_index_page

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def make_window(qtbot, context) -> MainWindow:
    settings = QSettings(str(context.paths.config / "test.ini"), QSettings.IniFormat)
    window = MainWindow(context.services, settings, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    return window


def test_empty_database_shows_zero_counts_and_says_what_to_do(qtbot, context):
    window = make_window(qtbot, context)
    dashboard = window.view(DashboardView)
    assert dashboard.ui.peopleCount.text() == "0"
    assert dashboard.ui.reflectionsDueCount.text() == "0"
    assert dashboard.ui.emptyHint.isVisible()
    assert context.paths.database_file.name in window.statusBar().currentMessage()


def test_demo_database_dashboard_shows_the_live_counts(qtbot, context):
    load_demo(context.services.database, now=NOW)
    window = make_window(qtbot, context)
    dashboard = window.view(DashboardView)
    counts = context.services.dashboard.counts(NOW, "UTC")
    assert dashboard.ui.peopleCount.text() == "40" == str(counts.people)
    assert dashboard.ui.programsCount.text() == "2"
    assert dashboard.ui.pairsCount.text() == str(counts.pairs)
    assert dashboard.ui.reflectionsDueCount.text() == str(counts.reflections_due)
    assert not dashboard.ui.emptyHint.isVisible()


def test_the_first_dashboard_shows_the_totals_counted_while_qt_loaded(qtbot, context, monkeypatch):
    load_demo(context.services.database, now=NOW)
    # The early count is made at the real time, as at a real start (the notes due depend on it).
    expected = context.services.dashboard.counts(datetime.now(UTC), "UTC")
    counted = []
    totals = DashboardService._totals
    monkeypatch.setattr(DashboardService, "_totals",
                        lambda self, now: counted.append(threading.current_thread().name) or totals(self, now))
    starting = AppContext(context.paths)
    starting.open_before_the_gui()
    try:
        dashboard = make_window(qtbot, starting).view(DashboardView)
        assert dashboard.ui.peopleCount.text() == str(expected.people)
        assert dashboard.ui.pairsCount.text() == str(expected.pairs)
        assert dashboard.ui.reflectionsDueCount.text() == str(expected.reflections_due)
        assert counted == ["dashboard totals"]  # counted in the background, not again for the first paint
    finally:
        starting.close()


def test_the_garbage_collector_runs_again_once_the_event_loop_does(qtbot, context, monkeypatch):
    """cli.main pauses the collector while the program starts; the GUI must turn it back on."""
    monkeypatch.setattr(QApplication, "exec", lambda *_: 0 if qtbot.waitUntil(gc.isenabled) is None else 1)
    gc.disable()
    try:
        assert application.run(context, ["shadowdesk"]) == 0
    finally:
        gc.enable()  # what the run froze and its threshold: tests/gui/conftest.collector_restored
        for window in QApplication.topLevelWidgets():
            window.close()


def test_every_section_is_reachable_from_the_sidebar(qtbot, context):
    window = make_window(qtbot, context)
    titles = [window.ui.navList.item(row).text() for row in range(window.ui.navList.count())]
    assert titles == ["Dashboard", "People", "Programs", "Schedule", "Reflections", "Ideas", "Reports", "Customers",
                      "Home"]
    for row in range(len(titles)):
        window.ui.navList.setCurrentRow(row)
        assert window.ui.viewStack.currentIndex() == row


def test_a_participant_starts_on_their_home_and_a_coordinator_on_the_dashboard(qtbot, context, monkeypatch):
    from shadowdesk.gui.views.home import HomeView
    from shadowdesk.services.identity import IdentityService, Viewer

    coordinator = make_window(qtbot, context)  # an unclaimed file acts as the program office
    qtbot.wait(50)
    assert coordinator.current_section().view_class() is DashboardView
    participant = Viewer(1, "Sara Berg", "sara@x.example", frozenset({"participant"}))
    monkeypatch.setattr(IdentityService, "whoami", lambda _self: participant)
    window = make_window(qtbot, context)
    qtbot.waitUntil(lambda: window.current_section() is not None
                    and window.current_section().view_class() is HomeView, timeout=5_000)


def test_invites_and_reminders_open_from_the_file_menu(qtbot, context):
    from shadowdesk.gui.dialogs.invites_dialog import InvitesDialog, RemindersDialog

    window = make_window(qtbot, context)
    window.invites_action.trigger()
    assert isinstance(window.invites_dialog, InvitesDialog) and window.invites_dialog.isVisible()
    window.invites_dialog.reject()
    window.reminders_action.trigger()
    assert isinstance(window.reminders_dialog, RemindersDialog) and window.reminders_dialog.isVisible()
    window.reminders_dialog.reject()


def test_window_geometry_is_kept_between_runs(qtbot, context):
    window = make_window(qtbot, context)
    # The offscreen screen is only 800 px wide, narrower than the window may get, so Qt clamps widths
    # on restore (and ignores positions); the height shows the geometry came back.
    window.resize(window.width(), 470)
    window.close()
    again = make_window(qtbot, context)
    assert again.height() == 470


def test_an_uncaught_exception_is_logged_and_the_user_told_where(context, monkeypatch, tmp_path, qapp):
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    log_file = tmp_path / "crash.log"
    handler = logging.FileHandler(log_file)
    logging.getLogger().addHandler(handler)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    try:
        application.install_excepthook(str(log_file))
        try:
            raise RuntimeError("disk on fire")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert "disk on fire" in log_file.read_text() and "Traceback" in log_file.read_text()
    assert shown and str(log_file) in shown[0]


def test_dashboard_lists_lead_to_the_session_and_the_reflection(qtbot, context, monkeypatch):
    from shadowdesk.gui.views.reflections import ReflectionsView
    from shadowdesk.gui.views.schedule import ScheduleView

    load_demo(context.services.database, now=NOW)
    opened = []
    monkeypatch.setattr(ScheduleView, "show_session", lambda self, sid: opened.append(("session", sid)))
    monkeypatch.setattr(ReflectionsView, "open_editor", lambda self, sid, pid: opened.append(("note", sid, pid)))
    settings = QSettings(str(context.paths.config / "test.ini"), QSettings.IniFormat)
    window = MainWindow(context.services, settings, clock=lambda: NOW)
    qtbot.addWidget(window)
    dashboard = window.view(DashboardView)
    with qtbot.waitSignal(dashboard.lists_loaded, timeout=10_000):
        window.show()
        dashboard.refresh()
    due = context.services.reflections.due(NOW)  # the list follows the count's rule
    assert dashboard.ui.dueList.count() == min(len(due), 50) > 0
    assert dashboard.ui.dueList.count() == min(int(dashboard.ui.reflectionsDueCount.text()), 50)
    assert due[0].person_name in dashboard.ui.dueList.item(0).text()
    week = dashboard.ui.thisWeekList
    assert week.count() >= 1

    dashboard.ui.dueList.setCurrentRow(0)
    dashboard.ui.dueList.itemActivated.emit(dashboard.ui.dueList.item(0))
    assert opened[-1] == ("note", due[0].session.id, due[0].person_id)
    assert isinstance(window.ui.viewStack.currentWidget(), ReflectionsView)

    overdue = context.services.scheduling.past_still_planned()
    assert overdue, "the demo has past sessions nobody gave a status"
    dashboard.ui.overdueList.itemActivated.emit(dashboard.ui.overdueList.item(0))
    assert opened[-1] == ("session", overdue[0].id)
    assert isinstance(window.ui.viewStack.currentWidget(), ScheduleView)


def test_after_the_first_roster_import_the_owner_picks_themselves_once(qtbot, context, monkeypatch):
    from types import SimpleNamespace

    from shadowdesk.gui.views.people import PeopleView
    from shadowdesk.services.errors import UserError
    from shadowdesk.services.people import PersonInput

    monkeypatch.setattr(prompts, "show_info", lambda *args: None)
    window = make_window(qtbot, context)
    assert window.offer_first_run()
    assert "need the team server" in window.welcome.ownership.text()
    assert window.who_label.text().startswith("Nobody has claimed this database yet: you act as the program office")
    assert window.claim_action.isVisible()
    window.welcome.import_button.click()
    people = window.view(PeopleView)
    services = context.services
    for name, email, title in (("Ada Adler", "ada@example.com", "Sales Lead"),
                               ("Cora Cruz", "cora@example.com", "HR Coordinator"),
                               ("Dan Dorn", "dan@example.com", "Program coordinator")):
        services.people.add_person(PersonInput(name, email, job_title=title))  # what the wizard saves
    people.import_wizard.imported.emit(SimpleNamespace(added=3, updated=0, unchanged=0))
    dialog = window.owner_dialog
    assert dialog.isVisible() and dialog.person_combo.currentText() == "Cora Cruz <cora@example.com>"
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(services.reflections.person_id_for_email(
        "dan@example.com")))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert services.identity.whoami().email == "dan@example.com"
    assert window.who_label.text() == "Signed in as Dan Dorn (Coordinator, Manager, Participant)"
    assert not window.claim_action.isVisible() and window.ask_who_you_are() is None
    try:
        services.identity.claim_ownership(services.reflections.person_id_for_email("cora@example.com"))
    except UserError as exc:
        assert "already belongs to Dan Dorn" in str(exc)
    else:
        raise AssertionError("a second claim was accepted")


def test_once_the_window_has_painted_it_says_who_uses_it_and_makes_the_daily_backup(qtbot, context, monkeypatch):
    """Neither is in the first frame (benchmarked start-up); both follow it, and the backup still happens."""
    load_demo(context.services.database, now=NOW)
    context.close()
    for backup in context.paths.backups.glob("*"):
        backup.unlink()
    starting = AppContext(context.paths)
    starting.backs_up_on_open = False  # as app.run_gui leaves it: the window backs up
    seen = {}

    def run_until_backed_up(*_):
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.services is starting.services)
        seen["before the first paint"] = window.who_label.text()
        qtbot.waitUntil(lambda: bool(window.who_label.text() and list(context.paths.backups.glob("*-daily.*"))),
                        timeout=20_000)
        seen["then"] = window.who_label.text()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_until_backed_up)
    try:
        assert application.run(starting, ["shadowdesk"]) == 0
    finally:
        for window in QApplication.topLevelWidgets():
            window.close()
        starting.close()
    assert seen["before the first paint"] == ""
    assert seen["then"].startswith(("Signed in as", "Nobody has claimed"))


def test_a_daily_backup_that_finds_the_file_damaged_opens_the_window_again_read_only(qtbot, context, monkeypatch):
    load_demo(context.services.database, now=NOW)
    context.close()
    for backup in context.paths.backups.glob("*"):
        backup.unlink()
    damage_an_index_page(context.paths.database_file)
    starting = AppContext(context.paths)
    starting.backs_up_on_open = False  # as app.run_gui leaves it: the window backs up
    monkeypatch.setattr(prompts, "show_error", lambda *_args: None)
    windows = []

    def run_until_reopened(*_):
        first = next(w for w in QApplication.topLevelWidgets()
                     if isinstance(w, MainWindow) and w.services is starting.services)
        assert not first.services.database.read_only_reason
        qtbot.waitUntil(lambda: bool(windows.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
            and w.services is starting.services and w is not first and w not in windows) or windows),
            timeout=30_000)
        return 0

    monkeypatch.setattr(QApplication, "exec", run_until_reopened)
    try:
        assert application.run(starting, ["shadowdesk"]) == 0
        assert "damaged" in windows[0].services.database.read_only_reason
        assert list(context.paths.backups.glob("*-daily-damaged.sqlite3"))
    finally:
        for window in QApplication.topLevelWidgets():
            window.close()
        starting.close()


def test_a_person_who_may_not_import_is_taken_to_people_from_the_welcome_page_without_an_error(
        qtbot, context, monkeypatch):
    from shadowdesk.gui.views.people import PeopleView
    from shadowdesk.services.identity import IdentityService, Viewer

    participant = Viewer(1, "Sara Berg", "sara@x.example", frozenset({"participant"}))
    monkeypatch.setattr(IdentityService, "whoami", lambda _self: participant)
    window = make_window(qtbot, context)
    assert window.offer_first_run()
    window.welcome.import_button.click()
    people = window.view(PeopleView)
    assert window.current_section().view is people and window.welcome is None
    assert people.import_wizard is None  # no wizard for someone who may not edit people


def test_the_sidebar_draws_each_icon_once_for_the_sections_that_share_it(qtbot, context, monkeypatch):
    """Drawing an icon renders its SVG twice (plain and selected) before the first frame: Customers shares
    People's icon and Home the Dashboard's, so 7 drawings serve the 9 rows."""
    from shadowdesk.gui import theme

    drawn: list[str] = []
    sidebar_icon = theme.sidebar_icon
    monkeypatch.setattr(theme, "sidebar_icon", lambda name, palette: drawn.append(name) or sidebar_icon(name, palette))
    window = make_window(qtbot, context)
    rows = {window.ui.navList.item(row).text(): window.ui.navList.item(row).icon() for row in range(9)}
    assert sorted(drawn) == sorted(set(drawn)) and len(drawn) == 7
    assert rows["Customers"].cacheKey() == rows["People"].cacheKey()
    assert rows["Home"].cacheKey() == rows["Dashboard"].cacheKey()


def test_the_collector_resumes_after_the_first_frame_without_rescanning_the_start(qtbot, context, monkeypatch):
    """cli.main pauses the collector to start up. Its first collection then would scan the ~100,000 objects
    the start made (50 ms on the GUI thread, before the first frame under X11): it resumes once the window
    has painted, with those objects frozen out of its scans (they live as long as the program)."""
    from shadowdesk.gui.first_paint import FirstPaint

    at_first_collection: list[tuple[bool, int]] = []

    def collecting(phase: str, _info: dict) -> None:
        if phase == "start" and not at_first_collection:
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
            painted = bool(windows) and all(paint.painted for paint in windows[0].findChildren(FirstPaint)
                                            if paint.parent() is windows[0])  # the window's, not a section's
            at_first_collection.append((painted, gc.get_freeze_count()))

    def collected() -> bool:
        # Enough new objects for a collection, once the collector runs.
        _young = [[] for _ in range(application.YOUNG_OBJECTS_PER_COLLECTION + 1_000)]
        return bool(at_first_collection)

    monkeypatch.setattr(QApplication, "exec", lambda *_: 0 if qtbot.waitUntil(collected) is None else 1)
    gc.disable()
    gc.callbacks.append(collecting)
    try:
        assert application.run(context, ["shadowdesk"]) == 0
        # A worker reading thousands of rows makes the collector pass a few times, not a hundred.
        assert gc.get_threshold()[0] == application.YOUNG_OBJECTS_PER_COLLECTION
    finally:
        gc.callbacks.remove(collecting)
        gc.enable()
        for window in QApplication.topLevelWidgets():
            window.close()
    painted, frozen = at_first_collection[0]
    assert painted
    assert frozen > 10_000


def test_the_collector_resumes_even_if_the_window_never_paints(qtbot, context, monkeypatch):
    monkeypatch.setattr(application, "COLLECTOR_RESUMES_AT_THE_LATEST_MS", 100)
    monkeypatch.setattr(MainWindow, "show", lambda _self: None)  # as on a desktop that never exposes it
    monkeypatch.setattr(QApplication, "exec", lambda *_: 0 if qtbot.waitUntil(gc.isenabled) is None else 1)
    gc.disable()
    try:
        assert application.run(context, ["shadowdesk"]) == 0
    finally:
        gc.enable()
        for window in QApplication.topLevelWidgets():
            window.close()
