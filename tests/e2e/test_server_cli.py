"""`shadowdesk server init|grant|revoke|users` run as a separate process, as the database owner types it."""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


def shadowdesk(tmp_path, url: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SHADOWDESK_DATA_DIR", None)
    env.pop("SHADOWDESK_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "shadowdesk", "--data-dir", str(tmp_path / "data"),
                           "--database-url", url, "server", *args],
                          capture_output=True, text=True, env=env, timeout=120, input=stdin)


def test_init_twice_then_grant_list_and_revoke(postgres_server, tmp_path):
    url = postgres_server.new_database()
    login = make_url(url).database + "_bea"
    for _ in range(2):
        init = shadowdesk(tmp_path, url, "init")
        assert init.returncode == 0, init.stderr
        assert "The team server is set up" in init.stdout
        assert "Do not run ShadowDesk day to day with this login. The login postgres is a superuser" in init.stdout

    first = shadowdesk(tmp_path, url, "grant", "bea@example.com", "--name", "Bea Berg", "--role", "participant",
                       "--login", login, "--password-stdin", stdin="s3cret\n")
    assert first.returncode == 0, first.stderr
    assert first.stdout == f"Login {login} created and linked to bea@example.com, role participant.\n"
    second = shadowdesk(tmp_path, url, "grant", "BEA@example.com", "--role", "manager", "--login", login)
    assert second.stdout == f"Login {login} linked to BEA@example.com, role manager.\n"
    listed = shadowdesk(tmp_path, url, "users")
    assert listed.stdout == f"login\temail\tname\troles\n{login}\tbea@example.com\tBea Berg\tmanager,participant\n"

    taken = shadowdesk(tmp_path, url, "revoke", "bea@example.com", "--role", "manager")
    assert taken.stdout == f"Login {login} no longer holds the role manager.\n"
    unlinked = shadowdesk(tmp_path, url, "revoke", "bea@example.com")
    assert unlinked.stdout == f"Login {login} no longer signs in as bea@example.com; roles taken: participant.\n"
    assert shadowdesk(tmp_path, url, "users").stdout == "login\temail\tname\troles\n"

    admin = create_engine(url)
    try:
        with admin.connect() as connection:
            verifier = connection.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :l"),
                                          {"l": login}).scalar()
    finally:
        admin.dispose()
    assert verifier.startswith("SCRAM-SHA-256$") and "s3cret" not in verifier


def test_mistakes_are_told_in_plain_words(postgres_server, tmp_path):
    url = postgres_server.new_database()
    assert shadowdesk(tmp_path, url, "init").returncode == 0
    unknown = shadowdesk(tmp_path, url, "grant", "zed@example.com", "--role", "participant")
    assert (unknown.returncode, unknown.stderr) == (
        2, "shadowdesk: Nobody in the roster has the address zed@example.com; add them first, or give --name "
           "to add them now.\n")
    bad_role = shadowdesk(tmp_path, url, "grant", "zed@example.com", "--role", "boss")
    assert bad_role.returncode == 2
    assert "no role 'boss'; the roles are coordinator, manager, participant" in bad_role.stderr
    empty = shadowdesk(tmp_path, url, "grant", "zed@example.com", "--role", "manager", "--password-stdin", stdin="")
    assert empty.returncode == 2 and "No password came on standard input" in empty.stderr


def test_a_file_has_no_team_server(tmp_path):
    result = shadowdesk(tmp_path, f"sqlite:///{tmp_path / 'desk.sqlite3'}", "init")
    assert result.returncode == 2
    assert "not a team server: it belongs to its owner alone" in result.stderr
