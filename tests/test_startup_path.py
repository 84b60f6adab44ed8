"""What starting the window loads: only what the first window needs. Each module more is paid at every start
(benchmarks/bench_startup.py); the commands, the report and calendar libraries, the importers and Alembic
are loaded by the action that needs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from shadowdesk.app import AppContext
from shadowdesk.paths import resolve_paths
from shadowdesk.services.demo import load_demo

# The real entry point, with QApplication.exec replaced by "list the modules loaded so far and quit": what
# the program imported to build and show its window, before its event loop (and any worker) runs.
LOADED_AT_THE_EVENT_LOOP = """
import json, sys
from PySide6.QtWidgets import QApplication
QApplication.exec = lambda *_: print(json.dumps(sorted(sys.modules))) or 0
from shadowdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""

LOADED_BY_THEIR_ACTION = ("shadowdesk.commands", "shadowdesk.reports", "alembic", "reportlab", "icalendar",
                          "scipy", "openpyxl", "python_calamine", "keyring",
                          "sqlalchemy.dialects.postgresql")  # a SQLite window renders no server policies


@pytest.fixture(scope="module")
def loaded_when_the_window_opens(tmp_path_factory) -> list[str]:
    """The modules loaded by the real entry point on a demo company, up to its event loop."""
    data = tmp_path_factory.mktemp("company")
    context = AppContext(resolve_paths(str(data)))
    load_demo(context.services.database, now=datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
    context.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SHADOWDESK_DATA_DIR", None)
    env.pop("SHADOWDESK_DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-c", LOADED_AT_THE_EVENT_LOOP, "--data-dir", str(data)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.splitlines()[-1])
    assert "shadowdesk.gui.main_window" in loaded  # the window was built
    return loaded


def test_opening_the_window_loads_no_command_report_or_calendar_library(loaded_when_the_window_opens):
    assert [name for name in loaded_when_the_window_opens if name.startswith(LOADED_BY_THEIR_ACTION)] == []


def test_opening_the_window_loads_no_importer(loaded_when_the_window_opens):
    assert [name for name in loaded_when_the_window_opens if name.startswith("shadowdesk.interop")] == []
