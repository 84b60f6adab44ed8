"""Every view on a company 1/20th of the benchmark's (250 people, 5,000 sessions): every interaction of
benchmarks/bench_views.py completes and none blocks the window for seconds, and the views fetch what they
show rather than everything. The figures themselves belong to the benchmark, not to this test: the bound
here (2 s) is generous so the verdict never depends on the machine's speed."""

from __future__ import annotations

import importlib.util
import re
import sys
import threading
import traceback
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from shadowdesk.app import AppContext
from shadowdesk.gui.main_window import MainWindow
from shadowdesk.gui.views.people import PeopleView
from shadowdesk.gui.views.programs import ProgramsView
from shadowdesk.gui.views.reflections import ReflectionsView
from shadowdesk.gui.views.schedule import AGENDA, ScheduleView
from shadowdesk.gui.workers import TaskRunner
from shadowdesk.services.demo import load_large_demo
from shadowdesk.services.programs import ProgramDraft
from shadowdesk.services.schedule_pages import AGENDA_PAGE

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
BLOCKED_AT_MOST_MS = 2000


def _bench():
    spec = importlib.util.spec_from_file_location(
        "bench_views", Path(__file__).parents[2] / "benchmarks" / "bench_views.py")
    module = sys.modules.setdefault("bench_views", importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def company(app_paths):
    context = AppContext(app_paths)
    load_large_demo(context.services.database, 250, 5000, seed=7, now=NOW)
    yield context
    context.close()


@pytest.fixture
def window(qtbot, company, shown_errors):
    window = MainWindow(company.services, QSettings(str(company.paths.config / "t.ini"), QSettings.IniFormat),
                        clock=lambda: NOW)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    yield window
    assert shown_errors == []


# Tables that grow with the company (its people, sessions and notes): a statement that walks one of them on
# the GUI thread freezes the window on a big database. Finding one row by its key is not a walk. The
# programs, templates, skills, settings, customers and projects stay lists a person can read.
GROWING_TABLES = {"person", "shadow_session", "session_guest", "reflection", "note_state", "enrollment", "pairing",
                  "pair_exclusion", "idea", "skill_rating", "perception_rating", "change_log", "send_log",
                  "session_series", "series_slot"}


def tables_walked(connection, statement: str, parameters) -> set[str]:
    """The growing tables SQLite's plan for the statement scans whole (a table or a whole index)."""
    if not isinstance(parameters, (tuple, dict)) or not statement.lstrip().upper().startswith(("SELECT", "WITH")):
        return set()
    plan = connection.connection.dbapi_connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
    walked = {match.group(1) for *_ids, detail in plan if (match := re.match(r"SCAN (\w+)", detail))}
    return walked & GROWING_TABLES


def window_caller() -> str:
    """The innermost frame of the window's code that led to a statement: where to look."""
    frames = [frame for frame in traceback.extract_stack() if "/shadowdesk/gui/" in frame.filename]
    return f"{Path(frames[-1].filename).name}:{frames[-1].lineno} {frames[-1].name}" if frames else "?"


def test_every_interaction_completes_blocks_no_more_than_seconds_and_reads_nothing_big_on_the_gui_thread(
        window, company):
    bench = _bench()
    bench.add_ideas(company.services, 20)
    read_on_gui_thread: list[tuple[str, set[str]]] = []

    def note_gui_thread_reads(connection, _cursor, statement, parameters, *_rest) -> None:
        if threading.current_thread() is threading.main_thread():
            walked = tables_walked(connection, statement, parameters)
            if walked:
                read_on_gui_thread.append((window_caller(), tuple(sorted(walked))))

    engine = company.services.database.engine
    event.listen(engine, "before_cursor_execute", note_gui_thread_reads)
    walk = bench.Walk(QApplication.instance())
    try:
        bench.walk_every_section(walk, window, planner_rounds=1)
    finally:
        walk.meter.stop()
        event.remove(engine, "before_cursor_execute", note_gui_thread_reads)
    assert len(walk.figures) >= 35  # every interaction of the walk reported a result
    assert [(f.name, round(f.blocked_ms)) for f in walk.figures if f.blocked_ms > BLOCKED_AT_MOST_MS] == []
    offenders = sorted(set(read_on_gui_thread))
    assert offenders == [], "\n".join(map(str, offenders))


def open_reflections(qtbot, window) -> ReflectionsView:
    view = window.view(ReflectionsView)
    with qtbot.waitSignal(view.counts_shown, timeout=30_000):
        window.ui.navList.setCurrentRow(window.ui.viewStack.indexOf(view))
    return view


def test_reflections_holds_one_page_of_what_is_due_and_fetches_the_next_when_scrolled_to(qtbot, window):
    view = open_reflections(qtbot, window)
    page = view.due_model.page_size
    assert view.due_model.rowCount() == page  # not the hundreds due
    assert int(view.tabs.tabText(0).split("(")[1].rstrip(")")) > 2 * page  # counted by the database
    assert view.notes_model.rowCount() <= page
    view.due_table.scrollToBottom()
    qtbot.waitUntil(lambda: view.due_model.rowCount() == 2 * page)
    assert len({(d.session.id, d.person_id) for d in view.due_model.rows()}) == 2 * page


def test_a_hidden_section_lets_go_of_its_rows_and_shows_them_again_on_return(qtbot, window):
    view = open_reflections(qtbot, window)
    window.ui.navList.setCurrentRow(0)
    assert view.due_model.rowCount() == view.notes_model.rowCount() == view.session_combo.count() == 0
    open_reflections(qtbot, window)
    assert view.due_model.rowCount() == view.due_model.page_size


def test_programs_reads_the_people_and_pairs_of_the_chosen_program_only(qtbot, window, company, monkeypatch):
    services = company.services
    other = services.programs.create(ProgramDraft("Spring Exchange", date(2027, 3, 1), date(2027, 6, 30)))
    asked: list[int] = []
    for service, name in ((services.pairing, "list_pairs"), (services.programs, "enrolled")):
        real = getattr(service, name)
        monkeypatch.setattr(service, name, lambda program_id, *rest, real=real: asked.append(program_id)
                            or real(program_id, *rest))
    view = window.view(ProgramsView)
    window.ui.navList.setCurrentRow(window.ui.viewStack.indexOf(view))
    qtbot.waitUntil(view.is_loaded)  # read in a worker
    chosen = view.current_program_id()
    assert chosen is not None and set(asked) == {chosen}
    view.programs_table.selectRow(view.programs_model.row_of(other.id))
    assert view.pairs_model.rowCount() == 0  # the other program's pairs are gone at once
    qtbot.waitUntil(view.is_loaded)
    assert set(asked) == {chosen, other.id} and view.pairs_model.rowCount() == 0


def release_until_loaded(qtbot, held_pool, view: ReflectionsView) -> None:
    """Lets every read run, and those they start in turn (the programs bring the pages, the sessions the
    debrief), until the view has shown them all."""
    qtbot.waitUntil(lambda: held_pool.release() or view.is_loaded())


def test_a_name_typed_into_reflections_is_looked_up_in_a_worker_and_then_shown(qtbot, company, held_pool):
    view = ReflectionsView(company.services, lambda: NOW, pool=held_pool)
    qtbot.addWidget(view)
    view.show()
    view.refresh()  # everything waits in the pool, "Loading…" shows
    assert view.due_model.rowCount() == 0 and view.loading_label.text() == "Loading…"
    release_until_loaded(qtbot, held_pool, view)
    assert not view.loading_label.isVisible()
    everyone = {d.person_id for d in view.due_model.rows()}
    name = next(d.person_name for d in view.due_model.rows() if d.person_name.isascii())
    view.name_edit.setText(name)
    view.apply_filters()  # as the typing pause does
    assert {d.person_id for d in view.due_model.rows()} == everyone  # nothing read in the GUI thread
    assert view.tabs.tabText(0) == "D&ue (…)"
    release_until_loaded(qtbot, held_pool, view)
    assert {d.person_name for d in view.due_model.rows()} == {name}
    assert "…" not in view.tabs.tabText(0)


def schedule_view(qtbot, company, held_pool) -> ScheduleView:
    view = ScheduleView(company.services, lambda: NOW, "Europe/Berlin", tasks=TaskRunner(held_pool))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.refresh()
    return view


def test_the_schedule_reads_each_period_in_a_worker_and_the_agenda_a_page_at_a_time(qtbot, company, held_pool):
    view = schedule_view(qtbot, company, held_pool)
    assert view.rows == [] and view.summary_label.text() == "Reading the sessions…"  # nothing on the GUI thread
    with qtbot.waitSignal(view.rows_loaded):
        held_pool.release()
    view.set_mode(AGENDA)
    assert view.agenda_model.rowCount() == 0  # the month is read in the worker
    with qtbot.waitSignal(view.rows_loaded) as loaded:
        held_pool.release()
    month_total = loaded.args[0]
    assert month_total > 2 * AGENDA_PAGE  # a month of this company holds a few hundred
    assert view.agenda_model.rowCount() == AGENDA_PAGE and view.summary_label.text() == f"{month_total} sessions"
    view.agenda.scrollToBottom()
    qtbot.waitUntil(lambda: bool(held_pool.held))  # the next page is asked for, in the worker
    assert view.agenda_model.rowCount() == AGENDA_PAGE
    held_pool.release()
    qtbot.waitUntil(lambda: view.agenda_model.rowCount() == 2 * AGENDA_PAGE)
    rows = [view.agenda_model.row_at(n) for n in range(2 * AGENDA_PAGE)]
    assert len({row.id for row in rows}) == 2 * AGENDA_PAGE
    assert [row.starts_at for row in rows] == sorted(row.starts_at for row in rows)


def test_a_person_typed_into_the_schedule_filter_is_found_in_a_worker_and_chosen_with_the_keyboard(
        qtbot, company, held_pool):
    view = schedule_view(qtbot, company, held_pool)
    held_pool.release()
    qtbot.waitUntil(view.is_loaded)
    someone = view.rows[0].host
    field = view.person_filter
    field.setFocus()
    qtbot.keyClicks(field, someone.email.split("@")[0])  # the start of their email
    qtbot.waitUntil(lambda: bool(held_pool.held))  # looked up after the typing pauses, in the worker
    assert field.suggestions.rowCount() == 0
    held_pool.release()
    qtbot.waitUntil(lambda: field.suggestions.rowCount() >= 1)
    assert field.suggestions.rowCount() <= 30  # a few at a time, never everyone
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field.suggester.popup(), Qt.Key.Key_Return)
    chosen = field.person_id()
    assert chosen == someone.id and field.text() == f"\u2068{someone.name}\u2069 <{someone.email}>"
    with qtbot.waitSignal(view.rows_loaded):
        held_pool.release()
    assert view.rows and all(chosen in {p.id for p in row.participants} for row in view.rows)


def test_people_holds_one_page_of_the_roster_and_counts_it_in_the_database(qtbot, window, company):
    view = window.view(PeopleView)
    window.ui.navList.setCurrentRow(window.ui.viewStack.indexOf(view))
    qtbot.waitUntil(view.is_loaded, timeout=30_000)
    assert view.model.rowCount() == view.model.page_size  # not all 250
    shown, total = company.services.people.count_people(active=True)
    assert view.count_label.text() == f"{shown} of {total}" and shown > view.model.page_size
