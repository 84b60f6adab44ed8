"""The Customers section's dialogs: add or edit a customer, add or edit a project (its PM owner chosen from
the active people), and choose one of a list (the customer to keep in a merge, a project's new customer).

Each stays open, saying what is wrong, until its save succeeds. When someone else saved the record since the
dialog opened, the user chooses to reload their version, overwrite it, or go back to the form."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from shadowdesk.gui import prompts
from shadowdesk.gui.forms.ui_customer_dialog import Ui_CustomerDialog
from shadowdesk.gui.forms.ui_project_dialog import Ui_ProjectDialog
from shadowdesk.services.customers import CustomerDraft, ProjectDraft
from shadowdesk.services.errors import StaleRecord, UserError


class _SavingDialog(QDialog):
    """save(values, version) raises UserError to keep the dialog open; reload() -> (values, version)."""

    def __init__(self, save: Callable, version: int | None, reload: Callable | None, parent: QWidget | None):
        super().__init__(parent)
        self._save, self._reload, self.version = save, reload, version

    def _wire(self, ui) -> None:
        self.ui = ui
        ui.errorLabel.hide()
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self._try_save)
        ui.buttonBox.rejected.connect(self.reject)

    def _try_save(self) -> None:
        try:
            self._save(self.values(), self.version)
        except StaleRecord as exc:
            self._settle_conflict(exc)
            return
        except UserError as exc:
            self.show_error(str(exc))
            return
        self.accept()

    def _settle_conflict(self, conflict: StaleRecord) -> None:
        choice = prompts.ask_reload_or_overwrite(self, self.tr("Changed by someone else"), str(conflict))
        if choice == "overwrite":
            self.version = conflict.current_version
            self._try_save()
        elif choice == "reload" and self._reload is not None:
            try:
                values, self.version = self._reload()
            except UserError as exc:
                self.show_error(str(exc))
                return
            self.set_values(values)
            self.show_error(self.tr("The form now shows the latest saved version."))
        else:
            self.show_error(str(conflict))

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()

    def values(self):
        raise NotImplementedError

    def set_values(self, values) -> None:
        raise NotImplementedError


class CustomerDialog(_SavingDialog):
    def __init__(self, save: Callable[[CustomerDraft, int | None], None], customer: CustomerDraft | None = None,
                 parent: QWidget | None = None, version: int | None = None,
                 reload: Callable[[], tuple[CustomerDraft, int]] | None = None) -> None:
        super().__init__(save, version, reload, parent)
        ui = Ui_CustomerDialog()
        ui.setupUi(self)
        self._wire(ui)
        self.setWindowTitle(self.tr("Edit customer") if customer else self.tr("Add customer"))
        self.set_values(customer or CustomerDraft(""))

    def set_values(self, values: CustomerDraft) -> None:
        self.ui.nameEdit.setText(values.name)
        self.ui.industryEdit.setText(values.industry)
        self.ui.countryEdit.setText(values.country)

    def values(self) -> CustomerDraft:
        return CustomerDraft(self.ui.nameEdit.text(), self.ui.industryEdit.text(), self.ui.countryEdit.text())


class ProjectDialog(_SavingDialog):
    """people: (name, email) of the active people, offered as PM owner."""

    def __init__(self, save: Callable[[ProjectDraft, int | None], None], people: Sequence[tuple[str, str]],
                 project: ProjectDraft | None = None, parent: QWidget | None = None, version: int | None = None,
                 reload: Callable[[], tuple[ProjectDraft, int]] | None = None) -> None:
        super().__init__(save, version, reload, parent)
        ui = Ui_ProjectDialog()
        ui.setupUi(self)
        self._wire(ui)
        self.setWindowTitle(self.tr("Edit project") if project else self.tr("Add project"))
        self.ui.pmCombo.addItem(self.tr("No PM owner"), "")
        for name, email in people:
            self.ui.pmCombo.addItem(f"{name} <{email}>", email)
        self.set_values(project or ProjectDraft(""))

    def set_values(self, values: ProjectDraft) -> None:
        self.ui.nameEdit.setText(values.name)
        self.ui.referenceEdit.setText(values.reference)
        found = self.ui.pmCombo.findData(values.pm_email)
        if found < 0:  # an owner deactivated since: still shown, so saving keeps them
            self.ui.pmCombo.addItem(values.pm_email, values.pm_email)
            found = self.ui.pmCombo.count() - 1
        self.ui.pmCombo.setCurrentIndex(found)

    def values(self) -> ProjectDraft:
        return ProjectDraft(self.ui.nameEdit.text(), self.ui.referenceEdit.text(), self.ui.pmCombo.currentData())


class ChoiceDialog(QDialog):
    """One choice among (label, id) pairs; save(id) raises UserError to keep the dialog open."""

    def __init__(self, title: str, text: str, choices: Sequence[tuple[str, int]], save: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        label = QLabel(text)
        label.setWordWrap(True)
        self.combo = QComboBox()
        for choice_label, choice_id in choices:
            self.combo.addItem(choice_label, choice_id)
        label.setBuddy(self.combo)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(choices))
        layout = QVBoxLayout(self)
        for widget in (label, self.combo, self.error_label, self.buttons):
            layout.addWidget(widget)
        self.buttons.accepted.connect(self._try_save)
        self.buttons.rejected.connect(self.reject)

    def _try_save(self) -> None:
        try:
            self._save(self.combo.currentData())
        except UserError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.accept()
