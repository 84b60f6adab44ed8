"""The main window: a sidebar of sections, a stack of views, the menus, and a status bar.

Every section is one keystroke away (Ctrl+1..Ctrl+8, the Go menu); File > New, Save and Print act on the
section that is open, so the standard shortcuts mean what the user expects where they are.

The window's first frame (benchmarked start-up) shows the sidebar, the menus' titles and the dashboard: the
message boxes, file choosers, progress dialogs and the welcome page are imported by what opens them
(tests/test_startup_path.py), each Qt class costing its creation the first time Python names it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QWidget

from shadowdesk import __version__
from shadowdesk.gui import theme
from shadowdesk.gui.first_paint import FirstPaint
from shadowdesk.gui.forms.ui_main_window import Ui_MainWindow
from shadowdesk.gui.permissions import EDIT_TEMPLATES, PLAN_SESSIONS, SignedIn
from shadowdesk.gui.sections import Section, SectionView, build_sections
from shadowdesk.gui.views.dashboard import DashboardView
from shadowdesk.labels import role_label

if TYPE_CHECKING:
    from shadowdesk.app import Services
    from shadowdesk.gui.dialogs.busy import BusyDialog
    from shadowdesk.gui.workers import Task

V = TypeVar("V", bound=QWidget)  # a section's view type, as view() and _go_to() are asked for it


class MainWindow(QMainWindow):
    open_folder_requested = Signal(str)
    location_requested = Signal(str, str)  # data folder, server URL chosen in Preferences
    language_requested = Signal(str)
    reopened = Signal()  # its database was opened again (read-only: the daily backup found it damaged)

    def __init__(self, services: Services, settings: QSettings, clock: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None, who_after_first_paint: bool = False) -> None:
        super().__init__(parent)
        # What the first frame (benchmarked start-up) does not show waits for it, in the order handed in.
        self.first_paint = FirstPaint(self)
        self.warm_up: Task | None = None  # the sections' code imported in a worker, once started
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.services = services
        self._settings = settings
        self._clock = clock or (lambda: datetime.now(UTC))
        self.sections = build_sections(services, self._clock, lambda: self.signed_in)
        self.welcome: QWidget | None = None
        for row, section in enumerate(self.sections):
            self.ui.navList.addItem(QListWidgetItem(section.plain_title))
            self.ui.viewStack.addWidget(QWidget())  # stands in until the section is first opened
            go = QAction(section.title, self)
            go.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            go.triggered.connect(lambda _=False, r=row: self.ui.navList.setCurrentRow(r))
            self.ui.menuGo.addAction(go)
        self._tint_sidebar()
        self.ui.navList.currentRowChanged.connect(self.show_section)
        self.ui.actionNew.triggered.connect(lambda: self._act("new"))
        self.ui.actionSave.triggered.connect(lambda: self._act("save"))
        self.ui.actionPrint.triggered.connect(lambda: self._act("print"))
        self.ui.actionPreferences.triggered.connect(self.open_preferences)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.actionOpenFolder.triggered.connect(self._choose_folder)
        self.ui.statusBar.showMessage(self.tr("Database: {where}").format(where=services.database.describe()))
        if services.paths.is_demo:
            self.setWindowTitle(self.tr("ShadowDesk — Demo"))
            leave = QAction(self.tr("&Leave the Demo"), self)
            leave.triggered.connect(lambda: self.open_folder_requested.emit(str(services.paths.data.parent)))
            self.ui.menuFile.insertAction(self.ui.actionOpenFolder, leave)
        self.ui.actionBackUpNow.triggered.connect(self.back_up_now)
        self.ui.actionRestoreBackup.triggered.connect(self.restore_backup)
        self.ui.actionCheckDatabase.triggered.connect(self.check_database)
        # Ctrl+F anywhere: search the notes and ideas the current user may read.
        self.ui.actionFind.triggered.connect(self.open_search)
        self.ui.actionPerceptionCheck.triggered.connect(self.open_perception_check)
        self.ui.actionReflectionTemplates.triggered.connect(self.open_template_editor)
        self.ui.menuEdit.setToolTipsVisible(True)  # a held-back action says which role it needs
        self.who_label = QLabel()
        self.ui.statusBar.addPermanentWidget(self.who_label)
        self.claim_action = QAction(self.tr("&Who Are You…"), self)
        self.claim_action.triggered.connect(self.ask_who_you_are)
        self.ui.menuFile.insertAction(self.ui.actionOpenFolder, self.claim_action)
        self.invites_action = QAction(self.tr("Send &Invites…"), self)
        self.invites_action.triggered.connect(lambda: self.open_invites())  # triggered passes "checked"
        self.reminders_action = QAction(self.tr("Send Re&minders for Notes Due…"), self)
        self.reminders_action.triggered.connect(self.open_reminders)
        for action in (self.invites_action, self.reminders_action):
            self.ui.menuFile.insertAction(self.ui.actionOpenFolder, action)
        self._restore_state()
        self.view(DashboardView)
        self.ui.navList.setCurrentRow(0)
        if who_after_first_paint:  # the first frame (benchmarked start-up) needs neither, nor the model
            self.first_paint.then(self.show_who_and_where)
        else:
            self.show_who_and_where()
        self.first_paint.then(self._warm_up)

    def _warm_up(self) -> None:
        """The other sections' code, imported in a worker once the window has been idle a while after its
        first paint (gui/warm_up.py); self.warm_up is that work."""
        from shadowdesk.gui import warm_up
        from shadowdesk.gui.workers import TaskRunner

        def start() -> None:
            self.warm_up = warm_up.import_in_background(
                [section.view_class for section in self.sections], TaskRunner(), self)

        QTimer.singleShot(warm_up.IDLE_AFTER_FIRST_PAINT_MS, self, start)

    @cached_property
    def signed_in(self) -> SignedIn:
        """Who uses this window: asked once, the first time it matters."""
        return SignedIn(self.services.identity)

    def show_who_and_where(self) -> None:
        """Who the window acts as, what it lets them do, and a word on a database on a network share; a
        participant or a manager starts on their home."""
        share_warning = self.services.maintenance.storage_warning()
        if share_warning:
            self.ui.statusBar.addPermanentWidget(QLabel(share_warning))
        self._show_who()
        viewer = self.signed_in.viewer
        if viewer is not None and not viewer.holds("coordinator"):
            QTimer.singleShot(0, self, self.open_home)

    def show_section(self, row: int) -> None:
        if row < 0:
            return
        view = self._view_at(row)
        assert isinstance(view, SectionView)
        view.refresh()
        self.ui.viewStack.setCurrentIndex(row)
        section = self.sections[row]
        for action, handler in ((self.ui.actionNew, section.new), (self.ui.actionSave, section.save),
                                (self.ui.actionPrint, section.print)):
            action.setEnabled(handler is not None)
        self.ui.actionNew.setToolTip("")
        self.ui.actionNew.setStatusTip("")
        if section.new is not None and section.new_needs is not None:
            self.signed_in.allow(self.ui.actionNew, section.new_needs)

    def current_section(self) -> Section | None:
        row = self.ui.navList.currentRow()
        return self.sections[row] if row >= 0 and self.ui.viewStack.currentIndex() == row else None

    def _act(self, what: str) -> None:
        section = self.current_section()
        if section is None:
            return
        handler = getattr(section, what)
        if what == "new" and section.new_needs is not None and not self.signed_in.can(section.new_needs):
            return
        if handler is not None:
            handler(section.view)

    def _tint_sidebar(self) -> None:
        palette = self.ui.navList.palette()
        icons = {name: theme.sidebar_icon(name, palette) for name in dict.fromkeys(s.icon for s in self.sections)}
        for row, section in enumerate(self.sections):  # sections that share an icon share its drawing
            self.ui.navList.item(row).setIcon(icons[section.icon])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange:  # light <-> dark: icons follow the text colour
            self._tint_sidebar()
        super().changeEvent(event)

    # ----- first run and preferences -----
    def offer_first_run(self) -> bool:
        """On a database without people, show the welcome page instead of an empty dashboard."""
        if self.view(DashboardView).ui.emptyHint.isHidden():
            return False
        if self.services.paths.is_demo:  # a demo folder opened for the first time: the company goes in now
            self.load_demo()
            return False
        from shadowdesk.gui.views.welcome import WelcomeView

        self.welcome = WelcomeView(self)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.import_requested.connect(self._import_roster)
        self.welcome.dismissed.connect(lambda: self._leave_welcome(0))
        self.ui.viewStack.addWidget(self.welcome)
        self.ui.navList.setCurrentRow(-1)
        self.ui.viewStack.setCurrentWidget(self.welcome)
        for action in (self.ui.actionNew, self.ui.actionSave, self.ui.actionPrint):
            action.setEnabled(False)
        self.welcome.setFocus()
        return True

    def open_demo(self) -> None:
        """The demo company opens in a data folder of its own, never in the user's database."""
        from shadowdesk.gui import prompts
        from shadowdesk.paths import resolve_paths

        demo = resolve_paths(self.services.paths.demo_folder)
        try:
            demo.create()
            demo.mark_as_demo()
        except OSError as exc:
            prompts.show_error(self, self.tr("Load the demo company"),
                               self.tr("Cannot make the demo folder {folder}: {reason}").format(
                                   folder=demo.data, reason=exc.strerror or exc))
            return
        self.open_folder_requested.emit(str(demo.data))

    def load_demo(self) -> None:
        """Load the demo company into this window's database (a demo folder's, see open_demo)."""
        from shadowdesk.services.demo import load_demo

        database, settings, now = self.services.database, self.services.settings, self._clock()
        # No Cancel: the company goes in use case by use case, and one stopped half-way would leave half a
        # company in the demo folder.
        self._database_task(self.tr("Load the demo company"), self.tr("Loading the demo company…"),
                            lambda: load_demo(database, now=now, settings=settings),
                            lambda _summary: self._leave_welcome(0))

    def _import_roster(self) -> None:
        from shadowdesk.gui.views.people import PeopleView

        self._leave_welcome(self.sections.index(next(s for s in self.sections if s.icon == "people")))
        people = self.view(PeopleView)
        people.open_import()
        if people.import_wizard is not None:  # None when the window's person may not import
            # The roster went into an empty file: its owner is one of the people just imported.
            people.import_wizard.imported.connect(lambda _summary: self.ask_who_you_are())

    # ----- who uses this window -----
    def _show_who(self) -> None:
        """Who the window acts as, in the status bar; File > Who Are You… while a file is unclaimed."""
        viewer, refusal = self.signed_in.viewer, self.signed_in.refusal
        if refusal:
            who = refusal
        elif viewer is None:
            who = self.tr("Nobody has claimed this database yet: you act as the program office "
                          "(File > Who Are You…).")
        else:
            who = self.tr("Signed in as {name} ({roles})").format(
                name=viewer.full_name, roles=", ".join(role_label(role) for role in sorted(viewer.roles)))
        self.who_label.setText(who)
        self.claim_action.setVisible(viewer is None and refusal is None and self.services.database.is_sqlite)
        self.signed_in.allow(self.ui.actionReflectionTemplates, EDIT_TEMPLATES)
        for action in (self.invites_action, self.reminders_action):
            self.signed_in.allow(action, PLAN_SESSIONS)

    def ask_who_you_are(self):
        """The first run's choice of the file's owner; nothing to ask once it has one, or on a server."""
        from shadowdesk.gui.dialogs.owner_dialog import OwnerDialog

        if self.signed_in.viewer is not None or self.signed_in.refusal or not self.services.database.is_sqlite:
            return None
        self.owner_dialog = OwnerDialog(self.services, self.signed_in, self)
        self.owner_dialog.claimed.connect(lambda _viewer: self._claimed())
        self.owner_dialog.open()
        return self.owner_dialog

    def _claimed(self) -> None:
        self._show_who()
        self.show_section(self.ui.navList.currentRow())  # the open section now reads as its owner

    def _leave_welcome(self, row: int) -> None:
        if self.welcome is not None:
            self.ui.viewStack.removeWidget(self.welcome)
            self.welcome.deleteLater()
            self.welcome = None
        if self.ui.navList.currentRow() == row:
            self.show_section(row)
        self.ui.navList.setCurrentRow(row)
        self.ui.navList.setFocus()

    def open_preferences(self):
        from shadowdesk.gui.dialogs.settings_dialog import SettingsDialog
        from shadowdesk.paths import SavedLocation, saved_location

        database = self.services.database
        if database.sqlite_file:
            current = SavedLocation(data_dir=str(database.sqlite_file.parent))
        else:  # the saved URL keeps its password; one from the command line is shown without it
            current = SavedLocation(url=saved_location().url or database.describe())
        self.preferences = SettingsDialog(self.services, current, self)
        self.preferences.location_changed.connect(self.location_requested)
        self.preferences.language_changed.connect(self.language_requested)
        self.preferences.open()
        return self.preferences

    def _view_at(self, row: int) -> QWidget:
        section = self.sections[row]
        if section.view is None:
            section.view = section.build(section.view_class())
            self._follow_links(section.view)
            stand_in = self.ui.viewStack.widget(row)
            self.ui.viewStack.insertWidget(row, section.view)
            self.ui.viewStack.removeWidget(stand_in)
            stand_in.deleteLater()
        return section.view

    def open_search(self) -> None:
        from shadowdesk.gui.dialogs.search_dialog import SearchDialog

        self.search_dialog = SearchDialog(self.services.search, self.signed_in.person_id, self,
                                          backlog=self.services.search_backlog,
                                          office=self.signed_in.reads_every_program)
        self.search_dialog.open()

    def open_perception_check(self) -> None:
        from shadowdesk.gui.dialogs.perception_dialog import PerceptionDialog

        self.perception_dialog = PerceptionDialog(self.services, self.signed_in.person_id, self)
        self.perception_dialog.open()

    def open_template_editor(self) -> None:
        from shadowdesk.gui.dialogs.template_editor import TemplateEditor

        if not self.signed_in.can(EDIT_TEMPLATES):
            return
        self.template_editor = TemplateEditor(self.services.reflections, self)
        self.template_editor.open()

    def back_up_now(self) -> None:
        from shadowdesk.gui import prompts

        title = self.tr("Back Up Now")
        # No Cancel: the copy cannot stop part-way, so a Cancel would only hide a backup that is still written.
        self._database_task(title, self.tr("Backing up the database…"), self.services.maintenance.backup_now,
                   lambda made: prompts.show_info(self, title, self.tr("Backed up to {file}.").format(file=made.path)))

    def restore_backup(self) -> None:
        """Replace the data with a backup; the current state is backed up first, so it can be undone."""
        from shadowdesk.gui import prompts

        title = self.tr("Restore from Backup")
        chosen = prompts.choose_open_file(self, title, self.tr("ShadowDesk backups (*.sqlite3)"),
                                          str(self.services.paths.backups))
        if not chosen or not prompts.ask_yes_no(self, title, self.tr(
                "Replace everything in the database with the backup {file}?\n\nWhat is there now is backed "
                "up first, so you can go back to it.").format(file=Path(chosen).name)):
            return
        source, maintenance = Path(chosen), self.services.maintenance
        # No Cancel: the restore closes the database and puts the backup in place of its file; stopped
        # half-way, the window would be left on a database that is neither the old one nor the backup.
        self._database_task(title, self.tr("Restoring the backup {file}…").format(file=source.name),
                   lambda: maintenance.restore(source), lambda result: self._restored(title, source, result))

    def _database_task(self, *args, **kwargs) -> BusyDialog:
        """One database task at a time: the Database menu's tasks stay off until this one's work has really
        returned. A cancelled check goes on reading until it does, and a restore must not start meanwhile:
        it replaces the file, which nothing else may have open."""
        from shadowdesk.gui.dialogs.busy import BusyDialog

        dialog = BusyDialog(self, *args, **kwargs)
        self.hold_database_tasks(dialog.job)
        return dialog

    def hold_database_tasks(self, task: Task) -> None:
        """The Database menu's tasks stay off until task has ended (the daily backup's too)."""
        tasks = (self.ui.actionBackUpNow, self.ui.actionRestoreBackup, self.ui.actionCheckDatabase)
        for action in tasks:
            action.setEnabled(False)
        for ended in (task.finished, task.failed, task.cancelled):
            ended.connect(lambda *_ended: [action.setEnabled(True) for action in tasks])

    def _restored(self, title: str, source: Path, result) -> None:
        from shadowdesk.gui import prompts

        self.show_section(self.ui.navList.currentRow())  # the open database now reads the restored file
        prompts.show_info(self, title, self.tr(
            "Restored {file}. ShadowDesk now shows the restored data.\n\nWhat you had before is kept in {safety}."
        ).format(file=source.name, safety=result.safety_backup))

    def check_database(self) -> None:
        title = self.tr("Check Database")
        # Cancel is safe: the check only reads the database, and a cancelled check's result is not shown.
        self._database_task(title, self.tr("Checking the database for damage…"), self.services.maintenance.check,
                   lambda result: self._checked(title, result), cancellable=True)

    def _checked(self, title: str, result) -> None:
        from shadowdesk.gui import prompts

        show = prompts.show_info if result.ok else prompts.show_error
        show(self, title, "\n".join([result.summary, *result.problems[:10]]))

    def open_session(self, session_id: int) -> None:
        from shadowdesk.gui.views.schedule import ScheduleView

        self._go_to(ScheduleView).show_session(session_id)

    def open_reflection(self, session_id: int, author_id: int) -> None:
        from shadowdesk.gui.views.reflections import ReflectionsView

        self._go_to(ReflectionsView).open_editor(session_id, author_id)

    def _follow_links(self, view: QWidget) -> None:
        """A view's "open this" signals (dashboard, home) lead to the same place from every view."""
        for signal, opener in (("session_requested", self.open_session),
                               ("reflection_requested", self.open_reflection),
                               ("program_requested", self.open_program), ("idea_requested", self.open_idea)):
            if hasattr(view, signal):
                getattr(view, signal).connect(opener)

    def open_invites(self, scope=None):
        """File > Send Invites…: the program chosen in the Programs section (else the first program)."""
        from shadowdesk.gui.dialogs.invites_dialog import InvitesDialog
        from shadowdesk.gui.views.programs import ProgramsView
        from shadowdesk.services.invites import InviteScope

        if not self.signed_in.can(PLAN_SESSIONS):
            return None
        if scope is None:
            programs = next((s.view for s in self.sections if isinstance(s.view, ProgramsView)), None)
            scope = InviteScope(program_id=programs.current_program_id() if programs is not None else None)
        self.invites_dialog = InvitesDialog(self.services, scope, self)
        self.invites_dialog.open()
        return self.invites_dialog

    def open_reminders(self):
        from shadowdesk.gui.dialogs.invites_dialog import RemindersDialog

        if not self.signed_in.can(PLAN_SESSIONS):
            return None
        self.reminders_dialog = RemindersDialog(self.services, self)
        self.reminders_dialog.open()
        return self.reminders_dialog

    def open_home(self) -> None:
        from shadowdesk.gui.views.home import HomeView

        self._go_to(HomeView)

    def open_idea(self, idea_id: int) -> None:
        from shadowdesk.gui.views.ideas import IdeasView

        self._go_to(IdeasView).refresh(keep=idea_id)

    def open_program(self, program_id: int) -> None:
        from shadowdesk.gui.views.programs import ProgramsView

        self._go_to(ProgramsView).refresh(program_id)

    def _go_to(self, view_type: type[V]) -> V:
        """Switch the sidebar to the section of view_type and return its view."""
        view = self.view(view_type)
        self.ui.navList.setCurrentRow(self.ui.viewStack.indexOf(view))
        return view

    def view(self, view_type: type[V]) -> V:
        """The view of that type, built now if its section was never opened."""
        row = next(row for row, section in enumerate(self.sections) if section.view_class() is view_type)
        view = self._view_at(row)
        assert isinstance(view, view_type)
        return view

    def _choose_folder(self) -> None:
        from shadowdesk.gui import prompts

        folder = prompts.choose_folder(self, self.tr("Open a ShadowDesk data folder"),
                                       str(self.services.paths.data))
        if folder:
            self.open_folder_requested.emit(folder)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

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
