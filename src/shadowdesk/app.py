"""Composition root: paths -> database -> services -> MainWindow. The one module that wires everything."""

from __future__ import annotations

import errno
import logging
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

from shadowdesk.fileio import protect, why_not_written
from shadowdesk.paths import AppPaths, database_url, location_file
from shadowdesk.services.dashboard import DashboardService
from shadowdesk.settings import SettingsStore
from shadowdesk.storage import Database, open_database
from shadowdesk.storage.database import normalise_url, sqlite_path
from shadowdesk.storage.integrity import damage_mark, damage_noted

if TYPE_CHECKING:  # each service's module is imported when first used (see Services)
    from shadowdesk.services.customers import CustomerService
    from shadowdesk.services.history import HistoryService
    from shadowdesk.services.ideas import IdeaService
    from shadowdesk.services.identity import IdentityService
    from shadowdesk.services.invites import InviteService
    from shadowdesk.services.maintenance import MaintenanceService
    from shadowdesk.services.pair_sessions import PairScheduling
    from shadowdesk.services.pairing import PairingService
    from shadowdesk.services.people import PeopleService
    from shadowdesk.services.perception import PerceptionService
    from shadowdesk.services.programs import ProgramService
    from shadowdesk.services.reflections import ReflectionService
    from shadowdesk.services.reports import ReportService
    from shadowdesk.services.scheduling import SchedulingService
    from shadowdesk.services.search import SearchService
    from shadowdesk.services.search_backlog import SearchBacklog
    from shadowdesk.services.server_login import AskPassword, PasswordAnswer, PasswordRequest
    from shadowdesk.services.skills import SkillService


@dataclass
class Services:
    """Every use case the GUI and the CLI call, built on one open database.

    Each service's module is imported the first time it is used, so start-up (benchmarked) pays for the
    dashboard's alone."""

    database: Database
    paths: AppPaths

    @cached_property
    def settings(self) -> SettingsStore:
        return SettingsStore(self.paths.settings_file)

    @cached_property
    def dashboard(self) -> DashboardService:
        return DashboardService(self.database, self.settings)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        from shadowdesk.services.maintenance import MaintenanceService

        return MaintenanceService.on_database(self.database, self.paths.backups, self.settings)

    @cached_property
    def reflections(self) -> ReflectionService:
        from shadowdesk.services.reflections import ReflectionService

        return ReflectionService(self.database, self.settings)

    @cached_property
    def perception(self) -> PerceptionService:
        from shadowdesk.services.perception import PerceptionService

        return PerceptionService(self.database)

    @cached_property
    def ideas(self) -> IdeaService:
        from shadowdesk.services.ideas import IdeaService

        return IdeaService(self.database)

    @cached_property
    def search(self) -> SearchService:
        from shadowdesk.services.search import SearchService

        return SearchService(self.database)

    @cached_property
    def scheduling(self) -> SchedulingService:
        from shadowdesk.services.scheduling import SchedulingService

        return SchedulingService(self.database, self.settings)

    @cached_property
    def people(self) -> PeopleService:
        from shadowdesk.services.people import PeopleService

        return PeopleService(self.database)

    @cached_property
    def customers(self) -> CustomerService:
        from shadowdesk.services.customers import CustomerService

        return CustomerService(self.database)

    @cached_property
    def search_backlog(self) -> SearchBacklog:
        from shadowdesk.services.search_backlog import SearchBacklog

        return SearchBacklog(self.database)

    @cached_property
    def history(self) -> HistoryService:
        from shadowdesk.services.history import HistoryService

        return HistoryService(self.database)

    @cached_property
    def identity(self) -> IdentityService:
        from shadowdesk.services.identity import IdentityService

        return IdentityService(self.database)

    @cached_property
    def skills(self) -> SkillService:
        from shadowdesk.services.skills import SkillService

        return SkillService(self.database)

    @cached_property
    def pair_scheduling(self) -> PairScheduling:
        from shadowdesk.services.pair_sessions import PairScheduling

        return PairScheduling(self.database)

    @cached_property
    def programs(self) -> ProgramService:
        from shadowdesk.services.programs import ProgramService

        return ProgramService(self.database)

    @cached_property
    def pairing(self) -> PairingService:
        from shadowdesk.services.pairing import PairingService

        return PairingService(self.database)

    @cached_property
    def reports(self) -> ReportService:
        from shadowdesk.services.reports import ReportService

        return ReportService(self.database, self.settings)

    @cached_property
    def invites(self) -> InviteService:
        from shadowdesk.services.invites import InviteService

        return InviteService(self.database, self.settings, self.reflections.due,
                             organizer=self.scheduling.organizer)


class AppContext:
    """What a command or the GUI starts from: the paths, the URL, and the database opened on first use."""

    # Asks for a team server's password when the server refuses without it (services.server_login). The
    # window sets it; a command never asks.
    ask_password: AskPassword | None = None

    def __init__(self, paths: AppPaths, url: str | None = None) -> None:
        self.paths = paths
        self.url = database_url(paths, url)
        protect_outputs(paths, sqlite_path(normalise_url(self.url)))
        self._services: Services | None = None
        self._opening_error: Exception | None = None
        # The rolling daily backup is made when the database opens, except for the window, which makes it
        # in a worker once it has painted (gui/application.py): start-up is benchmarked.
        self.backs_up_on_open = True

    @property
    def services(self) -> Services:
        from shadowdesk.services.server_login import open_server, password_refused

        if self._opening_error is not None:
            error, self._opening_error = self._opening_error, None
            if not (self.ask_password and password_refused(error)):
                raise error  # else opened again below, asking for the password now that someone can answer
        if self._services is None:
            self.paths.create()
            database = open_server(self.url, lambda url: open_database(url, self.paths.backups), self.ask_password)
            self._services = Services(database, self.paths)
            if self.backs_up_on_open:
                self._services.maintenance.backup_if_due()  # the rolling daily backup, pruned by the settings
                self.reopen_if_damaged()
        return self._services

    def reopen_if_damaged(self) -> bool:
        """After the daily backup: when its check of the copy found the file damaged, the database is opened
        again, for reading only from now on. True when it was (whoever held the old services drops them)."""
        database = self.services.database
        if database.read_only_reason or not database.sqlite_file or not damage_noted(database.sqlite_file):
            return False
        database.dispose()
        self._services = Services(open_database(self.url, self.paths.backups), self.paths)
        return True

    def open_before_the_gui(self) -> None:
        """Open the database before Qt is loaded, and let the dashboard count its totals in a thread while Qt
        loads and the window is built: on a large database the two take about as long. What opening raises
        is raised again by the next use of services, once the GUI can show it (a plain message, or the
        excepthook's dialog naming the log file)."""
        try:
            self.services.dashboard.count_totals_in_background(datetime.now(UTC))
        except Exception as exc:  # kept for the GUI to show: see above
            self._opening_error = exc

    def close(self) -> None:
        if self._services is not None:
            dashboard = self._services.__dict__.get("dashboard")  # made only if used (a cached_property)
            if dashboard is not None:
                dashboard.finish_counting()  # its early count holds a connection the dispose would not close
            self._services.database.dispose()
            self._services = None


def protect_outputs(paths: AppPaths, database_file: Path | None) -> None:
    """No export, report or Save As may write over the database, its journals, its damage mark, a backup or
    the location file (see fileio): declared once here, so no command or dialog can forget it."""
    files = [location_file(), paths.settings_file]
    for database in {file for file in (paths.database_file, database_file) if file is not None}:
        files += [database, damage_mark(database),
                  *(database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]
    protect(files, [paths.backups])


def setup_logging(paths: AppPaths) -> None:
    """A rotating log file in the logs folder, readable by its owner only. Never log note text.

    The file is created (or opened) here without following a symbolic link: a link planted in its place
    would otherwise have its target's mode changed and the log appended to it. Then the log is left off
    for this run, with a word on standard error."""
    paths.create()
    try:
        descriptor = os.open(paths.log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW, 0o600)
    except OSError as exc:
        reason = "it is a symbolic link" if exc.errno == errno.ELOOP else why_not_written(exc)
        print(f"shadowdesk: not logging to {paths.log_file}: {reason}.", file=sys.stderr)
        return
    try:
        os.fchmod(descriptor, 0o600)
    finally:
        os.close(descriptor)
    handler = RotatingFileHandler(paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # SQLAlchemy logs statements and result rows at INFO/DEBUG: rows hold note text, so never below WARNING.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)


def run_gui(context: AppContext, argv: list[str]) -> int:
    setup_logging(context.paths)
    context.backs_up_on_open = False  # the window backs up once it has painted
    context.open_before_the_gui()  # never asks for a password: Qt is not loaded yet
    from shadowdesk.gui.application import run

    def ask_password(request: PasswordRequest) -> PasswordAnswer | None:  # the dialog loads when a server asks
        from shadowdesk.gui.dialogs.password_dialog import ask_for_server_password

        return ask_for_server_password(request)

    context.ask_password = ask_password
    return run(context, argv)
