"""Copies of the SQLite database taken with SQLite's online backup API (consistent while others write),
the rolling retention of the automatic ones, and putting a copy back in place.

Backup files are named shadowdesk-<UTC time>-<label>.sqlite3. Labels: "daily" (automatic, pruned by the
retention rules), "manual" (asked for by the user), "before-restore" and "before-upgrade-from-<revision>"
(safety copies); a copy of a damaged database ends in "-damaged". Only "daily" copies are ever deleted
automatically.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from shadowdesk.fileio import atomic_file
from shadowdesk.storage.database import DatabaseError, DatabaseInUse, read_only_uri
from shadowdesk.storage.integrity import clear_damage_mark, file_report, inspect_database_file, mark_damaged
from shadowdesk.translation import _

DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
DAMAGED = "damaged"  # the last word of a copy that failed its integrity check
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^shadowdesk-(?P<stamp>\d{8}T\d{12}Z)-(?P<label>[A-Za-z0-9_.-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    label: str

    @property
    def automatic(self) -> bool:
        return self.label == DAILY


class SourceDamaged(DatabaseError):
    """The database was damaged: its copy failed the integrity check and was kept under a "-damaged" name."""

    def __init__(self, message: str, copy: Path) -> None:
        super().__init__(message)
        self.copy = copy


def backup_sqlite(database_file: Path, backups_dir: Path, label: str, now: datetime | None = None,
                  damaged_ok: bool = False) -> Path:
    """Write a consistent copy of database_file into backups_dir, check the copy, and return its path.

    A copy that fails SQLite's integrity check means the database itself is damaged: the copy is kept
    (renamed "...-<label>-damaged.sqlite3", for salvage; a restore refuses it), the database is marked
    damaged, and SourceDamaged says so, unless damaged_ok (the safety copy before a restore, which is
    how a damaged database is repaired)."""
    backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP_FORMAT)
    target = backups_dir / f"shadowdesk-{stamp}-{label}.sqlite3"
    source = sqlite3.connect(read_only_uri(database_file), uri=True)
    try:
        # Renamed only when complete, so a crash never leaves a half copy that looks whole.
        with atomic_file(target, protected_ok=True) as (_descriptor, partial):
            _copy_with_backup_api(source, partial)
            report = file_report(partial, references=False)
    finally:
        source.close()
    if report.ok or damaged_ok:
        return target
    damaged = target.with_name(f"{target.stem}-{DAMAGED}.sqlite3")
    os.replace(target, damaged)
    mark_damaged(database_file, report.damage)
    raise SourceDamaged(
        _("{path} is damaged ({problem}), so this backup would not restore. The copy was kept as {copy} in "
          "case its data is needed. Restore an earlier good backup (shadowdesk db restore FILE, or File > "
          "Restore from Backup); shadowdesk db check lists the damage.").format(
            path=database_file, problem=report.problems[0], copy=damaged), damaged)


def list_backups(backups_dir: Path) -> list[BackupFile]:
    """Every backup in backups_dir, newest first; files with other names are ignored."""
    if not backups_dir.is_dir():
        return []
    found = []
    for path in backups_dir.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            taken_at = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
            found.append(BackupFile(path, taken_at, match["label"]))
    return sorted(found, key=lambda backup: backup.taken_at, reverse=True)


def backup_is_due(backups_dir: Path, now: datetime) -> bool:
    """True when no backup of any kind is younger than a day (a copy of a damaged database does not count)."""
    backups = [backup for backup in list_backups(backups_dir) if not backup.label.endswith(DAMAGED)]
    return not backups or (now - backups[0].taken_at).total_seconds() >= 24 * 3600


def backups_to_prune(backups: Iterable[BackupFile], keep_daily: int, keep_weekly: int) -> list[BackupFile]:
    """The automatic backups that fall outside "the newest of each of the last keep_daily days, and the
    newest of each of the last keep_weekly ISO weeks". Manual and safety copies are never returned."""
    automatic = sorted((b for b in backups if b.automatic), key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = set()
    periods: tuple[tuple[Callable[[BackupFile], object], int], ...] = (
        (lambda b: b.taken_at.date(), keep_daily),
        (lambda b: b.taken_at.isocalendar()[:2], keep_weekly),
    )
    for period_of, how_many in periods:
        seen: list[object] = []
        for backup in automatic:  # newest first, so the first of each period is its newest copy
            period = period_of(backup)
            if period not in seen:
                seen.append(period)
                if len(seen) <= how_many:
                    keep.add(backup.path)
    return [backup for backup in automatic if backup.path not in keep]


def restore_sqlite(source: Path, database_file: Path, backups_dir: Path) -> Path | None:
    """Replace database_file with a copy of source; return the safety backup of what was there.

    source must be a sound ShadowDesk database (checked first, nothing is touched otherwise). Refuses
    while any program holds database_file open: replacing a file under an open SQLite connection, or
    beside a write-ahead log that belongs to the old file, would corrupt it. A database that is a
    symbolic link is restored into the file it points to, as SQLite itself reads and writes through the
    link (and names its journal after the target): the link stays a link.
    """
    inspect_database_file(source)
    database_file = Path(os.path.realpath(database_file))
    safety = None
    if database_file.exists() and database_file.stat().st_size > 0:
        _close_write_ahead_log(database_file)
        safety = backup_sqlite(database_file, backups_dir, BEFORE_RESTORE, damaged_ok=True)
    reader = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        with atomic_file(database_file, protected_ok=True) as (_descriptor, partial):
            _copy_with_backup_api(reader, partial)
    finally:
        reader.close()
    clear_damage_mark(database_file)
    return safety


def _copy_with_backup_api(source: sqlite3.Connection, target_file: Path) -> None:
    """Copy into target_file, a fresh private file that atomic_file flushes and renames into place."""
    copy = sqlite3.connect(target_file)
    try:
        source.backup(copy)
        # Without WAL the copy is one self-contained file, which is what may be renamed into place.
        copy.execute("PRAGMA journal_mode=DELETE")
    finally:
        copy.close()


def _close_write_ahead_log(database_file: Path) -> None:
    """Fold the write-ahead log into the file and switch it off; fails while anyone else has it open."""
    connection = sqlite3.connect(database_file, timeout=0.5)
    try:
        mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise DatabaseInUse(
            _("{path} is open in another ShadowDesk window or program. Close it and try again; nothing was "
              "changed.").format(path=database_file)
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(_("{path} cannot be read ({why}); nothing was changed.").format(
            path=database_file, why=exc)) from exc
    finally:
        connection.close()
    if mode != "delete":
        raise DatabaseInUse(_("{path} is in use by another program; nothing was changed.").format(
            path=database_file))
