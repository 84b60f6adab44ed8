"""Program reports and person records: valid PDFs, right figures, literal text in every script, privacy."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import func, select

from shadowdesk.model import (
    Enrollment,
    Pairing,
    Program,
    Reflection,
    ReflectionStatus,
    SessionKind,
    SessionStatus,
    ShadowSession,
    Side,
)
from shadowdesk.reports.data import (
    IdeaRow,
    Letterhead,
    PersonInfo,
    PersonNote,
    PersonReportData,
    PersonSession,
)
from shadowdesk.reports.layout import ReportCancelled
from shadowdesk.reports.person_report import build_person_report
from shadowdesk.reports.program_report import build_program_report
from shadowdesk.services.demo import load_demo
from shadowdesk.services.reports import ReportService
from shadowdesk.settings import SettingsStore
from tests.reports.privacy_data import (
    DRAFT_NOTE,
    NOW,
    PAIR_NOTE,
    PRIVATE_NOTE,
    PROGRAM,
    PROGRAM_NOTE,
    build_privacy_program,
)

DEMO_PROGRAM = "Autumn Cross-Training"
GENERATED = datetime(2026, 5, 21, 9, 30, tzinfo=UTC)


def reports_service(db, tmp_path: Path, company: str = "") -> ReportService:
    store = SettingsStore(tmp_path / "settings.json")
    if company:
        store.set("company_name", company)
    return ReportService(db, store, clock=lambda: GENERATED)


def qpdf_check(pdf: Path) -> None:
    """qpdf must be installed: a missing qpdf fails the test instead of skipping the check."""
    result = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def pdf_text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def squashed(text: str) -> str:
    """Without whitespace and in NFKC form: line breaks and shaped Arabic letter forms do not matter."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def body_text(pdf: Path, running_title: str) -> str:
    """The text of every page without the running header and the "Page N of M" footer, squashed, so a
    paragraph that runs over a page break reads as one."""
    text = squashed(pdf_text(pdf))
    text = re.sub(r"Page\d+of\d+", "", text)
    return text.replace(squashed(running_title), "")


# --- the demo program's report -----------------------------------------------------------------------


def expected_figures(db) -> dict[str, str]:
    """The key figures counted in Python from the rows, independently of the report's SQL."""
    with db.session() as s:
        program = s.scalar(select(Program).where(Program.name == DEMO_PROGRAM))
        sessions = list(s.scalars(select(ShadowSession).where(ShadowSession.program_id == program.id)))
        by_status = {status: [x for x in sessions if x.status is status] for status in SessionStatus}
        completed = by_status[SessionStatus.COMPLETED]
        participants = {(x.id, p.id) for x in completed for p in [x.host, *x.guests]}
        submitted = [
            r
            for r in s.scalars(select(Reflection).where(Reflection.status == ReflectionStatus.SUBMITTED))
            if (r.session_id, r.author_id) in participants
        ]
        sides = [e.side for e in s.scalars(select(Enrollment).where(Enrollment.program_id == program.id))]
        hours = {kind: sum(x.hours for x in completed if x.kind is kind) for kind in SessionKind}
        pairs = s.scalar(select(func.count()).select_from(Pairing).where(Pairing.program_id == program.id))
        return {
            "Sessions planned (still to come)": str(len(by_status[SessionStatus.PLANNED])),
            "Sessions completed": str(len(completed)),
            "Sessions cancelled": str(len(by_status[SessionStatus.CANCELLED])),
            "Sessions with a no-show": str(len(by_status[SessionStatus.NO_SHOW])),
            "Sessions completed against the target (pairs × sessions per pair)": (
                f"{len(completed)} / {pairs * program.target_sessions_per_pair}"
            ),
            "Hours in project shadows (sales joins project work)": f"{hours[SessionKind.PROJECT_SHADOW]:.1f}",
            "Hours in customer visits (project management joins sales)": (
                f"{hours[SessionKind.CUSTOMER_VISIT]:.1f}"
            ),
            "Reflections submitted": str(len(submitted)),
            "Reflections due (one per participant of each completed session)": str(len(participants)),
            "participants": f"{sides.count(Side.A)} / {sides.count(Side.B)}",
        }


def test_demo_program_report_is_valid_and_shows_the_figures_of_the_database(db, tmp_path):
    load_demo(db, now=NOW)
    pdf = tmp_path / "program.pdf"
    reports_service(db, tmp_path, company="Lingua Bridge Translations").write_program_report(
        DEMO_PROGRAM, pdf
    )
    qpdf_check(pdf)
    reader = PdfReader(pdf)
    pages = len(reader.pages)
    text = pdf_text(pdf)
    lines = [line.strip() for line in text.splitlines()]
    for label, value in expected_figures(db).items():
        if label == "participants":
            assert value in lines, f"{value} participants per side missing"
            continue
        position = lines.index(label)
        assert lines[position + 1] == value, (
            f"{label}: report says {lines[position + 1]}, database says {value}"
        )
    assert "Lingua Bridge Translations" in text and "Generated on May 21, 2026 at 09:30" in text
    assert (
        f"Page {pages} of" in reader.pages[-1].extract_text()
        and str(pages) in reader.pages[-1].extract_text()
    )
    summary = reader.pages[1].extract_text()
    assert "Summary" in summary and "4 sessions per pair, 16 hours per participant" in summary
    assert all(section in text for section in ("Key figures", "Charts", "Pairs", "Highlights", "Ideas"))
    assert "Rush-rate card" not in text  # an idea of the other program
    assert "Monthly joint pipeline review" in text and "Małgorzata Wiśniewska" in text


def test_a_long_program_report_repeats_table_headers_on_every_page(db, tmp_path):
    load_demo(db, now=NOW)
    from shadowdesk.services.demo import load_large_demo

    load_large_demo(db, 200, 600, seed=4, now=NOW, add=True)
    pdf = tmp_path / "large.pdf"
    reports_service(db, tmp_path).write_program_report("Benchmark program 4", pdf)
    qpdf_check(pdf)
    reader = PdfReader(pdf)
    row = re.compile(r"^\d+ / \d+\n\d+ / \d+$", re.MULTILINE)  # a pair's sessions and hours against the targets
    pair_pages = [page.extract_text() for page in reader.pages if row.search(page.extract_text())]
    assert len(pair_pages) >= 2, "80 pairs should need more than one page"
    assert all("Sessions" in page and "No-show" in page for page in pair_pages)  # the header row again


def test_cancelling_writes_no_file(tmp_path, db):
    build_privacy_program(db)
    data = reports_service(db, tmp_path).program_data(PROGRAM)
    pdf = tmp_path / "cancelled.pdf"
    steps = []
    with pytest.raises(ReportCancelled):
        build_program_report(
            data, pdf, progress=lambda done, total: steps.append(done), cancelled=lambda: len(steps) >= 3
        )
    assert not pdf.exists() and list(tmp_path.glob("*.partial")) == []


# --- privacy -----------------------------------------------------------------------------------------


def test_private_and_pair_notes_never_reach_the_program_report(db, tmp_path):
    build_privacy_program(db)
    pdf = tmp_path / "program.pdf"
    reports_service(db, tmp_path).write_program_report(PROGRAM, pdf)
    text = pdf_text(pdf)
    assert PROGRAM_NOTE in text
    for hidden in (PRIVATE_NOTE, PAIR_NOTE, DRAFT_NOTE):
        assert hidden.split()[0] not in text


def test_a_rating_the_report_may_not_show_never_moves_its_average(db, tmp_path):
    build_privacy_program(db)
    with db.transaction() as s:  # the private and the pair note found the session useless
        for note in s.scalars(select(Reflection).where(Reflection.free_text.in_((PRIVATE_NOTE, PAIR_NOTE)))):
            note.rating = 1
    figures = reports_service(db, tmp_path).program_data(PROGRAM).figures
    assert figures.average_usefulness == 4.0  # the program notes' 5 and 3 alone


def test_pair_notes_appear_only_in_the_record_of_a_member_and_private_notes_only_for_themselves(db, tmp_path):
    cast = build_privacy_program(db)
    service = reports_service(db, tmp_path)
    texts = {}
    for name, email, as_self in (
        ("author", cast.author, False),
        ("author-self", cast.author, True),
        ("outsider", cast.outsider, True),
    ):
        pdf = tmp_path / f"{name}.pdf"
        service.write_person_report(email, pdf, as_self=as_self)
        qpdf_check(pdf)
        texts[name] = pdf_text(pdf)
    assert "PAIRNOTE" in texts["author"] and "PRIVATENOTE" not in texts["author"]
    assert "PAIRNOTE" in texts["author-self"] and "PRIVATENOTE" in texts["author-self"]
    assert not {"PAIRNOTE", "PRIVATENOTE", "PROGRAMNOTE"} & set(texts["outsider"].split())
    assert "DRAFTNOTE" not in texts["outsider"]  # the outsider's own draft: only submitted notes appear


# --- text safety and scripts (no database needed: the builders take plain data) ----------------------

NAME = "Tess Tester"
RUNNING_TITLE = f"{NAME}: participant record"
TRICKY = [
    "<b>unclosed and R&D <script>alert(1)</script> and &amp; and &lt;tag&gt; and ]]> \"quotes\" 'single'",
    "Łukasz Łukasiewicz, Zoë, Søren, José Núñez, Ana Müller-Ştefan, Kateřina Dvořáková, Ayşe Yılmaz",
    "Γιώργος Παπαδόπουλος: Κατάλαβα ότι οι αλλαγές πεδίου κοστίζουν πολύ.",
    "Ольга Смирнова: Понял, почему проектным менеджерам нужен точный объём слов.",
    "佐藤 美咲: 納期の見積もりには翻訳者の確保が一番時間がかかると分かった。",
    "x" * 400 + " " + "Donaudampfschifffahrtsgesellschaftskapitänsmützen" * 6,
]
ARABIC = "تعلمت أن مدير المشروع يحتاج إلى المصطلحات المعتمدة قبل البدء"


def person_data(notes: list[str], ideas: tuple[IdeaRow, ...] = ()) -> PersonReportData:
    return PersonReportData(
        letterhead=Letterhead("", None, GENERATED),
        person=PersonInfo(NAME, "tess@example.com", "Sales", "Account Executive", "Berlin", "Europe/Berlin"),
        as_self=True,
        programs=(),
        partners=(),
        sessions=(PersonSession(GENERATED, 2.0, "P", "customer_visit", "host", "Other Person", "completed"),),
        notes=tuple(
            PersonNote(date(2026, 5, 1), "P", "customer_visit", "private", 4, text, ()) for text in notes
        ),
        ideas=ideas,
    )


def test_markup_long_words_and_every_script_print_literally_and_completely(tmp_path):
    long_paragraph = " ".join(f"word{n:04d}" for n in range(560))[:5000]
    assert len(long_paragraph) == 5000
    idea = "<i>idea " + "é" * 3000  # a table cell taller than a page must still print whole
    pdf = tmp_path / "scripts.pdf"
    build_person_report(
        person_data([*TRICKY, long_paragraph, ARABIC], (IdeaRow(idea, "A & B", "", "adopted", "", "P"),)), pdf
    )
    qpdf_check(pdf)
    text = body_text(pdf, RUNNING_TITLE)
    for note in [*TRICKY, long_paragraph, "<i>idea", "A & B"]:
        assert squashed(note) in text, f"not printed literally: {note[:60]!r}"
    # The idea's row runs over a page break, beside its other cells and below a repeated header: every
    # letter is still there.
    assert text.count("é") == idea.count("é") + sum(note.count("é") for note in TRICKY)
    # Shaped Arabic is laid out right to left word by word: every word is there, joined letters and all.
    for word in ARABIC.split():
        assert squashed(word) in text
    assert "\ufffd" not in text  # every character had a glyph


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.text(
        alphabet=st.sampled_from(
            list("abcXYZ019 <>&;#/\"'=()[]!?.,-ąęłżśćńóÅÉÜßçñαβγΩλабвгЖЯ日本語の見積もり")
        ),
        min_size=1,
        max_size=300,
    )
)
def test_any_text_prints_literally(tmp_path, note):
    pdf = tmp_path / "any.pdf"
    build_person_report(person_data([note]), pdf)
    assert squashed(note) in body_text(pdf, RUNNING_TITLE)
