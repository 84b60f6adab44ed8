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
    qtbot.waitUntil(lambda: len(held_pool.held) == 1)
    with qtbot.waitSignal(view.lists_loaded):
        held_pool.release()
    assert view.ui.stalledList.count() == 1
