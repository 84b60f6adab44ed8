"""The tables of rows: their columns fit the rows once, when the rows change, and never at every layout.

Qt's ResizeToContents mode measured a table's rows at every layout pass (a resize, a scroll, a section
shown again, a page of rows added): on 5,000 people that was half the time Programs and Reflections kept
the window frozen. A table made here measures once per new set of rows, and the user may widen a column.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

ROWS_MEASURED = 40  # the rows a view measures to fit its columns: about a screenful, not all 4,000


def fit_columns_to_rows(table: QTableView, stretch: Iterable[int] = ()) -> None:
    """Fit the table's columns to its first rows now and whenever its model is reset, but for a column the
    user sized, which keeps its width. stretch: the columns of names and reasons, which share the width
    left and elide, so a narrow window needs no scrolling."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(ROWS_MEASURED)  # what a double-click on a column's edge measures
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    stretched = frozenset(stretch)
    for column in stretched:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    model = table.model()
    widened: set[int] = set()  # the columns the user sized: a new filter or order keeps their width
    fitting = False

    def fit() -> None:
        # The widest text of the first rows, measured with the font: the view's own measure (the delegate's
        # size hint for each cell) lays out every cell's style options and took 60-110 ms for a page of
        # Reflections.
        nonlocal fitting
        metrics = table.fontMetrics()
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 2
        rows = min(model.rowCount(), ROWS_MEASURED)
        fitting = True
        try:
            for column in range(model.columnCount()):
                if column in stretched or column in widened or table.isColumnHidden(column):
                    continue
                texts = (model.data(model.index(row, column)) for row in range(rows))
                widest = max((metrics.horizontalAdvance(str(text)) for text in texts if text), default=0)
                header.resizeSection(column, max(header.sectionSizeHint(column), widest + margin))
        finally:
            fitting = False

    def sized(column: int, _old: int, _new: int) -> None:
        # Outside fit(), a column is sized by the user (a drag of its edge, a double-click on it), or by the
        # header itself if it stretches: those are left to the header.
        if not fitting and column not in stretched:
            widened.add(column)

    header.sectionResized.connect(sized)
    model.modelReset.connect(fit)
    fit()


def rows_table(model, *, multi: bool = False, sortable: bool = False, stretch: tuple[int, ...] = ()) -> QTableView:
    """A read-only table of a section's rows, selected whole, one line each (a long name is elided and its
    tooltip has it whole); without stretched columns the last one takes the width left."""
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(sortable)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(not stretch)
    fit_columns_to_rows(table, stretch)
    return table
