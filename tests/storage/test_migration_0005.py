"""Migration 0005: sessions of a database at schema 0004 are linked to their pair where exactly one pair of
the program is made of the session's host and a guest (either way round); the rest stay unlinked. The
customers and projects already there come through active, at version 1."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from shadowdesk.storage import migrations, open_database

T0 = "2025-03-03 08:00:00"
T1 = "2025-03-03 09:30:00"
PEOPLE = {1: "ana", 2: "ben", 3: "cleo", 4: "dan", 5: "eve"}
# id: (program, person a, person b)
PAIRS = {
    1: (1, 1, 2),  # ana with ben
    2: (1, 3, 4),  # cleo with dan ...
    3: (1, 4, 3),  # ... and dan with cleo again: the same two people twice
    4: (1, 1, 5),  # ana with eve
    5: (2, 1, 3),  # ana with cleo, in the other program
}
# id: (program, host, guests)
SESSIONS = {
    1: (1, 2, [1]),  # ben hosts ana: pair 1 the other way round -> linked
    2: (1, 1, [2]),  # ana hosts ben: pair 1 -> linked
    3: (1, 3, [4]),  # cleo hosts dan: pairs 2 and 3 -> unlinked
    4: (1, 1, [2, 5]),  # ana hosts ben and eve: pairs 1 and 4 -> unlinked
    5: (1, 1, [3]),  # ana hosts cleo: their pair is in program 2 -> unlinked
    6: (None, 1, [2]),  # no program -> unlinked
    7: (2, 3, [1]),  # cleo hosts ana in program 2: pair 5 -> linked
}


def _at_0004(url, backups, monkeypatch):
    """A ShadowDesk database at schema 0004, opened the way the app opens one."""
    real_upgrade = migrations.upgrade
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "head_revision", lambda: "0004")
        patch.setattr(migrations, "upgrade", lambda connection, target="head": real_upgrade(connection, "0004"))
        database = open_database(url, backups)
    with database.engine.connect() as connection:
        assert migrations.current_revision(connection) == "0004"
    return database


def _fill(database) -> None:
    with database.engine.begin() as c:
        for person_id, name in PEOPLE.items():
            c.execute(text(
                "INSERT INTO person (id, full_name, email, department, job_title, location, time_zone, active, "
                "created_at, version_id) VALUES (:id, :name, :email, '', '', '', 'UTC', :yes, :t, 1)"),
                {"id": person_id, "name": name, "email": f"{name}@x.example", "yes": True, "t": T0})
        for program_id in (1, 2):
            c.execute(text(
                "INSERT INTO program (id, name, description, start_date, end_date, side_a, side_b, "
                "target_sessions_per_pair, target_hours_per_participant, status, created_at, version_id) "
                "VALUES (:id, :name, '', '2025-03-01', '2025-06-30', 'Sales', 'PM', 4, 16, 'active', :t, 1)"),
                {"id": program_id, "name": f"Program {program_id}", "t": T0})
        for pair_id, (program_id, a, b) in PAIRS.items():
            c.execute(text(
                "INSERT INTO pairing (id, program_id, person_a_id, person_b_id, status, round, reason, created_at, "
                "version_id) VALUES (:id, :program, :a, :b, 'confirmed', 1, '', :t, 1)"),
                {"id": pair_id, "program": program_id, "a": a, "b": b, "t": T0})
        c.execute(text("INSERT INTO customer (id, name, industry, country, notes) "
                       "VALUES (1, 'Nordwind Pharma', '', 'DE', '')"))
        c.execute(text("INSERT INTO project (id, customer_id, name, pm_id, description) "
                       "VALUES (1, 1, 'Label localisation', 2, '')"))
        for session_id, (program_id, host, guests) in SESSIONS.items():
            c.execute(text(
                "INSERT INTO shadow_session (id, uid, kind, program_id, host_id, starts_at, ends_at, time_zone, "
                "location, agenda, status, status_reason, accepted_warnings, sequence, created_at, updated_at, "
                "version_id) VALUES (:id, :uid, 'project_shadow', :program, :host, :t0, :t1, 'UTC', '', '', "
                "'planned', '', '', 0, :t0, :t0, 1)"),
                {"id": session_id, "uid": f"s{session_id}", "program": program_id, "host": host, "t0": T0,
                 "t1": T1})
            for guest in guests:
                c.execute(text("INSERT INTO session_guest (session_id, person_id) VALUES (:s, :p)"),
                          {"s": session_id, "p": guest})


@pytest.fixture
def upgraded(database_url, app_paths, monkeypatch):
    old = _at_0004(database_url, app_paths.backups, monkeypatch)
    _fill(old)
    old.dispose()
    database = open_database(database_url, app_paths.backups)
    yield database
    database.dispose()


def test_sessions_matching_exactly_one_pair_of_their_program_are_linked_to_it(upgraded):
    with upgraded.engine.connect() as c:
        assert migrations.current_revision(c) == migrations.head_revision()
        links = dict(c.execute(text("SELECT id, pairing_id FROM shadow_session")).all())
    assert links == {1: 1, 2: 1, 3: None, 4: None, 5: None, 6: None, 7: 5}


def test_customers_and_projects_already_there_are_active_at_version_1(upgraded):
    with upgraded.engine.connect() as c:
        customer = c.execute(text("SELECT name, active, version_id FROM customer")).one()
        project = c.execute(text("SELECT name, reference, active, version_id FROM project")).one()
        rounds = c.execute(text("SELECT DISTINCT round_start, round_end FROM pairing")).all()
    assert tuple(customer) == ("Nordwind Pharma", True, 1)
    assert tuple(project) == ("Label localisation", "", True, 1)
    assert rounds == [(None, None)]
