"""The People section: the roster table with instant search and filters, a detail pane, and the actions
to add, edit, deactivate, import and export people."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QItemSelection, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs.import_wizard import ImportWizard
from shadowdesk.gui.dialogs.person_dialog import PersonDialog
from shadowdesk.gui.models.people_model import COL_NAME, ID_ROLE, PeopleFilterProxy, PeopleTableModel
from shadowdesk.gui.permissions import EDIT_PEOPLE, SignedIn, signed_in_for
from shadowdesk.services.errors import UserError
from shadowdesk.services.people import ImportSummary, PersonDetail, PersonInput

ACTIVE_ONLY, INACTIVE_ONLY, EVERYONE = range(3)


class PeopleView(QWidget):
    def __init__(self, services, parent: QWidget | None = None, signed_in: SignedIn | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._signed_in = signed_in_for(services, signed_in)  # the roster is a coordinator's to change
        self.person_dialog: PersonDialog | None = None
        self.import_wizard: ImportWizard | None = None
        self.detail: PersonDetail | None = None
        self._saved_id: int | None = None  # set by a dialog's save, selected once the list is reloaded
        self._kept_id: int | None = None  # the selected person while the proxy resets
        self._restoring = False

        self.model = PeopleTableModel(self)
        self.proxy = PeopleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_active(True)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name, email, department, title, location"))
        self.search_edit.setClearButtonEnabled(True)
        self.department_combo = QComboBox()
        self.active_combo = QComboBox()
        self.active_combo.addItems([self.tr("Active people"), self.tr("Deactivated people"),
                                    self.tr("Everyone")])
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.department_combo, 1)
        filters.addWidget(self.active_combo)
        filters.addWidget(self.count_label)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))  # Alt+E opens the Edit menu
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.import_button = QPushButton(self.tr("&Import roster…"))
        self.export_button = QPushButton(self.tr("E&xport roster…"))
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Fixed row heights and no fit-to-contents: both would measure all 50,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        for column, width in enumerate((180, 240, 150, 170, 100)):
            self.table.setColumnWidth(column, width)
        self.detail_pane = QTextBrowser()
        self.detail_pane.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        heading = QLabel(self.tr("People"))
        heading.setStyleSheet("font-size: 20pt; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

        self.search_edit.textChanged.connect(self._search_changed)
        self.department_combo.currentIndexChanged.connect(self._department_changed)
        self.active_combo.currentIndexChanged.connect(self._active_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.edit_selected)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.export_roster)
        # Filtering and sorting reset the proxy, which clears the selection: keep the person by id.
        self.proxy.modelAboutToBeReset.connect(self._remember_selection)
        self.proxy.modelReset.connect(self._restore_selection)
        for button in (self.add_button, self.import_button):
            self._signed_in.allow(button, EDIT_PEOPLE)
        self._show_detail(None)

    # --- loading and filtering ----------------------------------------------------------------

    def refresh(self) -> None:
        """Reload everything, keeping the filters and the selected person, whose detail is read again."""
        self.model.set_rows(self._services.people.list_people())
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fill_departments()
        self._selection_changed(QItemSelection(), QItemSelection())

    def _remember_selection(self) -> None:
        self._kept_id = self.selected_id()

    def _restore_selection(self) -> None:
        self._update_count()
        if self._kept_id is None:
            return
        self._restoring = True  # the same person: no need to read their detail again
        try:
            found = self.select_person(self._kept_id)
        finally:
            self._restoring = False
        if not found:
            self._show_detail(None)

    def _fill_departments(self) -> None:
        current = self.department_combo.currentData()
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("All departments"), None)
        for department in self._services.people.departments():
            self.department_combo.addItem(department, department)
        found = self.department_combo.findData(current) if current is not None else 0
        self.department_combo.setCurrentIndex(max(found, 0))
        self.department_combo.blockSignals(False)
        self.proxy.set_department(self.department_combo.currentData())

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)

    def _department_changed(self, _index: int) -> None:
        self.proxy.set_department(self.department_combo.currentData())

    def _active_changed(self, index: int) -> None:
        self.proxy.set_active({ACTIVE_ONLY: True, INACTIVE_ONLY: False}.get(index))

    def _update_count(self) -> None:
        locale = QLocale()
        self.count_label.setText(self.tr("{shown} of {total}").format(
            shown=locale.toString(self.proxy.rowCount()), total=locale.toString(self.model.rowCount())))

    # --- selection and detail -----------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_person(self, person_id: int) -> bool:
        source_row = self.model.row_of(person_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._restoring:
            return
        person_id = self.selected_id()
        try:
            self._show_detail(self._services.people.get_person(person_id) if person_id is not None else None)
        except UserError:
            self._show_detail(None)

    def _show_detail(self, detail: PersonDetail | None) -> None:
        self.detail = detail
        for button in (self.edit_button, self.active_button):
            self._signed_in.allow(button, EDIT_PEOPLE, possible=detail is not None)
        if detail is None:
            self.detail_pane.setHtml("<p>" + escape(self.tr("Select a person to see their programs, pairs, "
                                                              "sessions and reflections.")) + "</p>")
            return
        self.active_button.setText(self.tr("&Deactivate") if detail.active else self.tr("&Reactivate"))
        self.detail_pane.setHtml(self._detail_html(detail))

    def _detail_html(self, d: PersonDetail) -> str:
        def line(label: str, value: str) -> str:
            return f"<tr><td><i>{escape(label)}</i></td><td>{escape(value)}</td></tr>" if value else ""

        manager = f"{d.manager_name} <{d.manager_email}>" if d.manager_email else ""
        parts = [f"<h2>{escape(d.full_name)}</h2>", "<table cellspacing='4'>",
                 line(self.tr("Email"), d.email), line(self.tr("Department"), d.department),
                 line(self.tr("Job title"), d.job_title), line(self.tr("Location"), d.location),
                 line(self.tr("Time zone"), d.time_zone), line(self.tr("Manager"), manager),
                 line(self.tr("Status"), self.tr("active") if d.active else self.tr("deactivated")),
                 "</table>"]
        heading = "<h3>{title}</h3>"  # the titles are literal tr() strings, so lupdate finds them
        parts.append(heading.format(title=escape(self.tr("Programs"))))
        parts.append(self._html_list([self.tr("{program} ({side} side, {status})").format(
            program=p.program, side=p.side_department, status=p.status) for p in d.programs]))
        parts.append(heading.format(title=escape(self.tr("Pairs"))))
        parts.append(self._html_list([self.tr("{partner} in {program}, round {round}, {status}").format(
            partner=p.partner, program=p.program, round=p.round or "–", status=p.status) for p in d.pairs]))
        parts.append(heading.format(title=escape(self.tr("Sessions and reflections"))) + "<p>" + escape(self.tr(
            "{sessions} sessions, {completed} completed; {written} reflections written, {owed} owed.").format(
            sessions=d.sessions, completed=d.sessions_completed, written=d.reflections_submitted,
            owed=d.reflections_owed)) + "</p>")
        return "".join(parts)

    def _html_list(self, items: list[str]) -> str:
        if not items:
            return "<p><i>{none}</i></p>".format(none=escape(self.tr("none")))
        return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"

    # --- actions ------------------------------------------------------------------------------

    def add_person(self) -> None:
        if not self._signed_in.can(EDIT_PEOPLE):
            return

        def save(data: PersonInput, _version: int | None) -> None:
            self._saved_id = self._services.people.add_person(data)

        self._open_person_dialog(save, None)

    def edit_selected(self) -> None:
        detail = self.detail
        if detail is None or not self._signed_in.can(EDIT_PEOPLE):
            return

        def save(data: PersonInput, version: int | None) -> None:
            self._services.people.edit_person(detail.id, data, version)
            self._saved_id = detail.id

        def reload() -> tuple[PersonInput, int]:
            latest = self._services.people.get_person(detail.id)
            return latest.as_input(), latest.version

        self._open_person_dialog(save, detail.as_input(), detail.version, reload)

    def _open_person_dialog(self, save, person: PersonInput | None, version: int | None = None,
                            reload=None) -> None:
        self._saved_id = None
        self.person_dialog = PersonDialog(save, self._services.people.departments(), person, self, version,
                                          reload)
        self.person_dialog.accepted.connect(self._after_save)
        self.person_dialog.open()

    def _after_save(self) -> None:
        self.refresh()
        if self._saved_id is not None and not self.select_person(self._saved_id):
            # Saved but hidden by the filters: clear them so the user sees what they just saved.
            self.search_edit.clear()
            self.department_combo.setCurrentIndex(0)
            self.active_combo.setCurrentIndex(EVERYONE)
            self.select_person(self._saved_id)

    def toggle_active(self) -> None:
        if self.detail is None or not self._signed_in.can(EDIT_PEOPLE):
            return
        try:
            self._services.people.set_active(self.detail.id, not self.detail.active, self.detail.version)
        except UserError as exc:  # e.g. someone else changed them meanwhile; the refresh shows the latest
            prompts.show_error(self, self.tr("Cannot change this person"), str(exc))
        self.refresh()
        self._selection_changed(QItemSelection(), QItemSelection())

    def open_import(self) -> None:
        if not self._signed_in.can(EDIT_PEOPLE):
            return
        self.import_wizard = ImportWizard(self._services.people, self)
        self.import_wizard.imported.connect(self._after_import)
        self.import_wizard.open()

    def _after_import(self, summary: ImportSummary) -> None:
        self.refresh()
        prompts.show_info(self, self.tr("Roster imported"), self.tr(
            "{added} added, {updated} updated, {unchanged} unchanged.").format(
            added=summary.added, updated=summary.updated, unchanged=summary.unchanged))

    def export_roster(self) -> None:
        chosen = prompts.choose_save_file(self, self.tr("Export the roster"), self.tr("CSV files (*.csv)"),
                                          str(self._services.paths.exports / "roster.csv"))
        if not chosen:
            return
        try:
            count = self._services.people.export_roster(Path(chosen))
        except OSError as exc:
            prompts.show_error(self, self.tr("Export failed"), self.tr(
                "Cannot write {path}: {reason}").format(path=chosen, reason=exc.strerror or exc))
            return
        prompts.show_info(self, self.tr("Roster exported"), self.tr(
            "{count} people written to {path}.").format(count=count, path=chosen))
