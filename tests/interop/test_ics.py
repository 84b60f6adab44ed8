"""Exported .ics files parse in an independent reader and round-trip what a calendar user sees."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shadowdesk.interop.ics import Attendee, CalendarEvent, build_calendar, mailto_url
from shadowdesk.model import Person, Program, SessionKind, SessionStatus
from shadowdesk.rules.recurrence import Frequency, Repeat
from shadowdesk.services.schedule_types import SessionDraft
from shadowdesk.services.scheduling import SchedulingService
from shadowdesk.settings import SettingsStore

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
    data = build_calendar([_event(summary=NASTY, location="Room 1, Floor 2; east")])
    lines = _unfolded_lines(data)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    assert all(len(line.encode()) <= 75 for line in data.decode().split("\r\n"))  # folded by octets
    assert "DTSTART:20250331T070000Z" in lines and "DTEND:20250331T090000Z" in lines
    assert "UID:e1@shadowdesk" in lines and "SEQUENCE:3" in lines and "STATUS:CONFIRMED" in lines
    assert r"SUMMARY:Kick-off\; scope\, risks\\budget: «Łódź» 東京 مرحبا\nsecond line\, too" in lines
    assert r"LOCATION:Room 1\, Floor 2\; east" in lines
    assert 'ORGANIZER;CN="Anna Nowak":mailto:anna@example.com' in lines
    assert any(line.startswith("ATTENDEE;") and 'CN="Jürgen Weiß"' in line and line.endswith(":mailto:j@example.com")
               for line in lines)


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
    assert str(event["SUMMARY"]) == summary
    assert str(event["LOCATION"]) == location
    assert str(event["DESCRIPTION"]) == description
    assert event["ORGANIZER"].params["CN"] == name.replace("\n", " ").replace('"', "'")


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
    """A program with four sessions: a weekly series across the March DST change, one of them cancelled."""
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


def test_a_programs_export_round_trips_through_an_independent_parser(scheduled):
    service, program_id, ids = scheduled
    data = service.export_ics(program_id=program_id)
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert len(events) == len(ids) == data.count(b"BEGIN:VEVENT")
    saved = [service.get(i) for i in ids]
    assert [(e["DTSTART"].dt, e["DTEND"].dt) for e in events] == [(d.starts_at, d.ends_at) for d in saved]
    assert [str(e["UID"]) for e in events] == [d.uid for d in saved]
    assert [str(e["STATUS"]) for e in events] == ["CONFIRMED", "CANCELLED", "CONFIRMED", "CONFIRMED"]
    assert {str(e["SUMMARY"]) for e in events} == {"Customer visit: Anna Nowak with 佐藤 美咲"}
    assert all(str(e["LOCATION"]) == "Rue de Rivoli 1, Paris; 2nd floor" for e in events)
    assert all(str(e["DESCRIPTION"]).startswith(NASTY + "\nProgram: Spring") for e in events)
    # By hand: the UTC start lines moved by an hour at the DST change, the local time did not.
    starts = [line for line in _unfolded_lines(data) if line.startswith("DTSTART")]
    assert starts == ["DTSTART:20250317T080000Z", "DTSTART:20250324T080000Z", "DTSTART:20250331T070000Z",
                      "DTSTART:20250407T070000Z"]


def test_a_re_export_after_a_change_keeps_uids_and_raises_sequence(scheduled):
    service, program_id, ids = scheduled
    before = {str(e["UID"]): int(e["SEQUENCE"])
              for e in icalendar.Calendar.from_ical(service.export_ics(program_id=program_id)).walk("VEVENT")}
    detail = service.get(ids[2])
    draft = SessionDraft(detail.kind, detail.host_id, detail.guest_ids, detail.starts_at + timedelta(hours=1),
                         detail.duration, detail.time_zone, "Online: https://meet.example/abc", detail.program_id)
    service.update(detail.id, detail.version_id, draft)
    after = {str(e["UID"]): int(e["SEQUENCE"])
             for e in icalendar.Calendar.from_ical(service.export_ics(program_id=program_id)).walk("VEVENT")}
    assert set(after) == set(before)
    assert after[detail.uid] == before[detail.uid] + 1
    assert [after[u] for u in after if u != detail.uid] == [before[u] for u in before if u != detail.uid]


def test_email_invite_is_a_request_addressed_to_everyone(scheduled):
    service, _program_id, ids = scheduled
    invite = service.invite(ids[0])
    assert re.match(r"mailto:anna@example\.com,misaki@example\.com\?subject=Customer%20visit", invite.mailto)
    assert "When%3A%20Monday%2017%20March%202025%2C%2009%3A00%20%28Europe%2FBerlin%29" in invite.mailto
    calendar = icalendar.Calendar.from_ical(invite.ics)
    assert str(calendar["METHOD"]) == "REQUEST" and len(calendar.walk("VEVENT")) == 1
    assert invite.file_name == f"session-{ids[0]}-2025-03-17.ics"
    cancelled = icalendar.Calendar.from_ical(service.invite(ids[1]).ics)
    assert str(cancelled["METHOD"]) == "CANCEL"


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
