"""Recurring sessions: every week or every two weeks, until a date or for N times.

Occurrences are generated on the wall clock of the session's IANA zone and converted to UTC one by
one, so a 09:00 Berlin series stays at 09:00 in Berlin across daylight-saving changes (and moves by
an hour in UTC).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import WEEKLY, rrule

# More than two years of weekly sessions is a typo, not a plan.
MAX_OCCURRENCES = 104


class Frequency(enum.StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"


@dataclass(frozen=True)
class Repeat:
    """Give exactly one of until (a local date, included) and count."""

    frequency: Frequency
    until: date | None = None
    count: int | None = None


class RecurrenceError(ValueError):
    """The repeat options cannot produce a sensible series; the message says why in plain words."""


def occurrences(first_start: datetime, duration: timedelta, time_zone: str,
                repeat: Repeat | None) -> list[tuple[datetime, datetime]]:
    """UTC (start, end) pairs. first_start is aware; its wall-clock time in time_zone is what repeats."""
    if duration <= timedelta(0):
        raise RecurrenceError("A session must last longer than zero minutes.")
    zone = ZoneInfo(time_zone)
    local_first = first_start.astimezone(zone).replace(tzinfo=None)
    if repeat is None:
        walls = [local_first]
    else:
        walls = _wall_clock_starts(local_first, repeat)
    pairs = []
    for wall in walls:
        start = wall.replace(tzinfo=zone).astimezone(UTC)
        # The end is the same wall-clock length later, so an overnight session across a change keeps its local end.
        end = (wall + duration).replace(tzinfo=zone).astimezone(UTC)
        if end <= start:  # only possible for a session that ends inside a skipped hour
            end = start + duration
        pairs.append((start, end))
    return pairs


def _wall_clock_starts(local_first: datetime, repeat: Repeat) -> list[datetime]:
    if (repeat.until is None) == (repeat.count is None):
        raise RecurrenceError("Repeat either until a date or for a number of times.")
    if repeat.count is not None and not 1 <= repeat.count <= MAX_OCCURRENCES:
        raise RecurrenceError(f"A series can have between 1 and {MAX_OCCURRENCES} sessions.")
    if repeat.until is not None and repeat.until < local_first.date():
        raise RecurrenceError("The repeat end date is before the first session.")
    interval = 2 if repeat.frequency is Frequency.BIWEEKLY else 1
    until = datetime.combine(repeat.until, time.max) if repeat.until is not None else None
    rule = rrule(WEEKLY, interval=interval, dtstart=local_first, until=until, count=repeat.count)
    walls = []
    for wall in rule:
        if len(walls) == MAX_OCCURRENCES:
            raise RecurrenceError(f"A series can have at most {MAX_OCCURRENCES} sessions; choose an earlier end date.")
        walls.append(wall)
    return walls
