"""What the month and week calendars draw, laid out and formatted once per period read, in the worker that
reads it: a paint only places these blocks, so its cost does not grow with the sessions of the period.

A week day keeps at most MAX_WEEK_LANES lanes of side-by-side sessions; the rest are counted ("+N more") and
listed in the agenda. A month day keeps the first sessions the grid can show and the day's count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtGui import QColor

from shadowdesk.domain import SessionStatus
from shadowdesk.gui.views.schedule_common import local, other_local_times, session_colour, short_name
from shadowdesk.services.schedule_types import SessionRow

MAX_WEEK_LANES = 4  # more side-by-side sessions than this are counted in the day header's "+N more"
WORKING_HOURS = (7, 19)  # the week's hour scale, widened to show every session of the week


@dataclass(frozen=True, slots=True)
class Block:
    """A session as a calendar draws it: its text and colours, formatted once."""

    row: SessionRow
    text: str  # its lines, joined by newlines
    fill: QColor
    ink: QColor
    struck: bool  # cancelled: its text is struck through


@dataclass(frozen=True, slots=True)
class WeekBlock:
    block: Block
    lane: int
    start_hour: float  # local hours after the day's midnight
    end_hour: float  # the same; 24 for a session that runs past midnight


@dataclass(frozen=True, slots=True)
class WeekDay:
    blocks: tuple[WeekBlock, ...]  # only those in the lanes shown
    lanes: int  # lanes shown, at most MAX_WEEK_LANES
    hidden: int  # sessions in the lanes not shown


@dataclass(frozen=True)
class WeekLayout:
    monday: date
    zone: str
    days: tuple[WeekDay, ...]  # Monday to Sunday
    first_hour: int
    last_hour: int
    rows: Mapping[int, SessionRow]  # every session of the week, by id, shown or not

    @classmethod
    def empty(cls, monday: date, zone: str = "UTC") -> WeekLayout:
        return cls(monday, zone, tuple(WeekDay((), 0, 0) for _ in range(7)), *WORKING_HOURS, {})


@dataclass(frozen=True)
class MonthLayout:
    first_of_month: date
    zone: str
    days: Mapping[date, tuple[Block, ...]]  # the first sessions of each day, in time order
    counts: Mapping[date, int]  # how many sessions each day holds in all

    @classmethod
    def empty(cls, first_of_month: date, zone: str = "UTC") -> MonthLayout:
        return cls(first_of_month, zone, {}, {})

    @property
    def first_shown(self) -> date:
        return month_grid_start(self.first_of_month)


def month_grid_start(first_of_month: date) -> date:
    """The Monday on or before the first of the month: the month grid's first cell."""
    return first_of_month - timedelta(days=first_of_month.weekday())


def block(row: SessionRow, text: str) -> Block:
    fill = session_colour(row)
    return Block(row, text, fill, QColor("white") if fill.alpha() > 150 else QColor("#202020"),
                 row.status is SessionStatus.CANCELLED)


def names(row: SessionRow) -> str:
    return f"{short_name(row.host)} & " + ", ".join(short_name(g) for g in row.guests)


def week_block(row: SessionRow, zone: str) -> Block:
    """Its time, who, and each far participant's local time."""
    start, end = local(row.starts_at, zone), local(row.ends_at, zone)
    lines = [f"{start:%H:%M}–{end:%H:%M}", names(row)]
    others = other_local_times(row, zone)
    if others:
        lines.append(others)
    return block(row, "\n".join(lines))


def _hours(row: SessionRow, zone: str) -> tuple[float, float]:
    start, end = local(row.starts_at, zone), local(row.ends_at, zone)
    return (start.hour + start.minute / 60,
            24.0 if end.date() > start.date() else end.hour + end.minute / 60)


def _lanes(rows: Sequence[SessionRow]) -> dict[int, int]:
    """Each session's lane: the first whose last session has ended when it starts."""
    lane_ends: list[datetime] = []
    lane_of: dict[int, int] = {}
    for row in sorted(rows, key=lambda r: (r.starts_at, r.ends_at)):
        lane = next((n for n, ends in enumerate(lane_ends) if ends <= row.starts_at), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(row.ends_at)
        else:
            lane_ends[lane] = row.ends_at
        lane_of[row.id] = lane
    return lane_of


def lay_out_week(rows: Sequence[SessionRow], zone: str, monday: date) -> WeekLayout:
    by_day: dict[date, list[SessionRow]] = defaultdict(list)
    first, last = WORKING_HOURS
    for row in rows:
        by_day[local(row.starts_at, zone).date()].append(row)
        start, end = _hours(row, zone)
        first, last = min(first, int(start)), max(last, int(end) + (1 if end % 1 else 0))
    days = []
    for offset in range(7):
        day_rows = by_day.get(monday + timedelta(days=offset), [])
        lane_of = _lanes(day_rows)
        lanes = min(max(lane_of.values(), default=-1) + 1, MAX_WEEK_LANES)
        shown = [WeekBlock(week_block(row, zone), lane_of[row.id], *_hours(row, zone))
                 for row in day_rows if lane_of[row.id] < lanes]
        days.append(WeekDay(tuple(shown), lanes, len(day_rows) - len(shown)))
    return WeekLayout(monday, zone, tuple(days), first, last, {row.id: row for row in rows})


def lay_out_month(rows: Sequence[SessionRow], counts: Sequence[int], zone: str,
                  first_of_month: date) -> MonthLayout:
    """rows: the first sessions of each day of the grid; counts: each day's total, from the grid's first."""
    by_day: dict[date, list[Block]] = defaultdict(list)
    for row in rows:
        start = local(row.starts_at, zone)
        by_day[start.date()].append(block(row, f"{start:%H:%M} {names(row)}"))
    first = month_grid_start(first_of_month)
    return MonthLayout(first_of_month, zone, {day: tuple(blocks) for day, blocks in by_day.items()},
                       {first + timedelta(days=n): count for n, count in enumerate(counts)})
