"""The rule each series was planned with, kept beside its occurrences (model/invites.py), so a calendar gets
the series as one RRULE event and a moved occurrence as an override of its original slot.

Called inside SchedulingService's writing transactions: register() when a series is created, move() when a
series edit moves its planned occurrences (the occurrences it leaves alone, held or cancelled, keep their
times and become overrides of the moved rule). A move of one occurrence leaves the rule as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from shadowdesk.model import SeriesSlot, SessionSeries, ShadowSession
from shadowdesk.rules.recurrence import Frequency


def register(s: Session, uid: str, frequency: Frequency, time_zone: str, duration: timedelta,
             times: Sequence[tuple[datetime, datetime]], rows: Sequence[ShadowSession]) -> None:
    """rows: the new occurrences, flushed, in the order of times (the rule's slots)."""
    s.add(SessionSeries(uid=uid, frequency=frequency.value, first_start=times[0][0],
                        duration_minutes=_whole_minutes(duration), time_zone=time_zone, count=len(times)))
    s.flush()
    s.add_all([SeriesSlot(session_id=row.id, series_uid=uid, position=position) for position, row in enumerate(rows)])


def move(s: Session, uid: str, shift: timedelta, wall_time: time, time_zone: str, duration: timedelta) -> None:
    """As SchedulingService._planned_times moves each occurrence: by shift days, to wall_time in time_zone."""
    rule = s.get(SessionSeries, uid)
    if rule is None:
        return  # a series planned before its rule was kept: exported occurrence by occurrence
    first_day: date = rule.first_start.astimezone(ZoneInfo(rule.time_zone)).date() + shift
    wall = datetime.combine(first_day, wall_time.replace(tzinfo=None))
    rule.first_start = wall.replace(tzinfo=ZoneInfo(time_zone)).astimezone(UTC)
    rule.time_zone = time_zone
    rule.duration_minutes = _whole_minutes(duration)


def _whole_minutes(duration: timedelta) -> int:
    return max(1, int(duration.total_seconds() // 60))
