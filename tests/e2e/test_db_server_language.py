"""`shadowdesk db …` and `shadowdesk server …` speak the system's language: their confirmations, refusals and
help, as a German (or French) user reads them. The tab-separated listing for scripts keeps English headers."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from sqlalchemy.engine import make_url

from shadowdesk import translation
from shadowdesk.cli import main


@pytest.fixture
def system_language(monkeypatch):
    """Sets the system's language as a new process finds it; English again after the test."""
    def speak(language: str) -> None:
        monkeypatch.setenv("LANGUAGE", language)
        translation.use("")  # no Preferences language: the CLI follows the system
    yield speak
    translation.use("en")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as done:  # --help
        code = int(done.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def words(help_text: str) -> str:
    """The help as one line: argparse wraps it to the terminal's width."""
    return " ".join(help_text.split())


def test_backup_restore_and_upgrade_are_told_in_german(sqlite_db, app_paths, capsys, system_language):
    system_language("de")
    data = str(app_paths.data)
    code, out, _ = run(capsys, "--data-dir", data, "db", "backup")
    assert code == 0 and out.startswith("Sicherung angelegt: ") and out.endswith(" KB).\n"), out
    backup = out.removeprefix("Sicherung angelegt: ").rsplit(" (", 1)[0]

    sqlite_db.dispose()  # a restore needs every window closed
    code, out, _ = run(capsys, "--data-dir", data, "db", "restore", backup)
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0].startswith("Die Datenbank wurde im bisherigen Zustand gesichert: ") and "before-restore" in lines[0]
    assert lines[1] == f"{backup} wiederhergestellt."

    code, out, _ = run(capsys, "--data-dir", data, "db", "upgrade")
    assert code == 0 and out.startswith("Die Datenbank hat bereits Schema "), out


def test_a_backup_in_french_counts_in_kilooctets(sqlite_db, app_paths, capsys, system_language):
    system_language("fr")
    code, out, _ = run(capsys, "--data-dir", str(app_paths.data), "db", "backup")
    assert code == 0 and out.startswith("Sauvegarde effectuée : ") and out.endswith(" Ko).\n"), out


def test_check_and_the_help_of_db_and_server_are_in_german(sqlite_db, app_paths, capsys, system_language):
    system_language("de")
    code, out, _ = run(capsys, "--data-dir", str(app_paths.data), "db", "check")
    assert code == 0 and out.endswith(": keine Probleme gefunden.\n"), out

    code, out, _ = run(capsys, "db", "--help")
    assert code == 0
    assert "jetzt eine Sicherung anlegen" in words(out) and "take a backup now" not in words(out)
    assert "die Datenbank auf Schäden prüfen" in words(out)
    code, out, _ = run(capsys, "db", "restore", "--help")
    assert "die wiederherzustellende Sicherung" in words(out)

    code, out, _ = run(capsys, "server", "--help")
    assert "einer Person eine Anmeldung zuordnen und ihr eine Rolle geben" in words(out)
    code, out, _ = run(capsys, "server", "grant", "--help")
    assert "das Passwort der Anmeldung von der Standardeingabe lesen" in words(out)
    assert "printf '%s' GEHEIM" in words(out)  # argparse prints a description as it is: one %, not two


def test_refusals_are_in_german(sqlite_db, app_paths, capsys, monkeypatch, system_language):
    system_language("de")
    data = str(app_paths.data)
    code, _, err = run(capsys, "--data-dir", data, "db", "restore", str(app_paths.data / "missing.sqlite3"))
    assert code == 2 and "existiert nicht" in err, err

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = run(capsys, "--data-dir", data, "server", "grant", "bea@example.com", "--role", "manager",
                       "--password-stdin")
    assert (code, err) == (2, "shadowdesk: Über die Standardeingabe kam kein Passwort; es wurde nichts geändert.\n")


def shadowdesk_in_german(tmp_path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`shadowdesk server …` as the database owner types it on a German system."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "de"}
    env.pop("SHADOWDESK_DATA_DIR", None)
    env.pop("SHADOWDESK_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "shadowdesk", "--data-dir", str(tmp_path / "data"),
                           "--database-url", url, "server", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_a_team_server_is_set_up_in_german(postgres_server, tmp_path):
    url = postgres_server.new_database()
    login = make_url(url).database + "_bea"
    init = shadowdesk_in_german(tmp_path, url, "init")
    assert init.returncode == 0, init.stderr
    told = init.stdout.splitlines()
    assert told[0].startswith("Der Teamserver ist eingerichtet: ")
    # the test server's login is a superuser: the command advises against using it day to day
    assert told[1].startswith("Verwenden Sie diese Anmeldung nicht für die tägliche Arbeit mit ShadowDesk. ")
    assert told[1].endswith("--role ROLE` eine eigene Anmeldung zu.")

    granted = shadowdesk_in_german(tmp_path, url, "grant", "bea@example.com", "--name", "Bea Berg",
                                   "--role", "participant", "--login", login)
    assert granted.stdout == f"Anmeldung {login} angelegt und bea@example.com zugeordnet, Rolle participant.\n"
    listed = shadowdesk_in_german(tmp_path, url, "users")
    assert listed.stdout.splitlines()[0] == "login\temail\tname\troles"  # read by scripts: stays English
    revoked = shadowdesk_in_german(tmp_path, url, "revoke", "bea@example.com")
    assert revoked.stdout == (f"Anmeldung {login} meldet nicht mehr bea@example.com an; entzogene Rollen: "
                              "participant.\n")

