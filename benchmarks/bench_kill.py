"""The long kill run: SIGKILL ShadowDesk's storage layer mid-workload many times and count what was lost.

    .venv/bin/python benchmarks/bench_kill.py [--kills 1000] [--seed 1] [--start-delay 0]

The kill moments are chosen from what the writer reports, as in the test suite (tests/e2e/kill_worker.py:
after some commits, held inside a commit, held in the middle of a statement), so a busy machine makes the
run slower, not weaker; --start-delay makes every writer sleep that long first to show it. Prints the
kills by plan, how many hit a commit in flight or a statement, the checks passed (integrity_check,
foreign_key_check, every reported commit present, no half-written object, after every kill), the changes
reported committed and the changes lost. The 200-kill version runs in tests/e2e/test_kill_harness.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.e2e.kill_worker import KillHarness  # noqa: E402

from shadowdesk.storage import open_database  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start-delay", type=float, default=0.0, help="seconds each writer sleeps first")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database_file = Path(folder) / "killed.sqlite3"
        open_database(f"sqlite:///{database_file}").dispose()
        started = time.perf_counter()
        harness = KillHarness(database_file, seed=args.seed, start_delay_s=args.start_delay)
        try:
            figures = harness.run(args.kills)
        finally:
            harness.close()
        elapsed = time.perf_counter() - started
        size_kb = database_file.stat().st_size // 1024
    print(f"kills:                 {figures.kills}")
    print(f"  by plan:             {', '.join(f'{plan} {n}' for plan, n in sorted(figures.plans.items()))}")
    print(f"kills during a commit: {figures.kills_during_commit}")
    print(f"kills in a statement:  {figures.kills_inside_a_statement}")
    print(f"checks passed:         {figures.checks_passed} of {figures.kills}")
    print(f"changes committed:     {figures.committed}")
    print(f"changes lost:          {figures.lost}")
    print(f"database at the end:   {size_kb} KB")
    print(f"time:                  {elapsed:.1f} s")
    for problem in figures.problems[:20]:
        print(f"  problem: {problem}")
    return 0 if not figures.problems and figures.lost == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
