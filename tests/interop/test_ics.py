"""Exported .ics files parse in independent readers, pass libical's iTIP check for their METHOD, and give a
calendar user what the app shows: a series as one RRULE event whose expansion (recurring_ical_events) is the
app's own list of occurrences, DST changes included."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shadowdesk.interop.ics import Attendee, CalendarEvent, Method, build_calendar, mailto_url
from shadowdesk.model import Person, Program, SessionKind, SessionStatus
from shadowdesk.rules.recurrence import Frequency, Repeat
from shadowdesk.services.schedule_types import EditScope, SessionDraft, SessionFilter
from shadowdesk.services.scheduling import SchedulingService
from shadowdesk.settings import SettingsStore
from shadowdesk.text import clean_line, clean_text
from tests.interop.itip import itip_errors

NASTY = "Kick-off; scope, risks\\budget: «Łódź» 東京 مرحبا\nsecond line, too"
NOW = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)


def _unfolded_lines(data: bytes) -> list[str]:
    """RFC 5545 by hand: CRLF line ends, a continuation line starts with one space."""
    text = data.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")  # no bare line feeds
    return text.replace("\r\n ", "").split("\r\n")


def _event(uid="e1@shadowdesk", summary="Visit", location="", description="", cancelled=False,
           organizer=Attendee("Anna Nowak", "anna@example.com"), guests=(Attendee("Jürgen Weiß", "j@example.com"),)):
    start = datetime(2025, 3, 31, 7, 0, tzinfo=UTC)
    return CalendarEvent(uid, 3, start, start + timedelta(hours=2), summary, location, description, cancelled,
                         organizer, guests, start - timedelta(days=1))


def test_raw_lines_follow_rfc_5545():
    data = build_calendar([_event(summary=NASTY, location="Room 1, Floor 2; east")], Method.REQUEST)
    lines = _unfolded_lines(data)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    assert all(len(line.encode()) <= 75 for line in data.decode().split("\r\n"))  # folded by octets
    assert "DTSTART:20250331T070000Z" in lines and "DTEND:20250331T090000Z" in lines
    assert "UID:e1@shadowdesk" in lines and "SEQUENCE:3" in lines and "STATUS:CONFIRMED" in lines
    assert r"SUMMARY:Kick-off\; scope\, risks\\budget: «Łódź» 東京 مرحبا\nsecond line\, too" in lines
    assert r"LOCATION:Room 1\, Floor 2\; east" in lines
    assert 'ORGANIZER;CN="Anna Nowak":mailto:anna@example.com' in lines
    assert ('ATTENDEE;CN="Jürgen Weiß";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:j@example.com'
            in lines)
    assert itip_errors(data) == []


def test_a_published_file_names_no_attendees_as_itip_requires():
    """Before: PUBLISH files carried ATTENDEE lines; libical: "Failed iTIP restrictions for ATTENDEE property"."""
    data = build_calendar([_event(), _event(uid="e2@shadowdesk", cancelled=True)], Method.PUBLISH)
    assert b"ATTENDEE" not in data and b"METHOD:PUBLISH" in data
    assert itip_errors(data) == []


def test_a_cancel_passes_the_itip_check_and_says_cancelled():
    data = build_calendar([_event()], Method.CANCEL)
    [event] = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED" and event["ATTENDEE"]
    assert itip_errors(data) == []


def test_a_cancelled_event_arrives_cancelled():
    [event] = icalendar.Calendar.from_ical(build_calendar([_event(cancelled=True)])).walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED"


text_field = st.text(
    alphabet=st.one_of(st.characters(blacklist_categories=("Cs", "Cc")), st.sampled_from(",;:\\\n\"'")),
    min_size=1, max_size=60,
).filter(lambda s: s.strip() == s)  # the editor strips surrounding blanks before saving


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(summary=text_field, location=text_field, description=text_field, name=text_field)
def test_any_text_survives_the_round_trip(summary, location, description, name):
    data = build_calendar([_event(summary=summary, location=location, description=description,
                                  organizer=Attendee(name.replace("\n", " ").replace('"', "'"), "a@example.com"))])
    [event] = icalendar.Calendar.from_ical(data).walk("VEVENT")
    # Text arrives as the app stores it (shadowdesk.text: NFC, so U+F900 is U+8C48).
    assert str(event["SUMMARY"]) == clean_text(summary)
    assert str(event["LOCATION"]) == clean_text(location)
    assert str(event["DESCRIPTION"]) == clean_text(description)
    # A name is one cleaned line (shadowdesk.text.clean_line: a no-break space is a space), as it is stored.
    assert event["ORGANIZER"].params["CN"] == clean_line(name.replace("\n", " ").replace('"', "'"))


def test_mailto_link_carries_recipients_subject_and_body():
    url = mailto_url(["anna@example.com", "j+x@example.com"], "Visit: Łódź & more?", "Line 1\nLine 2 = ok")
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path).split(",") == ["anna@example.com", "j+x@example.com"]
    query = parse_qs(parts.query)
    assert query["subject"] == ["Visit: Łódź & more?"]
    assert query["body"] == ["Line 1\r\nLine 2 = ok"]


@pytest.fixture
def scheduled(db, tmp_path):
    """A program with a weekly series of four across the March DST change, the second one cancelled."""
    with db.transaction() as s:
        host = Person(full_name="Anna Nowak", email="anna@example.com", time_zone="Europe/Berlin")
        guest = Person(full_name="佐藤 美咲", email="misaki@example.com", time_zone="Asia/Tokyo")
        program = Program(name="Spring", start_date=datetime(2025, 1, 1).date(), end_date=datetime(2025, 12, 31).date())
        s.add_all([host, guest, program])
        s.flush()
        host_id, guest_id, program_id = host.id, guest.id, program.id
    service = SchedulingService(db, SettingsStore(tmp_path / "settings.json"), clock=lambda: NOW)
    ids = service.create(SessionDraft(
        kind=SessionKind.CUSTOMER_VISIT, host_id=host_id, guest_ids=(guest_id,),
        starts_at=datetime(2025, 3, 17, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")), duration=timedelta(hours=2),
        time_zone="Europe/Berlin", location="Rue de Rivoli 1, Paris; 2nd floor", program_id=program_id,
        agenda=NASTY, repeat=Repeat(Frequency.WEEKLY, count=4)))
    service.set_status(ids[1], service.get(ids[1]).version_id, SessionStatus.CANCELLED, "Customer closed")
    return service, program_id, ids


def _expanded(data: bytes) -> list[tuple[datetime, datetime]]:
    """The occurrences a calendar client shows, expanded by recurring_ical_events (RRULE, EXDATE, overrides)."""
    import recurring_ical_events

    calendar = icalendar.Calendar.from_ical(data)
    found = recurring_ical_events.of(calendar).between(datetime(2024, 1, 1), datetime(2028, 1, 1))
    return sorted((event["DTSTART"].dt.astimezone(UTC), event["DTEND"].dt.astimezone(UTC)) for event in found)


def _shown_by_the_app(service, program_id) -> list[tuple[datetime, datetime]]:
    rows = service.sessions_between(datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC),
                                    SessionFilter(program_id=program_id))
    return sorted((row.starts_at, row.ends_at) for row in rows if row.status is not SessionStatus.CANCELLED)


def test_a_series_is_one_event_with_its_rule_zone_and_cancelled_occurrence(scheduled):
    """Before: four VEVENTs with four UIDs, and the cancelled one a separate event."""
    service, program_id, ids = scheduled
    data = service.export_ics(program_id=program_id)
    [event] = icalendar.Calendar.from_ical(data).walk("VEVENT")
    lines = _unfolded_lines(data)
    assert "DTSTART;TZID=Europe/Berlin:20250317T090000" in lines and "DTEND;TZID=Europe/Berlin:20250317T110000" in lines
    assert "RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=4" in lines
    assert "EXDATE;TZID=Europe/Berlin:20250324T090000" in lines
    assert [str(tz["TZID"]) for tz in icalendar.Calendar.from_ical(data).walk("VTIMEZONE")] == ["Europe/Berlin"]
    assert str(event["UID"]) == service.get(ids[0]).series_uid
    assert str(event["SUMMARY"]) == "Customer visit: Anna Nowak with 佐藤 美咲"
    assert str(event["LOCATION"]) == "Rue de Rivoli 1, Paris; 2nd floor"
    assert str(event["DESCRIPTION"]).startswith(NASTY + "\nProgram: Spring")
    # Three occurrences at 09:00 Berlin, which is 08:00 UTC before the change and 07:00 after it.
    assert _expanded(data) == _shown_by_the_app(service, program_id)
    assert [start.hour for start, _ in _expanded(data)] == [8, 7, 7]
    assert itip_errors(data) == []


def test_a_moved_occurrence_is_an_override_and_the_series_keeps_its_uid_with_a_higher_sequence(scheduled):
    service, program_id, ids = scheduled
    before = icalendar.Calendar.from_ical(service.export_ics(program_id=program_id)).walk("VEVENT")[0]
    detail = service.get(ids[2])
    draft = SessionDraft(detail.kind, detail.host_id, detail.guest_ids, detail.starts_at + timedelta(hours=1),
                         detail.duration, detail.time_zone, "Online: https://meet.example/abc", detail.program_id,
                         agenda=NASTY)
    service.update(detail.id, detail.version_id, draft)
    data = service.export_ics(program_id=program_id)
    master, override = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert str(master["UID"]) == str(override["UID"]) == str(before["UID"])
    assert int(master["SEQUENCE"]) > int(before["SEQUENCE"])
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20250331T090000" in _unfolded_lines(data)
    assert override["DTSTART"].dt == datetime(2025, 3, 31, 8, 0, tzinfo=UTC)  # 10:00 in Berlin
    assert str(override["LOCATION"]) == "Online: https://meet.example/abc"
    assert _expanded(data) == _shown_by_the_app(service, program_id)
    assert itip_errors(data) == []


def test_a_series_edit_moves_the_rule_and_a_held_occurrence_keeps_its_time(scheduled, db):
    service, program_id, ids = scheduled
    with db.transaction() as s:  # the first one was held: a series edit leaves it where it was
        from shadowdesk.model import ShadowSession

        s.get(ShadowSession, ids[0]).status = SessionStatus.COMPLETED
    detail = service.get(ids[2])
    draft = SessionDraft(detail.kind, detail.host_id, detail.guest_ids,
                         detail.starts_at.astimezone(ZoneInfo("Europe/Berlin")).replace(hour=14), detail.duration,
                         detail.time_zone, detail.location, detail.program_id, agenda=NASTY)
    service.update(detail.id, detail.version_id, draft, EditScope.SERIES,
                   series_versions=service.get(ids[2]).series_versions)
    data = service.export_ics(program_id=program_id)
    assert "DTSTART;TZID=Europe/Berlin:20250317T140000" in _unfolded_lines(data)
    assert _expanded(data) == _shown_by_the_app(service, program_id)
    assert [start.astimezone(ZoneInfo("Europe/Berlin")).hour for start, _ in _expanded(data)] == [9, 14, 14]
    assert itip_errors(data) == []


def test_a_monthly_series_expands_to_the_same_days_as_the_app_plans(scheduled):
    service, program_id, ids = scheduled
    detail = service.get(ids[0])
    service.create(SessionDraft(
        kind=detail.kind, host_id=detail.host_id, guest_ids=detail.guest_ids,
        starts_at=datetime(2025, 1, 31, 16, 30, tzinfo=ZoneInfo("America/New_York")), duration=timedelta(hours=1),
        time_zone="America/New_York", program_id=program_id, repeat=Repeat(Frequency.MONTHLY, count=6)))
    data = service.export_ics(program_id=program_id)
    assert "RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=6" in _unfolded_lines(data)
    assert _expanded(data) == _shown_by_the_app(service, program_id)
    assert itip_errors(data) == []


def test_email_invite_is_a_request_of_the_series_and_a_cancelled_occurrence_a_cancel(scheduled):
    service, _program_id, ids = scheduled
    invite = service.invite(ids[0])
    assert re.match(r"mailto:anna@example\.com,misaki@example\.com\?subject=Customer%20visit", invite.mailto)
    assert "When%3A%20Monday%2017%20March%202025%2C%2009%3A00%20%28Europe%2FBerlin%29" in invite.mailto
    calendar = icalendar.Calendar.from_ical(invite.ics)
    assert str(calendar["METHOD"]) == "REQUEST" and len(calendar.walk("VEVENT")) == 1
    [event] = calendar.walk("VEVENT")
    assert "RRULE" in event and [a.params["PARTSTAT"] for a in _list(event["ATTENDEE"])] == ["NEEDS-ACTION"]
    assert invite.file_name == f"session-{ids[0]}-2025-03-17.ics"
    cancelled = icalendar.Calendar.from_ical(service.invite(ids[1]).ics)
    assert str(cancelled["METHOD"]) == "CANCEL"
    [occurrence] = cancelled.walk("VEVENT")
    assert occurrence["RECURRENCE-ID"].dt == datetime(2025, 3, 24, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert str(occurrence["STATUS"]) == "CANCELLED"
    assert itip_errors(invite.ics) == [] and itip_errors(service.invite(ids[1]).ics) == []


def _list(value):
    return value if isinstance(value, list) else [value]


@pytest.mark.parametrize("method", [Method.PUBLISH, Method.REQUEST, Method.CANCEL])
def test_every_method_the_app_writes_passes_libicals_itip_check(scheduled, method):
    service, program_id, ids = scheduled
    detail = service.get(ids[3])
    service.update(detail.id, detail.version_id, SessionDraft(  # an override too
        detail.kind, detail.host_id, detail.guest_ids, detail.starts_at + timedelta(days=1), detail.duration,
        detail.time_zone, detail.location, detail.program_id, agenda=NASTY))
    single = service.create(SessionDraft(detail.kind, detail.host_id, detail.guest_ids,
                                         datetime(2025, 5, 5, 9, 0, tzinfo=UTC), timedelta(hours=1), "UTC",
                                         program_id=program_id))
    service.set_status(single[0], service.get(single[0]).version_id, SessionStatus.CANCELLED, "Ill")
    exported = service.export_calendar(program_id=program_id, method=method.value)
    assert str(icalendar.Calendar.from_ical(exported.data)["METHOD"]) == method.value
    assert exported.items + exported.left_out == 2
    assert itip_errors(exported.data) == []


def test_control_characters_of_older_data_never_reach_the_file():
    """RFC 5545 forbids control characters in any value; a name or agenda stored before the cleaning on the
    way in may still hold them."""
    data = build_calendar([_event(summary="Visit\x1b[2J", location="Room\x07 4", description="Plan\x00\x0b\nday",
                                  organizer=Attendee("Anna\x1b]0;x\x07 Nowak", "anna@example.com"))])
    text = data.decode("utf-8")
    assert not {chr(c) for c in range(32) if chr(c) not in "\r\n"} & set(text)
    lines = _unfolded_lines(data)
    assert {"SUMMARY:Visit[2J", "LOCATION:Room 4", "DESCRIPTION:Plan\\nday"} <= set(lines)
    assert 'ORGANIZER;CN="Anna]0;x Nowak":mailto:anna@example.com' in lines
    parsed = icalendar.Calendar.from_ical(data)
    assert [str(e["SUMMARY"]) for e in parsed.walk("VEVENT")] == ["Visit[2J"]
