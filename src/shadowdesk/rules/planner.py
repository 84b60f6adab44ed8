"""The rotation planner: who shadows whom in each round of a program. Pure functions on plain values.

Each round is one optimal assignment (scipy's linear_sum_assignment) on a cost matrix whose rows are the
larger side and whose columns are the smaller side, each column repeated once per partner that person
may take in a round. The costs are layered so that a cheaper layer can never outweigh a dearer one:

1. a pair that may not be made (excluded, manager and direct report, already paired in this program);
2. the k-th extra partner of one person in a round (so nobody takes two while a peer has none);
3. a person of the larger side who already had more turns than others (when not everyone fits);
4. a pair that already met in an earlier program;
5. distance: same office is free, then the hours between the two time zones;
6. skills, a tie-breaker only: among partners otherwise equal, one strong in what the other is weakest in.
   Every cost above is a multiple of 1.25 (zones differ by quarter hours), and one round's skill credits
   add up to less than 1, so no amount of skill match buys a farther office or a repeat.

Rounds are solved one after another; a pair made in one round is forbidden in the next.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from shadowdesk.translation import _

if TYPE_CHECKING:
    import numpy as np  # imported where it is used: planning is the only work that needs it

FORBIDDEN = 1e10
NO_PARTNER = FORBIDDEN / 2
EXTRA_PARTNER = 1e7
EXTRA_TURN = 1e4
MET_BEFORE = 1e3
OTHER_OFFICE = 20.0
PER_HOUR_APART = 5.0
MAX_HOURS_COUNTED = 12.0
UNKNOWN_ZONE_HOURS = 6.0
CLOSE_HOURS = 3.0
SKILL_CREDIT = 1.0  # shared out over a round's rows: below the smallest step (1.25) of every cost above
# Time zone offsets are taken at one instant (the program's start), so summer time is counted consistently.
REFERENCE_INSTANT = datetime(2026, 1, 15, 12, tzinfo=UTC)


@dataclass(frozen=True)
class Participant:
    """One enrolled person as the planner sees them. capacity: partners they may take in one round."""

    id: int
    location: str = ""
    time_zone: str = "UTC"
    capacity: int = 1
    manager_id: int | None = None


@dataclass(frozen=True)
class SkillMatch:
    """What a pair would teach: strength 0-1 (how much of what one partner is weakest in the other is strong
    in), and the words the pair's reason says it with."""

    strength: float
    reason: str


@dataclass(frozen=True)
class ProposedPair:
    round: int
    a_id: int
    b_id: int
    reason: str


@dataclass(frozen=True)
class Plan:
    pairs: tuple[ProposedPair, ...]
    # (round, person id) of everyone, on either side, who got no partner in that round.
    unpaired: tuple[tuple[int, int], ...]


class PlanningCancelled(Exception):
    """should_stop() said yes between two rounds; nothing of the plan is returned."""


def utc_offset_hours(time_zone: str, at: datetime = REFERENCE_INSTANT) -> float | None:
    """Hours ahead of UTC of an IANA zone at the instant at; None for a name that is not a zone."""
    try:
        offset = at.astimezone(ZoneInfo(time_zone)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return offset.total_seconds() / 3600 if offset is not None else None


def is_manager_pair(first: Participant, second: Participant) -> bool:
    return first.manager_id == second.id or second.manager_id == first.id


def plan_rotation(
    side_a: Sequence[Participant],
    side_b: Sequence[Participant],
    rounds: int,
    *,
    first_round: int = 1,
    program_pairs: Collection[tuple[int, int]] = (),
    earlier_pairs: Collection[tuple[int, int]] = (),
    excluded: Collection[tuple[int, int]] = (),
    skill_matches: Mapping[tuple[int, int], SkillMatch] | None = None,
    at: datetime = REFERENCE_INSTANT,
    should_stop: Callable[[], bool] | None = None,
    on_round: Callable[[int, int], None] | None = None,
) -> Plan:
    """Propose `rounds` rounds of pairs between side_a and side_b, numbered from first_round.

    program_pairs (a id, b id) were already made in this program and are never repeated; earlier_pairs met
    in other programs and are avoided when an alternative exists; excluded pairs (either order) are never
    proposed, nor a manager with their direct report. skill_matches (a id, b id) break ties between partners
    otherwise equal, and their reason is said. on_round(done, total) reports progress; should_stop() is
    asked between rounds and raises PlanningCancelled.
    """
    import numpy as np

    if rounds < 1 or not side_a or not side_b:
        return Plan((), ())
    a_is_rows = len(side_a) >= len(side_b)
    rows, cols = (side_a, side_b) if a_is_rows else (side_b, side_a)
    row_index = {p.id: i for i, p in enumerate(rows)}
    col_index = {p.id: j for j, p in enumerate(cols)}

    def cells(pairs: Iterable[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
        """Matrix cells of pairs given in either order, skipping people who are not enrolled."""
        found = []
        for x, y in pairs:
            if x in row_index and y in col_index:
                found.append((row_index[x], col_index[y]))
            elif y in row_index and x in col_index:
                found.append((row_index[y], col_index[x]))
        if not found:
            return np.empty(0, dtype=np.intp), np.empty(0, dtype=np.intp)
        array = np.asarray(found, dtype=np.intp)
        return array[:, 0], array[:, 1]

    # One matrix holds everything: FORBIDDEN marks pairs that may not be made, updated cell by cell.
    cost = _distance_matrix(rows, cols, at)
    matches = {}
    for (a_id, b_id), match in (skill_matches or {}).items():
        cell = (row_index.get(a_id), col_index.get(b_id)) if a_is_rows else (row_index.get(b_id), col_index.get(a_id))
        if None not in cell and match.strength > 0:
            matches[cell] = match
            cost[cell] -= SKILL_CREDIT * min(match.strength, 1.0) / (len(rows) + 1)
    met_before = cells(earlier_pairs)
    cost[met_before] += MET_BEFORE
    for forbidden in (program_pairs, excluded, _manager_pairs(rows, cols)):
        cost[cells(forbidden)] = FORBIDDEN
    earlier = set(zip(*(axis.tolist() for axis in met_before), strict=True))

    turns = np.zeros(len(rows))
    for x, y in program_pairs:
        if x in row_index:
            turns[row_index[x]] += 1
        elif y in row_index:
            turns[row_index[y]] += 1
    capacity = np.array([max(1, p.capacity) for p in cols])
    proposed: list[ProposedPair] = []
    unpaired: list[tuple[int, int]] = []
    for done in range(rounds):
        if should_stop is not None and should_stop():
            raise PlanningCancelled()
        number = first_round + done
        # People who may meet nobody any more are left out of the round's matrix: kept in, they would
        # force the slower second try of _solve_round every round.
        open_rows = np.flatnonzero((cost < FORBIDDEN).any(axis=1))
        round_cost = cost if open_rows.size == len(rows) else cost[open_rows]
        extra_turns = turns[open_rows] - turns.min()
        if extra_turns.any():
            round_cost = round_cost + EXTRA_TURN * extra_turns[:, None]
        row_of, col_of = _solve_round(round_cost, capacity, open_rows.size) if open_rows.size else ((), ())
        row_of = open_rows[np.asarray(row_of, dtype=np.intp)]
        col_of = np.asarray(col_of, dtype=np.intp)
        partners = np.bincount(col_of, minlength=len(cols))
        for i, j in zip(row_of.tolist(), col_of.tolist(), strict=True):
            cost[i, j] = FORBIDDEN
            turns[i] += 1
            reason = _reason(rows[i], cols[j], at, (i, j) in earlier, int(partners[j]), matches.get((i, j)))
            a_id, b_id = (rows[i].id, cols[j].id) if a_is_rows else (cols[j].id, rows[i].id)
            proposed.append(ProposedPair(number, a_id, b_id, reason))
        paired_rows = set(row_of.tolist())
        unpaired += [(number, rows[i].id) for i in range(len(rows)) if i not in paired_rows]
        unpaired += [(number, cols[j].id) for j in range(len(cols)) if partners[j] == 0]
        if on_round is not None:
            on_round(done + 1, rounds)
    return Plan(tuple(proposed), tuple(unpaired))


def round_dates(start: date, end: date, rounds: int) -> list[tuple[date, date]]:
    """(first day, last day) of each of `rounds` rounds sharing the days from start to end evenly, one after
    another; when there are fewer days than rounds, rounds share a day rather than end before they start."""
    days = (end - start).days + 1
    if rounds < 1 or days < 1:
        return [(start, start)] * max(rounds, 0)
    bounds = [start + timedelta(days=(n * days) // rounds) for n in range(rounds + 1)]
    return [(bounds[n], max(bounds[n], bounds[n + 1] - timedelta(days=1))) for n in range(rounds)]


def _solve_round(cost: np.ndarray, capacity: np.ndarray, row_count: int) -> tuple[np.ndarray, np.ndarray]:
    """(row indices, column indices) of the allowed pairs of one optimal round.

    Each column is repeated once per partner it may take; the k-th repeat costs k * EXTRA_PARTNER. The
    first try builds only the repeats of an even share (for equal sides: one, whatever the capacity);
    when that pairs everyone it can, no extra seat could have done better, since each costs more than
    any preference. Otherwise the second try uses every repeat plus one "no partner" column per row:
    without those, a person who may meet nobody would still sit in a real slot and push a peer's partner
    onto someone's second seat.
    """
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    even_share = -(-row_count // cost.shape[1])
    full = np.minimum(capacity, row_count)
    for repeats, spare in ((np.minimum(full, even_share), False), (full, True)):
        owner = np.repeat(np.arange(cost.shape[1]), repeats)
        if owner.size == cost.shape[1]:  # one partner each: the matrix is the cost itself
            matrix = cost
        else:
            level = np.arange(owner.size) - np.repeat(np.cumsum(repeats) - repeats, repeats)
            matrix = cost[:, owner] + EXTRA_PARTNER * level[None, :]
        if spare:
            matrix = np.hstack((matrix, np.full((row_count, row_count), NO_PARTNER)))
        row_of, slot_of = linear_sum_assignment(matrix)
        real = slot_of < owner.size
        row_of, col_of = row_of[real], owner[slot_of[real]]
        allowed = cost[row_of, col_of] < FORBIDDEN
        if spare or (allowed.all() and row_of.size == min(row_count, int(full.sum()))):
            return row_of[allowed], col_of[allowed]
    raise AssertionError("unreachable: the second try always returns")


def _manager_pairs(rows: Sequence[Participant], cols: Sequence[Participant]) -> list[tuple[int, int]]:
    """Every manager/direct-report pair across the two sides, found through the manager ids only."""
    present = {p.id for p in rows} | {p.id for p in cols}
    return [(p.id, p.manager_id) for p in (*rows, *cols)
            if p.manager_id is not None and p.manager_id in present]


def _distance_matrix(rows: Sequence[Participant], cols: Sequence[Participant], at: datetime) -> np.ndarray:
    """Preference cost of every cell: 0 for the same office, else a step plus the hours between the zones.

    People sharing an office and zone are grouped first, so the per-cell work is one vectorised lookup.
    """
    import numpy as np

    keys: dict[tuple[str, str], int] = {}
    row_keys = np.array([keys.setdefault(_place(p), len(keys)) for p in rows], dtype=np.intp)
    col_keys = np.array([keys.setdefault(_place(p), len(keys)) for p in cols], dtype=np.intp)
    table = np.array([[_distance(first, second, at)[0] for second in keys] for first in keys])
    costs: np.ndarray = table.ravel()[row_keys[:, None] * len(keys) + col_keys[None, :]]  # numpy types it Any
    return costs


def _place(person: Participant) -> tuple[str, str]:
    return person.location.strip().casefold(), person.time_zone


def _distance(first: tuple[str, str], second: tuple[str, str],
              at: datetime) -> tuple[float, bool, float | None]:
    """(cost, same office, hours apart or None when a zone is unknown) of two (office, zone) places."""
    if first[0] and first[0] == second[0]:
        return 0.0, True, 0.0
    offset_1, offset_2 = utc_offset_hours(first[1], at), utc_offset_hours(second[1], at)
    if offset_1 is None or offset_2 is None:
        return OTHER_OFFICE + PER_HOUR_APART * UNKNOWN_ZONE_HOURS, False, None
    apart = abs(offset_1 - offset_2)
    return OTHER_OFFICE + PER_HOUR_APART * min(apart, MAX_HOURS_COUNTED), False, apart


def _reason(first: Participant, second: Participant, at: datetime, met_before: bool, partners: int,
            skills: SkillMatch | None) -> str:
    _cost, same_office, hours_apart = _distance(_place(first), _place(second), at)
    if same_office:
        parts = [_("Same office ({office})").format(office=first.location.strip())]
    elif hours_apart is None:
        # An unknown zone ("" after an import that had none) is never "the same zone" as anything, not even
        # as another unknown one: the two may be half a world apart.
        unknown = [p for p in (first, second) if utc_offset_hours(p.time_zone, at) is None]
        parts = [_("Time zone of both partners unknown, so they may be far apart: no partner in the same office "
                   "was free") if len(unknown) == 2 else
                 _("Time zone of one partner unknown, so they may be far apart: no partner in the same office "
                   "was free")]
    elif hours_apart <= CLOSE_HOURS:
        parts = [_("Close time zones ({hours} h apart)").format(hours=f"{hours_apart:g}") if hours_apart
                 else _("Same time zone")]
    else:
        parts = [_("Time zones {hours} h apart: no closer partner was free").format(hours=f"{hours_apart:g}")]
    parts.append(_("met in an earlier program: no new partner was free") if met_before else _("new partners"))
    if partners > 1:
        parts.append(_("one of {partners} partners this round: the other side has fewer people").format(
            partners=partners))
    if skills is not None:
        parts.append(skills.reason)
    return "; ".join(parts)
