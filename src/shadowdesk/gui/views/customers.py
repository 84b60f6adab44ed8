"""The Customers section: the customers with search and an active filter (add, edit, deactivate, merge,
import), and the selected customer's projects (add, edit, move to another customer, deactivate, import)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs.customer_dialog import ChoiceDialog, CustomerDialog, ProjectDialog
from shadowdesk.gui.models.customers_model import CustomersTableModel, ProjectsTableModel
from shadowdesk.gui.permissions import EDIT_CUSTOMERS, SignedIn, signed_in_for
from shadowdesk.services.customers import CustomerDraft, CustomerInfo, ProjectDraft, ProjectInfo
from shadowdesk.services.errors import UserError

ACTIVE_ONLY, EVERY_CUSTOMER = range(2)


def _table(model, widths: tuple[int, ...]) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def _button_rows(actions: tuple[QPushButton, ...], importing: QPushButton) -> QVBoxLayout:
    """The actions two to a row, the import alone at the end of the last: in one row, a side's five buttons
    made the section (and the window, which is as wide as its widest section) 1,600 px wide in German."""
    rows = QVBoxLayout()
    row = QHBoxLayout()
    for start in range(0, len(actions), 2):
        row = QHBoxLayout()
        for button in actions[start:start + 2]:
            row.addWidget(button)
        row.addStretch(1)
        rows.addLayout(row)
    row.addWidget(importing)
    return rows


class CustomersView(QWidget):
    def __init__(self, services, parent: QWidget | None = None, signed_in: SignedIn | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._signed_in = signed_in_for(services, signed_in)  # customers and projects are a coordinator's
        # Not (yet) an app.Services property: built on the open database.
        self.customers = services.customers
        self.dialog: QDialog | None = None
        self._saved: int | None = None  # the id a dialog's save made, selected once the list is reloaded

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name, industry, country"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search customers"))
        self.active_combo = QComboBox()
        self.active_combo.addItems([self.tr("Active customers"), self.tr("Every customer")])
        self.active_combo.setAccessibleName(self.tr("Which customers"))
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.active_combo)

        self.model = CustomersTableModel(self)
        self.table = _table(self.model, (190, 120, 70, 65, 65))
        self.table.setAccessibleName(self.tr("Customers"))
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("Re&name…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.merge_button = QPushButton(self.tr("&Merge into…"))
        self.import_button = QPushButton(self.tr("&Import customers…"))
        customer_actions = _button_rows(
            (self.add_button, self.edit_button, self.active_button, self.merge_button), self.import_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(customer_actions)

        self.projects_label = QLabel()
        self.projects_model = ProjectsTableModel(self)
        self.projects_table = _table(self.projects_model, (190, 100, 140, 65))
        self.projects_table.setAccessibleName(self.tr("Projects of the selected customer"))
        self.projects_label.setBuddy(self.projects_table)
        self.add_project_button = QPushButton(self.tr("Add &project…"))
        self.edit_project_button = QPushButton(self.tr("Edit pro&ject…"))
        self.move_project_button = QPushButton(self.tr("Move to c&ustomer…"))
        self.active_project_button = QPushButton(self.tr("Deac&tivate project"))
        self.import_projects_button = QPushButton(self.tr("Imp&ort projects…"))
        project_actions = _button_rows((self.add_project_button, self.edit_project_button,
                                        self.move_project_button, self.active_project_button),
                                       self.import_projects_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.projects_label)
        right_layout.addWidget(self.projects_table, 1)
        right_layout.addLayout(project_actions)

        # The customers above their projects, not beside them: side by side, the two lists and their buttons
        # needed more than a 1024 px window in German.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        heading = QLabel(self.tr("Customers"))
        heading.setStyleSheet("font-size: 20pt; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)

        self.search_edit.textChanged.connect(lambda _text: self.refresh())
        self.active_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._customer_changed())
        self.projects_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(self.edit_customer)
        self.projects_table.doubleClicked.connect(self.edit_project)
        self.add_button.clicked.connect(self.add_customer)
        self.edit_button.clicked.connect(self.edit_customer)
        self.active_button.clicked.connect(self.toggle_customer)
        self.merge_button.clicked.connect(self.merge_customer)
        self.import_button.clicked.connect(lambda: self._import(self.customers.import_customers))
        self.add_project_button.clicked.connect(self.add_project)
        self.edit_project_button.clicked.connect(self.edit_project)
        self.move_project_button.clicked.connect(self.move_project)
        self.active_project_button.clicked.connect(self.toggle_project)
        self.import_projects_button.clicked.connect(lambda: self._import(self.customers.import_projects))
        self._customer_changed()

    # --- loading and selection ----------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the customers, keeping (or moving to select_id) the selection, and its projects."""
        keep = select_id if select_id is not None else self._customer_id()
        self.model.set_rows(self.customers.list_customers(
            self.search_edit.text(), include_inactive=self.active_combo.currentIndex() == EVERY_CUSTOMER))
        if keep is not None and (row := self.model.row_of(keep)) >= 0:
            self.table.selectRow(row)
        self._customer_changed()

    def selected_customer(self) -> CustomerInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_project(self) -> ProjectInfo | None:
        rows = self.projects_table.selectionModel().selectedRows()
        return self.projects_model.row_at(rows[0].row()) if rows else None

    def _customer_id(self) -> int | None:
        customer = self.selected_customer()
        return customer.id if customer else None

    def _customer_changed(self, select_project: int | None = None) -> None:
        customer = self.selected_customer()
        keep = select_project if select_project is not None else getattr(self.selected_project(), "id", None)
        projects = self.customers.list_projects(customer.id, include_inactive=True) if customer else []
        self.projects_model.set_rows(projects)
        if keep is not None and (row := self.projects_model.row_of(keep)) >= 0:
            self.projects_table.selectRow(row)
        self.projects_label.setText(self.tr("Proje&cts of {customer}").format(customer=customer.name)
                                    if customer else self.tr("Select a customer to see its projects."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        customer, project = self.selected_customer(), self.selected_project()
        allow = self._signed_in.allow
        for button in (self.add_button, self.import_button, self.import_projects_button):
            allow(button, EDIT_CUSTOMERS)
        for button in (self.edit_button, self.active_button, self.merge_button, self.add_project_button):
            allow(button, EDIT_CUSTOMERS, possible=customer is not None)
        for button in (self.edit_project_button, self.move_project_button, self.active_project_button):
            allow(button, EDIT_CUSTOMERS, possible=project is not None)
        self.active_button.setText(self.tr("&Reactivate") if customer and not customer.active
                                   else self.tr("&Deactivate"))
        self.active_project_button.setText(self.tr("Reac&tivate project") if project and not project.active
                                           else self.tr("Deac&tivate project"))

    # --- customers ----------------------------------------------------------------------------

    def add_customer(self) -> None:
        def save(draft: CustomerDraft, _version: int | None) -> None:
            self._saved = self.customers.add_customer(draft)

        self._open(CustomerDialog(save, None, self), lambda: self._show_saved_customer(self._saved))

    def edit_customer(self) -> None:
        customer = self.selected_customer()
        if customer is None:
            return

        def reload() -> tuple[CustomerDraft, int]:
            latest = self.customers.get_customer(customer.id)
            return latest.as_draft(), latest.version

        self._open(CustomerDialog(lambda draft, version: self.customers.edit_customer(customer.id, draft, version),
                                  customer.as_draft(), self, customer.version, reload),
                   lambda: self.refresh(customer.id))

    def _show_saved_customer(self, customer_id: int | None) -> None:
        self.search_edit.clear()  # so the new customer is not hidden by the search
        self.refresh(customer_id)

    def toggle_customer(self) -> None:
        customer = self.selected_customer()
        if customer is not None:
            self._act(self.tr("Cannot change this customer"),
                      lambda: self.customers.set_customer_active(customer.id, not customer.active, customer.version))

    def merge_customer(self) -> None:
        duplicate = self.selected_customer()
        if duplicate is None:
            return
        others = [(c.name, c.id) for c in self.customers.list_customers(include_inactive=True) if c.id != duplicate.id]

        def save(kept_id: int) -> None:
            kept = self.customers.get_customer(kept_id)
            self.customers.merge_customers(duplicate.id, kept_id, duplicate.version, kept.version)
            self._saved = kept_id

        self._open(ChoiceDialog(self.tr("Merge customers"), self.tr(
            "Merge “{name}” into the customer to keep: its {sessions} sessions and {projects} projects move "
            "there, and “{name}” is removed.").format(name=duplicate.name, sessions=duplicate.sessions,
                                                     projects=duplicate.projects), others, save, self),
                   lambda: self.refresh(self._saved))

    # --- projects -----------------------------------------------------------------------------

    def _people(self) -> list[tuple[str, str]]:
        return [(row[1], row[2]) for row in self._services.people.list_people(active=True)]

    def add_project(self) -> None:
        customer = self.selected_customer()
        if customer is None:
            return

        def save(draft: ProjectDraft, _version: int | None) -> None:
            self._saved = self.customers.add_project(draft, customer.id)

        self._open(ProjectDialog(save, self._people(), None, self),
                   lambda: self._customer_changed(self._saved))

    def edit_project(self) -> None:
        project = self.selected_project()
        if project is None:
            return

        def reload() -> tuple[ProjectDraft, int]:
            latest = self.customers.get_project(project.id)
            return latest.as_draft(), latest.version

        self._open(ProjectDialog(lambda draft, version: self.customers.edit_project(project.id, draft, version),
                                 self._people(), project.as_draft(), self, project.version, reload),
                   lambda: self._customer_changed(project.id))

    def move_project(self) -> None:
        project = self.selected_project()
        if project is None:
            return
        others = [(c.name, c.id) for c in self.customers.list_customers() if c.id != project.customer_id]
        self._open(ChoiceDialog(self.tr("Move project"), self.tr(
            "Move “{project}” from {customer} to:").format(project=project.name, customer=project.customer_name),
            others, lambda customer_id: self.customers.move_project(project.id, customer_id, project.version),
            self), lambda: self.refresh())

    def toggle_project(self) -> None:
        project = self.selected_project()
        if project is not None:
            self._act(self.tr("Cannot change this project"),
                      lambda: self.customers.set_project_active(project.id, not project.active, project.version))

    # --- shared -------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, after_save) -> None:
        """Every change of a customer or project is a dialog opened here, a change run by _act or an
        import: those three ask whether the signed-in person may."""
        if not self._signed_in.can(EDIT_CUSTOMERS):
            return
        self.dialog = dialog
        dialog.accepted.connect(after_save)
        dialog.open()

    def _act(self, title: str, change) -> None:
        if not self._signed_in.can(EDIT_CUSTOMERS):
            return
        try:
            change()
        except UserError as exc:  # e.g. someone else changed it meanwhile; the refresh shows the latest
            prompts.show_error(self, title, str(exc))
        self.refresh()

    def _import(self, importer) -> None:
        if not self._signed_in.can(EDIT_CUSTOMERS):
            return
        title = self.tr("Import from a CRM or TMS export")
        chosen = prompts.choose_open_file(self, title, self.tr("CSV files (*.csv *.txt)"))
        if not chosen:
            return
        try:
            summary = importer(Path(chosen).read_bytes())
        except OSError as exc:
            prompts.show_error(self, title, self.tr("Cannot read {path}: {reason}").format(
                path=chosen, reason=exc.strerror or exc))
            return
        except UserError as exc:  # ImportProblems lists every bad row with its line
            prompts.show_error(self, title, str(exc))
            return
        self.refresh()
        prompts.show_info(self, title, self.tr("{added} added, {updated} updated, {unchanged} unchanged.").format(
            added=summary.added, updated=summary.updated, unchanged=summary.unchanged))
