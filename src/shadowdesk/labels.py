"""What each value of the domain's enumerations is called, once for the window, the PDFs, the CSV exports and
the invites: one table per enumeration, rendered in the current language by translation._().

tests/test_catalogue.py keeps it the only place: no other module may spell these labels.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from shadowdesk.domain import (
    IdeaStatus,
    PairingStatus,
    ProgramStatus,
    ReflectionStatus,
    SessionKind,
    SessionStatus,
    Visibility,
)
from shadowdesk.rules.progress import PairProgressStatus
from shadowdesk.translation import N_, _, p_

SESSION_KINDS = {SessionKind.PROJECT_SHADOW: N_("Project shadow"),
                 SessionKind.CUSTOMER_VISIT: N_("Customer visit")}
SESSION_KINDS_PLURAL = {SessionKind.PROJECT_SHADOW: N_("Project shadows"),
                        SessionKind.CUSTOMER_VISIT: N_("Customer visits")}
SESSION_STATUSES = {SessionStatus.PLANNED: N_("Planned"), SessionStatus.COMPLETED: N_("Completed"),
                    SessionStatus.CANCELLED: N_("Cancelled"), SessionStatus.NO_SHOW: N_("No-show")}
IDEA_STATUSES = {IdeaStatus.PROPOSED: N_("Proposed"), IdeaStatus.UNDER_REVIEW: N_("Under review"),
                 IdeaStatus.ADOPTED: N_("Adopted"), IdeaStatus.DECLINED: N_("Declined")}
PROGRAM_STATUSES = {ProgramStatus.DRAFT: N_("Draft"), ProgramStatus.ACTIVE: N_("Active"),
                    ProgramStatus.CLOSED: N_("Closed")}
PAIRING_STATUSES = {PairingStatus.PROPOSED: N_("Proposed"), PairingStatus.CONFIRMED: N_("Confirmed"),
                    PairingStatus.ENDED: N_("Ended")}
NOTE_STATUSES = {ReflectionStatus.DRAFT: N_("Draft"), ReflectionStatus.SUBMITTED: N_("Submitted")}
# Who may read a note, said to its author.
VISIBILITIES = {Visibility.PRIVATE: N_("Only me"), Visibility.PAIR: N_("Me and my partner"),
                Visibility.PROGRAM: N_("Everyone in the program")}
# How a pair stands against its program's targets.
PAIR_PROGRESS = {PairProgressStatus.DONE: N_("Target met"), PairProgressStatus.ON_TRACK: N_("On track"),
                 PairProgressStatus.BEHIND: N_("Behind"), PairProgressStatus.NOT_STARTED: N_("Not started")}

_TABLES: dict[type[StrEnum], dict[Any, str]] = {  # Any: each table is keyed by its own enum
    SessionKind: SESSION_KINDS, SessionStatus: SESSION_STATUSES, IdeaStatus: IDEA_STATUSES,
    ProgramStatus: PROGRAM_STATUSES, PairingStatus: PAIRING_STATUSES, ReflectionStatus: NOTE_STATUSES,
    Visibility: VISIBILITIES, PairProgressStatus: PAIR_PROGRESS,
}


def label(value: StrEnum) -> str:
    """The name of an enumeration's value in the current language: label(SessionStatus.NO_SHOW) -> "No-show"."""
    return _(_TABLES[type(value)][value])


def kind_plural(kind: SessionKind) -> str:
    """"Project shadows": a chart's legend or a column of counts."""
    return _(SESSION_KINDS_PLURAL[kind])


def role_label(role: str) -> str:
    """A role of storage.row_security.ROLES; in context, since "Manager" is also a person's line manager."""
    return {"coordinator": p_("role", "Coordinator"), "manager": p_("role", "Manager"),
            "participant": p_("role", "Participant")}[role]
