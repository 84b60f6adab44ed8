"""The rotation planner's promises, proved on random programs with hypothesis and on named examples."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shadowdesk.rules.planner import Participant, PlanningCancelled, SkillMatch, plan_rotation
from tests.rules.planner_checks import check_plan, distance

OFFICES = [("Berlin", "Europe/Berlin"), ("Kraków", "Europe/Warsaw"), ("Tokyo", "Asia/Tokyo"),
           ("New York", "America/New_York"), ("", "UTC"), ("Remote", "Not/AZone")]


@st.composite
def programs(draw):
    """Two sides of 1-8 people with capacities, managers, earlier and excluded pairs, pairs already made."""
    n_a, n_b = draw(st.integers(1, 8)), draw(st.integers(1, 8))
    ids_a, ids_b = list(range(1, n_a + 1)), list(range(101, 101 + n_b))
    everyone = ids_a + ids_b

    def person(pid: int) -> Participant:
        office, zone = draw(st.sampled_from(OFFICES))
        manager = draw(st.one_of(st.none(), st.sampled_from(everyone)))
        return Participant(pid, office, zone, draw(st.integers(1, 3)), None if manager == pid else manager)

    side_a, side_b = [person(p) for p in ids_a], [person(p) for p in ids_b]
    cross = st.tuples(st.sampled_from(ids_a), st.sampled_from(ids_b))
    program_pairs = draw(st.sets(cross, max_size=6))
    earlier = draw(st.sets(cross.map(lambda p: p if draw(st.booleans()) else p[::-1]), max_size=10))
    excluded = draw(st.sets(cross, max_size=6))
    return side_a, side_b, program_pairs, earlier, excluded


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programs(), st.integers(1, 4), st.integers(1, 3))
def test_every_promise_holds_on_random_programs(program, rounds, first_round):
    side_a, side_b, program_pairs, earlier, excluded = program
    plan = plan_rotation(side_a, side_b, rounds, first_round=first_round, program_pairs=program_pairs,
                         earlier_pairs=earlier, excluded=excluded)
    check_plan(plan, side_a, side_b, rounds, first_round=first_round, program_pairs=program_pairs,
               earlier_pairs=earlier, excluded=excluded)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programs(), st.integers(1, 3), st.data())
def test_skill_matches_only_break_ties(program, rounds, data):
    """With any skill matches every promise still holds, and the first round is as good as without them
    on everything else: as many pairs, as few repeats, offices as close."""
    side_a, side_b, program_pairs, earlier, excluded = program
    cross = [(a.id, b.id) for a in side_a for b in side_b]
    matches = data.draw(st.dictionaries(st.sampled_from(cross),
                                        st.floats(0.01, 1.0).map(lambda strength: SkillMatch(strength, "skills")),
                                        max_size=20))
    kwargs = {"program_pairs": program_pairs, "earlier_pairs": earlier, "excluded": excluded}
    plan = plan_rotation(side_a, side_b, rounds, skill_matches=matches, **kwargs)
    check_plan(plan, side_a, side_b, rounds, **kwargs)
    people = {p.id: p for p in (*side_a, *side_b)}
    met = {frozenset(pair) for pair in earlier}

    def first_round(pairs):
        chosen = [p for p in pairs if p.round == 1]
        return (len(chosen), sum(frozenset((p.a_id, p.b_id)) in met for p in chosen),
                round(sum(distance(people[p.a_id], people[p.b_id]) for p in chosen), 6))

    assert first_round(plan.pairs) == first_round(plan_rotation(side_a, side_b, 1, **kwargs).pairs)
    for pair in plan.pairs:
        assert pair.reason.endswith("; skills") == ((pair.a_id, pair.b_id) in matches)


def test_among_equal_partners_the_one_strong_in_what_the_other_is_weakest_in_is_chosen():
    side_a = [Participant(1, "Berlin"), Participant(2, "Berlin")]
    side_b = [Participant(3, "Berlin"), Participant(4, "Berlin"), Participant(5, "Tokyo", "Asia/Tokyo")]
    match = SkillMatch(0.5, "Piotr is strong in what Sara is weakest in: Estimating a project")
    without = {(p.a_id, p.b_id) for p in plan_rotation(side_a, side_b, 1).pairs}
    assert without == {(1, 3), (2, 4)}
    plan = plan_rotation(side_a, side_b, 1, skill_matches={(1, 4): match, (2, 5): SkillMatch(1.0, "far away")})
    assert {(p.a_id, p.b_id) for p in plan.pairs} == {(1, 4), (2, 3)}  # Tokyo stays a farther office
    reasons = {(p.a_id, p.b_id): p.reason for p in plan.pairs}
    assert reasons[(1, 4)] == "Same office (Berlin); new partners; " + match.reason
    assert reasons[(2, 3)] == "Same office (Berlin); new partners"


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 9), st.data())
def test_equal_sides_meet_a_new_partner_every_round(size, data):
    rounds = data.draw(st.integers(1, size))
    side_a = [Participant(i, data.draw(st.sampled_from(OFFICES))[0]) for i in range(size)]
    side_b = [Participant(100 + i, data.draw(st.sampled_from(OFFICES))[0]) for i in range(size)]
    plan = plan_rotation(side_a, side_b, rounds)
    for person in side_a:
        partners = [p.b_id for p in plan.pairs if p.a_id == person.id]
        assert len(partners) == rounds and len(set(partners)) == rounds
    assert plan.unpaired == ()


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 4), st.integers(1, 3), st.integers(1, 3))
def test_the_smaller_side_shares_out_its_load_evenly(small, share, capacity_over):
    """Fewer project managers than salespeople: each PM takes the same number, within one."""
    side_a = [Participant(i) for i in range(small * share + 1)]
    side_b = [Participant(100 + i, capacity=share + capacity_over) for i in range(small)]
    plan = plan_rotation(side_a, side_b, 1)
    load = Counter(p.b_id for p in plan.pairs)
    assert len(plan.pairs) == len(side_a)
    assert max(load.values()) - min(load.values()) <= 1
    assert len(load) == small


def test_when_not_everyone_fits_everyone_gets_a_turn_across_rounds():
    side_a = [Participant(i) for i in range(6)]
    side_b = [Participant(100), Participant(101)]
    plan = plan_rotation(side_a, side_b, 3)
    assert Counter(p.a_id for p in plan.pairs) == {i: 1 for i in range(6)}


def test_capacity_caps_the_partners_of_one_person_in_a_round():
    side_a = [Participant(i) for i in range(5)]
    plan = plan_rotation(side_a, [Participant(100, capacity=2), Participant(101, capacity=1)], 1)
    assert Counter(p.b_id for p in plan.pairs) == {100: 2, 101: 1}
    assert (1, 100) not in plan.unpaired and sum(1 for r, _ in plan.unpaired if r == 1) == 2


def test_manager_and_direct_report_are_never_paired_even_when_nobody_else_is_left():
    boss, report = Participant(100), Participant(1, manager_id=100)
    plan = plan_rotation([report], [boss], 2)
    assert plan.pairs == ()
    assert plan.unpaired == ((1, 1), (1, 100), (2, 1), (2, 100))


def test_coordinator_exclusions_hold_in_either_order():
    plan = plan_rotation([Participant(1)], [Participant(2), Participant(3)], 2, excluded=[(2, 1)])
    assert [(p.a_id, p.b_id) for p in plan.pairs] == [(1, 3)]


def test_a_pair_from_an_earlier_program_is_the_last_resort():
    side_a, side_b = [Participant(1, "Berlin")], [Participant(2, "Berlin"), Participant(3, "Tokyo")]
    first = plan_rotation(side_a, side_b, 2, earlier_pairs=[(2, 1)])
    assert [(p.round, p.b_id) for p in first.pairs] == [(1, 3), (2, 2)]
    assert "met in an earlier program" in first.pairs[1].reason
    assert "new partners" in first.pairs[0].reason


def test_same_office_then_close_time_zones_are_preferred_and_the_reason_says_so():
    side_a = [Participant(1, "Berlin", "Europe/Berlin"), Participant(2, "Tokyo", "Asia/Tokyo")]
    side_b = [Participant(3, "Kraków", "Europe/Warsaw"), Participant(4, "Tokyo", "Asia/Tokyo")]
    plan = plan_rotation(side_a, side_b, 1)
    reasons = {(p.a_id, p.b_id): p.reason for p in plan.pairs}
    assert set(reasons) == {(1, 3), (2, 4)}
    assert reasons[(2, 4)].startswith("Same office (Tokyo)")
    assert reasons[(1, 3)].startswith("Same time zone")


@pytest.mark.parametrize("zones, whose", [(("", ""), "both partners"), (("", "Europe/Berlin"), "one partner"),
                                         (("Europe/Berlin", "Not/AZone"), "one partner")])
def test_an_unknown_time_zone_is_never_called_the_same_zone(zones, whose):
    # "" is the zone of a person imported from a roster that had none for them.
    plan = plan_rotation([Participant(1, "Berlin", zones[0])], [Participant(2, "Remote", zones[1])], 1)
    (pair,) = plan.pairs
    assert not pair.reason.startswith(("Same time zone", "Close time zones"))
    assert pair.reason.startswith(f"Time zone of {whose} unknown, so they may be far apart")


def test_the_reason_names_a_shared_partner_and_a_far_time_zone():
    plan = plan_rotation([Participant(1, "Tokyo", "Asia/Tokyo"), Participant(2, "Tokyo", "Asia/Tokyo")],
                         [Participant(3, "New York", "America/New_York", capacity=2)], 1)
    assert all("14 h apart" in p.reason and "one of 2 partners" in p.reason for p in plan.pairs)


def test_pairs_already_made_in_the_program_are_not_repeated_and_rounds_continue():
    side_a, side_b = [Participant(1), Participant(2)], [Participant(3), Participant(4)]
    plan = plan_rotation(side_a, side_b, 1, first_round=2, program_pairs=[(1, 3), (2, 4)])
    assert sorted((p.round, p.a_id, p.b_id) for p in plan.pairs) == [(2, 1, 4), (2, 2, 3)]


def test_progress_is_reported_and_planning_can_be_cancelled_between_rounds():
    side_a, side_b = [Participant(i) for i in range(4)], [Participant(10 + i) for i in range(4)]
    progress = []
    plan_rotation(side_a, side_b, 3, on_round=lambda done, total: progress.append((done, total)))
    assert progress == [(1, 3), (2, 3), (3, 3)]
    with pytest.raises(PlanningCancelled):
        plan_rotation(side_a, side_b, 3, should_stop=lambda: len(progress) > 3,
                      on_round=lambda done, total: progress.append(done))


def test_empty_sides_or_no_rounds_give_an_empty_plan():
    assert plan_rotation([], [Participant(1)], 3).pairs == ()
    assert plan_rotation([Participant(1)], [Participant(2)], 0).pairs == ()


def test_importing_the_planner_does_not_load_scipy():
    code = "import sys, shadowdesk.rules.planner; print('scipy' in sys.modules, 'numpy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]
