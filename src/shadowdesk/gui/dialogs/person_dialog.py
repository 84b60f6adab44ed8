"""Add or edit one person. The dialog stays open, saying what is wrong, until the save succeeds.

When someone else saved the person since the dialog opened, the user chooses: reload their version into
the form, overwrite it with the typed values, or go back to the form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget

from shadowdesk.gui import prompts
from shadowdesk.gui.forms.ui_person_dialog import Ui_PersonDialog
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.people import PersonInput


class PersonDialog(QDialog):
    """save(PersonInput, version) writes the person and raises UserError when it cannot; then the dialog
    stays. version is the one the form shows (None for a new person); reload() reads the person again as
    (PersonInput, version), for the user who chooses to see someone else's newer save."""

    def __init__(self, save: Callable[[PersonInput, int | None], None], departments: Iterable[str],
                 person: PersonInput | None = None, parent: QWidget | None = None, version: int | None = None,
                 reload: Callable[[], tuple[PersonInput, int]] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._save = save
        self._reload = reload
        self.version = version
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
            self._save(self.values(), self.version)
        except StaleRecord as exc:
            self._settle_conflict(exc)
            return
        except UserError as exc:
            self._show_error(str(exc))
            return
        self.accept()

    def _settle_conflict(self, conflict: StaleRecord) -> None:
        choice = prompts.ask_reload_or_overwrite(self, self.tr("Changed by someone else"), str(conflict))
        if choice == "overwrite":
            self.version = conflict.current_version
            self._try_save()
        elif choice == "reload" and self._reload is not None:
            try:
                person, self.version = self._reload()
            except UserError as exc:
                self._show_error(str(exc))
                return
            self.set_values(person)
            self._show_error(self.tr("The form now shows the latest saved version."))
        else:
            self._show_error(str(conflict))

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()
