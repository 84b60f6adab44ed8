"""Demo data: the realistic Lingua Bridge company, or a large random company for benchmarks.

Rows go in with bulk INSERT ... RETURNING, so 100,000 sessions load in seconds on both backends.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from shadowdesk.model import (
    Customer,
    Enrollment,
    Idea,
    Pairing,
    PairingStatus,
    PerceptionPhase,
    PerceptionRating,
    Person,
    Program,
    ProgramStatus,
    Project,
    Reflection,
    ReflectionStatus,
    SessionKind,
    SessionStatus,
    ShadowSession,
    Side,
    Visibility,
    idea_session,
    session_guest,
)
from shadowdesk.services import demo_data
from shadowdesk.services.errors import UserError
from shadowdesk.storage import Database

SALES, PM = "Sales", "Project Management"


@dataclass(frozen=True)
class DemoSummary:
    people: int
    programs: int
    pairs: int
    sessions: int
    reflections: int
    ideas: int


def _insert(session: Session, entity, rows: Sequence[dict]) -> list[int]:
    """Insert few rows and return their ids in order (RETURNING goes row by row on SQLite)."""
    if not rows:
        return []
    statement = insert(entity).returning(entity.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))


def _insert_many(session: Session, entity, rows: Sequence[dict], key: str) -> list[int]:
    """Insert many rows in one executemany, then read their ids back by a unique key column, in order."""
    if not rows:
        return []
    session.execute(insert(entity), rows)
    column = getattr(entity, key)
    keys = [row[key] for row in rows]
    ids: dict[str, int] = {}
    for start in range(0, len(keys), 900):  # stays under SQLite's bound-parameter limit
        chunk = keys[start:start + 900]
        ids.update((k, i) for k, i in session.execute(select(column, entity.id).where(column.in_(chunk))))
    return [ids[k] for k in keys]


def _uid(rng: random.Random) -> str:
    return f"{uuid.UUID(int=rng.getrandbits(128), version=4)}@shadowdesk"


class _Builder:
    """Writes programs, pairs, sessions and notes for people already inserted; shared by both demos."""

    def __init__(self, session: Session, rng: random.Random, now: datetime) -> None:
        self.session = session
        self.rng = rng
        self.now = now
        self.counts = {"pairs": 0, "sessions": 0, "reflections": 0}
        self.completed: list[tuple[int, int, int, int]] = []  # (session id, program id, host, guest)

    def program(self, name: str, start: date, end: date, status: ProgramStatus, description: str) -> int:
        return _insert(self.session, Program, [{
            "name": name, "description": description, "start_date": start, "end_date": end,
            "side_a": SALES, "side_b": PM, "status": status, "target_sessions_per_pair": 4,
            "target_hours_per_participant": 16.0,
        }])[0]

    def enroll(self, program_id: int, sales: list[int], pms: list[int]) -> None:
        rows = [{"program_id": program_id, "person_id": p, "side": Side.A} for p in sales]
        rows += [{"program_id": program_id, "person_id": p, "side": Side.B, "capacity": 2} for p in pms]
        self.session.execute(insert(Enrollment), rows)

    def pairs(self, program_id: int, pairs: list[tuple[int, int]], status: PairingStatus) -> list[int]:
        rows = [{"program_id": program_id, "person_a_id": a, "person_b_id": b, "status": status, "round": 1,
                 "reason": "Paired by hand when the demo company was set up."} for a, b in pairs]
        self.counts["pairs"] += len(rows)
        self.session.execute(insert(Pairing), rows)
        found = self.session.execute(select(Pairing.person_a_id, Pairing.person_b_id, Pairing.id)
                                     .where(Pairing.program_id == program_id))
        ids = {(a, b): pid for a, b, pid in found}
        return [ids[pair] for pair in pairs]

    def sessions(self, program_id: int, pairing_ids: list[int], pairs: list[tuple[int, int]],
                 start: date, end: date, count: int, zones: dict[int, str],
                 projects: list[tuple[int, int]], customers: list[int]) -> None:
        """count sessions spread over the program's dates; past ones mostly completed."""
        rng, rows, guests = self.rng, [], []
        span = max((end - start).days, 1)
        for n in range(count):
            index = n % len(pairs)
            sales, pm = pairs[index]
            kind = SessionKind.PROJECT_SHADOW if n % 2 == 0 else SessionKind.CUSTOMER_VISIT
            host, guest = (pm, sales) if kind is SessionKind.PROJECT_SHADOW else (sales, pm)
            zone = zones[host]
            day = start + timedelta(days=rng.randrange(span))
            if day.weekday() >= 5:  # to the Friday before, or the Monday after at the program's start
                friday = day - timedelta(days=day.weekday() - 4)
                day = friday if friday >= start else day + timedelta(days=7 - day.weekday())
            local_start = datetime.combine(day, time(rng.choice((9, 10, 11, 13, 14))), tzinfo=ZoneInfo(zone))
            starts = local_start.astimezone(UTC)
            ends = starts + timedelta(hours=rng.choice((1, 2, 2, 3, 4)))
            if ends < self.now:
                status = rng.choices(
                    (SessionStatus.COMPLETED, SessionStatus.CANCELLED, SessionStatus.NO_SHOW, SessionStatus.PLANNED),
                    (85, 8, 3, 4))[0]
            else:
                status = SessionStatus.PLANNED
            project_id, customer_id = (rng.choice(projects) if kind is SessionKind.PROJECT_SHADOW
                                       else (None, rng.choice(customers)))
            rows.append({
                "uid": _uid(rng), "kind": kind, "program_id": program_id, "pairing_id": pairing_ids[index],
                "host_id": host, "starts_at": starts, "ends_at": ends, "time_zone": zone,
                "location": "Customer office" if kind is SessionKind.CUSTOMER_VISIT else "Delivery floor",
                "customer_id": customer_id, "project_id": project_id,
                "agenda": rng.choice(demo_data.AGENDAS[kind.value]), "status": status,
                "status_reason": "Customer rescheduled" if status is SessionStatus.CANCELLED else "",
            })
            guests.append(guest)
        ids = _insert_many(self.session, ShadowSession, rows, key="uid")
        self.session.execute(insert(session_guest), [
            {"session_id": i, "person_id": g} for i, g in zip(ids, guests, strict=True)])
        self.counts["sessions"] += len(ids)
        for session_id, row, guest in zip(ids, rows, guests, strict=True):
            if row["status"] is SessionStatus.COMPLETED:
                self.completed.append((session_id, program_id, row["host_id"], guest))

    def reflections(self, sales_ids: set[int], written_share: float = 0.8) -> None:
        """Most participants of completed sessions wrote a note; a few are drafts, some still due."""
        rng, rows = self.rng, []
        for session_id, _program, host, guest in self.completed:
            for author in (host, guest):
                if rng.random() > written_share:
                    continue
                texts = demo_data.SALES_NOTES if author in sales_ids else demo_data.PM_NOTES
                status = ReflectionStatus.DRAFT if rng.random() < 0.1 else ReflectionStatus.SUBMITTED
                rows.append({
                    "session_id": session_id, "author_id": author, "free_text": rng.choice(texts),
                    "answers": [{"prompt": "What surprised you?", "answer": rng.choice(texts)}],
                    "rating": rng.choice((3, 4, 4, 5, 5)),
                    "visibility": rng.choices(
                        (Visibility.PROGRAM, Visibility.PAIR, Visibility.PRIVATE), (6, 3, 1))[0],
                    "status": status,
                    "submitted_at": self.now if status is ReflectionStatus.SUBMITTED else None,
                })
        if rows:
            self.session.execute(insert(Reflection), rows)
        self.counts["reflections"] += len(rows)

    def perception(self, program_id: int, people: list[int], phases: Sequence[PerceptionPhase]) -> None:
        rows = []
        for person in people:
            base = self.rng.randint(1, 3)
            for phase in phases:
                lift = 1 if phase is PerceptionPhase.END else 0
                rows.append({"program_id": program_id, "person_id": person, "phase": phase,
                             "scores": [min(5, base + lift + self.rng.randint(0, 1)) for _ in range(4)]})
        self.session.execute(insert(PerceptionRating), rows)


def _refuse_unless_empty(session: Session, add: bool) -> None:
    if not add and session.scalar(select(func.count()).select_from(Person)):
        raise UserError("This database already holds people. Use --add to add demo data to it anyway.")


def load_demo(database: Database, now: datetime | None = None, add: bool = False) -> DemoSummary:
    """The realistic demo company: about 40 people, two programs (one closed, one running)."""
    now = now or datetime.now(UTC)
    rng = random.Random(2026)
    today = now.date()
    with database.transaction() as session:
        _refuse_unless_empty(session, add)
        emails = [f"{local}@{demo_data.DOMAIN}" for _, local, *_ in demo_data.PEOPLE]
        if session.scalar(select(func.count()).select_from(Person).where(func.lower(Person.email).in_(emails))):
            raise UserError("The demo company is already in this database.")
        ids = _insert(session, Person, [
            {"full_name": name, "email": email, "department": dept, "job_title": title, "location": office,
             "time_zone": demo_data.OFFICES[office]}
            for (name, _, dept, title, office), email in zip(demo_data.PEOPLE, emails, strict=True)])
        by_local = {local: pid for (_, local, *_), pid in zip(demo_data.PEOPLE, ids, strict=True)}
        for (_, local, dept, *_), pid in zip(demo_data.PEOPLE, ids, strict=True):
            head = demo_data.MANAGERS.get(dept)
            if head and head != local:
                session.get(Person, pid).manager_id = by_local[head]
        zones = {pid: demo_data.OFFICES[office] for (*_, office), pid in zip(demo_data.PEOPLE, ids, strict=True)}
        sales = [pid for (_, _, dept, *_), pid in zip(demo_data.PEOPLE, ids, strict=True) if dept == SALES]
        pms = [pid for (_, _, dept, *_), pid in zip(demo_data.PEOPLE, ids, strict=True) if dept == PM]

        customers, projects = [], []
        for name, industry, country, project_names in demo_data.CUSTOMERS:
            customer_id = _insert(session, Customer, [{"name": name, "industry": industry, "country": country}])[0]
            customers.append(customer_id)
            project_ids = _insert(session, Project, [
                {"customer_id": customer_id, "name": p, "pm_id": rng.choice(pms)} for p in project_names])
            projects += [(pid, customer_id) for pid in project_ids]

        build = _Builder(session, rng, now)
        closed_start, closed_end = today - timedelta(days=270), today - timedelta(days=120)
        closed = build.program("Spring Cross-Training", closed_start, closed_end, ProgramStatus.CLOSED,
                               "First round: eight salespeople and eight project managers swap seats.")
        closed_pairs = list(zip(sales[:8], pms[:8], strict=True))
        build.enroll(closed, sales[:8], pms[:8])
        closed_pairing_ids = build.pairs(closed, closed_pairs, PairingStatus.ENDED)
        build.sessions(closed, closed_pairing_ids, closed_pairs, closed_start, closed_end, 32, zones,
                       projects, customers)
        build.perception(closed, sales[:8] + pms[:8], (PerceptionPhase.START, PerceptionPhase.END))

        running_start, running_end = today - timedelta(days=60), today + timedelta(days=90)
        running = build.program("Autumn Cross-Training", running_start, running_end, ProgramStatus.ACTIVE,
                                "Every salesperson shadows a project, every PM joins a customer visit.")
        rotated = pms[4:] + pms[:4]  # new partners: nobody repeats a pair from the spring program
        running_pairs = list(zip(sales, rotated, strict=True))
        build.enroll(running, sales, pms)
        running_pairing_ids = build.pairs(running, running_pairs, PairingStatus.CONFIRMED)
        build.sessions(running, running_pairing_ids, running_pairs, running_start, running_end, 48, zones,
                       projects, customers)
        build.perception(running, sales + pms, (PerceptionPhase.START,))
        build.reflections(set(sales))

        idea_rows = []
        for n, (title, description, status, decision) in enumerate(demo_data.IDEAS):
            program = closed if n < 3 else running
            idea_rows.append({"title": title, "description": description, "status": status,
                              "decision_note": decision, "program_id": program,
                              "proposer_id": (sales + pms)[n * 3 % len(sales + pms)],
                              "owner_id": by_local["malgorzata.wisniewska"] if status != "proposed" else None})
        idea_ids = _insert(session, Idea, idea_rows)
        linked = [{"idea_id": i, "session_id": build.completed[n][0]}
                  for n, i in enumerate(idea_ids) if n < len(build.completed)]
        session.execute(insert(idea_session), linked)
        return DemoSummary(len(ids), 2, build.counts["pairs"], build.counts["sessions"],
                           build.counts["reflections"], len(idea_ids))


FIRST = ["Anna", "Jan", "Zoë", "Łukasz", "Ольга", "Γιώργος", "美咲", "ليلى", "José", "Søren", "Emily", "Omar",
         "Katarzyna", "Hiro", "Ayşe", "Björn", "Chloé", "Иван", "Νίκος", "健一"]
LAST = ["Nowak", "Müller", "Dubois", "Łukasiewicz", "Смирнова", "Παπαδόπουλος", "佐藤", "حداد", "Núñez",
        "Jørgensen", "Carter", "Al-Khatib", "Wiśniewska", "Tanaka", "Yılmaz", "Håkansson", "Петров", "Νικολάου"]


def load_large_demo(database: Database, people: int, sessions: int, seed: int = 1,
                    now: datetime | None = None, add: bool = False) -> DemoSummary:
    """A random company for benchmarks: people split 40/40/20 between Sales, PM and others; one program."""
    if people < 4 or sessions < 0:
        raise UserError("A large demo needs at least 4 people and a non-negative number of sessions.")
    now = now or datetime.now(UTC)
    rng = random.Random(seed)
    offices = list(demo_data.OFFICES.items())
    with database.transaction() as session:
        _refuse_unless_empty(session, add)
        rows, departments = [], []
        for n in range(people):
            office, zone = offices[n % len(offices)]
            dept = SALES if n % 5 in (0, 1) else PM if n % 5 in (2, 3) else "Operations"
            departments.append(dept)
            rows.append({"full_name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                         "email": f"person{n}.s{seed}@bench.example", "department": dept,
                         "job_title": "Account Executive" if dept == SALES else "Project Manager",
                         "location": office, "time_zone": zone})
        ids = _insert_many(session, Person, rows, key="email")
        zones = {pid: row["time_zone"] for pid, row in zip(ids, rows, strict=True)}
        sales = [pid for pid, d in zip(ids, departments, strict=True) if d == SALES]
        pms = [pid for pid, d in zip(ids, departments, strict=True) if d == PM]
        customer = _insert(session, Customer, [{"name": f"Benchmark customer {seed}"}])[0]
        projects = [(p, customer) for p in _insert(session, Project, [
            {"customer_id": customer, "name": f"Project {n}"} for n in range(20)])]
        build = _Builder(session, rng, now)
        start, end = now.date() - timedelta(days=365), now.date() + timedelta(days=365)
        program = build.program(f"Benchmark program {seed}", start, end, ProgramStatus.ACTIVE,
                                "Generated for benchmarks.")
        build.enroll(program, sales, pms)
        pairs = list(zip(sales, pms, strict=False))
        pairing_ids = build.pairs(program, pairs, PairingStatus.CONFIRMED)
        if sessions:
            build.sessions(program, pairing_ids, pairs, start, end, sessions, zones, projects, [customer])
            build.reflections(set(sales), written_share=0.5)
        return DemoSummary(len(ids), 1, build.counts["pairs"], build.counts["sessions"],
                           build.counts["reflections"], 0)
