"""The plain values the scheduling service takes and returns: no ORM objects leave the service."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from shadowdesk.model import SessionKind, SessionStatus
from shadowdesk.rules.conflicts import ScheduleWarning as ScheduleWarning  # re-exported for the GUI
from shadowdesk.rules.recurrence import Frequency as Frequency  # re-exported for the GUI
from shadowdesk.rules.recurrence import Repeat as Repeat
from shadowdesk.services.errors import UserError
from shadowdesk.translation import _


class EditScope(enum.StrEnum):
    ONE = "one"  # only this occurrence
    SERIES = "series"  # every planned occurrence of its recurring series


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str
    email: str
    time_zone: str


@dataclass(frozen=True)
class Choice:
    """An item of a pick list (program, customer, project)."""

    id: int
    name: str


@dataclass(frozen=True)
class ProgramChoice:
    id: int
    name: str
    start_date: date
    end_date: date


@dataclass(frozen=True)
class SessionFilter:
    program_id: int | None = None
    person_id: int | None = None  # as host or as guest
    kind: SessionKind | None = None
    status: SessionStatus | None = None


@dataclass(frozen=True)
class SessionRow:
    """What calendars and lists show: only the columns they need."""

    id: int
    kind: SessionKind
    status: SessionStatus
    starts_at: datetime
    ends_at: datetime
    time_zone: str
    location: str
    program_id: int | None
    series_uid: str | None
    host: PersonRef
    guests: tuple[PersonRef, ...]
    version_id: int  # the version shown: moving the session from this row passes it back (move())

    @property
    def participants(self) -> tuple[PersonRef, ...]:
        return (self.host, *self.guests)

    @property
    def title(self) -> str:
        return f"{self.host.name} & {', '.join(g.name for g in self.guests)}"


@dataclass(frozen=True)
class SessionDraft:
    """A session as the editor fills it in. starts_at is aware; its wall clock in time_zone is what repeats."""

    kind: SessionKind
    host_id: int
    guest_ids: tuple[int, ...]
    starts_at: datetime
    duration: timedelta
    time_zone: str
    location: str = ""
    program_id: int | None = None
    pairing_id: int | None = None
    customer_id: int | None = None
    project_id: int | None = None
    agenda: str = ""
    repeat: Repeat | None = None


@dataclass(frozen=True)
class SessionDetail:
    """Everything the editor shows for one saved session."""

    id: int
    uid: str
    series_uid: str | None
    series_size: int
    kind: SessionKind
    status: SessionStatus
    status_reason: str
    host_id: int
    guest_ids: tuple[int, ...]
    starts_at: datetime
    ends_at: datetime
    time_zone: str
    location: str
    program_id: int | None
    pairing_id: int | None
    customer_id: int | None
    project_id: int | None
    agenda: str
    accepted_warnings: str
    sequence: int
    version_id: int
    # (id, version) of the series' other planned occurrences: a series edit or cancel carries them back, so
    # an occurrence someone else changed meanwhile refuses it (StaleRecord) instead of losing their change.
    # Not compared: they describe the other sessions, not this one.
    series_versions: tuple[tuple[int, int], ...] = field(default=(), compare=False)

    @property
    def duration(self) -> timedelta:
        return self.ends_at - self.starts_at


class NewWarnings(UserError):
    """The save found warnings the user has not accepted: someone booked one of the participants between the
    user's check and the save, or (move()) the new time has them. Shown like the check's warnings, to accept
    or go back; nothing was saved."""

    def __init__(self, warnings: list[ScheduleWarning], heading: str | None = None) -> None:
        """heading: the sentence before the warnings, when they are not someone else's booking."""
        heading = heading or _("Someone else has just booked one of these people, so nothing was saved:")
        super().__init__(heading + "\n" + "\n".join(warning.message for warning in warnings))
        self.warnings = warnings


@dataclass(frozen=True)
class Invite:
    """What "Email invite" needs: the mailto: link and the .ics to save beside it."""

    mailto: str
    ics: bytes
    file_name: str
