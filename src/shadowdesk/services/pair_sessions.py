"""The pair as the unit of scheduling: who hosts a pair's session, which pair a session belongs to, and the
sessions of a program that belong to none.

A pair joins a person of side A (by default Sales) with one of side B (Project Management). In a project
shadow the salesperson joins the PM's project work, so side B hosts; at a customer visit the PM joins the
salesperson, so side A hosts. The CLI, the session editor and the demo all ask here, so the rule has one home.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from shadowdesk.labels import label
from shadowdesk.model import Pairing, PairingStatus, Person, Program, SessionKind, ShadowSession, session_guest
from shadowdesk.rules.recurrence import Repeat
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.services.schedule_types import SessionDraft
from shadowdesk.storage import Database
from shadowdesk.translation import _


@dataclass(frozen=True)
class PairChoice:
    """A confirmed pair of a program, as the session editor's Pair field lists it."""

    id: int
    program_id: int
    person_a_id: int
    person_a_name: str
    person_b_id: int
    person_b_name: str
    round: int | None

    @property
    def label(self) -> str:
        return f"{self.person_a_name} & {self.person_b_name}"

    def roles(self, kind: SessionKind) -> tuple[int, int]:
        """(host, guest) of a session of this kind."""
        return host_and_guest(kind, self.person_a_id, self.person_b_id)


@dataclass(frozen=True)
class UnlinkedSession:
    id: int
    program: str
    starts_at: datetime
    kind: SessionKind
    host: str
    guests: str


def host_and_guest(kind: SessionKind, side_a_person: int, side_b_person: int) -> tuple[int, int]:
    """(host, guest) of a pair's session: side B hosts a project shadow, side A a customer visit."""
    if kind is SessionKind.PROJECT_SHADOW:
        return side_b_person, side_a_person
    return side_a_person, side_b_person


def pair_matching(pairs: Sequence[PairChoice], host_id: int, guest_ids: Sequence[int]) -> PairChoice | None:
    """The pair whose two people are exactly this host and this one guest, either way round."""
    if len(guest_ids) != 1:
        return None
    people = {host_id, guest_ids[0]}
    found = [pair for pair in pairs if {pair.person_a_id, pair.person_b_id} == people]
    return found[0] if len(found) == 1 else None


class PairScheduling:
    def __init__(self, database: Database) -> None:
        self._db = database

    def pairs(self, program_id: int) -> list[PairChoice]:
        """The program's confirmed pairs, by round and then in the order they were made."""
        a, b = aliased(Person), aliased(Person)
        with self._db.session() as s:
            rows = s.execute(
                select(Pairing.id, Pairing.program_id, a.id, a.full_name, b.id, b.full_name, Pairing.round)
                .join(a, a.id == Pairing.person_a_id)
                .join(b, b.id == Pairing.person_b_id)
                .where(Pairing.program_id == program_id, Pairing.status == PairingStatus.CONFIRMED)
                .order_by(Pairing.round, Pairing.id)
            )
            return [PairChoice(*row) for row in rows]

    def pair(self, pair_id: int) -> PairChoice:
        a, b = aliased(Person), aliased(Person)
        with self._db.session() as s:
            row = s.execute(
                select(Pairing.id, Pairing.program_id, a.id, a.full_name, b.id, b.full_name, Pairing.round,
                       Pairing.status)
                .join(a, a.id == Pairing.person_a_id)
                .join(b, b.id == Pairing.person_b_id)
                .where(Pairing.id == pair_id)
            ).first()
        if row is None:
            raise NotFound(_("There is no pair {pair_id}; `shadowdesk pairs list PROGRAM` shows each "
                             "pair's id.").format(pair_id=pair_id))
        if row.status is not PairingStatus.CONFIRMED:
            raise UserError(_("Pair {pair_id} is {status}, not confirmed: only a confirmed pair has "
                              "sessions planned for it.").format(pair_id=pair_id,
                                                                      status=label(row.status).lower()))
        return PairChoice(*row[:7])

    def draft(self, pair_id: int, kind: SessionKind, local_start: datetime, duration: timedelta,
              time_zone: str | None = None, location: str = "", customer_id: int | None = None,
              project_id: int | None = None, agenda: str = "", repeat: Repeat | None = None) -> SessionDraft:
        """A session of the pair: host and guest the right way round for the kind, the start a wall-clock time
        in time_zone, else in the host's own zone."""
        pair = self.pair(pair_id)
        host_id, guest_id = pair.roles(kind)
        with self._db.session() as s:
            zone_name = time_zone or s.scalar(select(Person.time_zone).where(Person.id == host_id)) or "UTC"
        try:
            zone = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            raise UserError(_("{time_zone!r} is not a known time zone (use a name like Europe/Berlin).").format(
                time_zone=zone_name)) from None
        return SessionDraft(kind, host_id, (guest_id,), local_start.replace(tzinfo=zone), duration, zone_name,
                            location, pair.program_id, pair.id, customer_id, project_id, agenda, repeat)

    def unlinked(self) -> list[UnlinkedSession]:
        """Sessions of a program that belong to no pair (made outside the rotation, or from before sessions
        were tied to pairs and not matched to exactly one pair), oldest first."""
        guest = aliased(Person)
        joined = func.group_concat if self._db.is_sqlite else func.string_agg
        guests = (select(joined(guest.full_name, ", "))
                  .select_from(session_guest).join(guest, guest.id == session_guest.c.person_id)
                  .where(session_guest.c.session_id == ShadowSession.id).scalar_subquery())
        with self._db.session() as s:
            rows = s.execute(
                select(ShadowSession.id, Program.name, ShadowSession.starts_at, ShadowSession.kind, Person.full_name,
                       guests)
                .join(Program, Program.id == ShadowSession.program_id)
                .join(Person, Person.id == ShadowSession.host_id)
                .where(ShadowSession.pairing_id.is_(None))
                .order_by(ShadowSession.starts_at, ShadowSession.id)
            )
            return [UnlinkedSession(session_id, program, starts_at, kind, host, guest_names or "")
                    for session_id, program, starts_at, kind, host, guest_names in rows]

