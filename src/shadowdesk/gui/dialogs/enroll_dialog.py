"""Enroll people on one side of a program: chosen from a list, a whole department, or a file of emails."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QWidget

from shadowdesk.domain import Side
from shadowdesk.gui import prompts
from shadowdesk.gui.forms.ui_enroll_dialog import Ui_EnrollDialog
from shadowdesk.gui.models.programs_model import EnrolledTableModel
from shadowdesk.gui.models.rows import ID_ROLE
from shadowdesk.gui.tables import fit_columns_to_rows
from shadowdesk.services.errors import UserError
from shadowdesk.services.programs import EnrollResult, ProgramInfo, read_email_list


class CandidatesProxy(QSortFilterProxyModel):
    """Search across name, email and office; optional department filter."""

    def __init__(self, people: EnrolledTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people  # the source, typed: filterAcceptsRow reads its rows
        self.setSourceModel(people)
        self._text = ""
        self._department = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filter(self, text: str, department: str) -> None:
        self.beginFilterChange()
        self._text, self._department = text.strip().casefold(), department
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 (Qt's name)
        person = self._people.row_at(row)
        if self._department and person.department != self._department:
            return False
        return not self._text or self._text in f"{person.full_name}\t{person.email}\t{person.location}".casefold()


class EnrollDialog(QDialog):
    def __init__(self, services, program: ProgramInfo, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EnrollDialog()
        self.ui.setupUi(self)
        self._services = services
        self._program = program
        self._side = side
        self.result_summary: EnrollResult | None = None
        department = program.side_a if side is Side.A else program.side_b
        self.ui.headingLabel.setText(self.tr("Enroll on side {side} ({department}) of “{program}”.").format(
            side=side.value.upper(), department=department, program=program.name))
        self.model = EnrolledTableModel(self)
        self.model.set_rows(services.programs.candidates(program.id))
        self.proxy = CandidatesProxy(self.model, self)
        self.ui.peopleTable.setModel(self.proxy)
        self.ui.peopleTable.setColumnHidden(EnrolledTableModel.COL_CAPACITY, True)
        fit_columns_to_rows(self.ui.peopleTable)  # to the first of 5,000 candidates, not at every keystroke
        departments = services.programs.departments()
        self.ui.filterDepartmentCombo.addItem(self.tr("All departments"), "")
        for name in departments:
            self.ui.filterDepartmentCombo.addItem(name, name)
            self.ui.departmentCombo.addItem(name)
        # Start on the side's own department: that is who the coordinator usually enrolls.
        self.ui.filterDepartmentCombo.setCurrentIndex(max(0, self.ui.filterDepartmentCombo.findData(department)))
        self.ui.departmentCombo.setCurrentText(department)
        self.ui.searchEdit.textChanged.connect(self._filter)
        self.ui.filterDepartmentCombo.currentIndexChanged.connect(self._filter)
        self.ui.peopleTable.selectionModel().selectionChanged.connect(
            lambda *_: self.ui.chosenRadio.setChecked(True))
        self.ui.departmentCombo.activated.connect(lambda *_: self.ui.departmentRadio.setChecked(True))
        self.ui.emailsFileEdit.textEdited.connect(lambda *_: self.ui.emailsRadio.setChecked(True))
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.buttonBox.accepted.connect(self.enroll)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._filter()

    def _filter(self) -> None:
        self.proxy.set_filter(self.ui.searchEdit.text(), self.ui.filterDepartmentCombo.currentData() or "")

    def _browse(self) -> None:
        path = prompts.choose_open_file(self, self.tr("Email addresses to enroll"),
                                        self.tr("CSV or text files (*.csv *.txt);;All files (*)"))
        if path:
            self.ui.emailsFileEdit.setText(path)
            self.ui.emailsRadio.setChecked(True)

    def chosen_ids(self) -> list[int]:
        rows = self.ui.peopleTable.selectionModel().selectedRows()
        return [self.proxy.index(index.row(), 0).data(ID_ROLE) for index in rows]

    def enroll(self) -> None:
        programs, capacity = self._services.programs, self.ui.capacitySpin.value()
        try:
            if self.ui.departmentRadio.isChecked():
                result = programs.enroll_department(self._program.id, self._side,
                                                    self.ui.departmentCombo.currentText(), capacity)
            elif self.ui.emailsRadio.isChecked():
                path = Path(self.ui.emailsFileEdit.text().strip())
                try:
                    emails = read_email_list(path)
                except OSError as exc:
                    raise UserError(self.tr("Cannot read {path}: {why}").format(path=path, why=exc.strerror)) \
                        from exc
                result = programs.enroll_emails(self._program.id, self._side, emails, capacity)
            else:
                ids = self.chosen_ids()
                if not ids:
                    raise UserError(self.tr("Select the people to enroll first."))
                result = programs.enroll(self._program.id, self._side, ids, capacity)
        except UserError as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        self.result_summary = result
        self.accept()
