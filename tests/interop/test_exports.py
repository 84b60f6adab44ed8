"""CSV exports: Excel-readable UTF-8 with BOM, formulas defused, and the privacy rule of reports."""

from __future__ import annotations

import csv
from datetime import UTC, datetime

from shadowdesk.interop.exports import IdeaRecord, defuse, write_ideas
from shadowdesk.services.reports import ReportService
from shadowdesk.settings import SettingsStore
from tests.reports.privacy_data import (
    DRAFT_NOTE,
    PAIR_NOTE,
    PRIVATE_NOTE,
    PROGRAM,
    PROGRAM_NOTE,
    build_privacy_program,
)


def test_cells_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe():
    assert [defuse(v) for v in ("=1+2", "+31 20", "-5", "@SUM(A1)", "\t=x", "plain", "a=b", "", None, 7)] == [
        "'=1+2",
        "'+31 20",
        "'-5",
        "'@SUM(A1)",
        "'\t=x",
        "plain",
        "a=b",
        "",
        "",
        "7",
    ]


def test_file_starts_with_a_bom_and_keeps_every_script(tmp_path):
    path = tmp_path / "ideas.csv"
    count = write_ideas(
        path,
        [
            IdeaRecord(
                '=HYPERLINK("http://x")',
                "Łukasz Łukasiewicz",
                "佐藤 美咲",
                "adopted",
                "Line one\nline two, with a comma",
            )
        ],
    )
    assert count == 1
    assert path.read_bytes().startswith(b"\xef\xbb\xbfTitle,")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1] == [
        '\'=HYPERLINK("http://x")',
        "Łukasz Łukasiewicz",
        "佐藤 美咲",
        "adopted",
        "Line one\nline two, with a comma",
    ]


def test_exports_leave_out_private_pair_and_draft_notes(db, tmp_path):
    build_privacy_program(db)
    service = ReportService(
        db, SettingsStore(tmp_path / "settings.json"), clock=lambda: datetime(2026, 5, 21, tzinfo=UTC)
    )
    written = {}
    for what in ("sessions", "reflections", "ideas"):
        path = tmp_path / f"{what}.csv"
        written[what] = (service.export(what, PROGRAM, path), path.read_text(encoding="utf-8-sig"))
    count, reflections = written["reflections"]
    assert count == 2 and PROGRAM_NOTE in reflections and "Oscar's own program note" in reflections
    for hidden in (PRIVATE_NOTE, PAIR_NOTE, DRAFT_NOTE):
        assert hidden not in reflections
    sessions_count, sessions = written["sessions"]
    assert sessions_count == 3 and "Anna Author" in sessions and "Piotr Partner" in sessions
    assert written["ideas"][0] == 0
