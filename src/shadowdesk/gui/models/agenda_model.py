"""The schedule's agenda: one row per session, in time order, in the viewer's zone, a page at a time.

The view hands it the first page and a way to ask for the next (ask_more(last_row)); when the table
scrolls to the end the model asks once and waits for append(): the page is read off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from shadowdesk.domain import SessionStatus
from shadowdesk.gui.models.rows import EveryRoleAtOnce
from shadowdesk.gui.views.schedule_common import (
    kind_label,
    local,
    other_local_times,
    session_colour,
    status_label,
)
from shadowdesk.services.schedule_types import SessionRow

COL_DATE, COL_TIME, COL_THEIR_TIME, COL_KIND, COL_HOST, COL_GUESTS, COL_LOCATION, COL_STATUS = range(8)
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AgendaModel(EveryRoleAtOnce, QAbstractTableModel):
    def __init__(self, viewer_zone: str, parent=None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Date"), self.tr("Time"), self.tr("Their local time"), self.tr("Kind"),
                         self.tr("Host"), self.tr("Guests"), self.tr("Location or link"), self.tr("Status"))
        self._rows: list[SessionRow] = []
        self._zone = viewer_zone
        # Precomputed per row: formatting cells on every repaint would show in scrolling.
        self._cells: list[tuple[str, ...]] = []
        self._ask_more: Callable[[SessionRow], None] | None = None
        self._asked = False  # a page was asked for and has not come yet

    def set_rows(self, rows: list[SessionRow], viewer_zone: str | None = None,
                 ask_more: Callable[[SessionRow], None] | None = None) -> None:
        """rows: all there is, or the first page when ask_more reads the page after a row."""
        self.beginResetModel()
        self._rows = list(rows)
        self._zone = viewer_zone or self._zone
        self._cells = [self._format(row) for row in self._rows]
        self._ask_more, self._asked = ask_more, False
        self.endResetModel()

    def append(self, rows: list[SessionRow], more: bool) -> None:
        """The page asked for; more: whether another follows it."""
        self._asked = False
        if not more:
            self._ask_more = None
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self._cells.extend(self._format(row) for row in rows)
            self.endInsertRows()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._ask_more is not None and not self._asked and bool(self._rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        if self.canFetchMore(parent) and self._ask_more is not None:
            self._asked = True
            self._ask_more(self._rows[-1])

    def row_at(self, row: int) -> SessionRow:
        return self._rows[row]

    def _format(self, row: SessionRow) -> tuple[str, ...]:
        start, end = local(row.starts_at, self._zone), local(row.ends_at, self._zone)
        return (
            start.strftime("%a %Y-%m-%d"),
            f"{start:%H:%M}–{end:%H:%M}",
            other_local_times(row, self._zone),
            kind_label(row.kind),
            row.host.name,
            ", ".join(g.name for g in row.guests),
            row.location,
            status_label(row.status),
        )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == SESSION_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_KIND:
            return QBrush(session_colour(row))
        if role == Qt.ItemDataRole.FontRole and row.status is SessionStatus.CANCELLED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None
