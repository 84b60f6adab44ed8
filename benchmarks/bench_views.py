"""Every main interaction of every section, on the real main window over a large database (offscreen).

For each interaction: (a) the longest time the GUI thread was blocked, read from an event-loop stall meter
(a 5 ms QTimer whose lateness is recorded, so work done in later slots and paints counts too), and (b) the
time until the result is on screen, background work included. Peak RSS after each section. Floors from the
same run: the same page of Reflections through raw sqlite3, and a bare QTableView over a
QAbstractTableModel of the same rows (People's 5,000).

Make the database once (about 20 s) and reuse it; each run works on a copy, so saving a note and moving a
card do not change it:
    shadowdesk --data-dir /tmp/bigviews demo --people 5000 --sessions 100000 --seed 7
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_views.py --data-dir /tmp/bigviews
Prints the markdown rows for docs/BENCHMARKS.md. tests/gui/test_views_scale.py runs the same walk at 1/20th.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_MS = 5
WAIT_LIMIT_S = 120.0


@dataclass
class Figure:
    name: str
    blocked_ms: float
    on_screen_ms: float


class StallMeter:
    """A 5 ms timer: how late each tick fires is how long the event loop could not run."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = time.perf_counter()
        self.worst = 0.0
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self._last) * 1000 - TICK_MS)
        self._last = now

    def reset(self) -> None:
        self._last = time.perf_counter()
        self.worst = 0.0

    def stop(self) -> None:
        self._timer.stop()


class CollectorLog:
    """The cyclic garbage collector's passes, by generation: a pass holds the interpreter's lock, so a long
    one in a worker is a frozen window too."""

    def __init__(self) -> None:
        self.passes: dict[int, list[float]] = {0: [], 1: [], 2: []}
        self._started: dict[int, float] = {}
        gc.callbacks.append(self._note)

    def _note(self, phase: str, info: dict) -> None:
        import threading

        thread = threading.get_ident()
        if phase == "start":
            self._started[thread] = time.perf_counter()
        elif thread in self._started:
            self.passes[info["generation"]].append((time.perf_counter() - self._started.pop(thread)) * 1000)

    def stop(self) -> None:
        gc.callbacks.remove(self._note)


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Walk:
    """Runs interactions one after the other, each until its result is shown, and keeps the figures."""

    def __init__(self, app) -> None:
        self.app = app
        self.meter = StallMeter()
        self.figures: list[Figure] = []

    def settle(self, ms: int = 30) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.001)

    def measure(self, name: str, action: Callable[[], object], done: Callable[[], bool] = lambda: True) -> object:
        self.settle()
        self.meter.reset()
        start = time.perf_counter()
        result = action()
        self.wait_until(name, done)
        self.app.processEvents()  # the paint of the result
        on_screen = (time.perf_counter() - start) * 1000
        self.settle(2 * TICK_MS)  # the tick after the last slot reports its lateness
        self.figures.append(Figure(name, self.meter.worst, on_screen))
        return result

    def wait_until(self, name: str, done: Callable[[], bool]) -> None:
        """Serves events until done() (the background work's result is on screen)."""
        from PySide6.QtCore import QEventLoop

        limit = time.perf_counter() + WAIT_LIMIT_S
        while not done():
            if time.perf_counter() > limit:
                raise TimeoutError(f"{name}: no result after {WAIT_LIMIT_S:.0f} s")
            # Sleeps until an event comes (the meter's tick comes every 5 ms): polling would keep a core
            # and the interpreter lock busy, and slow the workers and child processes being waited for.
            self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def type_letters(self, name: str, edit, word: str, done: Callable[[], bool]) -> None:
        """Letter by letter, a key press each 120 ms as a quick typist's; on screen: after the last letter."""
        from PySide6.QtCore import QEventLoop

        edit.clear()
        self.settle(300)
        worst = 0.0
        for letter in word:
            self.meter.reset()
            edit.insert(letter)
            self.settle(120)
            worst = max(worst, self.meter.worst)
        last = time.perf_counter()
        while not done():
            if time.perf_counter() - last > WAIT_LIMIT_S:
                raise TimeoutError(name)
            self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        self.app.processEvents()
        self.settle(2 * TICK_MS)
        self.figures.append(Figure(name, max(worst, self.meter.worst), (time.perf_counter() - last) * 1000))


def walk_every_section(walk: Walk, window, planner_rounds: int | None = None) -> dict[str, float]:
    """Every interaction of the issue, in the window; returns the peak RSS after each section."""
    from PySide6.QtCore import Qt

    from shadowdesk.gui.models.people_model import COL_DEPARTMENT
    from shadowdesk.gui.views.dashboard import DashboardView
    from shadowdesk.gui.views.ideas import IdeasView
    from shadowdesk.gui.views.people import PeopleView
    from shadowdesk.gui.views.programs import ProgramsView
    from shadowdesk.gui.views.reflections import ReflectionsView
    from shadowdesk.gui.views.reports import ReportsView
    from shadowdesk.gui.views.schedule import AGENDA, MONTH, WEEK, ScheduleView

    rss: dict[str, float] = {}
    nav = window.ui.navList
    dashboard = window.view(DashboardView)
    loaded = []
    dashboard.lists_loaded.connect(lambda: loaded.append(True))
    walk.measure("Dashboard: lists loaded", lambda: None, lambda: bool(loaded))
    # A user reads the dashboard before going on: the window imports the other sections' code meanwhile.
    walk.wait_until("the sections' code", lambda: window.warm_up is not None and not window.warm_up.running)
    rss["Dashboard"] = peak_rss_mib()
    names = ("Dashboard", "People", "Programs", "Schedule", "Reflections", "Ideas", "Reports")
    def shown(row: int) -> Callable[[], bool]:
        """A view that reads in workers (Programs, Reflections) is on screen when they are done."""
        return lambda: getattr(window.sections[row].view, "is_loaded", lambda: True)()

    for visit in ("first open", "again"):
        for row, name in enumerate(names):
            if row == 0 and visit == "first open":
                continue
            walk.measure(f"{name}: {visit}", lambda r=row: nav.setCurrentRow(r), shown(row))
            rss[name] = peak_rss_mib()

    people = window.view(PeopleView)
    nav.setCurrentRow(names.index("People"))
    walk.type_letters("People: type a filter (6 letters)", people.search_edit, "martin", people.is_loaded)
    people.search_edit.clear()
    walk.wait_until("People: the unfiltered rows", people.is_loaded)  # not counted in the sort's figure
    walk.measure("People: sort by department", lambda: people.table.sortByColumn(COL_DEPARTMENT,
                                                                                   Qt.SortOrder.DescendingOrder),
                 people.is_loaded)

    schedule = window.view(ScheduleView)
    nav.setCurrentRow(names.index("Schedule"))
    for mode, label in ((MONTH, "month"), (WEEK, "week"), (AGENDA, "agenda")):
        walk.measure(f"Schedule: switch to {label}", lambda m=mode: schedule.set_mode(m), schedule.is_loaded)
        walk.measure(f"Schedule: {label}, page forward", lambda: schedule.step(1), schedule.is_loaded)
    schedule.set_mode(WEEK)
    walk.wait_until("the week again", schedule.is_loaded)  # not counted: the next row starts from it
    walk.measure("Schedule: week, '+N more' lists the day in the agenda", lambda: schedule.show_day(schedule.anchor),
                 schedule.is_loaded)
    editor = walk.measure("Schedule: open the session editor", lambda: schedule.open_editor(None))
    walk.measure("Schedule: close the session editor", editor.reject)

    reflections = window.view(ReflectionsView)
    nav.setCurrentRow(names.index("Reflections"))
    counted = []
    reflections.counts_shown.connect(lambda: counted.append(True))
    walk.type_letters("Reflections: type a person filter (6 letters)", reflections.name_edit, "martin",
                      lambda: bool(counted) and "…" not in reflections.tabs.tabText(0))
    reflections.name_edit.clear()
    walk.measure("Reflections: clear the person filter", reflections.apply_filters, reflections.is_loaded)
    walk.measure("Reflections: sort by session date", lambda: reflections.due_table.sortByColumn(
        reflections.due_model.COL_DATE, Qt.SortOrder.AscendingOrder))
    due = reflections.due_model.row_at(0)
    note = walk.measure("Reflections: open the reflection editor",
                        lambda: reflections.open_editor(due.session.id, due.person_id))
    saved = []
    note.saved.connect(lambda: saved.append(True))
    note.ui.freeTextEdit.setPlainText("They quote a rush rate before they look at the file.")
    walk.measure("Reflections: save a note", note.save_draft, lambda: bool(saved))
    walk.measure("Reflections: close the reflection editor", note.reject)
    reflections.tabs.setCurrentIndex(2)
    walk.wait_until("Reflections: the sessions to debrief", reflections.is_loaded)
    walk.measure("Reflections: open a debrief", lambda: reflections.session_combo.setCurrentIndex(1),
                 reflections.is_loaded)

    found = []
    window.open_search()
    window.search_dialog.results_shown.connect(lambda: found.append(True))
    walk.type_letters("Search as you type (6 letters)", window.search_dialog.ui.queryEdit, "client",
                      lambda: bool(found))
    window.search_dialog.close()

    programs = window.view(ProgramsView)
    nav.setCurrentRow(names.index("Programs"))
    walk.measure("Programs: a program's people and pairs", lambda: programs.refresh(programs.current_program_id()),
                 programs.is_loaded)
    if planner_rounds is not None:
        programs.rounds_spin.setValue(planner_rounds)
    review = walk.measure("Programs: plan pairs (progress shown)", programs.open_review)
    walk.measure("Programs: plan pairs (proposal shown)", lambda: None, lambda: review.confirm_button.isEnabled())
    review.reject()
    rss["Programs"] = max(rss["Programs"], peak_rss_mib())

    reports = window.view(ReportsView)
    nav.setCurrentRow(names.index("Reports"))
    ready = []
    reports.report_ready.connect(lambda _path: ready.append(True))
    reports.report_failed.connect(lambda message: (_ for _ in ()).throw(RuntimeError(message)))
    walk.measure("Reports: generate the program report", reports.generate, lambda: bool(ready))
    rss["Reports"] = max(rss["Reports"], peak_rss_mib())

    ideas = window.view(IdeasView)
    nav.setCurrentRow(names.index("Ideas"))
    first = next(column for column in ideas.columns.values() if column.count())
    first.setCurrentRow(0)
    walk.measure("Ideas: move a card", ideas.move_idea)
    rss["Ideas"] = max(rss["Ideas"], peak_rss_mib())
    return rss


def add_ideas(services, count: int) -> None:
    """The large demo has no ideas; a board of `count` cards, proposed by the first people."""
    if sum(len(cards) for cards in services.ideas.board().values()):
        return
    proposers = [person_id for person_id, _name in services.ideas.people_choices()[:50]]
    for n in range(count):
        services.ideas.create(f"Idea {n}: a glossary per customer", "Shared by sales and PM.", proposers[n % 50])


SKILLS_PEOPLE_PER_SIDE = 1_000


def add_skills_program(services, seed: int = 7) -> int:
    """A program of 2,000 people (1,000 a side) with the starter catalogue's 12 skills and about 31,000
    ratings written in bulk: both self-ratings on each of their side's skills, an observed level for half,
    a recorded level for a tenth of the other side's. Made after the walk, so no other view shows it."""
    import random
    from datetime import date

    from sqlalchemy import insert

    from shadowdesk.domain import Side
    from shadowdesk.model import RatingKind, SkillRating
    from shadowdesk.services.programs import ProgramDraft

    rng = random.Random(seed)
    people = [person_id for person_id, _name in services.ideas.people_choices()][:2 * SKILLS_PEOPLE_PER_SIDE]
    program = services.programs.create(ProgramDraft("Skills matrix benchmark", date(2026, 1, 1), date(2026, 12, 31)))
    sides = {Side.A: people[:SKILLS_PEOPLE_PER_SIDE], Side.B: people[SKILLS_PEOPLE_PER_SIDE:]}
    for side, ids in sides.items():
        services.programs.enroll(program.id, side, ids)
    services.skills.load_starter(program.id, "en", None)
    rows = []

    def rating(kind: RatingKind, level: int, person_id: int, skill_id: int) -> dict:
        return {"kind": kind, "level": level, "person_id": person_id, "skill_id": skill_id, "session_id": None,
                "rated_by_id": person_id if kind in (RatingKind.SELF_START, RatingKind.SELF_END) else None,
                "recorded_on": date(2025, 11, 3) if kind is RatingKind.RECORDED else None, "note": ""}

    for skill in services.skills.catalogue(program.id):
        for person_id in sides[skill.side]:
            start = rng.randint(0, 2)
            rows.append(rating(RatingKind.SELF_START, start, person_id, skill.id))
            rows.append(rating(RatingKind.SELF_END, min(4, start + rng.randint(0, 2)), person_id, skill.id))
            if rng.random() < 0.5:
                rows.append(rating(RatingKind.OBSERVED, rng.randint(1, 4), person_id, skill.id))
        for person_id in sides[Side.B if skill.side is Side.A else Side.A]:
            if rng.random() < 0.1:
                rows.append(rating(RatingKind.RECORDED, rng.randint(3, 4), person_id, skill.id))
    with services.database.transaction() as s:
        s.execute(insert(SkillRating), rows)
    return program.id


def open_skills_matrix(walk: Walk, window, services, program_id: int) -> None:
    """The dialog of Programs > Skills…, from the click until its 2,000 rows are on screen."""
    from shadowdesk.gui.dialogs.skills_matrix import SkillsMatrixDialog

    def open_dialog() -> SkillsMatrixDialog:
        dialog = SkillsMatrixDialog(services, program_id, window)
        dialog.open()
        return dialog

    dialogs: list[SkillsMatrixDialog] = []
    walk.measure("Skills matrix: open, 2,000 people x 12 skills", lambda: dialogs.append(open_dialog()),
                 lambda: bool(dialogs) and dialogs[0].is_loaded())
    dialogs[0].reject()


def floors(walk: Walk, database: Path, services, now: datetime) -> dict[str, float]:
    """The same Reflections page through raw sqlite3, and a bare table view of People's rows."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView
    from sqlalchemy.dialects import sqlite

    from shadowdesk.services.note_listing import EVERYTHING, Page, due_rows

    statement = due_rows(now, 2, EVERYTHING, Page(limit=50)).compile(
        dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
    connection = sqlite3.connect(database)
    start = time.perf_counter()
    connection.execute(str(statement)).fetchall()
    raw_ms = (time.perf_counter() - start) * 1000
    connection.close()

    rows = services.people.list_people()

    class Bare(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
            return len(rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
            return 6

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return str(rows[index.row()][index.column() + 1]) if role == Qt.ItemDataRole.DisplayRole else None

    view = QTableView()
    view.resize(1000, 700)
    walk.measure("floor: bare QTableView of 5,000 people shown", lambda: (view.setModel(Bare()), view.show()))
    bare = walk.figures.pop()
    view.close()
    return {"sqlite3 Reflections page": raw_ms, "bare table": bare.blocked_ms}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default="/tmp/bigviews", help="the large demo's data folder")
    parser.add_argument("--ideas", type=int, default=200, help="cards on the Ideas board")
    parser.add_argument("--returns", nargs=2, metavar=("SECTION", "TIMES"),
                        help="instead of the walk: return to SECTION (Programs, Reflections...) from Ideas TIMES "
                             "times, and print each figure, to compare two versions on more than three samples")
    args = parser.parse_args(argv)
    source = Path(args.data_dir) / "shadowdesk.sqlite3"
    if not source.exists():
        sys.exit(f"No database in {args.data_dir}: see the usage at the top of {__file__}.")
    work = Path(tempfile.mkdtemp(prefix="bench_views_"))
    try:
        shutil.copy2(source, work / "shadowdesk.sqlite3")
        returns = (args.returns[0], int(args.returns[1])) if args.returns else None
        return run(work, args.ideas, returns)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def return_again_and_again(walk: Walk, window, section: str, times: int) -> None:
    """Every section opened once, then `section` left for Ideas (which reads little) and opened again."""
    nav = window.ui.navList
    names = [nav.item(row).text() for row in range(nav.count())]
    walk.wait_until("the sections' code", lambda: window.warm_up is not None and not window.warm_up.running)

    def shown(row: int) -> Callable[[], bool]:
        return lambda: getattr(window.sections[row].view, "is_loaded", lambda: True)()

    for row in range(names.index("Reports") + 1):
        walk.measure(names[row], lambda r=row: nav.setCurrentRow(r), shown(row))
    walk.figures.clear()
    target, ideas = names.index(section), names.index("Ideas")
    for _ in range(times):
        walk.measure("Ideas", lambda: nav.setCurrentRow(ideas), shown(ideas))
        walk.measure(f"{section}: again", lambda: nav.setCurrentRow(target), shown(target))
    figures = [figure for figure in walk.figures if figure.name != "Ideas"]
    print(f"{section}, {times} returns, longest block (ms):",
          " ".join(f"{f.blocked_ms:.0f}" for f in sorted(figures, key=lambda f: f.blocked_ms)))
    print(f"{section}, {times} returns, on screen (ms):",
          " ".join(f"{f.on_screen_ms:.0f}" for f in sorted(figures, key=lambda f: f.on_screen_ms)))


def run(data_dir: Path, ideas: int = 200, returns: tuple[str, int] | None = None) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from shadowdesk.app import AppContext
    from shadowdesk.gui.application import collect_garbage_again
    from shadowdesk.gui.main_window import MainWindow
    from shadowdesk.paths import resolve_paths

    gc.disable()  # as the program starts (cli.main), so the collector works as it does there
    context = AppContext(resolve_paths(data_dir))
    services = context.services
    add_ideas(services, ideas)
    now = datetime.now(UTC)
    app = QApplication.instance() or QApplication([])
    walk = Walk(app)
    window = MainWindow(services, QSettings(str(data_dir / "bench.ini"), QSettings.Format.IniFormat))
    window.resize(1400, 900)
    window.first_paint.then(collect_garbage_again)
    window.show()
    collector = CollectorLog()
    if returns is not None:
        return_again_and_again(walk, window, *returns)
    else:
        walk_and_print(walk, window, services, data_dir, now)
    collector.stop()
    for generation, passes in collector.passes.items():
        print(f"garbage collector, generation {generation}: {len(passes)} passes, "
              f"longest {max(passes, default=0):,.0f} ms, {sum(passes):,.0f} ms in all")
    walk.meter.stop()
    window.close()
    context.close()
    return 0


def walk_and_print(walk: Walk, window, services, data_dir: Path, now: datetime) -> None:
    """Every interaction, then the markdown rows for docs/BENCHMARKS.md and the floors."""
    rss = walk_every_section(walk, window)
    open_skills_matrix(walk, window, services, add_skills_program(services))
    floor = floors(walk, data_dir / "shadowdesk.sqlite3", services, now)
    print("| interaction | longest block (ms) | on screen (ms) |")
    print("| --- | ---: | ---: |")
    for figure in walk.figures:
        print(f"| {figure.name} | {figure.blocked_ms:,.0f} | {figure.on_screen_ms:,.0f} |")
    print()
    print("| section | peak RSS after it (MiB) |")
    print("| --- | ---: |")
    for name, mib in rss.items():
        print(f"| {name} | {mib:,.0f} |")
    print()
    for name, ms in floor.items():
        print(f"floor, {name}: {ms:,.1f} ms")


if __name__ == "__main__":
    sys.exit(main())
