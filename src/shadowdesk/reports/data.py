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
class SkillCoverage:
    """One skill of the program across the side that learns it (services/skills.py counts it).

    Before and after are the learners' own ratings at the start and at the end of the program, counted
    over everyone enrolled on that side (who did not answer is not counted as reaching a level); confirmed
    counts levels a session's host observed or a coordinator recorded, never self-ratings."""

    name: str
    learning_department: str  # the side that learns it, by its department's name
    target_level: int
    learners: int
    before_2: int  # at level 2 (does it with help) or more at the start
    after_2: int
    before_3: int  # at level 3 (does it alone) or more
    after_3: int
    confirmed_3: int  # learners observed or recorded at level 3 or more
    teachers: int  # people of the other side observed or recorded at 3 or 4: the skill's "bus factor"
    below_target: int  # learners whose standing level (services/skills.standing_level) is under the target
    mean_gain: float | None  # mean of end minus start over learners who answered both; None if nobody did


@dataclass(frozen=True)
class ProgramReportData:
    letterhead: Letterhead
    program: ProgramInfo
    figures: KeyFigures
    months: tuple[MonthCount, ...]
    pairs: tuple[PairRow, ...]
    highlights: tuple[Highlight, ...]
    ideas: tuple[IdeaRow, ...]
    skills: tuple[SkillCoverage, ...] = ()  # the program's skills catalogue, in its order


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
