"""Is a SQLite file sound? SQLite's own integrity and foreign-key checks, reported in plain words."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from shadowdesk.storage import migrations
from shadowdesk.storage.database import (
    APPLICATION_ID,
    SQLITE_MAGIC,
    DatabaseError,
    NewerSchemaError,
    NotAShadowDeskDatabase,
)

# integrity_check stops after this many findings; a file that bad needs a backup, not a longer list.
MAX_FINDINGS = 50


@dataclass(frozen=True)
class IntegrityReport:
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_connection(connection: sqlite3.Connection) -> IntegrityReport:
    """PRAGMA integrity_check (pages, indexes, constraints) and foreign_key_check (dangling references)."""
    problems = []
    for (finding,) in connection.execute(f"PRAGMA integrity_check({MAX_FINDINGS})"):
        if finding != "ok":
            problems.append(f"Damaged storage: {finding}")
    for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
        problems.append(f"Row {rowid} of {table} points to a missing row of {parent}")
    return IntegrityReport(tuple(problems))


def check_file(path: Path) -> IntegrityReport:
    """Check a database file without changing it."""
    connection = _open_read_only(path)
    try:
        return check_connection(connection)
    except sqlite3.DatabaseError as exc:
        return IntegrityReport((f"The file cannot be read as a database: {exc}",))
    finally:
        connection.close()


def inspect_database_file(path: Path) -> str:
    """The schema revision of a sound ShadowDesk database file; raises DatabaseError in plain words
    when path is missing, not ShadowDesk's, written by a newer version or damaged."""
    if not path.is_file():
        raise DatabaseError(f"{path} does not exist or is not a file.")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise NotAShadowDeskDatabase(f"{path} is not a ShadowDesk database (it is not an SQLite file).")
    connection = _open_read_only(path)
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise NotAShadowDeskDatabase(f"{path} is not a ShadowDesk database.")
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        report = check_connection(connection)
    except sqlite3.DatabaseError as exc:
        raise NotAShadowDeskDatabase(f"{path} cannot be read as a ShadowDesk database ({exc}).") from exc
    finally:
        connection.close()
    if row is None or not migrations.is_known(row[0]):
        raise NewerSchemaError(
            f"{path} was written by a newer version of ShadowDesk; install it to use this file."
        )
    if not report.ok:
        raise DatabaseError(f"{path} is damaged: " + "; ".join(report.problems[:3]))
    return row[0]


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
