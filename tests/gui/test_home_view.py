"""Home: each role sees its own home on the demo company; the charts are a click from their lists, and the
chart library is imported only after the window has painted."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from shadowdesk.domain import SessionStatus
from shadowdesk.gui.views.home import HomeView
from shadowdesk.services.identity import IdentityService, Viewer
from shadowdesk.services.scheduling import SchedulingService
from tests.gui.conftest import DEMO_NOW


def _signed_in(monkeypatch, viewer: Viewer | None) -> None:
    monkeypatch.setattr(IdentityService, "whoami", lambda _self: viewer)


def _home(qtbot, services, tasks) -> HomeView:
    view = HomeView(services, clock=lambda: DEMO_NOW, tasks=tasks)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    with qtbot.waitSignal(view.home_loaded, timeout=30_000):
        view.refresh()
        view.show()
    return view


def _parts(view: HomeView) -> list[str]:
    return [view.parts.itemAt(i).widget().title() for i in range(view.parts.count())
            if view.parts.itemAt(i).widget() is not None]


def _texts(widget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


@pytest.fixture
def next_host(demo_services):
    """The first planned session after now in the demo, and its host as a participant."""
    upcoming = [row for row in demo_services.scheduling.sessions_between(DEMO_NOW, DEMO_NOW + timedelta(days=365))
                if row.status is SessionStatus.PLANNED]
    session = upcoming[0]
    return session, Viewer(session.host.id, session.host.name, session.host.email, frozenset({"participant"}))


def test_a_participant_reads_the_briefing_of_their_next_session(qtbot, demo_services, synchronous_tasks, monkeypatch,
                                                                 next_host):
    session, viewer = next_host
    _signed_in(monkeypatch, viewer)
    view = _home(qtbot, demo_services, synchronous_tasks)
    assert view.heading.text() == f"Welcome, {viewer.full_name}"
    assert _parts(view) == ["Your sessions, notes and ideas"]
    assert view.charts == []  # a participant's home has no chart
    assert view.briefing_list.item(0).data(Qt.ItemDataRole.UserRole).session_id == session.id
    detail = demo_services.scheduling.get(session.id)
    briefing = view.briefing.toPlainText()
    assert "You are: the host" in briefing
    assert ", ".join(guest.name for guest in session.guests) in briefing
    assert detail.agenda and detail.agenda in briefing
    assert "Your note afterwards will ask:" in briefing
    with qtbot.waitSignal(view.session_requested) as opened:
        view.briefing_list.itemActivated.emit(view.briefing_list.item(0))
    assert opened.args == [session.id]


def test_a_participant_writes_a_note_due_with_write_now(qtbot, demo_services, synchronous_tasks, monkeypatch):
    (due, *_) = demo_services.reflections.due(DEMO_NOW, days=0)
    _signed_in(monkeypatch, Viewer(due.person_id, due.person_name, due.person_email, frozenset({"participant"})))
    view = _home(qtbot, demo_services, synchronous_tasks)
    assert not view.write_button.isEnabled()  # nothing chosen yet
    row = next(r for r in range(view.due_list.count())
               if view.due_list.item(r).data(Qt.ItemDataRole.UserRole) == (due.session.id, due.person_id))
    view.due_list.setCurrentRow(row)
    with qtbot.waitSignal(view.reflection_requested) as write:
        qtbot.mouseClick(view.write_button, Qt.MouseButton.LeftButton)
    assert write.args == [due.session.id, due.person_id]


def test_a_manager_sees_program_health_and_a_bar_click_lists_its_ideas(qtbot, demo_services, synchronous_tasks,
                                                                      monkeypatch, next_host):
    _, someone = next_host
    _signed_in(monkeypatch, Viewer(someone.person_id, someone.full_name, someone.email, frozenset({"manager"})))
    view = _home(qtbot, demo_services, synchronous_tasks)
    assert _parts(view) == ["Program health", "Ideas"]
    running = [p.name for p in demo_services.programs.list_programs() if p.status == "active"]
    table = view.program_table
    assert [table.topLevelItem(i).text(0) for i in range(table.topLevelItemCount())] == running
    board = demo_services.ideas.board()
    awaiting = len(board["proposed"]) + len(board["under_review"])
    assert view.ideas_title.text() == f"Awaiting a decision ({awaiting})"
    chart = view.ideas_chart
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_centre(2))  # Adopted
    adopted = [idea.title for idea in board["adopted"]]
    assert view.ideas_title.text() == f"Adopted ({len(adopted)})"
    assert [text.split(" — ")[0] for text in _texts(view.ideas_list)] == adopted
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_centre(2))  # again: back
    assert view.ideas_title.text() == f"Awaiting a decision ({awaiting})"
    against = view.program_charts[0]
    table.setCurrentItem(None)
    qtbot.mouseClick(against.plot.viewport(), Qt.MouseButton.LeftButton, pos=against.bar_centre(0))
    assert table.currentItem() is table.topLevelItem(0)
    with qtbot.waitSignal(view.idea_requested) as opened:
        view.ideas_list.itemActivated.emit(view.ideas_list.item(0))
    assert opened.args == [board["proposed"][-1].id]  # the board shows the latest first, the home the oldest


def test_a_coordinator_sees_what_needs_action(qtbot, demo_services, synchronous_tasks, monkeypatch, next_host):
    _, someone = next_host
    _signed_in(monkeypatch, Viewer(someone.person_id, someone.full_name, someone.email, frozenset({"coordinator"})))
    view = _home(qtbot, demo_services, synchronous_tasks)
    assert _parts(view) == ["What needs action"]
    unpaired, stalled, without_status, overdue = view.coordinator_lists
    days = demo_services.settings.get("reflection_reminder_days")
    first_due = demo_services.reflections.due(DEMO_NOW, days=days)[0]
    assert overdue.item(0).data(Qt.ItemDataRole.UserRole) == (first_due.session.id, first_due.person_id)
    with qtbot.waitSignal(view.reflection_requested) as write:
        overdue.itemActivated.emit(overdue.item(0))
    assert write.args == [first_due.session.id, first_due.person_id]
    as_of_now = SchedulingService(demo_services.database, demo_services.settings, clock=lambda: DEMO_NOW)
    still_planned = [row.id for row in as_of_now.past_still_planned()]
    assert [without_status.item(r).data(Qt.ItemDataRole.UserRole) for r in range(without_status.count())] == (
        still_planned)
    assert stalled.count() >= 1 and unpaired.count() >= 1


def test_someone_with_several_roles_sees_each_part_coordinator_first(qtbot, demo_services, synchronous_tasks,
                                                                     monkeypatch, next_host):
    _, someone = next_host
    _signed_in(monkeypatch, Viewer(someone.person_id, someone.full_name, someone.email,
                                   frozenset({"participant", "manager", "coordinator"})))
    view = _home(qtbot, demo_services, synchronous_tasks)
    assert _parts(view) == ["What needs action", "Program health", "Ideas", "Your sessions, notes and ideas"]


def test_an_unclaimed_file_shows_the_program_office_home(qtbot, demo_services, synchronous_tasks, monkeypatch):
    _signed_in(monkeypatch, None)
    view = _home(qtbot, demo_services, synchronous_tasks)
    assert view.heading.text() == "Home"
    assert _parts(view) == ["What needs action", "Program health", "Ideas"]


FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from shadowdesk.app import AppContext
from shadowdesk.paths import resolve_paths
from shadowdesk.services.identity import IdentityService, Viewer
from shadowdesk.services.scheduling import SchedulingService

app = QApplication([])
IdentityService.whoami = lambda self: Viewer(1, "Mia Manager", "mia@example.com", frozenset({"manager"}))
context = AppContext(resolve_paths(sys.argv[1]))
from shadowdesk.gui.views.home import HomeView  # noqa: E402
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            seen.setdefault("at first paint", "pyqtgraph" in sys.modules)
        return False

watcher = FirstPaint()
app.installEventFilter(watcher)
view = HomeView(context.services, lambda: __import__("datetime").datetime.now().astimezone())
view.refresh()
view.show()
seen["when shown"] = "pyqtgraph" in sys.modules
view.home_loaded.connect(lambda: (seen.setdefault("charts", [c.plot is not None for c in view.charts]), app.quit()))
QTimer.singleShot(60_000, app.quit)
app.exec()
print(seen)
"""


def test_the_chart_library_is_imported_only_after_the_first_paint(app_paths):
    from shadowdesk.app import AppContext

    context = AppContext(app_paths)
    context.services.dashboard.counts(DEMO_NOW, "UTC")  # an empty, migrated database
    context.close()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", textwrap.dedent(FIRST_PAINT), str(app_paths.data)],
                         capture_output=True, text=True, timeout=120, env=environment)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == str(
        {"when shown": False, "at first paint": False, "charts": [True, True, True, True]})


def test_the_home_shows_the_person_the_window_signed_in(qtbot, demo_services, synchronous_tasks, monkeypatch,
                                                        next_host):
    _, participant = next_host
    monkeypatch.setattr(IdentityService, "whoami", lambda _self: pytest.fail("the window asked already"))
    view = HomeView(demo_services, clock=lambda: DEMO_NOW, tasks=synchronous_tasks,
                    signed_in=SimpleNamespace(viewer=participant, refusal=None))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.home_loaded, timeout=30_000):
        view.refresh()
        view.show()
    assert _parts(view) == ["Your sessions, notes and ideas"]


def test_a_refused_login_is_told_why_instead_of_a_home(qtbot, demo_services, synchronous_tasks):
    refusal = "Your login bea is not linked to a person; ask the coordinator to run `shadowdesk server grant`."
    view = HomeView(demo_services, clock=lambda: DEMO_NOW, tasks=synchronous_tasks,
                    signed_in=SimpleNamespace(viewer=None, refusal=refusal))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.home_loaded, timeout=30_000):
        view.refresh()
        view.show()
    assert view.status.text() == f"Could not load your home: {refusal}"
    assert _parts(view) == []
