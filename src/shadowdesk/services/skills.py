"""The skills matrix: a program's skills per side, the levels people reach, coverage and gaps.

Levels 0-4 (0 none, 1 knows what it is, 2 does it with help, 3 does it alone, 4 teaches it). Every rating is
kept; the current level is the latest of each kind (self at the start, self at the end, observed by a
session's host, recorded by a coordinator), and the four are shown side by side, never merged.

Who reads ratings is written once, in rating_visible_to(): a participant reads their own ratings, those they
gave, and those of the people they are paired with in the rating's program; coordinators and managers read
every rating (the program as a whole, per skill). The same condition, with the viewer and the office given
as SQL, is the team server's row-level security policy on skill_rating (storage/row_security.py), with
rating_writable_by() as the rule for adding one (RATING_RULES).

Who may write: coordinators edit the catalogue and record levels; a person rates themselves; the host of a
completed session rates its guests on the skills that session was meant to teach. `actor` is the signed-in
person (services.identity.Viewer); None is the program office acting without one (a file nobody has
claimed yet), which may do everything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain
from pathlib import Path
from statistics import fmean

from sqlalchemy import ColumnElement, String, and_, case, delete, exists, func, insert, or_, select, true, type_coerce
from sqlalchemy.orm import Session, aliased

from shadowdesk.interop import exports
from shadowdesk.interop.csv_safety import defuse
from shadowdesk.model import (
    Enrollment,
    Pairing,
    PairingStatus,
    Person,
    Program,
    RatingKind,
    SessionStatus,
    ShadowSession,
    Side,
    Skill,
    SkillRating,
    session_guest,
    session_skill,
)
from shadowdesk.reports.data import SkillCoverage
from shadowdesk.services import text_fields
from shadowdesk.services.conflicting_writes import rerun_after_conflict
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.services.identity import Viewer
from shadowdesk.services.programs import program_id_named
from shadowdesk.services.skills_starter import STARTER_LANGUAGES, starter_catalogue
from shadowdesk.services.versioned_save import versioned_save
from shadowdesk.storage import Database, row_security

__all__ = ["LEVEL_NAMES", "RATING_RULES", "RatingKind", "SkillCoverage", "SkillService", "Viewer",
           "rating_visible_to", "rating_writable_by"]

LEVEL_NAMES = ("none", "knows what it is", "does it with help", "does it alone", "teaches it")
DEFAULT_TARGET = 3  # does it alone
# Pairs whose partners read each other's ratings: proposed pairs are not pairs yet.
PAIRED = (PairingStatus.CONFIRMED, PairingStatus.ENDED)
SELF_PHASES = {"start": RatingKind.SELF_START, "end": RatingKind.SELF_END}
KINDS = len(RatingKind)  # a Levels per skill: self start, self end, observed, recorded, in RatingKind's order
NOT_RATED = (None,) * KINDS


@dataclass(frozen=True)
class SkillDraft:
    name: str
    description: str = ""
    rubric: tuple[str, ...] = ()  # one line per level 0-4; empty: the level names
    target_level: int = DEFAULT_TARGET


@dataclass(frozen=True)
class SkillInfo:
    id: int
    program_id: int
    side: Side  # the side that learns it
    name: str
    description: str
    rubric: tuple[str, ...]
    target_level: int
    version_id: int

    def as_draft(self) -> SkillDraft:
        return SkillDraft(self.name, self.description, self.rubric, self.target_level)


@dataclass(frozen=True)
class Levels:
    """A person's current levels on one skill, one per kind (None: never given)."""

    self_start: int | None = None
    self_end: int | None = None
    observed: int | None = None
    recorded: int | None = None

    @property
    def confirmed(self) -> int | None:
        """The higher of the levels others gave (observed, recorded): evidence beyond the person's word."""
        given = [level for level in (self.observed, self.recorded) if level is not None]
        return max(given) if given else None


def standing_level(levels: Levels) -> int:
    """The level a gap is measured on: what others confirmed, else the latest self-rating, else 0. Said
    with its source wherever it is shown (PersonGap.source), so it never passes for a self-rating."""
    for level in (levels.confirmed, levels.self_end, levels.self_start):
        if level is not None:
            return level
    return 0


@dataclass(frozen=True)
class MatrixRow:
    person_id: int
    full_name: str
    email: str
    side: Side
    # Four levels per skill of the matrix, in its order: self start, self end, observed, recorded. A plain
    # tuple of numbers, which Python's garbage collector stops tracking: a matrix of 2,000 people by 12
    # skills held as 24,000 Levels objects made it scan the whole heap while the matrix dialog loaded
    # (90-130 ms of the window's thread waiting for it). Levels are made when asked for.
    kinds: tuple[int | None, ...]

    def level(self, index: int) -> Levels:
        """The levels on the matrix's skill number index."""
        return Levels(*self.kinds[KINDS * index:KINDS * index + KINDS])

    @property
    def levels(self) -> tuple[Levels, ...]:
        return tuple(self.level(index) for index in range(len(self.kinds) // KINDS))


@dataclass(frozen=True)
class Matrix:
    program_id: int
    program_name: str
    departments: dict[Side, str]
    skills: tuple[SkillInfo, ...]
    rows: tuple[MatrixRow, ...]

    def has_gap(self, row: MatrixRow) -> bool:
        """Below the target on a skill of the person's own side (the skills they are here to learn)."""
        return any(skill.side is row.side and standing_level(levels) < skill.target_level
                   for skill, levels in zip(self.skills, row.levels, strict=True))

    def table(self) -> tuple[list[str], list[list[object]]]:
        """Header and rows for the terminal and the CSV file: four columns per skill, one per kind."""
        header = ["name", "email", "side"]
        for skill in self.skills:
            header += [f"{skill.name}: {kind}" for kind in ("self start", "self end", "observed", "recorded")]
        rows = []
        for row in self.rows:
            cells: list[object] = [row.full_name, row.email, self.departments[row.side]]
            cells += row.kinds
            rows.append(cells)
        return header, rows


@dataclass(frozen=True)
class PersonGap:
    skill_id: int
    skill: str
    target_level: int
    level: int
    source: str  # "confirmed" (observed or recorded), "self" or "no rating"

    @property
    def gap(self) -> int:
        return max(self.target_level - self.level, 0)


def rating_visible_to(viewer_id: int | ColumnElement[int] | None,
                      program_office: bool | ColumnElement[bool] = False) -> ColumnElement[bool]:
    """A WHERE clause on SkillRating: true for the ratings viewer_id may read.

    viewer_id None is the program office without a person; program_office says whether the viewer is a
    coordinator or manager. A participant reads the ratings of themselves, those they gave (as a host), and
    those of their partners in a confirmed or ended pair of the rating's program."""
    if viewer_id is None:
        return true()
    skill, pair = aliased(Skill), aliased(Pairing)
    partner = exists().where(
        skill.id == SkillRating.skill_id,
        pair.program_id == skill.program_id,
        pair.status.in_(PAIRED),
        or_(and_(pair.person_a_id == viewer_id, pair.person_b_id == SkillRating.person_id),
            and_(pair.person_b_id == viewer_id, pair.person_a_id == SkillRating.person_id)),
    )
    return or_(program_office, SkillRating.person_id == viewer_id, SkillRating.rated_by_id == viewer_id, partner)


def taught(host_id: int | ColumnElement[int], guest_id: int | ColumnElement[int],
           skill_id: int | ColumnElement[int]) -> ColumnElement[bool]:
    """A WHERE clause on ShadowSession: the completed sessions host_id led with guest_id that were meant to
    teach skill_id, the sessions an observed level may come from."""
    guest, ticked = session_guest.alias(), session_skill.alias()
    # Correlated with every table but their own: the ids may be columns of a query two levels up (the
    # server's policy on skill_rating), which SQLAlchemy would otherwise add to these subqueries' FROM.
    return and_(ShadowSession.host_id == host_id, ShadowSession.status == SessionStatus.COMPLETED,
                exists().where(guest.c.session_id == ShadowSession.id, guest.c.person_id == guest_id)
                .correlate_except(guest),
                exists().where(ticked.c.session_id == ShadowSession.id, ticked.c.skill_id == skill_id)
                .correlate_except(ticked))


def rating_writable_by(viewer_id: ColumnElement[int], coordinator: ColumnElement[bool]) -> ColumnElement[bool]:
    """A condition on a new SkillRating row: the team server's check of who may add it. Given by the viewer,
    and: a self-rating of the viewer themselves; an observed level from a session that taught the skill,
    hosted by the viewer, with the rated person as guest; a recorded level by a coordinator. (The service
    also lets a coordinator enter a self-rating or an observed level for someone; on a team server each
    person gives their own.)"""
    observed_there = exists().where(ShadowSession.id == SkillRating.session_id,
                                    taught(viewer_id, SkillRating.person_id, SkillRating.skill_id))
    return and_(SkillRating.rated_by_id == viewer_id, or_(
        and_(SkillRating.kind.in_(SELF_PHASES.values()), SkillRating.person_id == viewer_id),
        and_(SkillRating.kind == RatingKind.OBSERVED, observed_there),
        and_(SkillRating.kind == RatingKind.RECORDED, coordinator)))


RATING_RULES = row_security.RatingRules(rating_visible_to, rating_writable_by)


def _reader(viewer: Viewer | None) -> ColumnElement[bool]:
    if viewer is None:
        return rating_visible_to(None)
    return rating_visible_to(viewer.person_id, viewer.reads_every_program)


def _level(level: int) -> int:
    if isinstance(level, bool) or not isinstance(level, int) or level not in range(5):
        raise UserError("A level is a whole number from 0 to 4: 0 none, 1 knows what it is, 2 does it with help, "
                        "3 does it alone, 4 teaches it.")
    return level


def _coordinator(actor: Viewer | None, what: str) -> None:
    if actor is not None and not actor.holds("coordinator"):
        raise UserError(f"Only a coordinator may {what}.")


def _folded(name: str) -> str:
    return name.casefold()


class SkillService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # ----- the catalogue -----------------------------------------------------------------------------------
    def program_id(self, name_or_id: str) -> int:
        with self._db.session() as s:
            return program_id_named(s, name_or_id)

    def catalogue(self, program_id: int) -> list[SkillInfo]:
        with self._db.session() as s:
            _program(s, program_id)
            return [_info(skill) for skill in s.scalars(_skills_of(program_id))]

    def find(self, program_id: int, name: str) -> SkillInfo:
        """A skill of the program by its name, in any case."""
        wanted = _folded(text_fields.line(Skill.name, name, "The skill's name"))
        for skill in self.catalogue(program_id):
            if _folded(skill.name) == wanted:
                return skill
        raise NotFound(f'The program has no skill called "{name}". `shadowdesk skills list` shows them.')

    @rerun_after_conflict
    def add(self, program_id: int, side: Side, draft: SkillDraft, actor: Viewer | None) -> SkillInfo:
        _coordinator(actor, "change the skills catalogue")
        fields = _fields(draft)
        with self._db.transaction() as s:
            _program(s, program_id)
            _refuse_taken_name(s, program_id, fields["name"], None)
            position = s.scalar(select(func.coalesce(func.max(Skill.position), 0)).where(
                Skill.program_id == program_id)) + 1
            skill = Skill(program_id=program_id, side=Side(side), position=position, **fields)
            s.add(skill)
            s.flush()
            return _info(skill)

    @rerun_after_conflict
    def update(self, skill_id: int, draft: SkillDraft, version_id: int | None, actor: Viewer | None) -> SkillInfo:
        """Rename, describe, change the rubric or the target; version_id: the one the form opened with."""
        _coordinator(actor, "change the skills catalogue")
        fields = _fields(draft)
        with versioned_save(self._db, Skill, skill_id, version_id, lambda skill: f"The skill “{skill.name}”",
                            "This skill was deleted by someone else since you opened it.") as (s, skill):
            _refuse_taken_name(s, skill.program_id, fields["name"], skill_id)
            for key, value in fields.items():
                setattr(skill, key, value)
        with self._db.session() as s:
            return _info(s.get(Skill, skill_id))

    def load_starter(self, program_id: int, language: str, actor: Viewer | None) -> int:
        """Add the starter catalogue (sales <-> project management at a language service provider) in the
        language given; skills the program already has by name are left as they are. Returns how many
        were added."""
        _coordinator(actor, "change the skills catalogue")
        if language not in STARTER_LANGUAGES:
            raise UserError(f"The starter catalogue exists in {', '.join(STARTER_LANGUAGES)}; not in {language!r}.")
        added = 0
        with self._db.transaction(serialized_on=(f"skills:{program_id}",)) as s:
            program = _program(s, program_id)
            taken = {_folded(name) for name in s.scalars(select(Skill.name).where(Skill.program_id == program_id))}
            position = s.scalar(select(func.coalesce(func.max(Skill.position), 0)).where(
                Skill.program_id == program_id))
            sales = _sales_side(program)
            for learned_by_sales, entry in starter_catalogue(language):
                if _folded(entry.name) in taken:
                    continue
                position += 1
                side = sales if learned_by_sales else (Side.B if sales is Side.A else Side.A)
                s.add(Skill(program_id=program_id, side=side, position=position, target_level=DEFAULT_TARGET,
                            name=entry.name, description=entry.description, rubric=list(entry.rubric)))
                added += 1
        return added

    # ----- sessions and skills -------------------------------------------------------------------------------
    def session_skills(self, session_id: int) -> list[SkillInfo]:
        with self._db.session() as s:
            return [_info(skill) for skill in s.scalars(
                select(Skill).join(session_skill, session_skill.c.skill_id == Skill.id)
                .where(session_skill.c.session_id == session_id).order_by(Skill.position))]

    def set_session_skills(self, session_id: int, skill_ids: Sequence[int], actor: Viewer | None) -> None:
        """The skills a session is meant to teach (a coordinator or the session's host ticks them)."""
        with self._db.transaction() as s:
            session = s.get(ShadowSession, session_id)
            if session is None:
                raise NotFound("That session no longer exists.")
            if actor is not None and not actor.holds("coordinator") and actor.person_id != session.host_id:
                raise UserError("Only a coordinator or the session's host may choose the skills it teaches.")
            wanted = set(skill_ids)
            programs = set(s.scalars(select(Skill.program_id).where(Skill.id.in_(wanted))))
            if len(programs & {session.program_id}) != len(programs) or len(
                    set(s.scalars(select(Skill.id).where(Skill.id.in_(wanted))))) != len(wanted):
                raise UserError("A session teaches skills of its own program only.")
            s.execute(delete(session_skill).where(session_skill.c.session_id == session_id))
            if wanted:
                s.execute(insert(session_skill), [{"session_id": session_id, "skill_id": k} for k in sorted(wanted)])

    # ----- ratings ---------------------------------------------------------------------------------------------
    def rate_self(self, person_id: int, skill_id: int, phase: str, level: int, actor: Viewer | None) -> None:
        """The person's own level at the start or the end of the program ("start" / "end"), on a skill of
        their side."""
        kind = SELF_PHASES.get(phase)
        if kind is None:
            raise UserError("A self-rating is given at the start or at the end of the program.")
        _acting_for(actor, person_id, "Only the person themselves (or a coordinator) gives a self-rating.")
        with self._db.transaction() as s:
            skill = _skill(s, skill_id)
            if _side_of(s, skill.program_id, person_id) is not skill.side:
                raise UserError(f"“{skill.name}” is learned by the other side: people rate themselves on the "
                                "skills of their own side.")
            s.add(SkillRating(skill_id=skill_id, person_id=person_id, kind=kind, level=_level(level),
                              rated_by_id=person_id))

    def rate_observed(self, guest_id: int, skill_id: int, level: int, host_id: int,
                      session_id: int | None, actor: Viewer | None) -> int:
        """The host of a completed session rates a guest on a skill the session was meant to teach. Without
        a session: the latest such session of this host and guest. Returns the session's id."""
        _acting_for(actor, host_id, "Only the session's host (or a coordinator) gives an observed level.")
        with self._db.transaction() as s:
            skill = _skill(s, skill_id)
            sessions = (select(ShadowSession.id).where(taught(host_id, guest_id, skill_id))
                        .order_by(ShadowSession.starts_at.desc(), ShadowSession.id.desc()))
            if session_id is not None:
                sessions = sessions.where(ShadowSession.id == session_id)
            found = s.scalar(sessions.limit(1))
            if found is None:
                which = f"Session {session_id}" if session_id is not None else "No session"
                raise UserError(f"{which} is not a completed session that this host led with this guest and "
                                f"that was meant to teach “{skill.name}”: an observed level comes from such a "
                                "session (tick the skill in the session first).")
            s.add(SkillRating(skill_id=skill_id, person_id=guest_id, kind=RatingKind.OBSERVED, level=_level(level),
                              rated_by_id=host_id, session_id=found))
            return found

    def record(self, person_id: int, skill_id: int, level: int, on: date, note: str, actor: Viewer | None) -> None:
        """A level from outside the program (a training, a certificate) on the date it was reached."""
        _coordinator(actor, "record a level from outside the program")
        if on > date.today():
            raise UserError("A recorded level has a date that has passed: the day of the training or certificate.")
        with self._db.transaction() as s:
            skill = _skill(s, skill_id)
            _side_of(s, skill.program_id, person_id)
            s.add(SkillRating(skill_id=skill_id, person_id=person_id, kind=RatingKind.RECORDED, level=_level(level),
                              rated_by_id=actor.person_id if actor else None, recorded_on=on,
                              note=text_fields.text(SkillRating.note, note, "The note")))

    def person_id(self, email: str) -> int:
        with self._db.session() as s:
            found = s.scalar(select(Person.id).where(Person.has_email(email)))
        if found is None:
            raise NotFound(f"Nobody in the roster has the address {email}.")
        return found

    def programs_of(self, person_id: int) -> list[int]:
        with self._db.session() as s:
            return list(s.scalars(select(Enrollment.program_id).where(Enrollment.person_id == person_id)
                                  .order_by(Enrollment.program_id)))

    # ----- reading -------------------------------------------------------------------------------------------
    def matrix(self, program_id: int, viewer: Viewer | None) -> Matrix:
        """People by skills with each kind's current level: every enrolled person for the program office;
        for a participant, the rows they may read (themselves and their partners)."""
        with self._db.session() as s:
            program = _program(s, program_id)
            skills = [_info(skill) for skill in s.scalars(_skills_of(program_id))]
            levels = _current_levels(s, program_id, viewer)
            people = s.execute(select(Person.id, Person.full_name, Person.email, Enrollment.side)
                               .join(Enrollment, Enrollment.person_id == Person.id)
                               .where(Enrollment.program_id == program_id)
                               .order_by(Enrollment.side, Person.full_name, Person.id)).all()
            departments = {side: program.department_of(side) for side in Side}
            name = program.name
            if viewer is not None and not viewer.reads_every_program:
                readable = {viewer.person_id, *_partners(s, program_id, viewer.person_id),
                            *(person for person, _skill in levels)}
                people = [p for p in people if p.id in readable]
        rows = tuple(MatrixRow(p.id, p.full_name, p.email, p.side, tuple(chain.from_iterable(
            levels.get((p.id, skill.id), NOT_RATED) for skill in skills))) for p in people)
        return Matrix(program_id, name, departments, tuple(skills), rows)

    def coverage(self, program_id: int) -> list[SkillCoverage]:
        """Per skill, the program as a whole: the program office's view (coordinators and managers)."""
        return coverage_of(self.matrix(program_id, None))

    def gaps(self, program_id: int, person_id: int, viewer: Viewer | None) -> list[PersonGap]:
        """The person's skills (their side's) against each skill's target level, the largest gap first."""
        matrix = self.matrix(program_id, viewer)
        row = next((r for r in matrix.rows if r.person_id == person_id), None)
        if row is None:
            raise UserError("That person is not enrolled in the program, or their levels are not yours to read.")
        gaps = []
        for skill, levels in zip(matrix.skills, row.levels, strict=True):
            if skill.side is row.side:
                source = ("confirmed" if levels.confirmed is not None else
                          "self" if levels.self_end is not None or levels.self_start is not None else "no rating")
                gaps.append(PersonGap(skill.id, skill.name, skill.target_level, standing_level(levels), source))
        return sorted(gaps, key=lambda g: -g.gap)

    def export_matrix(self, program_id: int, path: Path, viewer: Viewer | None) -> int:
        """The matrix as a CSV file (formula-safe, written atomically); returns the number of people."""
        header, rows = self.matrix(program_id, viewer).table()
        # The header holds skill names typed by users: defused like every cell below it.
        return exports.write_csv(Path(path), [defuse(name) for name in header], rows)


def coverage_of(matrix: Matrix) -> list[SkillCoverage]:
    """Per skill: the learners' levels before and after, what others confirmed, the teachers, the gaps."""
    result = []
    for index, skill in enumerate(matrix.skills):
        learners = [row.level(index) for row in matrix.rows if row.side is skill.side]
        teachers = [row.level(index) for row in matrix.rows if row.side is not skill.side]
        both = [lv.self_end - lv.self_start for lv in learners if lv.self_start is not None and lv.self_end is not None]

        def reaching(level: int, kind: str, people: list[Levels] = learners) -> int:
            return sum((getattr(lv, kind) or 0) >= level for lv in people)

        result.append(SkillCoverage(
            skill.name, matrix.departments[skill.side], skill.target_level, len(learners),
            reaching(2, "self_start"), reaching(2, "self_end"), reaching(3, "self_start"), reaching(3, "self_end"),
            reaching(3, "confirmed"), reaching(3, "confirmed", teachers),
            sum(standing_level(lv) < skill.target_level for lv in learners),
            fmean(both) if both else None))
    return result


def _current_levels(s: Session, program_id: int, viewer: Viewer | None
                    ) -> dict[tuple[int, int], tuple[int | None, ...]]:
    """(person id, skill id) -> the latest level of each kind (in RatingKind's order), in one query: the
    newest row of each (skill, person, kind) found by a window over the index ix_skill_rating_latest, turned
    by the database into one row per person and skill with a column per kind (a third of the rows, plain
    integers)."""
    newest = func.row_number().over(
        partition_by=(SkillRating.skill_id, SkillRating.person_id, SkillRating.kind),
        order_by=(SkillRating.recorded_on.desc(), SkillRating.rated_at.desc(), SkillRating.id.desc()))
    kind = type_coerce(SkillRating.kind, String)  # compared as the stored word, not converted row by row
    ranked = (select(SkillRating.person_id, SkillRating.skill_id, kind.label("kind"), SkillRating.level,
                     newest.label("newest"))
              .join(Skill, Skill.id == SkillRating.skill_id)
              .where(Skill.program_id == program_id, _reader(viewer))
              .subquery())
    pivot = (select(ranked.c.person_id, ranked.c.skill_id,
                    *(func.max(case((ranked.c.kind == k.value, ranked.c.level))) for k in RatingKind))
             .where(ranked.c.newest == 1).group_by(ranked.c.person_id, ranked.c.skill_id))
    # Core, not the ORM: 24,000 rows of integers need no entities.
    return {(row[0], row[1]): tuple(row[2:]) for row in s.connection().execute(pivot)}


def _partners(s: Session, program_id: int, person_id: int) -> set[int]:
    """The people person_id is paired with in the program (confirmed or ended pairs)."""
    rows = s.execute(select(Pairing.person_a_id, Pairing.person_b_id).where(
        Pairing.program_id == program_id, Pairing.status.in_(PAIRED),
        or_(Pairing.person_a_id == person_id, Pairing.person_b_id == person_id))).all()
    return {b if a == person_id else a for a, b in rows}


def _skills_of(program_id: int):
    return select(Skill).where(Skill.program_id == program_id).order_by(Skill.position, Skill.id)


def _program(s: Session, program_id: int) -> Program:
    program = s.get(Program, program_id)
    if program is None:
        raise NotFound("That program no longer exists.")
    return program


def _skill(s: Session, skill_id: int) -> Skill:
    skill = s.get(Skill, skill_id)
    if skill is None:
        raise NotFound("That skill is no longer in the catalogue.")
    return skill


def _side_of(s: Session, program_id: int, person_id: int) -> Side:
    side = s.scalar(select(Enrollment.side).where(Enrollment.program_id == program_id,
                                                  Enrollment.person_id == person_id))
    if side is None:
        raise UserError("Levels are given to people enrolled in the skill's program; this person is not.")
    return side


def _acting_for(actor: Viewer | None, person_id: int, refusal: str) -> None:
    if actor is not None and actor.person_id != person_id and not actor.holds("coordinator"):
        raise UserError(refusal)


def _sales_side(program: Program) -> Side:
    """The side of the program's salespeople: side A unless only side B's department sounds like sales."""
    sales = ("sales", "vertrieb", "verkauf", "vente", "commercial", "account")
    sounds = [any(word in program.department_of(side).casefold() for word in sales) for side in (Side.A, Side.B)]
    return Side.B if sounds == [False, True] else Side.A


def _fields(draft: SkillDraft) -> dict:
    name = text_fields.line(Skill.name, draft.name, "The skill's name")
    if not name:
        raise UserError("A skill needs a name.")
    rubric = [text_fields.line(Skill.name, line, f"The rubric of level {level}") for level, line in
              enumerate(draft.rubric)] if draft.rubric else [name.capitalize() for name in LEVEL_NAMES]
    if len(rubric) != len(LEVEL_NAMES):
        raise UserError(f"A rubric says what each level looks like: {len(LEVEL_NAMES)} lines, for 0 to 4.")
    return {"name": name, "description": text_fields.text(Skill.description, draft.description, "The description"),
            "rubric": rubric, "target_level": _level(draft.target_level)}


def _refuse_taken_name(s: Session, program_id: int, name: str, skill_id: int | None) -> None:
    for other_id, other in s.execute(select(Skill.id, Skill.name).where(Skill.program_id == program_id)):
        if other_id != skill_id and _folded(other) == _folded(name):
            raise UserError(f"The program already has a skill called “{other}”.")


def _info(skill: Skill) -> SkillInfo:
    return SkillInfo(skill.id, skill.program_id, skill.side, skill.name, skill.description, tuple(skill.rubric),
                     skill.target_level, skill.version_id)
