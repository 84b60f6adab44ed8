"""Opening databases: the baseline migration, and refusing what is not ours without touching it."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import Column, inspect, text

from shadowdesk.app import AppContext
from shadowdesk.model import Base
from shadowdesk.paths import resolve_paths
from shadowdesk.storage import NewerSchemaError, NotAShadowDeskDatabase, migrations, open_database


def test_baseline_creates_every_table_of_the_model(db):
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    with db.engine.connect() as connection:
        assert migrations.current_revision(connection) == migrations.head_revision()


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_the_migrations_make_exactly_the_indexes_of_the_model(db):
    inspector = inspect(db.engine)
    for table in Base.metadata.sorted_tables:
        made = {index["name"]: index["column_names"] for index in inspector.get_indexes(table.name)
                if not index.get("duplicates_constraint")}  # PostgreSQL lists a unique constraint's index too
        # SQLite's reflection skips indexes on expressions (lower(email)): only those on columns are compared.
        declared = {index.name: [column.name for column in index.columns] for index in table.indexes
                    if all(isinstance(e, Column) for e in index.expressions)}
        assert {name: made.get(name) for name in declared} == declared, table.name
        assert set(made) <= {index.name for index in table.indexes}, table.name  # nothing left behind


def test_a_bad_file_found_before_the_gui_is_reported_when_the_gui_asks(tmp_path):
    paths = resolve_paths(tmp_path)
    paths.create()
    paths.database_file.write_bytes(b"hello, this is a text file\n")
    context = AppContext(paths)
    context.open_before_the_gui()  # no window to show the message in yet: nothing is raised
    with pytest.raises(NotAShadowDeskDatabase):
        _ = context.services
    assert paths.database_file.read_bytes() == b"hello, this is a text file\n"


def test_an_unexpected_failure_before_the_gui_is_raised_when_the_gui_asks(tmp_path, monkeypatch):
    """Not swallowed, and not raised before Qt is there: the GUI's excepthook logs it and names the log."""

    def broken(*_args):
        raise OSError("disk on fire")

    monkeypatch.setattr("shadowdesk.app.open_database", broken)
    context = AppContext(resolve_paths(tmp_path))
    context.open_before_the_gui()
    with pytest.raises(OSError, match="disk on fire"):
        _ = context.services


def test_email_is_unique_regardless_of_case(db):
    from sqlalchemy.exc import IntegrityError

    from shadowdesk.model import Person

    with db.transaction() as session:
        session.add(Person(full_name="Anna Nowak", email="anna@example.com"))
    with pytest.raises(IntegrityError):
        with db.transaction() as session:
            session.add(Person(full_name="Anna N.", email="ANNA@example.com"))


def test_reopening_a_current_database_makes_no_backup(app_paths):
    first = open_database(app_paths.sqlite_url(), app_paths.backups)
    first.dispose()
    again = open_database(app_paths.sqlite_url(), app_paths.backups)
    again.dispose()
    assert again.backup_made is None
    assert list(app_paths.backups.iterdir()) == []


@pytest.mark.parametrize("content", [b"hello, this is a text file\n", b"\x00" * 4096, b"SQLite format 3"])
def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path, content):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    with pytest.raises(NotAShadowDeskDatabase, match="not a ShadowDesk database|cannot be read"):
        open_database(f"sqlite:///{path}", tmp_path / "backups")
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_another_programs_sqlite_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.execute("INSERT INTO songs VALUES ('x')")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NotAShadowDeskDatabase, match="another program"):
        open_database(f"sqlite:///{path}", tmp_path / "backups")
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(db, database_url, app_paths):
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    db.dispose()
    before = db.sqlite_file.read_bytes() if db.sqlite_file else None
    with pytest.raises(NewerSchemaError, match="newer version"):
        open_database(database_url, app_paths.backups)
    if before is not None:
        assert db.sqlite_file.read_bytes() == before


def test_postgres_tables_of_another_program_are_refused(postgres_server):
    from sqlalchemy import create_engine

    url = postgres_server.new_database()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id int)"))
    engine.dispose()
    with pytest.raises(NotAShadowDeskDatabase, match="another program"):
        open_database(url)
