"""The main window: a sidebar of sections, a stack of views, File and Help menus, and a status bar."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from shadowdesk import __version__
from shadowdesk.gui import prompts
from shadowdesk.gui.forms.ui_main_window import Ui_MainWindow
from shadowdesk.gui.views.dashboard import DashboardView


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _view_class(module: str, name: str) -> Callable[[], type[QWidget]]:
    """Import a view's module only when the user first opens it: start-up pays for the dashboard alone."""

    def load() -> type[QWidget]:
        return getattr(importlib.import_module(f"shadowdesk.gui.views.{module}"), name)

    return load


def build_sections(services, clock: Callable[[], datetime]) -> list[Section]:
    """The sections in sidebar order, each with how to build its view. Each view has refresh()."""
    today = lambda: clock().date()  # noqa: E731
    return [
        Section(_tr("Dashboard"), lambda: DashboardView, lambda cls: cls(services, clock)),
        Section(_tr("People"), _view_class("people", "PeopleView"), lambda cls: cls(services)),
        Section(_tr("Programs"), _view_class("programs", "ProgramsView"), lambda cls: cls(services, today)),
        Section(_tr("Schedule"), _view_class("schedule", "ScheduleView"), lambda cls: cls(services, clock)),
        Section(_tr("Reflections"), _view_class("reflections", "ReflectionsView"),
                lambda cls: cls(services, clock)),
        Section(_tr("Ideas"), _view_class("ideas", "IdeasView"), lambda cls: cls(services, clock)),
        Section(_tr("Reports"), _view_class("reports", "ReportsView"), lambda cls: cls(services)),
    ]


@dataclass
class Section:
    title: str
    view_class: Callable[[], type[QWidget]]
    build: Callable[[type[QWidget]], QWidget]
    view: QWidget | None = None


class MainWindow(QMainWindow):
    open_folder_requested = Signal(str)

    def __init__(self, services, settings: QSettings, clock: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.services = services
        self._settings = settings
        self.sections = build_sections(services, clock or (lambda: datetime.now(UTC)))
        for section in self.sections:
            self.ui.navList.addItem(QListWidgetItem(section.title))
            self.ui.viewStack.addWidget(QWidget())  # stands in until the section is first opened
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
        dashboard = self.view(DashboardView)
        dashboard.session_requested.connect(self.open_session)
        dashboard.reflection_requested.connect(self.open_reflection)
        self.ui.navList.setCurrentRow(0)

    def show_section(self, row: int) -> None:
        if row < 0:
            return
        self._view_at(row).refresh()
        self.ui.viewStack.setCurrentIndex(row)

    def _view_at(self, row: int) -> QWidget:
        section = self.sections[row]
        if section.view is None:
            section.view = section.build(section.view_class())
            stand_in = self.ui.viewStack.widget(row)
            self.ui.viewStack.insertWidget(row, section.view)
            self.ui.viewStack.removeWidget(stand_in)
            stand_in.deleteLater()
        return section.view

    def open_search(self) -> None:
        from shadowdesk.gui.dialogs.search_dialog import SearchDialog
        from shadowdesk.gui.views.reflections import current_viewer

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

    def open_session(self, session_id: int) -> None:
        from shadowdesk.gui.views.schedule import ScheduleView

        self._go_to(ScheduleView).show_session(session_id)

    def open_reflection(self, session_id: int, author_id: int) -> None:
        from shadowdesk.gui.views.reflections import ReflectionsView

        self._go_to(ReflectionsView).open_editor(session_id, author_id)

    def _go_to(self, view_type: type) -> QWidget:
        """Switch the sidebar to the section of view_type and return its view."""
        view = self.view(view_type)
        self.ui.navList.setCurrentRow(self.ui.viewStack.indexOf(view))
        return view

    def view(self, view_type: type) -> QWidget:
        """The view of that type, built now if its section was never opened."""
        row = next(row for row, section in enumerate(self.sections) if section.view_class() is view_type)
        return self._view_at(row)

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
