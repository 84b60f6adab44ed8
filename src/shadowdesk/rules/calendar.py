"""Weeks and local times, correct across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def known_zone(name: str) -> ZoneInfo | None:
    """The IANA zone called name, or None when a person's zone is unknown ("", from a roster without one)
    or not a zone at all: callers that compare zones skip what they cannot know instead of crashing."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def week_bounds(now: datetime, time_zone: str) -> tuple[datetime, datetime]:
    """The UTC start and end of the Monday-to-Sunday week that contains now, as seen in time_zone.

    Computed on local dates and converted at the ends, so a week that crosses a DST change is
    167 or 169 hours long, as it is on the wall clock.
    """
    zone = ZoneInfo(time_zone)
    local_day = now.astimezone(zone).date()
    monday = local_day - timedelta(days=local_day.weekday())
    start = datetime.combine(monday, time(0), tzinfo=zone)
    end = datetime.combine(monday + timedelta(days=7), time(0), tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)
