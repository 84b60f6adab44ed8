"""The skills matrix: the levels people reach on a program's skills, coverage and gaps. The catalogue itself
(the skills per side, the skills a session teaches) is services/skills_catalogue.py's; SkillService offers both.

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

from dataclasses import dataclass
from datetime import date
from itertools import chain
from pathlib import Path
from statistics import fmean

from sqlalchemy import (
    ColumnElement,
    SQLColumnExpression,
    String,
    and_,
    case,
    exists,
    false,
    func,
    or_,
    select,
    true,
    type_coerce,
)
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
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.services.identity import Viewer
from shadowdesk.services.skills_catalogue import (
    LEVEL_NAMES,
    SkillCatalogue,
    SkillDraft,
    SkillInfo,
    checked_level,
    program_row,
    require_coordinator,
    skill_info,
    skill_row,
    skills_of,
)
from shadowdesk.storage import row_security
from shadowdesk.translation import N_, _

# The catalogue's names are part of this module's face: callers of the skills service import them from here.
__all__ = ["LEVEL_NAMES", "RATING_RULES", "RatingKind", "SkillCoverage", "SkillDraft", "SkillInfo", "SkillService",
           "Viewer", "rating_visible_to", "rating_writable_by"]

# Pairs whose partners read each other's ratings: proposed pairs are not pairs yet.
PAIRED = (PairingStatus.CONFIRMED, PairingStatus.ENDED)
SELF_PHASES = {"start": RatingKind.SELF_START, "end": RatingKind.SELF_END}
KINDS = len(RatingKind)  # a Levels per skill: self start, self end, observed, recorded, in RatingKind's order
NOT_RATED = (None,) * KINDS
# The matrix's header: the person's columns, then one column per skill and kind of rating, in RatingKind's order.
MATRIX_COLUMNS = (N_("name"), N_("email"), N_("side"))
MATRIX_KIND_COLUMN = N_("{skill}: {kind}")
MATRIX_KINDS = (N_("self start"), N_("self end"), N_("observed"), N_("recorded"))


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

    def table(self, for_people: bool = False) -> tuple[list[str], list[list[object]]]:
        """Header and rows: four columns per skill, one per kind. for_people: the CSV file's header, in the
        user's language; without it the header stays English, for the terminal's tab-separated rows that
        scripts read."""
        say = _ if for_people else str
        header = [say(column) for column in MATRIX_COLUMNS]
        for skill in self.skills:
            header += [say(MATRIX_KIND_COLUMN).format(skill=skill.name, kind=say(kind)) for kind in MATRIX_KINDS]
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


def gap_of(skill: SkillInfo, levels: Levels) -> PersonGap:
    """How far the person's standing level is below the skill's target, and what that level rests on."""
    source = ("confirmed" if levels.confirmed is not None else
              "self" if levels.self_end is not None or levels.self_start is not None else "no rating")
    return PersonGap(skill.id, skill.name, skill.target_level, standing_level(levels), source)


@dataclass(frozen=True)
class OwnSkill:
    """A skill of the person's side and their levels on it: where they started, where they are."""

    skill: SkillInfo
    levels: Levels

    @property
    def rated(self) -> bool:
        return any(level is not None for level in (self.levels.self_start, self.levels.self_end,
                                                   self.levels.observed, self.levels.recorded))

    @property
    def gap(self) -> PersonGap:
        return gap_of(self.skill, self.levels)


@dataclass(frozen=True)
class OwnSkills:
    """A program the person is enrolled in, with the skills their side learns there."""

    program_id: int
    program_name: str
    side: Side
    learned_from: str  # the other side's department
    skills: tuple[OwnSkill, ...]


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
    if isinstance(program_office, bool):  # as SQL, the same constant SQLAlchemy would make of the bool
        program_office = true() if program_office else false()
    return or_(program_office, SkillRating.person_id == viewer_id, SkillRating.rated_by_id == viewer_id, partner)


def taught(host_id: int | SQLColumnExpression[int], guest_id: int | SQLColumnExpression[int],
           skill_id: int | SQLColumnExpression[int]) -> ColumnElement[bool]:
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


class SkillService(SkillCatalogue):
    """The catalogue (services/skills_catalogue.py), the levels people reach on it, and what they add up to."""

    # ----- ratings ---------------------------------------------------------------------------------------------
    def rate_self(self, person_id: int, skill_id: int, phase: str, level: int, actor: Viewer | None) -> None:
        """The person's own level at the start or the end of the program ("start" / "end"), on a skill of
        their side."""
        kind = SELF_PHASES.get(phase)
        if kind is None:
            raise UserError(_("A self-rating is given at the start or at the end of the program."))
        _acting_for(actor, person_id, _("Only the person themselves (or a coordinator) gives a self-rating."))
        with self._db.transaction() as s:
            skill = skill_row(s, skill_id)
            if _side_of(s, skill.program_id, person_id) is not skill.side:
                raise UserError(_("“{name}” is learned by the other side: people rate themselves on the skills "
                                  "of their own side.").format(name=skill.name))
            s.add(SkillRating(skill_id=skill_id, person_id=person_id, kind=kind, level=checked_level(level),
                              rated_by_id=person_id))

    def rate_observed(self, guest_id: int, skill_id: int, level: int, host_id: int,
                      session_id: int | None, actor: Viewer | None) -> int:
        """The host of a completed session rates a guest on a skill the session was meant to teach. Without
        a session: the latest such session of this host and guest. Returns the session's id."""
        _acting_for(actor, host_id, _("Only the session's host (or a coordinator) gives an observed level."))
        with self._db.transaction() as s:
            skill = skill_row(s, skill_id)
            sessions = (select(ShadowSession.id).where(taught(host_id, guest_id, skill_id))
                        .order_by(ShadowSession.starts_at.desc(), ShadowSession.id.desc()))
            if session_id is not None:
                sessions = sessions.where(ShadowSession.id == session_id)
            found = s.scalar(sessions.limit(1))
            if found is None:
                told = _("Session {id} is not a completed session that this host led with this guest and that "
                         "was meant to teach “{name}”: an observed level comes from such a session (tick the "
                         "skill in the session first).") if session_id is not None else _(
                    "There is no completed session that this host led with this guest and that was meant to "
                    "teach “{name}”: an observed level comes from such a session (tick the skill in the "
                    "session first).")
                raise UserError(told.format(id=session_id, name=skill.name))
            s.add(SkillRating(skill_id=skill_id, person_id=guest_id, kind=RatingKind.OBSERVED,
                              level=checked_level(level), rated_by_id=host_id, session_id=found))
            return found

    def record(self, person_id: int, skill_id: int, level: int, on: date, note: str, actor: Viewer | None) -> None:
        """A level from outside the program (a training, a certificate) on the date it was reached."""
        require_coordinator(actor, _("Only a coordinator may record a level from outside the program."))
        if on > date.today():
            raise UserError(_("A recorded level has a date that has passed: the day of the training or "
                              "certificate."))
        with self._db.transaction() as s:
            skill = skill_row(s, skill_id)
            _side_of(s, skill.program_id, person_id)
            s.add(SkillRating(skill_id=skill_id, person_id=person_id, kind=RatingKind.RECORDED,
                              level=checked_level(level), rated_by_id=actor.person_id if actor else None,
                              recorded_on=on, note=text_fields.text(SkillRating.note, note, _("The note"))))

    def person_id(self, email: str) -> int:
        with self._db.session() as s:
            found = s.scalar(select(Person.id).where(Person.has_email(email)))
        if found is None:
            raise NotFound(_("Nobody in the roster has the address {email}.").format(email=email))
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
            program = program_row(s, program_id)
            skills = [skill_info(skill) for skill in s.scalars(skills_of(program_id))]
            levels = _current_levels(s, and_(Skill.program_id == program_id, _reader(viewer)))
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

    def coverage(self, program_id: int, viewer: Viewer | None = None) -> list[SkillCoverage]:
        """Per skill, the program as a whole: the program office's view (coordinators and managers), counted
        over the ratings the viewer may read (None: the program office itself)."""
        return coverage_of(self.matrix(program_id, viewer))

    def gaps(self, program_id: int, person_id: int, viewer: Viewer | None) -> list[PersonGap]:
        """The person's skills (their side's) against each skill's target level, the largest gap first."""
        matrix = self.matrix(program_id, viewer)
        row = next((r for r in matrix.rows if r.person_id == person_id), None)
        if row is None:
            raise UserError(_("That person is not enrolled in the program, or their levels are not yours to "
                              "read."))
        gaps = [gap_of(skill, levels) for skill, levels in zip(matrix.skills, row.levels, strict=True)
                if skill.side is row.side]
        return sorted(gaps, key=lambda g: -g.gap)

    def own_skills(self, person_id: int, viewer: Viewer | None) -> list[OwnSkills]:
        """Each program person_id is enrolled in that has skills for their side, the latest program first,
        with their levels on each skill as far as the viewer may read them (rating_visible_to): all of them
        for the person themselves, none for a colleague outside their pairs."""
        with self._db.session() as s:
            enrolled = s.execute(select(Program, Enrollment.side)
                                 .join(Enrollment, Enrollment.program_id == Program.id)
                                 .where(Enrollment.person_id == person_id)
                                 .order_by(Program.start_date.desc(), Program.id)).all()
            sides = {program.id: side for program, side in enrolled}
            skills: dict[int, list[SkillInfo]] = {}
            for skill in s.scalars(select(Skill).where(Skill.program_id.in_(list(sides)))
                                   .order_by(Skill.position, Skill.id)):
                if skill.side is sides[skill.program_id]:
                    skills.setdefault(skill.program_id, []).append(skill_info(skill))
            levels = _current_levels(s, and_(SkillRating.person_id == person_id, _reader(viewer)))
            found = [OwnSkills(program.id, program.name, side,
                               program.department_of(Side.B if side is Side.A else Side.A),
                               tuple(OwnSkill(skill, Levels(*levels.get((person_id, skill.id), NOT_RATED)))
                                     for skill in skills[program.id]))
                     for program, side in enrolled if program.id in skills]
        return found

    def export_matrix(self, program_id: int, path: Path, viewer: Viewer | None) -> int:
        """The matrix as a CSV file (formula-safe, written atomically); returns the number of people."""
        header, rows = self.matrix(program_id, viewer).table(for_people=True)
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


def _current_levels(s: Session, which: ColumnElement[bool]) -> dict[tuple[int, int], tuple[int | None, ...]]:
    """(person id, skill id) -> the latest level of each kind (in RatingKind's order) among the ratings
    `which` selects (a condition on SkillRating and its Skill, the reader's rule included), in one query: the
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
              .where(which)
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


def _side_of(s: Session, program_id: int, person_id: int) -> Side:
    side = s.scalar(select(Enrollment.side).where(Enrollment.program_id == program_id,
                                                  Enrollment.person_id == person_id))
    if side is None:
        raise UserError(_("Levels are given to people enrolled in the skill's program; this person is not."))
    return side


def _acting_for(actor: Viewer | None, person_id: int, refusal: str) -> None:
    if actor is not None and actor.person_id != person_id and not actor.holds("coordinator"):
        raise UserError(refusal)
