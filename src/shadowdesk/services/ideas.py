"""Ideas for management: proposed from a note or on their own, owned, decided, linked to sessions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from shadowdesk.model import Idea, IdeaStatus, Person, Reflection, ShadowSession
from shadowdesk.model.base import utc_now
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.services.versioned_save import versioned_save
from shadowdesk.services.visibility import reflection_visible_to
from shadowdesk.storage import Database

# A decision needs its reason written down; moving back to review does not.
NEEDS_DECISION_NOTE = (IdeaStatus.ADOPTED, IdeaStatus.DECLINED)


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
    session_ids: tuple[int, ...]
    source_reflection_id: int | None
    updated_at: datetime
    version_id: int


def _view(row: Idea) -> IdeaView:
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
        tuple(sorted(sess.id for sess in row.sessions)),
        row.source_reflection_id,
        row.updated_at,
        row.version_id,
    )


def _options():
    return (selectinload(Idea.proposer), selectinload(Idea.owner), selectinload(Idea.sessions))


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise UserError("An idea needs a title.")
    if len(title) > 300:
        raise UserError("Keep the title under 300 characters; the details go in the description.")
    return title


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
                raise NotFound("One of the linked sessions no longer exists.")
            if from_reflection_id is not None:
                note = s.scalar(
                    select(Reflection).where(
                        Reflection.id == from_reflection_id, reflection_visible_to(proposer_id)
                    )
                )
                if note is None:
                    raise NotFound("That note does not exist or is not yours to read.")
                if note.session not in sessions:
                    sessions.append(note.session)
                program_id = program_id or note.session.program_id
            row = Idea(
                title=title,
                description=description.strip(),
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
        if program_id is not None:
            query = query.where(Idea.program_id == program_id)
        board: dict[IdeaStatus, list[IdeaView]] = {status: [] for status in IdeaStatus}
        with self._db.session() as s:
            for row in s.scalars(query):
                board[row.status].append(_view(row))
        return board

    def move(
        self, idea_id: int, expected_version: int, status: IdeaStatus, decision_note: str = ""
    ) -> IdeaView:
        status = IdeaStatus(status)
        if status in NEEDS_DECISION_NOTE and not decision_note.strip():
            raise UserError(
                "Write down why the idea was adopted or declined: the decision note is "
                "what the proposer reads."
            )
        return self._change(idea_id, expected_version, status=status, decision_note=decision_note.strip())

    def update(
        self, idea_id: int, expected_version: int, title: str, description: str, owner_id: int | None
    ) -> IdeaView:
        return self._change(
            idea_id,
            expected_version,
            title=_clean_title(title),
            description=description.strip(),
            owner_id=owner_id,
        )

    def link_sessions(self, idea_id: int, expected_version: int, session_ids: Sequence[int]) -> IdeaView:
        """Replace the sessions the idea came out of (or is about)."""
        with self._saving(idea_id, expected_version) as (s, row):
            sessions = list(s.scalars(select(ShadowSession).where(ShadowSession.id.in_(session_ids))))
            if len(sessions) != len(set(session_ids)):
                raise NotFound("One of the linked sessions no longer exists.")
            row.sessions = sessions
            row.updated_at = utc_now()
            s.flush()
            return self._reload(s, idea_id)

    def _change(self, idea_id: int, expected_version: int, **values) -> IdeaView:
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

    def _saving(self, idea_id: int, expected_version: int):
        return versioned_save(self._db, Idea, idea_id, expected_version,
                              lambda row: f"The idea “{row.title}”",
                              "That idea was deleted by someone else since you opened it.")

    def _reload(self, s: Session, idea_id: int) -> IdeaView:
        row = s.scalar(
            select(Idea)
            .where(Idea.id == idea_id)
            .options(*_options())
            .execution_options(populate_existing=True)
        )
        if row is None:
            raise NotFound("That idea no longer exists.")
        return _view(row)

    def _person(self, s: Session, person_id: int) -> Person:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound("That person no longer exists.")
        return person

    def people_choices(self) -> list[tuple[int, str]]:
        """(id, name) of active people, for choosing an owner."""
        with self._db.session() as s:
            return [
                tuple(row)
                for row in s.execute(
                    select(Person.id, Person.full_name).where(Person.active).order_by(Person.full_name)
                )
            ]
