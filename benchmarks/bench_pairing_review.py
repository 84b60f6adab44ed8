"""How long showing a planner's proposal blocks the GUI thread: the review dialog of Programs > Plan pairs,
given a proposal of N pairs (names in the demo's scripts, as on the large demo) that a worker returns at once.

The figure is a 5 ms QTimer's worst lateness (as benchmarks/bench_views.py measures), from the moment the
proposal is handed to the dialog until its table and summary are painted, then over the review's edits.
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_pairing_review.py --pairs 2000 --rounds 1 --runs 5
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
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


INTERACTIONS = ("proposal shown", "scroll to the end", "change a round's dates", "swap two partners",
                "remove 1,000 selected pairs")


def measure_once(walk: Walk, program, proposal, enrolled) -> list[float]:
    """The GUI thread's longest block in each of INTERACTIONS, in order."""
    from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, Qt, QThreadPool

    from shadowdesk.gui.dialogs.pairing_review import PairingReviewDialog
    from shadowdesk.gui.workers import TaskRunner

    dialog = PairingReviewDialog(fake_services(proposal, enrolled), program, 1, TaskRunner(QThreadPool()))
    dialog.resize(900, 560)
    table, model = dialog.ui.proposalTable, dialog.model
    walk.measure(INTERACTIONS[0], dialog.show, dialog.confirm_button.isEnabled)  # enabled once the proposal is in
    walk.measure(INTERACTIONS[1], table.scrollToBottom)
    start = model.index(model.rowCount() - 1, model.COL_START)
    walk.measure(INTERACTIONS[2], lambda: model.setData(start, QDate(start.data(Qt.ItemDataRole.EditRole)).addDays(7)))
    walk.measure(INTERACTIONS[3], lambda: model.swap_partners(0, 1))
    selection = QItemSelection(model.index(0, 0), model.index(999, model.columnCount() - 1))
    table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    walk.measure(INTERACTIONS[4], dialog.ui.removeButton.click)
    assert model.rowCount() == len(proposal.rows) - 1000
    dialog.reject()
    dialog.deleteLater()
    walk.settle()
    return [figure.blocked_ms for figure in walk.figures[-len(INTERACTIONS):]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    walk = Walk(app)
    program, proposal, enrolled = make_proposal(args.pairs, args.rounds)
    started = time.perf_counter()
    runs = [measure_once(walk, program, proposal, enrolled) for _run in range(args.runs)]
    print(f"{len(proposal.rows)} pairs over {args.rounds} round(s), {args.runs} runs "
          f"({time.perf_counter() - started:.1f} s); GUI thread blocked, ms (first run's in brackets):")
    for n, name in enumerate(INTERACTIONS):
        figures = [run[n] for run in runs]
        print(f"  {name:<28} {min(figures):4.0f}-{max(figures):4.0f}, median {statistics.median(figures):4.0f}"
              f"  ({figures[0]:.0f})")
    walk.meter.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
