"""The scheduling warnings, on plain values."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from shadowdesk.rules.conflicts import (
    Booking,
    Participant,
    accepted_text,
    double_bookings,
    host_over_capacity,
    looks_like_call,
    outside_program,
    time_zone_gap,
)

NAMES = {1: "Anna Nowak", 2: "Jürgen Weiß", 3: "佐藤 美咲"}


def _booking(session_id, start_hour, hours, host, *guests, day=datetime(2025, 6, 2, tzinfo=UTC)):
    start = day + timedelta(hours=start_hour)
    return Booking(session_id, start, start + timedelta(hours=hours), host, tuple(guests))


def test_a_guest_in_another_overlapping_session_is_double_booked():
    draft = _booking(None, 9, 2, 1, 2)
    other = _booking(7, 10, 1, 3, 2)  # Jürgen is a guest there too
    [warning] = double_bookings(draft, [other], NAMES, "UTC")
    assert warning.code == "double_booking"
    assert "Jürgen Weiß already has a session at 2025-06-02 10:00 (UTC)" in warning.message


def test_both_participants_double_booked_are_named_together():
    draft = _booking(None, 9, 2, 1, 2)
    other = _booking(7, 8, 2, 2, 1)  # host and guest swapped, 08:00-10:00
    [warning] = double_bookings(draft, [other], NAMES, "Europe/Berlin")
    assert "Anna Nowak and Jürgen Weiß already have a session at 2025-06-02 10:00 (Europe/Berlin)" in warning.message


def test_back_to_back_sessions_and_strangers_do_not_conflict():
    draft = _booking(None, 9, 2, 1, 2)
    assert double_bookings(draft, [_booking(7, 11, 1, 1, 3), _booking(8, 9, 2, 3, 4)], NAMES, "UTC") == []


def test_the_session_being_edited_does_not_conflict_with_itself():
    draft = _booking(5, 9, 2, 1, 2)
    assert double_bookings(draft, [_booking(5, 9, 2, 1, 2)], NAMES, "UTC") == []


def test_a_session_after_the_programs_last_day_in_its_own_zone_is_outside():
    # 23:30 UTC on the last day is already the next day in Tokyo.
    draft = Booking(None, datetime(2025, 6, 30, 23, 30, tzinfo=UTC), datetime(2025, 7, 1, 0, 30, tzinfo=UTC), 1, (2,))
    [warning] = outside_program(draft, "Asia/Tokyo", "Autumn", date(2025, 6, 1), date(2025, 6, 30))
    assert warning.code == "outside_program"
    assert "2025-07-01 is outside the dates of Autumn (2025-06-01 to 2025-06-30)" in warning.message
    assert outside_program(draft, "UTC", "Autumn", date(2025, 6, 1), date(2025, 7, 1)) == []


def test_host_capacity_counts_the_new_session():
    assert host_over_capacity("Anna Nowak", 3, 3, date(2025, 6, 2)) == []
    [warning] = host_over_capacity("Anna Nowak", 4, 3, date(2025, 6, 2))
    assert warning.code == "host_capacity"
    assert "Anna Nowak would host 4 sessions in the week of 2025-06-02; the limit is 3" in warning.message


def test_call_between_far_zones_outside_working_hours_is_flagged_for_the_one_affected():
    berlin = Participant(1, "Anna Nowak", "Europe/Berlin")
    tokyo = Participant(3, "佐藤 美咲", "Asia/Tokyo")
    # 09:00 UTC on a Monday in June: 11:00 in Berlin, 18:00 in Tokyo; the hour ends at 19:00 Tokyo time.
    draft = _booking(None, 9, 1, 1, 3)
    [warning] = time_zone_gap(draft, berlin, [tokyo], 6, is_call=True)
    assert warning.code == "time_zone_gap"
    assert "are 7 hours apart" in warning.message
    assert "outside working hours for 佐藤 美咲 (" in warning.message


def test_a_person_whose_zone_is_unknown_gets_no_gap_warning_and_breaks_nothing():
    berlin = Participant(1, "Anna Nowak", "Europe/Berlin")
    unknown = Participant(3, "Chen Li", "")  # imported from a roster without a time zone
    late = _booking(None, 22, 1, 1, 3)
    assert time_zone_gap(late, berlin, [unknown], 6, is_call=True) == []
    assert time_zone_gap(late, unknown, [berlin], 6, is_call=True) == []


def test_far_zones_inside_both_working_days_and_in_person_visits_are_fine():
    berlin = Participant(1, "Anna Nowak", "Europe/Berlin")
    tokyo = Participant(3, "佐藤 美咲", "Asia/Tokyo")
    morning = _booking(None, 6, 1, 1, 3)  # 08:00 Berlin, 15:00 Tokyo
    assert time_zone_gap(morning, berlin, [tokyo], 6, is_call=True) == []
    late = _booking(None, 9, 1, 1, 3)
    assert time_zone_gap(late, berlin, [tokyo], 6, is_call=False) == []
    assert time_zone_gap(late, berlin, [tokyo], 7, is_call=True) == []  # 7 hours is not more than 7


def test_call_links_and_places_are_told_apart():
    assert looks_like_call("https://meet.example.com/abc")
    assert looks_like_call("")
    assert not looks_like_call("Customer office, Kraków")
    for call in ("Teams", "zoom", "Google Meet", "Webex", "Call", "phone call with Acme", "teams.example.com/join/1",
                 "www.example.com/room"):
        assert looks_like_call(call), call
    for place in ("Meeting room 2", "Acme HQ, Zoomstraße 4", "Delivery floor", "Callaghan Street 5"):
        assert not looks_like_call(place), place


def test_accepted_warnings_are_stored_one_per_line_in_english_whoever_accepts_them(german):
    day = datetime(2025, 7, 1, 9, tzinfo=UTC)
    warnings = [*outside_program(Booking(None, day, day + timedelta(hours=1), 1, (2,)), "UTC", "Autumn",
                                 date(2025, 6, 1), date(2025, 6, 30)),
                *host_over_capacity("Anna Nowak", 4, 3, date(2025, 6, 2))]
    assert accepted_text(warnings).splitlines() == [
        "[outside_program] 2025-07-01 is outside the dates of Autumn (2025-06-01 to 2025-06-30).",
        "[host_capacity] Anna Nowak would host 4 sessions in the week of 2025-06-02; the limit is 3 a week."]
    assert warnings[1].message == ("Anna Nowak würde in der Woche vom 2025-06-02 4 Termine ausrichten; "
                                   "erlaubt sind 3 pro Woche.")


def test_a_warning_reads_in_the_readers_language_with_its_weekdays(german):
    berlin = Participant(1, "Anna Nowak", "Europe/Berlin")
    tokyo = Participant(3, "佐藤 美咲", "Asia/Tokyo")
    draft = _booking(None, 9, 1, 1, 3)  # a Monday: 11:00 in Berlin, 18:00 in Tokyo
    [warning] = time_zone_gap(draft, berlin, [tokyo], 6, is_call=True)
    assert "7 Stunden" in warning.message
    assert "Anna Nowak: Mo 11:00 (Europe/Berlin); 佐藤 美咲: Mo 18:00 (Asia/Tokyo)" in warning.message
