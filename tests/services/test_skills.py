"""The skills matrix through the services, on SQLite and PostgreSQL: the catalogue, ratings and their
history, coverage and gaps, who may write what, and who reads whose ratings."""

from __future__ import annotations

from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import event, func, select

from shadowdesk.domain import Side
from shadowdesk.model import Base, SkillRating
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.skills import SkillDraft, rating_visible_to
from tests.services.skills_world import ESTIMATING, OBSERVED_LEVELS, build_skills_world

SKILL_TABLES = {"skill", "session_skill", "skill_rating"}


@pytest.fixture
def world(db, tmp_path):
    return build_skills_world(db, tmp_path)


def test_migration_0007_builds_the_tables_the_model_declares(db):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "include_name": lambda name, kind, _parent: kind != "table" or name in SKILL_TABLES,
            "include_object": lambda item, name, kind, *_: kind != "table" or name in SKILL_TABLES})
        differences = compare_metadata(context, Base.metadata)
    ours = [d for d in differences if any(table in repr(d) for table in SKILL_TABLES)]
    assert ours == []


def test_the_starter_catalogue_gives_each_side_six_skills_with_a_rubric_per_level(world):
    skills = world.skills.catalogue(world.program_id)
    assert [s.side for s in skills].count(Side.A) == 6 and [s.side for s in skills].count(Side.B) == 6
    assert all(len(s.rubric) == 5 and all(s.rubric) for s in skills)
    estimating = world.skills.find(world.program_id, "estimating A PROJECT")  # any case
    assert estimating.side is Side.A and "TM leverage" in estimating.description  # salespeople learn it
    assert world.skills.find(world.program_id, "Running a discovery call").side is Side.B
    coordinator = world.viewer("cora", "coordinator")
    assert world.skills.load_starter(world.program_id, "en", coordinator) == 0  # loaded once only
    assert world.skills.load_starter(world.program_id, "de", coordinator) == 12  # the German names are new
    assert world.skills.find(world.program_id, "Ein Projekt kalkulieren").side is Side.A
    with pytest.raises(UserError, match="en, de, fr"):
        world.skills.load_starter(world.program_id, "xx", coordinator)


def test_coordinators_edit_the_catalogue_and_nobody_else(world):
    skills, coordinator = world.skills, world.viewer("cora", "coordinator")
    added = skills.add(world.program_id, Side.B, SkillDraft("Reading a \x1bRFP\u200b ", "What\x07 they ask\n"),
                       coordinator)
    assert (added.name, added.description, added.rubric[3]) == ("Reading a RFP", "What they ask", "Does it alone")
    with pytest.raises(UserError, match="already has a skill called “Reading a RFP”"):
        skills.add(world.program_id, Side.A, SkillDraft("reading a rfp"), coordinator)
    with pytest.raises(UserError, match="Only a coordinator"):
        skills.add(world.program_id, Side.A, SkillDraft("Cold calling"), world.viewer("sara"))
    renamed = skills.update(added.id, SkillDraft("Reading an RFP", "Requirements first", target_level=2),
                            added.version_id, coordinator)
    assert (renamed.name, renamed.target_level) == ("Reading an RFP", 2)
    with pytest.raises(StaleRecord):  # a second window still holding the first version
        skills.update(added.id, SkillDraft("Reading RFPs"), added.version_id, coordinator)
    with pytest.raises(UserError, match="from 0 to 4"):
        skills.update(added.id, SkillDraft("Reading RFPs", target_level=5), renamed.version_id, coordinator)


def test_every_rating_is_kept_and_the_current_level_is_the_latest_of_each_kind(world, db):
    sara = world.ids["sara"]
    world.skills.rate_self(sara, world.estimating, "start", 2, world.viewer("sara"))  # corrects her 1
    coordinator = world.viewer("cora", "coordinator")
    world.skills.record(sara, world.estimating, 4, date(2026, 1, 10), "Certificate", coordinator)
    world.skills.record(sara, world.estimating, 1, date(2025, 5, 1), "Older course", coordinator)
    row = next(r for r in world.skills.matrix(world.program_id, None).rows if r.person_id == sara)
    levels = row.levels[0]
    # Self and observed side by side, never merged; the record dated later wins over one entered later.
    assert (levels.self_start, levels.self_end, levels.observed, levels.recorded) == (2, 2, 3, 4)
    with db.session() as s:
        kept = s.scalar(select(func.count()).select_from(SkillRating).where(SkillRating.person_id == sara))
    assert kept == 6  # two starts, an end, an observed level, two records


def test_observed_levels_come_from_the_host_of_a_completed_session_that_taught_the_skill(world):
    skills, sara, piotr = world.skills, world.ids["sara"], world.ids["piotr"]
    schedule = skills.find(world.program_id, "Building a schedule").id
    with pytest.raises(UserError, match="meant to teach “Building a schedule”"):
        skills.rate_observed(sara, schedule, 3, piotr, None, world.viewer("piotr"))
    with pytest.raises(UserError, match="Only the session's host"):
        skills.rate_observed(sara, world.estimating, 3, piotr, None, world.viewer("sam"))
    with pytest.raises(UserError, match="completed session that this host led with this guest"):  # not his guest
        skills.rate_observed(world.ids["sam"], world.estimating, 3, piotr, None, world.viewer("piotr"))
    with pytest.raises(UserError, match="whole number from 0 to 4"):
        skills.rate_observed(sara, world.estimating, 7, piotr, None, world.viewer("piotr"))
    assert skills.rate_observed(sara, world.estimating, 4, piotr, None, world.viewer("piotr")) == world.sessions["sara"]
    with pytest.raises(UserError, match="learned by the other side"):
        skills.rate_self(piotr, world.estimating, "start", 4, world.viewer("piotr"))
    with pytest.raises(UserError, match="Only the person themselves"):
        skills.rate_self(sara, world.estimating, "end", 4, world.viewer("piotr"))
    with pytest.raises(UserError, match="Only a coordinator"):
        skills.record(sara, world.estimating, 4, date(2026, 1, 1), "", world.viewer("sara"))


def test_coverage_counts_the_learners_before_and_after_and_the_teachers_of_the_other_side(world):
    world.skills.record(world.ids["piotr"], world.estimating, 4, date(2026, 2, 1), "Trainer",
                        world.viewer("cora", "coordinator"))
    estimating = world.skills.coverage(world.program_id)[0]
    assert estimating.name == ESTIMATING and estimating.learning_department == "Sales"
    assert (estimating.learners, estimating.before_2, estimating.after_2) == (3, 1, 3)
    assert (estimating.before_3, estimating.after_3) == (0, 1)
    assert estimating.confirmed_3 == sum(level >= 3 for level in OBSERVED_LEVELS) == 2
    assert estimating.teachers == 1  # piotr, recorded at 4; self-ratings never make a teacher
    assert estimating.below_target == 1  # sofia: observed at 1
    assert estimating.mean_gain == pytest.approx(4 / 3)


def test_a_persons_gaps_are_measured_on_what_others_confirmed_before_their_own_word(world):
    gaps = {g.skill: g for g in world.skills.gaps(world.program_id, world.ids["sofia"], None)}
    assert len(gaps) == 6  # her side's skills only
    assert (gaps[ESTIMATING].level, gaps[ESTIMATING].source, gaps[ESTIMATING].gap) == (1, "confirmed", 2)
    assert (gaps["Building a schedule"].source, gaps["Building a schedule"].gap) == ("no rating", 3)


def test_a_participant_reads_their_own_ratings_and_their_partners_only(world):
    def rows(viewer):
        return {r.full_name: r.levels[0] for r in world.skills.matrix(world.program_id, viewer).rows}

    assert set(rows(world.viewer("sara"))) == {"Sara", "Piotr"}  # herself and her partner
    assert rows(world.viewer("piotr"))["Sara"].observed == 3  # the level he gave, as her partner
    assert set(rows(world.viewer("olga"))) == {"Olga"}  # enrolled, paired with nobody
    assert set(rows(world.viewer("cora", "coordinator"))) == {"Sara", "Sam", "Sofia", "Piotr", "Paula", "Pavel",
                                                             "Olga"}
    assert rows(None)["Sam"].self_end == 3  # the program office without a signed-in person
    with pytest.raises(UserError, match="not yours to read"):
        world.skills.gaps(world.program_id, world.ids["sam"], world.viewer("sara"))


def test_the_sql_rule_itself_hides_other_peoples_ratings(world, db):
    """The condition the team server's policy is made of, applied as raw rows are read."""
    with db.session() as s:
        def readable(viewer_id, office=False):
            return set(s.execute(select(SkillRating.person_id, SkillRating.kind)
                                 .where(rating_visible_to(viewer_id, office))).all())

        everyone = readable(None)
        sara, piotr, sam = world.ids["sara"], world.ids["piotr"], world.ids["sam"]
        assert {person for person, _ in readable(sara)} == {sara}  # piotr has no ratings of his own yet
        assert {person for person, _ in readable(piotr)} == {sara}  # his partner's (and the one he gave)
        assert {person for person, _ in readable(world.ids["olga"])} == set()
        assert readable(sam, office=True) == everyone and len(everyone) == 9


def test_the_matrix_is_read_in_two_queries_whatever_the_size(world, db):
    statements = []

    def seen(_connection, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        matrix = world.skills.matrix(world.program_id, None)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert len(matrix.rows) == 7 and len(matrix.skills) == 12
    selects = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]
    assert len([sql for sql in selects if "skill_rating" in sql or "enrollment" in sql]) == 2


def test_the_matrix_exports_to_a_formula_safe_csv(world, tmp_path):
    world.skills.add(world.program_id, Side.A, SkillDraft("=HYPERLINK(1)"), world.viewer("cora", "coordinator"))
    path = tmp_path / "matrix.csv"
    assert world.skills.export_matrix(world.program_id, path, None) == 7
    text = path.read_text(encoding="utf-8-sig")
    header, first = text.splitlines()[:2]
    assert header.startswith("name,email,side,Estimating a project: self start,")
    assert "'=HYPERLINK(1): self start" in header
    assert first.startswith("Sam,sam@example.com,Sales,2,3,3,,")

