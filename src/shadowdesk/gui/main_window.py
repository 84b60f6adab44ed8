"""The main window: a sidebar of sections, a stack of views, File and Help menus, and a status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from shadowdesk import __version__
from shadowdesk.gui import prompts
from shadowdesk.gui.forms.ui_main_window import Ui_MainWindow
from shadowdesk.gui.views.dashboard import DashboardView
from shadowdesk.gui.views.ideas import IdeasView
from shadowdesk.gui.views.reflections import ReflectionsView, current_viewer
from shadowdesk.gui.views.people import PeopleView
from shadowdesk.gui.views.placeholder import PlaceholderView
from shadowdesk.gui.views.programs import ProgramsView
from shadowdesk.gui.views.reports import ReportsView
from shadowdesk.gui.views.schedule import ScheduleView


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build_views(services, clock: Callable[[], datetime]) -> list[tuple[str, QWidget]]:
    """The sections in sidebar order. Each view has refresh(), called when it is shown."""
    return [
        (_tr("Dashboard"), DashboardView(services, clock)),
        (_tr("People"), PeopleView(services)),
        (_tr("Programs"), ProgramsView(services, lambda: clock().date())),
        (_tr("Schedule"), ScheduleView(services, clock)),
        (_tr("Reflections"), ReflectionsView(services, clock)),
        (_tr("Ideas"), IdeasView(services, clock)),
        (_tr("Reports"), ReportsView(services)),
    ]


class MainWindow(QMainWindow):
    open_folder_requested = Signal(str)

    def __init__(self, services, settings: QSettings, clock: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.services = services
        self._settings = settings
        self.views = build_views(services, clock or (lambda: datetime.now(UTC)))
        for title, view in self.views:
            self.ui.navList.addItem(QListWidgetItem(title))
            self.ui.viewStack.addWidget(view)
        self.ui.navList.currentRowChanged.connect(self.show_section)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.actionOpenFolder.triggered.connect(self._choose_folder)
        self.ui.statusBar.showMessage(self.tr("Database: {where}").format(where=services.database.describe()))
        self.ui.actionBackUpNow.triggered.connect(self.back_up_now)
        self.ui.actionRestoreBackup.triggered.connect(self.restore_backup)
        self.ui.actionCheckDatabase.triggered.connect(self.check_database)
        share_warning = services.maintenance.storage_warning()
        if share_warning:
            self.ui.statusBar.addPermanentWidget(QLabel(share_warning))
        # Ctrl+F anywhere: search the notes and ideas the current user may read.
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.open_search)
        self._restore_state()
        self.ui.navList.setCurrentRow(0)

    def show_section(self, row: int) -> None:
        if row < 0:
            return
        self.ui.viewStack.setCurrentIndex(row)
        self.views[row][1].refresh()

    def open_search(self) -> None:
        from shadowdesk.gui.dialogs.search_dialog import SearchDialog

        self.search_dialog = SearchDialog(self.services.search, current_viewer(self.services), self)
        self.search_dialog.open()

    def back_up_now(self) -> None:
        from shadowdesk.services.errors import UserError

        try:
            made = self.services.maintenance.backup_now()
        except UserError as exc:
            prompts.show_error(self, self.tr("Back Up Now"), str(exc))
            return
        prompts.show_info(self, self.tr("Back Up Now"), self.tr("Backed up to {file}.").format(file=made.path))

    def restore_backup(self) -> None:
        """Replace the data with a backup; the current state is backed up first, so it can be undone."""
        from shadowdesk.services.errors import UserError

        title = self.tr("Restore from Backup")
        chosen = prompts.choose_open_file(self, title, self.tr("ShadowDesk backups (*.sqlite3)"),
                                          str(self.services.paths.backups))
        if not chosen or not prompts.ask_yes_no(self, title, self.tr(
                "Replace everything in the database with the backup {file}?\n\nWhat is there now is backed "
                "up first, so you can go back to it.").format(file=Path(chosen).name)):
            return
        try:
            result = self.services.maintenance.restore(Path(chosen))
        except UserError as exc:
            prompts.show_error(self, title, str(exc))
            return
        self.show_section(self.ui.navList.currentRow())  # the open database now reads the restored file
        prompts.show_info(self, title, self.tr(
            "Restored {file}. ShadowDesk now shows the restored data.\n\nWhat you had before is kept in {safety}."
        ).format(file=Path(chosen).name, safety=result.safety_backup))

    def check_database(self) -> None:
        result = self.services.maintenance.check()
        show = prompts.show_info if result.ok else prompts.show_error
        show(self, self.tr("Check Database"), "\n".join([result.summary, *result.problems[:10]]))

    def view(self, view_type: type) -> QWidget:
        return next(view for _, view in self.views if isinstance(view, view_type))

    def _choose_folder(self) -> None:
        folder = prompts.choose_folder(self, self.tr("Open a ShadowDesk data folder"),
                                       str(self.services.paths.data))
        if folder:
            self.open_folder_requested.emit(folder)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About ShadowDesk"), self.tr(
            "<b>ShadowDesk {version}</b><p>Cross-training and job shadowing between sales and "
            "project management.</p><p>Database: {where}</p>").format(
                version=__version__, where=self.services.database.describe()))

    def _restore_state(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self._settings.value("main_window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/state", self.saveState())
        self._settings.sync()
        super().closeEvent(event)
