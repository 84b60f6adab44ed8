"""The PyInstaller bundle starts and works on its own: no Python on PATH, none on PYTHONPATH.

Building takes about a minute, so these tests carry the `bundle` marker and the default run skips them;
`make bundle-test` (run by CI after `make test`) builds dist/ShadowDesk, or reuses it when it is newer
than every source it is built from, and runs them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from shadowdesk import __version__
from shadowdesk.cli import COMMAND_MODULES

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "ShadowDesk"
PROGRAM = BUNDLE / "shadowdesk"
BUILT_FROM = [ROOT / "src", ROOT / "ui", ROOT / "resources", ROOT / "packaging", ROOT / "pyproject.toml"]
PROGRAM_NAME = "Autumn Cross-Training"  # a program of the demo company


def _newest_source_time() -> float:
    times = []
    for source in BUILT_FROM:
        files = [source] if source.is_file() else [p for p in source.rglob("*") if "__pycache__" not in p.parts]
        times.extend(p.stat().st_mtime for p in files if p.is_file())
    return max(times)


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not PROGRAM.exists() or PROGRAM.stat().st_mtime < _newest_source_time():
        subprocess.run(["bash", str(ROOT / "packaging" / "build_bundle.sh")], check=True, cwd=ROOT)
    return PROGRAM


def _clean_env(home: Path, **extra: str) -> dict[str, str]:
    """No PATH, no PYTHONPATH, no PYTHONHOME: the bundle must carry its own Python and libraries."""
    home.mkdir(exist_ok=True)
    return {"HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen", **extra}


def _run(program: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(program), *args], env=_clean_env(tmp_path / "home"), cwd=tmp_path,
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, f"{args}: exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr
    return result


def test_version_runs_without_a_system_python(bundle, tmp_path):
    assert _run(bundle, tmp_path, "--version").stdout.strip() == f"ShadowDesk {__version__}"


def test_headless_commands_work_on_a_new_database(bundle, tmp_path):
    """demo runs Alembic's migration scripts from files; report, calendar and pairs plan use the modules
    loaded by name at run time (reportlab fonts, icalendar, scipy.optimize)."""
    data = tmp_path / "data"
    demo = _run(bundle, tmp_path, "--data-dir", str(data), "demo")
    assert "40 people, 2 programs" in demo.stdout

    pdf = tmp_path / "autumn.pdf"
    _run(bundle, tmp_path, "--data-dir", str(data), "report", "program", PROGRAM_NAME, "-o", str(pdf))
    content = pdf.read_bytes()
    assert content.startswith(b"%PDF") and b"DejaVuSans" in content  # the bundled font, embedded

    ics = tmp_path / "autumn.ics"
    _run(bundle, tmp_path, "--data-dir", str(data), "calendar", "export", "--program", PROGRAM_NAME,
         "-o", str(ics))
    calendar = ics.read_text(encoding="utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR") and calendar.count("BEGIN:VEVENT") > 0

    plan = _run(bundle, tmp_path, "--data-dir", str(data), "pairs", "plan", PROGRAM_NAME)
    assert "new partners" in plan.stdout


def test_upgrades_a_database_of_the_first_schema(bundle, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "schema_0001.sqlite3", data / "shadowdesk.sqlite3")
    listing = _run(bundle, tmp_path, "--data-dir", str(data), "programs", "list")
    assert "Spring 2025" in listing.stdout
    assert [b.name for b in (data / "backups").iterdir() if "before-upgrade-from-0001" in b.name]


def test_window_opens_offscreen_and_stays_up(bundle, tmp_path):
    data = tmp_path / "data"
    _run(bundle, tmp_path, "--data-dir", str(data), "demo")
    window = subprocess.Popen(
        [str(bundle), "--data-dir", str(data)], env=_clean_env(tmp_path / "home"), cwd=tmp_path,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        time.sleep(5)
        still_running = window.poll() is None
    finally:
        window.terminate()
        _, stderr = window.communicate(timeout=30)
    assert still_running, f"the window closed by itself (exit {window.returncode}):\n{stderr}"
    assert "Traceback" not in stderr
    log = (data / "logs" / "shadowdesk.log").read_text(encoding="utf-8")
    assert "ERROR" not in log and "Traceback" not in log


# Starts the bundle on a virtual X display with nothing of this environment but the display, waits for
# its window, prints the window's WM_CLASS and closes it.
X11_SESSION = """
env -i DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" HOME="$1/home" LANG=C.UTF-8 QT_QPA_PLATFORM=xcb \\
    "$2" --data-dir "$1/data" 2>"$1/stderr.txt" &
for _ in $(seq 150); do
    for window in $(xwininfo -root -children | grep -o '0x[0-9a-f]*'); do
        xprop -id "$window" WM_CLASS 2>/dev/null | grep ShadowDesk && break 2
    done
    sleep 0.2
done
kill $! 2>/dev/null
wait
"""


def test_window_opens_on_an_x11_display(bundle, tmp_path):
    """Offscreen skips the X11 plugin, which needs libraries of its own (libxcb-cursor among them).
    The window's class is what the .desktop file's StartupWMClass names, so docks group it with its icon."""
    _run(bundle, tmp_path, "--data-dir", str(tmp_path / "data"), "demo")
    session = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "bash", "-c", X11_SESSION, "x11",
         str(tmp_path), str(bundle)],
        capture_output=True, text=True, timeout=120,
    )
    stderr = (tmp_path / "stderr.txt").read_text()
    assert 'WM_CLASS(STRING) = "shadowdesk", "ShadowDesk"' in session.stdout, stderr + session.stderr
    assert "Traceback" not in stderr


def test_user_install_puts_program_menu_entry_and_icons_in_place_and_uninstall_removes_them(bundle, tmp_path):
    home = tmp_path / "home"
    script = ROOT / "packaging" / "linux" / "install-user.sh"
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    subprocess.run(["bash", str(script)], env=env, check=True, capture_output=True, timeout=120)
    share = home / ".local" / "share"
    assert _run(home / ".local" / "bin" / "shadowdesk", tmp_path, "--version").stdout.startswith("ShadowDesk")
    assert (share / "applications" / "io.shadowdesk.ShadowDesk.desktop").is_file()
    assert (share / "metainfo" / "io.shadowdesk.ShadowDesk.metainfo.xml").is_file()
    assert (share / "icons/hicolor/256x256/apps/io.shadowdesk.ShadowDesk.png").is_file()

    subprocess.run(["bash", str(script), "--uninstall"], env=env, check=True, capture_output=True, timeout=60)
    left = [p for p in home.rglob("*") if "ShadowDesk" in p.name or p.name == "shadowdesk"]
    assert left == []


def test_modules_loaded_by_name_are_frozen_into_the_bundle(bundle):
    """The GUI test above opens only the dashboard; the other views are imported when first opened."""
    from PyInstaller.archive.readers import CArchiveReader

    frozen = set(CArchiveReader(str(bundle)).open_embedded_archive("PYZ.pyz").toc)
    views = {f"shadowdesk.gui.views.{p.stem}" for p in (ROOT / "src/shadowdesk/gui/views").glob("[!_]*.py")}
    assert set(COMMAND_MODULES) | views <= frozen
    assert "PySide6.QtWebEngineCore" not in frozen and "tkinter" not in frozen


def test_bundle_carries_its_data_files(bundle):
    internal = bundle.parent / "_internal" / "shadowdesk"
    migrations = internal / "storage" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    shipped = {p.name for p in (migrations / "versions").glob("*.py")}
    assert {p.name for p in (ROOT / "src/shadowdesk/storage/migrations/versions").glob("*.py")} <= shipped
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "resources" / "icons" / "shadowdesk.svg").is_file()
    assert {p.name for p in (ROOT / "ui").glob("*.ui")} <= {p.name for p in (internal / "ui").glob("*.ui")}
    assert os.access(bundle, os.X_OK)


def test_the_bundle_runs_a_report_in_a_child_process(bundle, tmp_path, monkeypatch):
    """The window lays out its reports in a child process (services/child_process.py), which multiprocessing
    starts as the frozen program itself with --multiprocessing-fork: the bundle's entry point must hand that
    to multiprocessing.freeze_support() before anything else, or the child would parse it as a command line
    and exit. This test process stands in for the bundle's window and starts the child as that window does,
    seeing only the bundle's own modules."""
    import multiprocessing.popen_spawn_posix  # noqa: F401 (imported by starting a child: before the path is cut)
    import sys
    import types
    from multiprocessing import resource_tracker, spawn

    from shadowdesk.paths import resolve_paths
    from shadowdesk.services.child_jobs import program_report
    from shadowdesk.services.child_process import ChildProcess
    from shadowdesk.storage import open_database

    data = tmp_path / "data"
    _run(bundle, tmp_path, "--data-dir", str(data), "demo")
    paths = resolve_paths(data)
    database = open_database(paths.sqlite_url(), migrate=False)
    resource_tracker.ensure_running()  # this Python's tracker: the child reuses it
    python = spawn.get_executable()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle))
    internal = bundle.parent / "_internal"  # a frozen program's path: what its child is told to search
    monkeypatch.setattr(sys, "path", [str(internal / "base_library.zip"),
                                      str(internal / f"python{sys.version_info.major}.{sys.version_info.minor}"
                                          / "lib-dynload"), str(internal)])
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))  # a frozen program's
    spawn.set_executable(str(bundle))
    try:
        pdf = ChildProcess(database, paths).run(program_report, PROGRAM_NAME, tmp_path / "from a child.pdf")
    finally:
        spawn.set_executable(python)
        database.dispose()
    content = pdf.read_bytes()
    assert content.startswith(b"%PDF") and b"DejaVuSans" in content
