"""Demo data: the realistic Lingua Bridge company, or a large random company for benchmarks.

Both are planned here, with a seeded random generator, and written by services/demo_writers.py: the
realistic company through the services (the same calls the GUI and the CLI make), the large one in bulk
INSERTs so 100,000 sessions load in seconds. A test writes a small large company both ways and compares.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from shadowdesk.model import IdeaStatus, PerceptionPhase, Person, SessionKind, SessionStatus, Side, Visibility
from shadowdesk.services import demo_data
from shadowdesk.services.demo_writers import (
    PM,
    SALES,
    BulkWriter,
    IdeaPlan,
    NotePlan,
    PersonPlan,
    ServiceWriter,
    SessionPlan,
)
from shadowdesk.services.errors import UserError
from shadowdesk.services.pair_sessions import host_and_guest
from shadowdesk.services.reflections import GUEST, HOST, ReflectionService
from shadowdesk.services.search_backlog import SearchBacklog
from shadowdesk.settings import SettingsStore
from shadowdesk.storage import Database
from shadowdesk.translation import _


@dataclass(frozen=True)
class DemoSummary:
    people: int
    programs: int
    pairs: int
    sessions: int
    reflections: int
    ideas: int


def _uid(rng: random.Random) -> str:
    return f"{uuid.UUID(int=rng.getrandbits(128), version=4)}@shadowdesk"


class _Company:
    """Plans programs, pairs, sessions and notes for people already written; shared by both demos."""

    def __init__(self, writer: BulkWriter | ServiceWriter, rng: random.Random, now: datetime) -> None:
        self.writer = writer
        self.rng = rng
        self.now = now
        self.counts = {"pairs": 0, "sessions": 0, "reflections": 0}
        self.completed: list[tuple[int, SessionKind, int, int]] = []  # (session id, kind, host, guest)

    def program(self, name: str, start: date, end: date, description: str, sales: list[int], pms: list[int],
                pairs: list[tuple[int, int]]) -> tuple[int, list[int]]:
        program_id = self.writer.program(name, start, end, description)
        self.writer.enroll(program_id, Side.A, sales, 1)
        self.writer.enroll(program_id, Side.B, pms, 2)
        self.writer.activate(program_id)
        pairing_ids = self.writer.pairs(program_id, pairs)
        self.counts["pairs"] += len(pairing_ids)
        return program_id, pairing_ids

    def sessions(self, program_id: int, pairing_ids: list[int], pairs: list[tuple[int, int]],
                 start: date, end: date, count: int, zones: dict[int, str],
                 projects: list[tuple[int, int]], customers: list[int]) -> None:
        """count sessions spread over the program's dates; past ones mostly completed."""
        rng, plans, uids = self.rng, [], []
        span = max((end - start).days, 1)
        for n in range(count):
            index = n % len(pairs)
            kind = SessionKind.PROJECT_SHADOW if n % 2 == 0 else SessionKind.CUSTOMER_VISIT
            host, guest = host_and_guest(kind, *pairs[index])
            zone = zones[host]
            day = start + timedelta(days=rng.randrange(span))
            if day.weekday() >= 5:  # to the Friday before, or the Monday after at the program's start
                friday = day - timedelta(days=day.weekday() - 4)
                day = friday if friday >= start else day + timedelta(days=7 - day.weekday())
            local_start = datetime.combine(day, time(rng.choice((9, 10, 11, 13, 14))), tzinfo=ZoneInfo(zone))
            starts = local_start.astimezone(UTC)
            ends = starts + timedelta(hours=rng.choice((1, 2, 2, 3, 4)))
            status = SessionStatus.PLANNED
            if ends < self.now:
                status = rng.choices(
                    (SessionStatus.COMPLETED, SessionStatus.CANCELLED, SessionStatus.NO_SHOW, SessionStatus.PLANNED),
                    (85, 8, 3, 4))[0]
            project_id, customer_id = (rng.choice(projects) if kind is SessionKind.PROJECT_SHADOW
                                       else (None, rng.choice(customers)))
            uids.append(_uid(rng))
            plans.append(SessionPlan(
                kind, program_id, pairing_ids[index], host, guest, starts, ends, zone,
                "Customer office" if kind is SessionKind.CUSTOMER_VISIT else "Delivery floor", customer_id,
                project_id, rng.choice(demo_data.AGENDAS[kind.value]), status,
                "Customer rescheduled" if status is SessionStatus.CANCELLED else ""))
        ids = self.writer.sessions(plans, uids)
        self.counts["sessions"] += len(ids)
        self.completed += [(session_id, plan.kind, plan.host_id, plan.guest_id)
                           for session_id, plan in zip(ids, plans, strict=True)
                           if plan.status is SessionStatus.COMPLETED]

    def notes(self, sales_ids: set[int], written_share: float = 0.8) -> None:
        """Most participants of completed sessions wrote a note; a few are drafts, some still due."""
        rng, plans = self.rng, []
        for session_id, kind, host, guest in self.completed:
            for author, role in ((host, HOST), (guest, GUEST)):
                if rng.random() > written_share:
                    continue
                texts = demo_data.SALES_NOTES if author in sales_ids else demo_data.PM_NOTES
                submitted = rng.random() >= 0.1
                plans.append(NotePlan(
                    session_id, author, role, kind, rng.choice(texts), rng.choice(texts), rng.choice((3, 4, 4, 5, 5)),
                    rng.choices((Visibility.PROGRAM, Visibility.PAIR, Visibility.PRIVATE), (6, 3, 1))[0], submitted))
        self.writer.notes(plans, self.now)
        self.counts["reflections"] += len(plans)

    def perception(self, program_id: int, people: list[int], phases: Sequence[PerceptionPhase]) -> None:
        for person in people:
            base = self.rng.randint(1, 3)
            for phase in phases:
                lift = 1 if phase is PerceptionPhase.END else 0
                self.writer.perception(program_id, person, phase,
                                       [min(5, base + lift + self.rng.randint(0, 1)) for _ in range(4)])


def _refuse_unless_empty(database: Database, add: bool, demo_emails: Sequence[str] = ()) -> None:
    with database.session() as session:
        if not add and session.scalar(select(func.count()).select_from(Person)):
            raise UserError(_("This database already holds people. Use --add to add demo data to it anyway."))
        if demo_emails and session.scalar(select(func.count()).select_from(Person)
                                          .where(func.lower(Person.email).in_(demo_emails))):
            raise UserError(_("The demo company is already in this database."))


def load_demo(database: Database, now: datetime | None = None, add: bool = False,
              settings: SettingsStore | None = None) -> DemoSummary:
    """The realistic demo company: about 40 people, two programs (one closed, one running), written through
    the services. settings: the data folder's (the scheduling warnings' limits; the company's name goes in
    for its reports when none is set); the defaults when None."""
    now = now or datetime.now(UTC)
    rng = random.Random(2026)
    today = now.date()
    emails = [f"{local}@{demo_data.DOMAIN}" for _, local, *_ in demo_data.PEOPLE]
    _refuse_unless_empty(database, add, emails)
    writer = ServiceWriter(database, settings or SettingsStore(None), now)
    heads = {dept: f"{local}@{demo_data.DOMAIN}" for dept, local in demo_data.MANAGERS.items()}
    plans = [PersonPlan(name, email, dept, title, office, demo_data.OFFICES[office],
                        heads[dept] if heads.get(dept, email) != email else "")
             for (name, _, dept, title, office), email in zip(demo_data.PEOPLE, emails, strict=True)]
    ids = writer.people(plans)
    by_local = {local: pid for (_, local, *_), pid in zip(demo_data.PEOPLE, ids, strict=True)}
    zones = {pid: plan.time_zone for plan, pid in zip(plans, ids, strict=True)}
    sales = [pid for plan, pid in zip(plans, ids, strict=True) if plan.department == SALES]
    pms = [pid for plan, pid in zip(plans, ids, strict=True) if plan.department == PM]

    customers, projects = [], []
    for name, industry, country, project_names in demo_data.CUSTOMERS:
        customer_id = writer.customer(name, industry, country)
        customers.append(customer_id)
        owners = [rng.choice(pms) for _ in project_names]
        projects += [(pid, customer_id) for pid in writer.projects(customer_id, project_names, owners)]

    company = _Company(writer, rng, now)
    closed_start, closed_end = today - timedelta(days=270), today - timedelta(days=120)
    closed_pairs = list(zip(sales[:8], pms[:8], strict=True))
    closed, closed_pairing_ids = company.program(
        "Spring Cross-Training", closed_start, closed_end,
        "First round: eight salespeople and eight project managers swap seats.", sales[:8], pms[:8], closed_pairs)
    company.sessions(closed, closed_pairing_ids, closed_pairs, closed_start, closed_end, 32, zones, projects,
                     customers)
    company.perception(closed, sales[:8] + pms[:8], (PerceptionPhase.START, PerceptionPhase.END))

    running_start, running_end = today - timedelta(days=60), today + timedelta(days=90)
    rotated = pms[4:] + pms[:4]  # new partners: nobody repeats a pair from the spring program
    running_pairs = list(zip(sales, rotated, strict=True))
    running, running_pairing_ids = company.program(
        "Autumn Cross-Training", running_start, running_end,
        "Every salesperson shadows a project, every PM joins a customer visit.", sales, pms, running_pairs)
    company.sessions(running, running_pairing_ids, running_pairs, running_start, running_end, 48, zones,
                     projects, customers)
    company.perception(running, sales + pms, (PerceptionPhase.START,))
    company.notes(set(sales))

    everyone = sales + pms
    for n, (title, description, status, decision) in enumerate(demo_data.IDEAS):
        status = IdeaStatus(status)
        linked = (company.completed[n][0],) if n < len(company.completed) else ()
        writer.idea(IdeaPlan(title, description, status, decision, closed if n < 3 else running,
                             everyone[n * 3 % len(everyone)],
                             by_local["malgorzata.wisniewska"] if status is not IdeaStatus.PROPOSED else None,
                             linked))
    writer.close(closed)
    if settings is not None and not settings.get("company_name"):
        settings.set("company_name", demo_data.COMPANY)
    return DemoSummary(len(ids), 2, company.counts["pairs"], company.counts["sessions"],
                       company.counts["reflections"], len(demo_data.IDEAS))


FIRST = ["Anna", "Jan", "Zoë", "Łukasz", "Ольга", "Γιώργος", "美咲", "ليلى", "José", "Søren", "Emily", "Omar",
         "Katarzyna", "Hiro", "Ayşe", "Björn", "Chloé", "Иван", "Νίκος", "健一"]
LAST = ["Nowak", "Müller", "Dubois", "Łukasiewicz", "Смирнова", "Παπαδόπουλος", "佐藤", "حداد", "Núñez",
        "Jørgensen", "Carter", "Al-Khatib", "Wiśniewska", "Tanaka", "Yılmaz", "Håkansson", "Петров", "Νικολάου"]


def load_large_demo(database: Database, people: int, sessions: int, seed: int = 1,
                    now: datetime | None = None, add: bool = False, through_services: bool = False) -> DemoSummary:
    """A random company for benchmarks: people split 40/40/20 between Sales, PM and others; one program.
    Written in bulk in one transaction, or through_services (slow: for the test that compares the two)."""
    if people < 4 or sessions < 0:
        raise UserError(_("A large demo needs at least 4 people and a non-negative number of sessions."))
    now = now or datetime.now(UTC)
    _refuse_unless_empty(database, add)
    if through_services:
        return _large_company(ServiceWriter(database, SettingsStore(None), now), people, sessions, seed, now)
    notes = ReflectionService(database)  # the prompts a note gets, as open_draft picks them
    templates = {(kind, role): notes.template_for(kind, role).prompts for kind in SessionKind for role in (HOST, GUEST)}
    with database.transaction() as session:
        summary = _large_company(BulkWriter(session, templates), people, sessions, seed, now)
    # The services index each note in the transaction that writes it; the bulk writer leaves them queued,
    # so index them now, as a company that wrote them one by one would have them.
    SearchBacklog(database).index(lambda _done, _total: None, lambda: False)
    return summary


def _large_company(writer: BulkWriter | ServiceWriter, people: int, sessions: int, seed: int,
                   now: datetime) -> DemoSummary:
    rng = random.Random(seed)
    offices = list(demo_data.OFFICES.items())
    plans = []
    for n in range(people):
        office, zone = offices[n % len(offices)]
        dept = SALES if n % 5 in (0, 1) else PM if n % 5 in (2, 3) else "Operations"
        plans.append(PersonPlan(f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"person{n}.s{seed}@bench.example", dept,
                                "Account Executive" if dept == SALES else "Project Manager", office, zone))
    ids = writer.people(plans)
    zones = {pid: plan.time_zone for pid, plan in zip(ids, plans, strict=True)}
    sales = [pid for pid, plan in zip(ids, plans, strict=True) if plan.department == SALES]
    pms = [pid for pid, plan in zip(ids, plans, strict=True) if plan.department == PM]
    customer = writer.customer(f"Benchmark customer {seed}", "", "")
    projects = [(p, customer) for p in writer.projects(customer, [f"Project {n}" for n in range(20)], [None] * 20)]
    company = _Company(writer, rng, now)
    start, end = now.date() - timedelta(days=365), now.date() + timedelta(days=365)
    pairs = list(zip(sales, pms, strict=False))
    program, pairing_ids = company.program(f"Benchmark program {seed}", start, end, "Generated for benchmarks.",
                                           sales, pms, pairs)
    if sessions:
        company.sessions(program, pairing_ids, pairs, start, end, sessions, zones, projects, [customer])
        company.notes(set(sales), written_share=0.5)
    return DemoSummary(len(ids), 1, company.counts["pairs"], company.counts["sessions"],
                       company.counts["reflections"], 0)
