"""Ideas for management: proposed from a note or on their own, owned, decided, linked to sessions."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, select, true
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.base import ExecutableOption

from shadowdesk.model import (
    Customer,
    Idea,
    IdeaStatus,
    Person,
    Project,
    Reflection,
    SessionKind,
    ShadowSession,
    idea_session,
)
from shadowdesk.model.base import utc_now
from shadowdesk.services import text_fields
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.services.versioned_save import versioned_save
from shadowdesk.services.visibility import reflection_visible_to
from shadowdesk.storage import Database
from shadowdesk.translation import _

# A decision needs its reason written down; moving back to review does not.
NEEDS_DECISION_NOTE = (IdeaStatus.ADOPTED, IdeaStatus.DECLINED)

# Without a program an idea may link any session; listing a 100,000-session database would only bury
# the recent ones the user is looking for.
CHOICES_LIMIT = 1000


@dataclass(frozen=True)
class SessionRef:
    """A session as people recognise it: when, what kind, and with which customer or project."""

    id: int
    start: datetime  # aware, in the zone the session was planned in: the day the participants remember
    kind: SessionKind
    subject: str  # "Project (Customer)", the customer, or else the host's name
    host_name: str


@dataclass(frozen=True)
class SessionChoices:
    sessions: tuple[SessionRef, ...]  # newest first
    complete: bool  # False when older sessions were left out (CHOICES_LIMIT)


@dataclass(frozen=True)
class IdeaView:
    id: int
    title: str
    description: str
    status: IdeaStatus
    proposer_id: int
    proposer_name: str
    owner_id: int | None
    owner_name: str
    program_id: int | None
    decision_note: str
    sessions: tuple[SessionRef, ...]  # newest first
    source_reflection_id: int | None
    updated_at: datetime
    version_id: int

    @property
    def session_ids(self) -> tuple[int, ...]:
        return tuple(sorted(ref.id for ref in self.sessions))


def _ref_select(*leading: ColumnElement[Any]) -> Select[*tuple[Any, ...]]:
    """The one query behind every SessionRef: only the columns shown, newest first."""
    return (
        select(*leading, ShadowSession.id, ShadowSession.starts_at, ShadowSession.time_zone, ShadowSession.kind,
               Person.full_name, Customer.name, Project.name)
        .join(Person, Person.id == ShadowSession.host_id)
        .outerjoin(Customer, Customer.id == ShadowSession.customer_id)
        .outerjoin(Project, Project.id == ShadowSession.project_id)
        .order_by(ShadowSession.starts_at.desc(), ShadowSession.id.desc())
    )


def _ref(session_id: int, starts_at: datetime, time_zone: str, kind: SessionKind, host: str, customer: str | None,
         project: str | None) -> SessionRef:
    subject = f"{project} ({customer})" if project and customer else project or customer or host
    return SessionRef(session_id, starts_at.astimezone(ZoneInfo(time_zone)), kind, subject, host)


def _linked(s: Session, which: ColumnElement[bool]) -> dict[int, tuple[SessionRef, ...]]:
    """The linked sessions of the ideas matching which (a condition on idea_session.idea_id), by idea."""
    found: dict[int, list[SessionRef]] = {}
    statement = _ref_select(idea_session.c.idea_id).join(
        idea_session, idea_session.c.session_id == ShadowSession.id).where(which)
    for idea_id, *columns in s.execute(statement):
        found.setdefault(idea_id, []).append(_ref(*columns))
    return {idea_id: tuple(refs) for idea_id, refs in found.items()}


def _view(row: Idea, sessions: tuple[SessionRef, ...]) -> IdeaView:
    return IdeaView(
        row.id,
        row.title,
        row.description,
        row.status,
        row.proposer_id,
        row.proposer.full_name,
        row.owner_id,
        row.owner.full_name if row.owner else "",
        row.program_id,
        row.decision_note,
        sessions,
        row.source_reflection_id,
        row.updated_at,
        row.version_id,
    )


def _options() -> tuple[ExecutableOption, ...]:
    return (selectinload(Idea.proposer), selectinload(Idea.owner))


def _clean_title(title: str) -> str:
    title = text_fields.line(Idea.title, title, _("The title (the details go in the description)"))
    if not title:
        raise UserError(_("An idea needs a title."))
    return title


def _description(description: str) -> str:
    return text_fields.text(Idea.description, description, _("The description"))


class IdeaService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def create(
        self,
        title: str,
        description: str,
        proposer_id: int,
        *,
        program_id: int | None = None,
        owner_id: int | None = None,
        session_ids: Sequence[int] = (),
        from_reflection_id: int | None = None,
    ) -> IdeaView:
        """From a note, the idea takes its session and program; the proposer must be able to read it."""
        title = _clean_title(title)
        with self._db.transaction() as s:
            self._person(s, proposer_id)
            if owner_id is not None:
                self._person(s, owner_id)
            sessions = list(s.scalars(select(ShadowSession).where(ShadowSession.id.in_(session_ids))))
            if len(sessions) != len(set(session_ids)):
                raise NotFound(_("One of the linked sessions no longer exists."))
            if from_reflection_id is not None:
                note = s.scalar(
                    select(Reflection).where(
                        Reflection.id == from_reflection_id, reflection_visible_to(proposer_id)
                    )
                )
                if note is None:
                    raise NotFound(_("That note does not exist or is not yours to read."))
                if note.session not in sessions:
                    sessions.append(note.session)
                program_id = program_id or note.session.program_id
            row = Idea(
                title=title,
                description=_description(description),
                proposer_id=proposer_id,
                owner_id=owner_id,
                program_id=program_id,
                source_reflection_id=from_reflection_id,
                status=IdeaStatus.PROPOSED,
                decision_note="",
                sessions=sessions,
            )
            s.add(row)
            s.flush()
            return self._reload(s, row.id)

    def get(self, idea_id: int) -> IdeaView:
        with self._db.session() as s:
            return self._reload(s, idea_id)

    def board(self, program_id: int | None = None) -> dict[IdeaStatus, list[IdeaView]]:
        """Every status as a column (empty ones too), newest change first."""
        query = select(Idea).options(*_options()).order_by(Idea.updated_at.desc(), Idea.id.desc())
        shown: ColumnElement[bool] = true()
        if program_id is not None:
            query = query.where(Idea.program_id == program_id)
            shown = idea_session.c.idea_id.in_(select(Idea.id).where(Idea.program_id == program_id))
        board: dict[IdeaStatus, list[IdeaView]] = {status: [] for status in IdeaStatus}
        with self._db.session() as s:
            linked = _linked(s, shown)
            for row in s.scalars(query):
                board[row.status].append(_view(row, linked.get(row.id, ())))
        return board

    def session_choices(self, program_id: int | None, limit: int = CHOICES_LIMIT) -> SessionChoices:
        """The sessions an idea of program_id can be linked to, newest first; every program's without one."""
        statement = _ref_select().limit(limit + 1)  # one more tells whether older ones were left out
        if program_id is not None:
            statement = statement.where(ShadowSession.program_id == program_id)
        with self._db.session() as s:
            refs = [_ref(*columns) for columns in s.execute(statement)]
        return SessionChoices(tuple(refs[:limit]), len(refs) <= limit)

    def move(
        self, idea_id: int, expected_version: int, status: IdeaStatus, decision_note: str = ""
    ) -> IdeaView:
        status = IdeaStatus(status)
        decision_note = text_fields.text(Idea.decision_note, decision_note, _("The decision note"))
        if status in NEEDS_DECISION_NOTE and not decision_note:
            raise UserError(
                _("Write down why the idea was adopted or declined: the decision note is what the proposer reads.")
            )
        return self._change(idea_id, expected_version, status=status, decision_note=decision_note)

    def update(
        self, idea_id: int, expected_version: int, title: str, description: str, owner_id: int | None
    ) -> IdeaView:
        return self._change(
            idea_id,
            expected_version,
            title=_clean_title(title),
            description=_description(description),
            owner_id=owner_id,
        )

    def link_sessions(self, idea_id: int, expected_version: int, session_ids: Sequence[int]) -> IdeaView:
        """Replace the sessions the idea came out of (or is about)."""
        with self._saving(idea_id, expected_version) as (s, row):
            sessions = list(s.scalars(select(ShadowSession).where(ShadowSession.id.in_(session_ids))))
            if len(sessions) != len(set(session_ids)):
                raise NotFound(_("One of the linked sessions no longer exists."))
            row.sessions = sessions
            row.updated_at = utc_now()
            s.flush()
            return self._reload(s, idea_id)

    def _change(self, idea_id: int, expected_version: int, **values: Any) -> IdeaView:
        """expected_version: the one the board showed; StaleRecord (carrying the current version, to
        overwrite with) when someone else changed the idea since."""
        with self._saving(idea_id, expected_version) as (s, row):
            if values.get("owner_id") is not None:
                self._person(s, values["owner_id"])
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = utc_now()
            s.flush()
            return self._reload(s, idea_id)

    def _saving(self, idea_id: int, expected_version: int) -> AbstractContextManager[tuple[Session, Idea]]:
        return versioned_save(self._db, Idea, idea_id, expected_version,
                              lambda row: _("The idea “{title}”").format(title=row.title),
                              _("That idea was deleted by someone else since you opened it."))

    def _reload(self, s: Session, idea_id: int) -> IdeaView:
        row = s.scalar(
            select(Idea)
            .where(Idea.id == idea_id)
            .options(*_options())
            .execution_options(populate_existing=True)
        )
        if row is None:
            raise NotFound(_("That idea no longer exists."))
        return _view(row, _linked(s, idea_session.c.idea_id == idea_id).get(idea_id, ()))

    def _person(self, s: Session, person_id: int) -> Person:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound(_("That person no longer exists."))
        return person

    def people_choices(self) -> list[tuple[int, str]]:
        """(id, name) of active people, for choosing an owner."""
        with self._db.session() as s:
            return [
                (person_id, name)
                for person_id, name in s.execute(
                    select(Person.id, Person.full_name).where(Person.active).order_by(Person.full_name)
                )
            ]
