"""An upgrade of a team server keeps it protected: `db upgrade` applies server init again in the upgrade's own
transaction, a plain start refuses to upgrade a protected server without it, and a day-to-day login is refused
while a table that should have row-level security has none.

PostgreSQL only. The server belongs to a login that is not a superuser, as docs/TEAM_SERVER.md sets it up:
row-level security (FORCE) holds that owner too, which the upgrade's copy of the notes must get past.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from shadowdesk import cli
from shadowdesk.model import ReflectionStatus, Visibility
from shadowdesk.services.identity import IdentityService, TeamServer, upgrade_database
from shadowdesk.storage import DatabaseError, migrations, open_database, row_security
from tests.services.notes_world import build_world, write_note


@dataclass
class OldServer:
    """A team server set up (server init) at schema 0009, with a note and a draft, and two people's logins."""

    admin_url: str  # the superuser's
    owner_url: str
    login: dict[str, str]  # "coordinator" / "participant" -> login

    def url_as(self, who: str) -> str:
        return make_url(self.owner_url).set(username=self.login[who]).render_as_string(hide_password=False)

    def admin(self, sql: str) -> list:
        engine = create_engine(self.admin_url)
        try:
            with engine.begin() as connection:
                result = connection.execute(text(sql))
                return result.all() if result.returns_rows else []
        finally:
            engine.dispose()


@pytest.fixture
def old_server(postgres_server) -> OldServer:
    name = make_url(postgres_server.new_database()).database + "_old"
    admin = create_engine(postgres_server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{name}" LOGIN CREATEROLE'))
        connection.execute(text(f'CREATE DATABASE "{name}" OWNER "{name}"'))
    admin.dispose()
    owner_url = make_url(postgres_server.url(name)).set(username=name).render_as_string(hide_password=False)
    database = open_database(owner_url, migrate=False)
    try:
        with database.engine.connect() as connection, connection.begin():
            migrations.upgrade(connection, "0009")
        world = build_world(database)  # written by the owner before init, as a roster import would be
        write_note(database, world, world.guest, "shared with the pair", Visibility.PAIR)
        write_note(database, world, world.host, "not finished", Visibility.PRIVATE, submit=False)
        server = TeamServer(database)
        server.init()
        login = {"coordinator": f"{name}_cora", "participant": f"{name}_bea"}
        server.grant("olaf@example.com", "coordinator", login=login["coordinator"])
        server.grant("lukasz@example.com", "participant", login=login["participant"])
    finally:
        database.dispose()
    return OldServer(postgres_server.url(name), owner_url, login)


def _policies(server: OldServer, table: str) -> list[str]:
    return [row.policyname for row in server.admin(
        f"SELECT policyname FROM pg_policies WHERE tablename = '{table}' ORDER BY policyname")]


def test_db_upgrade_of_a_protected_server_protects_the_new_table_in_the_same_run(old_server, capsys, tmp_path):
    with pytest.raises(DatabaseError, match=rf"needs an upgrade from schema 0009 to {migrations.head_revision()}.*"
                       rf"--database-url postgresql://{old_server.owner_url.split('://')[1]} db upgrade"):
        open_database(old_server.owner_url)  # a plain start, as the owner: refused, nothing changed
    assert old_server.admin("SELECT version_num FROM alembic_version")[0].version_num == "0009"
    with pytest.raises(DatabaseError, match="needs an upgrade"):
        open_database(old_server.url_as("participant"))

    assert cli.main(["--data-dir", str(tmp_path), "--database-url", old_server.owner_url, "db", "upgrade"]) == 0
    said = capsys.readouterr().out
    assert f"Upgraded the database from schema 0009 to {migrations.head_revision()}." in said
    assert "protection (server init) was applied again in the same run" in said
    assert _policies(old_server, "note_state") == ["shadowdesk_follow", "shadowdesk_read", "shadowdesk_track"]
    forced = old_server.admin("SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname IN "
                              "('note_state', 'reflection')")
    assert forced == [(True, True), (True, True)]  # reflection's FORCE, lifted for the copy, is back

    as_coordinator = open_database(old_server.url_as("coordinator"))
    try:
        with as_coordinator.engine.connect() as connection:
            states = connection.execute(text("SELECT status FROM note_state ORDER BY status")).scalars().all()
            texts = connection.execute(text("SELECT free_text FROM reflection")).scalars().all()
    finally:
        as_coordinator.dispose()
    assert states == [ReflectionStatus.DRAFT.value, ReflectionStatus.SUBMITTED.value]  # both notes were copied
    assert texts == []  # and neither is readable by the coordinator

    assert upgrade_database(old_server.owner_url, None).protection_renewed  # again: idempotent
    assert _policies(old_server, "note_state") == ["shadowdesk_follow", "shadowdesk_read", "shadowdesk_track"]


def test_a_day_to_day_login_is_refused_while_a_table_has_no_row_level_security(old_server):
    assert upgrade_database(old_server.owner_url, None).to_revision == migrations.head_revision()
    old_server.admin("ALTER TABLE note_state NO FORCE ROW LEVEL SECURITY")  # as an upgrade without init left it
    for who in ("participant", "coordinator"):
        with pytest.raises(DatabaseError, match="does not protect note_state yet.*the owner of its tables must "
                           rf"first run `shadowdesk --database-url postgresql://{old_server.owner_url.split('://')[1]}"
                           " server init`"):
            open_database(old_server.url_as(who))
    owner = open_database(old_server.owner_url)  # the owner still opens it, to set it right
    try:
        TeamServer(owner).init()
        TeamServer(owner).init()
    finally:
        owner.dispose()
    participant = open_database(old_server.url_as("participant"))
    try:
        assert IdentityService(participant).whoami().roles == frozenset({"participant"})
        with participant.engine.connect() as connection:
            assert row_security.unprotected_tables(connection) == []
    finally:
        participant.dispose()
