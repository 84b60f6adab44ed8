"""The customers table and the projects table of the Customers section: rows of CustomerInfo and ProjectInfo
from services/customers.py; deactivated ones stay listed, greyed out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shadowdesk.gui.models.rows import RowsTableModel
from shadowdesk.gui.typed_qt import QT_TRANSLATE_NOOP
from shadowdesk.services.customers import CustomerInfo, ProjectInfo


def _active(active: bool) -> str:
    if active:
        return QCoreApplication.translate("CustomersModel", "Yes")
    return QCoreApplication.translate("CustomersModel", "No")


class CustomersTableModel(RowsTableModel):
    context = "CustomersModel"
    COL_NAME, COL_INDUSTRY, COL_COUNTRY, COL_PROJECTS, COL_SESSIONS, COL_ACTIVE = range(6)
    headers = (QT_TRANSLATE_NOOP("CustomersModel", "Name"),
               QT_TRANSLATE_NOOP("CustomersModel", "Industry"),
               QT_TRANSLATE_NOOP("CustomersModel", "Country"),
               QT_TRANSLATE_NOOP("CustomersModel", "Projects"),
               QT_TRANSLATE_NOOP("CustomersModel", "Sessions"),
               QT_TRANSLATE_NOOP("CustomersModel", "Active"))

    def cell(self, item: CustomerInfo, column: int) -> str:
        return (item.name, item.industry, item.country, str(item.projects), str(item.sessions),
                _active(item.active))[column]

    def muted(self, item: CustomerInfo) -> bool:
        return not item.active

    def row_of(self, customer_id: int) -> int:
        return next((n for n, c in enumerate(self._rows) if c.id == customer_id), -1)


class ProjectsTableModel(RowsTableModel):
    context = "CustomersModel"
    COL_NAME, COL_REFERENCE, COL_PM, COL_SESSIONS, COL_ACTIVE = range(5)
    headers = (QT_TRANSLATE_NOOP("CustomersModel", "Project"),
               QT_TRANSLATE_NOOP("CustomersModel", "Reference"),
               QT_TRANSLATE_NOOP("CustomersModel", "PM owner"),
               QT_TRANSLATE_NOOP("CustomersModel", "Sessions"),
               QT_TRANSLATE_NOOP("CustomersModel", "Active"))

    def cell(self, item: ProjectInfo, column: int) -> str:
        return (item.name, item.reference, item.pm_name, str(item.sessions), _active(item.active))[column]

    def muted(self, item: ProjectInfo) -> bool:
        return not item.active

    def row_of(self, project_id: int) -> int:
        return next((n for n, p in enumerate(self._rows) if p.id == project_id), -1)
