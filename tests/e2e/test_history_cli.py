"""`shadowdesk history person EMAIL | program NAME | session ID`: who created a record and who changed which
fields when, as the database recorded it; on a team server only what the login may read."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from shadowdesk.services.history import HistoryService
from shadowdesk.services.identity import IdentityService
from shadowdesk.storage import open_database
from tests.e2e.test_cli import shadowdesk


def _rows(output: str) -> list[list[str]]:
    header, *lines = output.splitlines()
    assert header == "when\twho\twhat\tfields"
    return [line.split("\t")[1:] for line in lines]  # the time is checked by the service tests


def test_the_history_of_a_person_a_program_and_a_session_on_this_computer(tmp_path):
    data = tmp_path / "data"

    def run(*args: str):
        return shadowdesk("--data-dir", str(data), *args)

    roster = tmp_path / "roster.csv"
    roster.write_text("name,email,department,job title\nAda Łukasiewicz,ada@example.com,Sales,Seller\n"
                      "Bo Berg,bo@example.com,Project Management,PM\n", encoding="utf-8")
    assert run("people", "import", str(roster)).returncode == 0
    database = open_database(f"sqlite:///{data / 'shadowdesk.sqlite3'}")
    try:
        ada = HistoryService(database).look_up("person", "ada@example.com")
        IdentityService(database).claim_ownership(ada)
    finally:
        database.dispose()
    roster.write_text("name,email,department,job title\nAda Łukasiewicz,ada@example.com,Sales,Key Account Manager\n",
                      encoding="utf-8")
    assert run("people", "import", str(roster)).returncode == 0
    assert run("programs", "create", "Spring", "--start", "2026-03-01", "--end", "2026-06-30").returncode == 0

    person = run("history", "person", "ADA@example.com")
    assert person.returncode == 0, person.stderr
    assert _rows(person.stdout) == [["nobody known as a person", "created", ""],
                                    ["Ada Łukasiewicz", "changed", "job_title"]]
    program = run("history", "program", "Spring")
    assert _rows(program.stdout) == [["Ada Łukasiewicz", "created", ""]]

    missing = run("history", "session", "99")
    assert missing.returncode == 2 and "There is no session 99" in missing.stderr
    assert "Traceback" not in missing.stderr


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_on_a_team_server_the_history_of_a_person_is_the_program_offices(database_url, tmp_path):
    prefix = make_url(database_url).database
    pia, cora = f"{prefix}_pia", f"{prefix}_cora"

    def run(url: str, *args: str):
        return shadowdesk("--data-dir", str(tmp_path / "data"), "--database-url", url, *args)

    def url_of(login: str) -> str:
        return make_url(database_url).set(username=login).render_as_string(hide_password=False)

    assert run(database_url, "server", "init").returncode == 0
    for email, name, login, role in (("pia@example.com", "Pia Park", pia, "participant"),
                                     ("cora@example.com", "Cora Cruz", cora, "coordinator")):
        assert run(database_url, "server", "grant", email, "--name", name, "--role", role, "--login",
                   login).returncode == 0
    roster = tmp_path / "roster.csv"
    roster.write_text("name,email,department,job title\nPia Park,pia@example.com,Sales,Seller\n", encoding="utf-8")
    assert run(url_of(cora), "people", "import", str(roster)).returncode == 0

    seen_by_cora = run(url_of(cora), "history", "person", "pia@example.com")
    assert seen_by_cora.returncode == 0, seen_by_cora.stderr
    assert _rows(seen_by_cora.stdout) == [["nobody known as a person", "created", ""],
                                          ["Cora Cruz", "changed", "department, job_title"]]
    seen_by_pia = run(url_of(pia), "history", "person", "pia@example.com")
    assert seen_by_pia.stdout == "No change of this person was recorded that you may read.\n"
