"""Skills on the homes, on SQLite and PostgreSQL: a participant reads where they started and where they are
on their side's skills, nobody else's; a manager reads each running program's coverage before and after."""

from __future__ import annotations

from shadowdesk.services.dashboard import DashboardService
from shadowdesk.services.homes import HomeService
from shadowdesk.services.programs import ProgramService
from shadowdesk.services.reflections import ReflectionService
from shadowdesk.services.reports import ReportService
from shadowdesk.settings import SettingsStore
from tests.services.skills_world import ESTIMATING, NOW, PROGRAM, build_skills_world


def homes_of(db, tmp_path, world) -> HomeService:
    settings = SettingsStore(tmp_path / "home-settings.json")
    return HomeService(db, ReflectionService(db, settings), ReportService(db, settings, clock=lambda: NOW),
                       DashboardService(db), world.skills)


def levels_read(own_skill) -> tuple:
    levels = own_skill.levels
    return levels.self_start, levels.self_end, levels.observed, own_skill.skill.target_level, own_skill.gap.gap


def test_a_participant_reads_their_own_levels_at_the_start_at_the_end_and_observed(db, tmp_path):
    world = build_skills_world(db, tmp_path)
    home = homes_of(db, tmp_path, world).homes(world.viewer("sara"), NOW).participant
    (program,) = home.skills
    assert (program.program_name, program.learned_from) == (PROGRAM, "Project Management")
    first, *others = program.skills
    assert first.skill.name == ESTIMATING
    # Started at 1, says 2 now, her host saw 3: the target (3) is met on what others confirmed.
    assert levels_read(first) == (1, 2, 3, 3, 0)
    assert (first.gap.level, first.gap.source) == (3, "confirmed")
    assert len(others) == 5 and not any(skill.rated for skill in others)  # the rest: not rated yet
    assert all(skill.skill.side is program.side for skill in program.skills)  # only what her side learns
    sofia = homes_of(db, tmp_path, world).participant(world.viewer("sofia"), NOW).skills[0].skills[0]
    assert levels_read(sofia) == (0, 2, 1, 3, 2)  # observed at 1: two levels below the target


def test_a_colleague_outside_the_pair_reads_none_of_a_participants_levels(db, tmp_path):
    world = build_skills_world(db, tmp_path)
    sara = world.ids["sara"]
    (seen_by_olga,) = world.skills.own_skills(sara, world.viewer("olga"))
    assert [skill.skill.name for skill in seen_by_olga.skills][0] == ESTIMATING  # the catalogue is no secret
    assert not any(skill.rated for skill in seen_by_olga.skills)
    (seen_by_sam,) = world.skills.own_skills(sara, world.viewer("sam"))  # the same side, not her partner
    assert not any(skill.rated for skill in seen_by_sam.skills)
    (seen_by_piotr,) = world.skills.own_skills(sara, world.viewer("piotr"))  # her partner, who observed her
    assert levels_read(seen_by_piotr.skills[0])[:3] == (1, 2, 3)
    (olgas_own,) = homes_of(db, tmp_path, world).homes(world.viewer("olga"), NOW).participant.skills
    assert olgas_own.learned_from == "Sales" and not any(skill.rated for skill in olgas_own.skills)


def test_a_manager_reads_the_coverage_of_each_running_program_before_and_after(db, tmp_path):
    world = build_skills_world(db, tmp_path)
    service = homes_of(db, tmp_path, world)
    assert service.homes(world.viewer("cora", "manager"), NOW).manager.skills == {}  # a draft: not running
    ProgramService(db).activate(world.program_id)
    manager = service.homes(world.viewer("cora", "manager"), NOW).manager
    (coverage,) = manager.skills.values()
    estimating = next(skill for skill in coverage if skill.name == ESTIMATING)
    assert (estimating.learners, estimating.before_2, estimating.after_2) == (3, 1, 3)
    assert len(coverage) == 12 and list(manager.skills) == [world.program_id]
