"""Start the GUI: QApplication, look and language, the crash dialog, the database, the main window."""

from __future__ import annotations

import gc
import logging
import sys
import traceback
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QSettings, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from shadowdesk.gui import theme
from shadowdesk.gui.i18n import Translations
from shadowdesk.gui.main_window import MainWindow
from shadowdesk.gui.workers import reads_lane
from shadowdesk.paths import resource_path

if TYPE_CHECKING:
    from shadowdesk.app import AppContext, Services

log = logging.getLogger(__name__)

# A window that never paints (one mapped on another desktop of a window manager that sends it no expose)
# must not leave the garbage collector paused: it resumes after this long at the latest.
COLLECTOR_RESUMES_AT_THE_LATEST_MS = 5_000
# Objects made and not yet freed before the collector's youngest generation is scanned (Python's default:
# 700). On a large company the views benchmark's walk of every section made 734-754 such passes at 700,
# and six full passes of 45-50 ms each, in workers holding the interpreter's lock, so the window could not
# paint; at 5,000 (and the warm-up's imports frozen), 74 passes and no full pass (docs/BENCHMARKS.md).
YOUNG_OBJECTS_PER_COLLECTION = 5_000


def install_excepthook(log_file: str) -> None:
    """Log every uncaught exception and tell the user where the details are: never die silently.

    What is not a bug (an error written for the user, a full disk, a read-only folder) is shown in plain
    words instead, the way the CLI prints it."""
    from shadowdesk.errors import PlainWordsError
    from shadowdesk.fileio import why_not_written

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        from shadowdesk.gui import prompts  # message boxes load when one is shown: start-up is benchmarked

        if isinstance(value, PlainWordsError | OSError) and QApplication.instance() is not None:
            log.warning("Refused: %s", value)
            text = str(value) if isinstance(value, PlainWordsError) else QCoreApplication.translate(
                "excepthook", "Could not write {path}: {reason}. Nothing more was written.").format(
                path=value.filename or "", reason=why_not_written(value))
            prompts.show_error(None, QCoreApplication.translate("excepthook", "ShadowDesk"), text)
            return
        log.error("Uncaught exception:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is not None:
            prompts.show_error(
                None,
                QCoreApplication.translate("excepthook", "ShadowDesk: unexpected error"),
                QCoreApplication.translate(
                    "excepthook",
                    "Something went wrong: {error}\n\nYour saved work is safe. The details were written to:\n{log}",
                ).format(error=value, log=log_file),
            )

    sys.excepthook = hook


def settings_for(context: AppContext) -> QSettings:
    """Window geometry and other per-machine state, kept in the config folder (not in the database)."""
    return QSettings(str(context.paths.config / "shadowdesk.ini"), QSettings.Format.IniFormat)


def run(context: AppContext, argv: list[str]) -> int:
    from shadowdesk.errors import PlainWordsError

    existing = QApplication.instance()  # the tests' (pytest-qt); else the program's own, made here
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName("ShadowDesk")
    app.setOrganizationName("ShadowDesk")
    app.setDesktopFileName("io.shadowdesk.ShadowDesk")  # Wayland docks match the window to its menu entry
    app.setWindowIcon(QIcon(str(resource_path("icons/shadowdesk.svg"))))
    theme.follow_system(app)
    install_excepthook(str(context.paths.log_file))
    translations = Translations(app)
    # The settings file needs no database, so even "cannot open the database" is in the user's language.
    translations.install(_language_of(context))
    try:
        services = context.services
    except PlainWordsError as exc:
        from shadowdesk.gui import prompts

        log.error("Could not open the database: %s", exc)
        prompts.show_error(None, QCoreApplication.translate("run", "ShadowDesk cannot open the database"), str(exc))
        return 2
    current = _Shown(context, open_window(context, services))

    def watch(window: MainWindow) -> None:
        window.reopened.connect(lambda: replace(current.context, current.context.services))
        window.open_folder_requested.connect(lambda folder: switch_to(folder, None))
        window.location_requested.connect(lambda folder, url: switch_to(folder or None, url or None))
        window.language_requested.connect(lambda _language: relabel())

    def switch_to(folder: str | None, url: str | None) -> None:
        """Another database: a new window on it replaces this one if it opens."""
        from shadowdesk.app import AppContext
        from shadowdesk.paths import resolve_paths

        try:
            new_context = AppContext(resolve_paths(folder), url)
            new_context.backs_up_on_open = False  # its window backs up once it has painted
            new_context.ask_password = current.context.ask_password  # a server that asks: a dialog
            new_services = new_context.services
        except PlainWordsError as exc:
            from shadowdesk.gui import prompts

            prompts.show_error(current.window, QCoreApplication.translate("run", "Cannot open that database"),
                               str(exc))
            return
        translations.install(new_services.settings.get("language"))
        replace(new_context, new_services)

    def relabel() -> None:
        """A new language: every text of the window is set when it is built, so build it again."""
        translations.install(current.context.services.settings.get("language"))
        replace(current.context, current.context.services)

    def replace(new_context: AppContext, new_services: Services) -> None:
        old_window, old_context = current.window, current.context
        current.window = open_window(new_context, new_services)
        current.context = new_context
        watch(current.window)
        old_window.close()
        if old_context is not new_context:
            old_context.close()

    watch(current.window)
    current.window.first_paint.then(collect_garbage_again)  # once, after the rest of what the paint let wait
    QTimer.singleShot(COLLECTOR_RESUMES_AT_THE_LATEST_MS, collect_garbage_again)
    code = app.exec()
    # Work still running in the pool (the dashboard's lists, a report) ends before Python is torn down,
    # instead of dying mid-query with an error on the terminal.
    deadline = QDeadlineTimer(10_000)  # for both pools together
    QThreadPool.globalInstance().waitForDone(deadline)
    reads_lane().waitForDone(deadline)
    from shadowdesk.services.child_process import stop_spare

    stop_spare()  # a separate process that Reports or Programs had ready for the next job
    return code


def collect_garbage_again() -> None:
    """cli.main paused the cyclic garbage collector to start up. What the start made (classes, mappers, Qt
    wrappers: about 100,000 objects) lives as long as the program, so it is frozen out of the collector's
    scans: the first collection would otherwise scan it all (50 ms on the GUI thread, before the first frame
    under X11, where the paint waits for the display) and every full collection after it again. Called once
    the window has painted, after what that paint let wait (who is signed in, which loads the model)."""
    if gc.isenabled():  # already resumed (the first paint, then COLLECTOR_RESUMES_AT_THE_LATEST_MS)
        return
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_OBJECTS_PER_COLLECTION, middle, old)
    gc.enable()


@dataclass
class _Shown:
    """The window on screen and the database it shows: replaced together when another one opens."""

    context: AppContext
    window: MainWindow


def _language_of(context: AppContext) -> str:
    from shadowdesk.settings import SettingsStore

    return SettingsStore(context.paths.settings_file).get("language")


def open_window(context: AppContext, services: Services) -> MainWindow:
    """The window, shown; who is signed in and the daily backup follow its first paint (start-up is
    benchmarked to that paint)."""
    window = MainWindow(services, settings_for(context), who_after_first_paint=True)
    window.show()
    window.offer_first_run()
    window.first_paint.then(lambda: back_up_daily(context, window))
    return window


def back_up_daily(context: AppContext, window: MainWindow) -> None:
    """The rolling daily backup, in a worker, with the Database menu's tasks held until it is written (a
    restore must not replace the file meanwhile). The copy is one step of SQLite's backup API, one read
    transaction: what the window writes meanwhile goes to the write-ahead log, outside the copy's snapshot.
    A copy that fails its check marks the file damaged; the window is then opened again on it, read-only."""
    from shadowdesk.gui.workers import TaskRunner

    maintenance = context.services.maintenance
    task = TaskRunner().run(lambda _progress, _cancelled: maintenance.backup_if_due(), parent=window)
    window.hold_database_tasks(task)

    def made(_backup: object) -> None:
        if context.reopen_if_damaged():
            window.reopened.emit()

    task.finished.connect(made)
    task.failed.connect(lambda error: sys.excepthook(type(error), error, error.__traceback__))
