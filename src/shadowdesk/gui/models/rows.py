"""The one base of the read-only table models: rows of plain objects, a header and a text per column."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

ID_ROLE = Qt.ItemDataRole.UserRole + 1


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
