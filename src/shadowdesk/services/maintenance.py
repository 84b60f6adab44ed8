"""Looking after the database file: backups (automatic, on demand), restore, integrity check.

On PostgreSQL the server owns the data: backups are pg_dump's job, so the backup use cases say so and
write nothing. The CLI builds this service without opening the database (a restore needs it closed);
the GUI builds it on the open database, which is closed for the restore and reconnects afterwards.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from shadowdesk.fileio import why_not_written
from shadowdesk.services.errors import UserError
from shadowdesk.settings import SettingsStore
from shadowdesk.storage import Database, DatabaseError, migrations, open_database
from shadowdesk.storage.backup import (
    DAILY,
    MANUAL,
    backup_is_due,
    backup_sqlite,
    backups_to_prune,
    list_backups,
    restore_sqlite,
)
from shadowdesk.storage.database import normalise_url, sqlite_path
from shadowdesk.storage.integrity import check_file
from shadowdesk.translation import N_, _, n_

log = logging.getLogger(__name__)

POSTGRES_BACKUP_MESSAGE = N_(
    "This database lives on a PostgreSQL server, so backups are the server's job: ask its administrator, "
    "or run pg_dump (for example: pg_dump --format=custom --file=shadowdesk.dump DATABASE). "
    "ShadowDesk wrote nothing."
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    label: str
    size_bytes: int
    automatic: bool


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problems: tuple[str, ...]
    summary: str


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_backup: Path | None  # the state before the restore; None when there was no database yet
    upgraded: bool  # the restored copy came from an older version and was upgraded


class MaintenanceService:
    def __init__(
        self, url: str, backups_dir: Path, settings: SettingsStore, database: Database | None = None
    ) -> None:
        self._sqlite_file = sqlite_path(normalise_url(url))
        # The plain file URL, also when the GUI's database is open read-only: a restore reopens it writable.
        self._url = normalise_url(url) if self._sqlite_file is None else f"sqlite:///{self._sqlite_file}"
        self._backups_dir = backups_dir
        self._settings = settings
        self._database = database

    @classmethod
    def on_database(
        cls, database: Database, backups_dir: Path, settings: SettingsStore
    ) -> MaintenanceService:
        return cls(database.engine.url.render_as_string(hide_password=False), backups_dir, settings, database)

    def backup_now(self) -> BackupInfo:
        """A manual backup: kept until the user deletes it."""
        try:
            return self._info_of(backup_sqlite(self._existing_file(), self._backups_dir, MANUAL))
        except OSError as exc:
            raise UserError(_("The backup could not be written to {folder}: {reason}; the database was not "
                              "changed.").format(folder=self._backups_dir, reason=why_not_written(exc))) from exc
        except sqlite3.Error as exc:
            raise UserError(_("The backup could not be written to {folder} ({error}); the database was not "
                              "changed.").format(folder=self._backups_dir, error=exc)) from exc

    def backup_if_due(self, now: datetime | None = None) -> BackupInfo | None:
        """At start: a "daily" backup when the newest backup is a day old, then the retention rules.

        A failure is logged and retried at the next start: it must not keep the user from their data."""
        now = now or datetime.now(UTC)
        if (self._sqlite_file is None or (self._database is not None and self._database.read_only_reason)
                or not backup_is_due(self._backups_dir, now) or not self._holds_data()):
            return None  # a database open read-only does not change, and a damaged one has no good copy
        try:
            made = backup_sqlite(self._sqlite_file, self._backups_dir, DAILY, now)
            self.prune()
        except (OSError, sqlite3.Error, DatabaseError) as exc:
            log.warning("The automatic backup failed (%s); it is tried again at the next start.", exc)
            return None
        return self._info_of(made)

    def prune(self) -> list[Path]:
        """Delete the automatic backups beyond the daily and weekly counts in the settings."""
        doomed = backups_to_prune(
            list_backups(self._backups_dir),
            self._settings.get("backup_keep_daily"),
            self._settings.get("backup_keep_weekly"),
        )
        for backup in doomed:
            backup.path.unlink(missing_ok=True)
        return [backup.path for backup in doomed]

    def list_backups(self) -> list[BackupInfo]:
        self._require_sqlite()
        return [self._info_of(backup.path) for backup in list_backups(self._backups_dir)]

    def check(self) -> CheckResult:
        """SQLite: integrity and foreign-key checks of the file, read-only. PostgreSQL checks its own pages
        and always enforces references, so there the check confirms the connection and the schema."""
        if self._sqlite_file is None:
            database = self._database or open_database(self._url, migrate=False)
            try:
                with database.engine.connect() as connection:
                    revision = migrations.current_revision(connection)
            finally:
                if database is not self._database:
                    database.dispose()
            return CheckResult(
                True,
                (),
                _("The PostgreSQL server answered; schema {revision}. The server checks its own storage and "
                  "enforces every reference.").format(revision=revision),
            )
        report = check_file(self._existing_file())
        if report.ok:
            return CheckResult(True, (), _("{file}: no problems found.").format(file=self._sqlite_file))
        return CheckResult(
            False,
            report.problems,
            n_("{file}: {count} problem found. Restore a recent backup (File > Restore from Backup, or "
               "shadowdesk db restore).",
               "{file}: {count} problems found. Restore a recent backup (File > Restore from Backup, or "
               "shadowdesk db restore).", len(report.problems)).format(file=self._sqlite_file,
                                                                       count=len(report.problems)),
        )

    def restore(self, source: Path) -> RestoreResult:
        """Put a backup in place of the database, after a safety backup of the current state.

        The open database (if any) is closed first and reconnects on its next use."""
        target = self._require_sqlite()
        if source.resolve() == target.resolve():
            raise UserError(_("That file is the database itself; choose a backup."))
        if self._database is not None:
            self._database.dispose()
        try:
            safety = restore_sqlite(source, target, self._backups_dir)
            # Opening it again upgrades a backup from an older version (with its own pre-upgrade backup).
            reopened = open_database(self._url, self._backups_dir)
        except (DatabaseError, OSError, sqlite3.Error) as exc:
            raise UserError(str(exc)) from exc
        reopened.dispose()
        return RestoreResult(source, safety, reopened.backup_made is not None)

    def storage_warning(self) -> str | None:
        from shadowdesk.storage.concurrency import network_share_warning  # it imports the model: see _holds_data

        return network_share_warning(self._sqlite_file)

    def _require_sqlite(self) -> Path:
        if self._sqlite_file is None:
            raise UserError(_(POSTGRES_BACKUP_MESSAGE))
        return self._sqlite_file

    def _existing_file(self) -> Path:
        path = self._require_sqlite()
        if not path.is_file() or path.stat().st_size == 0:
            raise UserError(_("There is no database at {path} yet.").format(path=path))
        return path

    def _holds_data(self) -> bool:
        """An empty database is not worth a backup; counting the top-level records is enough to tell."""
        if self._database is None:
            return True
        from shadowdesk.model import Person, Program  # here: the window's start (benchmarked) never needs it

        with self._database.session() as session:
            return bool(
                session.scalar(select(func.count()).select_from(Person))
                or session.scalar(select(func.count()).select_from(Program))
            )

    @staticmethod
    def _info_of(path: Path) -> BackupInfo:
        found = next(b for b in list_backups(path.parent) if b.path == path)
        return BackupInfo(path, found.taken_at, found.label, path.stat().st_size, found.automatic)


def probe_database(url: str) -> None:
    """Open url without creating, migrating or changing anything, to learn whether ShadowDesk can use it.

    Raises DatabaseError in plain words when it cannot (not a ShadowDesk database, newer schema, server
    unreachable)."""
    open_database(url, migrate=False).dispose()
