"""The SQL behind program reports and exports: aggregates counted in the database.

Everything here takes an open SQLAlchemy session and a program id and returns plain values, so a program
of 20,000 sessions is summarised without loading a single session object. Each pass over the sessions or the
reflections yields every figure it can (statuses, kinds and hours per pairing and host in one, for one), since
reading the rows again is what a figure costs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from shadowdesk.model import (
    Enrollment,
    Idea,
    Pairing,
    PairingStatus,
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


def session_hours(session: Session) -> ColumnElement[float | Decimal]:
    """A session's length in hours, computed by the database (each backend has its own date arithmetic):
    PostgreSQL's numeric arithmetic gives a Decimal, SQLite's a float."""
    if session.get_bind().dialect.name == "sqlite":
        # julianday() is twice as fast as strftime('%s'); rounding its floating-point days to whole seconds
        # keeps 2 hours from coming out as 1.9999999.
        days = func.julianday(ShadowSession.ends_at) - func.julianday(ShadowSession.starts_at)
        return func.round(days * 86400) / 3600.0
    return func.extract("epoch", ShadowSession.ends_at - ShadowSession.starts_at) / 3600.0


def session_month(session: Session) -> ColumnElement[str]:
    """ "YYYY-MM" of a session's start (UTC)."""
    if session.get_bind().dialect.name == "sqlite":
        # SQLite stores the time as "YYYY-MM-DD HH:MM:SS.ffffff": the month is its first seven characters,
        # cheaper to cut than to reformat with strftime().
        return func.substr(ShadowSession.starts_at, 1, 7)
    return func.to_char(ShadowSession.starts_at, "YYYY-MM")


def enrolled_sides(session: Session, program_id: int) -> dict[int, Side]:
    """person id -> the side they are enrolled on."""
    return dict(
        session.execute(select(Enrollment.person_id, Enrollment.side).where(Enrollment.program_id == program_id)).all()
    )


@dataclass(frozen=True)
class SessionTotals:
    sessions: StatusCounts
    hours_by_kind: dict[SessionKind, float]  # completed sessions
    pair_sessions: dict[int, StatusCounts]  # pairing id -> its sessions by status
    host_hours: dict[int, float]  # person id -> hours of the completed sessions they hosted


def session_totals(session: Session, program_id: int) -> SessionTotals:
    """Sessions by status, hours by kind, per pairing and per host, in one pass over the program's sessions:
    each figure in a query of its own would read the 100,000 sessions of a large program again. Statuses and
    kinds are counted in columns, so the database returns a row per pairing and host. A pair's hours and
    dates are pair_meetings' to read: Programs and the dashboard need them and nothing else."""
    statuses = (SessionStatus.PLANNED, SessionStatus.COMPLETED, SessionStatus.CANCELLED, SessionStatus.NO_SHOW)
    completed = ShadowSession.status == SessionStatus.COMPLETED
    hours = session_hours(session)
    program = [0, 0, 0, 0]
    per_pair: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    by_kind: dict[SessionKind, float] = defaultdict(float)
    host_hours: dict[int, float] = defaultdict(float)
    for pairing_id, host_id, *columns in session.execute(
        select(
            ShadowSession.pairing_id,
            ShadowSession.host_id,
            *(func.count(case((ShadowSession.status == status, 1))) for status in statuses),
            *(func.sum(case((and_(completed, ShadowSession.kind == kind), hours))) for kind in SessionKind),
        )
        .where(ShadowSession.program_id == program_id)
        .group_by(ShadowSession.pairing_id, ShadowSession.host_id)
    ):
        counts, kind_hours = columns[: len(statuses)], columns[len(statuses) :]
        for index, count in enumerate(counts):
            program[index] += count
            if pairing_id is not None:
                per_pair[pairing_id][index] += count
        for kind, total in zip(SessionKind, kind_hours, strict=True):
            if total is not None:  # NULL: no completed session of this kind
                by_kind[kind] += float(total)
                host_hours[host_id] += float(total)
    return SessionTotals(
        StatusCounts(*program),
        dict(by_kind),
        {pid: StatusCounts(*counts) for pid, counts in per_pair.items()},
        dict(host_hours),
    )


class PairMeetings(NamedTuple):
    """What a pair's progress is measured on."""

    completed: int  # sessions
    hours: float  # of the completed sessions
    last_completed: datetime | None  # start of the latest completed session
    next_planned: datetime | None  # start of the next planned session from now on


NEVER_MET = PairMeetings(0, 0.0, None, None)  # a pair with no session yet, which pair_meetings leaves out


def pair_meetings(session: Session, program_id: int, now: datetime) -> dict[int, PairMeetings]:
    """pairing id -> its meetings (pairs with sessions), grouped by pair alone and with no more columns than
    progress needs: Programs and the dashboard's stalled pairs read it at every open, and it takes half the
    SQL of session_totals (40 against 85 ms on a program of 100,000 sessions)."""
    completed = ShadowSession.status == SessionStatus.COMPLETED
    upcoming = and_(ShadowSession.status == SessionStatus.PLANNED, ShadowSession.starts_at >= now)
    return {
        pairing_id: PairMeetings(count, float(hours or 0.0), last, next_planned)
        for pairing_id, count, hours, last, next_planned in session.execute(
            select(
                ShadowSession.pairing_id,
                func.count(case((completed, 1))),
                func.sum(case((completed, session_hours(session)))),
                func.max(case((completed, ShadowSession.starts_at))),
                func.min(case((upcoming, ShadowSession.starts_at))),
            )
            .where(ShadowSession.program_id == program_id, ShadowSession.pairing_id.is_not(None))
            .group_by(ShadowSession.pairing_id)
        )
    }


def guest_totals(session: Session, program_id: int) -> dict[int, tuple[int, float]]:
    """person id -> (completed sessions they joined as a guest, hours of those sessions)."""
    rows = session.execute(
        select(session_guest.c.person_id, func.count(), func.sum(session_hours(session)))
        .join(ShadowSession, ShadowSession.id == session_guest.c.session_id)
        .where(ShadowSession.program_id == program_id, ShadowSession.status == SessionStatus.COMPLETED)
        .group_by(session_guest.c.person_id)
    )
    return {person_id: (count, float(hours or 0)) for person_id, count, hours in rows}


@dataclass(frozen=True)
class ReflectionTotals:
    per_pair: dict[int, int]  # pairing id -> submitted reflections on its completed sessions
    by_participants: int  # submitted by the host or a guest of a completed session: the reflections due
    # over the submitted notes the report's readers may see: a private or pair rating never moves it
    average_usefulness: float | None


def reflection_totals(session: Session, program_id: int) -> ReflectionTotals:
    """The submitted reflections of the program counted in one pass."""
    took_part = or_(
        Reflection.author_id == ShadowSession.host_id,
        exists().where(
            session_guest.c.session_id == ShadowSession.id, session_guest.c.person_id == Reflection.author_id
        ),
    )
    shared = reflection_visible_to(None)  # what the program's office reads
    per_pair: dict[int, int] = defaultdict(int)
    by_participants = ratings = rated = 0
    for pairing_id, status, count, participants, rating_sum, rating_count in session.execute(
        select(
            ShadowSession.pairing_id,
            ShadowSession.status,
            func.count(Reflection.id),
            func.count(case((took_part, Reflection.id))),
            func.sum(case((shared, Reflection.rating))),
            func.count(case((shared, Reflection.rating))),
        )
        .join(ShadowSession, ShadowSession.id == Reflection.session_id)
        .where(ShadowSession.program_id == program_id, Reflection.status == ReflectionStatus.SUBMITTED)
        .group_by(ShadowSession.pairing_id, ShadowSession.status)
    ):
        if status is SessionStatus.COMPLETED:
            by_participants += participants
            if pairing_id is not None:
                per_pair[pairing_id] += count
        ratings += int(rating_sum or 0)
        rated += rating_count
    return ReflectionTotals(dict(per_pair), by_participants, ratings / rated if rated else None)


def participant_hours(totals: SessionTotals, guests: dict[int, tuple[int, float]]) -> dict[int, float]:
    """person id -> hours they spent in the program's completed sessions, as host or as guest."""
    hours: dict[int, float] = defaultdict(float, totals.host_hours)
    for person_id, (_, person_hours) in guests.items():
        hours[person_id] += person_hours
    return dict(hours)


@dataclass(frozen=True)
class Participation:
    hours_by_side: dict[Side, float]  # hours each side's participants spent in completed sessions
    reflections_due: int  # one per participant (host or guest) of each completed session


def participation(sides: dict[int, Side], totals: SessionTotals, guests: dict[int, tuple[int, float]]) -> Participation:
    """Hours per side and reflections due from the per-host and per-guest totals. A participant who is not
    (or no longer) enrolled owes a reflection but has no side."""
    hours: dict[Side, float] = defaultdict(float)
    for person_id, person_hours in participant_hours(totals, guests).items():
        if person_id in sides:
            hours[sides[person_id]] += person_hours
    due = totals.sessions.completed + sum(count for count, _ in guests.values())  # one host each
    return Participation(dict(hours), due)


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


class PairListing(NamedTuple):
    pairing_id: int
    person_a: str
    person_b: str
    status: PairingStatus
    paired_at: datetime


def pairs(session: Session, program_id: int) -> list[PairListing]:
    """The program's pairs in the order they were made."""
    person_a, person_b = aliased(Person), aliased(Person)
    return [
        PairListing(*row)
        for row in session.execute(
            select(Pairing.id, person_a.full_name, person_b.full_name, Pairing.status, Pairing.created_at)
            .join(person_a, person_a.id == Pairing.person_a_id)
            .join(person_b, person_b.id == Pairing.person_b_id)
            .where(Pairing.program_id == program_id)
            .order_by(Pairing.id)
        )
    ]


class SharedNote(NamedTuple):
    """A submitted note shared with the whole program, as the program report and the export show it."""

    author: str
    submitted_at: datetime | None
    kind: SessionKind
    starts_at: datetime
    rating: int | None
    free_text: str
    answers: list[dict[str, str]]
    author_email: str


def program_visible_reflections(session: Session, program_id: int, limit: int | None = None) -> list[SharedNote]:
    """Submitted reflections of the program whose author let everyone in the program read them, best first
    when there is a limit, else in session order. reflection_visible_to(None) is the coordinator's view: notes
    shared with the program, never private or pair notes, never drafts."""
    shared = (ShadowSession.program_id == program_id, reflection_visible_to(None))
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
    )
    if limit is None:
        statement = statement.where(*shared).order_by(ShadowSession.starts_at, Reflection.id)
    else:
        best_first = (Reflection.rating.desc().nulls_last(), Reflection.submitted_at.desc(), Reflection.id.desc())
        # The best ones are picked on their keys alone, then only they are joined to their author and read
        # whole: sorting every shared note with its text and author costs twice as much.
        best = (
            select(Reflection.id)
            .join(ShadowSession, ShadowSession.id == Reflection.session_id)
            .where(*shared, Reflection.free_text != "")
            .order_by(*best_first)
            .limit(limit)
        )
        statement = statement.where(Reflection.id.in_(best)).order_by(*best_first)
    return [SharedNote(author=author, submitted_at=submitted_at, kind=kind, starts_at=starts_at, rating=rating,
                       free_text=text, answers=answers, author_email=email)
            for author, submitted_at, kind, starts_at, rating, text, answers, email in session.execute(statement)]


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
