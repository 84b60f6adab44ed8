"""A small program made through the services, for the tests of the session editor and the plan review:
three salespeople and two project managers enrolled, one person outside the program, two skills."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from shadowdesk.app import AppContext
from shadowdesk.domain import Side
from shadowdesk.services.people import PersonInput
from shadowdesk.services.programs import ProgramDraft
from shadowdesk.services.skills import SkillDraft

PEOPLE = (
    # name, email, department, zone; side (None: not enrolled)
    ("Anna Sales", "anna@x.example", "Sales", "Europe/Berlin", Side.A),
    ("Bo Sales", "bo@x.example", "Sales", "Europe/Berlin", Side.A),
    ("Cem Sales", "cem@x.example", "Sales", "Europe/Berlin", Side.A),
    ("Dora PM", "dora@x.example", "Project Management", "Europe/Warsaw", Side.B),
    ("Eli PM", "eli@x.example", "Project Management", "Europe/Warsaw", Side.B),
    # Sorted first by name, but not in the program: the enrolled people must still come first.
    ("Aaron Outsider", "aaron@x.example", "Finance", "America/New_York", None),
)
PROGRAM = "Winter Swap"


@dataclass(frozen=True)
class World:
    services: object
    program_id: int
    ids: dict[str, int]  # first name -> person id
    skills: dict[str, int]  # skill name -> id


def make_world(services) -> World:
    ids = {}
    for name, email, department, zone, _side in PEOPLE:
        ids[name.split()[0]] = services.people.add_person(PersonInput(name, email, department, "", "Office", zone))
    program = services.programs.create(ProgramDraft(PROGRAM, date(2026, 11, 2), date(2027, 1, 31),
                                                    target_sessions_per_pair=2, target_hours_per_participant=3))
    for side in Side:
        services.programs.enroll(program.id, side, [ids[n.split()[0]] for n, *_r, s in PEOPLE if s is side])
    skills = {name: services.skills.add(program.id, side, SkillDraft(name), None).id
              for name, side in (("Reading a statement of work", Side.A), ("Pricing a quote", Side.B))}
    return World(services, program.id, ids, skills)


@pytest.fixture(name="world")
def world_fixture(app_paths, database_url) -> World:
    context = AppContext(app_paths, database_url)
    yield make_world(context.services)
    context.close()
