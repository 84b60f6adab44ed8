"""A table measures its rows to fit its columns once per new rows: never at a resize, a scroll or a return
to its section, which on 5,000 people kept the window frozen (Qt's ResizeToContents mode)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QStyledItemDelegate, QTableView

from shadowdesk.gui.main_window import MainWindow
from shadowdesk.gui.models.rows import EveryRoleAtOnce, RowsTableModel
from shadowdesk.gui.tables import ROWS_MEASURED, rows_table
from shadowdesk.services.demo import load_demo

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    city: str


class RowsModel(RowsTableModel):
    context = "Test"
    headers = ("Name", "City")

    def cell(self, item: Row, column: int) -> str:
        return item.name if column == 0 else item.city


class CountingDelegate(QStyledItemDelegate):
    """Counts how often the view measures a cell through the delegate (painting one asks nothing of sizeHint)."""

    measured = 0

    def sizeHint(self, option, index):  # noqa: N802 (Qt's name)
        self.measured += 1
        return super().sizeHint(option, index)


def people(count: int, name_width: int = 10) -> list[Row]:
    return [Row(n, f"{'N' * name_width}{n}", "Lyon") for n in range(count)]


def shown_table(qtbot, rows: list[Row]) -> tuple[QTableView, RowsModel, CountingDelegate]:
    model = RowsModel()
    model.set_rows(rows)
    table = rows_table(model)
    delegate = CountingDelegate(table)
    table.setItemDelegate(delegate)
    qtbot.addWidget(table)
    table.resize(500, 400)
    table.show()
    qtbot.waitExposed(table)
    return table, model, delegate


def test_resizing_and_scrolling_a_table_measures_none_of_its_rows(qtbot):
    table, _model, delegate = shown_table(qtbot, people(2_000))
    delegate.measured = 0
    for width in (520, 600, 480, 700):
        table.resize(width, 420)
        QApplication.processEvents()
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    QApplication.processEvents()
    assert delegate.measured == 0


def test_new_rows_fit_the_columns_to_the_first_screenful_of_texts(qtbot):
    table, model, delegate = shown_table(qtbot, people(5))
    narrow = table.columnWidth(0)
    delegate.measured = 0
    model.set_rows(people(2_000, name_width=40))
    QApplication.processEvents()
    assert delegate.measured == 0  # measured on the texts with the font, not cell by cell by the view
    assert table.columnWidth(0) > narrow  # the longer names fit
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance("N" * 40 + "39")  # the 40th row's name
    model.set_rows([*people(2, name_width=5), Row(99, "W" * 90, "Lyon"), *people(2_000, name_width=5)])
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance("W" * 90)  # among the first rows
    model.set_rows([*people(ROWS_MEASURED, name_width=5), Row(99, "W" * 90, "Lyon")])
    assert table.columnWidth(0) < table.fontMetrics().horizontalAdvance("W" * 90)  # past them: elided


def test_the_same_rows_again_keep_the_selection_and_are_not_measured(qtbot):
    rows = people(300)
    table, model, delegate = shown_table(qtbot, rows)
    table.selectRow(120)
    table.setColumnWidth(0, 250)  # widened by the user
    delegate.measured = 0
    model.set_rows(list(rows))  # a refresh that read the same rows
    QApplication.processEvents()
    assert delegate.measured == 0
    assert [index.row() for index in table.selectionModel().selectedRows()] == [120]
    assert table.columnWidth(0) == 250


def test_a_column_the_user_sized_keeps_its_width_when_new_rows_come(qtbot):
    """A new filter or order brings new rows, and the columns fit them again, but not one the user sized."""
    table, model, _delegate = shown_table(qtbot, people(5))
    table.horizontalHeader().resizeSection(0, 333)  # what a drag of the column's edge does
    model.set_rows(people(40, name_width=60))  # names that would fit a wider column
    QApplication.processEvents()
    assert table.columnWidth(0) == 333
    model.set_rows(people(3, name_width=2))  # and narrower ones
    QApplication.processEvents()
    assert table.columnWidth(0) == 333


def test_no_table_of_any_section_measures_its_rows_at_every_layout(qtbot, context):
    load_demo(context.services.database, now=NOW)
    window = MainWindow(context.services, QSettings(str(context.paths.config / "t.ini"),
                                                    QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    for row in range(window.ui.navList.count()):
        window.ui.navList.setCurrentRow(row)
        QApplication.processEvents()
    tables = window.findChildren(QTableView)
    assert len(tables) >= 8  # every section was built
    measuring = [f"{table.accessibleName() or table.objectName() or type(table.model()).__name__} column {c}"
                 for table in tables for c in range(table.horizontalHeader().count())
                 if table.horizontalHeader().sectionResizeMode(c) == QHeaderView.ResizeMode.ResizeToContents]
    assert not measuring


def test_no_table_of_any_section_scrolls_sideways_in_a_1024_px_window(qtbot, context):
    """The columns of names share the room left and elide (their tooltip has the whole text): a table wider
    than its window hides its last columns behind a scroll bar. People's table did, and Reflections' due
    table by its draft column on long names like these."""
    from dataclasses import replace

    load_demo(context.services.database, now=NOW)
    people = context.services.people
    for person_id, *_ in people.list_people(limit=40):
        detail = people.get_person(person_id)
        people.edit_person(person_id, replace(detail.as_input(), full_name=f"{detail.full_name} Papadopoulou-"
                                                                            "Wiśniewska-Håkansson"), detail.version)
    window = MainWindow(context.services, QSettings(str(context.paths.config / "t.ini"),
                                                    QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    wide = []
    for row, section in enumerate(window.sections):
        window.ui.navList.setCurrentRow(row)
        view = window.ui.viewStack.widget(row)
        qtbot.waitUntil(getattr(view, "is_loaded", lambda: True), timeout=20_000)
        qtbot.wait(50)  # the layout settles
        for table in view.findChildren(QTableView):
            if table.isVisible() and table.model().rowCount():
                if table.horizontalScrollBar().maximum() > 0:
                    wide.append(f"{section.title}: {type(table.model()).__name__}")
    assert window.width() == 1024
    assert wide == []


def _models_of_the_app() -> list[type]:
    import shadowdesk.gui.models as models

    found = []
    for info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"{models.__name__}.{info.name}")
        found += [cls for _name, cls in inspect.getmembers(module, inspect.isclass)
                  if issubclass(cls, QAbstractItemModel) and cls.__module__ == module.__name__]
    return found


def test_every_table_model_of_the_app_answers_a_cells_roles_in_one_call():
    models = _models_of_the_app()
    assert len(models) >= 10
    one_role_a_call = [cls.__name__ for cls in models if not any(
        "multiData" in vars(base) for base in cls.__mro__ if base.__module__.startswith("shadowdesk."))]
    assert not one_role_a_call


class CityModel(EveryRoleAtOnce, QAbstractTableModel):
    """A model answering data() itself, as the agenda and the skills matrix do."""

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else 50

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return f"Lyon {index.row()}" if role == Qt.ItemDataRole.DisplayRole else None


def test_qt_asks_a_cells_roles_through_the_one_python_call_and_gets_its_text(qtbot, monkeypatch):
    calls = []
    answer = EveryRoleAtOnce.multiData
    monkeypatch.setattr(EveryRoleAtOnce, "multiData",
                        lambda self, index, roles: calls.append(index.row()) or answer(self, index, roles))
    model = CityModel()
    table = QTableView()
    table.setModel(model)
    qtbot.addWidget(table)
    table.resize(400, 300)
    table.show()
    qtbot.waitExposed(table)
    QApplication.processEvents()
    assert calls  # Qt found the mixin's override
    grab = table.grab()  # drawn with the mixin's answers
    assert not grab.isNull()
    assert table.model().index(3, 1).data() == "Lyon 3"
