"""Scheduling shadowing sessions and customer visits: check, create, edit, record what happened, export.

Every change raises the session's iCalendar SEQUENCE, so a re-imported invite replaces the older one.
Edits carry the version the editor opened (and a series edit the versions of every occurrence it covers);
a session changed meanwhile raises StaleRecord (services/versioned_save.py).
Writes are serialized on their participants (Database.transaction(serialized_on=...)) and check for double
bookings again inside: two people planning the same host at the same moment cannot both pass the check the
editor made before saving; the later one gets NewWarnings instead.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shadowdesk.domain import SessionKind
from shadowdesk.labels import label
from shadowdesk.model import Customer, Person, Program, Project, SessionStatus, ShadowSession, session_guest
from shadowdesk.rules import conflicts
from shadowdesk.rules.calendar import known_zone as known_zone  # re-exported: also the GUI's reading of a zone
from shadowdesk.rules.calendar import week_bounds
from shadowdesk.rules.conflicts import Booking, Participant, ScheduleWarning
from shadowdesk.rules.recurrence import RecurrenceError, occurrences
from shadowdesk.services import schedule_queries as queries
from shadowdesk.services import series_rules, text_fields
from shadowdesk.services import session_saves as saves
from shadowdesk.services.errors import NotFound, StaleRecord, UserError
from shadowdesk.services.local_dates import long_moment
from shadowdesk.services.schedule_types import (
    Choice,
    EditScope,
    Invite,
    NewWarnings,
    PersonRef,
    ProgramChoice,
    SessionDetail,
    SessionDraft,
    SessionFilter,
    SessionRow,
)
from shadowdesk.services.versioned_save import versioned_save
from shadowdesk.settings import SettingsStore
from shadowdesk.storage import Database
from shadowdesk.translation import _

if TYPE_CHECKING:  # imported where used: the calendar format loads only for an export or an invite
    from shadowdesk.interop.ics import Attendee
    from shadowdesk.services.calendar_items import CalendarFile

FINAL_STATUSES = (SessionStatus.COMPLETED, SessionStatus.CANCELLED, SessionStatus.NO_SHOW)


def _new_uid() -> str:
    return f"{uuid.uuid4()}@shadowdesk"


class SchedulingService:
    def __init__(self, database: Database, settings: SettingsStore,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._db = database
        self._settings = settings
        self._clock = clock

    # --- reading -------------------------------------------------------------------------------

    def sessions_between(self, start: datetime, end: datetime,
                         filters: SessionFilter = SessionFilter()) -> list[SessionRow]:
        """Sessions starting in [start, end) (aware datetimes), in time order."""
        with self._db.session() as s:
            return queries.sessions_between(s, start, end, filters)

    def first_of_each_day(self, days: Sequence[tuple[datetime, datetime]], filters: SessionFilter = SessionFilter(),
                          per_day: int = 8) -> tuple[list[SessionRow], list[int]]:
        """For a month grid: the first per_day sessions of each (start, end) day, and each day's count."""
        with self._db.session() as s:
            return queries.first_of_each_day(s, days, filters, per_day)

    def get(self, session_id: int) -> SessionDetail:
        with self._db.session() as s:
            return self._detail(s, self._load(s, session_id))

    def person_by_email(self, email: str) -> PersonRef | None:
        with self._db.session() as s:
            person = s.scalars(select(Person).where(Person.has_email(email))).first()
            return None if person is None else PersonRef(person.id, person.full_name, person.email,
                                                         person.time_zone)

    def this_week(self, now: datetime, time_zone: str, limit: int = 50) -> list[SessionRow]:
        start, end = week_bounds(now, time_zone)
        with self._db.session() as s:
            rows = queries.sessions_between(s, start, end, SessionFilter(), limit)
        return [row for row in rows if row.status is not SessionStatus.CANCELLED]

    def past_still_planned(self, limit: int = 50) -> list[SessionRow]:
        with self._db.session() as s:
            return queries.past_still_planned(s, self._clock(), limit)

    def people(self) -> list[PersonRef]:
        with self._db.session() as s:
            return [PersonRef(*row) for row in s.execute(
                select(Person.id, Person.full_name, Person.email, Person.time_zone)
                .where(Person.active).order_by(Person.full_name, Person.id))]

    def programs(self) -> list[ProgramChoice]:
        with self._db.session() as s:
            return [ProgramChoice(*row) for row in s.execute(
                select(Program.id, Program.name, Program.start_date, Program.end_date).order_by(Program.name))]

    def customers(self) -> list[Choice]:
        with self._db.session() as s:
            return [Choice(*row) for row in s.execute(select(Customer.id, Customer.name).order_by(Customer.name))]

    def projects(self) -> list[Choice]:
        with self._db.session() as s:
            return [Choice(i, f"{name} ({customer})") for i, name, customer in s.execute(
                select(Project.id, Project.name, Customer.name).join(Customer).order_by(Project.name))]

    def kind_the_pair_had_fewer_of(self, pair_id: int) -> SessionKind:
        """What a pair's next session should be: the kind it has had fewer of (cancelled ones do not count), so
        each side gets to host in turn; a project shadow when the two are even."""
        with self._db.session() as s:
            counts = dict(s.execute(
                select(ShadowSession.kind, func.count()).where(ShadowSession.pairing_id == pair_id,
                                                               ShadowSession.status != SessionStatus.CANCELLED)
                .group_by(ShadowSession.kind)).all())
        return min(SessionKind, key=lambda kind: counts.get(kind, 0))  # min() keeps the first of a tie

    # --- checking ------------------------------------------------------------------------------

    def check(self, draft: SessionDraft, session_id: int | None = None,
              scope: EditScope = EditScope.ONE) -> list[ScheduleWarning]:
        """Warnings for draft (every occurrence of a series); session_id when editing a saved session."""
        draft, scope = _cleaned(draft), EditScope(scope)  # a combo box hands back the plain string
        with self._db.session() as s:
            self._validate(s, draft)
            current = self._load(s, session_id) if session_id is not None else None
            times, exclude = self._planned_times(s, draft, current, scope)
            return self._warnings(s, draft, times, exclude)

    def _warnings(self, s: Session, draft: SessionDraft, times: list[tuple[datetime, datetime]],
                  exclude: Sequence[int]) -> list[ScheduleWarning]:
        participant_ids = [draft.host_id, *draft.guest_ids]
        people = {p.id: Participant(p.id, p.full_name, p.time_zone) for p in s.scalars(
            select(Person).where(Person.id.in_(participant_ids)))}
        names = {pid: p.name for pid, p in people.items()}
        # One window covers both the overlaps and the host's weeks, so one query serves every check.
        weeks = [week_bounds(start, draft.time_zone) for start, _ in times]
        window_start = min(min(w[0] for w in weeks), min(t[0] for t in times))
        window_end = max(max(w[1] for w in weeks), max(t[1] for t in times))
        others = queries.bookings_of(s, participant_ids, window_start, window_end, exclude)
        program = s.get(Program, draft.program_id) if draft.program_id is not None else None
        capacity = self._settings.get("host_weekly_capacity")
        gap = self._settings.get("max_time_zone_gap_hours")
        host = people[draft.host_id]
        guests = [people[g] for g in draft.guest_ids]
        is_call = conflicts.looks_like_call(draft.location)
        found: list[ScheduleWarning] = []
        drafts = [Booking(None, start, end, draft.host_id, tuple(draft.guest_ids)) for start, end in times]
        for booking, (week_start, week_end) in zip(drafts, weeks, strict=True):
            found += conflicts.double_bookings(booking, others, names, draft.time_zone)
            if program is not None:
                found += conflicts.outside_program(booking, draft.time_zone, program.name, program.start_date,
                                                   program.end_date)
            hosted = sum(1 for b in [*others, *drafts]
                         if b.host_id == draft.host_id and week_start <= b.starts_at < week_end)
            found += conflicts.host_over_capacity(
                host.name, hosted, capacity, week_start.astimezone(ZoneInfo(draft.time_zone)).date())
            found += conflicts.time_zone_gap(booking, host, guests, gap, is_call)
        return list(dict.fromkeys(found))  # a series repeats the same week warning once per occurrence

    # --- writing -------------------------------------------------------------------------------

    def create(self, draft: SessionDraft, accepted: Sequence[ScheduleWarning] = (),
               status: SessionStatus = SessionStatus.PLANNED, status_reason: str = "") -> list[int]:
        """Save a session, or every occurrence of a series; returns the new ids in time order.

        status other than planned logs a session that already happened (back-dated).
        accepted: the warnings the user saw and accepted; NewWarnings when a double booking they did not see
        was saved by someone else meanwhile.
        """
        draft = _cleaned(draft)
        status_reason = _reason(status_reason)
        with self._db.transaction(serialized_on=_participant_keys(draft)) as s:
            self._validate(s, draft)
            times = self._occurrences(draft)
            if status is not SessionStatus.PLANNED:
                self._check_final_status(status, status_reason, times[0][0])
            self._refuse_unseen_double_bookings(s, draft, times, [], accepted)
            series = _new_uid() if len(times) > 1 else None
            guests = list(s.scalars(select(Person).where(Person.id.in_(draft.guest_ids))))
            created = []
            for start, end in times:
                row = ShadowSession(uid=_new_uid(), series_uid=series, status=status, status_reason=status_reason,
                                    accepted_warnings=conflicts.accepted_text(accepted), sequence=0)
                self._apply(row, draft, start, end, guests)
                s.add(row)
                created.append(row)
            s.flush()
            if series is not None and draft.repeat is not None:  # more than one time comes of a repeat only
                series_rules.register(s, series, draft.repeat.frequency, draft.time_zone, draft.duration, times,
                                      created)
            return [row.id for row in created]

    def update(self, session_id: int, version_id: int, draft: SessionDraft, scope: EditScope = EditScope.ONE,
               accepted: Sequence[ScheduleWarning] = (),
               series_versions: tuple[tuple[int, int], ...] = ()) -> list[int]:
        """Change one session, or (scope SERIES) every planned occurrence of its series; returns their ids.

        version_id: the one the editor opened with; StaleRecord (with the current version, to overwrite)
        when someone else saved the session since. series_versions: for scope SERIES, the detail's
        series_versions as the editor opened them (or the refusal's, to overwrite); an occurrence changed
        meanwhile refuses the whole save the same way. NewWarnings as for create()."""
        draft, scope = _cleaned(draft), EditScope(scope)  # a combo box hands back the plain string
        with self._saving(session_id, version_id, scope, _participant_keys(draft)) as (s, current):
            self._validate(s, draft)
            old_day = current.starts_at.astimezone(ZoneInfo(current.time_zone)).date()
            times, replaced = self._planned_times(s, draft, current, scope)
            targets = self._targets(s, current, scope)
            saves.refuse_changed_occurrences(current, targets, scope, series_versions)
            self._refuse_unseen_double_bookings(s, draft, times, replaced, accepted)
            guests = list(s.scalars(select(Person).where(Person.id.in_(draft.guest_ids))))
            for row, (start, end) in zip(targets, times, strict=True):
                self._apply(row, draft, start, end, guests)
                row.accepted_warnings = conflicts.accepted_text(accepted)
                row.sequence += 1
            if scope is EditScope.SERIES and current.series_uid is not None:
                new_local = draft.starts_at.astimezone(ZoneInfo(draft.time_zone))
                series_rules.move(s, current.series_uid, new_local.date() - old_day, new_local.time(),
                                  draft.time_zone, draft.duration)
            s.flush()
            return [row.id for row in targets]

    def set_status(self, session_id: int, version_id: int, status: SessionStatus, reason: str = "",
                   scope: EditScope = EditScope.ONE, series_versions: tuple[tuple[int, int], ...] = ()) -> list[int]:
        """planned -> completed, cancelled (a reason is required) or no-show. SERIES cancels every planned one,
        provided none changed since the editor opened (series_versions, as for update())."""
        reason, scope, status = _reason(reason), EditScope(scope), SessionStatus(status)
        with self._saving(session_id, version_id, scope) as (s, current):
            if current.status is not SessionStatus.PLANNED:
                raise UserError(_("Only a planned session can be marked {status}; this one is already "
                                  "{current}.").format(status=label(status).lower(),
                                                       current=label(current.status).lower()))
            if status not in FINAL_STATUSES:
                raise UserError(_("A session can be marked completed, cancelled or no-show."))
            self._check_final_status(status, reason, current.starts_at)
            targets = self._targets(s, current, scope) if status is SessionStatus.CANCELLED else [current]
            saves.refuse_changed_occurrences(current, targets, scope, series_versions)
            for row in targets:
                row.status = status
                row.status_reason = reason
                row.sequence += 1
            s.flush()
            return [row.id for row in targets]

    def move(self, session_id: int, shown_version: int, new_start: datetime,
             accepted_warnings: Sequence[ScheduleWarning] = ()) -> None:
        """Move a session to new_start (aware), keeping its length, time zone, people and the rest; an
        occurrence of a series moves alone. shown_version: the version the calendar showed it at.

        Nothing is saved when it refuses, which it does in this order: UserError when the session is no
        longer planned; StaleRecord (as update()'s, with the current version to overwrite) when it changed
        since shown; NewWarnings with every warning of the new time unless all are in accepted_warnings, to
        ask and call again with them accepted. The check and the save are one serialized transaction, so a
        booking made meanwhile is among the warnings."""
        if new_start.tzinfo is None:
            raise ValueError("move() needs an aware new_start")
        with self._db.session() as s:
            current = self._load(s, session_id)
            saves.refuse_unless_planned(current, shown_version)
            keys = [f"person:{person_id}" for person_id in (current.host_id, *(g.id for g in current.guests))]
        with self._saving(session_id, shown_version, EditScope.ONE, keys) as (s, current):
            draft = saves.moved_draft(current, new_start)
            times, replaced = self._planned_times(s, draft, current, EditScope.ONE)
            warnings = self._warnings(s, draft, times, replaced)
            if any(warning not in accepted_warnings for warning in warnings):
                raise NewWarnings(warnings, _("At that time the session gets these warnings, so it was not "
                                              "moved:"))
            [(start, end)] = times
            self._apply(current, draft, start, end, list(current.guests))
            current.accepted_warnings = conflicts.accepted_text(warnings)
            current.sequence += 1

    # --- calendar files ------------------------------------------------------------------------

    def export_calendar(self, program_id: int | None = None, person_id: int | None = None,
                        session_ids: Sequence[int] | None = None, start: datetime | None = None,
                        end: datetime | None = None, method: str | None = None) -> CalendarFile:
        """A services.calendar_items.CalendarFile of the sessions of a program, of a person, or listed by id
        (optionally in a range); a series comes whole, as one event. method: PUBLISH, REQUEST or CANCEL;
        None, the right one: a meeting request (or its cancellation) for one session, else PUBLISH."""
        where = []
        if program_id is not None:
            where.append(ShadowSession.program_id == program_id)
        if person_id is not None:
            where.append(queries.involving(person_id))
        if session_ids is not None:
            where.append(ShadowSession.id.in_(session_ids))
        if start is not None:
            where.append(ShadowSession.starts_at >= start)
        if end is not None:
            where.append(ShadowSession.starts_at < end)
        from shadowdesk.services import calendar_items  # icalendar loads only for an export

        with self._db.session() as s:
            if method is None and session_ids is not None and len(session_ids) == 1:
                return calendar_items.one_session_file(s, session_ids[0], self.organizer())
            return calendar_items.calendar_file(s, where, method or "PUBLISH", self.organizer())

    def export_ics(self, **which: Any) -> bytes:
        """export_calendar()'s bytes."""
        return self.export_calendar(**which).data

    def organizer(self) -> Attendee | None:
        """The interop.ics.Attendee who organizes invitations: the signed-in person (services/identity.py), who
        sends them. None, and each session's host organizes it: on a file nobody has claimed yet, and for a
        team-server login the app refuses (whoami says why wherever that login acts; an invitation it
        exports names nobody it cannot vouch for)."""
        from shadowdesk.interop.ics import Attendee
        from shadowdesk.services.identity import IdentityService

        try:
            viewer = IdentityService(self._db).whoami()
        except UserError:
            return None
        return None if viewer is None else Attendee(viewer.full_name, viewer.email)

    def invite(self, session_id: int) -> Invite:
        """A mailto: link addressed to every participant, and the session's .ics as a meeting request (of its
        whole series) or as the cancellation of this one session."""
        from shadowdesk.interop.ics import mailto_url

        detail = self.get(session_id)  # NotFound when it no longer exists
        from shadowdesk.services.calendar_items import one_session_file

        with self._db.session() as s:
            file = one_session_file(s, session_id, self.organizer())
            events = queries.calendar_events(s, [ShadowSession.id == session_id])
        event = events[0]
        local = event.starts_at.astimezone(ZoneInfo(detail.time_zone))
        minutes = int((event.ends_at - event.starts_at).total_seconds() // 60)
        when = _("{moment} ({zone}), {minutes} min").format(moment=long_moment(local), zone=detail.time_zone,
                                                            minutes=minutes)
        lines = [event.summary, _("When: {when}").format(when=when)]
        if event.location:
            lines.append(_("Where: {location}").format(location=event.location))
        if event.description:
            lines += ["", event.description]
        lines += ["", _("The calendar invitation (.ics) is attached.")]
        body = "\n".join(lines)
        prefix = _("Cancelled: ") if event.cancelled else ""
        recipients = [event.organizer.email, *(a.email for a in event.attendees)]
        return Invite(
            mailto=mailto_url(recipients, f"{prefix}{event.summary}", body),
            ics=file.data,
            file_name=f"session-{session_id}-{local:%Y-%m-%d}.ics",
        )

    # --- helpers -------------------------------------------------------------------------------

    @contextmanager
    def _saving(self, session_id: int, version_id: int | None, scope: EditScope = EditScope.ONE,
                serialized_on: Sequence[str] = ()) -> Iterator[tuple[Session, ShadowSession]]:
        """versioned_save of the session; a refused series save carries the occurrences' current versions,
        read after the refusal as its current_version is, so Overwrite saves over exactly what was refused."""
        try:
            with versioned_save(self._db, ShadowSession, session_id, version_id, saves.session_of,
                                _("That session was deleted by someone else since you opened it."),
                                serialized_on) as saving:
                yield saving
        except StaleRecord as exc:
            if scope is EditScope.ONE:
                raise
            with self._db.session() as s:
                row = self._load(s, session_id)
                raise StaleRecord(str(exc), row.version_id, saves.series_versions(s, row)) from exc

    def _refuse_unseen_double_bookings(self, s: Session, draft: SessionDraft, times: list[tuple[datetime, datetime]],
                                       replaced: Sequence[int], accepted: Sequence[ScheduleWarning]) -> None:
        """The editor's check ran in its own session; inside the serialized writing transaction the
        participants' bookings cannot change any more, so a double booking found now that the user did not
        accept was saved by someone else in between."""
        unseen = [warning for warning in self._warnings(s, draft, times, replaced)
                  if warning.code == conflicts.DOUBLE_BOOKING and warning not in accepted]
        if unseen:
            raise NewWarnings(unseen)

    @staticmethod
    def _load(s: Session, session_id: int) -> ShadowSession:
        row = s.get(ShadowSession, session_id)
        if row is None:
            raise NotFound(_("That session no longer exists; it may have been deleted by someone else."))
        return row

    def _detail(self, s: Session, row: ShadowSession) -> SessionDetail:
        guest_ids = tuple(s.scalars(select(session_guest.c.person_id)
                                    .where(session_guest.c.session_id == row.id)).all())
        size = (s.execute(select(func.count()).select_from(ShadowSession)
                          .where(ShadowSession.series_uid == row.series_uid)).scalar_one() if row.series_uid else 1)
        return SessionDetail(
            row.id, row.uid, row.series_uid, size, row.kind, row.status, row.status_reason, row.host_id,
            guest_ids, row.starts_at, row.ends_at, row.time_zone, row.location, row.program_id, row.pairing_id,
            row.customer_id, row.project_id, row.agenda, row.accepted_warnings, row.sequence, row.version_id,
            saves.series_versions(s, row))

    @staticmethod
    def _validate(s: Session, draft: SessionDraft) -> None:
        if draft.starts_at.tzinfo is None:
            raise ValueError("SessionDraft.starts_at must be aware")
        if not draft.guest_ids:
            raise UserError(_("Choose at least one guest: a session is two people learning each "
                              "other's work."))
        if draft.host_id in draft.guest_ids:
            raise UserError(_("The host cannot also be a guest of the same session."))
        if known_zone(draft.time_zone) is None:
            raise UserError(_("{time_zone!r} is not a known time zone (use a name like Europe/Berlin).").format(
                time_zone=draft.time_zone))
        wanted = {draft.host_id, *draft.guest_ids}
        found = set(s.scalars(select(Person.id).where(Person.id.in_(wanted))))
        if found != wanted:
            raise NotFound(_("A chosen participant no longer exists."))

    @staticmethod
    def _occurrences(draft: SessionDraft) -> list[tuple[datetime, datetime]]:
        try:
            return occurrences(draft.starts_at, draft.duration, draft.time_zone, draft.repeat)
        except RecurrenceError as exc:
            raise UserError(str(exc)) from exc

    def _check_final_status(self, status: SessionStatus, reason: str, starts_at: datetime) -> None:
        if status is SessionStatus.CANCELLED and not reason.strip():
            raise UserError(_("Say why the session is cancelled; the reason goes into the reports."))
        if status in (SessionStatus.COMPLETED, SessionStatus.NO_SHOW) and starts_at > self._clock():
            raise UserError(_("A session that has not started yet cannot be marked completed or "
                              "no-show."))

    @staticmethod
    def _targets(s: Session, current: ShadowSession, scope: EditScope) -> list[ShadowSession]:
        """The rows an edit touches: current, or current and every planned occurrence of its series."""
        if scope is EditScope.ONE or current.series_uid is None:
            return [current]
        siblings = s.scalars(select(ShadowSession).where(
            ShadowSession.series_uid == current.series_uid, ShadowSession.status == SessionStatus.PLANNED,
            ShadowSession.id != current.id)).all()
        return sorted([current, *siblings], key=lambda row: (row.starts_at, row.id))

    def _planned_times(self, s: Session, draft: SessionDraft, current: ShadowSession | None,
                       scope: EditScope) -> tuple[list[tuple[datetime, datetime]], list[int]]:
        """The new (start, end) of every session the save would write, and the ids it replaces.

        A series edit moves each planned occurrence by the same number of days as the edited one and
        gives it the new wall-clock time in the new zone, so the series stays weekly across DST.
        """
        if current is None:
            return self._occurrences(draft), []
        if draft.duration <= timedelta(0):
            raise UserError(_("A session must last longer than zero minutes."))
        targets = self._targets(s, current, scope)
        new_zone, old_zone = ZoneInfo(draft.time_zone), ZoneInfo(current.time_zone)
        new_local = draft.starts_at.astimezone(new_zone)
        shift = new_local.date() - current.starts_at.astimezone(old_zone).date()
        times = []
        for row in targets:
            day = row.starts_at.astimezone(ZoneInfo(row.time_zone)).date() + shift
            wall = datetime.combine(day, new_local.time().replace(tzinfo=None))
            start = wall.replace(tzinfo=new_zone).astimezone(UTC)
            end = (wall + draft.duration).replace(tzinfo=new_zone).astimezone(UTC)
            times.append((start, end if end > start else start + draft.duration))
        return times, [row.id for row in targets]

    @staticmethod
    def _apply(row: ShadowSession, draft: SessionDraft, start: datetime, end: datetime,
               guests: list[Person]) -> None:
        row.kind = draft.kind
        row.host_id = draft.host_id
        row.guests = list(guests)
        row.starts_at, row.ends_at = start, end
        row.time_zone = draft.time_zone
        row.location = draft.location
        row.program_id = draft.program_id
        row.pairing_id = draft.pairing_id
        row.customer_id = draft.customer_id
        row.project_id = draft.project_id
        row.agenda = draft.agenda


def _cleaned(draft: SessionDraft) -> SessionDraft:
    """The draft as it is stored: its kind the enum (a combo box hands back the plain string, and the services
    compare kinds by identity), its text cleaned and refused in plain words when it does not fit."""
    return replace(draft, kind=SessionKind(draft.kind),
                   location=text_fields.line(ShadowSession.location, draft.location, _("The location")),
                   agenda=text_fields.text(ShadowSession.agenda, draft.agenda, _("The agenda")))


def _reason(reason: str) -> str:
    return text_fields.line(ShadowSession.status_reason, reason, _("The reason"))


def _participant_keys(draft: SessionDraft) -> list[str]:
    return [f"person:{person_id}" for person_id in (draft.host_id, *draft.guest_ids)]
