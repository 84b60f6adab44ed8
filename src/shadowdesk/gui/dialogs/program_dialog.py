"""The program form: name, dates, the two departments it crosses, targets and status."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from shadowdesk.gui import prompts
from shadowdesk.gui.forms.ui_program_dialog import Ui_ProgramDialog
from shadowdesk.gui.models.programs_model import status_label
from shadowdesk.model import ProgramStatus
from shadowdesk.services.errors import UserError
from shadowdesk.services.programs import ProgramDraft, ProgramInfo


class ProgramDialog(QDialog):
    """Creates a program, or edits one; saving happens here so an error keeps the form open."""

    def __init__(self, services, program: ProgramInfo | None = None, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgramDialog()
        self.ui.setupUi(self)
        self._services = services
        self._program = program
        self.saved: ProgramInfo | None = None
        departments = services.programs.departments()
        for combo, default in ((self.ui.sideACombo, "Sales"), (self.ui.sideBCombo, "Project Management")):
            combo.addItems(departments)
            combo.setCurrentText(default)
        self._fill_status(program.status if program else ProgramStatus.DRAFT)
        if program is None:
            self.setWindowTitle(self.tr("New program"))
            start = today or date.today()
            self._set_dates(start, start + timedelta(days=90))
        else:
            self.setWindowTitle(self.tr("Edit program"))
            self.ui.nameEdit.setText(program.name)
            self._set_dates(program.start_date, program.end_date)
            self.ui.sideACombo.setCurrentText(program.side_a)
            self.ui.sideBCombo.setCurrentText(program.side_b)
            self.ui.sessionsSpin.setValue(program.target_sessions_per_pair)
            self.ui.hoursSpin.setValue(program.target_hours_per_participant)
            self.ui.descriptionEdit.setPlainText(program.description)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _fill_status(self, current: ProgramStatus) -> None:
        """Only the moves a program can make: a draft starts, a running one closes; closed stays closed."""
        allowed = {ProgramStatus.DRAFT: [ProgramStatus.DRAFT, ProgramStatus.ACTIVE, ProgramStatus.CLOSED],
                   ProgramStatus.ACTIVE: [ProgramStatus.ACTIVE, ProgramStatus.CLOSED],
                   ProgramStatus.CLOSED: [ProgramStatus.CLOSED]}[current]
        for status in allowed:
            self.ui.statusCombo.addItem(status_label(status), status)

    def _set_dates(self, start: date, end: date) -> None:
        self.ui.startDateEdit.setDate(QDate(start.year, start.month, start.day))
        self.ui.endDateEdit.setDate(QDate(end.year, end.month, end.day))

    def draft(self) -> ProgramDraft:
        start, end = self.ui.startDateEdit.date(), self.ui.endDateEdit.date()
        return ProgramDraft(
            name=self.ui.nameEdit.text(),
            start_date=date(start.year(), start.month(), start.day()),
            end_date=date(end.year(), end.month(), end.day()),
            side_a=self.ui.sideACombo.currentText(), side_b=self.ui.sideBCombo.currentText(),
            description=self.ui.descriptionEdit.toPlainText(),
            target_sessions_per_pair=self.ui.sessionsSpin.value(),
            target_hours_per_participant=self.ui.hoursSpin.value())

    def save(self) -> None:
        programs = self._services.programs
        status = ProgramStatus(self.ui.statusCombo.currentData())  # Qt hands the enum back as a str
        if status is ProgramStatus.CLOSED and (self._program is None or
                                               self._program.status is not ProgramStatus.CLOSED):
            if not prompts.ask_yes_no(self, self.tr("Close the program"), self.tr(
                    "Closing ends every pair of the program, and nobody can be enrolled or paired any more. "
                    "Close it?")):
                return
        try:
            if self._program is None:
                saved = programs.create(self.draft())
            elif self._program.status is not ProgramStatus.CLOSED:
                saved = programs.update(self._program.id, self.draft(), self._program.version_id)
            else:
                saved = self._program
            if status is ProgramStatus.ACTIVE and saved.status is ProgramStatus.DRAFT:
                saved = programs.activate(saved.id)
            elif status is ProgramStatus.CLOSED and saved.status is not ProgramStatus.CLOSED:
                saved = programs.close(saved.id)
        except UserError as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        self.saved = saved
        self.accept()

    def save_button(self):
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
