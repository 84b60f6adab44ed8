"""Pairing on SQLite and PostgreSQL: the planner's promises on data read from the database, applying a
reviewed proposal in one transaction, manual pairs and exclusions."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest

from shadowdesk.model import Pairing, PairingStatus, Person, SessionKind, ShadowSession, Side
from shadowdesk.rules.planner import Participant
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.services.pairing import PairingService, ProposedRow
from shadowdesk.services.programs import ProgramDraft, ProgramService
from tests.rules.planner_checks import check_plan

OFFICES = [("Berlin", "Europe/Berlin"), ("Kraków", "Europe/Warsaw"), ("Tokyo", "Asia/Tokyo"),
           ("New York", "America/New_York")]


@pytest.fixture
def programs(db) -> ProgramService:
    return ProgramService(db)


@pytest.fixture
def pairing(db) -> PairingService:
    return PairingService(db)


def add_people(db, count: int, department: str, rng: random.Random, manager_from: list[int] = (),
               manager: int | None = None):
    with db.transaction() as session:
        people = []
        for n in range(count):
            office, zone = rng.choice(OFFICES)
            people.append(Person(full_name=f"{department} {n}", email=f"{department.lower()}{n}.{rng.random()}@x.com",
                                 department=department, location=office, time_zone=zone,
                                 manager_id=rng.choice([None, *manager_from]) if manager_from else manager))
        session.add_all(people)
        session.flush()
        return [Participant(p.id, p.location, p.time_zone, 1, p.manager_id) for p in people]


def new_program(programs: ProgramService, name: str, side_a, side_b, capacity_b: int = 1) -> int:
    program = programs.create(ProgramDraft(name, date(2026, 1, 1), date(2026, 6, 30)))
    programs.enroll(program.id, Side.A, [p.id for p in side_a])
    programs.enroll(program.id, Side.B, [p.id for p in side_b], capacity=capacity_b)
    return program.id


@pytest.mark.parametrize("seed", [1, 2])
def test_planner_promises_hold_on_programs_read_from_the_database(db, programs, pairing, seed):
    """Three programs in a row: each later one must avoid the pairs of the ones before it."""
    rng = random.Random(seed)
    side_b = add_people(db, 5, "PM", rng)
    side_a = add_people(db, 9, "Sales", rng, manager_from=[p.id for p in side_b])
    earlier: list[tuple[int, int]] = []
    for number in range(3):
        capacity = rng.choice([1, 2, 3])
        program_id = new_program(programs, f"Program {seed}.{number}", side_a, side_b, capacity)
        forbidden = (rng.choice(side_a).id, rng.choice(side_b).id)
        pairing.exclude(*forbidden, program_id=program_id, reason="Same team already")
        rounds = rng.randint(1, 3)
        proposal = pairing.plan(program_id, rounds)
        b_with_capacity = [Participant(p.id, p.location, p.time_zone, capacity, p.manager_id) for p in side_b]
        check_plan(_as_plan(proposal), side_a, b_with_capacity, rounds, earlier_pairs=earlier,
                   excluded=[forbidden])
        assert pairing.apply(program_id, proposal.rows) == len(proposal.rows)
        earlier += [(r.person_a_id, r.person_b_id) for r in proposal.rows]
        assert len(pairing.list_pairs(program_id)) == len(proposal.rows)


def _as_plan(proposal):
    from shadowdesk.rules.planner import Plan, ProposedPair

    return Plan(tuple(ProposedPair(r.round, r.person_a_id, r.person_b_id, r.reason) for r in proposal.rows), ())


def test_planning_continues_after_the_rounds_already_made_without_repeats(db, programs, pairing):
    rng = random.Random(3)
    side_a, side_b = add_people(db, 3, "Sales", rng), add_people(db, 3, "PM", rng)
    program_id = new_program(programs, "Rotation", side_a, side_b)
    first = pairing.plan(program_id, 2)
    pairing.apply(program_id, first.rows)
    second = pairing.plan(program_id, 2)
    assert {r.round for r in second.rows} == {3}  # only one new partner left for each person
    check_plan(_as_plan(second), side_a, side_b, 2, first_round=3,
               program_pairs=[(r.person_a_id, r.person_b_id) for r in first.rows])
    assert len(second.rows) == 3
    pairing.apply(program_id, second.rows)
    assert pairing.plan(program_id, 1).rows == ()


def test_a_manager_and_their_direct_report_are_never_planned_or_paired_by_hand(db, programs, pairing):
    rng = random.Random(4)
    boss = add_people(db, 1, "PM", rng)
    report = add_people(db, 1, "Sales", rng, manager=boss[0].id)
    program_id = new_program(programs, "Managers", report, boss)
    proposal = pairing.plan(program_id, 1)
    assert proposal.rows == () and {u.name for u in proposal.unpaired} == {"PM 0", "Sales 0"}
    with pytest.raises(UserError, match="manager"):
        pairing.add_manual(program_id, report[0].id, boss[0].id)


def test_apply_writes_the_reviewed_rows_and_nothing_when_one_is_bad(db, programs, pairing):
    rng = random.Random(5)
    side_a, side_b = add_people(db, 2, "Sales", rng), add_people(db, 2, "PM", rng)
    program_id = new_program(programs, "Review", side_a, side_b)
    proposal = pairing.plan(program_id, 1)
    first, second = proposal.rows
    swapped = [ProposedRow(1, first.person_a_id, first.person_a_name, second.person_b_id, second.person_b_name,
                           "Swapped by the coordinator"),
               ProposedRow(1, second.person_a_id, second.person_a_name, first.person_b_id, first.person_b_name,
                           "Swapped by the coordinator")]
    pairing.exclude(swapped[1].person_a_id, swapped[1].person_b_id, program_id=program_id)
    with pytest.raises(UserError, match="excluded"):
        pairing.apply(program_id, swapped)
    assert pairing.list_pairs(program_id) == []
    with pytest.raises(UserError, match="appears twice"):
        pairing.apply(program_id, [swapped[0], swapped[0]])
    assert pairing.list_pairs(program_id) == []

    assert pairing.apply(program_id, swapped[:1]) == 1
    [saved] = pairing.list_pairs(program_id)
    assert (saved.person_a_id, saved.person_b_id, saved.status, saved.reason) == (
        swapped[0].person_a_id, swapped[0].person_b_id, PairingStatus.CONFIRMED, "Swapped by the coordinator")
    with pytest.raises(UserError, match="already paired"):
        pairing.apply(program_id, swapped[:1])


def test_rounds_share_the_program_s_dates_and_apply_saves_the_dates_as_reviewed(db, programs, pairing):
    rng = random.Random(11)
    side_a, side_b = add_people(db, 3, "Sales", rng), add_people(db, 3, "PM", rng)
    program_id = new_program(programs, "Dated", side_a, side_b)  # 2026-01-01 to 2026-06-30
    proposal = pairing.plan(program_id, 2)
    assert proposal.rounds == ((1, date(2026, 1, 1), date(2026, 3, 31)), (2, date(2026, 4, 1), date(2026, 6, 30)))
    assert {(r.round, r.round_start, r.round_end) for r in proposal.rows} == {
        (1, date(2026, 1, 1), date(2026, 3, 31)), (2, date(2026, 4, 1), date(2026, 6, 30))}
    # The coordinator moves round 2 to start a week later: the pairs keep the dates as reviewed.
    reviewed = [replace(r, round_start=date(2026, 4, 8)) if r.round == 2 else r for r in proposal.rows]
    backwards = [replace(r, round_end=date(2026, 3, 1)) if r.round == 2 else r for r in reviewed]
    with pytest.raises(UserError, match="Round 2 ends before it starts"):
        pairing.apply(program_id, backwards)
    assert pairing.list_pairs(program_id) == []
    pairing.apply(program_id, reviewed)
    assert {(p.round, p.round_start, p.round_end) for p in pairing.list_pairs(program_id)} == {
        (1, date(2026, 1, 1), date(2026, 3, 31)), (2, date(2026, 4, 8), date(2026, 6, 30))}
    with db.session() as session:
        assert {(p.round, p.round_start) for p in session.query(Pairing)} == {
            (1, date(2026, 1, 1)), (2, date(2026, 4, 8))}


def test_later_rounds_share_the_days_left_after_the_dated_ones(db, programs, pairing):
    rng = random.Random(12)
    side_a, side_b = add_people(db, 3, "Sales", rng), add_people(db, 3, "PM", rng)
    program_id = new_program(programs, "Later", side_a, side_b)
    first = pairing.plan(program_id, 1)
    pairing.apply(program_id, [replace(r, round_end=date(2026, 2, 28)) for r in first.rows])
    assert pairing.plan(program_id, 2).rounds == ((2, date(2026, 3, 1), date(2026, 4, 30)),
                                                  (3, date(2026, 5, 1), date(2026, 6, 30)))
    extra = add_people(db, 1, "Sales", rng)
    programs.enroll(program_id, Side.A, [extra[0].id])
    pair = pairing.add_manual(program_id, extra[0].id, side_b[0].id)
    assert (pair.round, pair.round_start, pair.round_end) == (1, date(2026, 1, 1), date(2026, 2, 28))


def test_pairing_someone_by_hand_in_a_review_follows_the_rules_of_a_manual_pair(db, programs, pairing):
    rng = random.Random(13)
    boss = add_people(db, 1, "PM", rng)
    side_a = add_people(db, 2, "Sales", rng, manager=boss[0].id)
    other_pm = add_people(db, 1, "PM", rng)
    program_id = new_program(programs, "By hand", side_a, [*boss, *other_pm])
    proposal = pairing.plan(program_id, 1)
    [row] = proposal.rows
    [left] = [u for u in proposal.unpaired if u.side is Side.A]
    with pytest.raises(UserError, match="manager"):
        pairing.hand_pair(program_id, 1, left.person_id, boss[0].id, proposal.rows)
    with pytest.raises(UserError, match="already in the proposal"):
        pairing.hand_pair(program_id, 1, row.person_a_id, row.person_b_id, proposal.rows)
    with pytest.raises(UserError, match="side A"):
        pairing.hand_pair(program_id, 1, other_pm[0].id, left.person_id, proposal.rows)
    made = pairing.hand_pair(program_id, 1, left.person_id, other_pm[0].id, proposal.rows)
    assert (made.person_a_name, made.reason, made.round_start, made.round_end) == (
        left.name, "Paired by the coordinator", row.round_start, row.round_end)
    assert pairing.list_pairs(program_id) == []  # nothing is written before the review is confirmed
    with pytest.raises(UserError, match="appears twice"):
        pairing.apply(program_id, [*proposal.rows, made, made])
    assert pairing.apply(program_id, [*proposal.rows, made]) == 2


def test_manual_pairs_sides_and_the_life_of_a_pair(db, programs, pairing):
    rng = random.Random(6)
    side_a, side_b = add_people(db, 1, "Sales", rng), add_people(db, 1, "PM", rng)
    program_id = new_program(programs, "Manual", side_a, side_b)
    with pytest.raises(UserError, match="side A"):
        pairing.add_manual(program_id, side_b[0].id, side_a[0].id)
    pair = pairing.add_manual(program_id, side_a[0].id, side_b[0].id, "They asked for it")
    assert (pair.status, pair.reason, pair.round) == (PairingStatus.CONFIRMED, "They asked for it", 1)
    with pytest.raises(UserError, match="Only a proposed pair"):
        pairing.confirm(pair.id)
    with db.transaction() as session:
        session.get(Pairing, pair.id).status = PairingStatus.PROPOSED
    assert pairing.confirm(pair.id).status is PairingStatus.CONFIRMED
    assert pairing.end(pair.id).status is PairingStatus.ENDED

    with db.transaction() as session:
        session.add(ShadowSession(uid="u1", kind=SessionKind.PROJECT_SHADOW, program_id=program_id,
                                  pairing_id=pair.id, host_id=side_b[0].id,
                                  starts_at=_utc(2026, 2, 1, 9), ends_at=_utc(2026, 2, 1, 11)))
    with pytest.raises(UserError, match="end the pair"):
        pairing.remove(pair.id)


def test_a_pair_without_sessions_can_be_removed_and_planned_again(db, programs, pairing):
    rng = random.Random(7)
    side_a, side_b = add_people(db, 1, "Sales", rng), add_people(db, 1, "PM", rng)
    program_id = new_program(programs, "Undo", side_a, side_b)
    pair = pairing.add_manual(program_id, side_a[0].id, side_b[0].id)
    assert pairing.plan(program_id, 1).rows == ()
    pairing.remove(pair.id)
    assert len(pairing.plan(program_id, 1).rows) == 1


def test_global_exclusions_apply_to_every_program_and_can_be_lifted(db, programs, pairing):
    rng = random.Random(8)
    side_a, side_b = add_people(db, 1, "Sales", rng), add_people(db, 1, "PM", rng)
    first = new_program(programs, "One", side_a, side_b)
    exclusion = pairing.exclude(side_b[0].id, side_a[0].id, reason="Related")
    assert [(e.person_a_name, e.reason) for e in pairing.exclusions(first)] == [("PM 0", "Related")]
    assert pairing.plan(first, 1).rows == ()
    pairing.remove_exclusion(exclusion.id)
    assert len(pairing.plan(first, 1).rows) == 1


def test_planning_needs_people_on_both_sides_and_a_sane_number_of_rounds(db, programs, pairing):
    program = programs.create(ProgramDraft("Empty", date(2026, 1, 1), date(2026, 2, 1)))
    with pytest.raises(UserError, match="both sides"):
        pairing.plan(program.id, 1)
    with pytest.raises(UserError, match="rounds"):
        pairing.plan(program.id, 0)


def _utc(*parts):
    from datetime import UTC, datetime

    return datetime(*parts, tzinfo=UTC)


def test_an_exclusion_is_refused_when_it_already_holds_and_removing_it_twice_says_so(db, programs, pairing):
    rng = random.Random(9)
    side_a, side_b = add_people(db, 1, "Sales", rng), add_people(db, 1, "PM", rng)
    program = new_program(programs, "One", side_a, side_b)
    a, b = side_a[0].id, side_b[0].id
    with pytest.raises(UserError, match="two different people"):
        pairing.exclude(a, a, program_id=program)
    local = pairing.exclude(a, b, program_id=program)
    with pytest.raises(UserError, match="^PM 0 and Sales 0 are already excluded in this program.$"):
        pairing.exclude(b, a, program_id=program)
    wider = pairing.exclude(b, a)  # every program is more than this one
    with pytest.raises(UserError, match="already excluded in every program"):
        pairing.exclude(a, b, program_id=program)
    with pytest.raises(UserError, match="already excluded in every program"):
        pairing.exclude(a, b)
    assert {e.id for e in pairing.exclusions(program)} == {local.id, wider.id}

    removed = pairing.remove_exclusion(local.id)
    assert (removed.person_a_name, removed.person_b_name, removed.program_id) == ("Sales 0", "PM 0", program)
    with pytest.raises(NotFound, match=f"no exclusion number {local.id}"):
        pairing.remove_exclusion(local.id)
    assert [e.id for e in pairing.exclusions(program)] == [wider.id]


def test_the_planner_prefers_a_partner_strong_in_what_a_person_is_weakest_in_and_says_so(db, programs, pairing):
    from shadowdesk.services.people import PeopleService, PersonInput
    from shadowdesk.services.skills import SkillService

    people = PeopleService(db)
    ids = {name: people.add_person(PersonInput(name, f"{name.lower()}@example.com", location="Berlin",
                                               time_zone="Europe/Berlin"))
           for name in ("Sara", "Sam", "Piotr", "Paula")}
    program = new_program(programs, "Skills", [Participant(ids["Sara"]), Participant(ids["Sam"])],
                          [Participant(ids["Piotr"]), Participant(ids["Paula"])])

    def partner_of_sara():
        (row,) = [r for r in pairing.plan(program, 1).rows if r.person_a_id == ids["Sara"]]
        return row

    assert "strong" not in partner_of_sara().reason  # no skills in the program: the preference is off
    skills = SkillService(db)
    skills.load_starter(program, "en", None)
    first = partner_of_sara().person_b_name
    other = "Paula" if first == "Piotr" else "Piotr"
    for skill in skills.catalogue(program):
        if skill.side is Side.A:  # what the salespeople learn: Sara is weakest in estimating
            skills.rate_self(ids["Sara"], skill.id, "start", 1 if skill.name == "Estimating a project" else 3, None)
    estimating = skills.find(program, "Estimating a project")
    skills.record(ids[other], estimating.id, 4, date(2026, 1, 5), "Certified estimator", None)
    chosen = partner_of_sara()
    assert chosen.person_b_name == other  # the same office either way: the skill broke the tie
    assert chosen.reason.endswith(f"{other} is strong in what Sara is weakest in: Estimating a project")


def test_a_german_reader_gets_the_planners_reasons_and_the_refusals_in_german(db, programs, pairing, german):
    with db.transaction() as session:
        people = [Person(full_name=name, email=f"{n}@x.com", department=department, location="Berlin",
                         time_zone="Europe/Berlin") for n, (name, department) in enumerate(
                             [("Anna Nowak", "Sales"), ("Ben Weber", "PM")])]
        session.add_all(people)
        session.flush()
        anna, ben = (Participant(p.id, p.location, p.time_zone) for p in people)
    program_id = new_program(programs, "Sommer", [anna], [ben])
    [row] = pairing.plan(program_id, 1).rows
    assert row.reason == "Gleiches Büro (Berlin); neue Partner"
    with pytest.raises(UserError, match="^Planen Sie zwischen 1 und 52 Runden.$"):
        pairing.plan(program_id, 0)
