"""Upgrades: the fixture database of each released schema opens in this version with its data intact;
an upgrade that fails is undone completely and leaves the original file and its backup in place."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlalchemy import select

from shadowdesk.model import Reflection
from shadowdesk.storage import DatabaseError, migrations, open_database
from shadowdesk.storage.backup import list_backups
from shadowdesk.storage.integrity import check_file, inspect_database_file
from tests.fixtures.make_fixture import FIXTURES, NOTE_TEXT, rows


def _missing_rows(path, revision: str) -> list[str]:
    """The fixture's rows that are no longer in the file (by id, or by both keys of a link table)."""
    missing = []
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        for table, values in rows(revision).items():
            for row in values:
                keys = {"id": row["id"]} if "id" in row else row
                where = " AND ".join(f"{column} = ?" for column in keys)
                if (
                    connection.execute(f"SELECT 1 FROM {table} WHERE {where}", list(keys.values())).fetchone()
                    is None
                ):
                    missing.append(f"{table} {keys}")
    return missing


def _counts(path, revision: str) -> dict[str, int]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in rows(revision)}


@pytest.fixture(params=sorted(FIXTURES))
def old_database(request, app_paths):
    """A copy of a released schema's fixture, where the app keeps its database."""
    shutil.copyfile(FIXTURES[request.param], app_paths.database_file)
    return request.param


def test_a_released_schema_opens_upgraded_with_its_data_intact(old_database, app_paths):
    database = open_database(app_paths.sqlite_url(), app_paths.backups)
    try:
        with database.engine.connect() as connection:
            assert migrations.current_revision(connection) == migrations.head_revision()
        with database.session() as s:
            note = s.scalars(select(Reflection)).one()
            assert note.free_text == NOTE_TEXT
            assert note.answers == [{"prompt": "What surprised you?", "answer": NOTE_TEXT}]
            assert sorted(p.full_name for p in note.session.guests) == ["Łucja Wiśniewska"]
    finally:
        database.dispose()
    assert _missing_rows(app_paths.database_file, old_database) == []
    assert check_file(app_paths.database_file).ok
    upgraded = old_database != migrations.head_revision()
    assert (database.backup_made is not None) == upgraded
    if upgraded:
        assert inspect_database_file(database.backup_made) == old_database


def _half_done_then_fail(connection, target="head"):
    """An upgrade step that changes tables and data, then fails."""
    connection.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
    connection.exec_driver_sql("ALTER TABLE person ADD COLUMN nickname TEXT")
    connection.exec_driver_sql("DROP TABLE idea_session")
    connection.exec_driver_sql("UPDATE reflection SET free_text = 'overwritten'")
    connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0002'")
    raise RuntimeError("disk full")


def _assert_left_as_it_was(app_paths, original: bytes, revision: str) -> None:
    assert app_paths.database_file.read_bytes() == original
    assert inspect_database_file(app_paths.database_file) == revision
    assert _counts(app_paths.database_file, revision) == {
        table: len(values) for table, values in rows(revision).items()}
    with sqlite3.connect(app_paths.database_file) as connection:
        assert connection.execute("SELECT free_text FROM reflection").fetchone() == (NOTE_TEXT,)
        columns = [row[1] for row in connection.execute("PRAGMA table_info(person)")]
        assert "nickname" not in columns
    backups = list_backups(app_paths.backups)
    assert [b.label for b in backups] == [f"before-upgrade-from-{revision}"]
    assert inspect_database_file(backups[0].path) == revision


def test_a_failing_upgrade_is_undone_whole_and_leaves_the_file_and_its_backup(
    old_database, app_paths, monkeypatch
):
    original = app_paths.database_file.read_bytes()
    monkeypatch.setattr(migrations, "head_revision", lambda: "0002_next")
    monkeypatch.setattr(migrations, "upgrade", _half_done_then_fail)

    with pytest.raises(DatabaseError, match="failed \\(disk full\\).*as it was.*backup taken just before"):
        open_database(app_paths.sqlite_url(), app_paths.backups)

    _assert_left_as_it_was(app_paths, original, old_database)


def test_the_real_upgrade_failing_after_all_its_steps_is_undone_whole(app_paths, monkeypatch):
    """The released migration steps themselves, run to the end and then made to fail before the commit."""
    shutil.copyfile(FIXTURES["0001"], app_paths.database_file)
    original = app_paths.database_file.read_bytes()
    real_upgrade, real_head = migrations.upgrade, migrations.head_revision()

    def upgrade_then_fail(connection, target="head"):
        real_upgrade(connection, target)
        assert migrations.current_revision(connection) == real_head
        raise RuntimeError("failed after the last step")

    monkeypatch.setattr(migrations, "head_revision", lambda: "0002_next")
    monkeypatch.setattr(migrations, "upgrade", upgrade_then_fail)
    with pytest.raises(DatabaseError, match="failed after the last step"):
        open_database(app_paths.sqlite_url(), app_paths.backups)

    _assert_left_as_it_was(app_paths, original, "0001")
