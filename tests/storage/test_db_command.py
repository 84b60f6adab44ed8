"""`shadowdesk db backup | restore | check | list-backups`, run in-process as the user would type them."""

from __future__ import annotations

import gc
import sqlite3

from shadowdesk.cli import main
from shadowdesk.model import Person


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_list_check_and_restore_from_the_command_line(sqlite_db, app_paths, capsys):
    with sqlite_db.transaction() as s:
        s.add(Person(full_name="Anna Nowak", email="anna@example.com"))
    data = str(app_paths.data)

    code, out, _ = _run(capsys, "--data-dir", data, "db", "backup")
    assert code == 0 and out.startswith("Backed up to ") and "-manual.sqlite3" in out
    backup = out.split("Backed up to ")[1].split(" (")[0]

    code, out, _ = _run(capsys, "--data-dir", data, "db", "list-backups")
    assert code == 0 and "manual" in out and backup in out

    code, out, _ = _run(capsys, "--data-dir", data, "db", "check")
    assert code == 0 and "no problems found" in out

    with sqlite_db.transaction() as s:
        s.add(Person(full_name="Ben Okafor", email="ben@example.com"))
    sqlite_db.dispose()  # the CLI restore needs every window closed
    code, out, _ = _run(capsys, "--data-dir", data, "db", "restore", backup)
    assert code == 0 and "before-restore" in out and f"Restored {backup}" in out
    with sqlite3.connect(app_paths.database_file) as connection:
        assert connection.execute("SELECT full_name FROM person").fetchall() == [("Anna Nowak",)]


def test_check_exits_1_and_lists_what_it_found(sqlite_db, app_paths, capsys):
    with sqlite3.connect(app_paths.database_file) as raw:
        raw.execute("INSERT INTO session_guest (session_id, person_id) VALUES (7, 8)")
    code, out, _ = _run(capsys, "--data-dir", str(app_paths.data), "db", "check")
    assert code == 1
    assert "2 problems found" in out
    assert "Row 1 of session_guest points to a missing row of" in out


def test_restore_while_the_app_has_the_database_open_is_refused(sqlite_db, app_paths, capsys):
    with sqlite_db.transaction() as s:
        s.add(Person(full_name="Anna Nowak", email="anna@example.com"))
    _run(capsys, "--data-dir", str(app_paths.data), "db", "backup")
    backup = next(app_paths.backups.iterdir())
    with sqlite_db.session() as s:
        s.get(Person, 1)
        code, _, err = _run(capsys, "--data-dir", str(app_paths.data), "db", "restore", str(backup))
    assert code == 2 and "open in another ShadowDesk window" in err and "nothing was changed" in err


def test_on_postgresql_backup_explains_pg_dump_and_writes_nothing(postgres_server, app_paths, capsys):
    url = postgres_server.new_database()
    for action in (["backup"], ["list-backups"], ["restore", str(app_paths.data / "x.sqlite3")]):
        code, out, err = _run(capsys, "--data-dir", str(app_paths.data), "--database-url", url, "db", *action)
        assert code == 2 and "pg_dump" in err and "wrote nothing" in err
    assert list(app_paths.backups.iterdir()) == []


def test_a_command_runs_with_the_garbage_collector_on(sqlite_db, app_paths, capsys, monkeypatch):
    """cli.main pauses the collector while it starts up: a long command (a large demo, an import) must not
    run without it, or its memory would only grow."""
    from shadowdesk.commands import db as db_command

    seen = []
    check = db_command.check
    monkeypatch.setattr(db_command, "check", lambda args, context: seen.append(gc.isenabled()) or check(args, context))
    code, _, _ = _run(capsys, "--data-dir", str(app_paths.data), "db", "check")
    assert code == 0 and seen == [True]
    assert gc.isenabled()
