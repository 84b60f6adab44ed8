"""The people table: plain rows from PeopleService.list_people(), and a proxy for search and filters.

Sized for 50,000 people: the model keeps the service's tuples as they are, search texts are lower-cased
once per set_rows(), sorting is one Python sort in the source model, and filtering is list
comprehensions in the proxy; Qt calls back into Python only for the rows on screen.

Every change is announced as a model reset, never as a layout change: with PySide6 6.12 on CPython 3.11
each Signal.emit() made from Python drops a reference to True, and emitting layoutChanged on every
keystroke crashed the process ("bool_dealloc") after a few thousand. begin/endResetModel emit from C++.
The view keeps the selected person across resets by id.
"""

from __future__ import annotations

from operator import itemgetter

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
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
    HEADERS = (QT_TRANSLATE_NOOP("PeopleTableModel", "Name"),
               QT_TRANSLATE_NOOP("PeopleTableModel", "Email"),
               QT_TRANSLATE_NOOP("PeopleTableModel", "Department"),
               QT_TRANSLATE_NOOP("PeopleTableModel", "Job title"),
               QT_TRANSLATE_NOOP("PeopleTableModel", "Location"),
               QT_TRANSLATE_NOOP("PeopleTableModel", "Active"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple] = []
        self._search_texts: list[str] = []
        self._yes = QCoreApplication.translate("PeopleTableModel", "Yes")
        self._no = QCoreApplication.translate("PeopleTableModel", "No")

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search_texts = [self._search_text(row) for row in self._rows]
        self.endResetModel()

    @staticmethod
    def _search_text(row: tuple) -> str:
        return "\t".join(row[1:_ACTIVE]).lower()

    def rows(self) -> list[tuple]:
        """The rows in their current order (read-only: the proxy filters over these)."""
        return self._rows

    def search_texts(self) -> list[str]:
        """Per row, its texts lower-cased and joined, for the proxy's search."""
        return self._search_texts

    def row_of(self, person_id: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row[_ID] == person_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.value(index.row(), index.column(), role)

    def value(self, source_row: int, column: int, role: int):
        """data() without a QModelIndex: the proxy asks this directly, saving a Python round trip per cell."""
        row = self._rows[source_row]
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
        """One Python sort, announced as a reset (see the module docstring for why not a layout change)."""
        if not 0 <= column < COLUMN_COUNT:
            return
        self.beginResetModel()
        position = itemgetter(column + 1)
        key = (lambda pair: (not pair[1][_ACTIVE], pair[1][1].casefold())) if column == COL_ACTIVE else \
            (lambda pair: (position(pair[1]).casefold(), pair[1][1].casefold()))
        ordered = sorted(zip(self._search_texts, self._rows, strict=True), key=key,
                         reverse=order == Qt.SortOrder.DescendingOrder)
        self._search_texts = [text for text, _ in ordered]
        self._rows = [row for _, row in ordered]
        self.endResetModel()


class PeopleFilterProxy(QAbstractProxyModel):
    """Instant search (every word must appear in name, email, department, title or location), plus
    department and active filters, over a PeopleTableModel.

    Not a QSortFilterProxyModel: that one asks Python about every row through filterAcceptsRow and then
    reports each hidden or shown range separately, 150-400 ms per keystroke on 50,000 people. Here the
    filter is a few list comprehensions over the lower-cased texts, and a change is a reset of the proxy.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._department: str | None = None
        self._active: bool | None = None
        self._rows: list[int] = []  # proxy row -> source row
        self._position: list[int] | None = None  # source row -> proxy row or -1, built when first needed

    def set_search(self, text: str) -> None:
        self._change(words=text.lower().split())

    def set_department(self, department: str | None) -> None:
        self._change(department=department)

    def set_active(self, active: bool | None) -> None:
        self._change(active=active)

    def _change(self, **changes) -> None:
        self.beginResetModel()
        for name, value in changes.items():
            setattr(self, f"_{name}", value)
        self._filter()
        self.endResetModel()

    def setSourceModel(self, source: PeopleTableModel) -> None:  # noqa: N802
        self.beginResetModel()
        super().setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._source_reset)
        source.headerDataChanged.connect(self.headerDataChanged)
        self._filter()
        self.endResetModel()

    def _source_reset(self) -> None:
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        source = self.sourceModel()
        people = source.rows() if source is not None else []
        rows: list[int] | range = range(len(people))
        if self._active is not None:
            rows = [n for n in rows if bool(people[n][_ACTIVE]) is self._active]
        if self._department is not None:
            department = self._department
            rows = [n for n in rows if people[n][COL_DEPARTMENT + 1] == department]
        if self._words:
            texts = source.search_texts()
            for word in self._words:
                rows = [n for n in rows if word in texts[n]]
        self._rows = list(rows)
        self._position = None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and bool(self._rows)

    def index(self, row: int, column: int,
              parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < COLUMN_COUNT):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        return QModelIndex()

    def sibling(self, row: int, column: int, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        return self.index(row, column)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.sourceModel().value(self._rows[index.row()], index.column(), role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def mapToSource(self, proxy_index: QModelIndex | QPersistentModelIndex) -> QModelIndex:  # noqa: N802
        if not proxy_index.isValid() or proxy_index.row() >= len(self._rows):
            return QModelIndex()
        return self.sourceModel().index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: QModelIndex | QPersistentModelIndex) -> QModelIndex:  # noqa: N802
        if not source_index.isValid():
            return QModelIndex()
        if self._position is None:
            self._position = [-1] * self.sourceModel().rowCount()
            for proxy_row, source_row in enumerate(self._rows):
                self._position[source_row] = proxy_row
        row = self._position[source_index.row()] if source_index.row() < len(self._position) else -1
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            return self.sourceModel().headerData(section, orientation, role)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)  # the source sorts once; its reset reaches us
