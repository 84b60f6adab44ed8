"""A program lived through the services, from an empty database: the report measures each pair's
completed sessions and hours against the program's targets, and flags the pairs that stalled."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from pypdf import PdfReader

from shadowdesk.domain import SessionKind, SessionStatus, Side
from shadowdesk.rules.progress import PairProgressStatus
from shadowdesk.services.pairing import PairingService
from shadowdesk.services.people import PeopleService, PersonInput
from shadowdesk.services.programs import ProgramDraft, ProgramService
from shadowdesk.services.reports import ReportService
from shadowdesk.services.schedule_types import SessionDraft
from shadowdesk.services.scheduling import SchedulingService
from shadowdesk.settings import SettingsStore

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def lived_program(db, tmp_path):
    """Two pairs: the first met twice (90 and 60 minutes), the second once, five weeks ago."""
    settings = SettingsStore(tmp_path / "settings.json")
    people = PeopleService(db)
    ids = {name: people.add_person(PersonInput(name.title(), f"{name}@example.com"))
           for name in ("sara", "piotr", "sam", "paula")}
    programs = ProgramService(db)
    program = programs.create(ProgramDraft("Summer", date(2026, 3, 1), date(2026, 8, 31),
                                           target_sessions_per_pair=2, target_hours_per_participant=3))
    programs.enroll(program.id, Side.A, [ids["sara"], ids["sam"]])
    programs.enroll(program.id, Side.B, [ids["piotr"], ids["paula"]])
    pairing = PairingService(db)
    first = pairing.add_manual(program.id, ids["sara"], ids["piotr"])
    second = pairing.add_manual(program.id, ids["sam"], ids["paula"])
    scheduling = SchedulingService(db, settings, clock=lambda: NOW)

    def held(pair, host, guest, start: datetime, minutes: int) -> None:
        draft = SessionDraft(SessionKind.PROJECT_SHADOW, ids[host], (ids[guest],), start, timedelta(minutes=minutes),
                             "UTC", program_id=program.id, pairing_id=pair.id)
        (session_id,) = scheduling.create(draft)
        scheduling.set_status(session_id, scheduling.get(session_id).version_id, SessionStatus.COMPLETED)

    held(first, "piotr", "sara", NOW - timedelta(days=14), 90)
    held(first, "piotr", "sara", NOW - timedelta(days=7), 60)
    held(second, "paula", "sam", NOW - timedelta(days=35), 60)
    return ReportService(db, settings, clock=lambda: NOW), program, first, second


def test_each_pair_is_measured_against_the_targets(db, tmp_path):
    reports, program, first, second = lived_program(db, tmp_path)
    data = reports.program_data("Summer")
    one, two = data.pairs
    assert (one.progress.sessions_done, one.progress.sessions_target) == (2, 2)
    assert (one.progress.hours_done, one.progress.hours_target) == (2.5, 3)
    assert one.progress.status is PairProgressStatus.DONE and not one.progress.stalled
    assert two.progress.status is PairProgressStatus.ON_TRACK and two.progress.stalled  # 1 due by mid-program
    assert two.progress.days_since_last_session == 35
    assert data.figures.progress.stalled == 1
    assert reports.pair_progress(program.id)[second.id].stalled



def test_a_pair_is_measured_on_the_sessions_either_partner_hosts_and_the_next_one_planned(db, tmp_path):
    """Programs and the dashboard read a pair's progress in a query of their own: it must agree with the
    report's table, whoever hosted; a cancelled session counts for nothing, and one planned ahead keeps a
    pair from stalling."""
    reports, program, first, second = lived_program(db, tmp_path)
    scheduling = SchedulingService(db, SettingsStore(tmp_path / "settings.json"), clock=lambda: NOW)

    def session(pair, host, guest, start: datetime, status: SessionStatus | None) -> None:
        draft = SessionDraft(SessionKind.CUSTOMER_VISIT, host, (guest,), start, timedelta(minutes=30), "UTC",
                             program_id=program.id, pairing_id=pair.id)
        (session_id,) = scheduling.create(draft)
        if status is not None:
            scheduling.set_status(session_id, scheduling.get(session_id).version_id, status, "The customer moved.")

    session(first, first.person_a_id, first.person_b_id, NOW - timedelta(days=3), SessionStatus.COMPLETED)
    session(second, second.person_a_id, second.person_b_id, NOW - timedelta(days=2), SessionStatus.CANCELLED)
    session(second, second.person_b_id, second.person_a_id, NOW + timedelta(days=5), None)  # planned
    one, two = reports.program_data("Summer").pairs
    assert (one.sessions.completed, one.hours, one.progress.hours_done) == (3, 3.0, 3.0)
    assert (two.sessions.completed, two.sessions.cancelled, two.hours) == (1, 1, 1.0)
    assert not two.progress.stalled and two.progress.days_since_last_session == 35
    assert reports.pair_progress(program.id) == {first.id: one.progress, second.id: two.progress}

def test_the_printed_report_shows_done_against_target(db, tmp_path):
    reports, *_ = lived_program(db, tmp_path)
    pdf = tmp_path / "summer.pdf"
    reports.write_program_report("Summer", pdf)
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    pairs_page = text[text.index("Pairs\nCompleted sessions"):]
    assert "2 / 2\n2.5 / 3\n" in pairs_page  # the first pair: sessions, then hours
    assert "1 / 2\n1 / 3\n" in pairs_page and "Stalled" in pairs_page
    assert "2 of 2\n pairs on track or at their" in text and "1\n stalled pairs" in text  # the summary page
