"""Copies of the SQLite database taken with SQLite's online backup API (consistent while others write),
the rolling retention of the automatic ones, and putting a copy back in place.

Backup files are named shadowdesk-<UTC time>-<label>.sqlite3. Labels: "daily" (automatic, pruned by the
retention rules), "manual" (asked for by the user), "before-restore" and "before-upgrade-from-<revision>"
(safety copies). Only "daily" copies are ever deleted automatically.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from shadowdesk.storage.database import DatabaseError, DatabaseInUse
from shadowdesk.storage.integrity import inspect_database_file

DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
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


def backup_sqlite(database_file: Path, backups_dir: Path, label: str, now: datetime | None = None) -> Path:
    """Write a consistent copy of database_file into backups_dir and return its path."""
    backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP_FORMAT)
    target = backups_dir / f"shadowdesk-{stamp}-{label}.sqlite3"
    partial = target.with_suffix(".partial")
    source = sqlite3.connect(f"file:{database_file}?mode=ro", uri=True)
    try:
        _copy_with_backup_api(source, partial)
        # Renamed only when complete, so a crash never leaves a half copy that looks whole.
        os.replace(partial, target)
    finally:
        source.close()
        partial.unlink(missing_ok=True)  # a failed copy leaves nothing behind
    _sync_folder(backups_dir)
    return target


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
    """True when no backup of any kind is younger than a day."""
    backups = list_backups(backups_dir)
    return not backups or (now - backups[0].taken_at).total_seconds() >= 24 * 3600


def backups_to_prune(backups: Iterable[BackupFile], keep_daily: int, keep_weekly: int) -> list[BackupFile]:
    """The automatic backups that fall outside "the newest of each of the last keep_daily days, and the
    newest of each of the last keep_weekly ISO weeks". Manual and safety copies are never returned."""
    automatic = sorted((b for b in backups if b.automatic), key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = set()
    for period_of, how_many in (
        (lambda b: b.taken_at.date(), keep_daily),
        (lambda b: b.taken_at.isocalendar()[:2], keep_weekly),
    ):
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
    beside a write-ahead log that belongs to the old file, would corrupt it.
    """
    inspect_database_file(source)
    safety = None
    if database_file.exists() and database_file.stat().st_size > 0:
        _close_write_ahead_log(database_file)
        safety = backup_sqlite(database_file, backups_dir, BEFORE_RESTORE)
    partial = database_file.with_name(database_file.name + ".restoring")
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        _copy_with_backup_api(reader, partial)
        os.replace(partial, database_file)
    finally:
        reader.close()
        partial.unlink(missing_ok=True)
    _sync_folder(database_file.parent)
    return safety


def _copy_with_backup_api(source: sqlite3.Connection, target_file: Path) -> None:
    """Copy into a fresh file created readable by its owner only, flushed to disk before it is used."""
    target_file.unlink(missing_ok=True)
    os.close(os.open(target_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    copy = sqlite3.connect(target_file)
    try:
        source.backup(copy)
        # Without WAL the copy is one self-contained file, which is what may be renamed into place.
        copy.execute("PRAGMA journal_mode=DELETE")
    finally:
        copy.close()
    os.chmod(target_file, 0o600)
    with open(target_file, "rb") as handle:
        os.fsync(handle.fileno())


def _close_write_ahead_log(database_file: Path) -> None:
    """Fold the write-ahead log into the file and switch it off; fails while anyone else has it open."""
    connection = sqlite3.connect(database_file, timeout=0.5)
    try:
        mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise DatabaseInUse(
            f"{database_file} is open in another ShadowDesk window or program. Close it and try again; "
            "nothing was changed."
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{database_file} cannot be read ({exc}); nothing was changed.") from exc
    finally:
        connection.close()
    if mode != "delete":
        raise DatabaseInUse(f"{database_file} is in use by another program; nothing was changed.")


def _sync_folder(folder: Path) -> None:
    """Make a rename durable: flush the folder entry (POSIX only; Windows has no folder handles)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
