"""The audit trail is written by the database itself (migration 0009): a change made through the services,
a bulk insert or raw SQL is stamped with the person the database knows is connected (a file's owner, a team
server login's person), whatever the statement said; the log names the changed columns and never holds a
note's text; on a team server each login reads the history of what it may read, and writes none of it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from shadowdesk.model import ChangeLog, Person, Reflection, ShadowSession, session_guest
from shadowdesk.services.identity import IdentityService, TeamServer
from shadowdesk.services.people import PeopleService, PersonInput
from shadowdesk.storage import Database, open_database, row_security
from tests.storage import test_row_security
from tests.storage.test_row_security import PEOPLE, TeamWorld, _allowed, _office

team = test_row_security.team  # the same world: seven people in two programs, notes of every kind


@dataclass(frozen=True)
class Actor:
    """Someone changing things, connected as themselves."""

    database: Database
    person_id: int


def _login_url(url: str, login: str) -> str:
    return make_url(url).set(username=login).render_as_string(hide_password=False)


@pytest.fixture
def actors(db, database_url) -> list[Actor]:
    """On SQLite the file's owner (nobody else uses a file); on PostgreSQL two coordinators, each their login."""
    people = PeopleService(db)
    anna = people.add_person(PersonInput("Anna Nowak", "anna@example.com"))
    bea = people.add_person(PersonInput("Bea Kurz", "bea@example.com"))
    if db.is_sqlite:
        IdentityService(db).claim_ownership(anna)
        yield [Actor(db, anna)]
        return
    server = TeamServer(db)
    server.init()
    prefix = make_url(database_url).database
    opened = []
    for name, person_id in (("anna", anna), ("bea", bea)):
        server.grant(f"{name}@example.com", "coordinator", login=f"{prefix}_{name}")
        opened.append(Actor(open_database(_login_url(database_url, f"{prefix}_{name}")), person_id))
    yield opened
    for actor in opened:
        actor.database.dispose()


def _this_millisecond() -> datetime:
    """Now, cut to what SQLite's clock gives a trigger (milliseconds)."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def _log_of(db: Database, entity: str, record_id: int) -> list[tuple[str, int | None, str]]:
    with db.session() as s:
        rows = s.scalars(select(ChangeLog).where(ChangeLog.entity == entity, ChangeLog.record_id == record_id)
                         .order_by(ChangeLog.id))
        return [(row.what, row.changed_by, row.changed_columns) for row in rows]


def test_a_change_through_a_service_is_stamped_with_the_signed_in_person(db, actors):
    carl = PeopleService(actors[0].database).add_person(PersonInput("Carl Berg", "carl@example.com"))
    for number, actor in enumerate(actors):
        people = PeopleService(actor.database)
        detail = people.get_person(carl)
        before = _this_millisecond()
        people.edit_person(carl, replace(detail.as_input(), job_title=f"Title {number}"), detail.version)
        with db.session() as s:
            row = s.get_one(Person, carl)
            assert row.changed_by == actor.person_id
            assert row.changed_at is not None and before <= row.changed_at <= datetime.now(UTC)
    assert _log_of(db, "person", carl) == [("created", actors[0].person_id, "")] + [
        ("changed", actor.person_id, "job_title") for actor in actors]


def test_a_statement_naming_someone_else_is_stamped_with_who_ran_it(db, actors):
    """Raw SQL on the actor's own connection: whatever it writes into the audit columns is overridden."""
    me, someone_else = actors[0].person_id, actors[-1].person_id + 1000
    with actors[0].database.engine.begin() as connection:
        created = connection.execute(insert(Person).values(
            full_name="Dora Lis", email="dora@example.com", department="", job_title="", location="",
            time_zone="UTC", active=True, version_id=1, changed_by=someone_else,
            changed_at=datetime(2000, 1, 1, tzinfo=UTC)).returning(Person.id)).scalar_one()
        connection.execute(text("UPDATE person SET location = 'Kraków', changed_by = :other, "
                                "changed_at = '2000-01-01 00:00:00' WHERE id = :id"),
                           {"other": someone_else, "id": created})
        connection.execute(text("UPDATE person SET changed_by = :other WHERE id = :id"),
                           {"other": someone_else, "id": created})
    with db.session() as s:
        row = s.get_one(Person, created)
        assert row.changed_by == me and row.changed_at is not None and row.changed_at.year > 2000
    # The statement that only tried to rename the author changed nothing the log would list.
    assert _log_of(db, "person", created) == [("created", me, ""), ("changed", me, "location")]


def test_a_bulk_insert_and_a_delete_are_in_the_log_too(db, actors):
    database, me = actors[0].database, actors[0].person_id
    with database.transaction() as s:
        s.execute(insert(Person), [{"full_name": f"Bulk {n}", "email": f"bulk{n}@example.com"} for n in range(3)])
    with db.session() as s:
        ids = s.scalars(select(Person.id).where(Person.email.like("bulk%")).order_by(Person.id)).all()
        assert {s.get_one(Person, i).changed_by for i in ids} == {me}
    PeopleService(database).set_active(ids[0], False)
    with database.transaction() as s:
        s.delete(s.get_one(Person, ids[1]))
    assert _log_of(db, "person", ids[0]) == [("created", me, ""), ("changed", me, "active")]
    assert _log_of(db, "person", ids[1]) == [("created", me, ""), ("deleted", me, "")]


# --------------------------------------------------------------------------------------- the team server

def _committed(team: TeamWorld, name: str, sql: str, **params) -> None:
    engine = create_engine(team.url_as(name))
    try:
        with engine.begin() as connection:
            connection.execute(text(sql), params)
    finally:
        engine.dispose()


def test_a_participant_cannot_put_another_name_on_their_note_nor_write_the_log(team):
    bea, anna = team.person["bea"], team.person["anna"]
    note = next(note_id for (_, author), note_id in team.notes.items() if author == bea)
    _committed(team, "bea", "UPDATE reflection SET free_text = 'rewritten', changed_by = :anna, "
               "changed_at = '2000-01-01' WHERE id = :note", anna=anna, note=note)
    with team.owner.session() as s:
        row = s.get_one(Reflection, note)
        assert (row.free_text, row.changed_by) == ("rewritten", bea)
        assert row.changed_at is not None and row.changed_at.year > 2000
    assert _log_of(team.owner, "note", note)[-1] == ("changed", bea, "free_text")
    for statement in (
        "INSERT INTO change_log (entity, record_id, changed_by, changed_at, what, changed_columns) "
        "VALUES ('note', 1, 1, now(), 'changed', 'free_text')",
        "UPDATE change_log SET changed_by = 1", "DELETE FROM change_log",
        f"UPDATE shadow_session SET changed_by = {anna}",
    ):
        with pytest.raises(ProgrammingError) as refused:
            _committed(team, "bea", statement)
        assert refused.value.orig.sqlstate == row_security.INSUFFICIENT_PRIVILEGE, statement


def test_each_login_reads_the_history_of_what_it_may_read_and_no_more(team):
    history = "SELECT DISTINCT record_id FROM change_log WHERE entity = :entity"
    with team.owner.session() as s:
        took_part = {
            name: set(s.scalars(select(ShadowSession.id).where(ShadowSession.host_id == person))) | set(
                s.scalars(select(session_guest.c.session_id).where(session_guest.c.person_id == person)))
            for name, person in team.person.items()}
        every_session = set(s.scalars(select(ShadowSession.id)))
    for name in PEOPLE:
        notes = {row.record_id for row in team.raw(name, history, entity="note")}
        assert notes == _allowed(team, name), name
        sessions = {row.record_id for row in team.raw(name, history, entity="session")}
        assert sessions == (every_session if _office(name) else took_part[name]), name
        people = team.raw(name, history, entity="person")
        assert (len(people) == len(PEOPLE)) if _office(name) else people == [], name
