"""What cross-training teaches: each program's skills per side, the sessions that teach them, and every
level anyone gave a person on a skill.

Levels run 0-4: 0 none, 1 knows what it is, 2 does it with help, 3 does it alone, 4 teaches it. Ratings
are never overwritten: each one is a row with its kind, who gave it and when; the current level is the
latest of each kind, and self-ratings and observed levels stay apart (services/skills.py).
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from shadowdesk.domain import Side
from shadowdesk.model.base import Base, UTCDateTime, enum_column, utc_now

LEVELS = range(5)  # 0 none ... 4 teaches it


class RatingKind(enum.StrEnum):
    SELF_START = "self_start"  # the person, when the program starts
    SELF_END = "self_end"  # the person, when it ends
    OBSERVED = "observed"  # a session's host, on a guest, for a skill the session touched
    RECORDED = "recorded"  # a coordinator, from outside the program (a training, a certificate), with a date


class Skill(Base):
    """A skill the people of `side` learn from the other side of the program."""

    __tablename__ = "skill"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    side: Mapped[Side] = mapped_column(enum_column(Side))  # the side that should learn it
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    rubric: Mapped[list[str]] = mapped_column(JSON)  # what each level 0-4 looks like for this skill
    target_level: Mapped[int] = mapped_column(Integer, default=3)  # gaps are counted against it
    position: Mapped[int] = mapped_column(Integer, default=0)  # the catalogue's order
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    version_id: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version_id}
    __table_args__ = (
        CheckConstraint("target_level BETWEEN 0 AND 4", name="target_level_range"),
        # Names as written; names differing only in case are refused by services/skills.py.
        UniqueConstraint("program_id", "name"),
        Index("ix_skill_program", "program_id", "side", "position"),
    )


# The skills a session is meant to teach; a host rates a guest's observed level on these.
session_skill = Table(
    "session_skill",
    Base.metadata,
    Column("session_id", ForeignKey("shadow_session.id", ondelete="CASCADE"), primary_key=True),
    Column("skill_id", ForeignKey("skill.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class SkillRating(Base):
    """One level given to a person on a skill. Kept for ever: a later rating of the same kind supersedes it
    as the current level, it does not replace the row."""

    __tablename__ = "skill_rating"

    id: Mapped[int] = mapped_column(primary_key=True)
    skill_id: Mapped[int] = mapped_column(ForeignKey("skill.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[RatingKind] = mapped_column(enum_column(RatingKind))
    level: Mapped[int] = mapped_column(Integer)
    # Who gave it: the person (self), the host (observed), the coordinator (recorded); None when the
    # program office entered it without a signed-in person (a file nobody has claimed yet).
    rated_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    rated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("shadow_session.id", ondelete="SET NULL"))
    recorded_on: Mapped[date | None] = mapped_column(Date)  # the training's or certificate's date
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("level BETWEEN 0 AND 4", name="level_range"),
        CheckConstraint("kind <> 'recorded' OR recorded_on IS NOT NULL", name="recorded_has_date"),
        # The latest rating of each kind per person and skill is read from this index alone.
        Index("ix_skill_rating_latest", "skill_id", "person_id", "kind", "recorded_on", "rated_at", "id",
              "level"),
    )
