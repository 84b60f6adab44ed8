"""The People section: the roster table with instant search and filters, a detail pane, and the actions
to add, edit, deactivate, import and export people.

Nothing of the roster is read on the GUI thread: the database searches, filters and sorts, a worker reads
the table a page at a time (models/people_model.py), the counts (one aggregate), the departments and the
selected person's detail. A newer read drops the one still under way, so what lands is always what was
asked for last."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

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
from shadowdesk.gui.models.people_model import COL_EMAIL, COL_NAME, ID_ROLE, PeopleTableModel
from shadowdesk.gui.permissions import EDIT_PEOPLE, SignedIn, signed_in_for
from shadowdesk.gui.tables import fit_columns_to_rows
from shadowdesk.gui.workers import Task, TaskRunner
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.services.people import ImportSummary, PersonDetail, PersonInput

ACTIVE_ONLY, INACTIVE_ONLY, EVERYONE = range(3)


class PeopleView(QWidget):
    def __init__(self, services, parent: QWidget | None = None, signed_in: SignedIn | None = None,
                 tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks or TaskRunner()
        self._signed_in = signed_in_for(services, signed_in)  # the roster is a coordinator's to change
        self.person_dialog: PersonDialog | None = None
        self.import_wizard: ImportWizard | None = None
        self.detail: PersonDetail | None = None
        self._saved_id: int | None = None  # set by a dialog's save, selected once the list is reloaded
        self._kept_id: int | None = None  # the selected person while the rows are read again
        self._reread = False  # the rows a refresh asked for: the kept person's detail is read again too
        self._restoring = False
        self._counting: Task | None = None
        self._reading_departments: Task | None = None
        self._reading_detail: Task | None = None

        self.model = PeopleTableModel(self._tasks, self)

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
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Fixed row heights and no fit-to-contents: both would measure all 50,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        # The names and emails share the room left and elide, so a 1024 px window does not scroll sideways.
        fit_columns_to_rows(self.table, stretch=(COL_NAME, COL_EMAIL))
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
        # New rows (filtered, sorted, refreshed) reset the model, which clears the selection: keep the
        # person by id.
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.read_done.connect(self._rows_read)
        for button in (self.add_button, self.import_button):
            self._signed_in.allow(button, EDIT_PEOPLE)
        self._show_detail(None)

    # --- loading and filtering ----------------------------------------------------------------

    def refresh(self) -> None:
        """Read everything again, keeping the filters and the selected person, whose detail is read again."""
        self._reread = True
        self._reload()
        departments = self._services.people.departments
        self._reading_departments = self._read(self._reading_departments, departments, self._fill_departments)

    def is_loaded(self) -> bool:
        """Every read asked for has landed: the rows, counts, departments and detail on screen are current."""
        return not self.model.is_reading() and all(task is None for task in (
            self._counting, self._reading_departments, self._reading_detail))

    def _read(self, under_way: Task | None, read: Callable[[], Any], show: Callable[[Any], None]) -> Task:
        """read() in a worker, then show(result), unless a newer read of the same thing was asked for
        meanwhile; under_way: that thing's read asked for before, dropped."""
        if under_way is not None:
            under_way.cancel()
        task = self._tasks.run(lambda _progress, _cancelled: read(), parent=self)
        task.finished.connect(lambda result: self._land(task, lambda: show(result)))
        task.failed.connect(lambda error: self._land(task, lambda: self._read_failed(error)))
        return task

    def _land(self, task: Task, show: Callable[[], None]) -> None:
        for name in ("_counting", "_reading_departments", "_reading_detail"):
            if getattr(self, name) is task:
                setattr(self, name, None)
                show()

    def _read_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error  # a bug: the excepthook logs it and names the log
        prompts.show_error(self, self.tr("Cannot read the roster"), str(error))

    def _reload(self) -> None:
        """The first page of the people the filters select, in the table's order, and their counts."""
        people, search = self._services.people, self.search_edit.text()
        department, active = self.department_combo.currentData(), self._active()
        self.model.load(lambda offset, limit, order: people.list_people(search, department, active, order,
                                                                        offset, limit))
        self._counting = self._read(self._counting, lambda: people.count_people(search, department, active),
                                    self._show_count)

    def _active(self) -> bool | None:
        return {ACTIVE_ONLY: True, INACTIVE_ONLY: False}.get(self.active_combo.currentIndex())

    def _rows_read(self) -> None:
        if self.model.error is not None:
            self._read_failed(self.model.error)

    def _remember_selection(self) -> None:
        self._kept_id = self.selected_id()

    def _restore_selection(self) -> None:
        kept, self._kept_id = self._kept_id, None
        reread, self._reread = self._reread, False
        saved, self._saved_id = self._saved_id, None
        if saved is not None:
            self._select_saved(saved)
            return
        if kept is None:
            return
        self._restoring = True  # the same person: no need to read their detail again, unless refreshed
        try:
            found = self.select_person(kept)
        finally:
            self._restoring = False
        if not found:
            self._read_detail(None)
        elif reread:
            self._read_detail(kept)

    def _select_saved(self, person_id: int) -> None:
        """The person a dialog just saved, selected; hidden by the filters, the filters are cleared so the
        user sees what they saved (and when they are further down than the first page, their detail)."""
        if self.select_person(person_id):
            return
        filtered = self.search_edit.text() or self.department_combo.currentIndex() > 0 \
            or self.active_combo.currentIndex() != EVERYONE
        if not filtered:
            self._read_detail(person_id)
            return
        for widget in (self.search_edit, self.department_combo, self.active_combo):
            widget.blockSignals(True)
        self.search_edit.clear()
        self.department_combo.setCurrentIndex(0)
        self.active_combo.setCurrentIndex(EVERYONE)
        for widget in (self.search_edit, self.department_combo, self.active_combo):
            widget.blockSignals(False)
        self._saved_id = person_id
        self._reload()

    def _fill_departments(self, departments: list[str]) -> None:
        current = self.department_combo.currentData()
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("All departments"), None)
        for department in departments:
            self.department_combo.addItem(department, department)
        found = self.department_combo.findData(current) if current is not None else 0
        self.department_combo.setCurrentIndex(max(found, 0))
        self.department_combo.blockSignals(False)
        if self.department_combo.currentData() != current:
            self._reload()  # the department filtered by is gone: everyone's rows

    def _search_changed(self, _text: str) -> None:
        self._reload()

    def _department_changed(self, _index: int) -> None:
        self._reload()

    def _active_changed(self, _index: int) -> None:
        self._reload()

    def _show_count(self, counts: tuple[int, int]) -> None:
        locale = QLocale()
        shown, total = counts
        self.count_label.setText(self.tr("{shown} of {total}").format(
            shown=locale.toString(shown), total=locale.toString(total)))

    # --- selection and detail -----------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_person(self, person_id: int) -> bool:
        """Select the person if they are among the rows read so far."""
        row = self.model.row_of(person_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not self._restoring:
            self._read_detail(self.selected_id())

    def _read_detail(self, person_id: int | None) -> None:
        """The person's detail, read in a worker; until it lands nothing can be edited (the actions would
        act on the person shown before)."""
        if person_id is None:
            if self._reading_detail is not None:
                self._reading_detail.cancel()
                self._reading_detail = None
            self._show_detail(None)
            return
        self.detail = None
        for button in (self.edit_button, self.active_button):
            self._signed_in.allow(button, EDIT_PEOPLE, possible=False)
        people = self._services.people

        def read() -> PersonDetail | None:
            try:
                return people.get_person(person_id)
            except NotFound:  # deleted meanwhile: the list is read again anyway
                return None

        self._reading_detail = self._read(self._reading_detail, read, self._show_detail)

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
        departments = [self.department_combo.itemData(n) for n in range(1, self.department_combo.count())]
        self.person_dialog = PersonDialog(save, departments, person, self, version, reload)
        self.person_dialog.accepted.connect(self._after_save)
        self.person_dialog.open()

    def _after_save(self) -> None:
        self.refresh()  # the person saved is selected once the rows land (_select_saved)

    def toggle_active(self) -> None:
        if self.detail is None or not self._signed_in.can(EDIT_PEOPLE):
            return
        try:
            self._services.people.set_active(self.detail.id, not self.detail.active, self.detail.version)
        except UserError as exc:  # e.g. someone else changed them meanwhile; the refresh shows the latest
            prompts.show_error(self, self.tr("Cannot change this person"), str(exc))
        self.refresh()

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
