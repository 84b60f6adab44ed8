"""Start the GUI: QApplication, the crash dialog, the database, the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from shadowdesk.gui import prompts
from shadowdesk.gui.main_window import MainWindow
from shadowdesk.paths import resource_path

log = logging.getLogger(__name__)


def install_excepthook(log_file: str) -> None:
    """Log every uncaught exception and tell the user where the details are: never die silently."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
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


def settings_for(context) -> QSettings:
    """Window geometry and other per-machine state, kept in the config folder (not in the database)."""
    return QSettings(str(context.paths.config / "shadowdesk.ini"), QSettings.IniFormat)


def run(context, argv: list[str]) -> int:
    from shadowdesk.services.errors import UserError
    from shadowdesk.storage import DatabaseError

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("ShadowDesk")
    app.setOrganizationName("ShadowDesk")
    app.setWindowIcon(QIcon(str(resource_path("icons/shadowdesk.svg"))))
    install_excepthook(str(context.paths.log_file))
    try:
        services = context.services
    except (DatabaseError, UserError) as exc:
        log.error("Could not open the database: %s", exc)
        prompts.show_error(None, QCoreApplication.translate("run", "ShadowDesk cannot open the database"), str(exc))
        return 2
    windows = [open_window(context, services)]

    def reopen(folder: str) -> None:
        """File > Open Data Folder: a new window on the other folder replaces this one if it opens."""
        from shadowdesk.app import AppContext
        from shadowdesk.paths import resolve_paths

        new_context = AppContext(resolve_paths(folder))
        try:
            new_services = new_context.services
        except (DatabaseError, UserError) as exc:
            prompts.show_error(windows[0], QCoreApplication.translate("run", "Cannot open that folder"), str(exc))
            return
        old, old_context = windows[0], windows[1]
        windows[:] = [open_window(new_context, new_services), new_context]
        windows[0].open_folder_requested.connect(reopen)
        old.close()
        old_context.close()

    windows.append(context)
    windows[0].open_folder_requested.connect(reopen)
    return app.exec()


def open_window(context, services) -> MainWindow:
    window = MainWindow(services, settings_for(context))
    window.show()
    return window
