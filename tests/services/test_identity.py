"""Who you are: the owner of a file (claimed once), or on a team server the login connected; never a choice."""

from __future__ import annotations

import pytest

from shadowdesk.model import Person
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.services.identity import ROLES, IdentityService, TeamServer
from shadowdesk.storage import open_database


def _people(db) -> tuple[int, int]:
    with db.transaction() as s:
        anna = Person(full_name="Anna Nowak", email="anna@example.com")
        bea = Person(full_name="Bea Berg", email="bea@example.com")
        s.add_all([anna, bea])
        s.flush()
        return anna.id, bea.id


def test_a_file_belongs_to_the_one_person_who_claimed_it_and_to_nobody_else(sqlite_db):
    anna, bea = _people(sqlite_db)
    identity = IdentityService(sqlite_db)
    assert identity.whoami() is None  # first run: nobody yet
    claimed = identity.claim_ownership(anna)
    assert (claimed.person_id, claimed.email, claimed.roles) == (anna, "anna@example.com", frozenset(ROLES))
    with pytest.raises(UserError, match="already belongs to Anna Nowak"):
        identity.claim_ownership(bea)
    assert IdentityService(sqlite_db).whoami() == claimed == identity.owner()


def test_only_someone_in_the_roster_and_active_can_own_a_file(sqlite_db):
    anna, _ = _people(sqlite_db)
    with sqlite_db.transaction() as s:
        s.get(Person, anna).active = False
    identity = IdentityService(sqlite_db)
    for person_id in (anna, 9999):
        with pytest.raises(NotFound, match="not in the roster"):
            identity.claim_ownership(person_id)
    assert identity.owner() is None


def test_nobody_claims_a_team_server_and_a_file_has_no_server_commands(db):
    anna, _ = _people(db)
    if db.is_sqlite:
        with pytest.raises(UserError, match="not a team server"):
            TeamServer(db)
        return
    with pytest.raises(UserError, match="sign in with their own login"):
        IdentityService(db).claim_ownership(anna)
    # The test server's login is the superuser: refused, with the reason.
    with pytest.raises(UserError, match="The login postgres is a superuser: PostgreSQL shows it every note"):
        IdentityService(db).whoami()


@pytest.fixture
def pg_db(postgres_server):
    database = open_database(postgres_server.new_database())
    yield database
    database.dispose()


def test_grant_refuses_an_unknown_role_an_unknown_person_and_a_taken_login(pg_db):
    """Logins exist on a team server only."""
    db = pg_db
    _people(db)
    server = TeamServer(db)
    server.init()
    with pytest.raises(UserError, match="no role 'boss'"):
        server.grant("anna@example.com", "boss")
    with pytest.raises(NotFound, match="Nobody in the roster has the address zed@example.com; add them first"):
        server.grant("zed@example.com", "participant")
    login = db.engine.url.database + "_anna"
    assert server.grant("ANNA@example.com", "participant", login=login).created
    with pytest.raises(UserError, match=f"The login {login} already signs in as Anna Nowak"):
        server.grant("bea@example.com", "participant", login=login)
    with pytest.raises(UserError, match=f"Anna Nowak already signs in as {login}"):
        server.grant("anna@example.com", "manager", login=login + "2")
    with pytest.raises(UserError, match="The login postgres is a superuser"):
        server.grant("bea@example.com", "coordinator", login="postgres")
