"""The roster import wizard: choose a file, check the guessed columns, preview, import.

Nothing is written before the user presses Import on the preview, and then all rows or none are:
Cancel on any page leaves the database as it was.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from shadowdesk.gui import prompts
from shadowdesk.services.errors import UserError
from shadowdesk.services.people import FIELD_LABELS, FIELDS, ImportSummary, ParsedRoster

# Problems right after the line number, so what is wrong is visible without scrolling sideways.
COL_LINE, COL_PROBLEMS, COL_NAME, COL_EMAIL, COL_DEPARTMENT, COL_TITLE, COL_LOCATION, COL_TIME_ZONE, \
    COL_MANAGER = range(9)
_ENTRY_ATTRIBUTES = ("line", None, "full_name", "email", "department", "job_title", "location", "time_zone",
                     "manager_email")
PROBLEMS_WIDTH = 340
PROBLEM_BACKGROUND = QColor("#fde2e1")


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
    "manager_email": QT_TRANSLATE_NOOP("ImportWizard", "Manager email"),
    "active": QT_TRANSLATE_NOOP("ImportWizard", "Active"),
}


class RosterPreviewModel(QAbstractTableModel):
    """The rows as they will be imported; rows with problems come first, tinted, with what is wrong."""

    HEADERS = (QT_TRANSLATE_NOOP("ImportWizard", "Line"),
               QT_TRANSLATE_NOOP("ImportWizard", "Problems"),
               QT_TRANSLATE_NOOP("ImportWizard", "Name"),
               QT_TRANSLATE_NOOP("ImportWizard", "Email"),
               QT_TRANSLATE_NOOP("ImportWizard", "Department"),
               QT_TRANSLATE_NOOP("ImportWizard", "Job title"),
               QT_TRANSLATE_NOOP("ImportWizard", "Location"),
               QT_TRANSLATE_NOOP("ImportWizard", "Time zone"),
               QT_TRANSLATE_NOOP("ImportWizard", "Manager email"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list = []
        self._problems: dict[int, str] = {}

    def set_rows(self, parsed: ParsedRoster, summary: ImportSummary) -> None:
        self.beginResetModel()
        grouped: dict[int, list[str]] = {}
        for problem in summary.problems:
            grouped.setdefault(problem.line, []).append(problem.message)
        self._problems = {line: "; ".join(messages) for line, messages in grouped.items()}
        self._entries = sorted(parsed.entries, key=lambda entry: entry.line not in self._problems)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        problem = self._problems.get(entry.line)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == COL_PROBLEMS:
                return problem or ""
            value = getattr(entry, _ENTRY_ATTRIBUTES[index.column()])
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and problem:
            return QBrush(QColor("black"))  # stays readable on the tint in a dark theme too
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        return None


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
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
        self.error_label = _error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        chosen = prompts.choose_open_file(self, self.tr("Choose the roster"),
                                          self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if chosen:
            self.path_edit.setText(chosen)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        path = Path(self.path_edit.text().strip())
        try:
            self._wizard.parsed = self._wizard.people.read_roster(path.read_bytes())
        except OSError as exc:
            return _refuse(self.error_label, self.tr("Cannot read {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc))
        except UserError as exc:
            return _refuse(self.error_label, str(exc))
        self.error_label.hide()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Check the columns"))
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for name in FIELDS:
            combo = QComboBox()
            self.combos[name] = combo
            form.addRow(_tr(FIELD_TITLES.get(name, FIELD_LABELS[name])), combo)
        self.error_label = _error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)

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
        self.error_label.hide()

    def mapping(self) -> dict[str, int]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData() >= 0}

    def validatePage(self) -> bool:  # noqa: N802
        parsed = self._wizard.people.check_roster(self._wizard.parsed.table, self.mapping())
        if parsed.file_problems:
            return _refuse(self.error_label, "\n".join(parsed.file_problems))
        self._wizard.parsed = parsed
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Preview"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.model = RosterPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table)
        self.summary: ImportSummary | None = None

    def initializePage(self) -> None:  # noqa: N802
        self._show(self._wizard.people.import_roster(self._wizard.parsed, dry_run=True))

    def _show(self, summary: ImportSummary) -> None:
        self.summary = summary
        self.model.set_rows(self._wizard.parsed, summary)
        self.table.resizeColumnsToContents()
        if not summary.ok:
            self.table.setColumnWidth(COL_PROBLEMS, PROBLEMS_WIDTH)
        counts = self.tr("{added} to add, {updated} to update, {unchanged} unchanged.").format(
            added=summary.added, updated=summary.updated, unchanged=summary.unchanged)
        if summary.ok:
            self.summary_label.setText(counts + " " + self.tr("Press Import to save them all."))
        else:
            lines = len({problem.line for problem in summary.problems})
            self.summary_label.setText(
                "<b>" + escape(self.tr("{n} rows have problems; nothing will be imported.").format(n=lines))
                + "</b> " + escape(self.tr("They are listed first, in red. Fix them in the file and "
                                           "choose it again.")))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.summary is not None and self.summary.ok

    def validatePage(self) -> bool:  # noqa: N802
        summary = self._wizard.people.import_roster(self._wizard.parsed)
        if not summary.written:  # the people changed since the preview; show the new problems
            self._show(summary)
            return False
        self._wizard.summary = summary
        self._wizard.imported.emit(summary)
        return True


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportSummary, once the rows are saved

    def __init__(self, people, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self.parsed: ParsedRoster | None = None
        self.summary: ImportSummary | None = None
        self.setWindowTitle(self.tr("Import the staff roster"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.resize(860, 560)


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def _refuse(label: QLabel, message: str) -> bool:
    label.setText(message)
    label.show()
    return False
