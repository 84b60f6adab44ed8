"""Invites and reminders sent by email to a real SMTP server on loopback (aiosmtpd), read back with the email
package and icalendar: meeting-request structure, METHOD, attendees, UID and SEQUENCE across an update and a
cancellation, a series as one RRULE event with its EXDATE, failures per recipient, and reminder digests."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import keyring
import pytest
from keyring.backend import KeyringBackend

from shadowdesk.model import Person, Program, SessionKind, SessionStatus, ShadowSession
from shadowdesk.rules.recurrence import Frequency, Repeat
from shadowdesk.services.invites import CANCELLED, NEW, UPDATED, InviteScope, InviteService
from shadowdesk.services.reflections import ReflectionService
from shadowdesk.services.schedule_types import SessionDraft
from shadowdesk.services.scheduling import SchedulingService
from shadowdesk.settings import SettingsStore
from tests import smtp_server
from tests.interop.itip import itip_errors

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture(scope="module")
def smtp(tmp_path_factory):
    server, process = smtp_server.start(tmp_path_factory.mktemp("smtp"))
    yield server
    smtp_server.stop(process)


@pytest.fixture
def world(db, tmp_path, smtp, memory_keyring):
    """A coordinator (the current user), a host and a guest, a program with a weekly series of 8 across the
    March DST change and one single session."""
    with db.transaction() as s:
        coordinator = Person(full_name="Clara Coordinator", email="clara@example.com", time_zone="Europe/Berlin")
        host = Person(full_name="Anna Nowak", email="anna@example.com", time_zone="Europe/Berlin")
        guest = Person(full_name="Jürgen Weiß", email="juergen@example.com", time_zone="Europe/Berlin")
        program = Program(name="Spring", start_date=datetime(2025, 1, 1).date(), end_date=datetime(2025, 12, 31).date())
        s.add_all([coordinator, host, guest, program])
        s.flush()
        ids = host.id, guest.id, program.id
    for box in ("new", "cur"):  # every test reads only its own messages
        for old in (smtp.maildir / box).iterdir():
            old.unlink()
    settings = SettingsStore(tmp_path / "settings.json")
    settings.set("mail_host", smtp.host)
    settings.set("mail_port", smtp.port)
    settings.set("mail_security", "none")
    scheduling = SchedulingService(db, settings, clock=lambda: NOW)
    invites = InviteService(db, settings, ReflectionService(db).due, clock=lambda: NOW,
                            organizer=clara_organizes)
    host_id, guest_id, program_id = ids
    series = scheduling.create(SessionDraft(
        SessionKind.CUSTOMER_VISIT, host_id, (guest_id,), datetime(2025, 3, 17, 9, 0, tzinfo=BERLIN),
        timedelta(hours=1), "Europe/Berlin", "Acme, Room 4", program_id, repeat=Repeat(Frequency.WEEKLY, count=8)))
    [single] = scheduling.create(SessionDraft(
        SessionKind.PROJECT_SHADOW, guest_id, (host_id,), datetime(2025, 6, 2, 14, 0, tzinfo=BERLIN),
        timedelta(hours=2), "Europe/Berlin", "", program_id))
    return scheduling, invites, smtp, program_id, series, single, settings


def clara_organizes():
    """The signed-in coordinator who sends the invites, as SchedulingService.organizer would give her."""
    from shadowdesk.interop.ics import Attendee

    return Attendee("Clara Coordinator", "clara@example.com")


def _calendar_part(message):
    [part] = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    return part, icalendar.Calendar.from_ical(part.get_content())


def _by_uid(messages):
    found = {}
    for message in messages:
        _part, calendar = _calendar_part(message)
        [uid] = {str(event["UID"]) for event in calendar.walk("VEVENT")}
        found.setdefault(uid, []).append((str(message["To"].addresses[0].addr_spec), calendar))
    return found


def test_each_attendee_gets_a_meeting_request_outlook_recognises(world):
    scheduling, invites, smtp, program_id, series, single, _ = world
    planned = invites.plan(InviteScope(program_id=program_id))
    assert sorted((m.recipient_email, m.change) for m in planned) == [
        ("anna@example.com", NEW), ("anna@example.com", NEW), ("juergen@example.com", NEW),
        ("juergen@example.com", NEW)]  # two items (the series, the single) for each of the two participants
    report = invites.send(planned, invites.mail_server())
    assert report.failed == [] and len(report.sent) == 4
    received = smtp.received()
    assert len(received) == 4
    for message in received:
        assert message.get_content_type() == "multipart/mixed"
        alternative = message.get_payload()[0]
        assert alternative.get_content_type() == "multipart/alternative"
        assert [p.get_content_type() for p in alternative.get_payload()] == ["text/plain", "text/calendar"]
        assert alternative.get_payload()[1].get_param("method") == "REQUEST"
        [attachment] = list(message.iter_attachments())
        assert attachment.get_filename() == "invite.ics"
        assert attachment.get_content() == alternative.get_payload()[1].get_content().encode()
        part, calendar = _calendar_part(message)
        assert str(calendar["METHOD"]) == "REQUEST" and itip_errors(part.get_content().encode()) == []
        [event, *_] = calendar.walk("VEVENT")
        assert str(event["ORGANIZER"]) == "mailto:clara@example.com"
        attendees = {str(a): (a.params["ROLE"], a.params["PARTSTAT"], a.params["RSVP"]) for a in event["ATTENDEE"]}
        assert attendees == {"mailto:anna@example.com": ("CHAIR", "NEEDS-ACTION", "TRUE"),
                             "mailto:juergen@example.com": ("REQ-PARTICIPANT", "NEEDS-ACTION", "TRUE")} or \
            attendees == {"mailto:juergen@example.com": ("CHAIR", "NEEDS-ACTION", "TRUE"),
                          "mailto:anna@example.com": ("REQ-PARTICIPANT", "NEEDS-ACTION", "TRUE")}
    series_uid = scheduling.get(series[0]).series_uid
    [(_, calendar), _] = _by_uid(received)[series_uid]
    [event] = calendar.walk("VEVENT")
    assert "FREQ=WEEKLY" in event["RRULE"].to_ical().decode() and event["RRULE"]["COUNT"] == [8]
    assert invites.plan(InviteScope(program_id=program_id)) == []  # everyone is up to date


def test_an_update_keeps_the_uid_raises_the_sequence_and_a_cancel_reaches_the_same_people(world):
    scheduling, invites, smtp, program_id, series, single, _ = world
    invites.send(invites.plan(InviteScope(program_id=program_id)), invites.mail_server())
    first = _by_uid(smtp.received())
    detail = scheduling.get(single)
    scheduling.update(single, detail.version_id, SessionDraft(
        detail.kind, detail.host_id, detail.guest_ids, detail.starts_at + timedelta(hours=2), detail.duration,
        detail.time_zone, detail.location, detail.program_id))
    planned = invites.plan(InviteScope(program_id=program_id))
    assert sorted((m.recipient_email, m.change) for m in planned) == [
        ("anna@example.com", UPDATED), ("juergen@example.com", UPDATED)]  # the series did not change
    invites.send(planned, invites.mail_server())
    updates = smtp.received()[4:]
    uid = detail.uid
    before = int(first[uid][0][1].walk("VEVENT")[0]["SEQUENCE"])
    for _, calendar in _by_uid(updates)[uid]:
        [event] = calendar.walk("VEVENT")
        assert str(calendar["METHOD"]) == "REQUEST" and int(event["SEQUENCE"]) > before
        assert event["DTSTART"].dt == datetime(2025, 6, 2, 14, 0, tzinfo=UTC)  # 16:00 in Berlin

    detail = scheduling.get(single)
    scheduling.set_status(single, detail.version_id, SessionStatus.CANCELLED, "Project stopped")
    invites.send(invites.plan(InviteScope(program_id=program_id)), invites.mail_server())
    cancels = _by_uid(smtp.received()[6:])[uid]
    assert sorted(address for address, _ in cancels) == ["anna@example.com", "juergen@example.com"]
    for _, calendar in cancels:
        [event] = calendar.walk("VEVENT")
        assert str(calendar["METHOD"]) == "CANCEL" and str(event["STATUS"]) == "CANCELLED"
        assert int(event["SEQUENCE"]) > before + 1
        assert itip_errors(calendar.to_ical()) == []
    assert invites.plan(InviteScope(program_id=program_id)) == []


def test_a_series_with_a_cancelled_occurrence_arrives_as_one_rrule_event_with_its_exdate(world):
    scheduling, invites, smtp, program_id, series, single, _ = world
    invites.send(invites.plan(InviteScope(program_id=program_id)), invites.mail_server())
    scheduling.set_status(series[2], scheduling.get(series[2]).version_id, SessionStatus.CANCELLED, "Holiday")
    planned = invites.plan(InviteScope(program_id=program_id))
    assert {m.change for m in planned} == {UPDATED} and len(planned) == 2
    invites.send(planned, invites.mail_server())
    uid = scheduling.get(series[0]).series_uid
    for _, calendar in _by_uid(smtp.received()[4:])[uid]:
        [event] = calendar.walk("VEVENT")
        assert "RRULE" in event and str(calendar["METHOD"]) == "REQUEST"
        assert [d.dt for d in event["EXDATE"].dts] == [datetime(2025, 3, 31, 9, 0, tzinfo=BERLIN)]


def test_a_guest_taken_off_a_session_is_sent_its_cancellation(world, db):
    scheduling, invites, smtp, program_id, series, single, _ = world
    invites.send(invites.plan(InviteScope(session_ids=(single,))), invites.mail_server())
    with db.transaction() as s:
        newcomer = Person(full_name="Ola Nordmann", email="ola@example.com", time_zone="Europe/Oslo")
        s.add(newcomer)
        s.flush()
        newcomer_id = newcomer.id
    detail = scheduling.get(single)
    scheduling.update(single, detail.version_id, SessionDraft(
        detail.kind, detail.host_id, (newcomer_id,), detail.starts_at, detail.duration, detail.time_zone,
        detail.location, detail.program_id))
    planned = {(m.recipient_email, m.change, m.method) for m in invites.plan(InviteScope(session_ids=(single,)))}
    assert planned == {("juergen@example.com", UPDATED, "REQUEST"), ("ola@example.com", NEW, "REQUEST"),
                       ("anna@example.com", CANCELLED, "CANCEL")}


def test_a_refused_recipient_is_listed_and_the_others_are_still_sent(world, db):
    scheduling, invites, smtp, program_id, series, single, _ = world
    with db.transaction() as s:  # the test server offers no SMTPUTF8, so this address cannot be delivered
        s.get(Person, scheduling.get(single).host_id).email = "jürgen@bücher.example"
    report = invites.send(invites.plan(InviteScope(program_id=program_id)), invites.mail_server())
    assert len(report.sent) == 2 and {m.recipient_email for m in report.sent} == {"anna@example.com"}
    assert [m.recipient_email for m, _ in report.failed] == ["jürgen@bücher.example"] * 2
    assert "SMTPUTF8" in report.failed[0][1] or "internationali" in report.failed[0][1]
    assert len(smtp.received()) == 2
    # What failed is not logged as sent: the next run offers it again.
    assert {m.recipient_email for m in invites.plan(InviteScope(program_id=program_id))} == {"jürgen@bücher.example"}


def test_stop_sends_nothing_more_and_keeps_the_log_of_what_went(world):
    scheduling, invites, smtp, program_id, *_ = world
    planned = invites.plan(InviteScope(program_id=program_id))
    calls = []
    report = invites.send(planned, invites.mail_server(), progress=lambda done, total: calls.append(done),
                          cancelled=lambda: len(calls) >= 1)
    assert report.stopped and len(report.sent) == 1 and len(smtp.received()) == 1
    assert len(invites.plan(InviteScope(program_id=program_id))) == 3


def test_a_refused_login_stops_the_batch_at_once_with_one_message_and_closes_the_connection(world, monkeypatch):
    """The test server offers no login at all, so logging in fails: before, the socket stayed open and the
    login was tried again for every message, each listed as its own failure."""
    import smtplib

    from shadowdesk.interop.mail import MailError

    scheduling, invites, smtp, program_id, *_ = world
    opened: list[smtplib.SMTP] = []

    class CountedSMTP(smtplib.SMTP):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            opened.append(self)

    monkeypatch.setattr(smtplib, "SMTP", CountedSMTP)
    planned = invites.plan(InviteScope(program_id=program_id))
    assert len(planned) == 4
    server = invites.mail_server(user="clara", password="s3cret-Pass")
    with pytest.raises(MailError) as refused:
        invites.send(planned, server)
    assert str(refused.value).startswith("Nothing was sent: the mail server")
    assert "does not offer that" in str(refused.value) and str(refused.value).count("mail server") == 1
    assert len(opened) == 1 and opened[0].sock is None  # one try, and its connection closed
    assert smtp.received() == []
    assert len(invites.plan(InviteScope(program_id=program_id))) == 4  # all still to send


def test_the_password_lives_in_the_keyring_not_in_the_settings_file(world, memory_keyring, tmp_path):
    *_, settings = world
    invites = world[1]
    settings.set("mail_user", "clara")
    invites.save_password(settings.get("mail_host"), "clara", "s3cret-Pass")
    assert invites.mail_server().password == "s3cret-Pass"
    assert "s3cret-Pass" not in (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert list(memory_keyring.saved.values()) == ["s3cret-Pass"]
    assert json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))["mail_user"] == "clara"


def test_the_test_message_reports_the_servers_answer(world):
    *_, settings = world
    invites, smtp = world[1], world[2]
    answer = invites.send_test_message(invites.mail_server())
    assert answer.startswith(f"The mail server {smtp.host} accepted the test message to") and "250" in answer
    [message] = smtp.received()
    assert str(message["To"]) == "Clara Coordinator <clara@example.com>"
    from shadowdesk.interop.mail import MailError

    with pytest.raises(MailError, match="Nothing answers at 127.0.0.1"):
        invites.send_test_message(invites.mail_server(port=smtp_server._free_port()))


def test_reminders_are_one_digest_per_person_at_most_every_few_days(world, db):
    scheduling, invites, smtp, program_id, series, single, settings = world
    with db.transaction() as s:  # the first two occurrences were held three weeks before "now"
        for sid in series[:2]:
            s.get(ShadowSession, sid).status = SessionStatus.COMPLETED
    later = datetime(2025, 4, 20, 12, 0, tzinfo=UTC)
    clock = [later]
    invites = InviteService(db, settings, ReflectionService(db).due, clock=lambda: clock[0],
                            organizer=clara_organizes)
    planned = invites.plan_reminders()
    assert sorted(m.recipient_email for m in planned) == ["anna@example.com", "juergen@example.com"]
    assert all(len(m.titles) == 2 for m in planned)  # both notes in one message
    report = invites.send(planned, invites.mail_server())
    assert len(report.sent) == 2
    [message, _] = smtp.received()
    assert message.get_content_type() == "text/plain" and "2 notes" in message["Subject"]
    clock[0] = later + timedelta(days=3)
    assert invites.plan_reminders() == []  # reminded 3 days ago; the setting says every 7 days
    clock[0] = later + timedelta(days=8)
    assert len(invites.plan_reminders()) == 2
