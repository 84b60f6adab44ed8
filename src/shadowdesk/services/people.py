"""People: the list and its search, a person's record, edits, and the roster import and export.

Built for rosters of 50,000: the list is one query that returns plain tuples (no ORM object per row);
the import itself lives in services/roster_import.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from shadowdesk.fileio import atomic_write
from shadowdesk.interop import roster

# A name imported as itself (`X as X`) is re-exported for the GUI, which reaches nothing below the services.
from shadowdesk.interop.roster import FIELDS as FIELDS
from shadowdesk.interop.roster import ParsedRoster as ParsedRoster
from shadowdesk.interop.roster import RosterChoices as RosterChoices
from shadowdesk.interop.roster import RosterError
from shadowdesk.interop.roster import field_label as field_label
from shadowdesk.interop.roster_sheets import read_roster_table
from shadowdesk.model import (
    Enrollment,
    Pairing,
    Person,
    Program,
    Reflection,
    ReflectionStatus,
    SessionStatus,
    ShadowSession,
    session_guest,
)
from shadowdesk.services import roster_import
from shadowdesk.services.dashboard import participants_of_completed_sessions
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.services.roster_import import ImportSummary as ImportSummary
from shadowdesk.services.schedule_types import PersonRef
from shadowdesk.services.versioned_save import versioned_save
from shadowdesk.storage import Database
from shadowdesk.text import clean_line
from shadowdesk.translation import _

# A statement of any columns.
_Statement = Select[*tuple[Any, ...]]

LIST_COLUMNS = ("id", "full_name", "email", "department", "job_title", "location", "active")
# A row of list_people(): the values of LIST_COLUMNS, as a plain tuple (the people table reads it by position).
PersonListRow = tuple[int, str, str, str, str, str, bool]
_LIST_SELECT = (Person.id, Person.full_name, Person.email, Person.department, Person.job_title,
                Person.location, Person.active)


@dataclass(frozen=True)
class PersonInput:
    """What the add/edit dialog sends. manager_email "" means no manager."""

    full_name: str
    email: str
    department: str = ""
    job_title: str = ""
    location: str = ""
    time_zone: str = "UTC"
    manager_email: str = ""


@dataclass(frozen=True)
class ProgramLink:
    program: str
    side_department: str
    status: str


@dataclass(frozen=True)
class PairLink:
    program: str
    partner: str
    status: str
    round: int | None


@dataclass(frozen=True)
class PersonDetail:
    id: int
    full_name: str
    email: str
    department: str
    job_title: str
    location: str
    time_zone: str
    active: bool
    manager_name: str
    manager_email: str
    version: int
    programs: tuple[ProgramLink, ...]
    pairs: tuple[PairLink, ...]
    sessions: int
    sessions_completed: int
    reflections_submitted: int
    reflections_owed: int

    def as_input(self) -> PersonInput:
        return PersonInput(self.full_name, self.email, self.department, self.job_title, self.location,
                           self.time_zone, self.manager_email)


def _too_long(field: str) -> str:
    """The refusal of a too long name, department, job title or location: one sentence each, so that each
    language words it (a field's label inside a sentence would not agree with its German article)."""
    told = {"full_name": _("The full name is longer than {limit} characters."),
            "department": _("The department is longer than {limit} characters."),
            "job_title": _("The job title is longer than {limit} characters."),
            "location": _("The location is longer than {limit} characters.")}[field]
    return told.format(limit=roster.MAX_LENGTHS[field])


def _escaped(text: str) -> str:
    """text as a LIKE pattern matches it literally (with escape="\\")."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(text: str) -> str:
    return f"%{_escaped(text)}%"


def _listed(statement: _Statement, search: str, department: str | None, active: bool | None) -> _Statement:
    """statement narrowed to the people list_people() lists with these filters."""
    for word in search.split():
        pattern = _like(word)
        statement = statement.where(or_(*(column.ilike(pattern, escape="\\") for column in (
            Person.full_name, Person.email, Person.department, Person.job_title, Person.location))))
    if department is not None:
        statement = statement.where(Person.department == department)
    if active is not None:
        statement = statement.where(Person.active == active)
    return statement


class PeopleService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # --- the list -----------------------------------------------------------------------------

    def list_people(self, search: str = "", department: str | None = None, active: bool | None = None,
                    order: str = "", offset: int = 0, limit: int | None = None) -> list[PersonListRow]:
        """Rows of LIST_COLUMNS; search matches name, email, department, title, location (every word).
        order: a column of LIST_COLUMNS to sort by, in any case, "-" in front for descending ("": by name
        as stored), then by name and id; offset and limit: one page of them."""
        descending, key = order.startswith("-"), order.removeprefix("-")
        if key:
            column = dict(zip(LIST_COLUMNS, _LIST_SELECT, strict=True))[key]
            sort_key = column if key in ("id", "active") else func.lower(column)
            # "active" ascending lists the active people first, as "Yes" before "No" reads.
            first = sort_key.desc() if descending != (key == "active") else sort_key
            statement = select(*_LIST_SELECT).order_by(first, func.lower(Person.full_name), Person.id)
        else:
            statement = select(*_LIST_SELECT).order_by(Person.full_name, Person.id)
        statement = _listed(statement, search, department, active).offset(offset).limit(limit)
        with self._db.session() as session:
            return [(person_id, name, email, department, title, location, active)  # a plain tuple, typed
                    for person_id, name, email, department, title, location, active in session.execute(statement)]

    def count_people(self, search: str = "", department: str | None = None,
                     active: bool | None = None) -> tuple[int, int]:
        """(how many list_people() lists with these filters, how many people there are): one aggregate."""
        matching = _listed(select(func.count(Person.id)), search, department, active).scalar_subquery()
        with self._db.session() as session:
            everyone = select(func.count(Person.id)).scalar_subquery()
            shown, total = session.execute(select(matching, everyone)).one()
            return shown, total

    def find_people(self, typed: str, limit: int = 30) -> list[tuple[int, str, str]]:
        """(id, name, email) of the first active people, by name, whose name, a word of their name or their
        email begins with what was typed (any case): what a type-to-search field offers, a few at a time."""
        typed = clean_line(typed).strip()
        if not typed:
            return []
        prefix = f"{_escaped(typed)}%"
        begins = or_(Person.full_name.ilike(prefix, escape="\\"), Person.full_name.ilike(f"% {prefix}", escape="\\"),
                     Person.full_name.ilike(f"%-{prefix}", escape="\\"), Person.email.ilike(prefix, escape="\\"))
        statement = (select(Person.id, Person.full_name, Person.email).where(Person.active, begins)
                     .order_by(Person.full_name, Person.id).limit(limit))
        with self._db.session() as session:
            return [(person_id, name, email) for person_id, name, email in session.execute(statement)]

    def contacts(self, person_ids: Iterable[int]) -> list[PersonRef]:
        """Name, email and time zone of these people (deactivated ones too): what a form shows of the
        few people chosen in it, without reading everyone."""
        wanted = set(person_ids)
        if not wanted:
            return []
        statement = (select(Person.id, Person.full_name, Person.email, Person.time_zone)
                     .where(Person.id.in_(wanted)).order_by(Person.full_name, Person.id))
        with self._db.session() as session:
            return [PersonRef(*row) for row in session.execute(statement)]

    def departments(self) -> list[str]:
        with self._db.session() as session:
            return list(session.scalars(
                select(Person.department).where(Person.department != "").distinct()
                .order_by(Person.department)))

    # --- one person ---------------------------------------------------------------------------

    def get_person(self, person_id: int) -> PersonDetail:
        manager = aliased(Person)
        with self._db.session() as session:
            row = session.execute(
                select(Person, manager.full_name, manager.email)
                .outerjoin(manager, manager.id == Person.manager_id).where(Person.id == person_id)
            ).one_or_none()
            if row is None:
                raise NotFound(_("This person no longer exists; the list was refreshed."))
            person, manager_name, manager_email = row
            return PersonDetail(
                id=person.id, full_name=person.full_name, email=person.email, department=person.department,
                job_title=person.job_title, location=person.location, time_zone=person.time_zone,
                active=person.active, manager_name=manager_name or "", manager_email=manager_email or "",
                version=person.version_id, programs=self._programs_of(session, person_id),
                pairs=self._pairs_of(session, person_id), **self._counts_of(session, person_id))

    @staticmethod
    def _programs_of(session: Session, person_id: int) -> tuple[ProgramLink, ...]:
        rows = session.execute(
            select(Program, Enrollment.side).join(Enrollment, Enrollment.program_id == Program.id)
            .where(Enrollment.person_id == person_id).order_by(Program.start_date.desc(), Program.name))
        return tuple(ProgramLink(program.name, program.department_of(side), program.status.value)
                     for program, side in rows)

    @staticmethod
    def _pairs_of(session: Session, person_id: int) -> tuple[PairLink, ...]:
        partner = aliased(Person)
        rows = session.execute(
            select(Program.name, partner.full_name, Pairing.status, Pairing.round)
            .join(Program, Program.id == Pairing.program_id)
            .join(partner, partner.id == func.coalesce(
                # the other person of the pair, whichever side this person is on
                func.nullif(Pairing.person_a_id, person_id), Pairing.person_b_id))
            .where(or_(Pairing.person_a_id == person_id, Pairing.person_b_id == person_id))
            .order_by(Program.name, Pairing.round, partner.full_name))
        return tuple(PairLink(name, partner_name, status.value, round_) for name, partner_name, status, round_
                     in rows)

    @staticmethod
    def _counts_of(session: Session, person_id: int) -> dict[str, int]:
        hosted = select(ShadowSession.id, ShadowSession.status).where(ShadowSession.host_id == person_id)
        guest = (select(ShadowSession.id, ShadowSession.status)
                 .join(session_guest, session_guest.c.session_id == ShadowSession.id)
                 .where(session_guest.c.person_id == person_id))
        taken_part = hosted.union(guest).subquery()
        completed = participants_of_completed_sessions()
        submitted = select(Reflection.session_id).where(
            Reflection.author_id == person_id, Reflection.status == ReflectionStatus.SUBMITTED)
        sessions, sessions_completed, reflections, owed = session.execute(select(
            select(func.count()).select_from(taken_part).scalar_subquery(),
            select(func.count()).select_from(taken_part)
            .where(taken_part.c.status == SessionStatus.COMPLETED).scalar_subquery(),
            select(func.count()).select_from(submitted.subquery()).scalar_subquery(),
            select(func.count()).select_from(completed)
            .where(completed.c.person_id == person_id, completed.c.session_id.not_in(submitted))
            .scalar_subquery(),
        )).one()
        return {"sessions": sessions, "sessions_completed": sessions_completed,
                "reflections_submitted": reflections, "reflections_owed": owed}

    def add_person(self, data: PersonInput) -> int:
        clean = self._checked(data)
        try:
            with self._db.transaction() as session:
                self._refuse_taken_email(session, clean.email, None)
                person = Person(manager_id=self._manager_id(session, clean.manager_email, None),
                                **self._stored_fields(clean))
                session.add(person)
                session.flush()
                return person.id
        except IntegrityError as exc:
            raise UserError(_("{email} is already used by another person.").format(email=clean.email)) from exc

    def edit_person(self, person_id: int, data: PersonInput, version: int) -> None:
        """version: the one get_person() returned; a different one means someone else saved in between
        (StaleRecord; saving again with its current_version overwrites their change)."""
        clean = self._checked(data)
        try:
            with self._saving(person_id, version) as (session, person):
                self._refuse_taken_email(session, clean.email, person_id)
                person.manager_id = self._manager_id(session, clean.manager_email, person_id)
                for name, value in self._stored_fields(clean).items():
                    setattr(person, name, value)
        except IntegrityError as exc:
            raise UserError(_("{email} is already used by another person.").format(email=clean.email)) from exc

    def set_active(self, person_id: int, active: bool, version: int | None = None) -> None:
        """Deactivate instead of deleting: people keep their history. version: as in edit_person; None
        for a command that acts on the person as they are now."""
        with self._saving(person_id, version) as (_session, person):
            person.active = active

    def _saving(self, person_id: int, version: int | None) -> AbstractContextManager[tuple[Session, Person]]:
        return versioned_save(self._db, Person, person_id, version, lambda person: person.full_name,
                              _("This person was deleted by someone else since you opened them."))

    @staticmethod
    def _checked(data: PersonInput) -> PersonInput:
        # One cleaning for every name and label, whichever way it comes in (text.clean_line).
        name, department, job_title, location = (
            clean_line(value) for value in (data.full_name, data.department, data.job_title, data.location))
        email = clean_line(data.email)
        if not name:
            raise UserError(_("Please enter the person's name."))
        if problem := roster.email_problem(email):
            raise UserError(_("Please check the email address: {problem}.").format(problem=problem))
        zone = roster.canonical_time_zone(data.time_zone or "UTC")
        if zone is None:
            raise UserError(_("{zone} is not a time zone ShadowDesk knows; use an IANA name such as "
                              "Europe/Berlin.").format(zone=repr(data.time_zone)))
        for field, value in (("full_name", name), ("department", department), ("job_title", job_title),
                             ("location", location)):
            if len(value) > roster.MAX_LENGTHS[field]:
                raise UserError(_too_long(field))
        return PersonInput(name, email, department, job_title, location, zone, clean_line(data.manager_email))

    @staticmethod
    def _stored_fields(data: PersonInput) -> dict[str, str]:
        return {"full_name": data.full_name, "email": data.email, "department": data.department,
                "job_title": data.job_title, "location": data.location, "time_zone": data.time_zone}

    @staticmethod
    def _refuse_taken_email(session: Session, email: str, own_id: int | None) -> None:
        other = session.execute(select(Person.full_name).where(
            Person.has_email(email), Person.id != (own_id or -1))).first()
        if other:
            raise UserError(_("{email} is already the email of {name}; each person needs their own.").format(
                email=email, name=other[0]))

    @staticmethod
    def _manager_id(session: Session, manager_email: str, own_id: int | None) -> int | None:
        if not manager_email:
            return None
        manager_id = session.scalar(select(Person.id).where(
            Person.has_email(manager_email)))
        if manager_id is None:
            raise UserError(_("No person has the email {email}; add the manager first.").format(email=manager_email))
        if manager_id == own_id:
            raise UserError(_("A person cannot be their own manager."))
        return manager_id

    # --- roster import and export -------------------------------------------------------------

    def read_roster(self, data: bytes, overrides: Mapping[str, str] | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None, sheet: str | None = None,
                    choices: RosterChoices | None = None) -> ParsedRoster:
        """Decode and check a roster file (CSV, or a spreadsheet's sheet: the first unless one is named) with
        the guessed column mapping, changed by overrides; choices: what status values mean, and the zones of
        locations.

        progress(done, total) is told after each of the two steps (splitting the file, checking the rows);
        cancelled() is asked between them and stops the reading with a UserError. Nothing is written.
        """
        report = progress or (lambda _done, _total: None)
        report(0, 2)
        try:
            table = read_roster_table(data, sheet)
            guessed = roster.guess_mapping(table.headers, [cells for _, cells in table.rows[:roster.SAMPLE_ROWS]])
            mapping = roster.apply_overrides(table.headers, guessed, overrides or {})
        except RosterError as exc:
            raise UserError(str(exc)) from exc
        if cancelled is not None and cancelled():
            raise UserError(_("Reading the roster was stopped."))
        report(1, 2)
        parsed = self.check_roster(table, mapping, choices)
        report(2, 2)
        return parsed

    def check_roster(self, table: roster.RosterTable, mapping: Mapping[str, int],
                     choices: RosterChoices | None = None) -> ParsedRoster:
        """The rows checked again under another mapping or other choices, e.g. after the user changed them in
        the wizard."""
        return roster_import.check_roster(self._db, table, mapping, choices)

    def import_roster(self, parsed: ParsedRoster, dry_run: bool = False,
                      progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None, skip_invalid: bool = False) -> ImportSummary:
        """Add new people and update those matched by email, all or nothing; nobody is deleted. Only the
        columns the file holds are written (services/roster_import.py). skip_invalid: import the good rows
        and leave out the bad ones (summary.skipped names them; write_skipped_rows() saves them).

        The rows are checked again inside the transaction, against the people stored at that moment; a
        person the import would change who was changed by someone else since parsed was checked is not
        overwritten: nothing is written, the summary names them (changed_meanwhile) and carries the roster
        checked afresh (checked), which a second import_roster() may be given.
        progress(done, total) is told after each step (checking, writing, committing; one step on a dry
        run). cancelled() is asked before the writing and again before the commit: a cancel rolls the whole
        transaction back and raises UserError, so the people are exactly as they were. Once the commit has
        begun it is too late to cancel, and the summary comes back with written=True.
        """
        return roster_import.import_roster(self._db, parsed, dry_run, progress, cancelled, skip_invalid)

    @staticmethod
    def skipped_rows_path(roster_path: Path) -> Path:
        """Where the rows an import skipped go: beside the roster, roster.xlsx -> roster.skipped.csv."""
        return roster_path.with_name(f"{roster_path.stem}.skipped.csv")

    def write_skipped_rows(self, roster_path: Path, summary: ImportSummary) -> Path | None:
        """Write the rows summary skipped, each with its line and problems, to a CSV beside the roster (so
        they can be corrected there and imported again); returns its path, None when no row was skipped."""
        if not summary.skipped or summary.checked is None:
            return None
        path = self.skipped_rows_path(roster_path)
        atomic_write(path, roster.write_skipped_rows(summary.checked.table, summary.skipped))
        return path

    def export_roster(self, path: Path) -> int:
        """Write every person to path as CSV that imports back to the same data; returns how many."""
        manager = aliased(Person)
        with self._db.session() as session:
            rows = session.execute(
                select(Person.full_name, Person.email, Person.department, Person.job_title, Person.location,
                       Person.time_zone, manager.email.label("manager_email"), Person.active)
                .outerjoin(manager, manager.id == Person.manager_id).order_by(Person.full_name, Person.id))
            records = [row._asdict() for row in rows]
        atomic_write(path, roster.write_roster(records))
        return len(records)
