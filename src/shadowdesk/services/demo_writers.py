"""The two ways demo data reaches the database: through the services, as the GUI and the CLI write it, or in
bulk INSERTs for the large benchmark company.

Both take the same plans (services/demo.py makes them) and must leave the same data; a test compares them.
The realistic demo always goes through the services, so it can never hold what the app cannot make.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, ClassVar, Protocol

from sqlalchemy import insert, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from shadowdesk.model import (
    Customer,
    Enrollment,
    Idea,
    IdeaStatus,
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
from shadowdesk.settings import SettingsStore
from shadowdesk.storage import Database

SALES, PM = "Sales", "Project Management"
PAIRED_BY_HAND = "Paired by hand when the demo company was set up."


@dataclass(frozen=True)
class PersonPlan:
    full_name: str
    email: str
    department: str
    job_title: str
    location: str
    time_zone: str
    manager_email: str = ""


@dataclass(frozen=True)
class SessionPlan:
    kind: SessionKind
    program_id: int
    pairing_id: int
    host_id: int
    guest_id: int
    starts_at: datetime
    ends_at: datetime
    time_zone: str
    location: str
    customer_id: int | None
    project_id: int | None
    agenda: str
    status: SessionStatus
    status_reason: str


@dataclass(frozen=True)
class NotePlan:
    session_id: int
    author_id: int
    role: str  # "host" or "guest": which template's prompts the note answers
    kind: SessionKind
    free_text: str
    first_answer: str  # the answer to the template's first prompt; the others stay empty
    rating: int
    visibility: Visibility
    submitted: bool


@dataclass(frozen=True)
class IdeaPlan:
    title: str
    description: str
    status: IdeaStatus
    decision_note: str
    program_id: int
    proposer_id: int
    owner_id: int | None
    session_ids: tuple[int, ...]


class _Entity(Protocol):
    """A mapped class with an integer primary key called id."""

    id: ClassVar[InstrumentedAttribute[int]]


def _insert(session: Session, entity: type[_Entity], rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert few rows and return their ids in order (RETURNING goes row by row on SQLite)."""
    if not rows:
        return []
    return list(session.scalars(insert(entity).returning(entity.id, sort_by_parameter_order=True), rows))


def _insert_many(session: Session, entity: type[_Entity], rows: Sequence[dict[str, Any]], key: str) -> list[int]:
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


class BulkWriter:
    """Plain INSERTs in the one transaction of session: 100,000 sessions in seconds, on both backends."""

    def __init__(self, session: Session, templates: dict[tuple[SessionKind, str], tuple[str, ...]]) -> None:
        self.session = session
        self._templates = templates  # the prompts a new note gets, as ReflectionService.open_draft gives them

    def people(self, plans: Sequence[PersonPlan]) -> list[int]:
        rows = [{"full_name": p.full_name, "email": p.email, "department": p.department, "job_title": p.job_title,
                 "location": p.location, "time_zone": p.time_zone} for p in plans]
        ids = _insert_many(self.session, Person, rows, key="email")
        by_email = dict(zip((p.email for p in plans), ids, strict=True))
        for plan, person_id in zip(plans, ids, strict=True):
            if plan.manager_email:
                self.session.get_one(Person, person_id).manager_id = by_email[plan.manager_email]
        return ids

    def customer(self, name: str, industry: str, country: str) -> int:
        return _insert(self.session, Customer, [{"name": name, "industry": industry, "country": country}])[0]

    def projects(self, customer_id: int, names: Sequence[str], pm_ids: Sequence[int | None]) -> list[int]:
        return _insert(self.session, Project, [{"customer_id": customer_id, "name": name, "pm_id": pm}
                                               for name, pm in zip(names, pm_ids, strict=True)])

    def program(self, name: str, start: date, end: date, description: str) -> int:
        return _insert(self.session, Program, [{
            "name": name, "description": description, "start_date": start, "end_date": end, "side_a": SALES,
            "side_b": PM, "status": ProgramStatus.DRAFT, "target_sessions_per_pair": 4,
            "target_hours_per_participant": 16.0}])[0]

    def enroll(self, program_id: int, side: Side, person_ids: Sequence[int], capacity: int) -> None:
        self.session.execute(insert(Enrollment), [
            {"program_id": program_id, "person_id": p, "side": side, "capacity": capacity} for p in person_ids])

    def activate(self, program_id: int) -> None:
        self.session.get_one(Program, program_id).status = ProgramStatus.ACTIVE

    def pairs(self, program_id: int, pairs: Sequence[tuple[int, int]]) -> list[int]:
        return _insert(self.session, Pairing, [
            {"program_id": program_id, "person_a_id": a, "person_b_id": b, "status": PairingStatus.CONFIRMED,
             "round": 1, "reason": PAIRED_BY_HAND} for a, b in pairs])

    def sessions(self, plans: Sequence[SessionPlan], uids: Sequence[str]) -> list[int]:
        rows = [{"uid": uid, "kind": p.kind, "program_id": p.program_id, "pairing_id": p.pairing_id,
                 "host_id": p.host_id, "starts_at": p.starts_at, "ends_at": p.ends_at, "time_zone": p.time_zone,
                 "location": p.location, "customer_id": p.customer_id, "project_id": p.project_id,
                 "agenda": p.agenda, "status": p.status, "status_reason": p.status_reason, "sequence": 0}
                for p, uid in zip(plans, uids, strict=True)]
        ids = _insert_many(self.session, ShadowSession, rows, key="uid")
        self.session.execute(insert(session_guest), [
            {"session_id": i, "person_id": p.guest_id} for i, p in zip(ids, plans, strict=True)])
        return ids

    def notes(self, plans: Sequence[NotePlan], now: datetime) -> None:
        rows = []
        for p in plans:
            prompts = self._templates[p.kind, p.role]
            answers = [p.first_answer, *[""] * (len(prompts) - 1)]
            rows.append({"session_id": p.session_id, "author_id": p.author_id, "free_text": p.free_text,
                         "answers": [{"prompt": q, "answer": a} for q, a in zip(prompts, answers, strict=True)],
                         "rating": p.rating, "visibility": p.visibility,
                         "status": ReflectionStatus.SUBMITTED if p.submitted else ReflectionStatus.DRAFT,
                         "submitted_at": now if p.submitted else None})
        if rows:
            self.session.execute(insert(Reflection), rows)

    def perception(self, program_id: int, person_id: int, phase: PerceptionPhase, scores: list[int]) -> None:
        self.session.execute(insert(PerceptionRating), [
            {"program_id": program_id, "person_id": person_id, "phase": phase, "scores": scores}])

    def idea(self, plan: IdeaPlan) -> None:
        idea_id = _insert(self.session, Idea, [{
            "title": plan.title, "description": plan.description, "status": plan.status,
            "decision_note": plan.decision_note, "program_id": plan.program_id, "proposer_id": plan.proposer_id,
            "owner_id": plan.owner_id}])[0]
        if plan.session_ids:
            self.session.execute(insert(idea_session),
                                 [{"idea_id": idea_id, "session_id": s} for s in plan.session_ids])

    def close(self, program_id: int) -> None:
        self.session.get_one(Program, program_id).status = ProgramStatus.CLOSED
        for pairing in self.session.scalars(select(Pairing).where(Pairing.program_id == program_id)):
            pairing.status = PairingStatus.ENDED


class ServiceWriter:
    """The same calls the GUI and the CLI make, one use case at a time, with the demo's clock."""

    def __init__(self, database: Database, settings: SettingsStore, now: datetime) -> None:
        from shadowdesk.services.customers import CustomerService
        from shadowdesk.services.ideas import IdeaService
        from shadowdesk.services.pairing import PairingService
        from shadowdesk.services.people import PeopleService
        from shadowdesk.services.perception import PerceptionService
        from shadowdesk.services.programs import ProgramService
        from shadowdesk.services.reflections import ReflectionService
        from shadowdesk.services.scheduling import SchedulingService

        self._people = PeopleService(database)
        self._customers = CustomerService(database)
        self._programs = ProgramService(database)
        self._pairing = PairingService(database)
        self._scheduling = SchedulingService(database, settings, clock=lambda: now)
        self._notes = ReflectionService(database)
        self._ideas = IdeaService(database)
        self._perception = PerceptionService(database)
        self._emails: dict[int, str] = {}

    def people(self, plans: Sequence[PersonPlan]) -> list[int]:
        from shadowdesk.services.people import PersonInput

        ids = [self._people.add_person(PersonInput(p.full_name, p.email, p.department, p.job_title, p.location,
                                                   p.time_zone)) for p in plans]
        self._emails = dict(zip(ids, (p.email for p in plans), strict=True))
        for plan, person_id in zip(plans, ids, strict=True):  # managers once everyone exists
            if plan.manager_email:
                person = self._people.get_person(person_id)
                self._people.edit_person(person_id, replace(person.as_input(), manager_email=plan.manager_email),
                                         person.version)
        return ids

    def customer(self, name: str, industry: str, country: str) -> int:
        from shadowdesk.services.customers import CustomerDraft

        return self._customers.add_customer(CustomerDraft(name, industry, country))

    def projects(self, customer_id: int, names: Sequence[str], pm_ids: Sequence[int | None]) -> list[int]:
        from shadowdesk.services.customers import ProjectDraft

        return [self._customers.add_project(ProjectDraft(name, pm_email=self._emails.get(pm, "") if pm else ""),
                                            customer_id) for name, pm in zip(names, pm_ids, strict=True)]

    def program(self, name: str, start: date, end: date, description: str) -> int:
        from shadowdesk.services.programs import ProgramDraft

        return self._programs.create(ProgramDraft(name, start, end, SALES, PM, description, 4, 16.0)).id

    def enroll(self, program_id: int, side: Side, person_ids: Sequence[int], capacity: int) -> None:
        self._programs.enroll(program_id, side, list(person_ids), capacity)

    def activate(self, program_id: int) -> None:
        self._programs.activate(program_id)

    def pairs(self, program_id: int, pairs: Sequence[tuple[int, int]]) -> list[int]:
        return [self._pairing.add_manual(program_id, a, b, PAIRED_BY_HAND).id for a, b in pairs]

    def sessions(self, plans: Sequence[SessionPlan], uids: Sequence[str]) -> list[int]:
        from shadowdesk.services.schedule_types import SessionDraft

        ids = []
        for p in plans:  # the uids are the bulk path's: the service makes its own
            draft = SessionDraft(p.kind, p.host_id, (p.guest_id,), p.starts_at, p.ends_at - p.starts_at, p.time_zone,
                                 p.location, p.program_id, p.pairing_id, p.customer_id, p.project_id, p.agenda)
            ids += self._scheduling.create(draft, accepted=self._scheduling.check(draft), status=p.status,
                                           status_reason=p.status_reason)
        return ids

    def notes(self, plans: Sequence[NotePlan], now: datetime) -> None:
        for p in plans:
            draft = self._notes.open_draft(p.session_id, p.author_id)
            answers = [p.first_answer, *[""] * (len(draft.prompts) - 1)]
            saved = self._notes.save_draft(draft.id, draft.version_id, answers, p.free_text, p.rating, p.visibility)
            if p.submitted:
                self._notes.submit(draft.id, saved.version_id)

    def perception(self, program_id: int, person_id: int, phase: PerceptionPhase, scores: list[int]) -> None:
        self._perception.record(program_id, person_id, phase, scores)

    def idea(self, plan: IdeaPlan) -> None:
        idea = self._ideas.create(plan.title, plan.description, plan.proposer_id, program_id=plan.program_id,
                                  owner_id=plan.owner_id, session_ids=plan.session_ids)
        if plan.status is not IdeaStatus.PROPOSED:
            self._ideas.move(idea.id, idea.version_id, plan.status, plan.decision_note)

    def close(self, program_id: int) -> None:
        self._programs.close(program_id)
