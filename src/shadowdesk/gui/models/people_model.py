"""The people table: plain rows from PeopleService.list_people(), and a proxy for search and filters.

Sized for 50,000 people: the model keeps the service's tuples as they are, search texts are lower-cased
once per set_rows(), and sorting is one Python sort in the source model rather than the proxy's
comparison-by-comparison calls into data().
"""

from __future__ import annotations

from operator import itemgetter

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

# A row is (id, full_name, email, department, job_title, location, active); column c shows row[c + 1].
COL_NAME, COL_EMAIL, COL_DEPARTMENT, COL_TITLE, COL_LOCATION, COL_ACTIVE = range(6)
COLUMN_COUNT = 6
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 2
_ID, _ACTIVE = 0, 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeopleTableModel", text)


class PeopleTableModel(QAbstractTableModel):
    HEADERS = ("Name", "Email", "Department", "Job title", "Location", "Active")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple] = []
        self._search_texts: list[str] = []
        self._yes, self._no = _tr("Yes"), _tr("No")

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search_texts = [self._search_text(row) for row in self._rows]
        self.endResetModel()

    @staticmethod
    def _search_text(row: tuple) -> str:
        return "\t".join(row[1:_ACTIVE]).lower()

    def search_text(self, row: int) -> str:
        return self._search_texts[row]

    def raw_row(self, row: int) -> tuple:
        return self._rows[row]

    def row_of(self, person_id: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row[_ID] == person_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_ACTIVE:
                return self._yes if row[_ACTIVE] else self._no
            return row[column + 1]
        if role == ID_ROLE:
            return row[_ID]
        if role == ACTIVE_ROLE:
            return bool(row[_ACTIVE])
        if role == Qt.ItemDataRole.ForegroundRole and not row[_ACTIVE]:
            # Deactivated people stay listed but recede, as disabled text does.
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < COLUMN_COUNT:
            return _tr(self.HEADERS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        position = itemgetter(column + 1)
        key = (lambda pair: (not pair[1][_ACTIVE], pair[1][1].casefold())) if column == COL_ACTIVE else \
            (lambda pair: (position(pair[1]).casefold(), pair[1][1].casefold()))
        ordered = sorted(enumerate(self._rows), key=key,
                         reverse=order == Qt.SortOrder.DescendingOrder)
        new_row = {old: new for new, (old, _) in enumerate(ordered)}
        self._rows = [row for _, row in ordered]
        self._search_texts = [self._search_texts[old] for old, _ in ordered]
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(old_indexes, [
            self.index(new_row[index.row()], index.column()) for index in old_indexes])
        self.layoutChanged.emit()


class PeopleFilterProxy(QSortFilterProxyModel):
    """Instant search (every word must appear in name, email, department, title or location), plus
    department and active filters. Sorting is handed to the source model, which does it in one pass."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._department: str | None = None
        self._active: bool | None = None

    def set_search(self, text: str) -> None:
        self._change(words=text.lower().split())

    def set_department(self, department: str | None) -> None:
        self._change(department=department)

    def set_active(self, active: bool | None) -> None:
        self._change(active=active)

    def _change(self, **changes) -> None:
        self.beginFilterChange()
        for name, value in changes.items():
            setattr(self, f"_{name}", value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        source: PeopleTableModel = self.sourceModel()
        row = source.raw_row(source_row)
        if self._active is not None and bool(row[_ACTIVE]) != self._active:
            return False
        if self._department is not None and row[COL_DEPARTMENT + 1] != self._department:
            return False
        if self._words:
            text = source.search_text(source_row)
            return all(word in text for word in self._words)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
