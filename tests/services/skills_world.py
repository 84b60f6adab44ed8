"""A program with the starter skills catalogue, built through the services from an empty database.

Three salespeople (side A) and three project managers (side B), paired one to one. On "Estimating a
project" the salespeople rate themselves 1, 2, 0 at the start and 2, 3, 2 at the end: 1 of 3 at level 2 or
more before, 3 of 3 after. Each PM hosted a completed project shadow that taught estimating and observed
their partner there (3, 3, 1). Ratings are given as each person signed in (a Viewer with their role).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from shadowdesk.domain import SessionKind, SessionStatus, Side
from shadowdesk.services.identity import Viewer
from shadowdesk.services.pairing import PairingService
from shadowdesk.services.people import PeopleService, PersonInput
from shadowdesk.services.programs import ProgramDraft, ProgramService
from shadowdesk.services.schedule_types import SessionDraft
from shadowdesk.services.scheduling import SchedulingService
from shadowdesk.services.skills import SkillService
from shadowdesk.settings import SettingsStore

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
PROGRAM = "Summer"
ESTIMATING = "Estimating a project"
SALES = ("sara", "sam", "sofia")
PMS = ("piotr", "paula", "pavel")
START_LEVELS = (1, 2, 0)
END_LEVELS = (2, 3, 2)
OBSERVED_LEVELS = (3, 3, 1)


@dataclass
class SkillsWorld:
    skills: SkillService
    program_id: int
    ids: dict[str, int]
    sessions: dict[str, int]  # salesperson -> the project shadow they joined
    estimating: int  # the skill's id

    def viewer(self, name: str, *roles: str) -> Viewer:
        return Viewer(self.ids[name], name.title(), f"{name}@example.com", frozenset(roles or ("participant",)))


def build_skills_world(db, tmp_path) -> SkillsWorld:
    settings = SettingsStore(tmp_path / "settings.json")
    people = PeopleService(db)
    ids = {name: people.add_person(PersonInput(name.title(), f"{name}@example.com"))
           for name in (*SALES, *PMS, "cora", "olga")}  # cora coordinates; olga is enrolled, paired with nobody
    programs = ProgramService(db)
    program = programs.create(ProgramDraft(PROGRAM, date(2026, 3, 1), date(2026, 8, 31)))
    programs.enroll(program.id, Side.A, [ids[n] for n in SALES])
    programs.enroll(program.id, Side.B, [ids[n] for n in PMS] + [ids["olga"]])
    skills = SkillService(db)
    coordinator = Viewer(ids["cora"], "Cora", "cora@example.com", frozenset({"coordinator"}))
    skills.load_starter(program.id, "en", coordinator)
    estimating = skills.find(program.id, ESTIMATING).id
    pairing = PairingService(db)
    scheduling = SchedulingService(db, settings, clock=lambda: NOW)
    sessions = {}
    for number, (sales, pm) in enumerate(zip(SALES, PMS, strict=True)):
        pair = pairing.add_manual(program.id, ids[sales], ids[pm])
        draft = SessionDraft(SessionKind.PROJECT_SHADOW, ids[pm], (ids[sales],), NOW - timedelta(days=20 - number),
                             timedelta(minutes=90), "UTC", program_id=program.id, pairing_id=pair.id)
        (session_id,) = scheduling.create(draft)
        scheduling.set_status(session_id, scheduling.get(session_id).version_id, SessionStatus.COMPLETED)
        sessions[sales] = session_id
    world = SkillsWorld(skills, program.id, ids, sessions, estimating)
    for sales, pm, start, end, observed in zip(SALES, PMS, START_LEVELS, END_LEVELS, OBSERVED_LEVELS, strict=True):
        skills.rate_self(ids[sales], estimating, "start", start, world.viewer(sales))
        skills.set_session_skills(sessions[sales], [estimating], world.viewer(pm))
        skills.rate_observed(ids[sales], estimating, observed, ids[pm], None, world.viewer(pm))
        skills.rate_self(ids[sales], estimating, "end", end, world.viewer(sales))
    return world
