"""Read queries of the scheduling service: calendars, conflict windows, dashboard lists, calendar export.

Each takes an open SQLAlchemy session and returns plain values. The calendar and export queries
select only the columns they show and walk the index on starts_at, so a month of a 100,000-session
database is one indexed range scan; guests come in the same query through an outer join and are
folded into their session here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Row, Select, and_, func, or_, select, union, union_all
from sqlalchemy.orm import Session, aliased

from shadowdesk.labels import label
from shadowdesk.model import (
    Customer,
    Person,
    Program,
    Project,
    SessionKind,
    SessionStatus,
    ShadowSession,
    session_guest,
)
from shadowdesk.rules.conflicts import Booking
from shadowdesk.services.schedule_types import PersonRef, SessionFilter, SessionRow
from shadowdesk.translation import _

# A statement of any columns, and one row of its result.
_Rows = Select[*tuple[Any, ...]]
_Row = Row[*tuple[Any, ...]]
Host = aliased(Person, name="host")
Guest = aliased(Person, name="guest")


if TYPE_CHECKING:
    from shadowdesk.interop.ics import CalendarEvent

def involving(person_id: int) -> ColumnElement[bool]:
    as_guest = select(session_guest.c.session_id).where(session_guest.c.person_id == person_id)
    return or_(ShadowSession.host_id == person_id, ShadowSession.id.in_(as_guest))


def _filtered(statement: _Rows, filters: SessionFilter) -> _Rows:
    if filters.program_id is not None:
        statement = statement.where(ShadowSession.program_id == filters.program_id)
    if filters.person_id is not None:
        statement = statement.where(involving(filters.person_id))
    if filters.kind is not None:
        statement = statement.where(ShadowSession.kind == filters.kind)
    if filters.status is not None:
        statement = statement.where(ShadowSession.status == filters.status)
    return statement


def _row_select() -> _Rows:
    return (
        select(ShadowSession.id, ShadowSession.kind, ShadowSession.status, ShadowSession.starts_at,
               ShadowSession.ends_at, ShadowSession.time_zone, ShadowSession.location, ShadowSession.program_id,
               ShadowSession.series_uid, Host.id, Host.full_name, Host.email, Host.time_zone,
               Guest.id, Guest.full_name, Guest.email, Guest.time_zone, ShadowSession.version_id)
        .join(Host, Host.id == ShadowSession.host_id)
        .outerjoin(session_guest, session_guest.c.session_id == ShadowSession.id)
        .outerjoin(Guest, Guest.id == session_guest.c.person_id)
    )


def _fold_rows(result: Iterable[_Row]) -> list[SessionRow]:
    """One SessionRow per session from rows of _row_select() that repeat the session once per guest (in
    query order)."""
    folded: dict[int, tuple[_Row, list[PersonRef]]] = {}  # each session's first row, and its guests
    for row in result:
        *_session, gid, gname, gemail, gzone, _version = row
        entry = folded.setdefault(row[0], (row, []))
        if gid is not None:
            entry[1].append(PersonRef(gid, gname, gemail, gzone))
    sessions = []
    for first, guests in folded.values():
        (sid, kind, status, starts, ends, zone, location, program, series, hid, hname, hemail, hzone,
         *_guest, version) = first
        sessions.append(SessionRow(
            id=sid, kind=kind, status=status, starts_at=starts, ends_at=ends, time_zone=zone, location=location,
            program_id=program, series_uid=series, host=PersonRef(hid, hname, hemail, hzone), guests=tuple(guests),
            version_id=version))
    return sessions


def sessions_between(session: Session, start: datetime, end: datetime, filters: SessionFilter,
                     limit: int | None = None) -> list[SessionRow]:
    """Sessions that start in [start, end), in time order."""
    statement = _filtered(_row_select(), filters).where(
        ShadowSession.starts_at >= start, ShadowSession.starts_at < end
    ).order_by(ShadowSession.starts_at, ShadowSession.id, Guest.full_name)
    rows = _fold_rows(session.execute(statement))
    return rows[:limit] if limit is not None else rows


def first_of_each_day(session: Session, days: Sequence[tuple[datetime, datetime]], filters: SessionFilter,
                      per_day: int) -> tuple[list[SessionRow], list[int]]:
    """The first per_day sessions of each day and every day's count, for a month grid.

    One query of per-day LIMITed index ranges and one of per-day counts: the cost follows what the
    grid can show, not the thousands of sessions a busy month holds.
    """
    if not days:
        return [], []
    firsts = [
        _filtered(select(ShadowSession.id), filters)
        .where(ShadowSession.starts_at >= start, ShadowSession.starts_at < end)
        .order_by(ShadowSession.starts_at, ShadowSession.id).limit(per_day).subquery().select()
        for start, end in days
    ]
    ids = session.scalars(union_all(*firsts)).all()
    counts = session.execute(select(*(
        _filtered(select(func.count(ShadowSession.id)), filters)
        .where(ShadowSession.starts_at >= start, ShadowSession.starts_at < end).scalar_subquery()
        for start, end in days
    ))).one()
    return sessions_by_id(session, ids), list(counts)


def agenda_page(session: Session, start: datetime, end: datetime, filters: SessionFilter,
                after: tuple[datetime, int] | None, limit: int) -> list[SessionRow]:
    """The first limit sessions starting in [start, end) after (starts_at, id), in time order.

    A keyset page: one walk of the starts_at index from where the last page ended, so the thousandth page
    costs what the first does; the limit is on the sessions, before their guests are joined."""
    statement = _filtered(select(ShadowSession.id), filters).where(
        ShadowSession.starts_at >= start, ShadowSession.starts_at < end)
    if after is not None:
        last_start, last_id = after
        statement = statement.where(or_(ShadowSession.starts_at > last_start,
                                        and_(ShadowSession.starts_at == last_start, ShadowSession.id > last_id)))
    ids = session.scalars(statement.order_by(ShadowSession.starts_at, ShadowSession.id).limit(limit)).all()
    return sessions_by_id(session, ids)


def count_between(session: Session, start: datetime, end: datetime, filters: SessionFilter) -> int:
    """How many sessions start in [start, end): an aggregate, never the rows."""
    return session.scalar(_filtered(select(func.count(ShadowSession.id)), filters).where(
        ShadowSession.starts_at >= start, ShadowSession.starts_at < end)) or 0


def sessions_by_id(session: Session, ids: Sequence[int]) -> list[SessionRow]:
    statement = _row_select().where(ShadowSession.id.in_(ids)).order_by(ShadowSession.starts_at, ShadowSession.id)
    return _fold_rows(session.execute(statement))


def past_still_planned(session: Session, now: datetime, limit: int) -> list[SessionRow]:
    """Sessions that ended but nobody recorded what happened, the most recent first."""
    ids = session.scalars(
        select(ShadowSession.id).where(ShadowSession.status == SessionStatus.PLANNED, ShadowSession.ends_at < now)
        .order_by(ShadowSession.ends_at.desc()).limit(limit)
    ).all()
    return sorted(sessions_by_id(session, ids), key=lambda row: row.starts_at, reverse=True)


def bookings_of(session: Session, person_ids: Sequence[int], start: datetime, end: datetime,
                exclude: Sequence[int]) -> list[Booking]:
    """Sessions (not cancelled) of these people that overlap [start, end), for the conflict checks.

    Reached through the host and guest indexes, so the cost follows the few people involved, not the
    size of the database. The ends_at test is exact; starts_at < end keeps it a range on the index.
    """
    live = and_(ShadowSession.status != SessionStatus.CANCELLED, ShadowSession.starts_at < end,
                ShadowSession.ends_at > start)
    if exclude:
        live = and_(live, ShadowSession.id.not_in(exclude))
    as_host = select(ShadowSession.id).where(ShadowSession.host_id.in_(person_ids), live)
    as_guest = (select(ShadowSession.id)
                .join(session_guest, session_guest.c.session_id == ShadowSession.id)
                .where(session_guest.c.person_id.in_(person_ids), live))
    ids = union(as_host, as_guest).subquery()
    statement = (
        select(ShadowSession.id, ShadowSession.starts_at, ShadowSession.ends_at, ShadowSession.host_id,
               session_guest.c.person_id)
        .join(ids, ids.c.id == ShadowSession.id)
        .outerjoin(session_guest, session_guest.c.session_id == ShadowSession.id)
    )
    found: dict[int, tuple[datetime, datetime, int, list[int]]] = {}
    for sid, starts, ends, host, guest in session.execute(statement):
        entry = found.setdefault(sid, (starts, ends, host, []))
        if guest is not None:
            entry[3].append(guest)
    return [Booking(sid, starts, ends, host, tuple(guests)) for sid, (starts, ends, host, guests) in found.items()]


def _summary(kind: SessionKind, host: str, guests: list[str], customer: str | None, project: str | None) -> str:
    where = project or customer
    told = _("{kind}: {host} with {guests} ({where})") if where else _("{kind}: {host} with {guests}")
    return told.format(kind=label(kind), host=host, guests=", ".join(guests), where=where)


def calendar_events(session: Session, where: Sequence[ColumnElement[bool]]) -> list[CalendarEvent]:
    """The sessions matching where, as calendar events in time order."""
    from shadowdesk.interop.ics import Attendee, CalendarEvent  # icalendar loads only for exports

    ids = select(ShadowSession.id).where(*where).scalar_subquery()
    statement = (
        select(ShadowSession.id, ShadowSession.uid, ShadowSession.sequence, ShadowSession.kind,
               ShadowSession.status, ShadowSession.starts_at, ShadowSession.ends_at, ShadowSession.location,
               ShadowSession.agenda, ShadowSession.updated_at, Host.full_name, Host.email,
               Customer.name, Project.name, Program.name, Guest.full_name, Guest.email)
        .join(Host, Host.id == ShadowSession.host_id)
        .outerjoin(Customer, Customer.id == ShadowSession.customer_id)
        .outerjoin(Project, Project.id == ShadowSession.project_id)
        .outerjoin(Program, Program.id == ShadowSession.program_id)
        .outerjoin(session_guest, session_guest.c.session_id == ShadowSession.id)
        .outerjoin(Guest, Guest.id == session_guest.c.person_id)
        .where(ShadowSession.id.in_(ids))
        .order_by(ShadowSession.starts_at, ShadowSession.id, Guest.full_name)
    )
    grouped: dict[int, list[Any]] = {}  # each session's columns, its guests last
    for (sid, uid, sequence, kind, status, starts, ends, location, agenda, changed, hname, hemail,
         customer, project, program, gname, gemail) in session.execute(statement):
        entry = grouped.get(sid)
        if entry is None:
            entry = grouped[sid] = [uid, sequence, kind, status, starts, ends, location, agenda, changed,
                                    Attendee(hname, hemail), customer, project, program, []]
        if gname is not None:
            entry[13].append(Attendee(gname, gemail))
    events = []
    for (uid, sequence, kind, status, starts, ends, location, agenda, changed, host, customer, project,
         program, guests) in grouped.values():
        details = [line for line in (
            agenda,
            _("Customer: {name}").format(name=customer) if customer else "",
            _("Project: {name}").format(name=project) if project else "",
            _("Program: {name}").format(name=program) if program else "",
        ) if line]
        events.append(CalendarEvent(
            uid=uid, sequence=sequence, starts_at=starts, ends_at=ends,
            summary=_summary(kind, host.name, [g.name for g in guests], customer, project),
            location=location, description="\n".join(details), cancelled=status is SessionStatus.CANCELLED,
            organizer=host, attendees=tuple(guests), changed_at=changed,
        ))
    return events
