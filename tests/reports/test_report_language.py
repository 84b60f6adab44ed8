"""Reports in the reader's language: German and French words, dates and numbers, no English text of the
report left (the list of English texts comes from the catalogue), and the document's language tag agrees."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from shadowdesk import translation
from shadowdesk.reports.data import (
    Highlight,
    IdeaRow,
    KeyFigures,
    Letterhead,
    MonthCount,
    PairRow,
    PartnerRow,
    PersonInfo,
    PersonNote,
    PersonProgram,
    PersonReportData,
    PersonSession,
    ProgramInfo,
    ProgramReportData,
    SideProgress,
    SkillCoverage,
    StatusCounts,
)
from shadowdesk.reports.options import ReportOptions
from shadowdesk.reports.person_report import build_person_report
from shadowdesk.reports.program_report import build_program_report
from shadowdesk.rules.metrics import PerceptionShift
from shadowdesk.rules.progress import PairProgress, PairProgressStatus, Targets, program_progress
from shadowdesk.services.reports import ReportService
from shadowdesk.settings import SettingsStore
from tests.reports.report_language import english_left, english_texts, holds, pdf_words

GENERATED = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
# User texts that are no English word of the report, so that only the report's own wording is checked.
NAMES = (("Zofia Kowalska", "Jonas Berg"), ("Aiko Tanaka", "Luca Rossi"), ("Nils Holm", "Ines Duarte"))


def progress(done: int, status: PairProgressStatus, stalled: bool = False) -> PairProgress:
    return PairProgress(done, 4, done * 2.5, 16, status, stalled, None, None)


def program_data() -> ProgramReportData:
    pairs = (progress(4, PairProgressStatus.DONE), progress(2, PairProgressStatus.ON_TRACK),
             progress(0, PairProgressStatus.NOT_STARTED, stalled=True))
    figures = KeyFigures(
        3, 3, 1.0, 3, StatusCounts(2, 6, 1, 1), Targets(4, 16), program_progress(pairs),
        SideProgress(3, 1234.5, 1), SideProgress(3, 20.0, 0), 1234.5, 20.0, 1234.5, 20.0, 5, 12, 4.25, 3, 1,
        PerceptionShift(3, 2.5, 3.75, 1.25), PerceptionShift(0, None, None, None))
    skills = (
        SkillCoverage("Kalkulation", "Vertrieb", 3, 3, 1, 3, 0, 1, 2, 0, 1, 1.5),
        SkillCoverage("Bedarfsanalyse", "Projektleitung", 3, 4, 0, 1, 0, 0, 0, 2, 4, None),
        SkillCoverage("Angebotsgespräch", "Vertrieb", 3, 3, 2, 2, 1, 1, 1, 1, 2, 0.0),
    )
    return ProgramReportData(
        Letterhead("Nordlicht GmbH", None, GENERATED),
        ProgramInfo("Nordlicht", "Zyklus Nordlicht", date(2026, 12, 1), date(2027, 3, 31), "Vertrieb",
                    "Projektleitung", "active"),
        figures,
        (MonthCount("2026-12", 3, 1), MonthCount("2027-01", 2, 2)),
        tuple(PairRow(number, a, b, "confirmed", StatusCounts(1, p.sessions_done, 1, 1), p.hours_done, 2, p)
              for number, ((a, b), p) in enumerate(zip(NAMES, pairs, strict=True), start=1)),
        (Highlight("Zofia Kowalska", date(2026, 12, 3), "customer_visit", 5, "Zyklus eins, Takt zwei."),
         Highlight("Jonas Berg", date(2026, 12, 10), "project_shadow", None, "Zyklus drei.")),
        (IdeaRow("Zyklusplan", "Aiko Tanaka", "Luca Rossi", "adopted", "Zyklus ab Januar."),
         IdeaRow("Taktplan", "Nils Holm", "", "under_review", "")),
        skills,
    )


def person_data() -> PersonReportData:
    berlin = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    return PersonReportData(
        Letterhead("Nordlicht GmbH", None, GENERATED),
        PersonInfo("Zofia Kowalska", "zofia@example.com", "Vertrieb", "Kundenbetreuung", "Hamburg", "Europe/Berlin"),
        True,
        (PersonProgram("Nordlicht", "Vertrieb", date(2026, 12, 1), date(2027, 3, 31), "active"),
         PersonProgram("Polarlicht", "Vertrieb", date(2026, 1, 1), date(2026, 6, 30), "closed")),
        (PartnerRow("Nordlicht", "Jonas Berg", "confirmed"), PartnerRow("Polarlicht", "Nils Holm", "ended")),
        tuple(PersonSession(berlin.replace(day=day), 2.5, "Nordlicht", kind, role, "Jonas Berg", status)
              for day, kind, role, status in ((1, "project_shadow", "guest", "completed"),
                                              (8, "customer_visit", "host", "no_show"),
                                              (15, "customer_visit", "host", "cancelled"),
                                              (22, "project_shadow", "guest", "planned"))),
        (PersonNote(date(2026, 12, 1), "Nordlicht", "project_shadow", "private", 4, "Zyklus eins.",
                    (("Frage eins?", "Antwort eins."),)),
         PersonNote(date(2026, 12, 8), "Nordlicht", "customer_visit", "pair", None, "Zyklus zwei.", ()),
         PersonNote(date(2026, 12, 8), "Nordlicht", "customer_visit", "program", 5, "Zyklus drei.", ())),
        (IdeaRow("Zyklusplan", "Zofia Kowalska", "Jonas Berg", "proposed", "", "Nordlicht"),),
    )


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    translation.use("en")


def reports_in(language: str, tmp_path) -> tuple:
    translation.use(language)
    program, person = tmp_path / f"program-{language}.pdf", tmp_path / f"person-{language}.pdf"
    options = ReportOptions(language=language)
    build_program_report(program_data(), program, options=options)
    build_person_report(person_data(), person, options=options)
    return program, person


def test_a_german_program_report_and_record_hold_no_english_text_of_the_report(tmp_path):
    english_program, english_person = reports_in("en", tmp_path)
    german_program, german_person = reports_in("de", tmp_path)
    # The check has teeth: the English reports hold many of the texts German says differently.
    english = pdf_words(english_program) + " " + pdf_words(english_person)
    assert len([piece for piece in english_texts("de") if holds(english, piece)]) >= 100
    assert english_left(german_program, "de") == []
    assert english_left(german_person, "de") == []

    program = pdf_words(german_program)
    for heading in ("Zusammenfassung", "Kennzahlen", "Diagramme", "Termine gemessen am Ziel, je Paar", "Paare",
                    "Kompetenzen", "Größte Fortschritte", "Verbleibende Lücken", "Höhepunkte", "Ideen",
                    "Seite 2 von", "Projekt-Hospitationen", "Kundenbesuche", "Stockend", "Übernommen"):
        assert holds(program, heading), heading
    # Dates, numbers and shares as German writes them.
    assert "1. Dez. 2026 – 31. März 2027" in program and "Erstellt am 1. Dez. 2026 um 09:30" in program
    assert holds(program, "1.234,5") and holds(program, "4,25") and "2,5 → 3,8 (+1,2)" in program
    assert "33 %" in program  # a no-break space before the sign
    assert "— Zofia Kowalska, Kundenbesuch am 3. Dez. 2026, Nutzen 5/5" in program
    person = pdf_words(german_person)
    for heading in ("Teilnahmenachweis", "Programme", "Partner", "Termine", "Notizen", "Ideen", "Gastgeber",
                    "Nicht erschienen", "Wer sie lesen darf: Ich und mein Partner", "Nur ich", "Beendet"):
        assert holds(person, heading), heading
    # The bookmarks are the German headings.
    outline = [entry["/Title"] for entry in PdfReader(german_program).outline if not isinstance(entry, list)]
    assert outline[:3] == ["Zusammenfassung", "Kennzahlen", "Diagramme"]


def test_a_french_report_speaks_french(tmp_path):
    program, person = reports_in("fr", tmp_path)
    assert english_left(program, "fr") == [] and english_left(person, "fr") == []
    text = pdf_words(program)
    assert holds(text, "Synthèse") and holds(text, "Binômes") and holds(text, "Page 2 sur")
    assert "1 déc. 2026" in text and "1 234,5" in text  # the narrow no-break space reads as a space here
    assert holds(pdf_words(person), "Relevé du participant")


def test_the_document_language_is_the_language_of_the_words(tmp_path):
    reports = ReportService(None, SettingsStore(tmp_path / "settings.json"))  # type: ignore[arg-type]
    translation.use("de")
    assert reports.report_options().language == "de"
    translation.use("fr")
    assert reports.report_options().language == "fr"
