"""A program's skills catalogue: the skills each side learns from the other, with a rubric per level, and
the skills each session is meant to teach. The levels people reach on them are services/skills.py's.

Coordinators edit the catalogue; a coordinator or a session's host ticks a session's skills. `actor` is the
signed-in person (services.identity.Viewer); None is the program office acting without one (a file nobody
has claimed yet), which may do everything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, delete, func, insert, select
from sqlalchemy.orm import Session

from shadowdesk.model import Program, ShadowSession, Side, Skill, session_skill
from shadowdesk.services import text_fields
from shadowdesk.services.conflicting_writes import rerun_after_conflict
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.services.identity import Viewer
from shadowdesk.services.programs import program_id_named
from shadowdesk.services.skills_starter import STARTER_LANGUAGES, starter_catalogue
from shadowdesk.services.versioned_save import versioned_save
from shadowdesk.storage import Database
from shadowdesk.translation import _

LEVEL_NAMES = ("none", "knows what it is", "does it with help", "does it alone", "teaches it")
DEFAULT_TARGET = 3  # does it alone


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


class SkillCatalogue:
    """The catalogue's use cases; SkillService (services/skills.py) adds the levels to them."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def program_id(self, name_or_id: str) -> int:
        with self._db.session() as s:
            return program_id_named(s, name_or_id)

    def catalogue(self, program_id: int) -> list[SkillInfo]:
        with self._db.session() as s:
            program_row(s, program_id)
            return [skill_info(skill) for skill in s.scalars(skills_of(program_id))]

    def find(self, program_id: int, name: str) -> SkillInfo:
        """A skill of the program by its name, in any case."""
        wanted = _folded(text_fields.line(Skill.name, name, _("The skill's name")))
        for skill in self.catalogue(program_id):
            if _folded(skill.name) == wanted:
                return skill
        raise NotFound(_('The program has no skill called "{name}". `shadowdesk skills list` shows them.').format(
            name=name))

    @rerun_after_conflict
    def add(self, program_id: int, side: Side, draft: SkillDraft, actor: Viewer | None) -> SkillInfo:
        require_coordinator(actor, _("Only a coordinator may change the skills catalogue."))
        fields = _fields(draft)
        with self._db.transaction() as s:
            program_row(s, program_id)
            _refuse_taken_name(s, program_id, fields["name"], None)
            skill = Skill(program_id=program_id, side=Side(side), position=_last_position(s, program_id) + 1,
                          **fields)
            s.add(skill)
            s.flush()
            return skill_info(skill)

    @rerun_after_conflict
    def update(self, skill_id: int, draft: SkillDraft, version_id: int | None, actor: Viewer | None) -> SkillInfo:
        """Rename, describe, change the rubric or the target; version_id: the one the form opened with."""
        require_coordinator(actor, _("Only a coordinator may change the skills catalogue."))
        fields = _fields(draft)
        with versioned_save(self._db, Skill, skill_id, version_id,
                            lambda skill: _("The skill “{name}”").format(name=skill.name),
                            _("This skill was deleted by someone else since you opened it.")) as (s, skill):
            _refuse_taken_name(s, skill.program_id, fields["name"], skill_id)
            for key, value in fields.items():
                setattr(skill, key, value)
        with self._db.session() as s:
            return skill_info(skill_row(s, skill_id))

    def load_starter(self, program_id: int, language: str, actor: Viewer | None) -> int:
        """Add the starter catalogue (sales <-> project management at a language service provider) in the
        language given; skills the program already has by name are left as they are. Returns how many
        were added."""
        require_coordinator(actor, _("Only a coordinator may change the skills catalogue."))
        if language not in STARTER_LANGUAGES:
            raise UserError(_("The starter catalogue exists in {languages}; not in {language}.").format(
                languages=", ".join(STARTER_LANGUAGES), language=repr(language)))
        added = 0
        with self._db.transaction(serialized_on=(f"skills:{program_id}",)) as s:
            program = program_row(s, program_id)
            taken = {_folded(name) for name in s.scalars(select(Skill.name).where(Skill.program_id == program_id))}
            position = _last_position(s, program_id)
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
            return [skill_info(skill) for skill in s.scalars(
                select(Skill).join(session_skill, session_skill.c.skill_id == Skill.id)
                .where(session_skill.c.session_id == session_id).order_by(Skill.position))]

    def set_session_skills(self, session_id: int, skill_ids: Sequence[int], actor: Viewer | None) -> None:
        """The skills a session is meant to teach (a coordinator or the session's host ticks them)."""
        with self._db.transaction() as s:
            session = s.get(ShadowSession, session_id)
            if session is None:
                raise NotFound(_("That session no longer exists."))
            if actor is not None and not actor.holds("coordinator") and actor.person_id != session.host_id:
                raise UserError(_("Only a coordinator or the session's host may choose the skills it teaches."))
            wanted = set(skill_ids)
            programs = set(s.scalars(select(Skill.program_id).where(Skill.id.in_(wanted))))
            if len(programs & {session.program_id}) != len(programs) or len(
                    set(s.scalars(select(Skill.id).where(Skill.id.in_(wanted))))) != len(wanted):
                raise UserError(_("A session teaches skills of its own program only."))
            s.execute(delete(session_skill).where(session_skill.c.session_id == session_id))
            if wanted:
                s.execute(insert(session_skill), [{"session_id": session_id, "skill_id": k} for k in sorted(wanted)])


def checked_level(level: int) -> int:
    """level itself when it is one of the levels 0-4; otherwise the user is told what a level is."""
    if isinstance(level, bool) or not isinstance(level, int) or level not in range(5):
        raise UserError(_("A level is a whole number from 0 to 4: 0 none, 1 knows what it is, 2 does it with "
                          "help, 3 does it alone, 4 teaches it."))
    return level


def require_coordinator(actor: Viewer | None, refusal: str) -> None:
    """refusal: the whole sentence a non-coordinator is told, so each language words it."""
    if actor is not None and not actor.holds("coordinator"):
        raise UserError(refusal)


def skills_of(program_id: int) -> Select[Skill]:
    """The program's skills in the catalogue's order."""
    return select(Skill).where(Skill.program_id == program_id).order_by(Skill.position, Skill.id)


def program_row(s: Session, program_id: int) -> Program:
    program = s.get(Program, program_id)
    if program is None:
        raise NotFound(_("That program no longer exists."))
    return program


def skill_row(s: Session, skill_id: int) -> Skill:
    skill = s.get(Skill, skill_id)
    if skill is None:
        raise NotFound(_("That skill is no longer in the catalogue."))
    return skill


def skill_info(skill: Skill) -> SkillInfo:
    return SkillInfo(skill.id, skill.program_id, skill.side, skill.name, skill.description, tuple(skill.rubric),
                     skill.target_level, skill.version_id)


def _last_position(s: Session, program_id: int) -> int:
    """Where the program's last skill stands in the catalogue's order (0: it has none)."""
    return s.scalar(select(func.max(Skill.position)).where(Skill.program_id == program_id)) or 0


def _folded(name: str) -> str:
    return name.casefold()


def _sales_side(program: Program) -> Side:
    """The side of the program's salespeople: side A unless only side B's department sounds like sales."""
    sales = ("sales", "vertrieb", "verkauf", "vente", "commercial", "account")
    sounds = [any(word in program.department_of(side).casefold() for word in sales) for side in (Side.A, Side.B)]
    return Side.B if sounds == [False, True] else Side.A


def _fields(draft: SkillDraft) -> dict[str, Any]:
    name = text_fields.line(Skill.name, draft.name, _("The skill's name"))
    if not name:
        raise UserError(_("A skill needs a name."))
    # The default rubric is stored, so it stays in the source language like every stored text.
    rubric = [text_fields.line(Skill.name, line, _("The rubric of level {level}").format(level=level))
              for level, line in enumerate(draft.rubric)] if draft.rubric else [
        name.capitalize() for name in LEVEL_NAMES]
    if len(rubric) != len(LEVEL_NAMES):
        raise UserError(_("A rubric says what each level looks like: {count} lines, for 0 to 4.").format(
            count=len(LEVEL_NAMES)))
    return {"name": name,
            "description": text_fields.text(Skill.description, draft.description, _("The description")),
            "rubric": rubric, "target_level": checked_level(draft.target_level)}


def _refuse_taken_name(s: Session, program_id: int, name: str, skill_id: int | None) -> None:
    for other_id, other in s.execute(select(Skill.id, Skill.name).where(Skill.program_id == program_id)):
        if other_id != skill_id and _folded(other) == _folded(name):
            raise UserError(_("The program already has a skill called “{name}”.").format(name=other))
