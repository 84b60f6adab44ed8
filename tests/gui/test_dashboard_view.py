"""The dashboard's stalled pairs, on a program lived through the services."""

from __future__ import annotations

from shadowdesk.gui.views.dashboard import DashboardView
from tests.services.test_dashboard import LIVED_NOW, lived_program


def test_the_dashboard_lists_the_stalled_pairs_and_a_double_click_opens_their_program(qtbot, db, tmp_path):
    lived = lived_program(db, tmp_path)
    view = DashboardView(lived, clock=lambda: LIVED_NOW)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.lists_loaded, timeout=30_000):
        view.refresh()
    stalled = view.ui.stalledList
    assert [stalled.item(row).text() for row in range(stalled.count())] == [
        "Sam and Paula (Summer): last met 35 days ago"]
    with qtbot.waitSignal(view.program_requested) as opened:
        stalled.itemActivated.emit(stalled.item(0))
    assert opened.args == [lived.program.id]


def test_the_lists_are_read_once_the_dashboard_has_painted(qtbot, db, tmp_path, held_pool, held_tasks):
    """Started before, the worker would compete with building and painting the window (start-up)."""
    lived = lived_program(db, tmp_path)
    view = DashboardView(lived, clock=lambda: LIVED_NOW, runner=held_tasks)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.wait(50)
    assert held_pool.held == []
    view.show()
    qtbot.waitUntil(lambda: len(held_pool.held) == 2)  # the lists, and the stalled pairs beside them
    with qtbot.waitSignal(view.lists_loaded):
        held_pool.release()
    assert view.ui.stalledList.count() == 1


def test_a_refresh_made_before_the_first_paint_is_shown_with_its_own_figures_not_an_earlier_ones(
        qtbot, context):
    """The welcome page shows first on an empty database; the dashboard, refreshed again once people are
    imported, must paint that refresh's figures and week, not those of its first refresh."""
    from datetime import UTC, datetime

    from shadowdesk.model import Person

    now = [datetime(2026, 8, 31, 9, tzinfo=UTC)]
    view = DashboardView(context.services, clock=lambda: now[0])
    qtbot.addWidget(view)
    view.refresh()  # not shown yet: its lists wait for the first paint
    with context.services.database.transaction() as session:
        session.add(Person(full_name="Ada Ames", email="ada@example.com"))
    now[0] = datetime(2026, 11, 18, 9, tzinfo=UTC)
    view.refresh()
    view.show()
    qtbot.waitUntil(view.is_loaded, timeout=30_000)
    qtbot.wait(50)  # anything still queued would land now
    assert view.ui.peopleCount.text() == "1"
    assert "November" in view.ui.weekLabel.text()


def test_the_stalled_pairs_are_read_beside_the_lists_and_a_failure_there_leaves_the_lists_shown(
        qtbot, db, tmp_path, held_pool, held_tasks, monkeypatch):
    lived = lived_program(db, tmp_path)

    def fails(_progress):
        raise RuntimeError("the server went away")

    monkeypatch.setattr(lived.dashboard, "stalled_pairs", fails)
    view = DashboardView(lived, clock=lambda: LIVED_NOW, runner=held_tasks)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: len(held_pool.held) == 2)  # both reads asked at once, neither waits for the other
    emitted = []
    view.lists_loaded.connect(lambda: emitted.append(True))
    with qtbot.waitSignal(view.lists_loaded):
        held_pool.release()
    qtbot.wait(20)
    assert emitted == [True]  # once, when both have ended
    assert view.is_loaded()
    assert view.ui.stalledList.item(0).text() == "Could not load: the server went away"
    assert "Could not load" not in view.ui.thisWeekList.item(0).text()
    assert view.ui.dueList.count() >= 1 and "Could not load" not in view.ui.dueList.item(0).text()
