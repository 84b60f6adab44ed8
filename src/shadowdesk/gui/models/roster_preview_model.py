"""The roster import wizard's preview: the rows as they will be imported, rows with problems first, and what
an import changes of each stored person (old -> new)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from shadowdesk.gui.models.rows import EveryRoleAtOnce
from shadowdesk.gui.typed_qt import QT_TRANSLATE_NOOP
from shadowdesk.services.people import ImportSummary, ParsedRoster, field_label

# Problems right after the line number, so what is wrong is visible without scrolling sideways.
COL_LINE, COL_PROBLEMS, COL_CHANGES, COL_NAME, COL_EMAIL, COL_DEPARTMENT, COL_TITLE, COL_LOCATION, \
    COL_TIME_ZONE, COL_MANAGER = range(10)
# The entry's attribute each column shows; Problems and Changes come from the summary.
_ENTRY_ATTRIBUTES = {COL_LINE: "line", COL_NAME: "full_name", COL_EMAIL: "email", COL_DEPARTMENT: "department",
                     COL_TITLE: "job_title", COL_LOCATION: "location", COL_TIME_ZONE: "time_zone",
                     COL_MANAGER: "manager_email"}
PROBLEM_BACKGROUND = QColor("#fde2e1")


class RosterPreviewModel(EveryRoleAtOnce, QAbstractTableModel):
    """The rows as they will be imported; rows with problems come first, tinted, with what is wrong."""

    HEADERS = (QT_TRANSLATE_NOOP("ImportWizard", "Line"),
               QT_TRANSLATE_NOOP("ImportWizard", "Problems"),
               QT_TRANSLATE_NOOP("ImportWizard", "Changes"),
               QT_TRANSLATE_NOOP("ImportWizard", "Name"),
               QT_TRANSLATE_NOOP("ImportWizard", "Email"),
               QT_TRANSLATE_NOOP("ImportWizard", "Department"),
               QT_TRANSLATE_NOOP("ImportWizard", "Job title"),
               QT_TRANSLATE_NOOP("ImportWizard", "Location"),
               QT_TRANSLATE_NOOP("ImportWizard", "Time zone"),
               QT_TRANSLATE_NOOP("ImportWizard", "Manager"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list = []
        self._problems: dict[int, str] = {}
        self._changes: dict[int, str] = {}

    def set_rows(self, parsed: ParsedRoster, summary: ImportSummary) -> None:
        self.beginResetModel()
        grouped: dict[int, list[str]] = {}
        for problem in (*summary.problems, *summary.skipped):
            grouped.setdefault(problem.line, []).append(problem.message)
        self._problems = {line: "; ".join(messages) for line, messages in grouped.items()}
        changed = QCoreApplication.translate("ImportWizard", "{field}: {old} -> {new}")
        self._changes = {change.line: "; ".join(
            changed.format(field=field_label(item.field), old=item.old or "—", new=item.new or "—")
            for item in change.changes) for change in summary.changes}
        self._entries = sorted(parsed.entries, key=lambda entry: entry.line not in self._problems)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._entries, self._problems, self._changes = [], {}, {}
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
            if index.column() == COL_CHANGES:
                return self._changes.get(entry.line, "")
            value = getattr(entry, _ENTRY_ATTRIBUTES[index.column()])
            if index.column() == COL_TIME_ZONE and value is None:
                value = entry.location_zone  # the zone of their office, where the file gives them none
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)
