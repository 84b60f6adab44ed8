"""The base of the window's tables: what a cell shows reaches the view, and painting a table costs one call
into Python per cell, not one per role the view asks (eight), which made a section's first paint slow."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from shadowdesk.gui.models.rows import RowsTableModel

ROWS, COLUMNS = 30, 6


class Names(RowsTableModel):
    context = "Test"
    headers = tuple(f"Column {n}" for n in range(COLUMNS))

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def cell(self, item, column: int) -> str:
        self.calls += 1
        return f"{item[0]} / {column}"

    def item_id(self, item) -> int:
        return item[1]

    def muted(self, item) -> bool:
        return item[1] % 2 == 1


def shown(qtbot) -> tuple[QTableView, Names]:
    model = Names()
    model.set_rows([(f"Person {n}", n) for n in range(ROWS)])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1200, 1600)  # every row and column on screen
    view.show()
    qtbot.waitExposed(view)
    return view, model


def test_a_cell_shows_its_text_and_a_muted_row_is_greyed_through_the_view(qtbot):
    view, model = shown(qtbot)
    delegate = QStyledItemDelegate()
    for row, muted in ((0, False), (1, True)):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, model.index(row, 2))  # what the view's painting asks
        assert option.text == f"Person {row} / 2"
        grey = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        assert (option.palette.color(QPalette.ColorRole.Text) == grey) is muted
    assert model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole) == "Person 3 / 0"
    assert model.index(3, 0).data(Qt.ItemDataRole.UserRole + 1) == 3


def test_painting_a_table_asks_each_cell_once_per_paint_not_once_per_role(qtbot):
    view, _model = shown(qtbot)
    answering = {getattr(method, "__code__", None) for method in (RowsTableModel.data, RowsTableModel.multiData)}
    calls = []

    def count(frame, event, _arg) -> None:
        if event == "call" and frame.f_code in answering:
            calls.append(frame.f_code.co_name)

    sys.setprofile(count)
    try:
        view.viewport().grab()  # one paint of every cell
    finally:
        sys.setprofile(None)
    assert ROWS * COLUMNS <= len(calls) <= ROWS * COLUMNS + ROWS  # (and the rows' heights, once a row)
