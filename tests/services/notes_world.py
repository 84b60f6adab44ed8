"""A small program for the notes tests: a pair that met, a colleague in the program, and an outsider."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from shadowdesk.model import (
    Enrollment,
    Person,
    Program,
    ProgramStatus,
    SessionKind,
    SessionStatus,
    ShadowSession,
    Side,
    Visibility,
)
from shadowdesk.services.reflections import ReflectionService

ENDED = datetime(2026, 3, 2, 12, tzinfo=UTC)


@dataclass(frozen=True)
class World:
    program: int
    host: int  # project manager, hosts the project shadow
    guest: int  # salesperson
    colleague: int  # enrolled in the same program, not in the session
    outsider: int  # not in the program
    session: int


def build_world(db, kind: SessionKind = SessionKind.PROJECT_SHADOW) -> World:
    with db.transaction() as s:
        people = [
            Person(full_name=name, email=f"{local}@example.com", department=dept)
            for name, local, dept in (
                ("Małgorzata Wiśniewska", "gosia", "Project Management"),
                ("Łukasz Łukasiewicz", "lukasz", "Sales"),
                ("佐藤 美咲", "misaki", "Sales"),
                ("Olaf Outsider", "olaf", "Finance"),
            )
        ]
        program = Program(
            name="Spring",
            start_date=date(2026, 1, 1),
            end_date=date(2026, 6, 30),
            status=ProgramStatus.ACTIVE,
        )
        s.add_all([*people, program])
        s.flush()
        host, guest, colleague, outsider = people
        s.add_all(
            [
                Enrollment(program_id=program.id, person_id=host.id, side=Side.B),
                Enrollment(program_id=program.id, person_id=guest.id, side=Side.A),
                Enrollment(program_id=program.id, person_id=colleague.id, side=Side.A),
            ]
        )
        shadow = ShadowSession(
            uid="s1@test",
            kind=kind,
            program_id=program.id,
            host_id=host.id,
            starts_at=ENDED - timedelta(hours=2),
            ends_at=ENDED,
            status=SessionStatus.COMPLETED,
            guests=[guest],
        )
        s.add(shadow)
        s.flush()
        return World(program.id, host.id, guest.id, colleague.id, outsider.id, shadow.id)


def write_note(db, world: World, author: int, text: str, visibility: Visibility, submit: bool = True) -> int:
    service = ReflectionService(db)
    draft = service.open_draft(world.session, author)
    saved = service.save_draft(
        draft.id, draft.version_id, [f"answer of {author}"] * len(draft.prompts), text, 4, visibility
    )
    if submit:
        service.submit(draft.id, saved.version_id)
    return draft.id
