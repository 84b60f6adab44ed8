"""Programs and who takes part: create, edit, activate, close; enroll people on a side; the balance."""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, ScalarSelect, delete, func, select
from sqlalchemy.orm import Session

from shadowdesk.model import Enrollment, Pairing, PairingStatus, Person, Program, ProgramStatus, Side
from shadowdesk.reports.formats import number_text
from shadowdesk.services import text_fields
from shadowdesk.services.conflicting_writes import rerun_after_conflict
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.services.versioned_save import versioned_save
from shadowdesk.storage import Database
from shadowdesk.text import clean_line
from shadowdesk.translation import _, n_

# More than this many people on one side per person on the other, and the program is called lopsided.
LOPSIDED_RATIO = 1.5
# The largest number an id column holds (a 32-bit INTEGER on PostgreSQL): a longer number names no program.
MAX_ID = 2**31 - 1
EMAIL_PATTERN = re.compile(r"[^\s,;:<>\"'()\[\]]+@[^\s,;:<>\"'()\[\]]+\.[^\s,;:<>\"'()\[\]]+")


@dataclass(frozen=True)
class ProgramDraft:
    """What the coordinator types into the program form."""

    name: str
    start_date: date
    end_date: date
    side_a: str = "Sales"
    side_b: str = "Project Management"
    description: str = ""
    target_sessions_per_pair: int = 4
    target_hours_per_participant: float = 16.0


@dataclass(frozen=True)
class ProgramInfo:
    id: int
    name: str
    description: str
    start_date: date
    end_date: date
    side_a: str
    side_b: str
    target_sessions_per_pair: int
    target_hours_per_participant: float
    status: ProgramStatus
    version_id: int
    enrolled_a: int = 0
    enrolled_b: int = 0


@dataclass(frozen=True)
class EnrolledPerson:
    person_id: int
    full_name: str
    email: str
    department: str
    location: str
    time_zone: str
    side: Side
    capacity: int
    active: bool


@dataclass(frozen=True)
class Balance:
    count_a: int
    count_b: int
    capacity_a: int
    capacity_b: int
    ratio: float | None  # larger side over smaller side; None while a side is empty
    lopsided: bool
    message: str


@dataclass(frozen=True)
class EnrollResult:
    added: int
    already_enrolled: int
    on_other_side: tuple[str, ...]  # names of people already on the other side, left there
    inactive: tuple[str, ...]  # names of deactivated people, not enrolled


def read_email_list(path: Path) -> list[str]:
    """Every email address in a text or CSV file, in order, whatever its encoding and separators."""
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    return EMAIL_PATTERN.findall(text)


def balance_of(count_a: int, count_b: int, capacity_a: int, capacity_b: int) -> Balance:
    if not count_a or not count_b:
        missing = "A" if not count_a else "B"
        return Balance(count_a, count_b, capacity_a, capacity_b, None, True,
                       _("Nobody is enrolled on side {missing} yet.").format(missing=missing))
    ratio = max(count_a, count_b) / min(count_a, count_b)
    lopsided = ratio > LOPSIDED_RATIO
    if not lopsided:
        message = _("{a} : {b} — balanced (ratio {ratio}).").format(a=count_a, b=count_b, ratio=number_text(ratio))
    else:
        bigger, smaller, room = ("A", "B", capacity_b) if count_a > count_b else ("B", "A", capacity_a)
        message = _("{a} : {b} — lopsided (ratio {ratio}): side {smaller} must take {partners} partners each "
                    "per round, and has room for {room}. Enroll more on side {smaller} or fewer on side "
                    "{bigger}.").format(a=count_a, b=count_b, ratio=number_text(ratio), smaller=smaller,
                                        partners=f"{ratio:.1f}", room=room, bigger=bigger)
    return Balance(count_a, count_b, capacity_a, capacity_b, ratio, lopsided, message)


class ProgramService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # ----- programs -----
    def list_programs(self) -> list[ProgramInfo]:
        # Each program's two sides counted on the enrollment index, one program at a time: the Programs
        # section reads this list on the GUI thread, so it must never walk every enrollment of the company.
        def enrolled(side: Side) -> ScalarSelect[int]:
            return (select(func.count()).where(Enrollment.program_id == Program.id, Enrollment.side == side)
                    .correlate(Program).scalar_subquery())

        with self._db.session() as session:
            rows = session.execute(
                select(Program, enrolled(Side.A), enrolled(Side.B))
                .order_by(Program.start_date.desc(), Program.name)).all()
            return [_info(program, side_a, side_b) for program, side_a, side_b in rows]

    def get(self, program_id: int) -> ProgramInfo:
        with self._db.session() as session:
            program = _program(session, program_id)
            counts = dict(session.execute(select(Enrollment.side, func.count()).where(
                Enrollment.program_id == program_id).group_by(Enrollment.side)).all())
            return _info(program, counts.get(Side.A, 0), counts.get(Side.B, 0))

    def find(self, name_or_id: str) -> ProgramInfo:
        """A program by its name (any case) or its number, for the command line: program_id_named()."""
        with self._db.session() as session:
            program_id = program_id_named(session, name_or_id)
        return self.get(program_id)

    @rerun_after_conflict
    def create(self, draft: ProgramDraft) -> ProgramInfo:
        fields = _fields(draft)
        with self._db.transaction() as session:
            _refuse_taken_name(session, fields["name"], None)
            program = Program(**fields, status=ProgramStatus.DRAFT)
            session.add(program)
            session.flush()
            program_id = program.id
        return self.get(program_id)

    @rerun_after_conflict
    def update(self, program_id: int, draft: ProgramDraft, version_id: int) -> ProgramInfo:
        """version_id: the one the form opened with; StaleRecord when someone else saved in between."""
        fields = _fields(draft)
        with self._saving(program_id, version_id) as (session, program):
            _refuse_taken_name(session, fields["name"], program_id)
            for key, value in fields.items():
                setattr(program, key, value)
        return self.get(program_id)

    def activate(self, program_id: int, version_id: int | None = None) -> ProgramInfo:
        """version_id None: act on the program as it is now (the command line)."""
        with self._saving(program_id, version_id) as (_session, program):
            if program.status is ProgramStatus.CLOSED:
                raise UserError(_('"{name}" is closed; a closed program cannot run again.').format(name=program.name))
            program.status = ProgramStatus.ACTIVE
        return self.get(program_id)

    def close(self, program_id: int, version_id: int | None = None) -> ProgramInfo:
        """Closing ends every pair of the program that has not ended yet."""
        with self._saving(program_id, version_id) as (session, program):
            program.status = ProgramStatus.CLOSED
            for pairing in session.scalars(select(Pairing).where(
                    Pairing.program_id == program_id, Pairing.status != PairingStatus.ENDED)):
                pairing.status = PairingStatus.ENDED
        return self.get(program_id)

    def _saving(self, program_id: int, version_id: int | None) -> AbstractContextManager[tuple[Session, Program]]:
        return versioned_save(self._db, Program, program_id, version_id,
                              lambda program: _("The program “{name}”").format(name=program.name),
                              _("This program was deleted by someone else since you opened it."))

    def departments(self) -> list[str]:
        """Departments of active people, for choosing the two sides."""
        with self._db.session() as session:
            return list(session.scalars(
                select(Person.department).where(Person.active, Person.department != "")
                .distinct().order_by(Person.department)))

    # ----- enrollment -----
    @rerun_after_conflict
    def enroll(self, program_id: int, side: Side, person_ids: list[int], capacity: int = 1) -> EnrollResult:
        if capacity < 1:
            raise UserError(_("A person must be able to take at least one partner per round."))
        with self._db.transaction() as session:
            _open_program(session, program_id)
            people = session.scalars(select(Person).where(Person.id.in_(set(person_ids)))).all()
            if len(people) != len(set(person_ids)):
                raise NotFound(_("Some of the chosen people no longer exist. Refresh and choose again."))
            return _enroll(session, program_id, side, people, capacity)

    @rerun_after_conflict
    def enroll_department(self, program_id: int, side: Side, department: str,
                          capacity: int = 1) -> EnrollResult:
        department = clean_line(department)
        with self._db.transaction() as session:
            _open_program(session, program_id)
            # Folded in Python: SQLite's lower() leaves "ÉTUDES" as it is. Departments are few.
            spellings = [name for name in session.scalars(select(Person.department).distinct())
                         if _folded(name) == department.casefold()]
            people = session.scalars(select(Person).where(
                Person.department.in_(spellings), Person.active)).all()
            if not people:
                raise UserError(_('Nobody active works in a department called "{department}".').format(
                    department=department))
            return _enroll(session, program_id, side, people, capacity)

    @rerun_after_conflict
    def enroll_emails(self, program_id: int, side: Side, emails: list[str],
                      capacity: int = 1) -> EnrollResult:
        """All or nothing: an unknown address enrolls nobody and is named in the error."""
        wanted = list(dict.fromkeys(e.strip().lower() for e in emails if e.strip()))
        if not wanted:
            raise UserError(_("No email addresses were given."))
        with self._db.transaction() as session:
            _open_program(session, program_id)
            people = session.scalars(select(Person).where(func.lower(Person.email).in_(wanted))).all()
            unknown = sorted(set(wanted) - {p.email.lower() for p in people})
            if unknown:
                listed = ", ".join(unknown[:10])
                if len(unknown) > 10:
                    listed = _("{names} and {count} more").format(names=listed, count=len(unknown) - 10)
                raise UserError(n_("Nobody was enrolled: {count} address matches nobody on the roster: {listed}.",
                                   "Nobody was enrolled: {count} addresses match nobody on the roster: {listed}.",
                                   len(unknown)).format(count=len(unknown), listed=listed))
            return _enroll(session, program_id, side, people, capacity)

    def unenroll(self, program_id: int, person_ids: list[int]) -> int:
        with self._db.transaction() as session:
            _program(session, program_id)
            paired = session.scalars(select(Person.full_name).join(
                Pairing, (Pairing.person_a_id == Person.id) | (Pairing.person_b_id == Person.id)).where(
                Pairing.program_id == program_id, Pairing.status != PairingStatus.ENDED,
                Person.id.in_(person_ids)).distinct()).all()
            if paired:
                raise UserError(_("{paired} still have pairs in this program. End or remove those "
                                  "pairs first.").format(paired=', '.join(sorted(paired))))
            # A DELETE's result is a CursorResult, which Session.execute's signature does not say.
            result = cast(CursorResult[Any], session.execute(delete(Enrollment).where(
                Enrollment.program_id == program_id, Enrollment.person_id.in_(person_ids))))
            return result.rowcount

    def enrolled(self, program_id: int, side: Side | None = None) -> list[EnrolledPerson]:
        query = (select(Person.id, Person.full_name, Person.email, Person.department, Person.location,
                        Person.time_zone, Enrollment.side, Enrollment.capacity, Person.active)
                 .join(Enrollment, Enrollment.person_id == Person.id)
                 .where(Enrollment.program_id == program_id).order_by(Enrollment.side, Person.full_name))
        if side is not None:
            query = query.where(Enrollment.side == side)
        with self._db.session() as session:
            return [EnrolledPerson(*row) for row in session.execute(query)]

    def candidates(self, program_id: int, department: str | None = None) -> list[EnrolledPerson]:
        """Active people not enrolled in the program yet (side and capacity are placeholders)."""
        enrolled = select(Enrollment.person_id).where(Enrollment.program_id == program_id)
        query = (select(Person.id, Person.full_name, Person.email, Person.department, Person.location,
                        Person.time_zone).where(Person.active, Person.id.not_in(enrolled))
                 .order_by(Person.department, Person.full_name))
        if department:
            query = query.where(Person.department == department)
        with self._db.session() as session:
            return [EnrolledPerson(*row, Side.A, 1, True) for row in session.execute(query)]

    def balance(self, program_id: int) -> Balance:
        with self._db.session() as session:
            _program(session, program_id)
            rows = dict((side, (count, room)) for side, count, room in session.execute(
                select(Enrollment.side, func.count(), func.coalesce(func.sum(Enrollment.capacity), 0))
                .where(Enrollment.program_id == program_id).group_by(Enrollment.side)))
        count_a, room_a = rows.get(Side.A, (0, 0))
        count_b, room_b = rows.get(Side.B, (0, 0))
        return balance_of(count_a, count_b, int(room_a), int(room_b))


def _enroll(session: Session, program_id: int, side: Side, people: Sequence[Person], capacity: int) -> EnrollResult:
    existing = dict(session.execute(select(Enrollment.person_id, Enrollment.side).where(
        Enrollment.program_id == program_id, Enrollment.person_id.in_([p.id for p in people]))).all())
    added, already, other, inactive = 0, 0, [], []
    for person in people:
        if person.id in existing:
            if existing[person.id] == side:
                already += 1
            else:
                other.append(person.full_name)
        elif not person.active:
            inactive.append(person.full_name)
        else:
            session.add(Enrollment(program_id=program_id, person_id=person.id, side=side, capacity=capacity))
            added += 1
    return EnrollResult(added, already, tuple(sorted(other)), tuple(sorted(inactive)))


def _program(session: Session, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFound(_("This program no longer exists."))
    return program


def _open_program(session: Session, program_id: int) -> Program:
    program = _program(session, program_id)
    if program.status is ProgramStatus.CLOSED:
        raise UserError(_('"{name}" is closed; nobody can be enrolled any more.').format(name=program.name))
    return program


def _fields(draft: ProgramDraft) -> dict[str, Any]:
    """The columns of the program as stored: text cleaned and checked against its columns' lengths."""
    name = text_fields.line(Program.name, draft.name, _("The program's name"))
    side_a = text_fields.line(Program.side_a, draft.side_a, _("The department of side A"))
    side_b = text_fields.line(Program.side_b, draft.side_b, _("The department of side B"))
    if not name:
        raise UserError(_("The program needs a name."))
    if draft.end_date < draft.start_date:
        raise UserError(_("The program ends before it starts. Check the dates."))
    if not side_a or not side_b:
        raise UserError(_("Choose the department of each side."))
    if side_a.casefold() == side_b.casefold():
        raise UserError(_("The two sides must be different departments: the program crosses between "
                          "them."))
    if draft.target_sessions_per_pair < 1 or draft.target_hours_per_participant <= 0:
        raise UserError(_("Targets must be above zero."))
    return {"name": name, "description": text_fields.text(Program.description, draft.description, _("The description")),
            "start_date": draft.start_date, "end_date": draft.end_date, "side_a": side_a, "side_b": side_b,
            "target_sessions_per_pair": draft.target_sessions_per_pair,
            "target_hours_per_participant": draft.target_hours_per_participant}


def _folded(name: str) -> str:
    """A name as lookups compare it: cleaned and case-folded in Python, the same on both backends (SQLite's
    lower() folds ASCII letters only)."""
    return clean_line(name).casefold()


def _refuse_taken_name(session: Session, name: str, program_id: int | None) -> None:
    """Two programs whose names differ only in case could not be told apart by name."""
    for other_id, other in session.execute(select(Program.id, Program.name)):
        if other_id != program_id and _folded(other) == name.casefold():
            raise UserError(_('A program called "{other}" already exists.').format(other=other))


def _info(program: Program, count_a: int, count_b: int) -> ProgramInfo:
    return ProgramInfo(program.id, program.name, program.description, program.start_date, program.end_date,
                       program.side_a, program.side_b, program.target_sessions_per_pair,
                       program.target_hours_per_participant, program.status, program.version_id,
                       count_a, count_b)


def program_id_named(session: Session, name_or_id: str) -> int:
    """The one lookup of a program by what the user typed: its name or its number.

    The exact name wins; otherwise the name in any case (folded in Python, so "équipe été" finds
    "Équipe Été" on SQLite too). Two programs that differ only in case are named back rather than one of
    them picked silently. NotFound when nothing matches."""
    name = clean_line(name_or_id)
    programs = session.execute(select(Program.id, Program.name).order_by(Program.id)).all()
    exact = [program_id for program_id, stored in programs if stored == name]
    if exact:
        return exact[0]
    folded = [(program_id, stored) for program_id, stored in programs if _folded(stored) == name.casefold()]
    if len(folded) == 1:
        return folded[0][0]
    if folded:
        candidates = "; ".join(_('"{stored}" (number {program_id})').format(
            stored=stored, program_id=program_id) for program_id, stored in folded)
        raise UserError(_('"{name}" could be any of: {candidates}. Give the exact name or the number.').format(
            name=name, candidates=candidates))
    if name.isascii() and name.isdigit() and int(name) <= MAX_ID:
        program_id = session.scalar(select(Program.id).where(Program.id == int(name)))
        if program_id is not None:
            return program_id
    raise NotFound(_('There is no program called "{name}". `shadowdesk programs list` shows them.').format(name=name))
