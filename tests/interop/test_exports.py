"""CSV exports: Excel-readable UTF-8 with BOM, formulas defused, and the privacy rule of reports."""

from __future__ import annotations

import csv
from datetime import UTC, datetime

import pytest

from shadowdesk import translation
from shadowdesk.interop.exports import (
    IdeaRecord,
    ReflectionRecord,
    SessionRecord,
    defuse,
    write_ideas,
    write_reflections,
    write_sessions,
)
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
        "Adopted",  # the label, as the window names the status
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


@pytest.fixture
def german():
    translation.use("de")
    yield
    translation.use("en")


def semicolon_rows(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


NINETY_MINUTES = SessionRecord(datetime(2026, 5, 21, 9, 0, tzinfo=UTC), datetime(2026, 5, 21, 10, 30, tzinfo=UTC),
                               "project_shadow", "no_show", "Anna Host", "Piotr Guest; Zoé Guest",
                               "Berlin, Room 2", "=cmd()", "")


def test_a_german_sessions_export_is_german_with_semicolons_and_decimal_commas(tmp_path, german):
    path = tmp_path / "sessions.csv"
    assert write_sessions(path, [NINETY_MINUTES]) == 1
    header, row = semicolon_rows(path)
    assert header[:5] == ["Beginn (UTC)", "Ende (UTC)", "Stunden", "Art", "Status"]
    # ISO dates in every language; German words for the kind and status; the formula still defused.
    assert row[:5] == ["2026-05-21 09:00", "2026-05-21 10:30", "1,50", "Projekt-Hospitation", "Nicht erschienen"]
    assert row[6:8] == ["Piotr Guest; Zoé Guest", "Berlin, Room 2"] and row[8] == "'=cmd()"


def test_an_english_export_keeps_commas_and_points(tmp_path):
    path = tmp_path / "sessions.csv"
    write_sessions(path, [NINETY_MINUTES])
    text = path.read_text(encoding="utf-8-sig")
    assert text.startswith("Start (UTC),End (UTC),Hours,Kind,Status,")
    assert "2026-05-21 09:00,2026-05-21 10:30,1.50,Project shadow,No-show," in text


def test_french_idea_and_reflection_exports_name_statuses_and_kinds_in_french(tmp_path):
    translation.use("fr")
    try:
        write_ideas(tmp_path / "ideas.csv", [IdeaRecord("Idée", "Anna", "", "under_review", "")])
        write_reflections(tmp_path / "notes.csv", [ReflectionRecord(
            datetime(2026, 5, 21, 9, 0, tzinfo=UTC), "customer_visit", "Anna", "anna@x.example", 4, None, "Bien", ())])
    finally:
        translation.use("en")
    ideas, notes = (semicolon_rows(tmp_path / name) for name in ("ideas.csv", "notes.csv"))
    assert ideas[1][3] == "À l’étude" and ideas[0][0] != "Title"
    assert notes[1][1] == "Visite client" and notes[0][1] != "Session kind"
