"""Shared fixtures: Qt offscreen, and a database fixture that runs each test on SQLite and on PostgreSQL."""

from __future__ import annotations

import os

# Must be set before anything imports Qt: without a display pytest would abort.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English texts, whatever the machine's language; one that wants another asks for it (the
# `german` fixture, or LANGUAGE in a command's environment).
os.environ["LANGUAGE"] = "en"

import pytest  # noqa: E402

from shadowdesk import translation  # noqa: E402
from shadowdesk.paths import AppPaths, resolve_paths  # noqa: E402
from shadowdesk.storage import Database, open_database  # noqa: E402
from tests.pg_server import PostgresServer  # noqa: E402


@pytest.fixture(scope="session")
def postgres_server():
    server = PostgresServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def app_paths(tmp_path) -> AppPaths:
    paths = resolve_paths(tmp_path / "data")
    paths.create()
    return paths


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, app_paths) -> str:
    if request.param == "sqlite":
        return app_paths.sqlite_url()
    return request.getfixturevalue("postgres_server").new_database()


@pytest.fixture
def db(database_url, app_paths) -> Database:
    """A migrated, empty ShadowDesk database on each backend."""
    database = open_database(database_url, app_paths.backups)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(app_paths) -> Database:
    database = open_database(app_paths.sqlite_url(), app_paths.backups)
    yield database
    database.dispose()


@pytest.fixture
def german():
    """Texts in German for one test, English again after it."""
    translation.use("de")
    yield
    translation.use("en")
