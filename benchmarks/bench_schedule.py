"""Schedule on the 100,000-session demo database: month view, week switch, conflict check, .ics export.

Targets (issue 4): month view open and week switch < 100 ms, conflict check < 10 ms, .ics export of a
program's 10,000 sessions < 3 s. Prints markdown rows of medians.
Usage: python benchmarks/bench_schedule.py [--runs 7] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def ensure_database(data_dir: Path) -> None:
    if (data_dir / "shadowdesk.sqlite3").exists():
        return
    print(f"Creating the 100,000-session demo in {data_dir} (several minutes)...", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "shadowdesk", "--data-dir", str(data_dir), "demo",
                    "--people", "5000", "--sessions", "100000"], check=True)


def median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", type=Path,
                        default=Path(tempfile.gettempdir()) / "shadowdesk-bench-100k")
    args = parser.parse_args()
    ensure_database(args.data_dir)

    from PySide6.QtWidgets import QApplication

    from shadowdesk.app import AppContext
    from shadowdesk.gui.views.schedule import WEEK, ScheduleView
    from shadowdesk.model import SessionKind
    from shadowdesk.paths import resolve_paths
    from shadowdesk.services.schedule_types import SessionDraft

    app = QApplication.instance() or QApplication([])
    context = AppContext(resolve_paths(args.data_dir))
    services = context.services
    scheduling = services.scheduling
    now = datetime.now(UTC)
    rows = []

    view = ScheduleView(services, lambda: now, "Europe/Berlin")
    view.resize(1300, 820)
    view.show()
    start = time.perf_counter()
    view.refresh()  # first open: filter lists (5,000 people) and the month's sessions
    view.grab()
    first_open = (time.perf_counter() - start) * 1000
    shown = len(view.rows)
    rows.append(("Schedule first open (filters + month, painted)", f"{first_open:.0f} ms",
                 f"{view.summary_label.text()} in the grid, {shown} drawn"))

    def month_open() -> None:
        view.reload()
        view.grab()

    rows.append(("Month view open (query + paint)", f"{median_ms(month_open, args.runs):.0f} ms",
                 f"{view.summary_label.text()}, target < 100 ms"))
    view.set_mode(WEEK)
    direction = [1]

    def week_switch() -> None:
        direction[0] = -direction[0]
        view.step(direction[0])
        view.grab()

    rows.append(("Week switch (query + paint)", f"{median_ms(week_switch, args.runs):.0f} ms",
                 f"{len(view.rows)} sessions, target < 100 ms"))

    people = scheduling.people()
    program = scheduling.programs()[0]
    drafts = iter(SessionDraft(
        kind=SessionKind.PROJECT_SHADOW, host_id=people[n * 7].id, guest_ids=(people[n * 7 + 3].id,),
        starts_at=now + timedelta(days=n, hours=2), duration=timedelta(hours=2), time_zone="Europe/Berlin",
        location="https://meet.example/x", program_id=program.id) for n in range(1000))
    scheduling.check(next(drafts))  # warm the statement cache, as a running app has
    check_ms = median_ms(lambda: scheduling.check(next(drafts)), max(args.runs, 21))
    rows.append(("Conflict check of a new session", f"{check_ms:.1f} ms", "target < 10 ms"))

    ordered = scheduling.sessions_between(datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))
    window_start, window_end = ordered[0].starts_at, ordered[10_000].starts_at
    data = b""

    def export() -> None:
        nonlocal data
        data = scheduling.export_ics(program_id=program.id, start=window_start, end=window_end)

    seconds = median_ms(export, 3) / 1000
    rows.append((".ics export of a program's sessions", f"{seconds:.2f} s",
                 f"{data.count(b'BEGIN:VEVENT')} events, {len(data) / 1e6:.1f} MB, target < 3 s"))

    print("| what | median | notes |\n| --- | --- | --- |")
    for what, value, note in rows:
        print(f"| {what} | {value} | {note} |")
    view.close()
    view.deleteLater()  # destroyed while Qt is still up; left to interpreter exit, PySide6 aborts
    app.processEvents()
    view = None  # noqa: F841 (drops the last reference before the database closes)
    context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
