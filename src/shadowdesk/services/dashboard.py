"""The figures on the dashboard, counted in the database.

The counts run on every start-up, before the window first paints (benchmarks/bench_startup.py), so they are
SQLAlchemy Core on the few columns they read (COUNTED below), never the ORM: the entities of
shadowdesk.model cost 150 ms to import and their mappers 70 ms to configure, which the lists (read in a
worker once the window has painted) and the other sections pay instead. tests/test_startup_path.py holds
COUNTED equal to the model's tables and the window free of the model until its event loop runs.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Boolean, DateTime, Integer, String, Subquery, and_, exists, func, or_, select
from sqlalchemy.sql import TableClause, column, table

from shadowdesk.domain import PairingStatus, ReflectionStatus, SessionStatus
from shadowdesk.rules.calendar import week_bounds

# Imported as themselves (`X as X`): re-exported for the GUI, so progress has one definition.
from shadowdesk.rules.progress import PairProgress as PairProgress
from shadowdesk.rules.progress import PairProgressStatus as PairProgressStatus
from shadowdesk.rules.progress import ProgramProgress as ProgramProgress
from shadowdesk.rules.progress import program_progress as program_progress
from shadowdesk.settings import SettingsStore
from shadowdesk.storage import Database

log = logging.getLogger(__name__)

# The columns the counts read, as lightweight Core tables (the model's Table objects come with its entities).
COUNTED: dict[str, TableClause] = {
    found.name: found for found in (
        table("person", column("active", Boolean)),
        table("program", column("id", Integer)),
        table("pairing", column("status", String)),
        table("shadow_session", column("id", Integer), column("host_id", Integer), column("status", String),
              column("starts_at", DateTime), column("ends_at", DateTime)),
        table("session_guest", column("session_id", Integer), column("person_id", Integer)),
        # A note's status without its text: on a team server the office may not read a private note.
        table("note_state", column("session_id", Integer), column("author_id", Integer), column("status", String)),
    )
}


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


def participants_of_completed_sessions() -> Subquery:
    """(session_id, person_id) for every host and guest of a completed session: who owes a reflection."""
    from sqlalchemy import union_all

    from shadowdesk.model import SessionStatus, ShadowSession, session_guest

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
    def __init__(self, database: Database, settings: SettingsStore | None = None) -> None:
        """settings: the reminder period, which says when a note is due (ReflectionService's one rule)."""
        self._db = database
        self._settings = settings or SettingsStore(None)
        self._counting: threading.Thread | None = None
        self._counted_early: tuple[int, int, int, int] | None = None

    def count_totals_in_background(self, now: datetime) -> None:
        """Start counting everything but the week's sessions in a thread, for the next counts() call. At
        start-up it runs while Qt loads: on 100,000 sessions the reflections due take as long as building
        the window, and the database does the work without holding Python's interpreter lock."""
        self._counting = threading.Thread(target=self._count_early, args=(now,), name="dashboard totals")
        self._counting.start()

    def finish_counting(self) -> None:
        """Wait for an early count still running: the database is about to be closed under it."""
        if self._counting is not None:
            self._counting.join()
            self._counting = None

    def _count_early(self, now: datetime) -> None:
        try:
            self._counted_early = self._totals(now)
        except Exception:  # counts() counts again, in the caller's thread, and raises the error there
            log.warning("Counting the dashboard's totals in the background failed", exc_info=True)

    def counts(self, now: datetime, time_zone: str) -> DashboardCounts:
        """now is aware; the week is the Monday-to-Sunday week of now in time_zone."""
        week_start, week_end = week_bounds(now, time_zone)
        self.finish_counting()
        totals, self._counted_early = self._counted_early or self._totals(now), None  # an early count serves once
        people, programs, pairs, reflections_due = totals
        sessions = COUNTED["shadow_session"].c
        utc_bounds = (bound.astimezone(UTC).replace(tzinfo=None) for bound in (week_start, week_end))
        start, end = utc_bounds  # stored as naive UTC (model.base.UTCDateTime)
        with self._db.engine.connect() as connection:
            this_week = connection.execute(
                select(func.count()).select_from(COUNTED["shadow_session"])
                .where(sessions.starts_at >= start, sessions.starts_at < end,
                       sessions.status != SessionStatus.CANCELLED.value)
            ).scalar_one()
        return DashboardCounts(people, programs, pairs, this_week, reflections_due,
                               week_start=week_start.astimezone(ZoneInfo(time_zone)).date())

    def _totals(self, now: datetime) -> tuple[int, int, int, int]:
        """(active people, programs, pairs not ended, reflections due), in one statement. Due is the rule of
        ReflectionService.count_due (tests/services/test_dashboard.py holds the two equal): a participant of
        a completed session that ended reminder-days ago who has not submitted a note on it."""
        person, program, pairing, shadow_session, session_guest, note_state = COUNTED.values()
        sessions, guests, notes = shadow_session.c, session_guest.c, note_state.c
        days = self._settings.get("reflection_reminder_days")
        cutoff = (now - timedelta(days=days)).astimezone(UTC).replace(tzinfo=None)  # stored as naive UTC
        ended = and_(sessions.status == SessionStatus.COMPLETED.value, sessions.starts_at <= cutoff,
                     sessions.ends_at <= cutoff)  # starts_at: what lets the index stop early
        # Due = participants of those sessions - their submitted notes. Counted as three sums rather than an
        # anti-join: this runs on every start-up and is 2x faster on 100k sessions.
        owed = (
            select(func.count()).select_from(shadow_session).where(ended).scalar_subquery()
            + select(func.count()).select_from(session_guest.join(shadow_session, sessions.id == guests.session_id))
            .where(ended).scalar_subquery()
        )
        is_guest = exists().where(guests.session_id == sessions.id, guests.person_id == notes.author_id)
        written = (
            select(func.count()).select_from(note_state.join(shadow_session, sessions.id == notes.session_id))
            .where(ended, notes.status == ReflectionStatus.SUBMITTED.value,
                   or_(notes.author_id == sessions.host_id, is_guest))
            .scalar_subquery()
        )
        with self._db.engine.connect() as connection:
            people, programs, pairs, due = connection.execute(
                select(
                    select(func.count()).select_from(person).where(person.c.active).scalar_subquery(),
                    select(func.count()).select_from(program).scalar_subquery(),
                    select(func.count()).select_from(pairing)
                    .where(pairing.c.status != PairingStatus.ENDED.value).scalar_subquery(),
                    owed - written,
                )
            ).one()
        return people, programs, pairs, due

    def stalled_pairs(self, pair_progress: Callable[[int], dict[int, PairProgress]]) -> list[StalledPair]:
        """The pairs of programs not closed that are stalled (no session for the stall period, none planned,
        while the program's dates run), those that never met first, then the longest idle. pair_progress is
        ReportService.pair_progress: the one definition of progress."""
        from sqlalchemy.orm import aliased

        from shadowdesk.model import Pairing, Person, Program, ProgramStatus

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
