"""Is a SQLite file sound? SQLite's own integrity and foreign-key checks, reported in plain words."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from shadowdesk.fileio import atomic_write
from shadowdesk.storage import migrations
from shadowdesk.storage.database import (
    APPLICATION_ID,
    SQLITE_MAGIC,
    DatabaseError,
    NewerSchemaError,
    NotAShadowDeskDatabase,
    can_write,
    read_only_uri,
)
from shadowdesk.translation import _

# integrity_check stops after this many findings; a file that bad needs a backup, not a longer list.
MAX_FINDINGS = 50


class DanglingReference(NamedTuple):
    """A row whose foreign key names a row that is not there (the database's own table names)."""

    table: str
    row: int | None  # None in a table WITHOUT ROWID
    parent: str


@dataclass(frozen=True)
class IntegrityReport:
    """What a check found. damage: the storage itself (pages, indexes), the damage a backup cannot repair, in
    SQLite's own words; dangling: references to missing rows."""

    damage: tuple[str, ...] = ()
    dangling: tuple[DanglingReference, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.damage and not self.dangling

    @property
    def problems(self) -> tuple[str, ...]:
        """Each finding as a line for the reader, in the current language."""
        return (*(damaged_storage(finding) for finding in self.damage),
                *(_("Row {row} of {table} points to a missing row of {parent}").format(
                    row=reference.row, table=reference.table, parent=reference.parent)
                  for reference in self.dangling))


def damaged_storage(finding: str) -> str:
    """One of SQLite's findings about the storage, as a line of `db check`."""
    return _("Damaged storage: {finding}").format(finding=finding)


def storage_findings(connection: sqlite3.Connection) -> tuple[str, ...]:
    """PRAGMA integrity_check: pages, indexes and constraints, the damage a backup cannot repair."""
    return tuple(finding for (finding,) in connection.execute(f"PRAGMA integrity_check({MAX_FINDINGS})")
                 if finding != "ok")


def check_connection(connection: sqlite3.Connection) -> IntegrityReport:
    """storage_findings and PRAGMA foreign_key_check (dangling references)."""
    damage = storage_findings(connection)
    dangling = tuple(DanglingReference(table, rowid, parent)
                     for table, rowid, parent, _key in connection.execute("PRAGMA foreign_key_check"))
    return IntegrityReport(damage, dangling)


def file_report(path: Path, references: bool = True) -> IntegrityReport:
    """Check a database file without changing it (nor marking it); references=False checks the storage
    only, as a backup's copy is checked (a dangling reference is copied as it is, not made by the copy)."""
    try:
        connection = _open_read_only(path)
    except sqlite3.Error as exc:
        raise DatabaseError(_("{path} cannot be opened to check it ({why}); nothing was changed.").format(
            path=path, why=exc)) from exc
    try:
        return check_connection(connection) if references else IntegrityReport(storage_findings(connection))
    except sqlite3.DatabaseError as exc:  # damage that stops the check itself: SQLite's words say which
        return IntegrityReport((str(exc),))
    finally:
        connection.close()


def check_file(path: Path) -> IntegrityReport:
    """file_report, remembered: a file whose storage is damaged is marked so (see mark_damaged), and loses
    the mark when found sound. Dangling references are reported but do not stop writes."""
    report = file_report(path)
    if report.damage:
        mark_damaged(path, report.damage)
    else:
        clear_damage_mark(path)
    return report


def damage_mark(database_file: Path) -> Path:
    """The file beside the database that says it was found damaged. Looking for it costs one stat, where
    checking the file on every open would read all of it."""
    return database_file.with_name(database_file.name + ".damaged")


def mark_damaged(database_file: Path, damage: tuple[str, ...]) -> None:
    """Remember that the file is damaged: from now on it opens for reading only (storage.open_database),
    until a check finds it sound or a backup is restored over it. The mark keeps SQLite's findings, not a
    sentence: whoever reads it later may read another language."""
    if can_write(database_file.parent):  # a read-only folder cannot be written to, damaged or not
        atomic_write(damage_mark(database_file), "\n".join(damage) + "\n", protected_ok=True)


def clear_damage_mark(database_file: Path) -> None:
    if damage_mark(database_file).exists() and can_write(database_file.parent):
        damage_mark(database_file).unlink()


def damage_noted(database_file: Path) -> str | None:
    """The first damage a check found (SQLite's words), when the file is marked damaged."""
    try:
        return damage_mark(database_file).read_text(encoding="utf-8").partition("\n")[0] or _(
            "no details were kept")
    except OSError:
        return None


def inspect_database_file(path: Path) -> str:
    """The schema revision of a sound ShadowDesk database file; raises DatabaseError in plain words
    when path is missing, not ShadowDesk's, written by a newer version or damaged."""
    if not path.is_file():
        raise DatabaseError(_("{path} does not exist or is not a file.").format(path=path))
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise NotAShadowDeskDatabase(_("{path} is not a ShadowDesk database (it is not an SQLite "
                                           "file).").format(path=path))
    connection = _open_read_only(path)
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise NotAShadowDeskDatabase(_("{path} is not a ShadowDesk database.").format(path=path))
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        report = check_connection(connection)
    except sqlite3.DatabaseError as exc:
        raise NotAShadowDeskDatabase(_("{path} cannot be read as a ShadowDesk database ({why}).").format(
            path=path, why=exc)) from exc
    finally:
        connection.close()
    if row is None or not migrations.is_known(row[0]):
        raise NewerSchemaError(
            _("{path} was written by a newer version of ShadowDesk; install it to use this file.").format(path=path)
        )
    if not report.ok:
        raise DatabaseError(_("{path} is damaged: {problems}").format(
            path=path, problems="; ".join(report.problems[:3])))
    revision: str = row[0]
    return revision


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True)
