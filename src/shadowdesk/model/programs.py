"""Programs, who takes part on which side, who is paired with whom, and how understanding shifted."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shadowdesk.domain import PairingStatus, PerceptionPhase, ProgramStatus, Side
from shadowdesk.model.base import Base, UTCDateTime, enum_column, utc_now
from shadowdesk.model.history import Audited
from shadowdesk.model.people import Person

DEFAULT_SIDE_A = "Sales"
DEFAULT_SIDE_B = "Project Management"


class Program(Audited, Base):
    __tablename__ = "program"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    # The two departments the program crosses.
    side_a: Mapped[str] = mapped_column(String(120), default=DEFAULT_SIDE_A)
    side_b: Mapped[str] = mapped_column(String(120), default=DEFAULT_SIDE_B)
    target_sessions_per_pair: Mapped[int] = mapped_column(Integer, default=4)
    target_hours_per_participant: Mapped[float] = mapped_column(Float, default=16.0)
    status: Mapped[ProgramStatus] = mapped_column(enum_column(ProgramStatus), default=ProgramStatus.DRAFT)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    version_id: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version_id}
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates_in_order"),)

    def department_of(self, side: Side) -> str:
        return self.side_a if side is Side.A else self.side_b


class Enrollment(Base):
    __tablename__ = "enrollment"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    side: Mapped[Side] = mapped_column(enum_column(Side))
    # How many partners this person may have in one planning round.
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    program: Mapped[Program] = relationship()
    person: Mapped[Person] = relationship()

    __table_args__ = (
        UniqueConstraint("program_id", "person_id"),
        CheckConstraint("capacity >= 1", name="capacity_positive"),
    )


class Pairing(Audited, Base):
    __tablename__ = "pairing"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"), index=True)
    person_a_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    person_b_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    status: Mapped[PairingStatus] = mapped_column(
        enum_column(PairingStatus), default=PairingStatus.PROPOSED
    )
    round: Mapped[int | None] = mapped_column(Integer)
    # The dates of the planner's round this pair belongs to (None: not set).
    round_start: Mapped[date | None] = mapped_column(Date)
    round_end: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")  # why the planner (or the coordinator) chose it
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    version_id: Mapped[int] = mapped_column(default=1)

    program: Mapped[Program] = relationship()
    person_a: Mapped[Person] = relationship(foreign_keys=[person_a_id])
    person_b: Mapped[Person] = relationship(foreign_keys=[person_b_id])

    __mapper_args__ = {"version_id_col": version_id}
    __table_args__ = (UniqueConstraint("program_id", "person_a_id", "person_b_id"),)


class PairExclusion(Base):
    """A pair the coordinator forbids; program_id None means in every program."""

    __tablename__ = "pair_exclusion"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int | None] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    person_a_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    person_b_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text, default="")


class PerceptionRating(Base):
    """How well a participant rates their understanding of the other side's work (1-5 per question)."""

    __tablename__ = "perception_rating"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    phase: Mapped[PerceptionPhase] = mapped_column(enum_column(PerceptionPhase))
    scores: Mapped[list[int]] = mapped_column(JSON)  # one 1-5 answer per fixed question
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    __table_args__ = (UniqueConstraint("program_id", "person_id", "phase"),)
