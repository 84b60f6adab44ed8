"""The roster import wizard: choose a file, check the guessed columns, preview, import.

Nothing is written before the user presses Import on the preview, and then all rows or none are:
Cancel on any page leaves the database as it was. Reading, checking and importing a roster of 50,000
rows take seconds, so each runs off the GUI thread with a progress bar and Stop; a Stop or a close
during the import rolls the whole transaction back.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from shadowdesk.errors import PlainWordsError
from shadowdesk.gui import prompts
from shadowdesk.gui.models.roster_preview_model import COL_PROBLEMS, RosterPreviewModel
from shadowdesk.gui.workers import BackgroundJob
from shadowdesk.services.people import FIELD_LABELS, FIELDS, ImportSummary, ParsedRoster

PROBLEMS_WIDTH = 340
ERROR_STYLE = "color: #b00020;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


# The roster's field names (interop/roster.py FIELD_LABELS) marked here, where lupdate looks for strings.
FIELD_TITLES = {
    "full_name": QT_TRANSLATE_NOOP("ImportWizard", "Full name"),
    "first_name": QT_TRANSLATE_NOOP("ImportWizard", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportWizard", "Last name"),
    "email": QT_TRANSLATE_NOOP("ImportWizard", "Email"),
    "department": QT_TRANSLATE_NOOP("ImportWizard", "Department"),
    "job_title": QT_TRANSLATE_NOOP("ImportWizard", "Job title"),
    "location": QT_TRANSLATE_NOOP("ImportWizard", "Location"),
    "time_zone": QT_TRANSLATE_NOOP("ImportWizard", "Time zone"),
    "manager_email": QT_TRANSLATE_NOOP("ImportWizard", "Manager"),
    "active": QT_TRANSLATE_NOOP("ImportWizard", "Active"),
}


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
    """A page whose long steps run off the GUI thread in a BackgroundJob. While one runs, the page's own
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
        self.job: BackgroundJob | None = None
        self.ready = False

    @property
    def busy(self) -> bool:
        return self.job is not None

    def take_ready(self) -> bool:
        ready, self.ready = self.ready, False
        return ready

    def run(self, status: str, work, done: Callable[[object], None], stopped_message: str,
            irreversible: bool = False) -> None:
        """work(progress, cancelled) runs off the GUI thread; done(result) runs in it if it succeeds.
        irreversible: work that may still complete after Stop (a commit cannot be called back); then its
        result is handed to done instead of claiming that nothing happened."""
        results: list[object] = []

        def keeping_the_result(progress, cancelled):
            result = work(progress, cancelled)
            results.append(result)  # before the job reports, so a late Stop can see it
            return result

        self.job = BackgroundJob(keeping_the_result, self._wizard.pool, self)
        self.job.progress.connect(self.panel.set_progress)
        self.job.finished.connect(partial(self._finished, done))
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(partial(self._cancelled, done, stopped_message,
                                           results if irreversible else []))
        self.panel.start(status)
        self.content.setEnabled(False)
        self.job.start()
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

    def _finished(self, done: Callable[[object], None], result: object) -> None:
        self._end()
        done(result)
        self._wizard.work_ended()

    def _cancelled(self, done: Callable[[object], None], stopped_message: str, completed: list[object]) -> None:
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
        self.setSubTitle(self.tr("A CSV file exported from the HR system or Excel. People are matched by "
                                 "email: existing people are updated, new ones added, nobody is deleted."))
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
                                          self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if chosen:
            self.path_edit.setText(chosen)

    def isComplete(self) -> bool:  # noqa: N802
        return not self.busy and bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        if self.take_ready():
            return True
        path = Path(self.path_edit.text().strip())
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
        for name in FIELDS:
            combo = QComboBox()
            self.combos[name] = combo
            form.addRow(_tr(FIELD_TITLES.get(name, FIELD_LABELS[name])), combo)
        self.error_label = _error_label()
        # The first rows as the guessed columns read them: a column of IDs taken for names shows here.
        self.first_rows_label = QLabel()
        self.first_rows_label.setWordWrap(True)
        self.first_rows_label.setTextFormat(Qt.TextFormat.PlainText)
        self.content_layout.addLayout(form)
        self.content_layout.addWidget(self.first_rows_label)
        self.content_layout.addWidget(self.error_label)

    def initializePage(self) -> None:  # noqa: N802
        parsed = self._wizard.parsed
        table = parsed.table
        separators = {",": self.tr("commas"), ";": self.tr("semicolons"), "\t": self.tr("tabs")}
        self.setSubTitle(self.tr("{rows} rows, {encoding}, separated by {delimiter}. ShadowDesk guessed "
                                 "which column holds what; change any that are wrong.").format(
            rows=len(table.rows), encoding=table.encoding, delimiter=separators[table.delimiter]))
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), -1)
            for index, header in enumerate(table.headers):
                combo.addItem(header or self.tr("column {n}").format(n=index + 1), index)
            combo.setCurrentIndex(combo.findData(parsed.mapping.get(name, -1)))
        self.first_rows_label.setText(_first_rows(parsed))
        self.error_label.hide()
        self.panel.say("")

    def mapping(self) -> dict[str, int]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData() >= 0}

    def isComplete(self) -> bool:  # noqa: N802
        return not self.busy

    def validatePage(self) -> bool:  # noqa: N802
        if self.take_ready():
            return True
        people, table, mapping = self._wizard.people, self._wizard.parsed.table, self.mapping()
        self.error_label.hide()
        self.run(self.tr("Checking the rows…"),
                 lambda _progress, _cancelled: people.check_roster(table, mapping),  # no steps to report
                 self._checked, self.tr("Stopped. Nothing was changed."))
        return False

    def _checked(self, parsed: ParsedRoster) -> None:
        if parsed.file_problems:
            _refuse(self.error_label, "\n".join(parsed.file_problems))
            return
        self._wizard.parsed = parsed
        self.ready = True
        self._wizard.next()


class PreviewPage(_WorkingPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Preview"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)  # every text in it is escaped
        self.model = RosterPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.content_layout.addWidget(self.summary_label)
        self.content_layout.addWidget(self.table)
        self.summary: ImportSummary | None = None

    def initializePage(self) -> None:  # noqa: N802
        self.summary = None
        self.summary_label.clear()
        self.model.clear()  # rows of an earlier visit would pass for this check's result
        people, parsed = self._wizard.people, self._wizard.parsed
        self.run(self.tr("Checking the rows against the people already stored…"),
                 lambda progress, cancelled: people.import_roster(parsed, True, progress, cancelled),
                 self._show, self.tr("Stopped before the preview was ready. Press Back, then Next, to check "
                                     "the rows again."))

    def _show(self, summary: ImportSummary) -> None:
        self.summary = summary
        if summary.checked is not None:  # the people as seen now: what Import checks them against
            self._wizard.parsed = summary.checked
        self.model.set_rows(self._wizard.parsed, summary)
        self.table.resizeColumnsToContents()
        if not summary.ok:
            self.table.setColumnWidth(COL_PROBLEMS, PROBLEMS_WIDTH)
        counts = self.tr("{added} to add, {updated} to update, {unchanged} unchanged.").format(
            added=summary.added, updated=summary.updated, unchanged=summary.unchanged)
        if summary.changed_meanwhile:
            changed = "; ".join(str(problem) for problem in summary.changed_meanwhile)
            self.summary_label.setText(
                "<b>" + escape(self.tr("Nothing was imported: {n} people were changed by someone else since "
                                       "the preview ({changed}).").format(n=len(summary.changed_meanwhile),
                                                                        changed=changed))
                + "</b> " + escape(self.tr("The preview now shows the rows against the people as they are: "
                                           "{counts} Press Import again to save them.").format(counts=counts)))
        elif summary.ok:
            self.summary_label.setText(escape(counts + " " + self.tr("Press Import to save them all.") + " "
                                              + _first_rows(self._wizard.parsed)))
        else:
            lines = len({problem.line for problem in summary.problems})
            self.summary_label.setText(
                "<b>" + escape(self.tr("{n} rows have problems; nothing will be imported.").format(n=lines))
                + "</b> " + escape(self.tr("They are listed first, in red. Fix them in the file and "
                                           "choose it again.")))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return not self.busy and self.summary is not None and self.summary.ok

    def validatePage(self) -> bool:  # noqa: N802
        if self.take_ready():
            return True
        people, parsed = self._wizard.people, self._wizard.parsed
        self.run(self.tr("Importing… Either every row is saved or none is."),
                 lambda progress, cancelled: people.import_roster(parsed, False, progress, cancelled),
                 self._imported, self.tr("Stopped. Nothing was imported; the people are as they were."),
                 irreversible=True)
        return False

    def _imported(self, summary: ImportSummary) -> None:
        if not summary.written:  # the people changed since the preview; show the rows against them now
            self._show(summary)
            return
        self._wizard.summary = summary
        self._wizard.imported.emit(summary)
        self.ready = True
        self._wizard.accept()


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportSummary, once the rows are saved
    # A step run off the GUI thread failed or was stopped, and the page says so (tests listen to these).
    work_failed = Signal(str)
    work_stopped = Signal()

    def __init__(self, people, parent: QWidget | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self.pool = pool
        self.parsed: ParsedRoster | None = None
        self.summary: ImportSummary | None = None
        self.closing = False  # closed while a step ran: close once it has stopped
        self.setWindowTitle(self.tr("Import the staff roster"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self._pages = (self.file_page, self.mapping_page, self.preview_page)
        for page in self._pages:
            self.addPage(page)
        # The preview starts its check in initializePage, before QWizard enables Back for the new page.
        self.currentIdChanged.connect(self.update_buttons)
        self.resize(860, 560)

    @property
    def busy(self) -> bool:
        return any(page.busy for page in self._pages)

    def update_buttons(self) -> None:
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()  # QWizard asks isComplete() again: Next and Import are off while busy
        if self.busy:  # QWizard enables Back from the page history alone, and again once the work ends
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: a running step is stopped first (a stopped import
        is rolled back whole), and the wizard closes when it has."""
        for page in self._pages:
            if page.busy:
                self.closing = True
                page.stop()
                return
        super().reject()

    def work_ended(self) -> None:
        if self.closing and not self.busy:
            self.closing = False
            if self.isVisible():  # an import that committed before the Stop has closed it already
                super().reject()


def _first_rows(parsed: ParsedRoster) -> str:
    rows = "; ".join(_tr("line {line}: {name} <{email}>").format(line=entry.line, name=entry.full_name,
                                                                 email=entry.email)
                     for entry in parsed.first_entries())
    return _tr("First rows read as: {rows}.").format(rows=rows) if rows else ""


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
