"""Who is paired with whom: manual pairs, the rotation planner's proposal and applying it, exclusions.

The planner breaks ties between otherwise equal partners by skills (skill_matches): a partner whom others
confirmed strong (observed or recorded at 3 or 4) in the skills a person is weakest in."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Select, and_, delete, func, or_, select
from sqlalchemy.orm import Session, aliased

from shadowdesk.labels import label
from shadowdesk.model import (
    Enrollment,
    PairExclusion,
    Pairing,
    PairingStatus,
    Person,
    Program,
    ProgramStatus,
    ShadowSession,
    Side,
)
from shadowdesk.rules.planner import Participant, SkillMatch, is_manager_pair, plan_rotation, round_dates
from shadowdesk.services import text_fields
from shadowdesk.services.conflicting_writes import rerun_after_conflict
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.services.skills import Matrix, SkillService, standing_level
from shadowdesk.services.versioned_save import versioned_save
from shadowdesk.storage import Database
from shadowdesk.translation import N_, _

MANUAL_REASON = N_("Paired by the coordinator")  # stored as the user reads it: _(MANUAL_REASON)
MAX_ROUNDS = 52
STRONG = 3  # does it alone, or teaches it


@dataclass(frozen=True)
class PairInfo:
    id: int
    program_id: int
    round: int | None
    person_a_id: int
    person_a_name: str
    person_b_id: int
    person_b_name: str
    status: PairingStatus
    reason: str
    version_id: int = 1  # a new pair starts at 1; pass the listed one back to confirm/end/remove
    round_start: date | None = None  # the days the pair's round runs; None for pairs made before rounds had dates
    round_end: date | None = None


@dataclass(frozen=True)
class ProposedRow:
    """One pair of a proposal, with names for showing it; the coordinator may swap or drop rows."""

    round: int
    person_a_id: int
    person_a_name: str
    person_b_id: int
    person_b_name: str
    reason: str
    round_start: date | None = None  # the round's first and last day, as the coordinator may change them
    round_end: date | None = None


@dataclass(frozen=True)
class UnpairedPerson:
    """Someone the planner left without a partner in a round; the coordinator may pair them by hand."""

    round: int
    person_id: int
    name: str
    side: Side


@dataclass(frozen=True)
class Proposal:
    program_id: int
    program_name: str
    rows: tuple[ProposedRow, ...]
    unpaired: tuple[UnpairedPerson, ...]
    rounds: tuple[tuple[int, date, date], ...] = ()  # (round, first day, last day) of every round planned


@dataclass(frozen=True)
class ExclusionInfo:
    id: int
    program_id: int | None
    person_a_id: int
    person_a_name: str
    person_b_id: int
    person_b_name: str
    reason: str


class PairingService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def list_pairs(self, program_id: int) -> list[PairInfo]:
        a, b = aliased(Person), aliased(Person)
        query = (select(Pairing.id, Pairing.program_id, Pairing.round, a.id, a.full_name, b.id, b.full_name,
                        Pairing.status, Pairing.reason, Pairing.version_id, Pairing.round_start,
                        Pairing.round_end)
                 .join(a, a.id == Pairing.person_a_id).join(b, b.id == Pairing.person_b_id)
                 .where(Pairing.program_id == program_id).order_by(Pairing.round, a.full_name, b.full_name))
        with self._db.session() as session:
            return [PairInfo(*row) for row in session.execute(query)]

    def plan(self, program_id: int, rounds: int, should_stop: Callable[[], bool] | None = None,
             on_round: Callable[[int, int], None] | None = None) -> Proposal:
        """The planner's proposal for the next `rounds` rounds. Nothing is written."""
        if not 1 <= rounds <= MAX_ROUNDS:
            raise UserError(_("Plan between 1 and {most} rounds.").format(most=MAX_ROUNDS))
        with self._db.session() as session:
            program = _program(session, program_id)
            if program.status is ProgramStatus.CLOSED:
                raise UserError(_('"{name}" is closed; no more pairs can be planned.').format(name=program.name))
            people = session.execute(
                select(Person.id, Person.full_name, Person.location, Person.time_zone, Person.manager_id,
                       Enrollment.side, Enrollment.capacity)
                .join(Enrollment, Enrollment.person_id == Person.id)
                .where(Enrollment.program_id == program_id, Person.active)).all()
            ids = [row.id for row in people]
            made = session.execute(select(Pairing.person_a_id, Pairing.person_b_id, Pairing.round,
                                          Pairing.round_end).where(Pairing.program_id == program_id)).all()
            earlier = session.execute(select(Pairing.person_a_id, Pairing.person_b_id).where(
                Pairing.program_id != program_id, Pairing.person_a_id.in_(ids),
                Pairing.person_b_id.in_(ids))).all()
            excluded = session.execute(select(PairExclusion.person_a_id, PairExclusion.person_b_id).where(
                _applies_to(program_id))).all()
            name, start, end = program.name, program.start_date, program.end_date
        sides = {side: [Participant(r.id, r.location, r.time_zone, r.capacity, r.manager_id)
                        for r in people if r.side == side] for side in Side}
        if not sides[Side.A] or not sides[Side.B]:
            raise UserError(_('Enroll people on both sides of "{name}" before planning pairs.').format(name=name))
        first_round = max((r.round or 0 for r in made), default=0) + 1
        plan = plan_rotation(sides[Side.A], sides[Side.B], rounds, first_round=first_round,
                             program_pairs=[(r.person_a_id, r.person_b_id) for r in made],
                             earlier_pairs=earlier, excluded=excluded,
                             skill_matches=skill_matches(SkillService(self._db).matrix(program_id, None)),
                             at=datetime.combine(start, time(12), tzinfo=UTC),
                             should_stop=should_stop, on_round=on_round)
        days = dict(zip(range(first_round, first_round + rounds),
                        round_dates(*_days_left(start, end, [r.round_end for r in made]), rounds), strict=True))
        names = {row.id: row.full_name for row in people}
        side_of = {row.id: row.side for row in people}
        rows = tuple(ProposedRow(p.round, p.a_id, names[p.a_id], p.b_id, names[p.b_id], p.reason, *days[p.round])
                     for p in plan.pairs)
        unpaired = tuple(UnpairedPerson(r, pid, names[pid], side_of[pid]) for r, pid in plan.unpaired)
        return Proposal(program_id, name, rows, unpaired, tuple((n, *days[n]) for n in sorted(days)))

    def hand_pair(self, program_id: int, round_number: int, person_a_id: int, person_b_id: int,
                  proposal_rows: Sequence[ProposedRow]) -> ProposedRow:
        """A pair the coordinator makes while reviewing a proposal, checked as add_manual checks it and
        against the proposal's rows; nothing is written (apply() writes it with the others)."""
        with self._db.session() as session:
            _program(session, program_id)
            problems = _problems(session, program_id, [(person_a_id, person_b_id)])
            names = dict(session.execute(select(Person.id, Person.full_name)
                                         .where(Person.id.in_([person_a_id, person_b_id]))).all())
        if problems:
            raise UserError(problems[0])
        if any((r.person_a_id, r.person_b_id) == (person_a_id, person_b_id) for r in proposal_rows):
            raise UserError(_("{a} with {b}: already in the proposal.").format(a=names[person_a_id],
                                                                                b=names[person_b_id]))
        dates = next(((r.round_start, r.round_end) for r in proposal_rows if r.round == round_number),
                     (None, None))
        return ProposedRow(round_number, person_a_id, names[person_a_id], person_b_id, names[person_b_id],
                           _(MANUAL_REASON), *dates)

    @rerun_after_conflict
    def apply(self, program_id: int, rows: Sequence[ProposedRow]) -> int:
        """Write the reviewed rows as confirmed pairs, all in one transaction; any bad row writes nothing."""
        with self._db.transaction() as session:
            program = _program(session, program_id)
            if program.status is ProgramStatus.CLOSED:
                raise UserError(_('"{name}" is closed; no more pairs can be added.').format(name=program.name))
            problems = _problems(session, program_id, [(r.person_a_id, r.person_b_id) for r in rows])
            problems += sorted({_("Round {round} ends before it starts.").format(round=r.round) for r in rows
                                if r.round_start and r.round_end and r.round_end < r.round_start})
            if problems:
                raise UserError(_("Nothing was saved:") + "\n" + "\n".join(problems))
            session.add_all([Pairing(program_id=program_id, person_a_id=r.person_a_id,
                                     person_b_id=r.person_b_id, round=r.round, reason=_reason(r.reason),
                                     round_start=r.round_start, round_end=r.round_end,
                                     status=PairingStatus.CONFIRMED) for r in rows])
        return len(rows)

    @rerun_after_conflict
    def add_manual(self, program_id: int, person_a_id: int, person_b_id: int,
                   reason: str = "") -> PairInfo:
        reason = _reason(reason) or _(MANUAL_REASON)
        with self._db.transaction() as session:
            program = _program(session, program_id)
            if program.status is ProgramStatus.CLOSED:
                raise UserError(_('"{name}" is closed; no more pairs can be added.').format(name=program.name))
            problems = _problems(session, program_id, [(person_a_id, person_b_id)])
            if problems:
                raise UserError(problems[0])
            last_round = session.scalar(
                select(func.max(Pairing.round)).where(Pairing.program_id == program_id)) or 1
            # A pair added to a round takes that round's dates, as its other pairs have them.
            dates = session.execute(select(Pairing.round_start, Pairing.round_end).where(
                Pairing.program_id == program_id, Pairing.round == last_round,
                Pairing.round_start.is_not(None)).limit(1)).first() or (None, None)
            pairing = Pairing(program_id=program_id, person_a_id=person_a_id, person_b_id=person_b_id,
                              round=last_round, reason=reason, round_start=dates[0], round_end=dates[1],
                              status=PairingStatus.CONFIRMED)
            session.add(pairing)
            session.flush()
            pair_id = pairing.id
        return self._pair(pair_id)

    def confirm(self, pair_id: int, expected_version: int | None = None) -> PairInfo:
        """expected_version: the PairInfo.version_id the coordinator saw (StaleRecord when someone else
        changed the pair since); None acts on the pair as it is now."""
        return self._set_status(pair_id, expected_version, PairingStatus.CONFIRMED,
                                from_status=PairingStatus.PROPOSED)

    def end(self, pair_id: int, expected_version: int | None = None) -> PairInfo:
        return self._set_status(pair_id, expected_version, PairingStatus.ENDED)

    def remove(self, pair_id: int, expected_version: int | None = None) -> None:
        """Only a pair without sessions can be removed; one with sessions is ended instead."""
        with self._saving(pair_id, expected_version) as (session, pairing):
            if session.scalar(select(func.count()).select_from(ShadowSession)
                              .where(ShadowSession.pairing_id == pair_id)):
                raise UserError(_("This pair already has sessions; end the pair instead of removing it."))
            session.delete(pairing)

    # ----- exclusions -----
    def exclude(self, person_a_id: int, person_b_id: int, program_id: int | None = None,
                reason: str = "") -> ExclusionInfo:
        """Forbid a pair in one program, or in every program when program_id is None."""
        if person_a_id == person_b_id:
            raise UserError(_("Choose two different people."))
        reason = text_fields.line(PairExclusion.reason, reason, _("The reason"))
        # No unique key can say "this pair, in this program or in every one": the check below holds because
        # two exclusions of the same two people run one after the other.
        two = sorted((person_a_id, person_b_id))
        with self._db.transaction(serialized_on=[f"exclusion:{two[0]}:{two[1]}"]) as session:
            names = dict(session.execute(select(Person.id, Person.full_name)
                                         .where(Person.id.in_([person_a_id, person_b_id]))).all())
            if len(names) != 2:
                raise NotFound(_("One of these people no longer exists."))
            scopes = set(session.scalars(select(PairExclusion.program_id).where(
                or_(and_(PairExclusion.person_a_id == person_a_id, PairExclusion.person_b_id == person_b_id),
                    and_(PairExclusion.person_a_id == person_b_id, PairExclusion.person_b_id == person_a_id)),
                _applies_to(program_id))))
            if scopes:
                refusal = (_("{a} and {b} are already excluded in every program.") if None in scopes
                           else _("{a} and {b} are already excluded in this program."))
                raise UserError(refusal.format(a=names[person_a_id], b=names[person_b_id]))
            exclusion = PairExclusion(program_id=program_id, person_a_id=person_a_id, person_b_id=person_b_id,
                                      reason=reason)
            session.add(exclusion)
            session.flush()
            return ExclusionInfo(*session.execute(_exclusions_query(PairExclusion.id == exclusion.id)).one())

    def exclude_by_email(self, email_a: str, email_b: str, program_id: int | None = None,
                         reason: str = "") -> ExclusionInfo:
        """The same as exclude(), naming the two people by email (case does not matter)."""
        ids = []
        with self._db.session() as session:
            for email in (email_a, email_b):
                person_id = session.scalar(select(Person.id).where(Person.has_email(email)))
                if person_id is None:
                    raise NotFound(_("Nobody has the email address {email}.").format(email=email))
                ids.append(person_id)
        return self.exclude(ids[0], ids[1], program_id, reason)

    def exclusions(self, program_id: int | None = None) -> list[ExclusionInfo]:
        """The coordinator's exclusions that apply to the program (or the global ones for None)."""
        with self._db.session() as session:
            return [ExclusionInfo(*row) for row in session.execute(_exclusions_query(_applies_to(program_id)))]

    def remove_exclusion(self, exclusion_id: int) -> ExclusionInfo:
        """Lift an exclusion; returns it as it was, so the caller can name the two people."""
        with self._db.transaction() as session:
            row = session.execute(_exclusions_query(PairExclusion.id == exclusion_id)).first()
            if row is None:
                raise NotFound(_("There is no exclusion number {number}; it may have been "
                                 "removed already.").format(number=exclusion_id))
            session.execute(delete(PairExclusion).where(PairExclusion.id == exclusion_id))
        return ExclusionInfo(*row)

    def _set_status(self, pair_id: int, expected_version: int | None, status: PairingStatus,
                    from_status: PairingStatus | None = None) -> PairInfo:
        with self._saving(pair_id, expected_version) as (_session, pairing):
            if from_status is not None and pairing.status is not from_status:
                raise UserError(_("Only a {wanted} pair can be {status}; this one is {current}.").format(
                    wanted=label(from_status).lower(), status=label(status).lower(),
                    current=label(pairing.status).lower()))
            pairing.status = status
        return self._pair(pair_id)

    def _saving(self, pair_id: int, expected_version: int | None) -> AbstractContextManager[tuple[Session, Pairing]]:
        return versioned_save(
            self._db, Pairing, pair_id, expected_version,
            lambda pairing: _("The pair {a} and {b}").format(a=pairing.person_a.full_name,
                                                              b=pairing.person_b.full_name),
            _("This pair was removed by someone else since you opened it."))

    def _pair(self, pair_id: int) -> PairInfo:
        with self._db.session() as session:
            program_id = session.scalar(select(Pairing.program_id).where(Pairing.id == pair_id))
        if program_id is None:  # removed by someone else since this save
            raise NotFound(_("This pair was removed by someone else since you opened it."))
        return next(p for p in self.list_pairs(program_id) if p.id == pair_id)


def skill_matches(matrix: Matrix) -> dict[tuple[int, int], SkillMatch]:
    """(side A id, side B id) -> what the pair would teach each other: for each partner, the share of the
    skills they are weakest in (their side's skills at their lowest level, below its target) that the
    other is confirmed strong in. Empty when the program has no skills or nobody is strong in a gap."""
    weakest: dict[int, list[int]] = {}  # person -> indexes of the skills they are weakest in
    strong: dict[int, set[int]] = defaultdict(set)  # skill index -> people confirmed at STRONG or more
    rows = {row.person_id: row for row in matrix.rows}
    for row in matrix.rows:
        row_levels = row.levels
        gaps = [(standing_level(levels), index) for index, (skill, levels) in
                enumerate(zip(matrix.skills, row_levels, strict=True))
                if skill.side is row.side and standing_level(levels) < skill.target_level]
        if gaps:
            lowest = min(level for level, _index in gaps)
            weakest[row.person_id] = [index for level, index in gaps if level == lowest]
        for index, levels in enumerate(row_levels):
            if (levels.confirmed or 0) >= STRONG:
                strong[index].add(row.person_id)
    learns: dict[tuple[int, int], list[int]] = defaultdict(list)  # (learner, teacher) -> skill indexes
    for learner, indexes in weakest.items():
        for index in indexes:
            for teacher in strong[index]:
                if rows[teacher].side is not rows[learner].side:
                    learns[(learner, teacher)].append(index)
    matches: dict[tuple[int, int], SkillMatch] = {}
    for pair in {(x, y) if rows[x].side is Side.A else (y, x) for x, y in learns}:
        strength, reasons = 0.0, []
        for learner, teacher in (pair, pair[::-1]):
            taught = learns.get((learner, teacher))
            if taught:
                strength += len(taught) / len(weakest[learner]) / 2
                skills = ", ".join(matrix.skills[index].name for index in taught)
                reasons.append(_("{teacher} is strong in what {learner} is weakest in: {skills}").format(
                    teacher=rows[teacher].full_name, learner=rows[learner].full_name, skills=skills))
        matches[pair] = SkillMatch(strength, "; ".join(reasons))
    return matches


def _applies_to(program_id: int | None) -> ColumnElement[bool]:
    """The SQL condition for exclusions that apply to the program; the global ones only for None."""
    scope = PairExclusion.program_id.is_(None)
    return scope if program_id is None else or_(scope, PairExclusion.program_id == program_id)


def _exclusions_query(condition: ColumnElement[bool]) -> Select[int, int | None, int, str, int, str, str]:
    a, b = aliased(Person), aliased(Person)
    return (select(PairExclusion.id, PairExclusion.program_id, a.id, a.full_name, b.id, b.full_name,
                   PairExclusion.reason)
            .join(a, a.id == PairExclusion.person_a_id).join(b, b.id == PairExclusion.person_b_id)
            .where(condition).order_by(a.full_name, b.full_name))


def _days_left(start: date, end: date, round_ends: Iterable[date | None]) -> tuple[date, date]:
    """The days new rounds share: those after the last dated round, or the whole program when earlier
    rounds have no dates or leave no day."""
    last = max((day for day in round_ends if day is not None), default=None)
    if last is not None and last < end:
        return max(start, last + timedelta(days=1)), end
    return start, end


def _reason(reason: str) -> str:
    return text_fields.line(Pairing.reason, reason, _("The reason for the pair"))


def _program(session: Session, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFound(_("This program no longer exists."))
    return program


def _problems(session: Session, program_id: int, pairs: Iterable[tuple[int, int]]) -> list[str]:
    """Why each pair may not be made, in plain words; empty when all may."""
    pairs = list(pairs)
    ids = {pid for pair in pairs for pid in pair}
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}
    sides = dict(session.execute(select(Enrollment.person_id, Enrollment.side).where(
        Enrollment.program_id == program_id, Enrollment.person_id.in_(ids))).all())
    made = {(a, b) for a, b in session.execute(select(Pairing.person_a_id, Pairing.person_b_id).where(
        Pairing.program_id == program_id))}
    excluded = {frozenset(pair) for pair in session.execute(
        select(PairExclusion.person_a_id, PairExclusion.person_b_id).where(
            _applies_to(program_id)))}
    problems, seen = [], set()
    for a_id, b_id in pairs:
        a, b = people.get(a_id), people.get(b_id)
        if a is None or b is None:
            problems.append(_("A chosen person no longer exists."))
            continue
        pair = _("{a} with {b}").format(a=a.full_name, b=b.full_name)
        if sides.get(a_id) is not Side.A or sides.get(b_id) is not Side.B:
            problems.append(_("{pair}: the first must be enrolled on side A and the second on side B.").format(
                pair=pair))
        elif not a.active or not b.active:
            problems.append(_("{pair}: one of them has been deactivated.").format(pair=pair))
        elif is_manager_pair(_participant(a), _participant(b)):
            problems.append(_("{pair}: one is the other's manager.").format(pair=pair))
        elif frozenset((a_id, b_id)) in excluded:
            problems.append(_("{pair}: the coordinator excluded this pair.").format(pair=pair))
        elif (a_id, b_id) in made:
            problems.append(_("{pair}: already paired in this program.").format(pair=pair))
        elif (a_id, b_id) in seen:
            problems.append(_("{pair}: appears twice.").format(pair=pair))
        seen.add((a_id, b_id))
    return problems


def _participant(person: Person) -> Participant:
    return Participant(person.id, person.location, person.time_zone, 1, person.manager_id)
