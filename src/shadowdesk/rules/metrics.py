"""Program figures computed from counts and sums: pure functions, no SQL, no Qt.

The database does the counting (services/reports.py); these turn the counts into the rates, ratios and
shifts that a report shows, with one definition each so the PDF, the CSV and the GUI agree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass


def side_ratio(side_a: int, side_b: int) -> float | None:
    """Participants of side A per participant of side B; 1.0 means both departments take part equally."""
    return side_a / side_b if side_b else None


def share(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide (a report shows a dash, not 0 %)."""
    return part / whole if whole else None


@dataclass(frozen=True)
class PerceptionShift:
    """How participants of one side rated their understanding of the other side, before and after."""

    people: int  # people who answered both the start and the end survey
    start: float | None  # mean score of those people at the start, 1-5
    end: float | None
    shift: float | None  # end - start; positive means they understand the other side better


def _mean(values: Sequence[float]) -> float | None:
    return _mean_of_some(values) if values else None


def _mean_of_some(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def perception_shift(start: Mapping[int, Sequence[int]], end: Mapping[int, Sequence[int]]) -> PerceptionShift:
    """start and end map a person to their answers. Only people who answered both surveys count, so
    people joining or leaving mid-program do not fake a shift."""
    both = [person for person in sorted(start.keys() & end.keys()) if start[person] and end[person]]
    mean_start = _mean([_mean_of_some(start[person]) for person in both])
    mean_end = _mean([_mean_of_some(end[person]) for person in both])
    shift = mean_end - mean_start if mean_start is not None and mean_end is not None else None
    return PerceptionShift(len(both), mean_start, mean_end, shift)

