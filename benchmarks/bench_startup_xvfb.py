"""Cold start of `shadowdesk` on a large demo database, timed from outside the process: from launching it
to the first paint of its visible main window on a virtual X display (Xvfb, Qt's xcb platform).

Nothing runs inside the measured program. The benchmark is an X client of its own display: it watches the
root window for windows being mapped (SubstructureNotify) and, through the X Damage extension, for drawing
on the screen. The time of a run is from just before the process is spawned to the first drawing inside a
mapped window named ShadowDesk: Qt gives its windows no background, so the first drawing there is the
window's first painted frame (the dashboard with its counts, which are set before the window is shown).
The process is then killed: teardown does not count.

Floors, launched the same way in the same run, interleaved with the program: a bare PySide6 window (a
QMainWindow with a label), and the same window in a program that first imports sqlalchemy.orm, the
database layer that an application of this kind loads before it can show its data.

Needs Xvfb and the libraries of Qt's xcb plugin (packaging/install-system-deps.sh), libX11 and libXdamage.
Usage: python benchmarks/bench_startup_xvfb.py [--runs 11] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import ctypes
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_startup import ensure_database

WINDOW_NAME = b"ShadowDesk"
FLOOR = """
{imports}
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("ShadowDesk floor")
window.setCentralWidget(QLabel("A bare PySide6 window"))
window.resize(1200, 780)
window.show()
app.exec()
"""
BARE_FLOOR = FLOOR.format(imports="")
DATABASE_FLOOR = FLOOR.format(imports="import sqlalchemy.orm")

# Xlib's event types and masks (X.h), and the Damage extension's report level and event (Xdamage.h).
CREATE_NOTIFY, MAP_NOTIFY = 16, 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
DAMAGE_REPORT_RAW_RECTANGLES = 0


class XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("pad", ctypes.c_long * 24)]  # Xlib's XEvent is 24 longs


class MapEvent(ctypes.Structure):  # XMapEvent
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                ("override_redirect", ctypes.c_int)]


class Rectangle(ctypes.Structure):  # XRectangle
    _fields_ = [("x", ctypes.c_short), ("y", ctypes.c_short), ("width", ctypes.c_ushort),
                ("height", ctypes.c_ushort)]


class DamageEvent(ctypes.Structure):  # XDamageNotifyEvent
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("drawable", ctypes.c_ulong), ("damage", ctypes.c_ulong),
                ("level", ctypes.c_int), ("more", ctypes.c_int), ("timestamp", ctypes.c_ulong),
                ("area", Rectangle), ("geometry", Rectangle)]


class WindowAttributes(ctypes.Structure):  # the head of XWindowAttributes: position and size
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("rest", ctypes.c_long * 32)]


def _load_xlib():
    x11, damage = ctypes.CDLL("libX11.so.6"), ctypes.CDLL("libXdamage.so.1")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(XEvent)]
    x11.XPending.argtypes = [ctypes.c_void_p]
    x11.XConnectionNumber.argtypes = [ctypes.c_void_p]
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    x11.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_char_p)]
    x11.XFree.argtypes = [ctypes.c_void_p]
    x11.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(WindowAttributes)]
    damage.XDamageQueryExtension.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int),
                                             ctypes.POINTER(ctypes.c_int)]
    damage.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]
    damage.XDamageCreate.restype = ctypes.c_ulong
    return x11, damage


X11, XDAMAGE = _load_xlib()


class Screen:
    """One connection to the display that watches windows being mapped and drawing on the root window
    (which includes every window on it). Opened before a launch, so nothing the program does is missed."""

    def __init__(self, display: str) -> None:
        self._display = X11.XOpenDisplay(display.encode())
        if not self._display:
            raise SystemExit(f"cannot connect to the X display {display}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not XDAMAGE.XDamageQueryExtension(self._display, ctypes.byref(event_base), ctypes.byref(error_base)):
            raise SystemExit("the X server has no Damage extension")
        self._damage_notify = event_base.value
        root = X11.XDefaultRootWindow(self._display)
        X11.XSelectInput(self._display, root, SUBSTRUCTURE_NOTIFY_MASK)
        XDAMAGE.XDamageCreate(self._display, root, DAMAGE_REPORT_RAW_RECTANGLES)
        X11.XSync(self._display, 0)
        while X11.XPending(self._display):  # the damage of the whole screen reported at creation
            X11.XNextEvent(self._display, ctypes.byref(XEvent()))

    def wait_for_first_paint(self, process: subprocess.Popen, deadline: float) -> float:
        """The time.monotonic() at which a mapped window named ShadowDesk was first drawn into."""
        mapped: list[Rectangle] = []
        event = XEvent()
        while time.monotonic() < deadline and process.poll() is None:
            if not X11.XPending(self._display):
                select.select([X11.XConnectionNumber(self._display)], [], [], 0.5)
                continue
            X11.XNextEvent(self._display, ctypes.byref(event))
            now = time.monotonic()
            if event.type == MAP_NOTIFY:
                window = ctypes.cast(ctypes.byref(event), ctypes.POINTER(MapEvent)).contents.window
                if self._named_shadowdesk(window):
                    attributes = WindowAttributes()
                    X11.XGetWindowAttributes(self._display, window, ctypes.byref(attributes))
                    mapped.append(Rectangle(attributes.x, attributes.y, attributes.width, attributes.height))
            elif event.type == self._damage_notify and mapped:
                area = ctypes.cast(ctypes.byref(event), ctypes.POINTER(DamageEvent)).contents.area
                if any(_overlap(area, window) for window in mapped):
                    return now
        raise RuntimeError(f"{process.args[0]} painted no ShadowDesk window (exit code {process.poll()})")

    def _named_shadowdesk(self, window: int) -> bool:
        name = ctypes.c_char_p()
        if not X11.XFetchName(self._display, window, ctypes.byref(name)) or name.value is None:
            return False
        try:
            return name.value.startswith(WINDOW_NAME)
        finally:
            X11.XFree(name)

    def close(self) -> None:
        X11.XCloseDisplay(self._display)


def _overlap(a: Rectangle, b: Rectangle) -> bool:
    return a.x < b.x + b.width and b.x < a.x + a.width and a.y < b.y + b.height and b.y < a.y + a.height


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """A display of its own, on the first free number: Xvfb writes it to a pipe once it accepts clients."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1440x900x24", "-noreset", "-nolisten",
                               "tcp"], pass_fds=[write], stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        raise SystemExit("Xvfb did not start (see packaging/install-system-deps.sh)")
    return server, f":{number}"


def timed(display: str, command: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds from launch to the first frame: the CPU time the process used, all its threads,
    is read from the kernel when it is reaped, and varies less than the wall time on a loaded machine."""
    # An installed ShadowDesk starts from compiled bytecode (pip and the bundle write it), so the warm-up
    # run may write it for the source tree too, whatever this shell says.
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("WAYLAND_DISPLAY", None)
    screen = Screen(display)
    try:
        start = time.monotonic()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wall = screen.wait_for_first_paint(process, start + 120) - start
        finally:
            process.kill()
            _pid, _status, usage = os.wait4(process.pid, 0)
            process.returncode = -9
        return wall, usage.ru_utime + usage.ru_stime
    finally:
        screen.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--sessions", type=int, default=100_000)
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.gettempdir()) / f"shadowdesk-bench-{args.people}-{args.sessions}"
    ensure_database(data_dir, args.people, args.sessions)
    programs = {
        "app": [str(Path(sys.executable).with_name("shadowdesk")), "--data-dir", str(data_dir)],
        "bare": [sys.executable, "-c", BARE_FLOOR],
        "database": [sys.executable, "-c", DATABASE_FLOOR],
    }
    server, display = start_xvfb()
    try:
        for command in programs.values():  # warm the file cache and write the bytecode once for each
            timed(display, command)
        walls: dict[str, list[float]] = {name: [] for name in programs}
        cpus: dict[str, list[float]] = {name: [] for name in programs}
        for _ in range(args.runs):  # interleaved, so machine noise hits all alike
            for name, command in programs.items():
                wall, cpu = timed(display, command)
                walls[name].append(wall)
                cpus[name].append(cpu)
    finally:
        server.terminate()
        server.wait()
    what = f"launch to first painted window under Xvfb, {args.people:,} people / {args.sessions:,} sessions"
    print("| benchmark | ShadowDesk (median s) | floor (median s) | ratio | target |")
    print("| --- | --- | --- | --- | --- |")
    for measure, times in (("wall", walls), ("CPU", cpus)):
        app = statistics.median(times["app"])
        for floor, label in (("bare", "bare PySide6 window"), ("database", "bare window + sqlalchemy.orm")):
            base = statistics.median(times[floor])
            print(f"| {what}, {measure} time, floor: {label} | {app:.3f} | {base:.3f} | {app / base:.2f}x "
                  f"| within 1.25x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
