"""Scheduling warnings: pure checks on plain values, shared by the GUI and the CLI.

Each problem is a warning, not an error: the coordinator may accept it (a double booking can be
intended), and the accepted text is stored with the session.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from shadowdesk.rules.calendar import known_zone

# Local working hours used by the time-zone check: a call from 08:00 to 18:00 on a weekday is fine.
WORKDAY_START = time(8)
WORKDAY_END = time(18)


@dataclass(frozen=True)
class ScheduleWarning:
    """code is stable (for tests and storage); message is plain words for the user."""

    code: str
    message: str


@dataclass(frozen=True)
class Booking:
    """A session as the checks see it: when, and who takes part. Times are aware UTC."""

    session_id: int | None
    starts_at: datetime
    ends_at: datetime
    host_id: int
    guest_ids: tuple[int, ...]

    @property
    def participants(self) -> frozenset[int]:
        return frozenset((self.host_id, *self.guest_ids))

    def overlaps(self, other: Booking) -> bool:
        return self.starts_at < other.ends_at and other.starts_at < self.ends_at


@dataclass(frozen=True)
class Participant:
    person_id: int
    name: str
    time_zone: str


def double_bookings(draft: Booking, others: Iterable[Booking], names: Mapping[int, str],
                    viewer_zone: str) -> list[ScheduleWarning]:
    """One warning per other session that shares a participant with draft at an overlapping time."""
    warnings = []
    for other in others:
        if other.session_id is not None and other.session_id == draft.session_id:
            continue
        shared = draft.participants & other.participants
        if not shared or not draft.overlaps(other):
            continue
        who = sorted(names.get(p, f"#{p}") for p in shared)
        subject = who[0] if len(who) == 1 else f"{', '.join(who[:-1])} and {who[-1]}"
        verb = "has" if len(who) == 1 else "have"
        local = other.starts_at.astimezone(ZoneInfo(viewer_zone))
        warnings.append(ScheduleWarning(
            "double_booking",
            f"{subject} already {verb} a session at {local:%Y-%m-%d %H:%M} ({viewer_zone}) that overlaps this one.",
        ))
    return warnings


def outside_program(draft: Booking, time_zone: str, program_name: str, first_day: date,
                    last_day: date) -> list[ScheduleWarning]:
    """The session's local dates must fall inside the program's first and last day."""
    zone = ZoneInfo(time_zone)
    start_day = draft.starts_at.astimezone(zone).date()
    end_day = draft.ends_at.astimezone(zone).date()
    if start_day >= first_day and end_day <= last_day:
        return []
    return [ScheduleWarning(
        "outside_program",
        f"{start_day:%Y-%m-%d} is outside the dates of {program_name} ({first_day:%Y-%m-%d} to {last_day:%Y-%m-%d}).",
    )]


def host_over_capacity(host_name: str, sessions_that_week: int, capacity: int,
                       week_start: date) -> list[ScheduleWarning]:
    """sessions_that_week counts the host's sessions in the draft's week, the draft included."""
    if sessions_that_week <= capacity:
        return []
    return [ScheduleWarning(
        "host_capacity",
        f"{host_name} would host {sessions_that_week} sessions in the week of {week_start:%Y-%m-%d}; "
        f"the limit is {capacity} a week.",
    )]


# Words that make a location a call whatever else it says ("Teams", "Zoom call with Acme", "Google Meet").
CALL_WORDS = re.compile(r"\b(teams|zoom|meet|webex|skype|call|video|online)\b", re.IGNORECASE)
LINK = re.compile(r"://|^www\.|\b[\w-]+\.(?:com|net|org|io|us|eu|de|fr|pl|jp|ae)/", re.IGNORECASE)


def looks_like_call(location: str) -> bool:
    """A blank location, a link or a call service named means the session is a call, so each side joins
    from their own desk."""
    text = location.strip()
    return not text or bool(LINK.search(text) or CALL_WORDS.search(text))


def _within_working_hours(starts_at: datetime, ends_at: datetime, zone: ZoneInfo) -> bool:
    start, end = starts_at.astimezone(zone), ends_at.astimezone(zone)
    return (start.weekday() < 5 and start.date() == end.date()
            and start.time() >= WORKDAY_START and end.time() <= WORKDAY_END)


def time_zone_gap(draft: Booking, host: Participant, guests: Sequence[Participant], max_gap_hours: int,
                  is_call: bool) -> list[ScheduleWarning]:
    """Host and a guest far apart in time zone, on a call outside working hours for one of them."""
    if not is_call:
        return []
    warnings = []
    host_zone = known_zone(host.time_zone)
    if host_zone is None:  # an unknown zone has no gap to warn about
        return []
    host_offset = _utc_offset(draft.starts_at, host_zone)
    for guest in guests:
        guest_zone = known_zone(guest.time_zone)
        if guest_zone is None:
            continue
        gap = abs((_utc_offset(draft.starts_at, guest_zone) - host_offset).total_seconds()) / 3600
        if gap <= max_gap_hours:
            continue
        outside = [p for p, zone in ((host, host_zone), (guest, guest_zone))
                   if not _within_working_hours(draft.starts_at, draft.ends_at, zone)]
        if not outside:
            continue
        times = "; ".join(
            f"{p.name}: {draft.starts_at.astimezone(zone):%a %H:%M} ({p.time_zone})"
            for p, zone in ((host, host_zone), (guest, guest_zone)))
        warnings.append(ScheduleWarning(
            "time_zone_gap",
            f"{host.name} and {guest.name} are {gap:g} hours apart; the call is outside working hours "
            f"for {' and '.join(p.name for p in outside)} ({times}).",
        ))
    return warnings


def _utc_offset(moment: datetime, zone: ZoneInfo) -> timedelta:
    offset = moment.astimezone(zone).utcoffset()
    assert offset is not None  # an aware time converted to a ZoneInfo always has one
    return offset


def accepted_text(warnings: Iterable[ScheduleWarning]) -> str:
    """The form stored in ShadowSession.accepted_warnings: one warning per line."""
    return "\n".join(f"[{w.code}] {w.message}" for w in warnings)
