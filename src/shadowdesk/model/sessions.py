"""Shadowing sessions: one entity for project shadows and customer visits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shadowdesk.domain import SessionKind, SessionStatus
from shadowdesk.model.base import Base, UTCDateTime, enum_column, utc_now
from shadowdesk.model.history import Audited
from shadowdesk.model.people import Customer, Person, Project
from shadowdesk.model.programs import Pairing, Program

session_guest = Table(
    "session_guest",
    Base.metadata,
    Column("session_id", ForeignKey("shadow_session.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True, index=True),
)


class ShadowSession(Audited, Base):
    """A project shadow or a customer visit. Not called Session: that name belongs to SQLAlchemy."""

    __tablename__ = "shadow_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stable across re-exports so calendar clients update the event instead of duplicating it.
    uid: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[SessionKind] = mapped_column(enum_column(SessionKind))
    program_id: Mapped[int | None] = mapped_column(ForeignKey("program.id", ondelete="SET NULL"))
    pairing_id: Mapped[int | None] = mapped_column(ForeignKey("pairing.id", ondelete="SET NULL"))
    host_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The IANA zone it was planned in: recurrences repeat at the same local time across DST changes.
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    location: Mapped[str] = mapped_column(String(300), default="")  # a place or a call link
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id", ondelete="SET NULL"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("project.id", ondelete="SET NULL"))
    agenda: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[SessionStatus] = mapped_column(enum_column(SessionStatus), default=SessionStatus.PLANNED)
    status_reason: Mapped[str] = mapped_column(Text, default="")  # e.g. why it was cancelled
    accepted_warnings: Mapped[str] = mapped_column(Text, default="")  # warnings the scheduler accepted
    series_uid: Mapped[str | None] = mapped_column(String(80), index=True)  # set for recurring series
    sequence: Mapped[int] = mapped_column(Integer, default=0)  # iCalendar SEQUENCE, raised on change
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    version_id: Mapped[int] = mapped_column(default=1)

    program: Mapped[Program | None] = relationship()
    pairing: Mapped[Pairing | None] = relationship()
    host: Mapped[Person] = relationship(foreign_keys=[host_id])
    guests: Mapped[list[Person]] = relationship(secondary=session_guest)
    customer: Mapped[Customer | None] = relationship()
    project: Mapped[Project | None] = relationship()

    __mapper_args__ = {"version_id_col": version_id}
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_shadow_session_status", "status", "host_id"),
        # The count of notes due, the dashboard's at every start-up and Reflections' for one program, from the
        # index alone (migrations 0011 and 0012).
        Index("ix_shadow_session_ended", "status", "starts_at", "ends_at", "host_id", "program_id"),
        # Every column a program report counts, so its totals are read from the index alone (migration 0004).
        Index("ix_shadow_session_program", "program_id", "pairing_id", "host_id", "status", "kind", "starts_at",
              "ends_at"),
    )

    @property
    def hours(self) -> float:
        return (self.ends_at - self.starts_at).total_seconds() / 3600
