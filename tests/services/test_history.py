"""A record's history through the services: who created it and who changed which fields when, by name,
without a word of a note's text; a note's history only for its readers; and the Reload/Overwrite question
names who saved the record meanwhile and when. On SQLite the people are the file's owner (in two windows);
on PostgreSQL two logins, each its own person."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from shadowdesk.model import Person, Visibility
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.history import HistoryService
from shadowdesk.services.identity import IdentityService, TeamServer
from shadowdesk.services.people import PeopleService
from shadowdesk.storage import Database, open_database
from tests.services.notes_world import World, build_world, write_note
from tests.storage.test_audit_triggers import _login_url

SECRET = "Der Kunde zahlt nie pünktlich"


@dataclass(frozen=True)
class Team:
    world: World
    host: Database  # signed in as the session's host (Małgorzata Wiśniewska)
    guest: Database  # as its guest (Łukasz Łukasiewicz); on SQLite the owner again, in another window


@pytest.fixture
def team(db, database_url) -> Team:
    world = build_world(db)
    if db.is_sqlite:
        IdentityService(db).claim_ownership(world.host)
        other_window = open_database(database_url, migrate=False)
        yield Team(world, db, other_window)
        other_window.dispose()
        return
    server = TeamServer(db)
    server.init()
    prefix = make_url(database_url).database
    opened = []
    for local in ("gosia", "lukasz"):
        server.grant(f"{local}@example.com", "coordinator", login=f"{prefix}_{local}")
        opened.append(open_database(_login_url(database_url, f"{prefix}_{local}")))
    yield Team(world, *opened)
    for database in opened:
        database.dispose()


def test_a_notes_history_lists_its_creation_then_its_changes_by_name_and_no_word_of_its_text(db, team):
    note = write_note(team.host, team.world, team.world.host, SECRET, Visibility.PAIR)

    changes = HistoryService(team.host).of("note", note)

    assert [(c.what, c.by) for c in changes] == [("created", "Małgorzata Wiśniewska")] + [
        ("changed", "Małgorzata Wiśniewska")] * 2
    assert {"answers", "free_text", "rating"} <= set(changes[1].columns)
    assert {"status", "submitted_at"} <= set(changes[2].columns)
    assert changes[0].at <= changes[1].at <= changes[2].at
    with db.session() as s:  # as the database's owner: every row of the log, every column
        log = " ".join(str(row) for row in s.execute(text("SELECT * FROM change_log")))
    assert "Małgorzata" not in log and SECRET not in log and "pünktlich" not in log
    assert "free_text" in log  # the check above looked at the log's rows


def test_a_notes_history_is_for_its_readers_only(db, team):
    private = write_note(team.guest, team.world, team.world.guest, SECRET, Visibility.PRIVATE)

    assert HistoryService(team.host).of("note", private) == []
    if not db.is_sqlite:  # a file has one reader, its owner; on a team server the author signs in too
        assert [c.what for c in HistoryService(team.guest).of("note", private)][0] == "created"


def test_the_stale_question_names_who_saved_the_record_meanwhile_and_when(db, team):
    first, second = PeopleService(team.host), PeopleService(team.guest)
    colleague = team.world.colleague
    opened_by_first, opened_by_second = first.get_person(colleague), second.get_person(colleague)
    first.edit_person(colleague, replace(opened_by_first.as_input(), job_title="Account Executive"),
                      opened_by_first.version)

    with pytest.raises(StaleRecord) as refused:
        second.edit_person(colleague, replace(opened_by_second.as_input(), job_title="Key Account Manager"),
                           opened_by_second.version)

    with db.session() as s:
        saved_at = s.get_one(Person, colleague).changed_at
    assert saved_at is not None
    who = "you in another window" if db.is_sqlite else "Małgorzata Wiśniewska"
    assert str(refused.value) == (f"佐藤 美咲 was changed by {who} at {saved_at.astimezone():%H:%M on %d %b %Y} "
                                  "since you opened it.")
    assert refused.value.changed_by == ("you" if db.is_sqlite else "Małgorzata Wiśniewska")
    assert refused.value.changed_at == saved_at


def test_the_history_of_a_person_a_program_or_a_session_is_found_by_what_the_user_knows(db, team):
    history = HistoryService(team.host)
    person = history.look_up("person", "MISAKI@example.com")
    assert person == team.world.colleague
    assert history.look_up("program", "Spring") == team.world.program
    assert history.look_up("session", str(team.world.session)) == team.world.session
    with pytest.raises(UserError, match="Nobody in the roster has the address nobody@example.com"):
        history.look_up("person", "nobody@example.com")
    with pytest.raises(UserError, match="no history of a 'customer'"):
        history.of("customer", 1)
