"""What a report is made of: plain frozen values that the report service fills from the database.

The builders in this package read only these, so a report can be laid out and tested without a database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from shadowdesk.rules.metrics import PerceptionShift
from shadowdesk.rules.progress import PairProgress, ProgramProgress, Targets


@dataclass(frozen=True)
class Letterhead:
    company_name: str
    logo_path: str | None  # a readable PNG or JPEG, or None
    generated_at: datetime  # aware, in the reader's zone


@dataclass(frozen=True)
class StatusCounts:
    planned: int = 0
    completed: int = 0
    cancelled: int = 0
    no_show: int = 0

    @property
    def total(self) -> int:
        return self.planned + self.completed + self.cancelled + self.no_show


@dataclass(frozen=True)
class ProgramInfo:
    name: str
    description: str
    start_date: date
    end_date: date
    side_a: str  # the two departments the program crosses
    side_b: str
    status: str


@dataclass(frozen=True)
class SideProgress:
    """The participants of one side against the hours target."""

    participants: int
    hours: float  # all their hours in completed sessions
    at_hours_target: int  # participants whose hours reach the target

    @property
    def mean_hours(self) -> float | None:
        return self.hours / self.participants if self.participants else None


@dataclass(frozen=True)
class KeyFigures:
    participants_a: int
    participants_b: int
    side_ratio: float | None  # participants of side A per participant of side B
    pairs: int
    sessions: StatusCounts
    targets: Targets
    progress: ProgramProgress  # the pairs against the sessions target
    side_a_progress: SideProgress
    side_b_progress: SideProgress
    hours_project_shadow: float  # completed sessions only
    hours_customer_visit: float
    hours_side_a: float  # hours spent in sessions by the participants of each side
    hours_side_b: float
    reflections_submitted: int
    reflections_due: int  # one per participant of each completed session
    average_usefulness: float | None  # 1-5, over submitted reflections
    ideas_proposed: int
    ideas_adopted: int
    perception_a: PerceptionShift
    perception_b: PerceptionShift


@dataclass(frozen=True)
class MonthCount:
    month: str  # "YYYY-MM"
    project_shadow: int
    customer_visit: int


@dataclass(frozen=True)
class PairRow:
    number: int  # the pair's number in charts and tables
    person_a: str
    person_b: str
    status: str
    sessions: StatusCounts
    hours: float
    reflections_submitted: int
    progress: PairProgress


@dataclass(frozen=True)
class Highlight:
    author: str
    session_date: date  # the day of the session the note is about
    session_kind: str
    rating: int | None
    excerpt: str


@dataclass(frozen=True)
class IdeaRow:
    title: str
    proposer: str
    owner: str  # "" when nobody owns it yet
    status: str
    decision_note: str
    program: str = ""


@dataclass(frozen=True)
class ProgramReportData:
    letterhead: Letterhead
    program: ProgramInfo
    figures: KeyFigures
    months: tuple[MonthCount, ...]
    pairs: tuple[PairRow, ...]
    highlights: tuple[Highlight, ...]
    ideas: tuple[IdeaRow, ...]


@dataclass(frozen=True)
class PersonInfo:
    full_name: str
    email: str
    department: str
    job_title: str
    location: str
    time_zone: str


@dataclass(frozen=True)
class PersonProgram:
    name: str
    department: str  # the side this person stands for in the program
    start_date: date
    end_date: date
    status: str


@dataclass(frozen=True)
class PartnerRow:
    program: str
    partner: str
    status: str


@dataclass(frozen=True)
class PersonSession:
    starts_at: datetime  # aware, in the person's own zone
    hours: float
    program: str
    kind: str
    role: str  # "host" or "guest"
    others: str  # the other participants, comma-separated
    status: str


@dataclass(frozen=True)
class PersonNote:
    session_date: date
    program: str
    session_kind: str
    visibility: str
    rating: int | None
    text: str
    answers: tuple[tuple[str, str], ...]  # (prompt, answer)


@dataclass(frozen=True)
class PersonReportData:
    letterhead: Letterhead
    person: PersonInfo
    as_self: bool  # the person generated it for themselves: their private notes are included
    programs: tuple[PersonProgram, ...]
    partners: tuple[PartnerRow, ...]
    sessions: tuple[PersonSession, ...]
    notes: tuple[PersonNote, ...]
    ideas: tuple[IdeaRow, ...]
