"""The faces shipped in resources/fonts draw CJK and emoji on any OS; the PDF carries its language, outline,
metadata and the reader's paper size."""

from __future__ import annotations

import dataclasses
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from shadowdesk.reports import fonts, styles
from shadowdesk.reports.data import Highlight, ProgramReportData
from shadowdesk.reports.options import ReportOptions, paper_for_locale
from shadowdesk.reports.program_report import build_program_report
from tests.reports.test_report_tables import report_data

CJK_AND_EMOJI = "佐藤 美咲 😀 🎉 ✅"


def program_data(author: str = "Tess Tester", excerpt: str = "Learned a lot.") -> ProgramReportData:
    highlight = Highlight(author, date(2026, 3, 4), "customer_visit", 5, excerpt)
    return dataclasses.replace(report_data([("Ana", "Ben")]), highlights=(highlight,))


def _clear_font_caches() -> None:
    for cached in (fonts.register_fonts, fonts._covered, styles.report_styles):
        cached.cache_clear()


@pytest.fixture
def no_system_cjk_font(monkeypatch):
    """As on Windows or macOS without those faces: none of the system CJK paths exists."""
    monkeypatch.setattr(fonts, "CJK_CANDIDATES", (("/nonexistent/wqy-zenhei.ttc", 0),))
    _clear_font_caches()
    yield
    monkeypatch.undo()
    _clear_font_caches()


def embedded_fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


def test_cjk_and_emoji_render_and_extract_from_the_shipped_faces(tmp_path, no_system_cjk_font):
    assert fonts.CJK_SYSTEM not in fonts.register_fonts().fallbacks
    pdf = tmp_path / "scripts.pdf"
    build_program_report(program_data(author="佐藤 美咲", excerpt=CJK_AND_EMOJI), pdf)
    used = embedded_fonts(pdf)
    assert "DroidSansFallback" in used and "NotoEmoji" in used
    assert "WenQuanYi" not in used
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # Emoji printed as U+FFFD before, and 😀 (beyond U+FFFF) extracted as a broken character.
    assert CJK_AND_EMOJI in text
    assert "\ufffd" not in text
    assert CJK_AND_EMOJI in "".join(page.extract_text() for page in PdfReader(pdf).pages)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / "page")], check=True)
    assert list(tmp_path.glob("page*.png"))


def test_the_pdf_has_its_language_outline_and_properties(tmp_path):
    pdf = tmp_path / "report.pdf"
    build_program_report(program_data(), pdf, options=ReportOptions(language="de", paper="letter"))
    reader = PdfReader(pdf)
    assert reader.trailer["/Root"]["/Lang"] == "de"
    info = reader.metadata
    assert info.title == "Scripts: program report"
    assert info.subject.startswith("Cross-training program report")
    assert "Scripts" in info["/Keywords"] and "Sales" in info["/Keywords"]
    titles = [entry["/Title"] for entry in reader.outline if not isinstance(entry, list)]
    assert titles[:3] == ["Summary", "Key figures", "Charts"]
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (612, 792)  # Letter


@pytest.mark.parametrize(
    ("setting", "environ", "paper"),
    [
        ("auto", {"LANG": "en_US.UTF-8"}, "letter"),
        ("auto", {"LANG": "en_CA.UTF-8"}, "letter"),
        ("auto", {"LANG": "de_DE.UTF-8"}, "a4"),
        ("auto", {"LANG": "en_US.UTF-8", "LC_PAPER": "fr_FR.UTF-8"}, "a4"),
        ("auto", {"LANG": "C.UTF-8"}, "a4"),
        ("a4", {"LANG": "en_US.UTF-8"}, "a4"),  # the setting wins
        ("letter", {}, "letter"),
    ],
)
def test_the_paper_follows_the_region_unless_set(setting, environ, paper):
    assert paper_for_locale(setting, environ) == paper
