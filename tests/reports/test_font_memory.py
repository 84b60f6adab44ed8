"""The large fallback faces (Droid Sans Fallback, a system CJK face: 4 and 17 MB, read whole by reportlab)
are loaded only when a report has a character that needs one."""

from __future__ import annotations

import json
import subprocess
import sys

# A fresh process: fonts are registered once per process, so another test's report must not count.
REPORT_AND_LIST_THE_FACES = """
import dataclasses, json, sys
from datetime import date
from pathlib import Path
from reportlab.pdfbase import pdfmetrics
from shadowdesk.reports.data import Highlight
from shadowdesk.reports.program_report import build_program_report
from tests.reports.test_report_tables import report_data
highlight = Highlight(sys.argv[1], date(2026, 3, 4), "customer_visit", 5, sys.argv[2])
build_program_report(dataclasses.replace(report_data([("Ana", "Ben")]), highlights=(highlight,)), Path(sys.argv[3]))
print(json.dumps(sorted(pdfmetrics.getRegisteredFontNames())))
"""


def faces_loaded_by_a_report(tmp_path, author: str, excerpt: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", REPORT_AND_LIST_THE_FACES, author, excerpt,
                             str(tmp_path / "report.pdf")], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_a_report_in_latin_script_loads_no_cjk_or_emoji_face(tmp_path):
    loaded = faces_loaded_by_a_report(tmp_path, "Zoë Łukasiewicz", "Learned a lot; Ελληνικά, кириллица.")
    assert "ShadowDeskSans" in loaded
    assert not {"ShadowDeskCJK", "ShadowDeskEmoji", "ShadowDeskCJKSystem"} & set(loaded)


def test_a_japanese_name_loads_the_shipped_cjk_face_and_no_other(tmp_path):
    loaded = faces_loaded_by_a_report(tmp_path, "佐藤 美咲", "Learned a lot.")
    assert "ShadowDeskCJK" in loaded
    assert not {"ShadowDeskEmoji", "ShadowDeskCJKSystem"} & set(loaded)
