"""People: the list and its search, a person's record, edits, and the roster import and export.

Built for rosters of 50,000: the list is one query that returns plain tuples (no ORM object per row),
and an import is a handful of bulk statements in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import bindparam, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from shadowdesk.fileio import atomic_write
from shadowdesk.interop import roster
from shadowdesk.interop.roster import (  # noqa: F401 (FIELDS, FIELD_LABELS re-exported for the GUI)
    FIELD_LABELS,
    FIELDS,
    ParsedRoster,
    RosterEntry,
    RosterError,
    RowProblem,
)
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
from shadowdesk.model.base import utc_now
from shadowdesk.services.dashboard import participants_of_completed_sessions
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.services.versioned_save import versioned_save
from shadowdesk.storage import Database

# The columns of a row from list_people(), in order.
LIST_COLUMNS = ("id", "full_name", "email", "department", "job_title", "location", "active")
_LIST_SELECT = (Person.id, Person.full_name, Person.email, Person.department, Person.job_title,
                Person.location, Person.active)
# Levels of a management chain among new people that the import links as it inserts (see _insert_new).
MAX_MANAGER_LEVELS = 12
# The stored fields a roster row can change.
_ROSTER_FIELDS = ("full_name", "email", "department", "job_title", "location", "time_zone", "active")


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


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int
    problems: tuple[RowProblem, ...]
    written: bool  # False on a dry run and whenever problems remain

    @property
    def ok(self) -> bool:
        return not self.problems


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class PeopleService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # --- the list -----------------------------------------------------------------------------

    def list_people(self, search: str = "", department: str | None = None,
                    active: bool | None = None) -> list[tuple]:
        """Rows of LIST_COLUMNS, sorted by name. search matches name, email, department, title, location."""
        statement = select(*_LIST_SELECT).order_by(Person.full_name, Person.id)
        for word in search.split():
            pattern = _like(word)
            statement = statement.where(or_(*(column.ilike(pattern, escape="\\") for column in (
                Person.full_name, Person.email, Person.department, Person.job_title, Person.location))))
        if department is not None:
            statement = statement.where(Person.department == department)
        if active is not None:
            statement = statement.where(Person.active == active)
        with self._db.session() as session:
            return [tuple(row) for row in session.execute(statement)]

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
                raise NotFound("This person no longer exists; the list was refreshed.")
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
            raise UserError(f"{clean.email} is already used by another person.") from exc

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
            raise UserError(f"{clean.email} is already used by another person.") from exc

    def set_active(self, person_id: int, active: bool, version: int | None = None) -> None:
        """Deactivate instead of deleting: people keep their history. version: as in edit_person; None
        for a command that acts on the person as they are now."""
        with self._saving(person_id, version) as (_session, person):
            person.active = active

    def _saving(self, person_id: int, version: int | None):
        return versioned_save(self._db, Person, person_id, version, lambda person: person.full_name,
                              "This person was deleted by someone else since you opened them.")

    @staticmethod
    def _checked(data: PersonInput) -> PersonInput:
        name = roster.clean_name(data.full_name)
        email = data.email.strip()
        if not name:
            raise UserError("Please enter the person's name.")
        if problem := roster.email_problem(email):
            raise UserError(f"Please check the email address: {problem}.")
        zone = roster.canonical_time_zone(data.time_zone or "UTC")
        if zone is None:
            raise UserError(f"{data.time_zone!r} is not a time zone ShadowDesk knows; "
                            "use an IANA name such as Europe/Berlin.")
        for field, value in (("full_name", name), ("department", data.department),
                             ("job_title", data.job_title), ("location", data.location)):
            if len(value.strip()) > roster.MAX_LENGTHS[field]:
                raise UserError(f"The {roster.FIELD_LABELS[field].lower()} is longer than "
                                f"{roster.MAX_LENGTHS[field]} characters.")
        return PersonInput(name, email, data.department.strip(), data.job_title.strip(),
                           data.location.strip(), zone, data.manager_email.strip())

    @staticmethod
    def _stored_fields(data: PersonInput) -> dict[str, str]:
        return {"full_name": data.full_name, "email": data.email, "department": data.department,
                "job_title": data.job_title, "location": data.location, "time_zone": data.time_zone}

    @staticmethod
    def _refuse_taken_email(session: Session, email: str, own_id: int | None) -> None:
        other = session.execute(select(Person.full_name).where(
            Person.has_email(email), Person.id != (own_id or -1))).first()
        if other:
            raise UserError(f"{email} is already the email of {other[0]}; each person needs their own.")

    @staticmethod
    def _manager_id(session: Session, manager_email: str, own_id: int | None) -> int | None:
        if not manager_email:
            return None
        manager_id = session.scalar(select(Person.id).where(
            Person.has_email(manager_email)))
        if manager_id is None:
            raise UserError(f"No person has the email {manager_email}; add the manager first.")
        if manager_id == own_id:
            raise UserError("A person cannot be their own manager.")
        return manager_id

    # --- roster import and export -------------------------------------------------------------

    def read_roster(self, data: bytes, overrides: Mapping[str, str] | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> ParsedRoster:
        """Decode and check a roster file with the guessed column mapping, changed by overrides.

        progress(done, total) is told after each of the two steps (splitting the file, checking the rows);
        cancelled() is asked between them and stops the reading with a UserError. Nothing is written.
        """
        report = progress or (lambda _done, _total: None)
        report(0, 2)
        try:
            table = roster.read_table(data)
            guessed = roster.guess_mapping(table.headers)
            mapping = roster.apply_overrides(table.headers, guessed, overrides or {})
        except RosterError as exc:
            raise UserError(str(exc)) from exc
        if cancelled is not None and cancelled():
            raise UserError("Reading the roster was stopped.")
        report(1, 2)
        parsed = self.check_roster(table, mapping)
        report(2, 2)
        return parsed

    def check_roster(self, table: roster.RosterTable, mapping: Mapping[str, int]) -> ParsedRoster:
        """The rows checked again under another mapping, e.g. after the user changed it in the wizard."""
        with self._db.session() as session:
            known = {roster.email_key(email) for email in session.scalars(select(Person.email))}
        return roster.parse_roster(table, mapping, known)

    def import_roster(self, parsed: ParsedRoster, dry_run: bool = False,
                      progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> ImportSummary:
        """Add new people and update those matched by email, all or nothing; nobody is deleted.

        The rows are checked again inside the transaction, against the people stored at that moment.
        progress(done, total) is told after each step (checking, writing, committing; one step on a dry
        run). cancelled() is asked before the writing and again before the commit: a cancel rolls the whole
        transaction back and raises UserError, so the people are exactly as they were. Once the commit has
        begun it is too late to cancel, and the summary comes back with written=True.
        """
        steps = 1 if dry_run else 3
        report = progress or (lambda _done, _total: None)
        report(0, steps)

        def stop_if_cancelled() -> None:
            # Raised inside the transaction, so everything written so far is rolled back.
            if cancelled is not None and cancelled():
                raise UserError("The import was stopped; nothing was imported.")

        try:
            with self._db.transaction() as session:
                columns = (getattr(Person, name) for name in _ROSTER_FIELDS)
                stored = {roster.email_key(row.email): row
                          for row in session.execute(select(Person.id, Person.manager_id, *columns))}
                parsed = roster.link_rows(parsed, stored.keys())
                problems = tuple(parsed.problems)
                plan = _ImportPlan(stored, parsed.entries)
                report(1, steps)
                if problems or dry_run:
                    return ImportSummary(len(plan.new), len(plan.changed), plan.unchanged, problems, False)
                stop_if_cancelled()
                plan.write(session)
                report(2, steps)
                stop_if_cancelled()
        except IntegrityError as exc:
            raise UserError("Someone else changed people while the roster was imported; nothing was "
                            "imported. Please import again.") from exc
        report(3, steps)
        return ImportSummary(len(plan.new), len(plan.changed), plan.unchanged, (), True)

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


class _ImportPlan:
    """What an import changes: rows to insert, rows to update, and who manages whom afterwards."""

    def __init__(self, stored: Mapping[str, object], entries: tuple[RosterEntry, ...]) -> None:
        self.stored = stored
        self.key_of_id = {row.id: key for key, row in stored.items()}
        self.new: list[RosterEntry] = []
        self.changed: list[tuple[int, dict[str, object]]] = []  # (id, every roster field's new value)
        self.unchanged = 0
        self.managers: dict[str, str | None] = {}  # email key -> manager's email key, where the file says
        for entry in entries:
            if entry.manager_email is not None:
                self.managers[entry.key] = roster.email_key(entry.manager_email) or None
            row = stored.get(entry.key)
            if row is None:
                self.new.append(entry)
                continue
            values = self._values(entry, row)
            old_manager = self.key_of_id.get(row.manager_id)
            if values != {name: getattr(row, name) for name in _ROSTER_FIELDS} or \
                    self.managers.get(entry.key, old_manager) != old_manager:
                self.changed.append((row.id, values))
            else:
                self.unchanged += 1

    @staticmethod
    def _values(entry: RosterEntry, row) -> dict[str, object]:
        """Every roster field after the import: the file's value, or the stored one if the file is silent."""
        values: dict[str, object] = {"full_name": entry.full_name, "email": entry.email}
        for name in ("department", "job_title", "location", "time_zone", "active"):
            given = getattr(entry, name)
            values[name] = given if given is not None else (getattr(row, name) if row is not None else None)
        if row is None:
            values["time_zone"] = values["time_zone"] or "UTC"
            values["active"] = True if values["active"] is None else values["active"]
            for name in ("department", "job_title", "location"):
                values[name] = values[name] or ""
        return values

    def write(self, session: Session) -> None:
        table = Person.__table__
        linked_at_insert: set[str] = set()
        if self.new:
            linked_at_insert = self._insert_new(session, table)
        if self.changed:
            session.execute(
                update(table).where(table.c.id == bindparam("person_id"))
                .values(version_id=table.c.version_id + 1,
                        **{name: bindparam(f"new_{name}") for name in _ROSTER_FIELDS}),
                [{"person_id": person_id, **{f"new_{name}": v for name, v in values.items()}}
                 for person_id, values in self.changed])
        pending = {key: manager for key, manager in self.managers.items() if key not in linked_at_insert
                   and self.key_of_id.get(getattr(self.stored.get(key), "manager_id", None)) != manager}
        if pending:
            ids = {roster.email_key(email): person_id
                   for person_id, email in session.execute(select(Person.id, Person.email))}
            session.execute(update(table).where(table.c.id == bindparam("person_id"))
                            .values(manager_id=bindparam("new_manager")),
                            [{"person_id": ids[key], "new_manager": ids[manager] if manager else None}
                             for key, manager in pending.items()])

    def _insert_new(self, session: Session, table) -> set[str]:
        """Insert the new people, managers before their reports, each row finding its manager's id with a
        subquery: no second pass over 50,000 rows to link them. Returns the keys linked this way.

        Each level is its own executemany, so a driver that batches rows into one multi-row INSERT still
        sees the managers of a level, inserted by an earlier statement. Circular or very deep chains
        are inserted without a manager and linked afterwards by write().
        """
        manager = table.alias("manager")
        statement = insert(table).values(manager_id=select(manager.c.id).where(
            func.lower(manager.c.email) == bindparam("manager_key")).scalar_subquery())
        created = utc_now()
        new_keys = {entry.key for entry in self.new}
        placed: set[str] = set()
        remaining = self.new
        for _ in range(MAX_MANAGER_LEVELS):
            level = [entry for entry in remaining if (boss := self.managers.get(entry.key)) is None
                     or boss not in new_keys or boss in placed]
            if not level:
                break
            session.execute(statement, [{**self._values(entry, None), "created_at": created, "version_id": 1,
                                         "manager_key": self.managers.get(entry.key)} for entry in level])
            placed.update(entry.key for entry in level)
            remaining = [entry for entry in remaining if entry.key not in placed]
            if not remaining:
                break
        if remaining:
            session.execute(statement, [{**self._values(entry, None), "created_at": created, "version_id": 1,
                                         "manager_key": None} for entry in remaining])
        return placed
