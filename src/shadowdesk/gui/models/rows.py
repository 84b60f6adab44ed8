"""The one base of the read-only table models: rows of plain objects, a header and a text per column."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from shadowdesk.gui.workers import Task, TaskRunner

ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The roles a cell answers, as plain ints: looking an enum member up costs more than the rest of a cell.
_DISPLAY, _TOOLTIP, _FOREGROUND = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole))
_ID = int(ID_ROLE)


class EveryRoleAtOnce:
    """For a model that answers data() itself: Qt asks a cell's roles (text, tooltip, font, colours,
    alignment…: eight for each measure and each paint) in one multiData() call, answered here from data(),
    where asking data() costs a call from Qt into Python per role, and each call waits for the GIL while a
    worker thread holds it. Put it before the Qt model in the bases."""

    def multiData(self, index: QModelIndex | QPersistentModelIndex,  # noqa: N802 (Qt's name)
                  roles: QModelRoleDataSpan | QModelRoleData) -> None:
        # A span is a sequence at run time, which PySide6's stubs do not say.
        entries = [roles] if isinstance(roles, QModelRoleData) else cast(Sequence[QModelRoleData], roles)
        data = self.data  # type: ignore[attr-defined]  # the Qt model's, which the mixin comes before
        for entry in entries:
            entry.setData(data(index, entry.role()))


class RowsTableModel(EveryRoleAtOnce, QAbstractTableModel):
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
        rows = list(rows)
        if rows and rows == self._rows:
            self._repaint()
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _repaint(self) -> None:
        """The same rows again (a refresh, a return to the section): no reset, which would make the view
        measure its columns again and lose its selection and scroll position; the cells and headers are
        drawn again, as what a subclass holds beside the rows (a pair's progress) may have changed."""
        last = self.index(len(self._rows) - 1, self.columnCount() - 1)
        self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

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
        if role == _DISPLAY or role == _TOOLTIP:
            return self.cell(item, index.column())
        if role == _ID:
            return self.item_id(item)
        if role == _FOREGROUND and self.muted(item):
            return self._muted_brush()
        return None

    def multiData(self, index: QModelIndex | QPersistentModelIndex,  # noqa: N802 (Qt's name)
                  roles: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role the view asks of one cell (text, tooltip, font, colours, alignment…: eight for each
        measure and each paint) answered in one call, where data() costs one call from Qt into Python per
        role: Programs' first paint made 12,700 of them."""
        if type(self).data is not RowsTableModel.data:  # a model that answers roles of its own
            super().multiData(index, roles)
            return
        entries = [roles] if isinstance(roles, QModelRoleData) else cast(Sequence[QModelRoleData], roles)
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return
        item = self._rows[index.row()]
        text = None
        for entry in entries:
            role = entry.role()
            if role == _DISPLAY or role == _TOOLTIP:
                if text is None:
                    text = self.cell(item, index.column())
                entry.setData(text)
            elif role == _ID:
                entry.setData(self.item_id(item))
            elif role == _FOREGROUND and self.muted(item):
                entry.setData(self._muted_brush())

    @staticmethod
    def _muted_brush() -> QBrush:
        return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))


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
        if first_page is None and fetch is not None:
            first_page = fetch(0, self.page_size, self.order)
        rows = list(first_page or ())
        self._more = len(rows) == self.page_size
        if rows and rows == self._rows:
            self._repaint()
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._more or self._fetch is None:
            return
        self._append(self._fetch(len(self._rows), self.page_size, self.order))

    def _append(self, fetched: Sequence[Any]) -> None:
        page = list(fetched)
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

    def load_rows(self, rows: Sequence[Any]) -> None:
        """Rows read already (in a worker), shown a page at a time as the view scrolls to the end: the
        view lays out and measures the 50 on screen, not all 4,000 (no sorting: the order is theirs)."""
        held = list(rows)
        self.load(lambda offset, limit, _order: held[offset:offset + limit], held[:self.page_size])


class BackgroundPagedRowsModel(PagedRowsModel):
    """A PagedRowsModel whose every page is read by a TaskRunner: the first on load(), the next when the
    view scrolls to the end, the first again on sorting, so the GUI thread never waits for the database.
    The rows shown stay until the new ones come, and a newer read drops the one still under way: an
    older filter's or order's page never lands on a newer one's rows."""

    read_done = Signal()  # a read of the rows asked for last has ended: shown, or failed (see `error`)

    def __init__(self, tasks: TaskRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks or TaskRunner()
        self._reading: Task | None = None
        self.error: BaseException | None = None  # why the last read failed, None if it did not

    def is_reading(self) -> bool:
        return self._reading is not None

    def load(self, fetch: Callable[[int, int, str], Sequence[Any]] | None,
             first_page: Sequence[Any] | None = None) -> None:
        """As PagedRowsModel.load, except that the first page, unless given, is read in the background."""
        self._drop_reading()
        if fetch is None or first_page is not None:
            super().load(fetch, first_page)
            return
        # Kept at once (no page can be fetched meanwhile): a sort asked before the page lands reads the
        # new rows in the new order, not the old rows.
        self._fetch = fetch
        size, order = self.page_size, self.order
        self._read(lambda: fetch(0, size, order), lambda page: PagedRowsModel.load(self, fetch, page))

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return super().canFetchMore(parent) and not self.is_reading()

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        fetch = self._fetch
        if not self.canFetchMore(parent) or fetch is None:
            return
        offset, size, order = len(self._rows), self.page_size, self.order
        self._read(lambda: fetch(offset, size, order), self._append)

    def _read(self, read: Callable[[], Sequence[Any]], show: Callable[[Sequence[Any]], None]) -> None:
        self.error = None
        task = self._reading = self._tasks.run(lambda _progress, _cancelled: read(), self)
        task.finished.connect(lambda page: self._land(task, lambda: show(page)))
        task.failed.connect(lambda error: self._land(task, lambda: setattr(self, "error", error)))

    def _land(self, task: Task, show: Callable[[], None]) -> None:
        """The read is still the one asked for last: show it. It counts as reading until it is shown, so
        a view asking for more while the rows go in (on rowsInserted) does not read the same page again."""
        if task is not self._reading:
            return
        show()
        self._reading = None
        self.read_done.emit()

    def _drop_reading(self) -> None:
        if self._reading is not None:
            self._reading.cancel()  # of the rows asked for before: never shown
        self._reading = None
