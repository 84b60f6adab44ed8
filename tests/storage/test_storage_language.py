"""What storage tells a user, in the user's language: `db check`'s findings, a damaged file's refusals, the team
server's refusals of a login, a change or an unprotected server, a record changed meanwhile, and the warning
about a file on a network share. Names the database gives itself (tables, logins) and SQLite's own words stay
as they are."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from shadowdesk import translation
from shadowdesk.cli import main
from shadowdesk.model import Person
from shadowdesk.services.customers import CustomerDraft, CustomerService
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.identity import IdentityService, TeamServer
from shadowdesk.services.programs import ProgramDraft, ProgramService
from shadowdesk.storage import DatabaseError, open_database, row_security
from shadowdesk.storage.concurrency import network_share_warning
from tests.damaged_files import damage_an_index_page
from tests.storage.test_row_security import database_owned_by_a_login


@pytest.fixture
def system_language(monkeypatch):
    """The system's language as a new command finds it (the CLI follows it); English again after the test."""
    def speak(language: str) -> None:
        monkeypatch.setenv("LANGUAGE", language)
        translation.use("")
    yield speak
    translation.use("en")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_db_check_names_each_dangling_reference_in_german(sqlite_db, app_paths, capsys, system_language):
    with sqlite3.connect(app_paths.database_file) as raw:  # foreign keys are off in a bare connection
        raw.execute("INSERT INTO session_guest (session_id, person_id) VALUES (7, 8)")
    system_language("de")
    code, out, _ = run(capsys, "--data-dir", str(app_paths.data), "db", "check")
    assert code == 1
    assert out.splitlines()[1:] == [
        "  - Zeile 1 von session_guest verweist auf eine fehlende Zeile von shadow_session",
        "  - Zeile 1 von session_guest verweist auf eine fehlende Zeile von person",
    ]


def test_a_damaged_file_is_checked_backed_up_and_refused_in_french(sqlite_db, app_paths, capsys,
                                                                     system_language):
    with sqlite_db.transaction() as s:  # rows, so that the index page holds something to damage
        s.add_all([Person(full_name=f"Person {n}", email=f"p{n}@example.com") for n in range(30)])
    sqlite_db.dispose()
    damage_an_index_page(app_paths.database_file)
    data = str(app_paths.data)
    system_language("fr")

    code, out, _ = run(capsys, "--data-dir", data, "db", "check")
    assert code == 1 and out.splitlines()[1] == "  - Stockage endommagé : database disk image is malformed"

    code, _, err = run(capsys, "--data-dir", data, "db", "backup")
    assert code == 2
    assert err.startswith(f"shadowdesk: {app_paths.database_file} est endommagé (Stockage endommagé : database "
                          "disk image is malformed) : cette sauvegarde ne pourrait pas être restaurée."), err

    roster = app_paths.data / "roster.csv"
    roster.write_text("Name,Email\nNew Person,new@example.com\n", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", data, "people", "import", str(roster))
    # The damage mark keeps SQLite's words; the sentence around them is the reader's.
    assert code == 2 and err.splitlines()[-1].startswith(
        f"shadowdesk: {app_paths.database_file} est endommagé (database disk image is malformed) : "), err


def test_a_superuser_is_refused_in_german(postgres_server, german):
    database = open_database(postgres_server.new_database())
    try:
        advice = TeamServer(database).init()
        assert advice == ("Die Anmeldung postgres ist ein Superuser: PostgreSQL zeigt ihr jede Notiz, auch die "
                          "privaten, was auch immer die Regeln von ShadowDesk sagen.")
        with pytest.raises(UserError) as refused:
            IdentityService(database).whoami()
        assert str(refused.value).startswith(advice)
    finally:
        database.dispose()


@pytest.fixture
def owned_server(postgres_server):
    """A database owned by a login that is not a superuser, set up by it, with one participant: (url, login)."""
    url, login = database_owned_by_a_login(postgres_server)
    database = open_database(url)
    try:
        ProgramService(database).create(ProgramDraft("Spring", date(2026, 1, 1), date(2026, 6, 30)))
        TeamServer(database).init()
        TeamServer(database).grant("bea@example.com", "participant", login=f"{login}_bea", new_name="Bea Berg")
    finally:
        database.dispose()
    return url, login


def test_the_tables_owner_and_a_participants_change_are_refused_in_german(owned_server, german):
    url, login = owned_server
    database = open_database(url)
    try:
        with pytest.raises(UserError) as refused:
            IdentityService(database).whoami()
        assert str(refused.value).startswith(f"Die Anmeldung {login} besitzt die Tabellen von ShadowDesk: Wer "
                                             "sie besitzt, kann den Schutz privater Notizen abschalten.")
    finally:
        database.dispose()

    as_bea = open_database(make_url(url).set(username=f"{login}_bea").render_as_string(hide_password=False))
    try:
        IdentityService(as_bea)  # from here on the server's refusals come in plain words
        programs = ProgramService(as_bea)
        program = programs.list_programs()[0]
        with pytest.raises(row_security.NotPermitted) as refused:
            programs.update(program.id, ProgramDraft("Renamed", program.start_date, program.end_date),
                            program.version_id)
        assert str(refused.value).startswith("Der Teamserver hat dies abgelehnt (permission denied for table "
                                             "program): Ihre Rolle erlaubt es nicht.")
    finally:
        as_bea.dispose()


def test_an_unprotected_team_server_is_refused_in_german(owned_server, german):
    url, login = owned_server
    owner = create_engine(url)
    with owner.begin() as connection:  # as a server upgraded without `server init` would be
        connection.execute(text("ALTER TABLE note_state NO FORCE ROW LEVEL SECURITY"))
    owner.dispose()
    with pytest.raises(DatabaseError) as refused:
        open_database(make_url(url).set(username=f"{login}_bea").render_as_string(hide_password=False))
    assert str(refused.value) == (
        "Dieser Teamserver schützt note_state noch nicht, daher öffnet ShadowDesk ihn nicht: Wer seine Tabellen "
        f"besitzt, muss zuerst `shadowdesk --database-url {url.replace('+psycopg', '')} server init` ausführen.")


def test_a_record_changed_meanwhile_is_named_in_german(db, german):
    customers = CustomerService(db)
    kept = customers.add_customer(CustomerDraft("Acme"))
    duplicate = customers.add_customer(CustomerDraft("Acme Ltd"))
    seen = customers.get_customer(duplicate).version
    customers.edit_customer(duplicate, CustomerDraft("Acme Limited"))
    with pytest.raises(StaleRecord) as refused:
        customers.merge_customers(duplicate, kept, duplicate_version=seen)
    assert str(refused.value).startswith(
        "Dieser Datensatz (Kunde) wurde inzwischen von jemand anderem geändert.")


def test_the_network_share_warning_is_in_german(tmp_path, german):
    mounts = tmp_path / "mounts"
    mounts.write_text(f"server:/export {tmp_path} nfs4 rw 0 0\n", encoding="utf-8")
    warning = network_share_warning(tmp_path / "shadowdesk.sqlite3", mounts)
    assert warning is not None and warning.startswith(
        "Die Datenbankdatei liegt auf einer Netzwerkfreigabe (nfs4). SQLite kann Dateien dort nicht "
        "zuverlässig sperren:")
