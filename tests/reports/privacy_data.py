"""A small program whose notes carry every visibility, for the privacy tests of reports and exports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from shadowdesk.model import (
    Enrollment,
    Pairing,
    PairingStatus,
    Person,
    Program,
    Reflection,
    ReflectionStatus,
    SessionKind,
    SessionStatus,
    ShadowSession,
    Side,
    Visibility,
)
from shadowdesk.storage import Database

NOW = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)
PROGRAM = "Privacy Program"
PRIVATE_NOTE = "PRIVATENOTE only the author may read this"
PAIR_NOTE = "PAIRNOTE for my partner and me"
PROGRAM_NOTE = "PROGRAMNOTE shared with everyone"
DRAFT_NOTE = "DRAFTNOTE not submitted yet"


@dataclass(frozen=True)
class Cast:
    author: str  # email of the author of every note but one
    partner: str  # the author's partner in the session
    outsider: str  # enrolled in the program, in another pair


def make_person(session, name: str, department: str) -> Person:
    person = Person(
        full_name=name,
        email=f"{name.split()[0].lower()}@example.com",
        department=department,
        time_zone="Europe/Berlin",
    )
    session.add(person)
    return person


def build_privacy_program(db: Database) -> Cast:
    """Two pairs; the first pair's one completed session carries a note of each visibility and a draft."""
    with db.transaction() as session:
        program = Program(name=PROGRAM, start_date=date(2026, 3, 1), end_date=date(2026, 8, 31))
        session.add(program)
        author = make_person(session, "Anna Author", "Sales")
        partner = make_person(session, "Piotr Partner", "Project Management")
        outsider = make_person(session, "Olga Outsider", "Sales")
        other_pm = make_person(session, "Oscar Other", "Project Management")
        session.flush()
        for person, side in ((author, Side.A), (partner, Side.B), (outsider, Side.A), (other_pm, Side.B)):
            session.add(Enrollment(program_id=program.id, person_id=person.id, side=side))
        pair = Pairing(
            program_id=program.id,
            person_a_id=author.id,
            person_b_id=partner.id,
            status=PairingStatus.CONFIRMED,
        )
        other_pair = Pairing(
            program_id=program.id,
            person_a_id=outsider.id,
            person_b_id=other_pm.id,
            status=PairingStatus.CONFIRMED,
        )
        session.add_all([pair, other_pair])
        session.flush()
        start = NOW - timedelta(days=10)
        visit = ShadowSession(
            uid="privacy-1@test",
            kind=SessionKind.CUSTOMER_VISIT,
            program_id=program.id,
            pairing_id=pair.id,
            host_id=author.id,
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            status=SessionStatus.COMPLETED,
        )
        visit.guests.append(partner)
        other = ShadowSession(
            uid="privacy-2@test",
            kind=SessionKind.PROJECT_SHADOW,
            program_id=program.id,
            pairing_id=other_pair.id,
            host_id=other_pm.id,
            starts_at=start,
            ends_at=start + timedelta(hours=3),
            status=SessionStatus.COMPLETED,
        )
        other.guests.append(outsider)
        session.add_all([visit, other])
        session.flush()
        # One note per author and session: the author's private note and the partner's program note here.
        session.add(
            Reflection(
                session_id=visit.id,
                author_id=author.id,
                free_text=PRIVATE_NOTE,
                visibility=Visibility.PRIVATE,
                status=ReflectionStatus.SUBMITTED,
                rating=4,
                submitted_at=NOW,
            )
        )
        session.add(
            Reflection(
                session_id=visit.id,
                author_id=partner.id,
                free_text=PROGRAM_NOTE,
                visibility=Visibility.PROGRAM,
                status=ReflectionStatus.SUBMITTED,
                rating=5,
                submitted_at=NOW,
            )
        )
        session.add(
            Reflection(
                session_id=other.id,
                author_id=outsider.id,
                free_text=DRAFT_NOTE,
                visibility=Visibility.PROGRAM,
                status=ReflectionStatus.DRAFT,
            )
        )
        session.add(
            Reflection(
                session_id=other.id,
                author_id=other_pm.id,
                free_text="Oscar's own program note",
                visibility=Visibility.PROGRAM,
                status=ReflectionStatus.SUBMITTED,
                rating=3,
                submitted_at=NOW,
            )
        )
        # The author's pair note sits on a second session of the same pair.
        second = ShadowSession(
            uid="privacy-3@test",
            kind=SessionKind.PROJECT_SHADOW,
            program_id=program.id,
            pairing_id=pair.id,
            host_id=partner.id,
            starts_at=start + timedelta(days=2),
            ends_at=start + timedelta(days=2, hours=1),
            status=SessionStatus.COMPLETED,
        )
        second.guests.append(author)
        session.add(second)
        session.flush()
        session.add(
            Reflection(
                session_id=second.id,
                author_id=author.id,
                free_text=PAIR_NOTE,
                visibility=Visibility.PAIR,
                status=ReflectionStatus.SUBMITTED,
                rating=4,
                submitted_at=NOW,
            )
        )
        return Cast(author.email, partner.email, outsider.email)
