"""The main window: a sidebar of sections, a stack of views, File and Help menus, and a status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMessageBox, QWidget

from shadowdesk import __version__
from shadowdesk.gui import prompts
from shadowdesk.gui.forms.ui_main_window import Ui_MainWindow
from shadowdesk.gui.views.dashboard import DashboardView
from shadowdesk.gui.views.people import PeopleView
from shadowdesk.gui.views.placeholder import PlaceholderView
from shadowdesk.gui.views.reports import ReportsView
from shadowdesk.gui.views.schedule import ScheduleView


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build_views(services, clock: Callable[[], datetime]) -> list[tuple[str, QWidget]]:
    """The sections in sidebar order. Each view has refresh(), called when it is shown."""
    return [
        (_tr("Dashboard"), DashboardView(services, clock)),
        (_tr("People"), PeopleView(services)),
        (_tr("Programs"), PlaceholderView(_tr("Programs"), _tr("Cross-training programs, enrollment and pairs."))),
        (_tr("Schedule"), ScheduleView(services, clock)),
        (_tr("Reflections"), PlaceholderView(_tr("Reflections"), _tr("What participants learned."))),
        (_tr("Ideas"), PlaceholderView(_tr("Ideas"), _tr("Proposals for management and their status."))),
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
        self._restore_state()
        self.ui.navList.setCurrentRow(0)

    def show_section(self, row: int) -> None:
        if row < 0:
            return
        self.ui.viewStack.setCurrentIndex(row)
        self.views[row][1].refresh()

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
