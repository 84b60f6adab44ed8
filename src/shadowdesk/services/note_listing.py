"""What the Reflections section lists, as SQL: the filters, the order and the page, so a big company's
18,000 due notes are counted by an aggregate and shown 100 at a time, never built whole.

The statements select ids and the few columns a row shows; ReflectionService turns one page of them into
its plain rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    String,
    and_,
    exists,
    func,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute

from shadowdesk.model import (
    Person,
    Reflection,
    ReflectionStatus,
    SessionStatus,
    ShadowSession,
    session_guest,
)
from shadowdesk.model.notes import NoteState
from shadowdesk.services.visibility import reflection_visible_to

PAGE_SIZE = 100
# What a listing sorts by (a mapped column, or an expression of columns), and a statement of any columns.
Sortable = SQLColumnExpression[Any]
Rows = Select[*tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class NoteFilter:
    """Every field narrows the listing; None or "" leaves it open."""

    program_id: int | None = None
    person_id: int | None = None  # who owes the note (due) or wrote it (notes)
    name: str = ""  # part of that person's name, in any case
    status: ReflectionStatus | None = None  # notes only: drafts or submitted ones
    since: datetime | None = None  # sessions that started at or after this instant


@dataclass(frozen=True, slots=True)
class Page:
    """A window of a listing: `limit` rows from `offset`, in `order` (a column name, "-" first for
    descending; "" for the listing's own order)."""

    offset: int = 0
    limit: int | None = PAGE_SIZE
    order: str = ""


EVERYTHING = NoteFilter()
WHOLE = Page(limit=None)


def _name_contains(column: InstrumentedAttribute[str], name: str) -> ColumnElement[bool]:
    return func.lower(column).contains(name.strip().lower(), autoescape=True)


def session_filters(listing: NoteFilter) -> list[ColumnElement[bool]]:
    conditions = []
    if listing.program_id is not None:
        # "+ 0": see completed_before; a program usually holds most of the sessions anyway.
        conditions.append(ShadowSession.program_id + 0 == listing.program_id)
    if listing.since is not None:
        conditions.append(ShadowSession.starts_at >= listing.since)
    return conditions


def completed_before(cutoff: datetime) -> list[ColumnElement[bool]]:
    """Sessions completed that started before cutoff, for a walk of the starts_at index backwards from it.

    Status and program are compared as expressions (status as text, program_id + 0) rather than as bare
    columns: SQLite (without ANALYZE statistics) would otherwise use their indexes, read a third of the
    sessions and sort them all to show the first 100; the starts_at index gives the rows in order and stops
    at the page's end. PostgreSQL plans by its statistics either way."""
    completed = type_coerce(ShadowSession.status, String).concat("") == SessionStatus.COMPLETED.value
    return [completed, ShadowSession.starts_at < cutoff]


def _ordered(query: Rows, orders: Mapping[str, Sortable], page: Page,
             tie_breakers: Iterable[Sortable]) -> Rows:
    name = page.order.lstrip("-")
    column = orders.get(name, orders[""])
    key = column.desc() if page.order.startswith("-") else column
    query = query.order_by(key, *tie_breakers)
    if page.limit is not None:
        query = query.limit(page.limit)
    return query.offset(page.offset) if page.offset else query


def _due_branches(now: datetime, days: int, listing: NoteFilter) -> list[Rows]:
    """(session id, starts at, person id, has draft) of every host, and of every guest, who owes a note.

    Whether a note is started or submitted is asked of note_state, not of reflection: on a team server the
    program office may not read a draft or a private note, but must not chase it as unwritten.

    Two branches rather than a union of participants joined to the sessions: each branch walks the
    sessions' starts_at index backwards from the cut-off and stops at the page's end, where the union
    had to be built whole (100,000 sessions) before the first row came out."""
    cutoff = now - timedelta(days=days)
    branches = []
    for person in (ShadowSession.host_id, session_guest.c.person_id):
        note_of = and_(NoteState.session_id == ShadowSession.id, NoteState.author_id == person)
        query = select(ShadowSession.id.label("session_id"), ShadowSession.starts_at.label("starts_at"),
                       person.label("person_id"), exists().where(note_of).label("has_draft"))
        if person is not ShadowSession.host_id:
            query = query.join(session_guest, session_guest.c.session_id == ShadowSession.id)
        query = query.where(
            *completed_before(cutoff),  # implied by the next line, and what lets the index stop early
            ShadowSession.ends_at <= cutoff,
            ~exists().where(note_of, NoteState.status == ReflectionStatus.SUBMITTED),
            *session_filters(listing),
        )
        if listing.person_id is not None:
            query = query.where(person == listing.person_id)
        if listing.name.strip():
            query = query.join(Person, Person.id == person).where(_name_contains(Person.full_name, listing.name))
        branches.append(query)
    return branches


def due_rows(now: datetime, days: int, listing: NoteFilter, page: Page) -> Rows:
    """One page of (session id, person id, name, email, ends at, has draft), newest session first
    (page.order "date": oldest first)."""
    oldest_first = page.order == "date"

    def ordered(query: Rows, starts_at: Sortable, session_id: Sortable, person_id: Sortable) -> Rows:
        keys = (starts_at, session_id, person_id)
        return query.order_by(*(keys if oldest_first else (key.desc() for key in keys)))

    def first_rows(query: Rows) -> Rows:  # a branch gives the page's rows and all those before it
        return query if page.limit is None else query.limit(page.offset + page.limit)

    branches = [first_rows(ordered(b, ShadowSession.starts_at, ShadowSession.id, b.selected_columns.person_id))
                .subquery() for b in _due_branches(now, days, listing)]
    due = union_all(*(select(b) for b in branches)).subquery()
    query = ordered(
        select(due.c.session_id, Person.id, Person.full_name, Person.email, ShadowSession.ends_at, due.c.has_draft)
        .join(Person, Person.id == due.c.person_id)
        .join(ShadowSession, ShadowSession.id == due.c.session_id),
        due.c.starts_at, due.c.session_id, due.c.person_id,
    ).limit(page.limit)
    return query.offset(page.offset) if page.offset else query


def due_count(now: datetime, days: int, listing: NoteFilter) -> Select[int]:
    """How many rows _due_branches gives, counted as the participants of the ended sessions minus their
    submitted notes (one per session and author): the three counts are read from covering indexes, where
    counting the branches tests each of 84,000 participants for a note (1.1 s against 0.17 s on the large
    demo). The sessions' columns are compared bare here, unlike in completed_before: no page, no order."""
    cutoff = now - timedelta(days=days)
    ended = [ShadowSession.status == SessionStatus.COMPLETED, ShadowSession.starts_at < cutoff,
             ShadowSession.ends_at <= cutoff]
    if listing.program_id is not None:
        ended.append(ShadowSession.program_id == listing.program_id)
    if listing.since is not None:
        ended.append(ShadowSession.starts_at >= listing.since)

    def of_whom(query: Select[Any], person: SQLColumnExpression[int]) -> Select[Any]:
        """The listing's person and name filters, on whoever owes or wrote the note."""
        if listing.person_id is not None:
            query = query.where(person == listing.person_id)
        if listing.name.strip():
            query = query.join(Person, Person.id == person).where(_name_contains(Person.full_name, listing.name))
        return query

    hosts = of_whom(select(func.count()).select_from(ShadowSession).where(*ended), ShadowSession.host_id)
    guests = of_whom(select(func.count()).select_from(session_guest)
                     .join(ShadowSession, ShadowSession.id == session_guest.c.session_id).where(*ended),
                     session_guest.c.person_id)
    is_guest = exists().where(session_guest.c.session_id == ShadowSession.id,
                              session_guest.c.person_id == NoteState.author_id)
    written = of_whom(select(func.count()).select_from(NoteState)
                      .join(ShadowSession, ShadowSession.id == NoteState.session_id)
                      .where(*ended, NoteState.status == ReflectionStatus.SUBMITTED,
                             or_(NoteState.author_id == ShadowSession.host_id, is_guest)),
                      NoteState.author_id)
    return select(hosts.scalar_subquery() + guests.scalar_subquery() - written.scalar_subquery())


def _readable_conditions(viewer_id: int | None, listing: NoteFilter, office: bool) -> list[ColumnElement[bool]]:
    conditions = [reflection_visible_to(viewer_id, office), *session_filters(listing)]
    if listing.person_id is not None:
        conditions.append(Reflection.author_id == listing.person_id)
    if listing.status is not None:
        conditions.append(Reflection.status == listing.status)
    if listing.name.strip():
        author = select(Person.id).where(_name_contains(Person.full_name, listing.name))
        conditions.append(Reflection.author_id.in_(author))
    return conditions


def readable_ids(viewer_id: int | None, listing: NoteFilter, page: Page, *criteria: ColumnElement[bool],
                 office: bool = False) -> Select[int]:
    query = (
        select(Reflection.id)
        .join(ShadowSession, ShadowSession.id == Reflection.session_id)
        .where(*_readable_conditions(viewer_id, listing, office), *criteria)
    )
    if page.order.lstrip("-") == "author":
        query = query.join(Person, Person.id == Reflection.author_id)
    orders = {"": ShadowSession.starts_at.desc(), "date": ShadowSession.starts_at, "kind": ShadowSession.kind,
              "author": func.lower(Person.full_name), "status": Reflection.status,
              "visibility": Reflection.visibility, "rating": Reflection.rating}
    return _ordered(query, orders, page, (Reflection.id,))


def readable_count(viewer_id: int | None, listing: NoteFilter, office: bool = False) -> Select[int]:
    return (
        select(func.count())
        .select_from(Reflection)
        .join(ShadowSession, ShadowSession.id == Reflection.session_id)
        .where(*_readable_conditions(viewer_id, listing, office))
    )
