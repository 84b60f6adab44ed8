"""The roster import wizard: choose a file (CSV or a spreadsheet), check the guessed columns (and the sheet),
give the offices' time zones when the file has none, preview what changes, import.

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
from zoneinfo import available_timezones

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
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
from shadowdesk.services.errors import UserError
from shadowdesk.services.people import FIELD_LABELS, FIELDS, ImportSummary, ParsedRoster, RosterChoices

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
        if table.sheet:
            self.setSubTitle(self.tr("{rows} rows, {kind}, sheet {sheet}. ShadowDesk guessed which column holds "
                                     "what; change any that are wrong.").format(
                rows=len(table.rows), kind=table.encoding, sheet=table.sheet))
        else:
            self.setSubTitle(self.tr("{rows} rows, {encoding}, separated by {delimiter}. ShadowDesk guessed "
                                     "which column holds what; change any that are wrong.").format(
                rows=len(table.rows), encoding=table.encoding, delimiter=separators[table.delimiter]))
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
        people, table, mapping = self._wizard.people, self._wizard.parsed.table, self.mapping()
        choices = self._wizard.parsed.choices
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


class ZonesPage(_WorkingPage):
    """The file gives some people no time zone: one zone per office, guessed from its name, or none."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Time zones of the offices"))
        self.setSubTitle(self.tr("The file gives some people no time zone. Choose the zone of each location; "
                                 "ShadowDesk guessed it from the name where it could."))
        # Too long for the subtitle, which the wizard's header cuts after two lines.
        note = QLabel(self.tr("Leave a zone empty if you do not know it: those people get no time zone (never a "
                              "guessed UTC), and the planner does not treat them as close to anyone."))
        note.setWordWrap(True)
        self.content_layout.addWidget(note)
        self.zone_names = sorted(available_timezones() | {"UTC"})
        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_widget)
        self.error_label = _error_label()
        self.content_layout.addWidget(scroll, 1)
        self.content_layout.addWidget(self.error_label)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        completer_words = self.zone_names
        for place in self._wizard.parsed.location_zones:
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems(["", *completer_words])
            completer = QCompleter(completer_words, combo)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            combo.setCompleter(completer)
            combo.setCurrentText(place.zone)
            where = place.location or self.tr("(no location)")
            label = self.tr("{location} ({n} people){guessed}:").format(
                location=where, n=place.rows, guessed=self.tr(", guessed") if place.guessed else "")
            self.form.addRow(label, combo)
            self.combos[place.key] = combo
        self.error_label.hide()

    def zones(self) -> dict[str, str] | None:
        """Location key -> chosen zone ("" for none), or None after saying which entry is not a zone."""
        known = {name.lower(): name for name in self.zone_names}
        chosen = {}
        for key, combo in self.combos.items():
            text = combo.currentText().strip()
            if text and text.lower() not in known:
                _refuse(self.error_label, self.tr("{zone} is not a time zone; choose one from the list, such as "
                                                  "Europe/Berlin, or leave it empty.").format(zone=text))
                return None
            chosen[key] = known.get(text.lower(), "")
        return chosen

    def validatePage(self) -> bool:  # noqa: N802
        if self.take_ready():
            return True
        zones = self.zones()
        if zones is None:
            return False
        parsed = self._wizard.parsed
        choices = RosterChoices(parsed.choices.status, zones)
        people = self._wizard.people
        self.run(self.tr("Checking the rows…"),
                 lambda _progress, _cancelled: people.check_roster(parsed.table, parsed.mapping, choices),
                 self._checked, self.tr("Stopped. Nothing was changed."))
        return False

    def _checked(self, parsed: ParsedRoster) -> None:
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
        # What each value of the status column is read as; the user may say otherwise.
        self.status_label = QLabel(self.tr("Status values (how each value of the status column is read):"))
        self.status_form = QFormLayout()
        self.status_combos: dict[str, QComboBox] = {}
        self.skip_box = QCheckBox(self.tr("Import the good rows and skip the rows with problems"))
        self.skip_box.toggled.connect(lambda _checked: self.check())
        self.content_layout.addWidget(self.summary_label)
        self.content_layout.addWidget(self.status_label)
        self.content_layout.addLayout(self.status_form)
        self.content_layout.addWidget(self.skip_box)
        self.content_layout.addWidget(self.table)
        self.summary: ImportSummary | None = None

    def initializePage(self) -> None:  # noqa: N802
        self.skip_box.blockSignals(True)
        self.skip_box.setChecked(False)  # the default stays all or nothing
        self.skip_box.blockSignals(False)
        self.check()

    def check(self, choices: RosterChoices | None = None) -> None:
        """The dry run that fills the preview; with choices, the rows are checked under them first."""
        self.summary = None
        self.summary_label.clear()
        self.model.clear()  # rows of an earlier visit would pass for this check's result
        people, parsed, skip = self._wizard.people, self._wizard.parsed, self.skip_box.isChecked()

        def work(progress, cancelled):
            checked = parsed if choices is None else people.check_roster(parsed.table, parsed.mapping, choices)
            return people.import_roster(checked, True, progress, cancelled, skip_invalid=skip)

        self.run(self.tr("Checking the rows against the people already stored…"), work,
                 self._show, self.tr("Stopped before the preview was ready. Press Back, then Next, to check "
                                     "the rows again."))

    def _show_status_values(self) -> None:
        while self.status_form.rowCount():
            self.status_form.removeRow(0)
        self.status_combos = {}
        values = self._wizard.parsed.status_values
        self.status_label.setVisible(bool(values))
        for value in values:
            combo = QComboBox()
            if value.active is None:
                combo.addItem(self.tr("(unknown: choose)"), None)
            combo.addItem(self.tr("active"), True)
            combo.addItem(self.tr("inactive"), False)
            combo.setCurrentIndex(combo.findData(value.active))
            combo.activated.connect(self._status_chosen)
            self.status_form.addRow(self.tr("{value} ({n} rows) ->").format(value=value.text, n=value.rows), combo)
            self.status_combos[value.key] = combo

    def _status_chosen(self) -> None:
        parsed = self._wizard.parsed
        status = dict(parsed.choices.status)
        for key, combo in self.status_combos.items():
            if combo.currentData() is not None:
                status[key] = combo.currentData()
        self.check(RosterChoices(status, parsed.choices.zones))

    def _show(self, summary: ImportSummary) -> None:
        self.summary = summary
        if summary.checked is not None:  # the people as seen now: what Import checks them against
            self._wizard.parsed = summary.checked
        self._show_status_values()
        has_problems = bool(summary.problems or summary.skipped)
        self.skip_box.setVisible(has_problems)
        if has_problems:
            self.skip_box.setText(self.tr("Import the good rows and skip the rows with problems (they are written "
                                          "to {name}, each with its line and problems)").format(
                name=self._wizard.people.skipped_rows_path(self._wizard.path).name))
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
        elif summary.ok and summary.skipped:
            lines = len({problem.line for problem in summary.skipped})
            self.summary_label.setText(
                escape(counts + " ") + "<b>" + escape(self.tr("{n} rows with problems will be skipped.").format(
                    n=lines)) + "</b> " + escape(self.tr("Press Import to save the others.") + " "
                                                 + _first_rows(self._wizard.parsed)))
        elif summary.ok:
            self.summary_label.setText(escape(counts + " " + self.tr("Press Import to save them all.") + " "
                                              + _first_rows(self._wizard.parsed)))
        else:
            lines = len({problem.line for problem in summary.problems})
            self.summary_label.setText(
                "<b>" + escape(self.tr("{n} rows have problems; nothing will be imported.").format(n=lines))
                + "</b> " + escape(self.tr("They are listed first, in red. Fix them in the file and "
                                           "choose it again, or skip them.")))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return not self.busy and self.summary is not None and self.summary.ok

    def validatePage(self) -> bool:  # noqa: N802
        if self.take_ready():
            return True
        people, parsed, path, skip = (self._wizard.people, self._wizard.parsed, self._wizard.path,
                                      self.skip_box.isChecked())

        def work(progress, cancelled):
            summary = people.import_roster(parsed, False, progress, cancelled, skip_invalid=skip)
            if summary.written and summary.skipped:
                try:
                    people.write_skipped_rows(path, summary)
                except OSError as exc:
                    raise UserError(_tr("The good rows were imported, but the skipped rows could not be "
                                        "written: {reason}").format(reason=exc)) from exc
            return summary

        self.run(self.tr("Importing… Either every row is saved or none is."), work,
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
        self.path = Path()  # the roster file; the skipped rows are written beside it
        self.summary: ImportSummary | None = None
        self.closing = False  # closed while a step ran: close once it has stopped
        self.setWindowTitle(self.tr("Import the staff roster"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.zones_page = ZonesPage(self)
        self.preview_page = PreviewPage(self)
        self._pages = (self.file_page, self.mapping_page, self.zones_page, self.preview_page)
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
