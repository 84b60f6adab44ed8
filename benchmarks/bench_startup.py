"""Cold start of `shadowdesk` on a large demo database, until the window has painted its dashboard.

Floor, measured in the same run: a bare PySide6 window (a QMainWindow with a label) shown, plus
`import sqlalchemy.orm`.
Each run is a fresh process; the time is from just before the process is spawned to the moment the
first event-loop turn after show() runs (the window has painted), read from the child's wall clock, so
the teardown of either process does not count. The CPU time the process used until then is printed too.
benchmarks/bench_startup_xvfb.py times the same from outside the process, on an X display.
Usage: python benchmarks/bench_startup.py [--runs 7] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The real entry point, with QApplication.exec replaced by "process events until the first paint, then quit".
# The harness imports nothing before the entry point does: once PySide6 is imported, its import hook reads
# the source of every module imported after it (shibokensupport.feature), and cli.main pauses the garbage
# collector for the imports it makes. So QApplication.exec is replaced from an import hook, the moment the
# program itself imports QtWidgets.
APP_RUN = """
import importlib.machinery
import sys
import time

def painted():
    print(time.time(), time.process_time(), flush=True)
    sys.modules["PySide6.QtWidgets"].QApplication.instance().quit()

def patch(widgets):
    from PySide6.QtCore import QTimer
    exec_ = widgets.QApplication.exec
    def exec_until_painted(*_):
        QTimer.singleShot(0, painted)
        code = exec_()
        from shadowdesk.gui.views.dashboard import DashboardView
        app = widgets.QApplication.instance()
        dashboard = next(d for w in app.topLevelWidgets() for d in w.findChildren(DashboardView))
        assert dashboard.ui.peopleCount.text() not in ("", "\u2013", "0"), "dashboard not filled"
        return code
    widgets.QApplication.exec = exec_until_painted

class PatchQtWidgets:  # a meta path finder; importlib.abc would cost the run 15 ms that the floor does not pay
    def find_spec(self, name, path, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            patch(module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, PatchQtWidgets())
from shadowdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""

FLOOR_RUN = """
import time
import sqlalchemy.orm
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("A bare PySide6 window"))
window.resize(1200, 780)
window.show()
def painted():
    print(time.time(), time.process_time(), flush=True)
    app.quit()
QTimer.singleShot(0, painted)
app.exec()
"""


def timed(code: str, *args: str) -> tuple[float, float]:
    """(wall, CPU) seconds to the first paint. The CPU time (the process's, all its threads) varies less than
    the wall time when other work shares the machine."""
    # An installed ShadowDesk starts from compiled bytecode (pip and the bundle write it), so the warm-up
    # run may write it for the source tree too, whatever this shell says.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.time()
    result = subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, capture_output=True,
                            text=True, timeout=120)
    painted_at, cpu = (float(word) for word in result.stdout.split()[-2:])
    return painted_at - start, cpu


def ensure_database(data_dir: Path, people: int, sessions: int) -> None:
    if (data_dir / "shadowdesk.sqlite3").exists():
        return
    subprocess.run([sys.executable, "-m", "shadowdesk", "--data-dir", str(data_dir), "demo", "--people",
                    str(people), "--sessions", str(sessions)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--sessions", type=int, default=100_000)
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.gettempdir()) / f"shadowdesk-bench-{args.people}-{args.sessions}"
    ensure_database(data_dir, args.people, args.sessions)
    app_times, floor_times = [], []
    timed(FLOOR_RUN)  # warm the file cache once for both
    timed(APP_RUN, "--data-dir", str(data_dir))
    for _ in range(args.runs):  # interleaved, so machine noise hits both alike
        floor_times.append(timed(FLOOR_RUN))
        app_times.append(timed(APP_RUN, "--data-dir", str(data_dir)))
    print("| benchmark | ShadowDesk (median s) | floor (median s) | ratio | target |")
    print("| --- | --- | --- | --- | --- |")
    for column, measure in ((0, "wall"), (1, "CPU")):
        app = statistics.median(times[column] for times in app_times)
        floor = statistics.median(times[column] for times in floor_times)
        print(f"| cold start to painted dashboard, {args.people:,} people / {args.sessions:,} sessions, {measure} "
              f"time | {app:.3f} | {floor:.3f} | {app / floor:.2f}x | within 1.25x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
