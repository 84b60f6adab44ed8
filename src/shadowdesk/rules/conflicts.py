"""Scheduling warnings: pure checks on plain values, shared by the GUI and the CLI.

Each problem is a warning, not an error: the coordinator may accept it (a double booking can be
intended), and the accepted text is stored with the session.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from shadowdesk.rules.calendar import known_zone
from shadowdesk.translation import N_, _, n_

# Local working hours used by the time-zone check: a call from 08:00 to 18:00 on a weekday is fine.
WORKDAY_START = time(8)
WORKDAY_END = time(18)


DOUBLE_BOOKING = "double_booking"
OUTSIDE_PROGRAM = "outside_program"
HOST_CAPACITY = "host_capacity"
TIME_ZONE_GAP = "time_zone_gap"
WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


@dataclass(frozen=True)
class ScheduleWarning:
    """code is stable (for tests and storage); values are what its text is filled with. The text is written
    by render_warning() only: `message` in the reader's language, the stored form in English."""

    code: str
    values: tuple[tuple[str, object], ...] = ()

    @property
    def message(self) -> str:
        return render_warning(self)

    def value(self, name: str) -> object:
        return dict(self.values)[name]


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
        who = tuple(sorted(names.get(p, f"#{p}") for p in shared))
        local = other.starts_at.astimezone(ZoneInfo(viewer_zone))
        warnings.append(ScheduleWarning(DOUBLE_BOOKING, (
            ("people", who), ("when", f"{local:%Y-%m-%d %H:%M}"), ("zone", viewer_zone))))
    return warnings


def outside_program(draft: Booking, time_zone: str, program_name: str, first_day: date,
                    last_day: date) -> list[ScheduleWarning]:
    """The session's local dates must fall inside the program's first and last day."""
    zone = ZoneInfo(time_zone)
    start_day = draft.starts_at.astimezone(zone).date()
    end_day = draft.ends_at.astimezone(zone).date()
    if start_day >= first_day and end_day <= last_day:
        return []
    return [ScheduleWarning(OUTSIDE_PROGRAM, (
        ("day", f"{start_day:%Y-%m-%d}"), ("program", program_name), ("first", f"{first_day:%Y-%m-%d}"),
        ("last", f"{last_day:%Y-%m-%d}")))]


def host_over_capacity(host_name: str, sessions_that_week: int, capacity: int,
                       week_start: date) -> list[ScheduleWarning]:
    """sessions_that_week counts the host's sessions in the draft's week, the draft included."""
    if sessions_that_week <= capacity:
        return []
    return [ScheduleWarning(HOST_CAPACITY, (
        ("host", host_name), ("count", sessions_that_week), ("week", f"{week_start:%Y-%m-%d}"),
        ("limit", capacity)))]


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
        times = tuple((p.name, local.weekday(), f"{local:%H:%M}", p.time_zone)
                      for p, local in ((p, draft.starts_at.astimezone(zone))
                                       for p, zone in ((host, host_zone), (guest, guest_zone))))
        warnings.append(ScheduleWarning(TIME_ZONE_GAP, (
            ("host", host.name), ("guest", guest.name), ("hours", f"{gap:g}"),
            ("outside", tuple(p.name for p in outside)), ("times", times))))
    return warnings


def _utc_offset(moment: datetime, zone: ZoneInfo) -> timedelta:
    offset = moment.astimezone(zone).utcoffset()
    assert offset is not None  # an aware time converted to a ZoneInfo always has one
    return offset


def accepted_text(warnings: Iterable[ScheduleWarning]) -> str:
    """The form stored in ShadowSession.accepted_warnings: one warning per line, in English whoever reads it."""
    return "\n".join(f"[{w.code}] {render_warning(w, _=str, n_=_english_plural)}" for w in warnings)


def _english_plural(singular: str, plural: str, count: int) -> str:
    return singular if count == 1 else plural


def render_warning(warning: ScheduleWarning, _: Callable[[str], str] = _,
                   n_: Callable[[str, str, int], str] = n_) -> str:
    """The one place a warning's words are written. _ and n_ are the catalogue's (the reader's language), or
    the English source texts themselves for what is stored; named so, the catalogue's extractor finds them."""
    values = dict(warning.values)

    def names(people: object) -> str:
        assert isinstance(people, tuple)
        if len(people) == 1:
            return str(people[0])
        return _("{names} and {last}").format(names=", ".join(people[:-1]), last=people[-1])

    if warning.code == DOUBLE_BOOKING:
        people = values["people"]
        assert isinstance(people, tuple)
        return n_("{people} already has a session at {when} ({zone}) that overlaps this one.",
                  "{people} already have a session at {when} ({zone}) that overlaps this one.",
                  len(people)).format(people=names(people), when=values["when"], zone=values["zone"])
    if warning.code == OUTSIDE_PROGRAM:
        return _("{day} is outside the dates of {program} ({first} to {last}).").format(**values)
    if warning.code == HOST_CAPACITY:
        count = values["count"]
        assert isinstance(count, int)
        return n_("{host} would host {count} session in the week of {week}; the limit is {limit} a week.",
                  "{host} would host {count} sessions in the week of {week}; the limit is {limit} a week.",
                  count).format(**values)
    if warning.code == TIME_ZONE_GAP:
        times = values["times"]
        assert isinstance(times, tuple)
        where = "; ".join(_("{name}: {day} {time} ({zone})").format(
            name=name, day=_(WEEKDAYS[day]), time=clock, zone=zone) for name, day, clock, zone in times)
        return _("{host} and {guest} are {hours} hours apart; the call is outside working hours for {outside} "
                 "({times}).").format(host=values["host"], guest=values["guest"], hours=values["hours"],
                                      outside=names(values["outside"]), times=where)
    raise ValueError(f"no text for the warning {warning.code!r}")
