"""The Reports view lays out its PDF in a child process: the window's process never loads reportlab, and
the PDF is the one the report service writes in-process (pages, headings, language)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from pypdf import PdfReader

from shadowdesk import translation
from shadowdesk.app import AppContext
from shadowdesk.services.demo import load_demo

PROGRAM = "Autumn Cross-Training"

# A window's process, started afresh (the test process has loaded reportlab long ago): the Reports view
# generates the program report in German with a real child process, then says what this process loaded.
GENERATE_FROM_THE_VIEW = """
import json, shutil, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from shadowdesk import translation
from shadowdesk.app import AppContext
from shadowdesk.gui.views.reports import ReportsView
from shadowdesk.paths import resolve_paths

data, program, copy = sys.argv[1:4]
app = QApplication([])
translation.use("de")  # as the window does with the Preferences language
context = AppContext(resolve_paths(data))
view = ReportsView(context.services)
outcome = {}
view.report_ready.connect(lambda path: outcome.update(pdf=shutil.copy(path, copy)) or app.quit())
view.report_failed.connect(lambda message: outcome.update(failed=message) or app.quit())
view.lists_loaded.connect(lambda: (view.ui.programCombo.setCurrentText(program), view.generate()))
QTimer.singleShot(0, view.refresh)
QTimer.singleShot(300_000, app.quit)
app.exec()
outcome["loaded"] = sorted(name for name in sys.modules if name.split(".")[0] in ("reportlab", "scipy"))
print(json.dumps(outcome))
view.deleteLater()
context.close()
"""


def outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


def test_the_window_process_never_loads_reportlab_and_the_pdf_is_the_in_process_one(app_paths, tmp_path):
    context = AppContext(app_paths)
    load_demo(context.services.database)
    from_view = tmp_path / "from the view.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", GENERATE_FROM_THE_VIEW, str(app_paths.data), PROGRAM,
                             str(from_view)], capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.splitlines()[-1])
    assert outcome.get("pdf") == str(from_view), outcome
    assert outcome["loaded"] == []  # neither reportlab nor anything else of the report's

    translation.use("de")
    try:
        in_process = context.services.reports.write_program_report(PROGRAM, tmp_path / "in process.pdf")
    finally:
        translation.use("en")
        context.close()
    child, here = PdfReader(from_view), PdfReader(in_process)
    assert len(child.pages) == len(here.pages) > 1
    assert outline_titles(child) == outline_titles(here) and "Zusammenfassung" in " ".join(outline_titles(child))
    assert child.trailer["/Root"]["/Lang"] == here.trailer["/Root"]["/Lang"] == "de"
    # The title page's last line says when each was made, which may be a minute apart: the rest is the same.
    *child_title, child_made = child.pages[0].extract_text().splitlines()
    *here_title, here_made = here.pages[0].extract_text().splitlines()
    assert child_title == here_title
    assert child_made.startswith("Erstellt am ") and here_made.startswith("Erstellt am ")
