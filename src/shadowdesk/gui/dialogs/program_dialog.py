"""The program form: name, dates, the two departments it crosses, targets and status.

When someone else saved the program since the form opened, the user chooses: reload their version,
overwrite it with the typed values, or go back to the form.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from shadowdesk.domain import ProgramStatus
from shadowdesk.gui import prompts
from shadowdesk.gui.forms.ui_program_dialog import Ui_ProgramDialog
from shadowdesk.gui.models.programs_model import status_label
from shadowdesk.services.errors import StaleRecord, UserError
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
        if program is None:
            self.setWindowTitle(self.tr("New program"))
            self._fill_status(ProgramStatus.DRAFT)
            start = today or date.today()
            self._set_dates(start, start + timedelta(days=90))
        else:
            self.setWindowTitle(self.tr("Edit program"))
            self._show_program(program)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _show_program(self, program: ProgramInfo) -> None:
        self._program = program
        self._fill_status(program.status)
        self.ui.nameEdit.setText(program.name)
        self._set_dates(program.start_date, program.end_date)
        self.ui.sideACombo.setCurrentText(program.side_a)
        self.ui.sideBCombo.setCurrentText(program.side_b)
        self.ui.sessionsSpin.setValue(program.target_sessions_per_pair)
        self.ui.hoursSpin.setValue(program.target_hours_per_participant)
        self.ui.descriptionEdit.setPlainText(program.description)

    def _fill_status(self, current: ProgramStatus) -> None:
        """Only the moves a program can make: a draft starts, a running one closes; closed stays closed."""
        allowed = {ProgramStatus.DRAFT: [ProgramStatus.DRAFT, ProgramStatus.ACTIVE, ProgramStatus.CLOSED],
                   ProgramStatus.ACTIVE: [ProgramStatus.ACTIVE, ProgramStatus.CLOSED],
                   ProgramStatus.CLOSED: [ProgramStatus.CLOSED]}[current]
        self.ui.statusCombo.clear()
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
        self._save(self._program.version_id if self._program else None, confirmed=False)

    def _save(self, version_id: int | None, confirmed: bool) -> None:
        """version_id: the one the form opened with, or the current one when the user chose to overwrite
        someone else's newer save (confirmed: the user already agreed to close the program)."""
        programs = self._services.programs
        status = ProgramStatus(self.ui.statusCombo.currentData())  # Qt hands the enum back as a str
        if not confirmed and status is ProgramStatus.CLOSED and (
                self._program is None or self._program.status is not ProgramStatus.CLOSED):
            if not prompts.ask_yes_no(self, self.tr("Close the program"), self.tr(
                    "Closing ends every pair of the program, and nobody can be enrolled or paired any more. "
                    "Close it?")):
                return
        try:
            if self._program is None:
                saved = programs.create(self.draft())
            elif self._program.status is not ProgramStatus.CLOSED:
                saved = programs.update(self._program.id, self.draft(), version_id)
            else:
                saved = self._program
            if status is ProgramStatus.ACTIVE and saved.status is ProgramStatus.DRAFT:
                saved = programs.activate(saved.id, saved.version_id)
            elif status is ProgramStatus.CLOSED and saved.status is not ProgramStatus.CLOSED:
                saved = programs.close(saved.id, saved.version_id)
        except StaleRecord as exc:
            self._settle_conflict(exc)
            return
        except UserError as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        self.saved = saved
        self.accept()

    def _settle_conflict(self, conflict: StaleRecord) -> None:
        choice = prompts.ask_reload_or_overwrite(self, self.tr("Changed by someone else"), str(conflict))
        if choice == "overwrite":
            self._save(conflict.current_version, confirmed=True)
            return
        if choice == "reload":
            assert self._program is not None  # only a saved program can have been changed by someone else
            try:
                self._show_program(self._services.programs.get(self._program.id))
            except UserError as exc:
                self.ui.errorLabel.setText(str(exc))
                return
            self.ui.errorLabel.setText(self.tr("The form now shows the latest saved version."))
            return
        self.ui.errorLabel.setText(str(conflict))

    def save_button(self):
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
