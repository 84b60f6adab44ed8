"""Table models of the Programs section: the programs, and the people enrolled on one side."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from shadowdesk.domain import ProgramStatus
from shadowdesk.services.programs import EnrolledPerson, ProgramInfo

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProgramsModel", text)


def status_label(status: ProgramStatus) -> str:
    return {ProgramStatus.DRAFT: QCoreApplication.translate("ProgramsModel", "Draft"),
            ProgramStatus.ACTIVE: QCoreApplication.translate("ProgramsModel", "Active"),
            ProgramStatus.CLOSED: QCoreApplication.translate("ProgramsModel", "Closed")}[status]


class RowsTableModel(QAbstractTableModel):
    """Read-only rows of plain objects; subclasses name the headers and format one cell."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers = [_tr(header) for header in self.headers]

    def rename_header(self, column: int, text: str) -> None:
        """E.g. "Side A" becomes "Sales", the department the side stands for in this program."""
        self._headers[column] = text
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def cell(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def item_id(self, item: Any) -> int:
        return item.id

    def muted(self, item: Any) -> bool:
        """Rows shown greyed out (closed programs, deactivated people)."""
        return False

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(item, index.column())
        if role == ID_ROLE:
            return self.item_id(item)
        if role == Qt.ItemDataRole.ForegroundRole and self.muted(item):
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None


class ProgramsTableModel(RowsTableModel):
    COL_NAME, COL_STATUS, COL_START, COL_END, COL_SIDES, COL_ENROLLED = range(6)
    headers = (QT_TRANSLATE_NOOP("ProgramsModel", "Program"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Status"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Starts"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Ends"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Crosses"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Enrolled"))

    def cell(self, item: ProgramInfo, column: int) -> str:
        return (item.name, status_label(item.status), item.start_date.isoformat(), item.end_date.isoformat(),
                f"{item.side_a} ↔ {item.side_b}", f"{item.enrolled_a} : {item.enrolled_b}")[column]

    def muted(self, item: ProgramInfo) -> bool:
        return item.status is ProgramStatus.CLOSED

    def row_of(self, program_id: int) -> int:
        return next((n for n, p in enumerate(self._rows) if p.id == program_id), -1)


class EnrolledTableModel(RowsTableModel):
    COL_NAME, COL_LOCATION, COL_CAPACITY, COL_EMAIL, COL_DEPARTMENT = range(5)
    headers = (QT_TRANSLATE_NOOP("ProgramsModel", "Name"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Office"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Partners per round"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Email"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Department"))

    def cell(self, item: EnrolledPerson, column: int) -> str:
        return (item.full_name, item.location, str(item.capacity), item.email, item.department)[column]

    def item_id(self, item: EnrolledPerson) -> int:
        return item.person_id

    def muted(self, item: EnrolledPerson) -> bool:
        return not item.active
