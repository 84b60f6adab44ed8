"""Recurring sessions: every week, every two weeks or every month, until a date or for N times.

Occurrences are generated on the wall clock of the session's IANA zone and converted to UTC one by
one, so a 09:00 Berlin series stays at 09:00 in Berlin across daylight-saving changes (and moves by
an hour in UTC).

Monthly means the same weekday of the month as the first session ("the third Tuesday"), because a
session is planned around people's working week, and the 31st or a Sunday would skip or land badly.
A first session in the last days of its month (the 29th or later, the fifth such weekday) repeats
on the last such weekday, which every month has. rrule_text() writes the same rule as an RFC 5545
RRULE, so a calendar client expands exactly the occurrences planned here.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import MONTHLY, WEEKLY, rrule, weekday

from shadowdesk.translation import _

# More than two years of weekly sessions is a typo, not a plan.
MAX_OCCURRENCES = 104


class Frequency(enum.StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"


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
        raise RecurrenceError(_("A session must last longer than zero minutes."))
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
        raise RecurrenceError(_("Repeat either until a date or for a number of times."))
    if repeat.count is not None and not 1 <= repeat.count <= MAX_OCCURRENCES:
        raise RecurrenceError(_("A series can have between 1 and {most} sessions.").format(most=MAX_OCCURRENCES))
    if repeat.until is not None and repeat.until < local_first.date():
        raise RecurrenceError(_("The repeat end date is before the first session."))
    until = datetime.combine(repeat.until, time.max) if repeat.until is not None else None
    if repeat.frequency is Frequency.MONTHLY:
        rule = rrule(MONTHLY, dtstart=local_first, until=until, count=repeat.count,
                     byweekday=_weekday_of_month(local_first))
    else:
        rule = rrule(WEEKLY, interval=_interval(repeat.frequency), dtstart=local_first, until=until,
                     count=repeat.count)
    walls: list[datetime] = []
    for wall in rule:
        if len(walls) == MAX_OCCURRENCES:
            raise RecurrenceError(_("A series can have at most {most} sessions; choose an earlier end "
                                    "date.").format(most=MAX_OCCURRENCES))
        walls.append(wall)
    return walls


def _interval(frequency: Frequency) -> int:
    return 2 if frequency is Frequency.BIWEEKLY else 1


_RFC_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _weekday_of_month(local_first: datetime) -> weekday:
    """The first session's weekday and its place in the month: the 1st-4th, or the last from the 29th on."""
    nth = (local_first.day - 1) // 7 + 1
    return weekday(local_first.weekday(), -1 if nth == 5 else nth)


def rrule_text(local_first: datetime, repeat: Repeat) -> str:
    """The RRULE value (RFC 5545 3.3.10) of the series occurrences() plans from local_first.

    until becomes UNTIL at the end of that local day in UTC, as RFC 5545 asks when DTSTART has a TZID."""
    if repeat.frequency is Frequency.MONTHLY:
        nth = _weekday_of_month(local_first)
        parts = ["FREQ=MONTHLY", f"BYDAY={nth.n}{_RFC_DAYS[nth.weekday]}"]
    else:
        parts = ["FREQ=WEEKLY", f"INTERVAL={_interval(repeat.frequency)}"]
    if repeat.count is not None:
        parts.append(f"COUNT={repeat.count}")
    elif repeat.until is not None:
        zone = local_first.tzinfo or UTC
        last = datetime.combine(repeat.until, time(23, 59, 59), tzinfo=zone).astimezone(UTC)
        parts.append(f"UNTIL={last:%Y%m%dT%H%M%SZ}")
    return ";".join(parts)
