"""Invites and reminders in the sender's language: a German coordinator's invitation, update, cancellation and
reminder arrive with German subjects and bodies and German dates (read back from a real SMTP server with the
email package and icalendar), and the English texts stay as they were."""

from __future__ import annotations

from datetime import UTC, datetime

import icalendar
import pytest

from shadowdesk import translation
from shadowdesk.model import SessionStatus, ShadowSession
from shadowdesk.services.invites import InviteScope, InviteService
from shadowdesk.services.reflections import ReflectionService
from tests.services import test_invites as base
from tests.services.test_invites import clara_organizes

# The world of test_invites.py: a coordinator, a host, a guest, a weekly series and a single session.
memory_keyring, smtp, world = base.memory_keyring, base.smtp, base.world


@pytest.fixture
def german():
    translation.use("de")
    yield
    translation.use("en")


def _text_and_calendar(message):
    text = next(p for p in message.walk() if p.get_content_type() == "text/plain").get_content()
    part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    return text, icalendar.Calendar.from_ical(part.get_content())


def test_a_german_invitation_and_its_cancellation_are_german(world, german):
    scheduling, invites, smtp, program_id, series, single, _ = world
    invites.send(invites.plan(InviteScope(session_ids=(single,))), invites.mail_server())
    [to_anna] = [m for m in smtp.received() if m["To"].addresses[0].addr_spec == "anna@example.com"]
    text, calendar = _text_and_calendar(to_anna)
    # 14:00 in Berlin is 12:00 UTC, the zone a single session's title has always been written in.
    assert to_anna["Subject"].startswith("Einladung: ") and "Mo. 02 Juni 2025 12:00 UTC" in to_anna["Subject"]
    assert text.startswith("Hallo Anna Nowak,") and "Sie sind eingeladen" in text
    assert "Ihr Kalender zeigt" in text and "Hello" not in text
    assert str(calendar["METHOD"]) == "REQUEST" and len(calendar.walk("VEVENT")) == 1

    detail = scheduling.get(single)
    scheduling.set_status(single, detail.version_id, SessionStatus.CANCELLED, "Projekt gestoppt")
    invites.send(invites.plan(InviteScope(session_ids=(single,))), invites.mail_server())
    [cancelled] = [m for m in smtp.received()[2:] if m["To"].addresses[0].addr_spec == "anna@example.com"]
    text, calendar = _text_and_calendar(cancelled)
    assert cancelled["Subject"].startswith("Abgesagt: ") and "Dieser Termin wurde abgesagt:" in text
    assert str(calendar["METHOD"]) == "CANCEL"


def test_a_german_series_invitation_names_its_repeat_in_german(world, german):
    scheduling, invites, smtp, program_id, series, single, _ = world
    planned = invites.plan(InviteScope(session_ids=(series[0],)))
    assert planned and all("wiederholt sich wöchentlich" in m.subject for m in planned)
    assert all("Mo. 17 März 2025 09:00 CET" in m.text for m in planned)  # the series' own zone


def test_a_german_reminder_counts_and_dates_in_german(world, db, german):
    scheduling, invites, smtp, program_id, series, single, settings = world
    with db.transaction() as s:
        for sid in series[:2]:
            s.get(ShadowSession, sid).status = SessionStatus.COMPLETED
    later = datetime(2025, 4, 20, 12, 0, tzinfo=UTC)
    invites = InviteService(db, settings, ReflectionService(db).due, clock=lambda: later,
                            organizer=clara_organizes)
    invites.send(invites.plan_reminders(), invites.mail_server())
    message = smtp.received()[0]
    assert message["Subject"] == "Erinnerung: 2 Notizen zu schreiben"
    text = message.get_content()
    assert text.startswith("Hallo ") and "- Mo. 17 März 2025: Kundenbesuch mit " in text


def test_the_english_invitation_reads_as_before(world):
    scheduling, invites, smtp, program_id, series, single, _ = world
    [first, *_] = invites.plan(InviteScope(session_ids=(single,)))
    assert first.subject.startswith("Invitation: Project shadow: ")
    assert first.subject.endswith(", Mon 02 Jun 2025 12:00 UTC")
    assert first.text.startswith(f"Hello {first.recipient_name},\n\nYou are invited to\n\n")
