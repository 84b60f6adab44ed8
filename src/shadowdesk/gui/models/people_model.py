"""The people table: rows of PeopleService.list_people(), searched, filtered and sorted by the database and
read a page at a time in a worker (rows.BackgroundPagedRowsModel), so 5,000 people cost the 50 on screen.

A row is a plain tuple (id, full_name, email, department, job_title, location, active); column c shows
row[c + 1]. Every change is a model reset from C++ (begin/endResetModel), never a layoutChanged emitted
from Python: with PySide6 6.12 on CPython 3.11 each Signal.emit() made from Python drops a reference to
True, which crashed the process ("bool_dealloc") after a few thousand keystrokes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from shadowdesk.gui.models.rows import ID_ROLE, BackgroundPagedRowsModel  # noqa: F401 (ID_ROLE for the view)
from shadowdesk.gui.typed_qt import QT_TRANSLATE_NOOP
from shadowdesk.gui.workers import TaskRunner

COL_NAME, COL_EMAIL, COL_DEPARTMENT, COL_TITLE, COL_LOCATION, COL_ACTIVE = range(6)
_ID, _ACTIVE = 0, 6


class PeopleTableModel(BackgroundPagedRowsModel):
    context = "PeopleTableModel"
    headers = (QT_TRANSLATE_NOOP("PeopleTableModel", "Name"),
               QT_TRANSLATE_NOOP("PeopleTableModel", "Email"),
               QT_TRANSLATE_NOOP("PeopleTableModel", "Department"),
               QT_TRANSLATE_NOOP("PeopleTableModel", "Job title"),
               QT_TRANSLATE_NOOP("PeopleTableModel", "Location"),
               QT_TRANSLATE_NOOP("PeopleTableModel", "Active"))
    # The columns of services.people.LIST_COLUMNS the database sorts by.
    orders = {COL_NAME: "full_name", COL_EMAIL: "email", COL_DEPARTMENT: "department", COL_TITLE: "job_title",
              COL_LOCATION: "location", COL_ACTIVE: "active"}

    def __init__(self, tasks: TaskRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(tasks, parent)
        self._yes = QCoreApplication.translate("PeopleTableModel", "Yes")
        self._no = QCoreApplication.translate("PeopleTableModel", "No")

    def cell(self, item: Any, column: int) -> str:
        if column == COL_ACTIVE:
            return self._yes if item[_ACTIVE] else self._no
        return item[column + 1]

    def item_id(self, item: Any) -> int:
        return item[_ID]

    def muted(self, item: Any) -> bool:
        return not item[_ACTIVE]  # deactivated people stay listed but recede, as disabled text does

    def row_of(self, person_id: int) -> int | None:
        """The row of the person among the rows read so far, None when not (yet) among them."""
        return next((n for n, row in enumerate(self._rows) if row[_ID] == person_id), None)
