"""What participants write down: reflections, the templates that guide them, and ideas for management."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shadowdesk.domain import IdeaStatus, ReflectionStatus, SessionKind, Visibility
from shadowdesk.model.base import Base, UTCDateTime, enum_column, utc_now
from shadowdesk.model.history import Audited
from shadowdesk.model.people import Person
from shadowdesk.model.programs import Program
from shadowdesk.model.sessions import ShadowSession


class ReflectionTemplate(Base):
    """Guided prompts for one kind of session and one role; coordinators may edit them."""

    __tablename__ = "reflection_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    session_kind: Mapped[SessionKind | None] = mapped_column(enum_column(SessionKind))  # None: any kind
    role: Mapped[str | None] = mapped_column(String(20))  # "host", "guest" or None for either
    prompts: Mapped[list[str]] = mapped_column(JSON)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class Reflection(Audited, Base):
    """One participant's note on one session. Keeps the prompts it was written with."""

    __tablename__ = "reflection"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("shadow_session.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    # [{"prompt": ..., "answer": ...}, ...]: the prompts travel with the answers.
    answers: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    free_text: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[int | None] = mapped_column()  # usefulness 1-5
    visibility: Mapped[Visibility] = mapped_column(enum_column(Visibility), default=Visibility.PAIR)
    status: Mapped[ReflectionStatus] = mapped_column(
        enum_column(ReflectionStatus), default=ReflectionStatus.DRAFT
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version_id: Mapped[int] = mapped_column(default=1)

    session: Mapped[ShadowSession] = relationship()
    author: Mapped[Person] = relationship()

    __mapper_args__ = {"version_id_col": version_id}
    __table_args__ = (
        UniqueConstraint("session_id", "author_id"),
        CheckConstraint("rating IS NULL OR (rating BETWEEN 1 AND 5)", name="rating_1_to_5"),
        # The best shared notes first, for a program report's highlights, and the submitted notes' counts read
        # from the index alone (migration 0004).
        Index("ix_reflection_best", "status", "visibility", "rating", "submitted_at", "id", "session_id",
              "author_id"),
    )



class NoteState(Base):
    """Whether a note exists and in which status, without its text or rating: what the program office reads
    to know which notes are due, since it may not read a draft or a private note itself. Kept by the
    database's own triggers on reflection (migration 0010), never written by the app."""

    __tablename__ = "note_state"

    reflection_id: Mapped[int] = mapped_column(ForeignKey("reflection.id", ondelete="CASCADE"), primary_key=True)
    session_id: Mapped[int] = mapped_column()
    author_id: Mapped[int] = mapped_column()
    status: Mapped[ReflectionStatus] = mapped_column(enum_column(ReflectionStatus))
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        UniqueConstraint("session_id", "author_id"),
        Index("ix_note_state_status", "status", "session_id", "author_id"),  # the count of notes due (0011)
    )

idea_session = Table(
    "idea_session",
    Base.metadata,
    Column("idea_id", ForeignKey("idea.id", ondelete="CASCADE"), primary_key=True),
    Column("session_id", ForeignKey("shadow_session.id", ondelete="CASCADE"), primary_key=True),
)


class Idea(Audited, Base):
    """A proposal for management that came out of the program."""

    __tablename__ = "idea"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    proposer_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    program_id: Mapped[int | None] = mapped_column(ForeignKey("program.id", ondelete="SET NULL"), index=True)
    source_reflection_id: Mapped[int | None] = mapped_column(ForeignKey("reflection.id", ondelete="SET NULL"))
    status: Mapped[IdeaStatus] = mapped_column(enum_column(IdeaStatus), default=IdeaStatus.PROPOSED)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    version_id: Mapped[int] = mapped_column(default=1)

    proposer: Mapped[Person] = relationship(foreign_keys=[proposer_id])
    owner: Mapped[Person | None] = relationship(foreign_keys=[owner_id])
    program: Mapped[Program | None] = relationship()
    sessions: Mapped[list[ShadowSession]] = relationship(secondary=idea_session)

    __mapper_args__ = {"version_id_col": version_id}
