"""iCalendar (RFC 5545) files and mailto: links for session invites, built with the icalendar library.

Plain data in, bytes out. Every time is written in UTC (the "Z" form), which every calendar client
reads without a VTIMEZONE. Each session is its own VEVENT with the session's stable UID, so
importing a re-export updates the event instead of adding a copy; SEQUENCE tells the client which
version is newer. Text escaping (commas, semicolons, backslashes, line breaks) and line folding are
left to the library, which does them per the RFC for any script.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote

from icalendar import Calendar, Event, vCalAddress

PRODUCT_ID = "-//ShadowDesk//Cross-training sessions//EN"


@dataclass(frozen=True)
class Attendee:
    name: str
    email: str


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    sequence: int
    starts_at: datetime  # aware
    ends_at: datetime
    summary: str
    location: str
    description: str
    cancelled: bool
    organizer: Attendee
    attendees: tuple[Attendee, ...]
    changed_at: datetime  # DTSTAMP/LAST-MODIFIED: when the session was last saved


def _address(person: Attendee, role: str | None = None) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    address.params["CN"] = person.name
    if role:
        address.params["ROLE"] = role
        address.params["PARTSTAT"] = "NEEDS-ACTION"
        address.params["RSVP"] = "TRUE"
    return address


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def build_calendar(events: Iterable[CalendarEvent], method: str = "PUBLISH") -> bytes:
    """A VCALENDAR with one VEVENT per session. method: PUBLISH for a file, REQUEST for an e-mailed invite."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("sequence", item.sequence)
        event.add("dtstamp", _utc(item.changed_at))
        event.add("last-modified", _utc(item.changed_at))
        event.add("dtstart", _utc(item.starts_at))
        event.add("dtend", _utc(item.ends_at))
        event.add("summary", item.summary)
        if item.location:
            event.add("location", item.location)
        if item.description:
            event.add("description", item.description)
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        event.add("organizer", _address(item.organizer))
        for guest in item.attendees:
            event.add("attendee", _address(guest, "REQ-PARTICIPANT"))
        calendar.add_component(event)
    return calendar.to_ical()


def mailto_url(recipients: Sequence[str], subject: str, body: str) -> str:
    """A mailto: link (RFC 6068) that opens the user's mail client with the fields filled in."""
    to = ",".join(quote(address, safe="@") for address in recipients)
    # Mail clients expect CRLF line breaks in the body; quote() percent-encodes every reserved character.
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return f"mailto:{to}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
