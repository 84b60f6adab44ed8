"""The screenshot tour of docs/TOUR.md: a real program lived from an empty database, as its users see it.

    .venv/bin/python packaging/screenshot_tour.py [--out docs/screenshots] [--language de|fr|en] [--keep]

No demo: an empty data folder in /tmp, a BambooHR-style roster (.xlsx, an "Employee #" column, no time-zone
column), then the real MainWindow and its dialogs, offscreen at 1280x800, driven through their public
methods as tests/e2e/test_real_program.py drives them. The clock is fixed and moved by the story (the
program is set up on 1 September 2026, its first week is looked at on 14 September, its progress on
18 November), so every run draws the same pictures. Workers are waited for with bounded event loops.
Each step is written to OUT/tour-NN-<step>.png; a dialog is drawn over its window, as the user sees it.
With --language de or fr the window speaks German or French as for a user who chose it in Preferences (the Qt
texts and the catalogue of the services, reports and exports); English, the default, draws docs/screenshots.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time as stopwatch
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo

ZONE = "Europe/Berlin"
LANGUAGE_OPTION = argparse.ArgumentParser(add_help=False)
LANGUAGE_OPTION.add_argument("--language", choices=("en", "de", "fr"), default="en",
                             help="the language the window speaks, as chosen in Preferences (default: en)")
# Before Qt is loaded: no display, a fixed zone and look, the tour's language (English unless --language), so
# that nothing of the system's language decides a text.
os.environ.update(QT_QPA_PLATFORM="offscreen", TZ=ZONE, SHADOWDESK_COLOR_SCHEME="light",
                  LANGUAGE=LANGUAGE_OPTION.parse_known_args()[0].language)
stopwatch.tzset()

from PySide6.QtCore import QDate, QEventLoop, QSettings, QTime, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QSplitter, QWidget  # noqa: E402

from shadowdesk.app import Services  # noqa: E402
from shadowdesk.domain import SessionKind, SessionStatus, Side  # noqa: E402
from shadowdesk.gui import prompts, theme  # noqa: E402
from shadowdesk.gui.i18n import Translations  # noqa: E402
from shadowdesk.gui.main_window import MainWindow  # noqa: E402
from shadowdesk.gui.views.dashboard import DashboardView  # noqa: E402
from shadowdesk.gui.views.home import HomeView  # noqa: E402
from shadowdesk.gui.views.people import PeopleView  # noqa: E402
from shadowdesk.gui.views.programs import ProgramsView  # noqa: E402
from shadowdesk.gui.views.reflections import ReflectionsView  # noqa: E402
from shadowdesk.gui.views.reports import ReportsView  # noqa: E402
from shadowdesk.gui.views.schedule import WEEK, ScheduleView  # noqa: E402
from shadowdesk.paths import resolve_paths, resource_path  # noqa: E402
from shadowdesk.services.identity import Viewer  # noqa: E402
from shadowdesk.services.reports import ReportService  # noqa: E402
from shadowdesk.services.scheduling import SchedulingService  # noqa: E402
from shadowdesk.storage import open_database  # noqa: E402

WINDOW_SIZE = (1280, 800)
WAIT_SECONDS = 60  # for one worker's result; a tour step that takes longer has hung
PROGRAM = "Winter Cross-Training"
REPORT_DPI = 75
PROGRAM_LIST_HEIGHT = 100  # the Programs list holds one program
ROSTER_HEADERS = ("Employee #", "First Name", "Last Name", "Work Email", "Department", "Job Title", "Location",
                  "Reporting To", "Status")
ROSTER = """\
1001;Sara;Berg;Sales;Account Executive;Munich;Jonas Weber;Active
1002;Sam;Lindqvist;Sales;Account Executive;Munich;Jonas Weber;Active
1003;Jonas;Weber;Sales;Head of Sales;Munich;;Active
1004;Amélie;Durand;Sales;Account Manager;Lyon;Jonas Weber;Active
1005;Tom;Hughes;Sales;Sales Engineer;Home office;Jonas Weber;On Leave
1006;Erik;Olsen;Sales;Account Executive;Munich;Jonas Weber;Terminated
2001;Piotr;Nowak;Project Management;Project Manager;Warsaw;Marta Zielińska;Active
2002;Pia;Kowalska;Project Management;Project Manager;Kraków;Marta Zielińska;Active
2003;Marta;Zielińska;Project Management;Head of Delivery;Warsaw;;Active
2004;Lukas;Brandt;Project Management;Project Manager;Munich;Marta Zielińska;Active
3001;Hannah;Keller;People & Culture;Program Coordinator;Munich;;Active
"""  # BambooHR's default export: IDs first, managers by name, no time zone; the email is made below
MAIL_DOMAIN = "northwind.example"
FOLDER = Path(tempfile.gettempdir()) / "shadowdesk-tour"  # the empty data folder the story starts from


class Clock:
    """The story's fixed time: every view and service asks it, and the story moves it on."""

    def __init__(self) -> None:
        self.moment = at(date(2026, 9, 1), 9, 0)

    def now(self) -> datetime:
        return self.moment


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(ZONE)).astimezone(UTC)


@dataclass
class TourServices(Services):
    """The app's services, with the story's clock where a service reads the time."""

    clock: Callable[[], datetime]

    @cached_property
    def scheduling(self) -> SchedulingService:
        return SchedulingService(self.database, self.settings, clock=self.clock)

    @cached_property
    def reports(self) -> ReportService:
        return ReportService(self.database, self.settings, clock=lambda: self.clock().astimezone())


class Tour:
    def __init__(self, out: Path, folder: Path, language: str) -> None:
        self.out, self.folder = out, folder
        self.clock = Clock()
        self.shown_errors: list[str] = []
        self.written: list[Path] = []
        paths = resolve_paths(folder / "data")
        paths.create()
        self.services = TourServices(open_database(paths.sqlite_url(), paths.backups), paths, self.clock.now)
        # As Preferences keeps it and the app installs it at start (gui/application.py), before any window.
        # English is left to the system (LANGUAGE=en, no locale: Preferences untouched), as docs/screenshots
        # show it; English chosen in Preferences would bring en_US dates and Qt's English plurals ("11 rows").
        preference = "" if language == "en" else language
        self.services.settings.set("language", preference)
        Translations(QApplication.instance()).install(preference)
        self.window = MainWindow(self.services, QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat),
                                 self.clock.now)

    # --- taking pictures -------------------------------------------------------------------------

    def shot(self, number: int, step: str, widget: QWidget | None = None) -> None:
        """The window, or a dialog drawn over the window at its centre (dimmed behind it)."""
        settle()
        picture = self.window.grab()
        if widget is not None:  # every dialog of the tour is smaller than the window
            dialog = widget.grab()
            painter = QPainter(picture)
            painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))
            x, y = (picture.width() - dialog.width()) // 2, (picture.height() - dialog.height()) // 2
            painter.fillRect(x - 1, y - 1, dialog.width() + 2, dialog.height() + 2, QColor(60, 60, 60))
            painter.drawPixmap(x, y, dialog)
            painter.end()
        self.save(picture, number, step)

    def save(self, picture: QPixmap, number: int, step: str) -> None:
        path = self.out / f"tour-{number:02d}-{step}.png"
        if not picture.save(str(path)):
            raise RuntimeError(f"could not write {path}")
        self.written.append(path)
        print(f"{path.name}  {picture.width()}x{picture.height()}", flush=True)

    # --- the story ---------------------------------------------------------------------------------

    def run(self) -> None:
        window = self.window
        window.resize(*WINDOW_SIZE)
        window.show()
        window.offer_first_run()
        self.shot(1, "welcome")
        self.import_roster()
        owner = window.owner_dialog
        self.shot(5, "who-are-you", owner)
        owner.accept()
        program_id = self.create_program()
        self.enroll()
        pairs = self.plan_pairs()  # round 1's pairs, by their salesperson's first name
        sara, amelie, sam, jonas = (pairs[name] for name in ("Sara", "Amélie", "Sam", "Jonas"))
        shadow = self.schedule(sara, SessionKind.PROJECT_SHADOW, date(2026, 9, 15), 10, 90, shot=10,
                               location="Warsaw office and Teams",
                               agenda="Sprint review of the warehouse rollout; how a change request is priced.")
        visit = self.schedule(sara, SessionKind.CUSTOMER_VISIT, date(2026, 9, 17), 14, 120, shot=11,
                              location="Acme Logistics, Munich", customer="Acme Logistics GmbH",
                              project="Warehouse ERP rollout",
                              agenda="Quarterly review with Acme's logistics lead; Piotr listens for scope.")
        series = self.schedule(amelie, SessionKind.PROJECT_SHADOW, date(2026, 9, 16), 9, 60, weekly=3,
                               location="Teams", agenda="Pia's weekly delivery stand-up.")
        lone = self.schedule(sam, SessionKind.PROJECT_SHADOW, date(2026, 9, 14), 13, 60, location="Munich office")
        self.clock.moment = at(date(2026, 9, 14), 8, 0)
        self.show_week()
        # Nine weeks later: what was held is marked, one weekly session is left without a status.
        self.clock.moment = at(date(2026, 11, 18), 9, 0)
        self.window.view(ScheduleView).reload()
        self.complete(visit[0], shot=13)
        for session_id in (shadow[0], lone[0]):
            self.complete(session_id)
        for session_id in series[:2]:
            self.complete_in_series(session_id)
        self.schedule(sara, SessionKind.PROJECT_SHADOW, date(2026, 11, 19), 10, 90, location="Teams")
        self.schedule(jonas, SessionKind.CUSTOMER_VISIT, date(2026, 11, 20), 11, 60, location="Teams")
        self.write_note(shadow[0], sara.person_a_id, shot=14, text=(
            "How much of a project is change requests: Piotr's team re-plans every sprint around them.",
            "No go-live date before the project team has sized the work; a range until then.",
            "The customer's real volumes and who signs off on their side: I had both and never passed them on.",
            "Ask Piotr to walk me through a change request before my next proposal."))
        self.write_note(shadow[0], sara.person_b_id, text=(
            "Showed the sprint review and how we price change requests.",
            "Sara asked why estimates come late; worth explaining to the whole sales team.",
            "Invite sales to one sprint review per quarter."))
        self.show_progress(program_id, sam.id)
        self.show_dashboard()
        self.show_participant_home(sara.person_a_id)
        pdf = self.make_report()
        self.report_pages(pdf)
        if self.shown_errors:
            raise RuntimeError("the app showed errors: " + " | ".join(self.shown_errors))

    def go(self, view_type: type) -> QWidget:
        """The sidebar's section of view_type, as a click on it opens it."""
        view = self.window.view(view_type)
        self.window.ui.navList.setCurrentRow(self.window.ui.viewStack.indexOf(view))
        return view

    def import_roster(self) -> None:
        roster = self.folder / "employees.xlsx"
        write_roster(roster)
        self.window.welcome.import_button.click()
        wizard = self.window.view(PeopleView).import_wizard
        wizard.file_page.path_edit.setText(str(roster))
        for number, step, page in ((2, "import-columns", wizard.mapping_page),
                                   (3, "import-time-zones", wizard.zones_page),
                                   (4, "import-preview", wizard.preview_page)):
            wizard.next()
            wait_until(lambda p=page: wizard.currentPage() is p and not wizard.busy, f"the wizard's {step} page")
            if page is wizard.zones_page:
                home = next(c for key, c in page.combos.items() if "home" in key)
                home.setCurrentText("Europe/London")  # no guess from "Home office": the coordinator knows
            if page is wizard.preview_page:
                wait_until(lambda p=page: p.summary is not None, "the preview's check")
                wizard.resize(1240, 720)  # dragged wider, to see every column of the preview
                page.table.scrollToTop()
            self.shot(number, step, wizard)
        wizard.next()  # Import
        wait_until(lambda: not wizard.isVisible(), "the import")
        wait_until(lambda: getattr(self.window, "owner_dialog", None) is not None, "Who are you?")

    def create_program(self) -> int:
        programs = self.go(ProgramsView)
        dialog = programs.open_new()
        ui = dialog.ui
        ui.nameEdit.setText(PROGRAM)
        ui.startDateEdit.setDate(QDate(2026, 9, 7))
        ui.endDateEdit.setDate(QDate(2027, 2, 26))
        ui.sessionsSpin.setValue(4)
        ui.hoursSpin.setValue(6)
        ui.statusCombo.setCurrentIndex(1)  # Active
        ui.descriptionEdit.setPlainText("Sales and project managers shadow each other: a project shadow and a "
                                        "customer visit per pair and round.")
        self.shot(6, "new-program", dialog)
        dialog.save()
        wait_until(lambda: not dialog.isVisible() and programs.is_loaded(), "the new program")
        return dialog.saved.id

    def enroll(self) -> None:
        programs = self.window.view(ProgramsView)
        sales = programs.open_enroll(Side.A)
        sales.ui.departmentRadio.setChecked(True)
        sales.enroll()
        wait_until(programs.is_loaded, "the enrolled salespeople")
        managers = programs.open_enroll(Side.B)
        managers.ui.peopleTable.selectAll()  # the list starts on the side's department
        self.shot(7, "enroll", managers)
        managers.enroll()
        wait_until(programs.is_loaded, "the enrolled project managers")

    def plan_pairs(self) -> dict:
        programs = self.window.view(ProgramsView)
        programs.rounds_spin.setValue(2)
        review = programs.open_review()
        wait_until(lambda: review.proposal is not None, "the planner's proposal")
        self.shot(8, "pairing-review", review)
        review.confirm_button.click()
        wait_until(lambda: programs.review is None and programs.is_loaded(), "the confirmed pairs")
        pairs = {p.person_a_name.split()[0]: p for p in self.services.pairing.list_pairs(
            programs.current_program_id()) if p.round == 1}
        select_pair(programs, pairs["Sara"].id)
        self.shot(9, "programs-pairs")
        return pairs

    def schedule(self, pair, kind: SessionKind, day: date, hour: int, minutes: int, *, shot: int = 0,
                 weekly: int = 0, location: str = "", agenda: str = "", customer: str = "",
                 project: str = "") -> list[int]:
        """A session planned with Schedule… on the pair's row in Programs, as the coordinator fills the editor."""
        programs = self.go(ProgramsView)
        wait_until(programs.is_loaded, "the program's pairs")
        select_pair(programs, pair.id)
        programs.schedule_button.click()
        editor = programs.session_editor
        ui = editor.ui
        if ui.kindCombo.currentData() != kind:  # Schedule… offers the kind the pair had fewer of
            index = ui.kindCombo.findData(kind)
            ui.kindCombo.setCurrentIndex(index)
            ui.kindCombo.activated.emit(index)
        ui.dateEdit.setDate(QDate(day))
        ui.startEdit.setTime(QTime(hour, 0))
        ui.durationSpin.setValue(minutes)
        ui.locationEdit.setText(location)
        ui.agendaEdit.setPlainText(agenda)
        if weekly:
            ui.repeatCombo.setCurrentIndex(1)
            ui.repeatEndCombo.setCurrentIndex(ui.repeatEndCombo.findData("count"))
            ui.repeatCountSpin.setValue(weekly)
        if customer:
            QTest.keyClicks(ui.customerCombo.lineEdit(), customer)
            ui.createCustomerButton.click()
            QTest.keyClicks(ui.projectCombo.lineEdit(), project)
            ui.createProjectButton.click()
        if shot:
            self.shot(shot, "session-shadow" if kind is SessionKind.PROJECT_SHADOW else "session-visit", editor)
        saved: list[int] = []
        editor.saved.connect(saved.extend)
        editor.save()
        if ui.warningsBox.isVisible():
            ui.acceptButton.click()
        if not saved:
            raise RuntimeError(f"the session of {pair.person_a_name} and {pair.person_b_name} was not saved")
        wait_until(programs.is_loaded, "the pairs' progress after the save")
        return saved

    def show_week(self) -> None:
        schedule = self.go(ScheduleView)
        schedule.go_today()
        schedule.set_mode(WEEK)
        wait_until(schedule.is_loaded, "the week's sessions")
        self.shot(12, "schedule-week")

    def complete(self, session_id: int, shot: int = 0) -> None:
        """Opened from the Schedule (a click on its block), marked completed."""
        editor = self.window.view(ScheduleView).open_editor(session_id)
        if shot:
            editor.ui.reasonEdit.setText("Held as planned")
            self.shot(shot, "session-completed", editor)
        editor.ui.completeButton.click()
        if editor.isVisible():
            raise RuntimeError(f"session {session_id} was not marked completed")

    def complete_in_series(self, session_id: int) -> None:
        """As `shadowdesk sessions complete ID` does: the editor refuses to complete one session of a series
        ("Another session of this series was changed by someone else"), see docs/TOUR.md."""
        detail = self.services.scheduling.get(session_id)
        self.services.scheduling.set_status(session_id, detail.version_id, SessionStatus.COMPLETED)

    def write_note(self, session_id: int, author_id: int, text: tuple[str, ...], shot: int = 0) -> None:
        """A participant's note, opened as the dashboard's "reflections due" opens it."""
        self.window.open_reflection(session_id, author_id)
        reflections = self.window.view(ReflectionsView)
        editor = reflections.editor
        answers = [edit for edit in editor.ui.scrollArea.findChildren(QPlainTextEdit)
                   if edit is not editor.ui.freeTextEdit]
        for edit, answer in zip(answers, text, strict=False):
            edit.setPlainText(answer)
        editor.ui.freeTextEdit.setPlainText(text[-1])
        editor.ui.ratingCombo.setCurrentIndex(editor.ui.ratingCombo.findData(5))
        editor.ui.visibilityCombo.setCurrentIndex(editor.ui.visibilityCombo.findData("program"))
        if shot:
            self.shot(shot, "reflection", editor)
        editor.submit()
        wait_until(lambda: not editor.isVisible(), "the submitted note")

    def show_progress(self, program_id: int, stalled_pair: int) -> None:
        programs = self.go(ProgramsView)
        programs.refresh(program_id)
        wait_until(programs.is_loaded, "the program's progress")
        select_pair(programs, stalled_pair)
        self.shot(15, "programs-progress")

    def show_dashboard(self) -> None:
        dashboard = self.window.view(DashboardView)
        loaded: list[bool] = []
        dashboard.lists_loaded.connect(lambda: loaded.append(True))
        self.go(DashboardView)
        wait_until(lambda: bool(loaded), "the dashboard's lists")
        self.shot(16, "dashboard")

    def show_participant_home(self, person_id: int) -> None:
        """The same flow as a participant sees it: their own window starts on their home."""
        person = next(p for p in self.services.scheduling.people() if p.id == person_id)
        identity = self.services.identity
        identity.whoami = lambda: Viewer(person.id, person.name, person.email, frozenset({"participant"}))
        try:
            window = MainWindow(self.services, QSettings(str(self.folder / "participant.ini"),
                                                         QSettings.Format.IniFormat), self.clock.now)
            window.resize(*WINDOW_SIZE)
            window.show()
            home = window.view(HomeView)
            loaded: list[bool] = []
            home.home_loaded.connect(lambda: loaded.append(True))
            wait_until(lambda: bool(loaded) and window.ui.viewStack.currentWidget() is home, "the home")
            settle()
            self.save(window.grab(), 17, "participant-home")
            window.close()
        finally:
            del identity.whoami  # the class's own again

    def make_report(self) -> Path:
        reports = self.go(ReportsView)
        wait_until(reports.is_loaded, "the programs to report on")  # read in a worker
        reports.ui.programCombo.setCurrentText(PROGRAM)
        ready: list[str] = []
        reports.report_ready.connect(ready.append)
        reports.report_failed.connect(self.shown_errors.append)
        reports.generate()
        wait_until(lambda: bool(ready) or bool(self.shown_errors), "the program report")
        self.shot(18, "reports")
        return Path(ready[0])

    def report_pages(self, pdf: Path) -> None:
        """The report's first two pages side by side, as pdftoppm draws them."""
        prefix = self.folder / "page"
        subprocess.run(["pdftoppm", "-png", "-r", str(REPORT_DPI), "-f", "1", "-l", "2", str(pdf), str(prefix)],
                       check=True)
        pages = [QPixmap(str(path)) for path in sorted(self.folder.glob("page-*.png"))]
        gap = 16
        sheet = QPixmap(sum(p.width() for p in pages) + gap * (len(pages) + 1), max(p.height() for p in pages)
                        + 2 * gap)
        sheet.fill(QColor(128, 128, 128))
        painter = QPainter(sheet)
        x = gap
        for page in pages:
            painter.drawPixmap(x, gap, page)
            x += page.width() + gap
        painter.end()
        self.save(sheet, 19, "report-pages")


def select_pair(programs: ProgramsView, pair_id: int) -> None:
    """The pair's row chosen, with the pairs in view: they sit below both sides' tables, so the list of the
    one program is dragged shorter (its splitter) and the detail scrolled down, as a user would."""
    row = next(row for row in range(programs.pairs_model.rowCount()) if programs.pairs_model.row_at(row).id == pair_id)
    splitter = programs.findChild(QSplitter)
    splitter.setSizes([PROGRAM_LIST_HEIGHT, sum(splitter.sizes()) - PROGRAM_LIST_HEIGHT])
    settle()
    # Chosen once the table has its final height, from its top: the rows in view no longer depend on how far
    # the layout had got, or on an earlier step's scrolling.
    programs.pairs_table.scrollToTop()
    programs.pairs_table.selectRow(row)
    bar = programs.scroller.verticalScrollBar()
    bar.setValue(bar.maximum())


def write_roster(path: Path) -> None:
    """The HR system's export, as a spreadsheet with one sheet."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Employees"
    sheet.append(ROSTER_HEADERS)
    for line in ROSTER.splitlines():
        employee, first, last, *rest = line.split(";")
        mailbox = unicodedata.normalize("NFKD", f"{first}.{last}".lower()).encode("ascii", "ignore").decode()
        sheet.append([int(employee), first, last, f"{mailbox}@{MAIL_DOMAIN}", *rest])
    book.save(path)


def settle() -> None:
    """Let queued events, layouts and paints run before a picture is taken."""
    for _ in range(3):
        QApplication.processEvents()
        qwait(10)


def qwait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], what: str, seconds: float = WAIT_SECONDS) -> None:
    deadline = stopwatch.monotonic() + seconds
    while not condition():
        if stopwatch.monotonic() > deadline:
            raise TimeoutError(f"waited {seconds:.0f} s for {what}")
        qwait(20)


def optimise(paths: list[Path]) -> None:
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o2", *map(str, paths)], check=True)


def answer_prompts(shown_errors: list[str], raised: list[BaseException]) -> None:
    """No box may wait for a click nobody makes: errors are kept (they fail the tour), a question fails it,
    and an exception in a slot is said and fails it too."""
    def question(_parent, title, text):
        raise RuntimeError(f"the app asked {title!r}: {text}")

    def remember(kind, value, tb) -> None:
        raised.append(value)
        sys.__excepthook__(kind, value, tb)

    prompts.show_error = lambda _parent, _title, text: shown_errors.append(text)
    prompts.show_info = lambda _parent, _title, _text: None
    prompts.ask_reload_or_overwrite = prompts.ask_yes_no = question
    sys.excepthook = remember


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], parents=[LANGUAGE_OPTION])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots")
    parser.add_argument("--keep", action="store_true", help=f"keep the data folder {FOLDER}")
    args = parser.parse_args(argv)
    started = stopwatch.monotonic()
    app = QApplication.instance() or QApplication([])
    app.setApplicationName("ShadowDesk")
    app.setWindowIcon(QIcon(str(resource_path("icons/shadowdesk.svg"))))
    theme.apply(app)
    shutil.rmtree(FOLDER, ignore_errors=True)  # always the same name: the status bar shows it
    FOLDER.mkdir(mode=0o700)
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("tour-*.png"):
        old.unlink()
    raised: list[BaseException] = []
    tour = Tour(args.out, FOLDER, args.language)
    answer_prompts(tour.shown_errors, raised)
    try:
        tour.run()
        if raised:
            raise raised[0]
    finally:
        tour.window.close()
        tour.services.database.dispose()
        if not args.keep:
            shutil.rmtree(FOLDER, ignore_errors=True)
    optimise(tour.written)
    print(f"{len(tour.written)} pictures in {args.out} in {stopwatch.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
