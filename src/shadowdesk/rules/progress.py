"""Progress of pairs and participants against the targets a coordinator set: pure functions, no SQL, no Qt.

A program sets two targets: sessions per pair and hours per participant. A pair's hours count for both of
its people, so a pair's hours are measured against the hours target too. Whether a pair is on track
compares what it has done with what the share of the program's time already gone asks for; a pair that has
had no session for a while, and has none planned, is stalled. The report, the Programs view, the dashboard
and the CLI all read these, so they agree.
"""

from __future__ import annotations

import enum
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta


class PairProgressStatus(enum.StrEnum):
    DONE = "done"  # the sessions target is met
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NOT_STARTED = "not_started"  # no completed session yet


@dataclass(frozen=True)
class Targets:
    sessions_per_pair: int
    hours_per_participant: float


@dataclass(frozen=True)
class PairActivity:
    """What a pair has done, counted by the database."""

    sessions_done: int
    hours_done: float
    last_session: date | None  # the day of the latest completed session
    next_planned: date | None  # the day of the next planned session, today or later
    paired_on: date  # when the pair was made: a pair without sessions is idle since then


@dataclass(frozen=True)
class PairProgress:
    sessions_done: int
    sessions_target: int
    hours_done: float
    hours_target: float
    status: PairProgressStatus
    stalled: bool
    days_since_last_session: int | None  # None: no completed session yet
    next_planned: date | None


def elapsed_share(start: date, end: date, today: date) -> float:
    """How much of the program's time has gone, 0 before it starts and 1 once it has ended."""
    if today <= start:
        return 0.0
    if today >= end:
        return 1.0
    return (today - start).days / max((end - start).days, 1)


def sessions_expected(target: int, start: date, end: date, today: date) -> int:
    """Completed sessions a pair on track has by today: the target spread evenly over the program, in whole
    sessions (a pair is not behind for lacking a fraction of one)."""
    return math.floor(target * elapsed_share(start, end, today) + 1e-9)


def program_is_running(start: date, end: date, today: date) -> bool:
    return start <= today <= end


def pair_progress(activity: PairActivity, targets: Targets, start: date, end: date, today: date,
                  stalled_after_days: int) -> PairProgress:
    done = activity.sessions_done
    if targets.sessions_per_pair and done >= targets.sessions_per_pair:
        status = PairProgressStatus.DONE
    elif done == 0:
        status = PairProgressStatus.NOT_STARTED
    elif done >= sessions_expected(targets.sessions_per_pair, start, end, today):
        status = PairProgressStatus.ON_TRACK
    else:
        status = PairProgressStatus.BEHIND
    idle_since = activity.last_session or activity.paired_on
    stalled = (
        status is not PairProgressStatus.DONE
        and program_is_running(start, end, today)
        and activity.next_planned is None
        and today - idle_since >= timedelta(days=stalled_after_days)
    )
    return PairProgress(
        done,
        targets.sessions_per_pair,
        activity.hours_done,
        targets.hours_per_participant,
        status,
        stalled,
        (today - activity.last_session).days if activity.last_session else None,
        activity.next_planned,
    )


@dataclass(frozen=True)
class ProgramProgress:
    """How the program's pairs stand, for a summary: counts per status, and the stalled ones."""

    pairs: int
    by_status: dict[PairProgressStatus, int]
    stalled: int

    def share(self, status: PairProgressStatus) -> float | None:
        return self.by_status.get(status, 0) / self.pairs if self.pairs else None


def program_progress(pairs: Iterable[PairProgress]) -> ProgramProgress:
    pairs = list(pairs)
    return ProgramProgress(len(pairs), dict(Counter(p.status for p in pairs)), sum(p.stalled for p in pairs))


def hours_share(hours_done: float, hours_target: float) -> float | None:
    """hours done against the target, or None when no target was set."""
    return hours_done / hours_target if hours_target > 0 else None
