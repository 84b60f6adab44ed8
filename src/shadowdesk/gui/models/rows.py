"""The one base of the read-only table models: rows of plain objects, a header and a text per column."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROWS_MEASURED = 40  # the rows a view measures to fit its columns: about a screenful, not all 4,000


class RowsTableModel(QAbstractTableModel):
    """Read-only rows of plain objects (the services' frozen dataclasses); subclasses name the headers,
    marked with QT_TRANSLATE_NOOP in their translation context, and format one cell."""

    context: str  # the translation context of the headers
    headers: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers = [QCoreApplication.translate(self.context, header) for header in self.headers]

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


class PagedRowsModel(RowsTableModel):
    """Rows fetched a page at a time: the first page on load(), the next whenever the view scrolls to the
    end (Qt's canFetchMore/fetchMore), so a listing of 18,000 rows builds the 50 on screen, not all.

    fetch(offset, limit, order) returns one page; order is the key of the sorted column in `orders`
    ("-" in front for descending, "" for the listing's own order); columns without a key do not sort."""

    page_size = 50
    orders: dict[int, str] = {}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch: Callable[[int, int, str], Sequence[Any]] | None = None
        self._more = False
        self.order = ""

    def load(self, fetch: Callable[[int, int, str], Sequence[Any]] | None,
             first_page: Sequence[Any] | None = None) -> None:
        """Start over with fetch (None: empty, holding nothing); first_page: its first page, when it was
        already fetched (in a worker, so the view never waits for it)."""
        self._fetch = fetch
        self.beginResetModel()
        if first_page is None and fetch is not None:
            first_page = fetch(0, self.page_size, self.order)
        self._rows = list(first_page or ())
        self._more = len(self._rows) == self.page_size
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._more or self._fetch is None:
            return
        page = list(self._fetch(len(self._rows), self.page_size, self.order))
        self._more = len(page) == self.page_size
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the database: the first page again, in the new order."""
        key = self.orders.get(column)
        if key is None:
            return
        self.order = ("-" if order == Qt.SortOrder.DescendingOrder else "") + key
        self.load(self._fetch)
