"""The home of each role, the first thing a signed-in person sees: plain values read in one go, off the GUI
thread.

- A participant: their next sessions as a briefing, the notes they still owe, the ideas they proposed, and
  their skills: where they started, where they are (services/skills.py's own_skills, read as they may).
- A manager: the health of the running programs (balance, sessions and hours against target, reflection
  rate, stalled pairs), each program's skills coverage before and after, ideas by status and those
  awaiting a decision.
- A coordinator: what needs action: people without a pair in their program's current round, stalled pairs,
  past sessions without a status, notes overdue.

Every list is its first page and a total counted by the database, so a home costs the same on a company of
100,000 sessions as on the demo; progress against targets is rules/progress.py's, through
ReportService.pair_progress and DashboardService.stalled_pairs, as everywhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, case, exists, func, select, union
from sqlalchemy.orm import Session, aliased

from shadowdesk.model import (
    Customer,
    Enrollment,
    Idea,
    IdeaStatus,
    Pairing,
    PairingStatus,
    Person,
    Program,
    ProgramStatus,
    Project,
    ReflectionStatus,
    SessionKind,
    SessionStatus,
    ShadowSession,
    Side,
    Skill,
    session_guest,
)
from shadowdesk.model.notes import NoteState
from shadowdesk.rules.progress import PairProgress
from shadowdesk.services import schedule_queries
from shadowdesk.services.dashboard import StalledPair, participants_of_completed_sessions
from shadowdesk.services.errors import UserError
from shadowdesk.services.identity import Viewer
from shadowdesk.services.note_listing import NoteFilter, Page
from shadowdesk.services.programs import Balance, balance_of
from shadowdesk.services.reflections import GUEST, HOST, DueReflection
from shadowdesk.services.schedule_types import SessionRow
from shadowdesk.storage import row_security

if TYPE_CHECKING:  # the services a home reads through; the app builds them
    from shadowdesk.services.dashboard import DashboardService
    from shadowdesk.services.reflections import ReflectionService
    from shadowdesk.services.reports import ReportService
    from shadowdesk.services.skills import OwnSkills, SkillCoverage, SkillService
    from shadowdesk.storage import Database

LIST_LIMIT = 20  # rows of each list a home shows; its total says how many more there are
BRIEFINGS = 5  # next sessions briefed on a participant's home
PROGRAMS_SHOWN = 12  # running programs on a manager's home, the latest started first
AWAITING_DECISION = (IdeaStatus.PROPOSED, IdeaStatus.UNDER_REVIEW)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Listing(Generic[T]):
    """The first rows of a list and how many it holds in all."""

    rows: tuple[T, ...]
    total: int


@dataclass(frozen=True, slots=True)
class Briefing:
    """An upcoming session as its participant reads it beforehand."""

    session_id: int
    kind: SessionKind
    starts_at: datetime  # in the participant's own zone
    ends_at: datetime
    location: str
    agenda: str
    customer: str
    project: str
    program: str
    role: str  # HOST or GUEST: the participant's part in it
    host_name: str
    others: tuple[str, ...]  # whom they meet: everyone in it but themselves, the host first
    prompts: tuple[str, ...]  # what the note after it will ask (the template of its kind and role)


@dataclass(frozen=True, slots=True)
class IdeaLine:
    id: int
    title: str
    status: IdeaStatus
    proposer_name: str
    owner_name: str
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ParticipantHome:
    person_id: int
    time_zone: str  # the participant's own (UTC when this computer does not know it)
    next_sessions: tuple[Briefing, ...]
    notes_due: Listing[DueReflection]  # completed sessions whose note is not submitted yet
    ideas: Listing[IdeaLine]  # the ideas they proposed, latest change first
    skills: tuple[OwnSkills, ...] = ()  # the programs with skills for their side, the latest first


@dataclass(frozen=True, slots=True)
class ProgramHealth:
    program_id: int
    name: str
    balance: Balance
    side_a: str
    side_b: str
    pairs: int
    sessions_done: int
    sessions_target: int  # the target per pair, times the pairs
    hours_done: float
    hours_target: float
    notes_submitted: int
    notes_owed: int  # participants of sessions completed before the reminder days ran out
    stalled: tuple[StalledPair, ...]  # the first LIST_LIMIT
    stalled_total: int

    @property
    def reflection_rate(self) -> float | None:
        return self.notes_submitted / self.notes_owed if self.notes_owed else None


@dataclass(frozen=True, slots=True)
class ManagerHome:
    programs: tuple[ProgramHealth, ...]
    programs_total: int  # running programs, of which PROGRAMS_SHOWN are shown
    ideas_by_status: dict[IdeaStatus, int]
    # The first LIST_LIMIT of each status: those awaiting a decision the longest waiting first, the others
    # the latest decided first.
    ideas: dict[IdeaStatus, tuple[IdeaLine, ...]]
    # The skills coverage of each program shown that has skills, by its id, in the order of programs.
    skills: dict[int, tuple[SkillCoverage, ...]] = field(default_factory=dict)

    @property
    def awaiting_decision(self) -> int:
        return sum(self.ideas_by_status[status] for status in AWAITING_DECISION)


@dataclass(frozen=True, slots=True)
class UnpairedLine:
    program_id: int
    program_name: str
    round: int | None  # the program's current round; None: no round planned yet (or pairs without one)
    person_id: int
    name: str
    side: Side


@dataclass(frozen=True, slots=True)
class CoordinatorHome:
    unpaired: Listing[UnpairedLine]
    stalled: Listing[StalledPair]
    without_status: Listing[SessionRow]  # ended and still planned, the latest first
    overdue: Listing[DueReflection]  # notes not submitted reflection_reminder_days after the session


@dataclass(frozen=True, slots=True)
class Homes:
    """What one person's home shows: the part of each role they hold (None for the others)."""

    coordinator: CoordinatorHome | None = None
    manager: ManagerHome | None = None
    participant: ParticipantHome | None = None


class HomeService:
    def __init__(self, database: Database, reflections: ReflectionService, reports: ReportService,
                 dashboard: DashboardService, skills: SkillService) -> None:
        """reflections: the one rule of when a note is due (its reminder period comes from the settings)."""
        self._db = database
        self._skills = skills
        self._reflections = reflections
        self._reports = reports
        self._dashboard = dashboard

    def homes(self, viewer: Viewer | None, now: datetime) -> Homes:
        """The parts of the home for the viewer's roles (None: the program office of a file nobody has
        claimed, which has no participant's part). now is aware."""
        roles = viewer.roles if viewer is not None else frozenset(row_security.OFFICE_ROLES)
        progress = _Memo(self._reports.pair_progress)  # each program's progress is read once per home
        stalled = self._dashboard.stalled_pairs(progress) if roles & {"coordinator", "manager"} else []
        return Homes(
            coordinator=self.coordinator(now, stalled) if "coordinator" in roles else None,
            manager=self.manager(now, progress, stalled, viewer) if "manager" in roles else None,
            participant=self.participant(viewer, now) if viewer is not None and "participant" in roles else None,
        )

    # --- participant -------------------------------------------------------------------------------------

    def participant(self, viewer: Viewer, now: datetime) -> ParticipantHome:
        person_id = viewer.person_id
        with self._db.session() as s:
            zone = _zone(s.scalar(select(Person.time_zone).where(Person.id == person_id)) or "UTC")
            upcoming = self._upcoming(s, person_id, now, zone)
            ideas = _ideas(s, Idea.proposer_id == person_id, Idea.updated_at.desc())
        mine = NoteFilter(person_id=person_id)
        due = Listing(tuple(self._reflections.due(now, person_id, days=0, page=Page(limit=LIST_LIMIT))),
                      self._reflections.count_due(now, days=0, listing=mine))
        skills = tuple(self._skills.own_skills(person_id, viewer))
        return ParticipantHome(person_id, zone.key, upcoming, due, ideas, skills)

    def _upcoming(self, s: Session, person_id: int, now: datetime, zone: ZoneInfo) -> tuple[Briefing, ...]:
        host = aliased(Person)
        rows = s.execute(
            select(ShadowSession.id, ShadowSession.kind, ShadowSession.starts_at, ShadowSession.ends_at,
                   ShadowSession.location, ShadowSession.agenda, Customer.name, Project.name, Program.name,
                   ShadowSession.host_id, host.full_name)
            .join(host, host.id == ShadowSession.host_id)
            .outerjoin(Customer, Customer.id == ShadowSession.customer_id)
            .outerjoin(Project, Project.id == ShadowSession.project_id)
            .outerjoin(Program, Program.id == ShadowSession.program_id)
            .where(schedule_queries.involving(person_id), ShadowSession.status == SessionStatus.PLANNED,
                   ShadowSession.ends_at > now)  # one under way still needs its briefing
            .order_by(ShadowSession.starts_at, ShadowSession.id).limit(BRIEFINGS)
        ).all()
        guests: dict[int, list[str]] = {}
        for session_id, name in s.execute(
                select(session_guest.c.session_id, Person.full_name)
                .join(Person, Person.id == session_guest.c.person_id)
                .where(session_guest.c.session_id.in_([row[0] for row in rows]),
                       session_guest.c.person_id != person_id).order_by(Person.full_name)):
            guests.setdefault(session_id, []).append(name)
        prompts: dict[tuple[SessionKind, str], tuple[str, ...]] = {}
        briefings = []
        for (session_id, kind, starts_at, ends_at, location, agenda, customer, project, program, host_id,
             host_name) in rows:
            role = HOST if host_id == person_id else GUEST
            if (kind, role) not in prompts:
                prompts[kind, role] = self._prompts(kind, role)
            briefings.append(Briefing(session_id, kind, starts_at.astimezone(zone), ends_at.astimezone(zone),
                                      location, agenda, customer or "", project or "", program or "", role,
                                      host_name, (*([] if role == HOST else [host_name]),
                                                  *guests.get(session_id, ())), prompts[kind, role]))
        return tuple(briefings)

    def _prompts(self, kind: SessionKind, role: str) -> tuple[str, ...]:
        try:
            return self._reflections.template_for(kind, role).prompts
        except UserError:  # no template for this kind: the note will be free text
            return ()

    # --- manager ---------------------------------------------------------------------------------------

    def manager(self, now: datetime, progress: Callable[[int], dict[int, PairProgress]] | None = None,
                stalled: Sequence[StalledPair] | None = None, viewer: Viewer | None = None) -> ManagerHome:
        """viewer: whose ratings the skills coverage counts (None: the program office's, all of them)."""
        progress = progress or _Memo(self._reports.pair_progress)
        if stalled is None:
            stalled = self._dashboard.stalled_pairs(progress)
        running = Program.status == ProgramStatus.ACTIVE
        with self._db.session() as s:
            programs = s.execute(
                select(Program.id, Program.name, Program.side_a, Program.side_b)
                .where(running).order_by(Program.start_date.desc(), Program.id).limit(PROGRAMS_SHOWN)
            ).all()
            total = s.execute(select(func.count()).select_from(Program).where(running)).scalar_one()
            ids = [row.id for row in programs]
            enrolled = _enrolled(s, ids)
            notes = _notes_by_program(s, ids, now - timedelta(days=self._reflections.reminder_days()))
            with_skills = set(s.scalars(select(Skill.program_id).where(Skill.program_id.in_(ids)).distinct()))
            counts = dict(s.execute(select(Idea.status, func.count()).group_by(Idea.status)).all())
            ideas = {status: _ideas(s, Idea.status == status, Idea.updated_at if status in AWAITING_DECISION
                                    else Idea.updated_at.desc()).rows for status in IdeaStatus}
        health = []
        for program_id, name, side_a, side_b in programs:
            pairs = list(progress(program_id).values())
            own_stalled = [pair for pair in stalled if pair.program_id == program_id]
            (count_a, room_a), (count_b, room_b) = (enrolled.get((program_id, side), (0, 0)) for side in Side)
            submitted, owed = notes.get(program_id, (0, 0))
            health.append(ProgramHealth(
                program_id, name, balance_of(count_a, count_b, room_a, room_b), side_a, side_b, len(pairs),
                sum(p.sessions_done for p in pairs), sum(p.sessions_target for p in pairs),
                sum(p.hours_done for p in pairs), sum(p.hours_target for p in pairs), submitted, owed,
                tuple(own_stalled[:LIST_LIMIT]), len(own_stalled)))
        skills = {program_id: tuple(self._skills.coverage(program_id, viewer)) for program_id in ids
                  if program_id in with_skills}
        return ManagerHome(tuple(health), total, {status: counts.get(status, 0) for status in IdeaStatus}, ideas,
                           skills)

    # --- coordinator -----------------------------------------------------------------------------------

    def coordinator(self, now: datetime, stalled: Sequence[StalledPair] | None = None) -> CoordinatorHome:
        if stalled is None:
            stalled = self._dashboard.stalled_pairs(_Memo(self._reports.pair_progress))
        still_planned = and_(ShadowSession.status == SessionStatus.PLANNED, ShadowSession.ends_at < now)
        with self._db.session() as s:
            unpaired = _unpaired(s, now.date())
            without_status = Listing(
                tuple(schedule_queries.past_still_planned(s, now, LIST_LIMIT)),
                s.execute(select(func.count()).select_from(ShadowSession).where(still_planned)).scalar_one())
        overdue = Listing(tuple(self._reflections.due(now, page=Page(limit=LIST_LIMIT))),
                          self._reflections.count_due(now))  # due as everywhere: after the reminder period
        return CoordinatorHome(unpaired, Listing(tuple(stalled[:LIST_LIMIT]), len(stalled)), without_status,
                               overdue)


class _Memo:
    """pair_progress, read once per program however many parts of a home ask for it."""

    def __init__(self, read: Callable[[int], dict[int, PairProgress]]) -> None:
        self._read = read
        self._found: dict[int, dict[int, PairProgress]] = {}

    def __call__(self, program_id: int) -> dict[int, PairProgress]:
        if program_id not in self._found:
            self._found[program_id] = self._read(program_id)
        return self._found[program_id]


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):  # a zone this computer does not know: UTC, shown as such
        return ZoneInfo("UTC")


def _ideas(s: Session, which: ColumnElement[bool], order: SQLColumnExpression[Any]) -> Listing[IdeaLine]:
    proposer, owner = aliased(Person), aliased(Person)
    rows = s.execute(
        select(Idea.id, Idea.title, Idea.status, proposer.full_name, owner.full_name, Idea.updated_at)
        .join(proposer, proposer.id == Idea.proposer_id).outerjoin(owner, owner.id == Idea.owner_id)
        .where(which).order_by(order, Idea.id).limit(LIST_LIMIT)
    ).all()
    total = s.execute(select(func.count()).select_from(Idea).where(which)).scalar_one()
    return Listing(tuple(IdeaLine(i, title, status, by, owner or "", at) for i, title, status, by, owner, at in rows),
                   total)


def _enrolled(s: Session, program_ids: list[int]) -> dict[tuple[int, Side], tuple[int, int]]:
    """(program, side) -> (people enrolled, partners they have room for per round), as ProgramService.balance."""
    return {(program_id, side): (count, int(room)) for program_id, side, count, room in s.execute(
        select(Enrollment.program_id, Enrollment.side, func.count(), func.coalesce(func.sum(Enrollment.capacity), 0))
        .where(Enrollment.program_id.in_(program_ids)).group_by(Enrollment.program_id, Enrollment.side))}


def _notes_by_program(s: Session, program_ids: list[int], cutoff: datetime) -> dict[int, tuple[int, int]]:
    """program -> (notes submitted, notes owed) for sessions completed and ended by cutoff: the notes that
    were due by now (ReflectionService.count_due counts the difference)."""
    participant = participants_of_completed_sessions()
    # note_state, not reflection: a manager may not read a private note, but it counts as written.
    submitted = exists().where(NoteState.session_id == participant.c.session_id,
                               NoteState.author_id == participant.c.person_id,
                               NoteState.status == ReflectionStatus.SUBMITTED)
    rows = s.execute(
        select(ShadowSession.program_id, func.sum(case((submitted, 1), else_=0)), func.count())
        .select_from(participant).join(ShadowSession, ShadowSession.id == participant.c.session_id)
        .where(ShadowSession.program_id.in_(program_ids), ShadowSession.ends_at <= cutoff)
        .group_by(ShadowSession.program_id))
    return {program_id: (int(done), owed) for program_id, done, owed in rows}


def current_round(rounds: Sequence[tuple[int | None, date | None, date | None]], today: date) -> int | None:
    """The round a program is in: the one whose days hold today, else the last one begun, else the first
    to come; without dated rounds, the latest planned. rounds are (number, first day, last day)."""
    dated = [(number, first, last) for number, first, last in rounds if first is not None and last is not None]
    if not dated:
        numbers = [number for number, _, _ in rounds if number is not None]
        return max(numbers, default=None)
    holding = [r for r in dated if r[1] <= today <= r[2]]
    begun = [r for r in dated if r[1] <= today]
    if holding:
        return max(holding, key=lambda r: (r[1], r[0] or 0))[0]
    if begun:
        return max(begun, key=lambda r: (r[1], r[0] or 0))[0]
    return min(dated, key=lambda r: (r[1], r[0] or 0))[0]


def _unpaired(s: Session, today: date) -> Listing[UnpairedLine]:
    """Active people enrolled in a running program who have no pair (proposed or confirmed) in its current
    round, by program and name."""
    programs = s.execute(select(Program.id, Program.name).where(Program.status == ProgramStatus.ACTIVE)
                         .order_by(Program.start_date.desc(), Program.id)).all()
    rounds: dict[int, list[tuple[int | None, date | None, date | None]]] = {}
    for program_id, number, first, last in s.execute(
            select(Pairing.program_id, Pairing.round, func.min(Pairing.round_start), func.max(Pairing.round_end))
            .join(Program, Program.id == Pairing.program_id)
            .where(Program.status == ProgramStatus.ACTIVE, Pairing.status != PairingStatus.ENDED)
            .group_by(Pairing.program_id, Pairing.round)):
        rounds.setdefault(program_id, []).append((number, first, last))
    rows: list[UnpairedLine] = []
    total = 0
    for program_id, program_name in programs:
        number = current_round(rounds.get(program_id, []), today)
        in_round = and_(Pairing.program_id == program_id, Pairing.status != PairingStatus.ENDED,
                        Pairing.round.is_(None) if number is None else Pairing.round == number)
        # The round's people as one list the database builds once, not a look-up per person enrolled.
        paired = union(select(Pairing.person_a_id).where(in_round), select(Pairing.person_b_id).where(in_round))
        alone = and_(Enrollment.program_id == program_id, Person.active, Enrollment.person_id.not_in(paired))
        total += s.execute(select(func.count()).select_from(Enrollment)
                           .join(Person, Person.id == Enrollment.person_id).where(alone)).scalar_one()
        if len(rows) < LIST_LIMIT:
            rows += [UnpairedLine(program_id, program_name, number, *row) for row in s.execute(
                select(Person.id, Person.full_name, Enrollment.side).join(Person, Person.id == Enrollment.person_id)
                .where(alone).order_by(Person.full_name, Person.id).limit(LIST_LIMIT - len(rows)))]
    return Listing(tuple(rows), total)
