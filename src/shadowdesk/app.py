"""Composition root: paths -> database -> services -> MainWindow. The one module that wires everything."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cached_property
from logging.handlers import RotatingFileHandler

from shadowdesk.paths import AppPaths, database_url
from shadowdesk.services.dashboard import DashboardService
from shadowdesk.settings import SettingsStore
from shadowdesk.storage import Database, open_database


@dataclass
class Services:
    """Every use case the GUI and the CLI call, built on one open database."""

    database: Database
    paths: AppPaths

    @cached_property
    def settings(self) -> SettingsStore:
        return SettingsStore(self.paths.config / "settings.json")

    @cached_property
    def dashboard(self) -> DashboardService:
        return DashboardService(self.database)


class AppContext:
    """What a command or the GUI starts from: the paths, the URL, and the database opened on first use."""

    def __init__(self, paths: AppPaths, url: str | None = None) -> None:
        self.paths = paths
        self.url = database_url(paths, url)
        self._services: Services | None = None

    @property
    def services(self) -> Services:
        if self._services is None:
            self.paths.create()
            self._services = Services(open_database(self.url, self.paths.backups), self.paths)
        return self._services

    def close(self) -> None:
        if self._services is not None:
            self._services.database.dispose()
            self._services = None


def setup_logging(paths: AppPaths) -> None:
    """A rotating log file in the logs folder, readable by its owner only. Never log note text."""
    paths.create()
    handler = RotatingFileHandler(paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    os.chmod(paths.log_file, 0o600)


def run_gui(context: AppContext, argv: list[str]) -> int:
    from shadowdesk.gui.application import run

    setup_logging(context.paths)
    return run(context, argv)
