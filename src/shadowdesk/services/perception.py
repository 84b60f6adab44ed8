"""The perception check: how well each side rates its understanding of the other side's work, at the
start and at the end of a program, and how that shifted per side."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from shadowdesk.model import Enrollment, PerceptionPhase, PerceptionRating, Program, Side
from shadowdesk.services.conflicting_writes import rerun_after_conflict
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.storage import Database
from shadowdesk.translation import N_, _

# Fixed, so answers from different programs compare. "{other}" is the other side's department.
QUESTIONS = (
    N_("How well do you understand what a typical working day in {other} looks like?"),
    N_("How well do you understand what {other} needs from your department?"),
    N_("How well could you explain {other}'s main difficulties to a customer or colleague?"),
    N_("How confident are you that you know whom to ask in {other} when something goes wrong?"),
)


@dataclass(frozen=True)
class SideShift:
    side: Side
    department: str
    people: int  # who answered at both the start and the end
    start: tuple[float, ...]  # mean per question
    end: tuple[float, ...]

    @property
    def shift(self) -> tuple[float, ...]:
        return tuple(e - s for s, e in zip(self.start, self.end, strict=True))

    @property
    def overall_shift(self) -> float:
        return fmean(self.shift) if self.people else 0.0


class PerceptionService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def questions(self, program_id: int, person_id: int) -> tuple[str, ...]:
        """The questions worded for the person's side: a salesperson is asked about project management."""
        with self._db.session() as s:
            program, enrollment = self._enrollment(s, program_id, person_id)
            other = program.department_of(Side.B if enrollment.side is Side.A else Side.A)
            return tuple(_(q).format(other=other) for q in QUESTIONS)

    def answers(self, program_id: int, person_id: int, phase: PerceptionPhase) -> tuple[int, ...] | None:
        """The participant's saved answers for that phase, to show and correct; None before they answer."""
        with self._db.session() as s:
            row = s.scalar(_rating(program_id, person_id, phase))
            return None if row is None else tuple(int(v) for v in row.scores)

    @rerun_after_conflict  # two windows saving the first answers at once: the later one corrects them
    def record(self, program_id: int, person_id: int, phase: PerceptionPhase, scores: Sequence[int]) -> None:
        """Save (or correct) a participant's answers for the start or the end of the program."""
        if len(scores) != len(QUESTIONS) or any(not 1 <= int(v) <= 5 for v in scores):
            raise UserError(_("Answer all {count} questions with a number from 1 to 5.").format(count=len(QUESTIONS)))
        with self._db.transaction() as s:
            self._enrollment(s, program_id, person_id)
            row = s.scalar(_rating(program_id, person_id, phase))
            if row is None:
                row = PerceptionRating(program_id=program_id, person_id=person_id, phase=phase)
                s.add(row)
            row.scores = [int(v) for v in scores]

    def shift(self, program_id: int) -> tuple[SideShift, SideShift]:
        """Per side, the mean answers of people who answered at both the start and the end."""
        with self._db.session() as s:
            program = s.get(Program, program_id)
            if program is None:
                raise NotFound(_("That program no longer exists."))
            rows = s.execute(
                select(
                    Enrollment.side,
                    PerceptionRating.person_id,
                    PerceptionRating.phase,
                    PerceptionRating.scores,
                )
                .join(
                    Enrollment,
                    (Enrollment.person_id == PerceptionRating.person_id)
                    & (Enrollment.program_id == PerceptionRating.program_id),
                )
                .where(PerceptionRating.program_id == program_id)
            ).all()
            department = {side: program.department_of(side) for side in Side}
        answers: dict[tuple[Side, int], dict[PerceptionPhase, list[int]]] = {}
        for side, person, phase, scores in rows:
            answers.setdefault((side, person), {})[phase] = scores
        result = []
        for side in (Side.A, Side.B):
            both = [a for (sd, _), a in answers.items() if sd is side and len(a) == 2]
            start = tuple(
                fmean(a[PerceptionPhase.START][q] for a in both) if both else 0.0
                for q in range(len(QUESTIONS))
            )
            end = tuple(
                fmean(a[PerceptionPhase.END][q] for a in both) if both else 0.0 for q in range(len(QUESTIONS))
            )
            result.append(SideShift(side, department[side], len(both), start, end))
        return result[0], result[1]

    def _enrollment(self, s: Session, program_id: int, person_id: int) -> tuple[Program, Enrollment]:
        program = s.get(Program, program_id)
        if program is None:
            raise NotFound(_("That program no longer exists."))
        enrollment = s.scalar(
            select(Enrollment).where(Enrollment.program_id == program_id, Enrollment.person_id == person_id)
        )
        if enrollment is None:
            raise UserError(_("Only people enrolled in the program answer its perception check."))
        return program, enrollment


def _rating(program_id: int, person_id: int, phase: PerceptionPhase) -> Select[PerceptionRating]:
    return select(PerceptionRating).where(
        PerceptionRating.program_id == program_id,
        PerceptionRating.person_id == person_id,
        PerceptionRating.phase == phase,
    )
