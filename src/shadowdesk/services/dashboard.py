"""The figures on the dashboard, counted in the database."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import exists, func, or_, select, union_all
from sqlalchemy.orm import aliased

from shadowdesk.model import (
    Pairing,
    PairingStatus,
    Person,
    Program,
    ProgramStatus,
    Reflection,
    ReflectionStatus,
    SessionStatus,
    ShadowSession,
    session_guest,
)
from shadowdesk.rules.calendar import week_bounds
from shadowdesk.rules.progress import (  # noqa: F401 (re-exported for the GUI: one definition of progress)
    PairProgress,
    PairProgressStatus,
    ProgramProgress,
    program_progress,
)
from shadowdesk.storage import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DashboardCounts:
    people: int
    programs: int
    pairs: int
    sessions_this_week: int
    reflections_due: int
    week_start: date  # the Monday the counts' week starts on, in the viewer's zone


@dataclass(frozen=True, slots=True)
class StalledPair:
    program_id: int
    program_name: str
    pairing_id: int
    person_a_name: str
    person_b_name: str
    days_since_last_session: int | None  # None: the pair never met


def participants_of_completed_sessions():
    """(session_id, person_id) for every host and guest of a completed session: who owes a reflection."""
    completed = ShadowSession.status == SessionStatus.COMPLETED
    hosts = select(ShadowSession.id.label("session_id"), ShadowSession.host_id.label("person_id")).where(
        completed
    )
    guests = (
        select(session_guest.c.session_id, session_guest.c.person_id)
        .join(ShadowSession, ShadowSession.id == session_guest.c.session_id)
        .where(completed)
    )
    return union_all(hosts, guests).subquery("participant")


class DashboardService:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._counting: threading.Thread | None = None
        self._counted_early: tuple[int, int, int, int] | None = None

    def count_totals_in_background(self) -> None:
        """Start counting everything but the week's sessions in a thread, for the next counts() call. At
        start-up it runs while Qt loads: on 100,000 sessions the reflections due take as long as building
        the window, and the database does the work without holding Python's interpreter lock."""
        self._counting = threading.Thread(target=self._count_early, name="dashboard totals")
        self._counting.start()

    def _count_early(self) -> None:
        try:
            self._counted_early = self._totals()
        except Exception:  # counts() counts again, in the caller's thread, and raises the error there
            log.warning("Counting the dashboard's totals in the background failed", exc_info=True)

    def counts(self, now: datetime, time_zone: str) -> DashboardCounts:
        """now is aware; the week is the Monday-to-Sunday week of now in time_zone."""
        week_start, week_end = week_bounds(now, time_zone)
        if self._counting is not None:
            self._counting.join()
            self._counting = None
        totals, self._counted_early = self._counted_early or self._totals(), None  # an early count serves once
        people, programs, pairs, reflections_due = totals
        with self._db.session() as session:
            this_week = session.execute(
                select(func.count())
                .select_from(ShadowSession)
                .where(ShadowSession.starts_at >= week_start, ShadowSession.starts_at < week_end,
                       ShadowSession.status != SessionStatus.CANCELLED)
            ).scalar_one()
        return DashboardCounts(people, programs, pairs, this_week, reflections_due,
                               week_start=week_start.astimezone(ZoneInfo(time_zone)).date())

    def _totals(self) -> tuple[int, int, int, int]:
        """(active people, programs, pairs not ended, reflections due), in one statement."""
        completed = ShadowSession.status == SessionStatus.COMPLETED
        # Reflections due = participants of completed sessions - their submitted reflections. Counted as
        # three sums rather than an anti-join: this runs on every start-up and is 2x faster on 100k sessions.
        owed = (
            select(func.count()).select_from(ShadowSession).where(completed).scalar_subquery()
            + select(func.count()).select_from(session_guest)
            .join(ShadowSession, ShadowSession.id == session_guest.c.session_id).where(completed)
            .scalar_subquery()
        )
        is_guest = exists().where(session_guest.c.session_id == ShadowSession.id,
                                  session_guest.c.person_id == Reflection.author_id)
        written = (
            select(func.count()).select_from(Reflection)
            .join(ShadowSession, ShadowSession.id == Reflection.session_id)
            .where(completed, Reflection.status == ReflectionStatus.SUBMITTED,
                   or_(Reflection.author_id == ShadowSession.host_id, is_guest))
            .scalar_subquery()
        )
        with self._db.session() as session:
            return tuple(
                session.execute(
                    select(
                        select(func.count()).select_from(Person).where(Person.active).scalar_subquery(),
                        select(func.count()).select_from(Program).scalar_subquery(),
                        select(func.count())
                        .select_from(Pairing)
                        .where(Pairing.status != PairingStatus.ENDED)
                        .scalar_subquery(),
                        owed - written,
                    )
                ).one()
            )

    def stalled_pairs(self, pair_progress: Callable[[int], dict[int, PairProgress]]) -> list[StalledPair]:
        """The pairs of programs not closed that are stalled (no session for the stall period, none planned,
        while the program's dates run), those that never met first, then the longest idle. pair_progress is
        ReportService.pair_progress: the one definition of progress."""
        person_a, person_b = aliased(Person), aliased(Person)
        with self._db.session() as session:
            pairs = session.execute(
                select(Program.id, Program.name, Pairing.id, person_a.full_name, person_b.full_name)
                .join(Pairing, Pairing.program_id == Program.id)
                .join(person_a, person_a.id == Pairing.person_a_id)
                .join(person_b, person_b.id == Pairing.person_b_id)
                .where(Program.status != ProgramStatus.CLOSED, Pairing.status != PairingStatus.ENDED)
                .order_by(Program.start_date, Pairing.id)
            ).all()
        progress: dict[int, dict[int, PairProgress]] = {}
        stalled = []
        for program_id, program_name, pairing_id, name_a, name_b in pairs:
            if program_id not in progress:
                progress[program_id] = pair_progress(program_id)
            found = progress[program_id].get(pairing_id)
            if found is not None and found.stalled:
                stalled.append(StalledPair(program_id, program_name, pairing_id, name_a, name_b,
                                           found.days_since_last_session))
        # Pairs that never met first, then the longest idle.
        return sorted(stalled, key=lambda p: (p.days_since_last_session is not None,
                                              -(p.days_since_last_session or 0)))
