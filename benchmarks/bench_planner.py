"""The rotation planner at scale: 4 rounds for 2,000 salespeople x 2,000 project managers (target < 2 s).

    .venv/bin/python benchmarks/bench_planner.py [--runs 3] [--no-database]

Times plan_rotation alone (six offices in five time zones, a manager for most people, 2,000 pairs of an
earlier program to avoid, 200 excluded pairs), once with one partner per person and once with PMs taking
two (the demo's setting, which doubles the matrix). Then, unless --no-database, the whole use case
PairingService.plan() on a large demo company in SQLite: reading enrollments, earlier pairs and
exclusions, planning, naming. Prints markdown rows (medians of --runs).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from shadowdesk.rules.planner import Participant, plan_rotation  # noqa: E402
from shadowdesk.services.demo_data import OFFICES  # noqa: E402

SIZE, ROUNDS, TARGET_S = 2_000, 4, 2.0


def people(first_id: int, rng: random.Random, capacity: int, managers: list[int]) -> list[Participant]:
    offices = list(OFFICES.items())
    return [Participant(first_id + n, *rng.choice(offices), capacity=capacity,
                        manager_id=rng.choice(managers) if managers else None) for n in range(SIZE)]


def time_planner(capacity_b: int, runs: int) -> tuple[float, int]:
    rng = random.Random(1)
    side_b = people(100_000, rng, capacity_b, [])
    side_a = people(1, rng, 1, [p.id for p in side_b[:50]])
    earlier = [(a.id, b.id) for a, b in zip(side_a, rng.sample(side_b, SIZE), strict=True)]
    excluded = [(rng.choice(side_a).id, rng.choice(side_b).id) for _ in range(200)]
    plan_rotation(side_a[:10], side_b[:10], 1)  # import numpy and scipy outside the timing
    times, pairs = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        plan = plan_rotation(side_a, side_b, ROUNDS, earlier_pairs=earlier, excluded=excluded)
        times.append(time.perf_counter() - started)
        pairs = len(plan.pairs)
    return statistics.median(times), pairs


def time_service(runs: int) -> tuple[float, int]:
    from shadowdesk.services.demo import load_large_demo
    from shadowdesk.services.pairing import PairingService
    from shadowdesk.storage import open_database

    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        try:
            load_large_demo(database, SIZE * 5 // 2, 0)  # 40 % Sales, 40 % PM: 2,000 each, one program
            service = PairingService(database)
            times, pairs = [], 0
            for _ in range(runs):
                started = time.perf_counter()
                proposal = service.plan(1, ROUNDS)
                times.append(time.perf_counter() - started)
                pairs = len(proposal.rows)
        finally:
            database.dispose()
    return statistics.median(times), pairs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-database", action="store_true")
    args = parser.parse_args()
    print("| what | median | pairs | target |")
    print("| --- | --- | --- | --- |")
    for capacity in (1, 2):
        seconds, pairs = time_planner(capacity, args.runs)
        print(f"| planner, {ROUNDS} rounds, 2,000 x 2,000, PM capacity {capacity} | {seconds:.2f} s | {pairs:,} "
              f"| < {TARGET_S:g} s {'✓' if seconds < TARGET_S else '✗'} |")
    if not args.no_database:
        seconds, pairs = time_service(args.runs)
        print(f"| PairingService.plan, {ROUNDS} rounds, 2,000 x 2,000 from SQLite | {seconds:.2f} s | {pairs:,} "
              f"| < {TARGET_S:g} s {'✓' if seconds < TARGET_S else '✗'} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
