"""The scheduling service on SQLite and PostgreSQL: warnings, series, status workflow, locking, lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy.engine import make_url

from shadowdesk.model import (
    Person,
    Program,
    SessionKind,
    SessionStatus,
)
from shadowdesk.rules.recurrence import Frequency, Repeat
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.identity import IdentityService, TeamServer
from shadowdesk.services.schedule_types import EditScope, SessionDraft, SessionFilter
from shadowdesk.services.scheduling import SchedulingService
from shadowdesk.settings import SettingsStore
from shadowdesk.storage import open_database
from tests.storage.test_audit_triggers import _login_url

NOW = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def world(db, tmp_path):
    return scheduling_world(db, tmp_path)


def scheduling_world(db, tmp_path):
    """Three people in Berlin, Kraków and Tokyo, and one program running in 2025: (service, settings,
    [anna, jurgen, misaki, program])."""
    with db.transaction() as s:
        people = [Person(full_name="Anna Nowak", email="anna@example.com", time_zone="Europe/Berlin"),
                  Person(full_name="Jürgen Weiß", email="jurgen@example.com", time_zone="Europe/Warsaw"),
                  Person(full_name="佐藤 美咲", email="misaki@example.com", time_zone="Asia/Tokyo")]
        program = Program(name="Cross-Training 2025", start_date=date(2025, 1, 1), end_date=date(2025, 12, 31))
        s.add_all([*people, program])
        s.flush()
        ids = [p.id for p in people] + [program.id]
    settings = SettingsStore(tmp_path / "settings.json")
    service = SchedulingService(db, settings, clock=lambda: NOW)
    return service, settings, ids


def _draft(ids, start, hours=2, guests=None, **changes):
    anna, jurgen, _misaki, program = ids
    return replace(SessionDraft(
        kind=SessionKind.PROJECT_SHADOW, host_id=anna, guest_ids=tuple(guests or (jurgen,)), starts_at=start,
        duration=timedelta(hours=hours), time_zone="Europe/Berlin", location="Delivery floor", program_id=program,
    ), **changes)


def test_a_double_booking_is_warned_before_saving_and_the_accepted_warning_is_stored(world):
    service, _settings, ids = world
    anna, jurgen, misaki, _ = ids
    service.create(_draft(ids, datetime(2025, 6, 16, 9, 0, tzinfo=BERLIN)))
    clash = _draft(ids, datetime(2025, 6, 16, 10, 0, tzinfo=BERLIN), host_id=misaki, guest_ids=(jurgen,),
                   location="Tokyo office")
    warnings = service.check(clash)
    assert [w.code for w in warnings] == ["double_booking"]
    assert "Jürgen Weiß already has a session at 2025-06-16 09:00 (Europe/Berlin)" in warnings[0].message
    [new_id] = service.create(clash, accepted=warnings)
    assert "double_booking" in service.get(new_id).accepted_warnings
    # Once cancelled, the first session no longer blocks Anna.
    early = _draft(ids, datetime(2025, 6, 16, 8, 0, tzinfo=BERLIN), hours=1.5, guests=(misaki,))
    assert [w.message.split(" already")[0] for w in service.check(early)] == ["Anna Nowak"]
    first = service.sessions_between(NOW, NOW + timedelta(days=7), SessionFilter(person_id=anna))[0]
    service.set_status(first.id, service.get(first.id).version_id, SessionStatus.CANCELLED, "Customer moved it")
    assert service.check(early) == []


def test_a_session_outside_the_programs_dates_is_warned(world):
    service, _settings, ids = world
    warnings = service.check(_draft(ids, datetime(2026, 1, 5, 9, 0, tzinfo=BERLIN)))
    assert [w.code for w in warnings] == ["outside_program"]
    assert "outside the dates of Cross-Training 2025 (2025-01-01 to 2025-12-31)" in warnings[0].message
    assert service.check(_draft(ids, datetime(2025, 12, 31, 9, 0, tzinfo=BERLIN))) == []


def test_a_host_over_weekly_capacity_and_a_far_call_are_warned(world):
    service, settings, ids = world
    anna, jurgen, misaki, _ = ids
    settings.set("host_weekly_capacity", 2)
    for day in (16, 17):
        service.create(_draft(ids, datetime(2025, 6, day, 9, 0, tzinfo=BERLIN)))
    call = _draft(ids, datetime(2025, 6, 18, 15, 0, tzinfo=BERLIN), guests=(misaki,), location="https://meet.example/x")
    codes = [w.code for w in service.check(call)]
    assert codes == ["host_capacity", "time_zone_gap"]  # 15:00 in Berlin is 22:00 in Tokyo


def test_weekly_series_keeps_nine_oclock_in_berlin_across_the_dst_change(world):
    service, _settings, ids = world
    first = datetime(2025, 3, 17, 9, 0, tzinfo=BERLIN)
    created = service.create(_draft(ids, first, repeat=Repeat(Frequency.WEEKLY, count=4)))
    assert len(created) == 4
    rows = service.sessions_between(datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 5, 1, tzinfo=UTC))
    assert [r.starts_at.astimezone(BERLIN).strftime("%m-%d %H:%M") for r in rows] == [
        "03-17 09:00", "03-24 09:00", "03-31 09:00", "04-07 09:00"]
    assert [r.starts_at.hour for r in rows] == [8, 8, 7, 7]  # stored in UTC, which moves
    assert len({r.series_uid for r in rows}) == 1 and rows[0].series_uid is not None
    assert service.get(created[0]).series_size == 4


def test_editing_one_occurrence_leaves_the_rest_of_the_series(world):
    service, _settings, ids = world
    created = service.create(_draft(ids, datetime(2025, 7, 7, 9, 0, tzinfo=BERLIN),
                                    repeat=Repeat(Frequency.BIWEEKLY, count=3)))
    second = service.get(created[1])
    service.update(second.id, second.version_id, _draft(ids, datetime(2025, 7, 22, 14, 0, tzinfo=BERLIN)))
    local = [service.get(i).starts_at.astimezone(BERLIN) for i in created]
    assert [t.strftime("%m-%d %H:%M") for t in local] == ["07-07 09:00", "07-22 14:00", "08-04 09:00"]
    assert [service.get(i).sequence for i in created] == [0, 1, 0]


def test_values_as_a_combo_box_hands_them_back_mean_what_the_enums_mean(world):
    """Qt returns a combo's StrEnum data as a plain string: "one" must still touch one occurrence only."""
    service, _settings, ids = world
    created = service.create(_draft(ids, datetime(2025, 7, 7, 9, 0, tzinfo=BERLIN),
                                    repeat=Repeat(Frequency.WEEKLY, count=3)))
    second = service.get(created[1])
    moved = replace(_draft(ids, datetime(2025, 7, 15, 15, 0, tzinfo=BERLIN)), kind=second.kind.value)
    service.update(second.id, second.version_id, moved, scope="one")
    local = [service.get(i).starts_at.astimezone(BERLIN).strftime("%m-%d %H:%M") for i in created]
    assert local == ["07-07 09:00", "07-15 15:00", "07-21 09:00"]
    first = service.get(created[0])
    service.set_status(first.id, first.version_id, "cancelled", "holiday", scope="one")
    assert [service.get(i).status for i in created] == [SessionStatus.CANCELLED, SessionStatus.PLANNED,
                                                       SessionStatus.PLANNED]


def test_editing_the_whole_series_moves_every_planned_occurrence_and_raises_sequence(world):
    service, _settings, ids = world
    _anna, _jurgen, misaki, _ = ids
    created = service.create(_draft(ids, datetime(2025, 5, 26, 9, 0, tzinfo=BERLIN),
                                    repeat=Repeat(Frequency.WEEKLY, until=date(2025, 6, 30))))
    assert len(created) == 6
    first = service.get(created[0])
    service.set_status(first.id, first.version_id, SessionStatus.COMPLETED)  # it happened: history stays
    third = service.get(created[2])
    moved = _draft(ids, datetime(2025, 6, 10, 11, 30, tzinfo=BERLIN), hours=1, guests=(misaki,),
                   location="Room 4")  # one day later, at 11:30, with another guest
    changed = service.update(third.id, third.version_id, moved, EditScope.SERIES,
                             series_versions=third.series_versions)
    assert sorted(changed) == sorted(created[1:])
    details = [service.get(i) for i in created]
    assert [d.starts_at.astimezone(BERLIN).strftime("%a %m-%d %H:%M") for d in details] == [
        "Mon 05-26 09:00", "Tue 06-03 11:30", "Tue 06-10 11:30", "Tue 06-17 11:30", "Tue 06-24 11:30",
        "Tue 07-01 11:30"]
    assert [d.guest_ids for d in details[1:]] == [(misaki,)] * 5
    assert details[0].guest_ids != (misaki,) and details[0].status is SessionStatus.COMPLETED
    assert [d.sequence for d in details] == [1, 1, 1, 1, 1, 1]


def test_status_workflow(world):
    service, _settings, ids = world
    [future] = service.create(_draft(ids, NOW + timedelta(days=3)))
    version = service.get(future).version_id
    with pytest.raises(UserError, match="not started yet"):
        service.set_status(future, version, SessionStatus.COMPLETED)
    with pytest.raises(UserError, match="why the session is cancelled"):
        service.set_status(future, version, SessionStatus.CANCELLED, "  ")
    service.set_status(future, version, SessionStatus.CANCELLED, "Customer postponed")
    cancelled = service.get(future)
    assert (cancelled.status, cancelled.status_reason, cancelled.sequence) == (
        SessionStatus.CANCELLED, "Customer postponed", 1)
    with pytest.raises(UserError, match="already cancelled"):
        service.set_status(future, cancelled.version_id, SessionStatus.NO_SHOW)

    [past] = service.create(_draft(ids, NOW - timedelta(days=2)))
    service.set_status(past, service.get(past).version_id, SessionStatus.NO_SHOW)
    assert service.get(past).status is SessionStatus.NO_SHOW


def test_logging_a_session_that_already_happened_is_one_call(world):
    service, _settings, ids = world
    [logged] = service.create(_draft(ids, NOW - timedelta(days=10)), status=SessionStatus.COMPLETED)
    assert service.get(logged).status is SessionStatus.COMPLETED
    with pytest.raises(UserError, match="not started yet"):
        service.create(_draft(ids, NOW + timedelta(days=1)), status=SessionStatus.COMPLETED)


def test_a_stale_edit_is_refused_and_changes_nothing(world):
    service, _settings, ids = world
    [sid] = service.create(_draft(ids, NOW + timedelta(days=3)))
    opened = service.get(sid)
    service.update(sid, opened.version_id, _draft(ids, NOW + timedelta(days=4)))
    with pytest.raises(StaleRecord, match="changed by someone else"):
        service.update(sid, opened.version_id, _draft(ids, NOW + timedelta(days=5)))
    with pytest.raises(StaleRecord):
        service.set_status(sid, opened.version_id, SessionStatus.CANCELLED, "x")
    assert service.get(sid).starts_at == NOW + timedelta(days=4)


def test_filters_the_current_user_and_dashboard_lists(world, db):
    service, settings, ids = world
    anna, jurgen, misaki, program = ids
    monday = datetime(2025, 6, 16, 9, 0, tzinfo=BERLIN)
    [a] = service.create(_draft(ids, monday))
    [b] = service.create(_draft(ids, monday + timedelta(days=1), host_id=jurgen, guest_ids=(misaki,),
                                kind=SessionKind.CUSTOMER_VISIT, program_id=None))
    [c] = service.create(_draft(ids, NOW - timedelta(days=3)))  # in the past, nobody said how it went
    [d] = service.create(_draft(ids, NOW - timedelta(days=20)), status=SessionStatus.COMPLETED)
    week = (datetime(2025, 6, 16, tzinfo=UTC), datetime(2025, 6, 23, tzinfo=UTC))
    assert [r.id for r in service.sessions_between(*week)] == [a, b]
    assert [r.id for r in service.sessions_between(*week, SessionFilter(person_id=misaki))] == [b]
    assert [r.id for r in service.sessions_between(*week, SessionFilter(kind=SessionKind.CUSTOMER_VISIT))] == [b]
    assert [r.id for r in service.sessions_between(*week, SessionFilter(program_id=program))] == [a]
    everything = (datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC))
    assert [r.id for r in service.sessions_between(*everything, SessionFilter(status=SessionStatus.COMPLETED))] == [d]
    row = service.sessions_between(*week, SessionFilter(person_id=misaki))[0]
    assert (row.host.name, [g.name for g in row.guests]) == ("Jürgen Weiß", ["佐藤 美咲"])

    me = service.person_by_email("MISAKI@example.com")  # "My week": the week filtered on the signed-in person
    assert me.name == "佐藤 美咲"
    assert [r.id for r in service.sessions_between(*week, SessionFilter(person_id=me.id))] == [b]

    assert [r.id for r in service.past_still_planned()] == [c]
    assert {r.id for r in service.this_week(NOW + timedelta(days=1), "Europe/Berlin")} == {a, b}


def test_impossible_drafts_are_refused_in_plain_words(world):
    service, _settings, ids = world
    anna = ids[0]
    with pytest.raises(UserError, match="host cannot also be a guest"):
        service.create(_draft(ids, NOW, guests=(anna,)))
    with pytest.raises(UserError, match="not a known time zone"):
        service.check(_draft(ids, NOW, time_zone="Mars/Olympus"))
    with pytest.raises(UserError, match="at most"):
        service.create(_draft(ids, NOW, repeat=Repeat(Frequency.WEEKLY, until=date(2030, 1, 1))))


def test_month_grid_gets_the_first_sessions_of_each_day_and_every_days_count(world):
    service, _settings, ids = world
    for hour in (8, 10, 12):
        service.create(_draft(ids, datetime(2025, 6, 17, hour, 0, tzinfo=BERLIN), hours=1))
    service.create(_draft(ids, datetime(2025, 6, 18, 9, 0, tzinfo=BERLIN), hours=1))
    days = [(datetime(2025, 6, d, tzinfo=BERLIN), datetime(2025, 6, d + 1, tzinfo=BERLIN)) for d in (16, 17, 18)]
    rows, counts = service.first_of_each_day(days, per_day=2)
    assert counts == [0, 3, 1]
    assert [r.starts_at.astimezone(BERLIN).strftime("%d %H") for r in rows] == ["17 08", "17 10", "18 09"]


def test_a_participant_whose_time_zone_is_unknown_breaks_no_check_and_gets_no_gap_warning(world, db):
    """A person imported from a roster without a time zone has "" for it: the call is still checked and
    saved, with no time-zone gap claimed for someone whose zone nobody knows."""
    service, _settings, ids = world
    _anna, _jurgen, misaki, _program = ids
    late_call = _draft(ids, datetime(2025, 6, 16, 20, 0, tzinfo=BERLIN), guests=(misaki,),
                       location="https://meet.example/abc", repeat=Repeat(Frequency.WEEKLY, count=2))
    assert [w.code for w in service.check(late_call)] == ["time_zone_gap"]  # Tokyo is known: 3 a.m. there
    with db.transaction() as s:
        s.get(Person, misaki).time_zone = ""
    assert service.check(late_call) == []
    first, second = service.create(late_call)
    assert service.get(second).starts_at - service.get(first).starts_at == timedelta(weeks=1)
    assert [g.time_zone for g in service.sessions_between(NOW, NOW + timedelta(days=30))[0].guests] == [""]


def test_invitations_are_organized_by_the_signed_in_person_and_else_by_each_host(world, db, database_url, tmp_path):
    """Whoever sends the invitations organizes them (the host then attends as chair): on SQLite the file's
    owner; on PostgreSQL the login's person."""
    service, settings, ids = world
    anna, jurgen, misaki, _program = ids
    [session] = service.create(_draft(ids, datetime(2025, 6, 16, 9, 0, tzinfo=BERLIN)))

    def invitation(scheduling: SchedulingService) -> tuple[str, list[str]]:
        [event] = icalendar.Calendar.from_ical(scheduling.export_ics(session_ids=[session])).walk("VEVENT")
        attendees = event.get("ATTENDEE", [])  # one attendee comes alone, not in a list
        return str(event["ORGANIZER"]), sorted(str(a) for a in (attendees if isinstance(attendees, list)
                                                                 else [attendees]))

    # Nobody signed in: a file nobody claimed, or the test server's superuser, which the app refuses.
    assert service.organizer() is None
    assert invitation(service) == ("mailto:anna@example.com", ["mailto:jurgen@example.com"])
    if db.is_sqlite:
        IdentityService(db).claim_ownership(misaki)
        signed_in = service
    else:
        TeamServer(db).init()
        login = f"{make_url(database_url).database}_misaki"
        TeamServer(db).grant("misaki@example.com", "coordinator", login=login)
        as_misaki = open_database(_login_url(database_url, login))
        signed_in = SchedulingService(as_misaki, settings, clock=lambda: NOW)
    organizer = signed_in.organizer()
    assert (organizer.name, organizer.email) == ("佐藤 美咲", "misaki@example.com")
    assert invitation(signed_in) == ("mailto:misaki@example.com",
                                     ["mailto:anna@example.com", "mailto:jurgen@example.com"])
    if not db.is_sqlite:
        as_misaki.dispose()
