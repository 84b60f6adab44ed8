"""The pages of the roster import wizard (gui/dialogs/import_wizard.py): the file, the columns, the offices'
time zones, and the preview, each running its step off the GUI thread with progress and Stop."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from shadowdesk.errors import PlainWordsError
from shadowdesk.gui import prompts
from shadowdesk.gui.workers import Task
from shadowdesk.services.people import FIELDS, ParsedRoster, field_label

if TYPE_CHECKING:
    from shadowdesk.gui.dialogs.import_wizard import ImportWizard

PROBLEMS_WIDTH = 340
Result = TypeVar("Result")  # what a page's step returns, handed to its done()
ERROR_STYLE = "color: #b00020;"


class _WorkPanel(QWidget):
    """Under a page's own widgets: what runs, its progress and Stop; afterwards, how it ended."""

    def __init__(self) -> None:
        super().__init__()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.stop_button = QPushButton(self.tr("&Stop"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addLayout(row)
        self.say("")

    def start(self, status: str) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(status)
        self.status_label.show()
        self.progress_bar.setRange(0, 0)  # busy until the work reports its first step
        for widget in (self.progress_bar, self.stop_button):
            widget.show()
        self.stop_button.setEnabled(True)

    def set_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)

    def say(self, message: str, error: bool = False) -> None:
        """The work has ended: hide the bar, keep a sentence about how."""
        self.progress_bar.hide()
        self.stop_button.hide()
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")
        self.status_label.setText(message)
        self.status_label.setVisible(bool(message))


class _WorkingPage(QWizardPage):
    """A page whose long steps run off the GUI thread in a Task. While one runs, the page's own
    widgets and the wizard's Back, Next and Import are disabled, and the panel shows progress and Stop.

    validatePage cannot wait for a job, so a page starts the job there and refuses; when the job is done
    the page sets ready and presses Next (or Import) for the user, and validatePage lets it through.
    """

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.content = QWidget()
        self.panel = _WorkPanel()
        self.panel.stop_button.clicked.connect(self.stop)
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.content, 1)
        layout.addWidget(self.panel)
        self.job: Task | None = None
        self.ready = False

    @property
    def busy(self) -> bool:
        return self.job is not None

    @property
    def roster(self) -> ParsedRoster:
        """The roster as read so far: the pages after the file page are reached only once it is read."""
        parsed = self._wizard.parsed
        assert parsed is not None
        return parsed

    def take_ready(self) -> bool:
        ready, self.ready = self.ready, False
        return ready

    def run(self, status: str, work: Callable[[Callable[[int, int], None], Callable[[], bool]], Result],
            done: Callable[[Result], None], stopped_message: str, irreversible: bool = False) -> None:
        """work(progress, cancelled) runs off the GUI thread; done(result) runs in it if it succeeds.
        irreversible: work that may still complete after Stop (a commit cannot be called back); then its
        result is handed to done instead of claiming that nothing happened."""
        results: list[Result] = []

        def keeping_the_result(progress, cancelled):
            result = work(progress, cancelled)
            results.append(result)  # before the job reports, so a late Stop can see it
            return result

        self.job = self._wizard.tasks.run(keeping_the_result, self)
        self.job.progress.connect(self.panel.set_progress)
        self.job.finished.connect(partial(self._finished, done))
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(partial(self._cancelled, done, stopped_message,
                                           results if irreversible else []))
        self.panel.start(status)
        self.content.setEnabled(False)
        self._wizard.update_buttons()

    def stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.panel.status_label.setText(self.tr("Stopping…"))
            self.panel.stop_button.setEnabled(False)

    def _end(self) -> None:
        self.job = None
        self.content.setEnabled(True)
        self.panel.say("")
        self._wizard.update_buttons()

    def _finished(self, done: Callable[[Result], None], result: Result) -> None:
        self._end()
        done(result)
        self._wizard.work_ended()

    def _cancelled(self, done: Callable[[Result], None], stopped_message: str, completed: list[Result]) -> None:
        if completed:
            self._finished(done, completed[0])
            return
        self._end()
        self.panel.say(stopped_message)
        self._wizard.work_stopped.emit()
        self._wizard.work_ended()

    def _failed(self, error: BaseException) -> None:
        self._end()
        if isinstance(error, OSError):
            message = self.tr("Cannot read {path}: {reason}.").format(
                path=error.filename, reason=error.strerror or error)
        elif isinstance(error, PlainWordsError):
            message = str(error)
        else:  # a bug: the application's excepthook logs it and names the log file
            self._wizard.work_ended()
            raise error
        self.panel.say(message, error=True)
        if not self._wizard.closing:  # a user who closed the wizard does not wait for its news
            prompts.show_error(self, self._wizard.windowTitle(), message)
        self._wizard.work_failed.emit(message)
        self._wizard.work_ended()


class FilePage(_WorkingPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the roster file"))
        self.setSubTitle(self.tr("A CSV file or a spreadsheet (.xlsx, .xls, .ods) exported from the HR system, "
                                 "Excel or LibreOffice. People are matched by email: existing people are "
                                 "updated, new ones added, nobody is deleted."))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("roster.csv"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        self.content_layout.addLayout(row)
        self.content_layout.addStretch(1)
        self.path_edit.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        chosen = prompts.choose_open_file(self, self.tr("Choose the roster"),
                                          self.tr("Rosters (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)"))
        if chosen:
            self.path_edit.setText(chosen)

    def isComplete(self) -> bool:  # noqa: N802
        return not self.busy and bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        if self.take_ready():
            return True
        path = Path(self.path_edit.text().strip())
        self._wizard.path = path
        people = self._wizard.people

        def work(progress, cancelled):
            return people.read_roster(path.read_bytes(), progress=progress, cancelled=cancelled)

        self.run(self.tr("Reading {name}…").format(name=path.name), work, self._read,
                 self.tr("Stopped. Nothing was changed; choose the file again or another one."))
        return False

    def _read(self, parsed: ParsedRoster) -> None:
        self._wizard.parsed = parsed
        self.ready = True
        self._wizard.next()


class MappingPage(_WorkingPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check the columns"))
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        # A spreadsheet with several sheets: the one to read (the first, until the user picks another).
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_combo = QComboBox()
        self.sheet_label.setBuddy(self.sheet_combo)
        self.sheet_combo.activated.connect(self._read_sheet)
        form.addRow(self.sheet_label, self.sheet_combo)
        for name in FIELDS:
            combo = QComboBox()
            self.combos[name] = combo
            form.addRow(field_label(name), combo)  # the roster's one label of each field, in the user's language
        self.error_label = _error_label()
        # The first rows as the guessed columns read them: a column of IDs taken for names shows here.
        self.first_rows_label = QLabel()
        self.first_rows_label.setWordWrap(True)
        self.first_rows_label.setTextFormat(Qt.TextFormat.PlainText)
        self.content_layout.addLayout(form)
        self.content_layout.addWidget(self.first_rows_label)
        self.content_layout.addWidget(self.error_label)

    def initializePage(self) -> None:  # noqa: N802
        parsed = self.roster
        table = parsed.table
        separators = {",": self.tr("commas"), ";": self.tr("semicolons"), "\t": self.tr("tabs")}
        if table.sheet:
            self.setSubTitle(self.tr("%n row(s), {kind}, sheet {sheet}. ShadowDesk guessed which column holds "
                                     "what; change any that are wrong.", "", len(table.rows)).format(
                kind=table.encoding, sheet=table.sheet))
        else:
            self.setSubTitle(self.tr("%n row(s), {encoding}, separated by {delimiter}. ShadowDesk guessed "
                                     "which column holds what; change any that are wrong.", "", len(table.rows)).format(
                encoding=table.encoding, delimiter=separators[table.delimiter]))
        self.sheet_combo.clear()
        self.sheet_combo.addItems(table.sheets)
        self.sheet_combo.setCurrentText(table.sheet)
        for widget in (self.sheet_label, self.sheet_combo):
            widget.setVisible(len(table.sheets) > 1)
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), -1)
            for index, header in enumerate(table.headers):
                combo.addItem(header or self.tr("column {n}").format(n=index + 1), index)
            combo.setCurrentIndex(combo.findData(parsed.mapping.get(name, -1)))
        self.first_rows_label.setText(_first_rows(parsed))
        self.error_label.hide()
        self.panel.say("")

    def _read_sheet(self) -> None:
        sheet, path, people = self.sheet_combo.currentText(), self._wizard.path, self._wizard.people

        def work(progress, cancelled):
            return people.read_roster(path.read_bytes(), progress=progress, cancelled=cancelled, sheet=sheet)

        self.run(self.tr("Reading the sheet {sheet}…").format(sheet=sheet), work, self._sheet_read,
                 self.tr("Stopped. The sheet read before is still shown."))

    def _sheet_read(self, parsed: ParsedRoster) -> None:
        self._wizard.parsed = parsed
        self.initializePage()

    def nextId(self) -> int:  # noqa: N802
        """The offices' time zones are asked for only when the file has locations and gives some people no zone."""
        parsed = self._wizard.parsed
        if parsed is not None and not (parsed.location_zones and "location" in parsed.mapping):
            return self._wizard.pageIds()[-1]
        return super().nextId()

    def mapping(self) -> dict[str, int]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData() >= 0}

    def isComplete(self) -> bool:  # noqa: N802
        return not self.busy

    def validatePage(self) -> bool:  # noqa: N802
        if self.take_ready():
            return True
        people, table, mapping = self._wizard.people, self.roster.table, self.mapping()
        choices = self.roster.choices
        self.error_label.hide()
        self.run(self.tr("Checking the rows…"),
                 lambda _progress, _cancelled: people.check_roster(table, mapping, choices),  # no steps to report
                 self._checked, self.tr("Stopped. Nothing was changed."))
        return False

    def _checked(self, parsed: ParsedRoster) -> None:
        if parsed.file_problems:
            _refuse(self.error_label, "\n".join(parsed.file_problems))
            return
        self._wizard.parsed = parsed
        self.ready = True
        self._wizard.next()


def _first_rows(parsed: ParsedRoster) -> str:
    translate = QCoreApplication.translate
    rows = "; ".join(translate("ImportWizard", "line {line}: {name} <{email}>").format(
        line=entry.line, name=entry.full_name, email=entry.email) for entry in parsed.first_entries())
    return translate("ImportWizard", "First rows read as: {rows}.").format(rows=rows) if rows else ""


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def _refuse(label: QLabel, message: str) -> bool:
    label.setText(message)
    label.show()
    return False
