"""Who the commands act as: `shadowdesk whoami`, and a role's missing right told in plain words.

Nobody picks who they are with a flag: on this computer it is the owner of the file, on a team server the
PostgreSQL login connected."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from shadowdesk.services.identity import IdentityService
from shadowdesk.services.people import PeopleService, PersonInput
from shadowdesk.storage import open_database
from tests.e2e.test_cli import shadowdesk


def test_whoami_on_a_file_is_the_program_office_until_claimed_then_its_owner(tmp_path):
    data = tmp_path / "data"
    unclaimed = shadowdesk("--data-dir", str(data), "whoami")
    assert unclaimed.returncode == 0, unclaimed.stderr
    assert "Nobody has claimed this database file yet, so you act as its program office" in unclaimed.stdout
    database = open_database(f"sqlite:///{data / 'shadowdesk.sqlite3'}")
    try:
        ada = PeopleService(database).add_person(PersonInput("Ada Łukasiewicz", "ada@example.com"))
        IdentityService(database).claim_ownership(ada)
    finally:
        database.dispose()
    owner = shadowdesk("--data-dir", str(data), "whoami")
    assert owner.stdout == "Ada Łukasiewicz <ada@example.com>\nroles: coordinator, manager, participant\n"


@pytest.mark.parametrize("removed", [("notes", "search", "plan", "--as", "zoe@example.com"),
                                     ("report", "person", "zoe@example.com", "-o", "x.pdf", "--as-self")])
def test_nobody_acts_as_someone_else_with_a_flag(tmp_path, removed):
    result = shadowdesk("--data-dir", str(tmp_path / "data"), *removed)
    assert result.returncode == 2
    assert "unrecognized arguments: " + removed[-1 if removed[-1].startswith("--") else -2] in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_participant_login_is_told_plainly_it_cannot_change_the_roster_or_programs(database_url, tmp_path):
    prefix = make_url(database_url).database
    pia, cora = f"{prefix}_pia", f"{prefix}_cora"

    def as_owner(*args: str):
        return shadowdesk("--data-dir", str(tmp_path / "data"), "--database-url", database_url, *args)

    assert as_owner("server", "init").returncode == 0
    for email, name, login, role in (("pia@example.com", "Pia Park", pia, "participant"),
                                     ("cora@example.com", "Cora Cruz", cora, "coordinator")):
        granted = as_owner("server", "grant", email, "--name", name, "--role", role, "--login", login)
        assert granted.returncode == 0, granted.stderr

    def as_login(login: str, *args: str):
        url = make_url(database_url).set(username=login).render_as_string(hide_password=False)
        return shadowdesk("--data-dir", str(tmp_path / "data"), "--database-url", url, *args)

    assert as_login(pia, "whoami").stdout == "Pia Park <pia@example.com>\nroles: participant\n"
    roster = tmp_path / "roster.csv"
    roster.write_text("name,email,department\nNew Person,new@example.com,Sales\n", encoding="utf-8")
    for change in (("people", "import", str(roster)),
                   ("programs", "create", "Spring", "--start", "2026-03-01", "--end", "2026-06-30")):
        refused = as_login(pia, *change)
        assert refused.returncode == 2, (change, refused.stdout, refused.stderr)
        last = refused.stderr.splitlines()[-1]
        assert "Traceback" not in refused.stderr
        assert last.startswith("shadowdesk: ") and "does not allow it" in last, refused.stderr
    made = as_login(cora, "programs", "create", "Spring", "--start", "2026-03-01", "--end", "2026-06-30")
    assert made.returncode == 0, made.stderr  # the same command is a coordinator's to run
