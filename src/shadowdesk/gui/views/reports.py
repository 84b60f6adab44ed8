"""The Reports section: pick a program report or a participant's record, generate it in a child process
with progress and Cancel, then open, save or print the PDF.

A record holds the person's private notes only when the signed-in person prints their own."""

from __future__ import annotations

import re
import shutil
import tempfile
from functools import partial
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from shadowdesk.errors import PlainWordsError
from shadowdesk.fileio import atomic_write, why_not_written
from shadowdesk.gui import prompts
from shadowdesk.gui.forms.ui_reports_view import Ui_ReportsView
from shadowdesk.gui.permissions import SignedIn, signed_in_for
from shadowdesk.gui.workers import Task, TaskRunner
from shadowdesk.services.child_jobs import PRELOADED, person_record, program_report
from shadowdesk.services.child_process import ChildProcess, start_spare

PROGRAM_REPORT, PERSON_RECORD = 0, 1


def _file_name(title: str) -> str:
    """A file name from a program or person name: keeps letters of any script, drops path characters."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .") or "report"
    return cleaned[:80] + ".pdf"


class ReportsView(QWidget):
    # Re-emitted in the GUI thread when a generation ends (tests and the status bar listen to these).
    report_ready = Signal(str)
    report_failed = Signal(str)
    report_cancelled = Signal()
    lists_loaded = Signal()  # the programs and people to choose from are shown

    def __init__(self, services, runner: TaskRunner | None = None, parent: QWidget | None = None,
                 signed_in: SignedIn | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportsView()
        self.ui.setupUi(self)
        self._services = services
        self._signed_in = signed_in_for(services, signed_in)
        self._runner = runner or TaskRunner()
        self._task: Task | None = None
        self._reading: Task | None = None  # the read of the programs and people to choose from
        self._folder = Path(tempfile.mkdtemp(prefix="shadowdesk-reports-"))  # private to the user (0700)
        self.destroyed.connect(partial(shutil.rmtree, self._folder, True))
        self.pdf: Path | None = None
        self.ui.kindCombo.addItem(self.tr("Program report"))
        self.ui.kindCombo.addItem(self.tr("Participant record"))
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.generateButton.clicked.connect(self.generate)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.openButton.clicked.connect(self.open_pdf)
        self.ui.saveButton.clicked.connect(self.save_as)
        self.ui.printButton.clicked.connect(self.print_pdf)
        self._kind_changed(PROGRAM_REPORT)

    def refresh(self) -> None:
        """Read the programs and participants to choose from in a worker (a big company's enrollments are
        too many to read on the GUI thread) and show them, keeping the choice; a newer refresh drops the
        read still under way."""
        start_spare(PRELOADED)  # a report is likely soon: its process gets its code ready meanwhile
        if self._reading is not None:
            self._reading.cancel()  # what it reads is older than what this refresh reads
        reports = self._services.reports
        task = self._reading = self._runner.run(
            lambda _progress, _cancelled: (reports.program_names(), reports.people()), parent=self)
        task.finished.connect(lambda lists: self._fill(task, *lists))
        task.failed.connect(lambda error: self._read_failed(task, error))

    def is_loaded(self) -> bool:
        return self._reading is None

    def _fill(self, task: Task, programs: list[str], people: list[tuple[str, str]]) -> None:
        if task is not self._reading:
            return
        self._reading = None
        current = self.ui.programCombo.currentText()
        self.ui.programCombo.clear()
        self.ui.programCombo.addItems(programs)
        if current in programs:
            self.ui.programCombo.setCurrentText(current)
        email = self.ui.personCombo.currentData()
        self.ui.personCombo.clear()
        for address, name in people:
            self.ui.personCombo.addItem(f"{name} <{address}>", address)
        index = self.ui.personCombo.findData(email)
        if index >= 0:
            self.ui.personCombo.setCurrentIndex(index)
        self._update_buttons()
        self.lists_loaded.emit()

    def _read_failed(self, task: Task, error: BaseException) -> None:
        if task is not self._reading:
            return
        self._reading = None
        if not isinstance(error, PlainWordsError):
            raise error  # a bug: the excepthook logs it and says so
        prompts.show_error(self, self.tr("Report"), str(error))
        self.lists_loaded.emit()

    def _kind_changed(self, kind: int) -> None:
        program = kind == PROGRAM_REPORT
        for widget in (self.ui.programLabel, self.ui.programCombo):
            widget.setVisible(program)
        for widget in (self.ui.personLabel, self.ui.personCombo, self.ui.privateNotesLabel):
            widget.setVisible(not program)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._task is not None
        program = self.ui.kindCombo.currentIndex() == PROGRAM_REPORT
        chosen = self.ui.programCombo.count() > 0 if program else self.ui.personCombo.count() > 0
        self.ui.generateButton.setEnabled(chosen and not busy)
        self.ui.cancelButton.setEnabled(busy)
        for button in (self.ui.openButton, self.ui.saveButton, self.ui.printButton):
            button.setEnabled(self.pdf is not None and not busy)

    def generate(self) -> None:
        """The PDF is laid out in a child process (services/child_process.py): reportlab would otherwise hold
        the interpreter lock against the GUI thread and keep its fonts in the window's memory."""
        database, paths = self._services.database, self._services.paths
        if self.ui.kindCombo.currentIndex() == PROGRAM_REPORT:
            name = self.ui.programCombo.currentText()
            target = self._folder / _file_name(name)

            def work(progress, cancelled):
                return ChildProcess(database, paths, progress, cancelled).run(program_report, name, target)
        else:
            email, me = self.ui.personCombo.currentData(), self._signed_in.person_id
            as_self = me is not None and self._services.reflections.person_id_for_email(email) == me
            target = self._folder / _file_name(self.ui.personCombo.currentText().split(" <")[0])

            def work(progress, cancelled):
                return ChildProcess(database, paths, progress, cancelled).run(person_record, email, target, as_self)

        self._task = self._runner.run(work, parent=self)
        self._task.progress.connect(self._progress)
        self._task.finished.connect(self._finished)
        self._task.failed.connect(self._failed)
        self._task.cancelled.connect(self._cancelled)
        self.pdf = None
        self.ui.progressBar.setRange(0, 0)  # busy until the layout reports its first step
        self.ui.statusLabel.setText(self.tr("Generating…"))
        self._update_buttons()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.ui.statusLabel.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, total)
        self.ui.progressBar.setValue(done)

    def _end(self, message: str) -> None:
        self._task = None
        self.ui.progressBar.setRange(0, 100)
        self.ui.progressBar.setValue(100 if self.pdf else 0)
        self.ui.statusLabel.setText(message)
        self._update_buttons()

    def _finished(self, path) -> None:
        start_spare(PRELOADED)  # for the next report
        self.pdf = Path(path)
        self._end(self.tr("Ready: {name}").format(name=self.pdf.name))
        self.report_ready.emit(str(self.pdf))

    def _failed(self, error: BaseException) -> None:
        message = str(error) or type(error).__name__
        self._end(self.tr("The report could not be made: {message}").format(message=message))
        prompts.show_error(
            self,
            self.tr("Report"),
            self.tr("The report could not be made.\n\n{message}").format(message=message),
        )
        self.report_failed.emit(message)

    def _cancelled(self) -> None:
        self._end(self.tr("Cancelled; no report was written."))
        self.report_cancelled.emit()

    def open_pdf(self) -> None:
        if self.pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf)))

    def save_as(self) -> None:
        if self.pdf is None:
            return
        start = str(self._services.paths.exports / self.pdf.name)
        chosen = prompts.choose_save_file(
            self, self.tr("Save the report"), self.tr("PDF files (*.pdf)"), start
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
            # The file dialog asked about the name as typed; the name with .pdf may exist too.
            if target.exists() and not prompts.ask_yes_no(self, self.tr("Save the report"), self.tr(
                    "{name} already exists. Replace it?").format(name=target.name)):
                return
        try:
            atomic_write(target, self.pdf.read_bytes())  # refuses the database and the backups (fileio)
        except PlainWordsError as exc:  # refused, or the disk is full or read-only: nothing was written
            prompts.show_error(self, self.tr("Save the report"), str(exc))
            return
        except OSError as exc:
            prompts.show_error(self, self.tr("Save the report"), self.tr(
                "Could not save to {path}: {reason}").format(path=str(target), reason=why_not_written(exc)))
            return
        self.ui.statusLabel.setText(self.tr("Saved to {path}").format(path=str(target)))

    def print_pdf(self) -> None:
        """PySide6-Essentials has no QtPdf to draw PDF pages for QPrinter, so printing goes through the
        system's PDF viewer, which has its own print dialog."""
        if self.pdf is None:
            return
        prompts.show_info(
            self,
            self.tr("Print"),
            self.tr("The report opens in your PDF viewer; print it from there (File > Print)."),
        )
        self.open_pdf()
