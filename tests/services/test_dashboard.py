"""The dashboard's stalled pairs, on a program lived through the services from an empty database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

from shadowdesk.domain import SessionKind, SessionStatus, Side
from shadowdesk.services.dashboard import DashboardService, StalledPair
from shadowdesk.services.pairing import PairingService
from shadowdesk.services.people import PeopleService, PersonInput
from shadowdesk.services.programs import ProgramDraft, ProgramService
from shadowdesk.services.reflections import ReflectionService
from shadowdesk.services.reports import ReportService
from shadowdesk.services.schedule_types import SessionDraft
from shadowdesk.services.scheduling import SchedulingService
from shadowdesk.settings import SettingsStore

LIVED_NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def lived_program(db, tmp_path):
    """A program lived through the services (as tests/services/test_progress.py does): targets of 2 sessions
    per pair and 3 hours; the first pair met twice (90 and 60 minutes), the second once, five weeks ago,
    the third never, with a session planned in ten days."""
    settings = SettingsStore(tmp_path / "settings.json")
    people = PeopleService(db)
    ids = {name: people.add_person(PersonInput(name.title(), f"{name}@example.com"))
           for name in ("sara", "piotr", "sam", "paula", "sven", "pia")}
    programs = ProgramService(db)
    program = programs.create(ProgramDraft("Summer", date(2026, 3, 1), date(2026, 8, 31),
                                           target_sessions_per_pair=2, target_hours_per_participant=3))
    programs.activate(program.id)
    programs.enroll(program.id, Side.A, [ids["sara"], ids["sam"], ids["sven"]])
    programs.enroll(program.id, Side.B, [ids["piotr"], ids["paula"], ids["pia"]])
    pairing = PairingService(db)
    pairs = [pairing.add_manual(program.id, ids[a], ids[b]) for a, b in (("sara", "piotr"), ("sam", "paula"),
                                                                         ("sven", "pia"))]
    scheduling = SchedulingService(db, settings, clock=lambda: LIVED_NOW)

    def session(pair, host, guest, days: int, minutes: int, status: SessionStatus | None) -> None:
        draft = SessionDraft(SessionKind.PROJECT_SHADOW, ids[host], (ids[guest],),
                             LIVED_NOW + timedelta(days=days), timedelta(minutes=minutes), "UTC",
                             program_id=program.id, pairing_id=pair.id)
        (session_id,) = scheduling.create(draft)
        if status is not None:
            scheduling.set_status(session_id, scheduling.get(session_id).version_id, status)

    session(pairs[0], "piotr", "sara", -14, 90, SessionStatus.COMPLETED)
    session(pairs[0], "piotr", "sara", -7, 60, SessionStatus.COMPLETED)
    session(pairs[1], "paula", "sam", -35, 60, SessionStatus.COMPLETED)
    session(pairs[2], "pia", "sven", 10, 60, None)
    return SimpleNamespace(programs=programs, pairing=pairing, scheduling=scheduling, dashboard=DashboardService(db),
                           reflections=ReflectionService(db),
                           reports=ReportService(db, settings, clock=lambda: LIVED_NOW), program=program, pairs=pairs)



def test_the_stalled_pairs_of_active_programs_are_listed_with_how_long_they_have_been_idle(db, tmp_path):
    lived = lived_program(db, tmp_path)
    assert lived.dashboard.stalled_pairs(lived.reports.pair_progress) == [
        StalledPair(lived.program.id, "Summer", lived.pairs[1].id, "Sam", "Paula", 35)]


def test_an_ended_pair_is_not_stalled(db, tmp_path):
    lived = lived_program(db, tmp_path)
    stalled = lived.pairs[1]
    lived.pairing.end(stalled.id, stalled.version_id)
    assert lived.dashboard.stalled_pairs(lived.reports.pair_progress) == []


def test_a_closed_program_has_no_stalled_pairs(db, tmp_path):
    lived = lived_program(db, tmp_path)
    lived.programs.close(lived.program.id)
    assert lived.dashboard.stalled_pairs(lived.reports.pair_progress) == []
