"""Every text a service stores, on SQLite and PostgreSQL alike: control characters (NUL, ESC, BEL) never
stored, invisible ones never make two names differ, and text longer than its column refused in the same
plain words on both backends (PostgreSQL raised DataError, SQLite stored it whole). Older data that holds
control characters still reaches neither an .ics file nor a PDF raw."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from shadowdesk.model import IdeaStatus, Person, Program, SessionKind, SessionStatus, ShadowSession, Side
from shadowdesk.services.errors import UserError
from shadowdesk.services.ideas import IdeaService
from shadowdesk.services.pairing import PairingService
from shadowdesk.services.programs import ProgramDraft, ProgramService
from shadowdesk.services.schedule_types import SessionDraft
from shadowdesk.services.scheduling import SchedulingService
from shadowdesk.settings import SettingsStore

HOSTILE = "\x1b[31mRed\x07 \x00Team\u200b\r\nTwo"  # ESC sequence, BEL, NUL, zero width space, CR LF
START = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


@dataclass
class World:
    programs: ProgramService
    pairing: PairingService
    ideas: IdeaService
    scheduling: SchedulingService
    program: int
    a: int
    b: int


@pytest.fixture
def world(db, tmp_path) -> World:
    with db.transaction() as s:
        people = [Person(full_name="Anna Nowak", email="anna@x.com", department="Sales"),
                  Person(full_name="Piotr Zieliński", email="piotr@x.com", department="Project Management")]
        s.add_all(people)
        s.flush()
        a, b = (p.id for p in people)
    programs = ProgramService(db)
    program = programs.create(ProgramDraft("Spring", date(2026, 1, 1), date(2026, 12, 31))).id
    programs.enroll(program, Side.A, [a])
    programs.enroll(program, Side.B, [b])
    return World(programs, PairingService(db), IdeaService(db), SchedulingService(db, SettingsStore(tmp_path / "s")),
                 program, a, b)


def _draft(w: World, **changes) -> SessionDraft:
    values = dict(kind=SessionKind.PROJECT_SHADOW, host_id=w.b, guest_ids=(w.a,), starts_at=START,
                  duration=timedelta(hours=1), time_zone="Europe/Berlin", program_id=w.program)
    return SessionDraft(**{**values, **changes})


def _program(w: World, **changes) -> str:
    draft = ProgramDraft(**{"name": "Autumn", "start_date": date(2026, 9, 1), "end_date": date(2026, 11, 30),
                            **changes})
    return w.programs.create(draft).name if "description" not in changes else w.programs.create(draft).description


def _idea(w: World, title: str = "Glossary", description: str = "") -> object:
    return w.ideas.create(title, description, w.a, program_id=w.program)


def _decision(w: World, note: str) -> str:
    idea = _idea(w)
    return w.ideas.move(idea.id, idea.version_id, IdeaStatus.ADOPTED, note).decision_note


def _cancel_reason(w: World, reason: str) -> str:
    [sid] = w.scheduling.create(_draft(w))
    w.scheduling.set_status(sid, w.scheduling.get(sid).version_id, SessionStatus.CANCELLED, reason)
    return w.scheduling.get(sid).status_reason


def _exclusion_reason(w: World, reason: str) -> str:
    return w.pairing.exclude(w.a, w.b, w.program, reason).reason


@dataclass(frozen=True)
class Field:
    store: Callable[[World, str], str]  # stores the text, returns it as read back
    limit: int | None  # the column's length; None for free text
    free_text: bool  # keeps its line breaks


FIELDS = {
    "program name": Field(lambda w, v: _program(w, name=v), 200, False),
    "program side": Field(lambda w, v: w.programs.create(ProgramDraft("Autumn", date(2026, 9, 1),
                                                                      date(2026, 11, 30), side_a=v)).side_a,
                          120, False),
    "program description": Field(lambda w, v: _program(w, description=v), None, True),
    "pair reason": Field(lambda w, v: w.pairing.add_manual(w.program, w.a, w.b, v).reason, None, False),
    "exclusion reason": Field(_exclusion_reason, None, False),
    "idea title": Field(lambda w, v: _idea(w, title=v).title, 300, False),
    "idea description": Field(lambda w, v: _idea(w, description=v).description, None, True),
    "decision note": Field(_decision, None, True),
    "session location": Field(lambda w, v: w.scheduling.get(w.scheduling.create(_draft(w, location=v))[0]).location,
                              300, False),
    "session agenda": Field(lambda w, v: w.scheduling.get(w.scheduling.create(_draft(w, agenda=v))[0]).agenda,
                            None, True),
    "cancel reason": Field(_cancel_reason, None, False),
}


@pytest.mark.parametrize("name", list(FIELDS))
def test_control_and_invisible_characters_are_never_stored(world, name):
    stored = FIELDS[name].store(world, HOSTILE)
    # Free text keeps its line breaks (and, as shadowdesk.text.clean_text does, invisible characters).
    assert stored == ("[31mRed Team\u200b\nTwo" if FIELDS[name].free_text else "[31mRed Team Two")


@pytest.mark.parametrize("name", [name for name, field in FIELDS.items() if field.limit])
def test_text_longer_than_its_column_is_refused_the_same_on_both_backends(world, name):
    field = FIELDS[name]
    assert field.store(world, "é" * field.limit) == "é" * field.limit  # exactly the limit fits
    with pytest.raises(UserError, match=rf" is {field.limit + 1:,} characters long; it can be at most "
                                        rf"{field.limit:,}\. Shorten it and save again\.$"):
        field.store(world, "x" * (field.limit + 1))


def test_a_session_stored_before_the_cleaning_reaches_neither_the_ics_nor_the_pdf_raw(db, world, tmp_path):
    """Older data: control characters written straight into the database, as earlier versions stored them."""
    from shadowdesk.services.reports import ReportService

    [sid] = world.scheduling.create(_draft(world, starts_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC)))
    with db.transaction() as s:
        s.get(ShadowSession, sid).location = "Room\x1b[2J 4\x07"
        s.get(ShadowSession, sid).agenda = "Plan\x01 the\x0b day"
        s.get(Program, world.program).name = "Spring\x1b]0;owned\x07"

    ics = world.scheduling.export_ics(session_ids=[sid]).decode("utf-8")
    assert "LOCATION:Room[2J 4\r\n" in ics and "DESCRIPTION:Plan the day\\nProgram: Spring]0\\;owned\r\n" in ics
    assert not set(ics) & {"\x1b", "\x07", "\x01", "\x0b"}

    pdf = tmp_path / "spring.pdf"
    ReportService(db, SettingsStore(tmp_path / "report-settings.json")).write_program_report(str(world.program), pdf)
    words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Spring]0;owned" in words and not set(words) & {"\x1b", "\x07"}
