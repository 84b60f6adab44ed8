"""The domain entities, one definition each. Importing this package registers every table on Base.metadata."""

# The enumerations live in shadowdesk.domain (no SQLAlchemy there, so the GUI can use them); the model
# re-exports them.
from shadowdesk.domain import (
    IdeaStatus,
    PairingStatus,
    PerceptionPhase,
    ProgramStatus,
    ReflectionStatus,
    SessionKind,
    SessionStatus,
    Side,
    Visibility,
)
from shadowdesk.model.access import AppUser, FileOwner
from shadowdesk.model.base import Base
from shadowdesk.model.history import ChangeLog
from shadowdesk.model.invites import SentMessage, SeriesSlot, SessionSeries
from shadowdesk.model.notes import Idea, Reflection, ReflectionTemplate, idea_session
from shadowdesk.model.people import Customer, Person, Project
from shadowdesk.model.programs import Enrollment, PairExclusion, Pairing, PerceptionRating, Program
from shadowdesk.model.sessions import ShadowSession, session_guest
from shadowdesk.model.skills import RatingKind, Skill, SkillRating, session_skill

__all__ = [
    "AppUser", "Base", "ChangeLog", "Customer", "Enrollment", "FileOwner", "Idea", "IdeaStatus", "PairExclusion",
    "Pairing", "PairingStatus", "PerceptionPhase", "PerceptionRating", "Person", "Program", "ProgramStatus", "Project",
    "RatingKind", "Reflection", "ReflectionStatus", "ReflectionTemplate", "SentMessage", "SeriesSlot", "SessionKind",
    "SessionSeries", "SessionStatus", "ShadowSession", "Side", "Skill", "SkillRating", "Visibility", "idea_session",
    "session_guest", "session_skill",
]
