"""The enumerations of the domain, without SQLAlchemy: the model stores them, the GUI shows them."""

from __future__ import annotations

import enum


class ProgramStatus(enum.StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    CLOSED = "closed"


class Side(enum.StrEnum):
    """Which of the program's two departments a participant stands for."""

    A = "a"
    B = "b"


class PairingStatus(enum.StrEnum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    ENDED = "ended"


class SessionKind(enum.StrEnum):
    PROJECT_SHADOW = "project_shadow"  # the salesperson joins the PM's project work
    CUSTOMER_VISIT = "customer_visit"  # the PM joins the salesperson at a customer


class SessionStatus(enum.StrEnum):
    PLANNED = "planned"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class Visibility(enum.StrEnum):
    PRIVATE = "private"  # the author only
    PAIR = "pair"  # the author and their partner in the session
    PROGRAM = "program"  # everyone in the program and the coordinator


class ReflectionStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"


class IdeaStatus(enum.StrEnum):
    PROPOSED = "proposed"
    UNDER_REVIEW = "under_review"
    ADOPTED = "adopted"
    DECLINED = "declined"


class PerceptionPhase(enum.StrEnum):
    START = "start"
    END = "end"
