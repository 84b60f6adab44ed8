"""The SQL behind program reports and exports: aggregates counted in the database, one query per figure.

Everything here takes an open SQLAlchemy session and a program id and returns plain values, so a program
of 20,000 sessions is summarised without loading a single session object.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import ColumnElement, and_, func, select, union_all
from sqlalchemy.orm import Session, aliased

from shadowdesk.model import (
    Enrollment,
    Idea,
    IdeaStatus,
    Pairing,
    PerceptionPhase,
    PerceptionRating,
    Person,
    Program,
    Reflection,
    ReflectionStatus,
    SessionKind,
    SessionStatus,
    ShadowSession,
    Side,
    session_guest,
)
from shadowdesk.reports.data import IdeaRow, StatusCounts
from shadowdesk.rules.metrics import PerceptionShift, perception_shift
from shadowdesk.services.visibility import reflection_visible_to


def session_hours(session: Session) -> ColumnElement[float]:
    """A session's length in hours, computed by the database (each backend has its own date arithmetic)."""
    if session.get_bind().dialect.name == "sqlite":
        # Whole seconds, not julianday(): its floating-point days turn 2 hours into 1.9999999.
        seconds = func.strftime("%s", ShadowSession.ends_at) - func.strftime("%s", ShadowSession.starts_at)
        return seconds / 3600.0
    return func.extract("epoch", ShadowSession.ends_at - ShadowSession.starts_at) / 3600.0


def session_month(session: Session) -> ColumnElement[str]:
    """ "YYYY-MM" of a session's start (UTC)."""
    if session.get_bind().dialect.name == "sqlite":
        return func.strftime("%Y-%m", ShadowSession.starts_at)
    return func.to_char(ShadowSession.starts_at, "YYYY-MM")


def participants(session: Session, program_id: int):
    """(session_id, person_id, hours) for the host and every guest of each completed session of the program:
    who owes a reflection, and whose hours count."""
    hours = session_hours(session).label("hours")
    where = (ShadowSession.program_id == program_id, ShadowSession.status == SessionStatus.COMPLETED)
    hosts = select(
        ShadowSession.id.label("session_id"), ShadowSession.host_id.label("person_id"), hours
    ).where(*where)
    guests = (
        select(session_guest.c.session_id, session_guest.c.person_id, hours)
        .join(ShadowSession, ShadowSession.id == session_guest.c.session_id)
        .where(*where)
    )
    return union_all(hosts, guests).subquery("participant")


def enrollment_counts(session: Session, program_id: int) -> dict[Side, int]:
    rows = session.execute(
        select(Enrollment.side, func.count())
        .where(Enrollment.program_id == program_id)
        .group_by(Enrollment.side)
    )
    return {side: count for side, count in rows}


def status_counts(session: Session, program_id: int) -> StatusCounts:
    rows = dict(
        session.execute(
            select(ShadowSession.status, func.count())
            .where(ShadowSession.program_id == program_id)
            .group_by(ShadowSession.status)
        ).all()
    )
    return StatusCounts(
        *(
            rows.get(status, 0)
            for status in (
                SessionStatus.PLANNED,
                SessionStatus.COMPLETED,
                SessionStatus.CANCELLED,
                SessionStatus.NO_SHOW,
            )
        )
    )


def hours_by_kind(session: Session, program_id: int) -> dict[SessionKind, float]:
    rows = session.execute(
        select(ShadowSession.kind, func.coalesce(func.sum(session_hours(session)), 0.0))
        .where(ShadowSession.program_id == program_id, ShadowSession.status == SessionStatus.COMPLETED)
        .group_by(ShadowSession.kind)
    )
    return {kind: float(hours) for kind, hours in rows}


def hours_by_side(session: Session, program_id: int) -> dict[Side, float]:
    participant = participants(session, program_id)
    rows = session.execute(
        select(Enrollment.side, func.coalesce(func.sum(participant.c.hours), 0.0))
        .join(
            Enrollment,
            and_(Enrollment.person_id == participant.c.person_id, Enrollment.program_id == program_id),
        )
        .group_by(Enrollment.side)
    )
    return {side: float(hours) for side, hours in rows}


def reflections_submitted_and_due(session: Session, program_id: int) -> tuple[int, int]:
    participant = participants(session, program_id)
    submitted = func.count(Reflection.id)
    due, done = session.execute(
        select(func.count(), submitted)
        .select_from(participant)
        .outerjoin(
            Reflection,
            and_(
                Reflection.session_id == participant.c.session_id,
                Reflection.author_id == participant.c.person_id,
                Reflection.status == ReflectionStatus.SUBMITTED,
            ),
        )
    ).one()
    return done, due


def average_usefulness(session: Session, program_id: int) -> float | None:
    value = session.scalar(
        select(func.avg(Reflection.rating))
        .join(ShadowSession, ShadowSession.id == Reflection.session_id)
        .where(ShadowSession.program_id == program_id, Reflection.status == ReflectionStatus.SUBMITTED)
    )
    return None if value is None else float(value)


def idea_counts(session: Session, program_id: int) -> tuple[int, int]:
    adopted = func.count(Idea.id).filter(Idea.status == IdeaStatus.ADOPTED)
    proposed, adopted_count = session.execute(
        select(func.count(Idea.id), adopted).where(Idea.program_id == program_id)
    ).one()
    return proposed, adopted_count


def perception_by_side(session: Session, program_id: int) -> dict[Side, PerceptionShift]:
    answers: dict[tuple[Side, PerceptionPhase], dict[int, list[int]]] = defaultdict(dict)
    rows = session.execute(
        select(Enrollment.side, PerceptionRating.phase, PerceptionRating.person_id, PerceptionRating.scores)
        .join(
            Enrollment,
            and_(
                Enrollment.person_id == PerceptionRating.person_id,
                Enrollment.program_id == PerceptionRating.program_id,
            ),
        )
        .where(PerceptionRating.program_id == program_id)
    )
    for side, phase, person_id, scores in rows:
        answers[side, phase][person_id] = [int(s) for s in scores or []]
    return {
        side: perception_shift(answers[side, PerceptionPhase.START], answers[side, PerceptionPhase.END])
        for side in Side
    }


def sessions_per_month(session: Session, program_id: int) -> dict[str, dict[SessionKind, int]]:
    """Sessions that took place or are still planned, by month and kind (cancelled ones did not happen)."""
    month = session_month(session).label("month")
    rows = session.execute(
        select(month, ShadowSession.kind, func.count())
        .where(
            ShadowSession.program_id == program_id,
            ShadowSession.status.in_((SessionStatus.COMPLETED, SessionStatus.PLANNED)),
        )
        .group_by(month, ShadowSession.kind)
        .order_by(month)
    )
    months: dict[str, dict[SessionKind, int]] = defaultdict(dict)
    for name, kind, count in rows:
        months[name][kind] = count
    return dict(months)


def pairs(session: Session, program_id: int) -> list[tuple[int, str, str, str]]:
    """(pairing id, person A, person B, status) in the order the pairs were made."""
    person_a, person_b = aliased(Person), aliased(Person)
    return [
        tuple(row)
        for row in session.execute(
            select(Pairing.id, person_a.full_name, person_b.full_name, Pairing.status)
            .join(person_a, person_a.id == Pairing.person_a_id)
            .join(person_b, person_b.id == Pairing.person_b_id)
            .where(Pairing.program_id == program_id)
            .order_by(Pairing.id)
        )
    ]


def per_pair(
    session: Session, program_id: int
) -> tuple[dict[int, StatusCounts], dict[int, float], dict[int, int]]:
    """Sessions by status, completed hours and submitted reflections of each pairing."""
    by_status: dict[int, dict[SessionStatus, int]] = defaultdict(dict)
    hours: dict[int, float] = defaultdict(float)
    completed = ShadowSession.status == SessionStatus.COMPLETED
    for pairing_id, status, count, total in session.execute(
        select(ShadowSession.pairing_id, ShadowSession.status, func.count(), func.sum(session_hours(session)))
        .where(ShadowSession.program_id == program_id, ShadowSession.pairing_id.is_not(None))
        .group_by(ShadowSession.pairing_id, ShadowSession.status)
    ):
        by_status[pairing_id][status] = count
        if status is SessionStatus.COMPLETED:
            hours[pairing_id] += float(total or 0)
    reflections = dict(
        session.execute(
            select(ShadowSession.pairing_id, func.count(Reflection.id))
            .join(Reflection, Reflection.session_id == ShadowSession.id)
            .where(
                ShadowSession.program_id == program_id,
                Reflection.status == ReflectionStatus.SUBMITTED,
                completed,
            )
            .group_by(ShadowSession.pairing_id)
        ).all()
    )
    counts = {
        pid: StatusCounts(
            s.get(SessionStatus.PLANNED, 0),
            s.get(SessionStatus.COMPLETED, 0),
            s.get(SessionStatus.CANCELLED, 0),
            s.get(SessionStatus.NO_SHOW, 0),
        )
        for pid, s in by_status.items()
    }
    return counts, dict(hours), reflections


def program_visible_reflections(session: Session, program_id: int, limit: int | None = None):
    """Submitted reflections of the program whose author let everyone in the program read them, best first:
    rows of (author, submitted_at, session kind, session start, rating, free text, answers, author email).
    reflection_visible_to(None) is the coordinator's view: notes shared with the program, never private or
    pair notes, never drafts."""
    statement = (
        select(
            Person.full_name,
            Reflection.submitted_at,
            ShadowSession.kind,
            ShadowSession.starts_at,
            Reflection.rating,
            Reflection.free_text,
            Reflection.answers,
            Person.email,
        )
        .join(ShadowSession, ShadowSession.id == Reflection.session_id)
        .join(Person, Person.id == Reflection.author_id)
        .where(ShadowSession.program_id == program_id, reflection_visible_to(None))
    )
    if limit is not None:
        statement = (
            statement.where(Reflection.free_text != "")
            .order_by(
                Reflection.rating.desc().nulls_last(), Reflection.submitted_at.desc(), Reflection.id.desc()
            )
            .limit(limit)
        )
    else:
        statement = statement.order_by(ShadowSession.starts_at, Reflection.id)
    return session.execute(statement).all()


def ideas(session: Session, where: ColumnElement[bool]) -> list[IdeaRow]:
    proposer, owner = aliased(Person), aliased(Person)
    rows = session.execute(
        select(Idea.title, proposer.full_name, owner.full_name, Idea.status, Idea.decision_note, Program.name)
        .join(proposer, proposer.id == Idea.proposer_id)
        .outerjoin(owner, owner.id == Idea.owner_id)
        .outerjoin(Program, Program.id == Idea.program_id)
        .where(where)
        .order_by(Idea.created_at, Idea.id)
    )
    return [
        IdeaRow(title, by, owned or "", status.value, note or "", program or "")
        for title, by, owned, status, note, program in rows
    ]
