"""The sessions a calendar file or an invite covers, as calendar items: single sessions, and series as one
event each (interop/ics.CalendarSeries), with the organizer and the attendees an invitation names.

A series registered with its rule (model.invites.SessionSeries) is one item: the master repeats the rule;
a cancelled occurrence is an EXDATE; an occurrence whose time, place, text or people differ from the rest
is an override at its slot's original time. Its SEQUENCE is the sum of its occurrences' sequences, which
every change to any of them raises, so a client always takes the newer series. A series planned before
its rule was kept (or one that no rule describes) stays a list of single sessions, as it was exported then.
Choosing any occurrence of a series brings the whole series: a calendar cannot hold half an event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from shadowdesk.interop.ics import Attendee, CalendarEvent, CalendarItem, CalendarSeries, Method, build_calendar
from shadowdesk.model import SeriesSlot, SessionSeries, SessionStatus, ShadowSession
from shadowdesk.rules.recurrence import Frequency, Repeat, occurrences, rrule_text
from shadowdesk.services import schedule_queries as queries


@dataclass(frozen=True)
class Entry:
    """One calendar item and the sessions it stands for; slots: (session id, original start) in a series."""

    item: CalendarItem
    session_ids: tuple[int, ...]
    cancelled_ids: tuple[int, ...]
    slots: tuple[tuple[int, datetime], ...] = ()

    @property
    def uid(self) -> str:
        return _event(self.item).uid

    @property
    def sequence(self) -> int:
        return _event(self.item).sequence

    @property
    def cancelled(self) -> bool:
        """Nothing of it takes place any more: a cancelled session, or a series cancelled whole."""
        return _event(self.item).cancelled

    def recipients(self) -> list[Attendee]:
        """Everyone it invites (the organizer's own copy is theirs to keep), in order, each once."""
        events = [_event(self.item)]
        if isinstance(self.item, CalendarSeries):
            events += [event for _, event in self.item.overrides]
        people = {guest.email.casefold(): guest for event in events for guest in event.attendees}
        return list(people.values())

    def cancellation(self) -> CalendarItem | None:
        """What a CANCEL says of it: the session or series, or the series' cancelled occurrences; None when
        nothing of it is cancelled."""
        if self.cancelled:
            return self.item
        if isinstance(self.item, CalendarSeries) and self.item.excluded:
            return replace(self.item, overrides=())
        return None

    def only_occurrence(self, session_id: int) -> CalendarItem:
        """The cancellation of one occurrence of a series (the item itself for a single session)."""
        slot = dict(self.slots).get(session_id)
        if slot is None or not isinstance(self.item, CalendarSeries) or self.cancelled:
            return self.item
        return replace(self.item, excluded=(slot,), overrides=())


def _event(item: CalendarItem) -> CalendarEvent:
    return item.master if isinstance(item, CalendarSeries) else item


def entries(s: Session, where: Sequence[ColumnElement[bool]], organizer: Attendee | None) -> list[Entry]:
    """The items of the sessions matching where, in time order. organizer: the coordinator sending the
    invitations (the host becomes an attendee who chairs it); None: each session's host organizes it."""
    picked = select(ShadowSession.id, ShadowSession.series_uid).where(*where).subquery()
    series_uids = select(SessionSeries.uid).where(
        SessionSeries.uid.in_(select(picked.c.series_uid).where(picked.c.series_uid.is_not(None))))
    ids = select(ShadowSession.id).where(or_(ShadowSession.id.in_(select(picked.c.id)),
                                             ShadowSession.series_uid.in_(series_uids)))
    events = queries.calendar_events(s, [ShadowSession.id.in_(ids.scalar_subquery())])
    meta = {uid: (sid, status, series, position) for uid, sid, status, series, position in s.execute(
        select(ShadowSession.uid, ShadowSession.id, ShadowSession.status, SeriesSlot.series_uid, SeriesSlot.position)
        .outerjoin(SeriesSlot, SeriesSlot.session_id == ShadowSession.id)
        .where(ShadowSession.id.in_(ids.scalar_subquery())))}
    rules = {rule.uid: rule for rule in s.scalars(select(SessionSeries).where(SessionSeries.uid.in_(series_uids)))}
    order: list[Entry | str] = []  # a series sits where its first occurrence starts
    members: dict[str, list[tuple[int, int, SessionStatus, CalendarEvent]]] = {}
    for event in events:
        sid, status, series, position = meta[event.uid]
        event = _organized(event, organizer)
        if series in rules:
            if series not in members:
                members[series] = []
                order.append(series)
            members[series].append((position, sid, status, event))
        else:
            order.append(Entry(event, (sid,), (sid,) if status is SessionStatus.CANCELLED else ()))
    return [_series_entry(rules[key], members[key]) if isinstance(key, str) else key for key in order]


def _organized(event: CalendarEvent, organizer: Attendee | None) -> CalendarEvent:
    if organizer is None or organizer.email.casefold() == event.organizer.email.casefold():
        return event
    host = Attendee(event.organizer.name, event.organizer.email, role="CHAIR")
    return replace(event, organizer=organizer, attendees=(host, *event.attendees))


def _series_entry(rule: SessionSeries, members: list[tuple[int, int, SessionStatus, CalendarEvent]]) -> Entry:
    duration = timedelta(minutes=rule.duration_minutes)
    repeat = Repeat(Frequency(rule.frequency), count=rule.count)
    slots = occurrences(rule.first_start, duration, rule.time_zone, repeat)
    live = [(position, event) for position, _, status, event in sorted(members, key=lambda m: m[0])
            if status is not SessionStatus.CANCELLED and position < len(slots)]
    on_slot = [event for position, event in live if (event.starts_at, event.ends_at) == slots[position]]
    template = (on_slot or [event for _, event in live] or [members[0][3]])[0]
    sequence = sum(event.sequence for *_, event in members)
    changed = max(event.changed_at for *_, event in members)
    master = replace(template, uid=rule.uid, sequence=sequence, starts_at=slots[0][0], ends_at=slots[0][1],
                     cancelled=not live, changed_at=changed)
    taken = {position for position, _ in live}
    overrides = tuple((slots[position][0], replace(event, uid=rule.uid, sequence=sequence, changed_at=changed))
                      for position, event in live if _differs(event, template, slots[position]))
    first_local = rule.first_start.astimezone(ZoneInfo(rule.time_zone))
    item = CalendarSeries(master, rule.time_zone, rrule_text(first_local, repeat), slots[-1][0],
                          excluded=tuple(start for position, (start, _) in enumerate(slots) if position not in taken),
                          overrides=overrides)
    ordered = sorted(members, key=lambda m: m[0])
    return Entry(item, tuple(sid for _, sid, _, _ in ordered),
                 tuple(sid for _, sid, status, _ in ordered if status is SessionStatus.CANCELLED),
                 tuple((sid, slots[position][0]) for position, sid, _, _ in ordered if position < len(slots)))


def _differs(event: CalendarEvent, template: CalendarEvent, slot: tuple[datetime, datetime]) -> bool:
    what = (event.summary, event.location, event.description, event.organizer, event.attendees)
    return (event.starts_at, event.ends_at) != slot or what != (
        template.summary, template.location, template.description, template.organizer, template.attendees)


def for_method(found: Sequence[Entry], method: Method) -> list[CalendarItem]:
    """The items a file of this METHOD may hold: CANCEL only what is cancelled; REQUEST only what still takes
    place (a cancelled occurrence of a series as its EXDATE); PUBLISH everything."""
    if method is Method.CANCEL:
        return [item for entry in found if (item := entry.cancellation()) is not None]
    if method is Method.REQUEST:
        return [entry.item for entry in found if not entry.cancelled]
    return [entry.item for entry in found]


@dataclass(frozen=True)
class CalendarFile:
    data: bytes
    method: str
    items: int  # the sessions and series written
    left_out: int  # those the METHOD cannot hold (a cancelled one in a REQUEST, one not cancelled in a CANCEL)


def calendar_file(s: Session, where: Sequence[ColumnElement[bool]], method: str,
                  organizer: Attendee | None) -> CalendarFile:
    """A file of one METHOD; a PUBLISH names no attendees, so each host stays its organizer."""
    method = Method(method.upper())
    found = entries(s, where, None if method is Method.PUBLISH else organizer)
    items = for_method(found, method)
    return CalendarFile(build_calendar(items, method), method.value, len(items), len(found) - len(items))


def one_session_file(s: Session, session_id: int, organizer: Attendee | None) -> CalendarFile:
    """A meeting request for one session (its whole series, when it is part of one), or the cancellation of
    just that session when it is cancelled."""
    found = entries(s, [ShadowSession.id == session_id], organizer)
    if not found:
        return CalendarFile(build_calendar([], Method.PUBLISH), Method.PUBLISH.value, 0, 0)
    [entry] = found
    if session_id in entry.cancelled_ids:
        return CalendarFile(build_calendar([entry.only_occurrence(session_id)], Method.CANCEL), Method.CANCEL.value,
                            1, 0)
    return CalendarFile(build_calendar([entry.item], Method.REQUEST), Method.REQUEST.value, 1, 0)
