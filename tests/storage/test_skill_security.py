"""The team server enforces who reads and who gives skill levels itself: each login, reading skill_rating
with raw SQL, gets exactly the rows services/skills.rating_visible_to allows it; a rating may only be added
by the person it is about (self), the host of a session that taught the skill (observed) or a coordinator
(recorded), and never changed; the catalogue is the coordinators', a session's skills its host's.

PostgreSQL only (row-level security). The world is tests/services/skills_world.py: three salespeople, each
paired with one project manager who hosted and observed them; olga is enrolled and paired with nobody.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from shadowdesk.model import Side, SkillRating
from shadowdesk.services.identity import TeamServer
from shadowdesk.services.skills import SkillDraft, SkillService, rating_visible_to
from shadowdesk.storage import open_database, row_security
from tests.services.skills_world import PMS, SALES, build_skills_world

pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
COORDINATORS = ("cora",)
EVERYONE = (*SALES, *PMS, "olga", "cora")


@dataclass
class SkillTeam:
    url: str
    world: object  # SkillsWorld, built as the database owner
    login: dict[str, str]

    def raw(self, name: str, sql: str, **params) -> list:
        engine = create_engine(self.url_as(name))
        try:
            with engine.begin() as connection:
                result = connection.execute(text(sql), params)
                return result.all() if result.returns_rows else []
        finally:
            engine.dispose()

    def url_as(self, name: str) -> str:
        return make_url(self.url).set(username=self.login[name]).render_as_string(hide_password=False)

    def refused(self, name: str, sql: str, **params) -> bool:
        """True when the server refuses the statement for lack of a right or by a policy."""
        try:
            self.raw(name, sql, **params)
        except ProgrammingError as exc:
            assert exc.orig.sqlstate == row_security.INSUFFICIENT_PRIVILEGE, exc
            return True
        return False


def _team(db, database_url, tmp_path) -> SkillTeam:
    world = build_skills_world(db, tmp_path)
    server = TeamServer(db)
    server.init()
    prefix = make_url(database_url).database
    logins = {name: f"{prefix}_{name}" for name in EVERYONE}
    for name in EVERYONE:
        server.grant(f"{name}@example.com", "coordinator" if name in COORDINATORS else "participant",
                     login=logins[name])
    return SkillTeam(database_url, world, logins)


@pytest.fixture
def team(db, database_url, tmp_path) -> SkillTeam:
    return _team(db, database_url, tmp_path)


def _allowed(db, team: SkillTeam, name: str) -> set[int]:
    """What the app's rule lets this person read (computed as the owner, who sees every row)."""
    with db.session() as s:
        return set(s.scalars(select(SkillRating.id).where(
            rating_visible_to(team.world.ids[name], name in COORDINATORS))))


def _insert(team: SkillTeam, name: str, person: str, kind: str, *, rated_by: str | None = None,
            session_id: int | None = None, recorded_on: str | None = None) -> bool:
    """Whether the server refused name's raw INSERT of a level 4 of kind on person (estimating)."""
    ids = team.world.ids
    return team.refused(
        name, "INSERT INTO skill_rating (skill_id, person_id, kind, level, rated_by_id, rated_at, session_id, "
        "recorded_on, note) VALUES (:skill, :person, :kind, 4, :by, now(), :session, "
        "CAST(:recorded_on AS date), '')", skill=team.world.estimating, person=ids[person], kind=kind,
        by=ids[rated_by or name], session=session_id, recorded_on=recorded_on)


def test_every_login_reads_exactly_the_ratings_the_apps_rule_allows(db, team):
    with db.session() as s:
        every_rating = set(s.scalars(select(SkillRating.id)))
    for name in EVERYONE:
        allowed = _allowed(db, team, name)
        assert {row.id for row in team.raw(name, "SELECT id FROM skill_rating")} == allowed, name
        if name not in COORDINATORS:
            assert allowed < every_rating, name  # nobody but the office reads everything
    sam, sara = team.world.ids["sam"], team.world.ids["sara"]
    assert {row.person_id for row in team.raw("sara", "SELECT person_id FROM skill_rating")} == {sara}
    assert {row.person_id for row in team.raw("piotr", "SELECT person_id FROM skill_rating")} == {sara}
    assert team.raw("olga", "SELECT id FROM skill_rating") == []
    assert sam in {row.person_id for row in team.raw("cora", "SELECT person_id FROM skill_rating")}


def test_a_participant_cannot_rate_someone_else_or_change_a_rating(team):
    session = team.world.sessions["sara"]
    assert _insert(team, "sara", "sam", "self_end", rated_by="sam")  # a self-rating of someone else
    assert _insert(team, "sara", "sara", "self_end", rated_by="sam")  # in another's name
    assert _insert(team, "sam", "sara", "observed", session_id=session)  # not the host of sara's session
    assert _insert(team, "sara", "sara", "recorded", recorded_on="2026-01-10")  # only coordinators record
    assert _insert(team, "piotr", "sam", "observed", session_id=session)  # sam was no guest of it
    assert team.refused("sara", "UPDATE skill_rating SET level = 4")
    assert team.refused("sara", "DELETE FROM skill_rating")
    assert not _insert(team, "sara", "sara", "self_end")
    assert not _insert(team, "piotr", "sara", "observed", session_id=session)
    assert not _insert(team, "cora", "sam", "recorded", recorded_on="2026-01-10")


def test_through_the_services_each_person_gives_the_levels_that_are_theirs_to_give(team):
    world, estimating = team.world, team.world.estimating
    for name, give in (
            ("sara", lambda skills: skills.rate_self(world.ids["sara"], estimating, "end", 4, world.viewer("sara"))),
            ("piotr", lambda skills: skills.set_session_skills(world.sessions["sara"], [estimating],
                                                               world.viewer("piotr"))),
            ("piotr", lambda skills: skills.rate_observed(world.ids["sara"], estimating, 4, world.ids["piotr"], None,
                                                          world.viewer("piotr")))):
        database = open_database(team.url_as(name))
        try:
            give(SkillService(database))
        finally:
            database.dispose()
    as_sam = open_database(team.url_as("sam"))
    try:
        matrix = SkillService(as_sam).matrix(world.program_id, world.viewer("sam"))
    finally:
        as_sam.dispose()
    assert [row.full_name for row in matrix.rows] == ["Sam", "Paula"]  # himself and his partner
    column = [skill.id for skill in matrix.skills].index(estimating)
    assert matrix.rows[0].level(column).observed == 3  # as Paula observed him; sara's new levels are not his


def test_through_the_services_a_modified_client_is_refused_in_plain_words(team):
    """A client that skips the service's own checks (actor None: the program office) gets no further."""
    as_sara = open_database(team.url_as("sara"))
    try:
        skills = SkillService(as_sara)
        with pytest.raises(row_security.NotPermitted, match="row-level security"):
            skills.rate_self(team.world.ids["sam"], team.world.estimating, "end", 4, None)
        with pytest.raises(row_security.NotPermitted, match="permission denied for table skill"):
            skills.add(team.world.program_id, Side.A, SkillDraft("Reading a purchase order"), None)
    finally:
        as_sara.dispose()


def test_the_catalogue_is_the_coordinators_and_a_sessions_skills_its_hosts(team):
    session, estimating = team.world.sessions["sara"], team.world.estimating
    assert team.refused("sara", "UPDATE skill SET name = 'x'")
    assert not team.refused("cora", "UPDATE skill SET description = 'checked' WHERE id = :id", id=estimating)
    untick = "DELETE FROM session_skill WHERE session_id = :s RETURNING skill_id"
    assert team.raw("sara", untick, s=session) == []  # a guest: the row is not hers to remove
    assert team.raw("piotr", untick, s=session) == [(estimating,)]  # the host
    tick = "INSERT INTO session_skill (session_id, skill_id) VALUES (:s, :k)"
    assert team.refused("sara", tick, s=session, k=estimating)
    assert not team.refused("piotr", tick, s=session, k=estimating)


def test_server_init_itself_protects_the_ratings(db, database_url, tmp_path):
    team = _team(db, database_url, tmp_path)
    assert team.raw("olga", "SELECT id FROM skill_rating") == []
