"""How long the review of Programs > Plan pairs blocks the GUI thread: showing a planner's proposal, then the
coordinator's edits. The figure is a 5 ms QTimer's worst lateness, as benchmarks/bench_views.py measures it.

Given a proposal of N pairs (names in the demo's scripts, as on the large demo) that a worker returns at once,
"proposal shown" runs from the dialog's show() until its table and summary are painted:
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_pairing_review.py --pairs 2000 --rounds 1 --runs 5
With --data-dir, on a copy of the large demo (see bench_views.py), the planner really plans its program in a
worker (4 rounds, as Programs offers; 2,000 x 2,000 people), and "proposal shown" includes the planning:
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_pairing_review.py --data-dir /tmp/bigviews --runs 3
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_views import Walk  # noqa: E402 (after the platform is chosen)


def make_proposal(pairs: int, rounds: int):
    """`pairs` rows over `rounds` rounds, a side of pairs/rounds people each, names and reasons as the
    planner writes them on the large demo."""
    from shadowdesk.domain import ProgramStatus, Side
    from shadowdesk.services.demo import FIRST, LAST
    from shadowdesk.services.pairing import Proposal, ProposedRow, UnpairedPerson
    from shadowdesk.services.programs import EnrolledPerson, ProgramInfo

    per_round = pairs // rounds
    names = [f"{FIRST[n % len(FIRST)]} {LAST[(n * 7) % len(LAST)]}" for n in range(2 * per_round)]
    start = date(2025, 12, 1)
    days = [(number, start + timedelta(days=182 * (number - 1)), start + timedelta(days=182 * number - 1))
            for number in range(1, rounds + 1)]
    rows = tuple(ProposedRow(number, a, names[a], per_round + (a + number) % per_round,
                             names[per_round + (a + number) % per_round],
                             f"Same office (Berlin); new partners {a % 10}", first, last)
                 for number, first, last in days for a in range(per_round))
    program = ProgramInfo(1, "Benchmark program", "", start, days[-1][2], "Sales", "Project Management", 4, 16.0,
                          ProgramStatus.ACTIVE, 1, per_round, per_round)
    left = (UnpairedPerson(1, 2 * per_round, "Anna Nowak", Side.A),)
    enrolled = [EnrolledPerson(per_round + n, names[per_round + n], "", "Project Management", "Berlin",
                               "Europe/Berlin", Side.B, 1, True) for n in range(per_round)]
    return program, Proposal(program.id, program.name, rows, left, tuple(days)), enrolled


def fake_services(proposal, enrolled) -> SimpleNamespace:
    """What the dialog asks of the services while showing a proposal: the plan, and who may be paired by hand."""
    return SimpleNamespace(
        pairing=SimpleNamespace(plan=lambda *_args, **_kwargs: proposal),
        programs=SimpleNamespace(enrolled=lambda _program_id, side=None: [p for p in enrolled
                                                                          if side in (None, p.side)]))


INTERACTIONS = ("planning, in a worker", "proposal shown", "scroll to the end", "change a round's dates",
                "swap two partners", "remove 1,000 selected pairs")


def measure_once(walk: Walk, services, program, rounds: int) -> list[float]:
    """The GUI thread's longest block in each of INTERACTIONS, in order."""
    from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, Qt, QThreadPool

    from shadowdesk.gui.dialogs.pairing_review import PairingReviewDialog
    from shadowdesk.gui.workers import TaskRunner

    class SplitReview(PairingReviewDialog):
        """Splits the wait for the proposal in two: the planning in the worker, and showing what it returned."""

        planning_blocked_ms = 0.0

        def _planned(self, ready) -> None:
            self.planning_blocked_ms = walk.meter.worst
            walk.meter.reset()
            super()._planned(ready)

    dialog = SplitReview(services, program, rounds, TaskRunner(QThreadPool()))
    dialog.resize(900, 560)
    table, model = dialog.ui.proposalTable, dialog.model
    walk.measure(INTERACTIONS[1], dialog.show, dialog.confirm_button.isEnabled)  # enabled once the proposal is in
    walk.measure(INTERACTIONS[2], table.scrollToBottom)
    start = model.index(model.rowCount() - 1, model.COL_START)
    walk.measure(INTERACTIONS[3], lambda: model.setData(start, QDate(start.data(Qt.ItemDataRole.EditRole)).addDays(7)))
    walk.measure(INTERACTIONS[4], lambda: model.swap_partners(0, 1))
    selection = QItemSelection(model.index(0, 0), model.index(999, model.columnCount() - 1))
    table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    walk.measure(INTERACTIONS[5], dialog.ui.removeButton.click)
    assert dialog.proposal is not None and model.rowCount() == len(dialog.proposal.rows) - 1000
    dialog.reject()
    dialog.deleteLater()
    walk.settle()
    return [dialog.planning_blocked_ms] + [figure.blocked_ms for figure in walk.figures[1 - len(INTERACTIONS):]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", help="plan the first program of (a copy of) this demo's data folder")
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    walk = Walk(app)
    started = time.perf_counter()
    if args.data_dir:
        runs, what = planned_on_a_copy(walk, Path(args.data_dir), args.runs)
    else:
        program, proposal, enrolled = make_proposal(args.pairs, args.rounds)
        runs = [measure_once(walk, fake_services(proposal, enrolled), program, args.rounds)
                for _run in range(args.runs)]
        what = f"{len(proposal.rows)} pairs over {args.rounds} round(s)"
    print(f"{what}, {args.runs} runs ({time.perf_counter() - started:.1f} s); GUI thread blocked, ms "
          "(first run's in brackets):")
    for n, name in enumerate(INTERACTIONS):
        figures = [run[n] for run in runs]
        print(f"  {name:<28} {min(figures):4.0f}-{max(figures):4.0f}, median {statistics.median(figures):4.0f}"
              f"  ({figures[0]:.0f})")
    walk.meter.stop()
    return 0


PLANNED_ROUNDS = 4  # what Programs offers to plan


def planned_on_a_copy(walk: Walk, data_dir: Path, runs: int) -> tuple[list[list[float]], str]:
    from shadowdesk.app import AppContext
    from shadowdesk.paths import resolve_paths

    source = data_dir / "shadowdesk.sqlite3"
    if not source.exists():
        sys.exit(f"No database in {data_dir}: see the usage at the top of benchmarks/bench_views.py.")
    work = Path(tempfile.mkdtemp(prefix="bench_pairing_review_"))
    try:
        shutil.copy2(source, work / "shadowdesk.sqlite3")
        context = AppContext(resolve_paths(work))
        try:
            program = context.services.programs.list_programs()[0]
            figures = [measure_once(walk, context.services, program, PLANNED_ROUNDS) for _run in range(runs)]
        finally:
            context.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return figures, (f"{program.name}, {program.enrolled_a} x {program.enrolled_b} people, {PLANNED_ROUNDS} rounds "
                     "planned")


if __name__ == "__main__":
    sys.exit(main())
