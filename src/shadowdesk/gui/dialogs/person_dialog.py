"""Add or edit one person. The dialog stays open, saying what is wrong, until the save succeeds."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget

from shadowdesk.gui.forms.ui_person_dialog import Ui_PersonDialog
from shadowdesk.services.errors import UserError
from shadowdesk.services.people import PersonInput


class PersonDialog(QDialog):
    """save(PersonInput) writes the person and raises UserError when it cannot; then the dialog stays."""

    def __init__(self, save: Callable[[PersonInput], None], departments: Iterable[str],
                 person: PersonInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._save = save
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add person"))
        self.ui.timeZoneCombo.addItems(sorted(available_timezones() | {"UTC"}))
        zone_completer = self.ui.timeZoneCombo.completer()  # "warsaw" finds Europe/Warsaw
        zone_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        zone_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        departments_completer = QCompleter(sorted(departments), self)
        departments_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.departmentEdit.setCompleter(departments_completer)
        self.ui.errorLabel.hide()
        self.set_values(person or PersonInput("", "", time_zone="UTC"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self._try_save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def set_values(self, person: PersonInput) -> None:
        self.ui.fullNameEdit.setText(person.full_name)
        self.ui.emailEdit.setText(person.email)
        self.ui.departmentEdit.setText(person.department)
        self.ui.jobTitleEdit.setText(person.job_title)
        self.ui.locationEdit.setText(person.location)
        self.ui.timeZoneCombo.setCurrentText(person.time_zone)
        self.ui.managerEmailEdit.setText(person.manager_email)

    def values(self) -> PersonInput:
        return PersonInput(
            full_name=self.ui.fullNameEdit.text(), email=self.ui.emailEdit.text(),
            department=self.ui.departmentEdit.text(), job_title=self.ui.jobTitleEdit.text(),
            location=self.ui.locationEdit.text(), time_zone=self.ui.timeZoneCombo.currentText(),
            manager_email=self.ui.managerEmailEdit.text())

    def _try_save(self) -> None:
        try:
            self._save(self.values())
        except UserError as exc:
            self.ui.errorLabel.setText(str(exc))
            self.ui.errorLabel.show()
            return
        self.accept()
