"""What starting the window loads and does: only what the first window needs. Each module more is paid at
every start (benchmarks/bench_startup.py); the commands, the report, calendar and chart libraries, the
importers and Alembic are loaded by the action that needs them, and what the first frame does not show (who
is signed in, the daily backup, the dashboard's lists) waits until it has painted."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from shadowdesk.app import AppContext
from shadowdesk.paths import resolve_paths
from shadowdesk.services.demo import load_demo

# The real entry point, with QApplication.exec replaced by "say what was loaded and done so far, and quit":
# what the program did to build and show its window, before its event loop (and any worker) runs.
LOADED_AT_THE_EVENT_LOOP = """
import json, sys
from PySide6.QtWidgets import QApplication

def report(*_):
    base = sys.modules.get("shadowdesk.model.base")
    configured = base is not None and not base.Base.registry._new_mappers
    # PySide6 makes a Qt class (and its enums) the first time Python names it: what the window named so far.
    qt_classes = sorted(name for module in ("QtCore", "QtGui", "QtWidgets")
                        for name in vars(sys.modules["PySide6." + module]) if name.startswith("Q"))
    print(json.dumps({"modules": sorted(sys.modules), "mappers_configured": configured, "qt_classes": qt_classes}))
    return 0

QApplication.exec = report
from shadowdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""

LOADED_BY_THEIR_ACTION = ("shadowdesk.commands", "shadowdesk.reports", "alembic", "reportlab", "icalendar",
                          "scipy", "openpyxl", "python_calamine", "keyring",
                          "sqlalchemy.dialects.postgresql",  # a SQLite window renders no server policies
                          "pyqtgraph")  # the home's charts import it once the window has painted


@pytest.fixture(scope="module")
def loaded_when_the_window_opens(tmp_path_factory) -> SimpleNamespace:
    """What the real entry point loaded and did on a demo company (whose daily backup is due), up to its
    event loop: modules, mappers_configured, qt_classes (the Qt classes Python has named), backups (the files
    in the backups folder then)."""
    data = tmp_path_factory.mktemp("company")
    paths = resolve_paths(str(data))
    context = AppContext(paths)
    load_demo(context.services.database, now=datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
    context.close()
    shutil.rmtree(paths.backups)  # so the daily backup is due
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SHADOWDESK_DATA_DIR", None)
    env.pop("SHADOWDESK_DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-c", LOADED_AT_THE_EVENT_LOOP, "--data-dir", str(data)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = SimpleNamespace(**json.loads(result.stdout.splitlines()[-1]),
                             backups=sorted(path.name for path in paths.backups.glob("*")))
    assert "shadowdesk.gui.main_window" in loaded.modules  # the window was built
    return loaded


def test_opening_the_window_loads_no_command_report_calendar_or_chart_library(loaded_when_the_window_opens):
    assert [name for name in loaded_when_the_window_opens.modules if name.startswith(LOADED_BY_THEIR_ACTION)] == []


def test_opening_the_window_loads_no_importer(loaded_when_the_window_opens):
    assert [name for name in loaded_when_the_window_opens.modules if name.startswith("shadowdesk.interop")] == []


def test_the_first_paint_configures_no_mapper(loaded_when_the_window_opens):
    """The dashboard counts with Core on the columns it reads: configuring the model's mappers (70 ms) is
    left to the first ORM query, in the dashboard's worker once the window has painted."""
    assert not loaded_when_the_window_opens.mappers_configured


def test_who_is_signed_in_is_asked_after_the_first_paint(loaded_when_the_window_opens):
    assert "shadowdesk.services.identity" not in loaded_when_the_window_opens.modules


def test_the_daily_backup_is_not_made_before_the_first_paint(loaded_when_the_window_opens):
    """It copies and checks the whole file: tests/gui/test_main_window.py sees it made once the window is up."""
    assert loaded_when_the_window_opens.backups == []


def test_the_dashboard_counts_the_columns_of_the_model():
    """Its light tables (services/dashboard.COUNTED) name the model's tables and columns, with their types."""
    from sqlalchemy import TypeDecorator

    from shadowdesk.model import Base
    from shadowdesk.services.dashboard import COUNTED

    for name, counted in COUNTED.items():
        model = Base.metadata.tables[name]
        for column in counted.columns:
            stored = model.c[column.name].type
            stored = stored.impl if isinstance(stored, TypeDecorator) else stored
            assert isinstance(stored, type(column.type)), (name, column.name)


def test_the_first_paint_imports_no_model(loaded_when_the_window_opens):
    """The storage modules the window opens the database with import the model (150 ms) only where a record
    is read; the first ORM query, after the first paint, loads it."""
    assert [name for name in loaded_when_the_window_opens.modules if name.startswith("shadowdesk.model")] == []
    assert "shadowdesk.gui.dialogs.password_dialog" not in loaded_when_the_window_opens.modules


def test_the_first_frame_builds_no_dialog_or_welcome_page(loaded_when_the_window_opens):
    """The message boxes, file choosers and progress dialogs (gui/prompts, gui/dialogs) and the welcome page
    of an empty database are loaded by what opens them: a company's window shows none of them."""
    loaded = loaded_when_the_window_opens
    assert [name for name in loaded.modules if name.startswith(("shadowdesk.gui.prompts", "shadowdesk.gui.dialogs",
                                                                 "shadowdesk.gui.views.welcome"))] == []
    assert {"QMessageBox", "QFileDialog", "QProgressDialog"}.isdisjoint(loaded.qt_classes)
