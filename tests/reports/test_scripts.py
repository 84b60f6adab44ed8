"""Right-to-left text in PDFs: laid out by the bidi algorithm, so what pdftotext extracts reads in written order."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

from shadowdesk.reports.data import Letterhead, PersonInfo, PersonNote, PersonReportData, PersonSession
from shadowdesk.reports.person_report import build_person_report

GENERATED = datetime(2026, 5, 21, 9, 30, tzinfo=UTC)
NAME = "نيكوس حداد"  # an Arabic name of two words
PROGRAM = "Sales 2026: برنامج المبيعات"  # a program name mixing both scripts
SENTENCE = "زرت العميل مع Anna Müller وتعلمت كيف يعمل CRM"  # Arabic with Latin words
PARTNER = "Νίκος حداد"


def pdftotext(pdf: Path) -> list[str]:
    """Every line pdftotext reads, NFKC (shaped Arabic letters are presentation forms) and without the
    embedding marks it puts around right-to-left runs."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = re.sub("[\u202a-\u202e]", "", unicodedata.normalize("NFKC", text))
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def record(tmp_path: Path) -> Path:
    data = PersonReportData(
        letterhead=Letterhead("", None, GENERATED),
        person=PersonInfo(NAME, "n@example.com", "Sales", "Account Executive", "Berlin", "Europe/Berlin"),
        as_self=True,
        programs=(),
        partners=(),
        sessions=(PersonSession(GENERATED, 2.0, PROGRAM, "customer_visit", "host", PARTNER, "completed"),),
        notes=(PersonNote(date(2026, 5, 1), PROGRAM, "customer_visit", "program", 4, SENTENCE, ()),),
        ideas=(),
    )
    pdf = tmp_path / "record.pdf"
    build_person_report(data, pdf)
    return pdf


def test_arabic_names_headers_and_sentences_extract_in_written_order(tmp_path):
    pdf = record(tmp_path)
    # The page as a picture, for a look (pdftoppm -png -r 110 record.pdf page).
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / "page")], check=True)
    lines = pdftotext(pdf)
    # The running header: our sentence, left to right, with the name in it (it came out as
    # "ﺣﺪاد: ﻧﻴﻜﻮسparticipant record", the name's words swapped and glued to the next word).
    assert f"{NAME}: participant record" in lines
    assert NAME in lines  # the title
    assert f"May 1, 2026 · Customer visit · {PROGRAM}" in lines  # a heading mixing both scripts
    assert any(line.startswith(f"{PARTNER} ") or line == PARTNER for line in lines)  # a table cell
    # A right-to-left sentence: pdftotext gives a left-to-right page's lines left to right, so an Arabic
    # sentence's runs come right to left, each in written order with its words in order.
    sentence = next(line for line in lines if "Anna Müller" in line)
    runs = ["زرت العميل مع", "Anna Müller", "وتعلمت كيف يعمل", "CRM"]
    positions = [sentence.find(run) for run in runs]
    assert -1 not in positions and positions == sorted(positions, reverse=True), sentence
    assert "\ufffd" not in "".join(lines)


def test_an_attribution_keeps_the_name_and_the_comma_in_place(tmp_path):
    from shadowdesk.reports.program_report import build_program_report
    from tests.reports.test_fonts import program_data

    pdf = tmp_path / "program.pdf"
    build_program_report(program_data(author=NAME), pdf)
    # It came out as "— , ﺣﺪاد ﻧﻴﻜﻮسcuﬆomer visit": the comma before the name, "st" as a ligature.
    assert f"— {NAME}, Customer visit of Mar 4, 2026, usefulness 5/5" in pdftotext(pdf)
