"""Recurring sessions keep their wall-clock time across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from shadowdesk.rules.recurrence import MAX_OCCURRENCES, Frequency, RecurrenceError, Repeat, occurrences, rrule_text

BERLIN = ZoneInfo("Europe/Berlin")


def _local(pairs, zone=BERLIN):
    return [(start.astimezone(zone), end.astimezone(zone)) for start, end in pairs]


def test_weekly_berlin_series_stays_at_nine_across_the_march_change():
    # 2025-03-30 is the last Sunday of March: Berlin moves from UTC+1 to UTC+2.
    first = datetime(2025, 3, 17, 9, 0, tzinfo=BERLIN)
    pairs = occurrences(first, timedelta(hours=2), "Europe/Berlin", Repeat(Frequency.WEEKLY, count=4))
    assert [start.date() for start, _ in _local(pairs)] == [
        date(2025, 3, 17), date(2025, 3, 24), date(2025, 3, 31), date(2025, 4, 7)]
    assert all((s.hour, s.minute, e.hour) == (9, 0, 11) for s, e in _local(pairs))
    assert [start.hour for start, _ in pairs] == [8, 8, 7, 7]  # in UTC the series moves by an hour
    assert all(start.tzinfo is UTC for start, _ in pairs)


def test_weekly_berlin_series_stays_at_nine_across_the_october_change():
    # 2025-10-26 is the last Sunday of October: Berlin goes back from UTC+2 to UTC+1.
    first = datetime(2025, 10, 20, 9, 0, tzinfo=BERLIN)
    pairs = occurrences(first, timedelta(hours=1), "Europe/Berlin", Repeat(Frequency.WEEKLY, until=date(2025, 11, 3)))
    assert [(s.date(), s.hour) for s, _ in _local(pairs)] == [
        (date(2025, 10, 20), 9), (date(2025, 10, 27), 9), (date(2025, 11, 3), 9)]
    assert [start.hour for start, _ in pairs] == [7, 8, 8]


def test_every_two_weeks_until_a_date_includes_that_date():
    first = datetime(2025, 1, 6, 14, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    pairs = occurrences(first, timedelta(minutes=90), "Asia/Tokyo", Repeat(Frequency.BIWEEKLY, until=date(2025, 2, 3)))
    assert [s.date() for s, _ in _local(pairs, ZoneInfo("Asia/Tokyo"))] == [
        date(2025, 1, 6), date(2025, 1, 20), date(2025, 2, 3)]
    assert all(end - start == timedelta(minutes=90) for start, end in pairs)


def test_the_wall_clock_of_the_sessions_zone_repeats_not_the_callers():
    # Planned as 09:00 in Berlin although the caller passes the time in UTC.
    first = datetime(2025, 3, 24, 8, 0, tzinfo=UTC)
    pairs = occurrences(first, timedelta(hours=1), "Europe/Berlin", Repeat(Frequency.WEEKLY, count=2))
    assert [s.hour for s, _ in _local(pairs)] == [9, 9]


def test_no_repeat_is_one_occurrence():
    first = datetime(2025, 5, 5, 10, 0, tzinfo=BERLIN)
    assert occurrences(first, timedelta(hours=1), "Europe/Berlin", None) == [
        (datetime(2025, 5, 5, 8, 0, tzinfo=UTC), datetime(2025, 5, 5, 9, 0, tzinfo=UTC))]


@pytest.mark.parametrize("repeat, message", [
    (Repeat(Frequency.WEEKLY), "either until a date or"),
    (Repeat(Frequency.WEEKLY, until=date(2025, 6, 1), count=3), "either until a date or"),
    (Repeat(Frequency.WEEKLY, count=0), "between 1 and"),
    (Repeat(Frequency.WEEKLY, until=date(2025, 4, 1)), "before the first session"),
    (Repeat(Frequency.WEEKLY, until=date(2030, 1, 1)), "at most"),
])
def test_impossible_repeat_options_are_refused_in_plain_words(repeat, message):
    first = datetime(2025, 5, 5, 10, 0, tzinfo=BERLIN)
    with pytest.raises(RecurrenceError, match=message):
        occurrences(first, timedelta(hours=1), "Europe/Berlin", repeat)


def test_the_longest_allowed_series_is_accepted():
    first = datetime(2025, 5, 5, 10, 0, tzinfo=BERLIN)
    pairs = occurrences(first, timedelta(hours=1), "Europe/Berlin", Repeat(Frequency.WEEKLY, count=MAX_OCCURRENCES))
    assert len(pairs) == MAX_OCCURRENCES


def test_a_zero_length_session_is_refused():
    with pytest.raises(RecurrenceError, match="longer than zero"):
        occurrences(datetime(2025, 5, 5, 10, 0, tzinfo=BERLIN), timedelta(0), "Europe/Berlin", None)


def test_monthly_repeats_the_same_weekday_of_the_month_across_dst():
    # The third Tuesday: 2025-02-18, 03-18, 04-15 (after Berlin's March change), ...
    first = datetime(2025, 2, 18, 9, 0, tzinfo=BERLIN)
    pairs = occurrences(first, timedelta(hours=1), "Europe/Berlin", Repeat(Frequency.MONTHLY, count=4))
    assert [(s.date(), s.hour) for s, _ in _local(pairs)] == [
        (date(2025, 2, 18), 9), (date(2025, 3, 18), 9), (date(2025, 4, 15), 9), (date(2025, 5, 20), 9)]
    assert all(s.weekday() == 1 for s, _ in _local(pairs))


def test_monthly_from_the_last_days_of_a_month_stays_on_the_last_such_weekday():
    # Friday 2025-01-31 is the fifth Friday; February has four, so the series keeps to the last Friday.
    first = datetime(2025, 1, 31, 10, 0, tzinfo=BERLIN)
    pairs = occurrences(first, timedelta(hours=1), "Europe/Berlin", Repeat(Frequency.MONTHLY, count=3))
    assert [s.date() for s, _ in _local(pairs)] == [date(2025, 1, 31), date(2025, 2, 28), date(2025, 3, 28)]
    assert rrule_text(first, Repeat(Frequency.MONTHLY, count=3)) == "FREQ=MONTHLY;BYDAY=-1FR;COUNT=3"


@pytest.mark.parametrize("frequency, until, expected", [
    (Frequency.WEEKLY, None, "FREQ=WEEKLY;INTERVAL=1;COUNT=5"),
    (Frequency.BIWEEKLY, None, "FREQ=WEEKLY;INTERVAL=2;COUNT=5"),
    (Frequency.MONTHLY, None, "FREQ=MONTHLY;BYDAY=3TU;COUNT=5"),
    (Frequency.WEEKLY, date(2025, 3, 31), "FREQ=WEEKLY;INTERVAL=1;UNTIL=20250331T215959Z"),
])
def test_the_rrule_text_expands_to_the_planned_occurrences(frequency, until, expected):
    """dateutil's own RRULE parser, reading the text a calendar client gets, finds the same wall-clock starts."""
    from dateutil.rrule import rrulestr

    first = datetime(2025, 2, 18, 9, 0, tzinfo=BERLIN)
    repeat = Repeat(frequency, until=until, count=None if until else 5)
    text = rrule_text(first, repeat)
    assert text == expected
    planned = [s for s, _ in _local(occurrences(first, timedelta(hours=1), "Europe/Berlin", repeat))]
    expanded = list(rrulestr(text, dtstart=first))
    assert [(e.date(), e.hour) for e in expanded] == [(p.date(), p.hour) for p in planned]
