"""The planner's promises, checked on a finished plan. Shared by the rule tests and the database tests.

Optimality is checked through what a coordinator could spot by hand: a move of one person to another
partner, or a swap of partners between two pairs of one round, that would have been better.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from datetime import datetime

from shadowdesk.rules.planner import REFERENCE_INSTANT, Participant, Plan, utc_offset_hours


def distance(first: Participant, second: Participant, at: datetime = REFERENCE_INSTANT) -> float:
    """Same office is best, then fewer hours between the time zones (12 h counts as far as it gets)."""
    if first.location.strip() and first.location.strip().casefold() == second.location.strip().casefold():
        return 0.0
    one, two = utc_offset_hours(first.time_zone, at), utc_offset_hours(second.time_zone, at)
    hours = 6.0 if one is None or two is None else min(abs(one - two), 12.0)
    return 20 + 5 * hours


def check_plan(
    plan: Plan,
    side_a: Sequence[Participant],
    side_b: Sequence[Participant],
    rounds: int,
    *,
    first_round: int = 1,
    program_pairs: Collection[tuple[int, int]] = (),
    earlier_pairs: Collection[tuple[int, int]] = (),
    excluded: Collection[tuple[int, int]] = (),
) -> None:
    people = {p.id: p for p in (*side_a, *side_b)}
    a_ids, b_ids = {p.id for p in side_a}, {p.id for p in side_b}
    larger, smaller = (a_ids, b_ids) if len(side_a) >= len(side_b) else (b_ids, a_ids)
    forbidden = {frozenset(p) for p in (*program_pairs, *excluded)}
    forbidden |= {frozenset((p.id, p.manager_id)) for p in people.values() if p.manager_id in people}
    met = {frozenset(p) for p in earlier_pairs}

    seen: set[frozenset[int]] = set()
    by_round: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for pair in plan.pairs:
        key = frozenset((pair.a_id, pair.b_id))
        assert pair.a_id in a_ids and pair.b_id in b_ids, pair
        assert key not in forbidden, f"excluded or repeated pair proposed: {pair}"
        assert key not in seen, f"pair proposed twice: {pair}"
        assert pair.reason, pair
        assert first_round <= pair.round < first_round + rounds, pair
        seen.add(key)
        small, large = (pair.b_id, pair.a_id) if pair.b_id in smaller else (pair.a_id, pair.b_id)
        by_round[pair.round].append((large, small))

    used = set(forbidden)
    for number in range(first_round, first_round + rounds):
        pairs = by_round.get(number, [])
        load = Counter(small for _, small in pairs)
        large_load = Counter(large for large, _ in pairs)
        assert all(n == 1 for n in large_load.values()), f"round {number}: two partners on the larger side"
        assert all(load[s] <= max(1, people[s].capacity) for s in load), f"round {number}: over capacity"

        def free(large: int, small: int, used: set[frozenset[int]] = used) -> bool:
            return frozenset((large, small)) not in used

        for large in larger - set(large_load):  # nobody left out while a partner had room
            for small in smaller:
                assert not (load[small] < max(1, people[small].capacity) and free(large, small)), (
                    f"round {number}: {large} unpaired although {small} had room")
        for small in smaller:  # nobody takes two partners while a peer who could take one has none
            if load[small] < 2:
                continue
            for idle in (s for s in smaller if load[s] == 0):
                movable = [large for large, s in pairs if s == small and free(large, idle)]
                assert not movable, f"round {number}: {small} has {load[small]} partners, {idle} none"
        for large, small in pairs:  # a pair that met before only when no fresh partner had room
            if frozenset((large, small)) not in met:
                continue
            for other in smaller - {small}:
                fresh = free(large, other) and frozenset((large, other)) not in met
                has_room = load[other] <= load[small] - 1 and load[other] < max(1, people[other].capacity)
                assert not (fresh and has_room), f"round {number}: {large} met {small} before, {other} free"
        for n, (x, j) in enumerate(pairs):  # no swap of partners would be fresher or closer
            for y, k in pairs[n + 1:]:
                if j == k or not (free(x, k) and free(y, j)):
                    continue
                met_now = (frozenset((x, j)) in met) + (frozenset((y, k)) in met)
                met_swapped = (frozenset((x, k)) in met) + (frozenset((y, j)) in met)
                assert met_swapped >= met_now, f"round {number}: swapping {x},{y} avoids a repeat"
                if met_swapped == met_now:
                    now = distance(people[x], people[j]) + distance(people[y], people[k])
                    swapped = distance(people[x], people[k]) + distance(people[y], people[j])
                    assert now <= swapped + 1e-9, f"round {number}: swapping {x},{y} is closer"
        used |= {frozenset(pair) for pair in pairs}
