"""Two ShadowDesk clients doing the same thing at the same moment, on SQLite and PostgreSQL: the later one
gets what it would get one after the other (the same message, or the double-booking warning), never an
IntegrityError traceback and never a second copy.

The races are made, not hoped for: either another client saves right after this one's check passed and
before it writes (cut_in), or two threads pass their checks before either saves (a barrier)."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest

from shadowdesk.model import Person, SessionKind, ShadowSession, Side
from shadowdesk.services import pairing as pairing_module
from shadowdesk.services import programs as programs_module
from shadowdesk.services.errors import UserError
from shadowdesk.services.pairing import PairingService, ProposedRow
from shadowdesk.services.programs import ProgramDraft, ProgramService
from shadowdesk.services.schedule_types import NewWarnings, SessionDraft
from shadowdesk.services.scheduling import SchedulingService
from shadowdesk.settings import SettingsStore
from shadowdesk.storage import open_database

BERLIN = "Europe/Berlin"


@pytest.fixture
def other_db(database_url):
    """A second client's own engine and connections on the same database."""
    other = open_database(database_url, migrate=False)
    yield other
    other.dispose()


@pytest.fixture
def program(db) -> tuple[int, int, int]:
    """A program with one person on each side: (program, side A, side B)."""
    programs = ProgramService(db)
    with db.transaction() as s:
        people = [Person(full_name="Anna Nowak", email="anna@x.com", department="Sales"),
                  Person(full_name="Piotr Zieliński", email="piotr@x.com", department="Project Management")]
        s.add_all(people)
        s.flush()
        a, b = (p.id for p in people)
    program_id = programs.create(ProgramDraft("Spring", date(2026, 1, 1), date(2026, 6, 30))).id
    programs.enroll(program_id, Side.A, [a])
    programs.enroll(program_id, Side.B, [b])
    return program_id, a, b


def cut_in(monkeypatch, module, name: str, other_user) -> list[bool]:
    """Replace module.name (a check a use case runs before it writes) so that, the first time, it returns
    what it found and then another user's whole save runs before this one writes."""
    check = getattr(module, name)
    happened: list[bool] = []

    def check_then_let_the_other_user_save(*args, **kwargs):
        found = check(*args, **kwargs)
        if not happened:
            happened.append(True)
            other_user()
        return found

    monkeypatch.setattr(module, name, check_then_let_the_other_user_save)
    return happened


def test_the_same_pair_added_twice_at_once_is_refused_as_already_paired(db, other_db, program, monkeypatch):
    program_id, a, b = program
    mine, theirs = PairingService(db), PairingService(other_db)
    happened = cut_in(monkeypatch, pairing_module, "_problems", lambda: theirs.add_manual(program_id, a, b))

    with pytest.raises(UserError) as refused:
        mine.add_manual(program_id, a, b)

    assert happened and len(mine.list_pairs(program_id)) == 1
    with pytest.raises(UserError) as one_after_the_other:
        mine.add_manual(program_id, a, b)
    assert str(refused.value) == str(one_after_the_other.value) == (
        "Anna Nowak with Piotr Zieliński: already paired in this program.")


def test_a_plan_applied_twice_at_once_is_saved_once(db, other_db, program, monkeypatch):
    program_id, a, b = program
    rows = [ProposedRow(1, a, "Anna Nowak", b, "Piotr Zieliński", "Same office")]
    mine, theirs = PairingService(db), PairingService(other_db)
    happened = cut_in(monkeypatch, pairing_module, "_problems", lambda: theirs.apply(program_id, rows))

    with pytest.raises(UserError, match=r"^Nothing was saved:\nAnna Nowak with Piotr Zieliński: already paired"):
        mine.apply(program_id, rows)

    assert happened and [(p.person_a_id, p.person_b_id) for p in mine.list_pairs(program_id)] == [(a, b)]


def test_the_same_enrolment_twice_at_once_says_already_there(db, other_db, program, monkeypatch):
    program_id, _a, _b = program
    with db.transaction() as s:
        s.add(Person(full_name="Ola Kowalska", email="ola@x.com", department="Sales"))
    mine, theirs = ProgramService(db), ProgramService(other_db)
    happened = cut_in(monkeypatch, programs_module, "_enroll",
                      lambda: theirs.enroll_emails(program_id, Side.A, ["ola@x.com"]))

    result = mine.enroll_emails(program_id, Side.A, ["ola@x.com"])

    assert happened and (result.added, result.already_enrolled) == (0, 1)
    assert mine.balance(program_id).count_a == 2


def test_the_same_program_created_twice_at_once_already_exists(db, other_db, monkeypatch):
    draft = ProgramDraft("Autumn Cross-Training", date(2026, 9, 1), date(2026, 11, 30))
    mine, theirs = ProgramService(db), ProgramService(other_db)
    happened = cut_in(monkeypatch, programs_module, "_refuse_taken_name", lambda: theirs.create(draft))

    with pytest.raises(UserError, match='^A program called "Autumn Cross-Training" already exists.$'):
        mine.create(draft)

    assert happened and [p.name for p in mine.list_programs()] == ["Autumn Cross-Training"]


# ------------------------------------------------------------------------------- double bookings


@pytest.fixture
def host_and_guests(db) -> tuple[int, int, int]:
    with db.transaction() as s:
        people = [Person(full_name=name, email=f"{name.split()[0].lower()}@x.com", time_zone=BERLIN)
                  for name in ("Anna Nowak", "Jürgen Weiß", "Ola Kowalska")]
        s.add_all(people)
        s.flush()
        return tuple(p.id for p in people)


def test_two_overlapping_sessions_of_one_host_booked_at_once_one_is_warned(db, other_db, host_and_guests,
                                                                           tmp_path):
    """Each user checks (no warning: the other has not saved yet), both wait until both have checked, then
    both save. Exactly one session is stored; the other user gets the double-booking warning instead."""
    host, guest_one, guest_two = host_and_guests
    start = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
    drafts = [SessionDraft(SessionKind.PROJECT_SHADOW, host, (guest,), start + timedelta(minutes=offset),
                           timedelta(hours=2), BERLIN) for guest, offset in ((guest_one, 0), (guest_two, 30))]
    services = [SchedulingService(database, SettingsStore(tmp_path / f"{n}.json"))
                for n, database in enumerate((db, other_db))]
    both_checked = threading.Barrier(2, timeout=60)
    checked: list[list] = [[], []]
    outcome: list[object] = [None, None]

    def book(n: int) -> None:
        try:
            checked[n] = services[n].check(drafts[n])
            both_checked.wait()
            outcome[n] = services[n].create(drafts[n], checked[n])
        except Exception as exc:  # noqa: BLE001 (the test looks at what each user got)
            outcome[n] = exc

    threads = [threading.Thread(target=book, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert checked == [[], []]  # neither user could have seen the other's session
    warned = [o for o in outcome if isinstance(o, NewWarnings)]
    stored = [o for o in outcome if isinstance(o, list)]
    assert len(stored) == 1 and len(warned) == 1, outcome
    assert [w.code for w in warned[0].warnings] == ["double_booking"]
    assert "Anna Nowak already has a session" in str(warned[0])
    with db.session() as s:
        assert s.query(ShadowSession).filter_by(host_id=host).count() == 1

    # The warned user accepts the warning they were shown: now it saves.
    loser = outcome.index(warned[0])
    services[loser].create(drafts[loser], warned[0].warnings)
    with db.session() as s:
        assert s.query(ShadowSession).filter_by(host_id=host).count() == 2
