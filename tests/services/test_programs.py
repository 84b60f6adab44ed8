"""Programs and enrollment on SQLite and PostgreSQL: what the coordinator sees after each action."""

from __future__ import annotations

from datetime import date

import pytest

from shadowdesk.model import Pairing, PairingStatus, Person, ProgramStatus, Side
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.programs import ProgramDraft, ProgramService, balance_of, read_email_list

SPRING = ProgramDraft("Spring Cross-Training", date(2026, 3, 1), date(2026, 6, 30))


def add_people(db, rows: list[tuple[str, str, str]], active: bool = True) -> list[int]:
    """(name, email, department) rows straight into the database; their ids."""
    with db.transaction() as session:
        people = [Person(full_name=n, email=e, department=d, active=active) for n, e, d in rows]
        session.add_all(people)
        session.flush()
        return [p.id for p in people]


@pytest.fixture
def service(db) -> ProgramService:
    return ProgramService(db)


def test_a_new_program_is_a_draft_that_can_be_activated_and_closed(service):
    program = service.create(SPRING)
    assert (program.status, program.side_a, program.side_b) == (ProgramStatus.DRAFT, "Sales", "Project Management")
    assert service.activate(program.id).status is ProgramStatus.ACTIVE
    assert service.close(program.id).status is ProgramStatus.CLOSED
    with pytest.raises(UserError, match="closed"):
        service.activate(program.id)
    assert [p.name for p in service.list_programs()] == ["Spring Cross-Training"]


@pytest.mark.parametrize(("draft", "message"), [
    (ProgramDraft(" ", date(2026, 1, 1), date(2026, 2, 1)), "needs a name"),
    (ProgramDraft("X", date(2026, 2, 1), date(2026, 1, 1)), "ends before it starts"),
    (ProgramDraft("X", date(2026, 1, 1), date(2026, 2, 1), "Sales", "sales"), "different departments"),
    (ProgramDraft("X", date(2026, 1, 1), date(2026, 2, 1), target_sessions_per_pair=0), "above zero"),
])
def test_a_bad_program_form_is_refused_in_plain_words(service, draft, message):
    with pytest.raises(UserError, match=message):
        service.create(draft)
    assert service.list_programs() == []


def test_two_programs_cannot_share_a_name(service):
    service.create(SPRING)
    with pytest.raises(UserError, match="already exists"):
        service.create(SPRING)


def test_editing_saves_and_a_stale_edit_is_refused(service):
    program = service.create(SPRING)
    edited = service.update(program.id, ProgramDraft("Spring 2026", SPRING.start_date, SPRING.end_date,
                                                     "Sales", "Delivery", target_sessions_per_pair=6),
                            program.version_id)
    assert (edited.name, edited.side_b, edited.target_sessions_per_pair) == ("Spring 2026", "Delivery", 6)
    with pytest.raises(StaleRecord):
        service.update(program.id, SPRING, program.version_id)
    assert service.get(program.id).name == "Spring 2026"


def test_enroll_by_choice_by_department_and_by_email_list(service, db, tmp_path):
    sales = add_people(db, [("Anna", "anna@x.com", "Sales"), ("Jan", "jan@x.com", "Sales")])
    add_people(db, [("Zoë", "zoe@x.com", "Project Management"), ("Omar", "omar@x.com", "Project Management")])
    add_people(db, [("Old", "old@x.com", "Project Management")], active=False)
    program = service.create(SPRING)

    assert service.enroll(program.id, Side.A, [sales[0]]).added == 1
    result = service.enroll_department(program.id, Side.A, "sales")
    assert (result.added, result.already_enrolled) == (1, 1)
    emails = tmp_path / "pms.csv"
    emails.write_text('Name;Work Email\n"Dubois, Zoë";ZOE@x.com\nOmar;omar@x.com\n', encoding="utf-8-sig")
    assert read_email_list(emails) == ["ZOE@x.com", "omar@x.com"]
    assert service.enroll_emails(program.id, Side.B, read_email_list(emails), capacity=2).added == 2

    assert {p.full_name for p in service.enrolled(program.id, Side.A)} == {"Anna", "Jan"}
    assert {(p.full_name, p.capacity) for p in service.enrolled(program.id, Side.B)} == {("Zoë", 2), ("Omar", 2)}
    assert service.get(program.id).enrolled_a == 2
    assert service.candidates(program.id) == []  # the deactivated person is never offered


def test_an_unknown_email_enrolls_nobody_and_is_named(service, db):
    add_people(db, [("Anna", "anna@x.com", "Sales")])
    program = service.create(SPRING)
    with pytest.raises(UserError, match="ghost@x.com"):
        service.enroll_emails(program.id, Side.A, ["anna@x.com", "ghost@x.com"])
    assert service.enrolled(program.id) == []


def test_someone_on_one_side_is_not_put_on_the_other_and_deactivated_people_are_skipped(service, db):
    anna, = add_people(db, [("Anna", "anna@x.com", "Sales")])
    old, = add_people(db, [("Old", "old@x.com", "Sales")], active=False)
    program = service.create(SPRING)
    service.enroll(program.id, Side.A, [anna])
    result = service.enroll(program.id, Side.B, [anna, old])
    assert (result.added, result.on_other_side, result.inactive) == (0, ("Anna",), ("Old",))
    assert [p.side for p in service.enrolled(program.id)] == [Side.A]


def test_unenroll_refuses_while_the_person_has_a_running_pair(service, db):
    anna, zoe = add_people(db, [("Anna", "anna@x.com", "Sales"), ("Zoë", "zoe@x.com", "PM")])
    program = service.create(SPRING)
    service.enroll(program.id, Side.A, [anna])
    service.enroll(program.id, Side.B, [zoe])
    with db.transaction() as session:
        session.add(Pairing(program_id=program.id, person_a_id=anna, person_b_id=zoe, round=1))
    with pytest.raises(UserError, match="Anna"):
        service.unenroll(program.id, [anna])
    service.close(program.id)  # closing ends the pair, after which leaving is allowed
    assert service.unenroll(program.id, [anna]) == 1
    assert [p.full_name for p in service.enrolled(program.id)] == ["Zoë"]


def test_closing_ends_every_pair_and_closes_enrollment(service, db):
    anna, zoe = add_people(db, [("Anna", "anna@x.com", "Sales"), ("Zoë", "zoe@x.com", "PM")])
    program = service.create(SPRING)
    service.enroll(program.id, Side.A, [anna])
    with db.transaction() as session:
        session.add(Pairing(program_id=program.id, person_a_id=anna, person_b_id=zoe, round=1,
                            status=PairingStatus.CONFIRMED))
    service.close(program.id)
    with db.session() as session:
        assert session.get(Pairing, 1).status is PairingStatus.ENDED
    with pytest.raises(UserError, match="closed"):
        service.enroll(program.id, Side.B, [zoe])


def test_balance_counts_sides_and_warns_when_lopsided(service, db):
    ids = add_people(db, [(f"S{n}", f"s{n}@x.com", "Sales") for n in range(4)]
                     + [(f"P{n}", f"p{n}@x.com", "PM") for n in range(2)])
    program = service.create(SPRING)
    assert service.balance(program.id).lopsided  # nobody yet
    service.enroll(program.id, Side.A, ids[:4])
    service.enroll(program.id, Side.B, ids[4:], capacity=2)
    balance = service.balance(program.id)
    assert (balance.count_a, balance.count_b, balance.capacity_b, balance.ratio) == (4, 2, 4, 2.0)
    assert balance.lopsided and "lopsided" in balance.message and "side B" in balance.message
    assert not balance_of(3, 2, 3, 2).lopsided and balance_of(3, 2, 3, 2).ratio == 1.5
    assert balance_of(4, 2, 4, 2).lopsided


def test_departments_lists_those_of_active_people(service, db):
    add_people(db, [("A", "a@x.com", "Sales"), ("B", "b@x.com", "Project Management"), ("C", "c@x.com", "")])
    add_people(db, [("D", "d@x.com", "Gone")], active=False)
    assert service.departments() == ["Project Management", "Sales"]


def _program_rows(db, *names: str) -> list[int]:
    """Programs as older data may hold them (names equal but for case), straight into the database."""
    from shadowdesk.model import Program

    with db.transaction() as session:
        programs = [Program(name=name, start_date=date(2026, 1, 1), end_date=date(2026, 6, 30)) for name in names]
        session.add_all(programs)
        session.flush()
        return [p.id for p in programs]


@pytest.mark.parametrize("name", ["Équipe Été", "Осенняя программа", "Ψ-Ομάδα"])
def test_a_program_is_found_by_its_name_in_any_case_on_both_backends(service, name):
    created = service.create(ProgramDraft(name, date(2026, 1, 1), date(2026, 6, 30)))
    for typed in (name, name.lower(), name.upper(), f"  {name.casefold()} "):
        assert service.find(typed).id == created.id
    assert service.find(str(created.id)).id == created.id


def test_a_name_that_differs_only_in_case_is_refused_at_create(service):
    service.create(ProgramDraft("Autumn Cross-Training", date(2026, 9, 1), date(2026, 11, 30)))
    with pytest.raises(UserError, match='A program called "Autumn Cross-Training" already exists'):
        service.create(ProgramDraft("AUTUMN CROSS-TRAINING", date(2026, 9, 1), date(2026, 11, 30)))
    assert [p.name for p in service.list_programs()] == ["Autumn Cross-Training"]


def test_the_exact_name_wins_and_a_name_matching_several_is_refused_with_them(db, service):
    autumn, shouted = _program_rows(db, "Autumn Cross-Training", "AUTUMN CROSS-TRAINING")
    assert service.find("Autumn Cross-Training").id == autumn
    assert service.find("AUTUMN CROSS-TRAINING").id == shouted
    with pytest.raises(UserError) as ambiguous:
        service.find("autumn cross-training")
    assert str(ambiguous.value) == (
        f'"autumn cross-training" could be any of: "Autumn Cross-Training" (number {autumn}); '
        f'"AUTUMN CROSS-TRAINING" (number {shouted}). Give the exact name or the number.')


def test_a_number_too_long_for_an_id_is_no_program(service):
    with pytest.raises(UserError, match='There is no program called "99999999999999999999"'):
        service.find("99999999999999999999")


def test_enrolling_a_department_matches_it_in_any_case(db, service):
    program = service.create(SPRING)
    add_people(db, [("Ève Durand", "eve@x.com", "ÉTUDES"), ("Ola Nowak", "ola@x.com", "Études")])
    assert service.enroll_department(program.id, Side.A, "études").added == 2


def test_the_balance_ratio_is_written_as_the_readers_language_writes_numbers(german):
    from shadowdesk.services.programs import balance_of

    assert "(Verhältnis 1,25)" in balance_of(5, 4, 5, 4).message
