"""The program report's tables: per-pair figures counted in SQL match the rows, and table cells of names in
every script print literally, broken into lines where a paragraph would break them."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.platypus import Paragraph
from sqlalchemy import select

from shadowdesk.model import (
    Enrollment,
    Pairing,
    Program,
    Reflection,
    ReflectionStatus,
    SessionStatus,
    ShadowSession,
    Side,
    Visibility,
)
from shadowdesk.reports.cells import FontRuns, cell
from shadowdesk.reports.data import (
    KeyFigures,
    Letterhead,
    PairRow,
    ProgramInfo,
    ProgramReportData,
    SideProgress,
    StatusCounts,
)
from shadowdesk.reports.program_report import build_program_report
from shadowdesk.reports.styles import WrapOnceParagraph, report_styles
from shadowdesk.rules.metrics import PerceptionShift
from shadowdesk.rules.progress import PairProgress, PairProgressStatus, Targets, program_progress
from shadowdesk.services.demo import load_demo
from shadowdesk.services.reports import ReportService
from shadowdesk.settings import SettingsStore

DEMO_PROGRAM = "Autumn Cross-Training"
NOW = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)
COLUMN = 78.9  # the width of a name column of the pairs table
PADDING = 5


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


# --- the figures of each pair, counted in Python from the rows ---------------------------------------


def test_pair_rows_hours_per_side_and_usefulness_match_the_rows_of_the_database(db, tmp_path):
    load_demo(db, now=NOW)
    data = ReportService(db, SettingsStore(tmp_path / "settings.json"), clock=lambda: NOW).program_data(
        DEMO_PROGRAM
    )
    with db.session() as s:
        program = s.scalar(select(Program).where(Program.name == DEMO_PROGRAM))
        sessions = list(s.scalars(select(ShadowSession).where(ShadowSession.program_id == program.id)))
        pairings = list(s.scalars(select(Pairing).where(Pairing.program_id == program.id).order_by(Pairing.id)))
        sides = {
            e.person_id: e.side
            for e in s.scalars(select(Enrollment).where(Enrollment.program_id == program.id))
        }
        submitted = [
            r
            for r in s.scalars(select(Reflection).where(Reflection.status == ReflectionStatus.SUBMITTED))
            if r.session.program_id == program.id
        ]
        assert len(data.pairs) == len(pairings) > 0
        for row, pairing in zip(data.pairs, pairings, strict=True):
            own = [x for x in sessions if x.pairing_id == pairing.id]
            done = [x for x in own if x.status is SessionStatus.COMPLETED]
            assert row.sessions == StatusCounts(
                *(sum(x.status is status for x in own) for status in SessionStatus)
            ), f"pair {row.number}"
            assert row.hours == pytest.approx(sum(x.hours for x in done))
            assert row.reflections_submitted == sum(r.session.pairing_id == pairing.id for r in submitted)
        hours = {side: 0.0 for side in set(sides.values())}
        for x in sessions:
            if x.status is SessionStatus.COMPLETED:
                for person in [x.host, *x.guests]:
                    if person.id in sides:
                        hours[sides[person.id]] += x.hours
        # only notes shared with the program: a private or pair rating never moves the average
        ratings = [r.rating for r in submitted if r.rating is not None and r.visibility is Visibility.PROGRAM]
    f = data.figures
    assert (f.hours_side_a, f.hours_side_b) == pytest.approx((hours[Side.A], hours[Side.B]))
    assert f.average_usefulness == pytest.approx(sum(ratings) / len(ratings))
    assert sum(x.status is SessionStatus.COMPLETED for x in sessions) == f.sessions.completed


# --- table cells -------------------------------------------------------------------------------------


def paragraph_lines(text: str, width: float) -> list[str]:
    """How a paragraph of the cell style breaks the text."""
    paragraph = Paragraph(text, report_styles().cell)
    paragraph.wrap(width, 1000)
    return [" ".join(words) for _, words in paragraph.blPara.lines]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["Søren", "Håkansson", "Ana", "Wiśniewska", "Παπαδόπουλος", "Li", "Müller-Ştefan"]),
                min_size=1, max_size=6))
def test_a_plain_name_cell_breaks_its_lines_where_a_paragraph_would(words):
    text = " ".join(words)
    made = cell(text, report_styles().cell, COLUMN, PADDING)
    assert isinstance(made, str), "every glyph is in the main face: a plain string"
    assert made.split("\n") == paragraph_lines(text, COLUMN - PADDING)


def test_each_kind_of_name_gets_the_cheapest_cell_that_prints_it():
    style = report_styles().cell
    assert cell("R&D <b>Tess", style, COLUMN, PADDING) == "R&D <b>Tess"  # drawn literally: no markup
    assert isinstance(cell("美咲 Jørgensen", style, COLUMN, PADDING), FontRuns)
    assert isinstance(cell("ليلى Wiśniewska", style, COLUMN, PADDING), FontRuns)
    assert isinstance(cell("Donaudampfschifffahrtskapitän", style, COLUMN, PADDING), WrapOnceParagraph)
    assert isinstance(cell("tab\tand bell \x07", style, COLUMN, PADDING), WrapOnceParagraph)


NAMES = [
    ("Łukasz Łukasiewicz", "Zoë Müller-Ştefan"),
    ("Γιώργος Παπαδόπουλος", "Ольга Смирнова"),
    ("佐藤 美咲", "健一 Jørgensen"),
    ("ليلى حداد", "Anna حداد Wiśniewska"),
    ("<b>unclosed & R&D", "Donaudampfschifffahrtsgesellschaftskapitän"),
]


TARGETS = Targets(4, 16.0)
PROGRESS = PairProgress(2, 4, 3.0, 16.0, PairProgressStatus.ON_TRACK, False, 12, None)


def report_data(pairs: list[tuple[str, str]]) -> ProgramReportData:
    nobody = PerceptionShift(0, None, None, None)
    return ProgramReportData(
        Letterhead("", None, NOW),
        ProgramInfo("Scripts", "", date(2026, 1, 1), date(2026, 6, 30), "Sales", "Project Management", "active"),
        KeyFigures(2, 2, 1.0, len(pairs), StatusCounts(), TARGETS, program_progress([PROGRESS] * len(pairs)),
                   SideProgress(2, 6.0, 0), SideProgress(2, 6.0, 0),
                   0.0, 0.0, 0.0, 0.0, 0, 0, None, 0, 0, nobody, nobody),
        (),
        tuple(
            PairRow(n, a, b, "confirmed", StatusCounts(1, 2, 0, 0), 3.0, 1, PROGRESS)
            for n, (a, b) in enumerate(pairs, start=1)
        ),
        (),
        (),
    )


def test_names_in_every_script_print_literally_in_the_pairs_table(tmp_path: Path):
    pdf = tmp_path / "scripts.pdf"
    build_program_report(report_data(NAMES * 12), pdf)  # 60 pairs: the table runs over pages
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    pair_pages = [text for text in pages if "No-show" in text]
    assert len(pair_pages) >= 2
    text = squashed("\n".join(pair_pages))
    for a, b in NAMES:
        for name in (a, b):
            for word in name.split():  # shaped Arabic is extracted word by word, in presentation forms
                assert text.count(squashed(word)) >= 12, f"{word!r} missing"
    assert "\ufffd" not in text
