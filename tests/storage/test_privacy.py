"""Files and privacy: what ShadowDesk writes is readable by its owner only, and logs never hold notes."""

from __future__ import annotations

import logging
import os
import stat
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from shadowdesk.app import AppContext, setup_logging
from shadowdesk.model import Person, Reflection, SessionKind, ShadowSession
from shadowdesk.paths import resolve_paths
from shadowdesk.storage import StaleVersion
from shadowdesk.storage.concurrency import load_for_update

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
MARKER = "PRIVATE-NOTE-7f3a9c"


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask():
    """The usual desktop umask, under which files would otherwise be readable by everyone."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def root_logger_restored():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    sqlalchemy_level = logging.getLogger("sqlalchemy").level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logging.getLogger("sqlalchemy").setLevel(sqlalchemy_level)


def test_database_backups_logs_and_exports_are_owner_only(tmp_path, permissive_umask, root_logger_restored):
    paths = resolve_paths(tmp_path / "desk")
    context = AppContext(paths)
    services = context.services
    setup_logging(paths)
    logging.getLogger("shadowdesk").warning("written so the log file exists")
    with services.database.transaction() as s:
        s.add(Person(full_name="Anna Nowak", email="anna@example.com"))
    backup = services.maintenance.backup_now()
    context.close()

    for folder in (paths.data, paths.backups, paths.logs, paths.exports, paths.config):
        assert _mode(folder) == 0o700, folder
    for file in (paths.database_file, backup.path, paths.log_file):
        assert _mode(file) == 0o600, file
    write_ahead_logs = [p for p in paths.data.iterdir() if p.name.endswith(("-wal", "-shm"))]
    assert all(_mode(p) == 0o600 for p in write_ahead_logs)


def test_the_log_never_holds_the_text_of_a_note(sqlite_db, app_paths, root_logger_restored):
    setup_logging(app_paths)
    logging.getLogger().setLevel(logging.DEBUG)  # as a user chasing a problem would set it
    log = logging.getLogger("shadowdesk.test")
    starts = datetime(2026, 3, 2, 9, tzinfo=UTC)
    with sqlite_db.transaction() as s:
        anna = Person(full_name="Anna Nowak", email="anna@example.com")
        shadow = ShadowSession(
            uid="u-1",
            kind=SessionKind.PROJECT_SHADOW,
            host=anna,
            starts_at=starts,
            ends_at=starts + timedelta(hours=1),
        )
        s.add(Reflection(session=shadow, author=anna, free_text=f"{MARKER} what I learned"))
    with sqlite_db.session() as s:
        assert MARKER in s.get(Reflection, 1).free_text  # read back: result rows pass through the engine
    # Errors carry their statement; the global excepthook logs them with their traceback.
    with pytest.raises(IntegrityError) as duplicate:
        with sqlite_db.transaction() as s:
            s.add(Reflection(session_id=1, author_id=1, free_text=f"{MARKER} written twice"))
    log.error("Uncaught exception", exc_info=duplicate.value)
    with pytest.raises(StaleVersion) as stale:
        with sqlite_db.transaction() as s:
            load_for_update(s, Reflection, 1, 99).free_text = f"{MARKER} stale"
    log.error("Uncaught exception", exc_info=stale.value)
    for handler in logging.getLogger().handlers:
        handler.flush()

    text = app_paths.log_file.read_text(encoding="utf-8")
    assert "IntegrityError" in text and "StaleVersion" in text  # the errors were logged...
    assert MARKER not in text  # ...without the note
