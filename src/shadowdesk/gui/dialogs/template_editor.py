"""Reflection templates for the coordinator: name, the kind of session and the side they fit, and the prompts.

A note copies its template's prompts when it is started, so editing a template only changes notes started
afterwards; the dialog says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from shadowdesk.domain import SessionKind
from shadowdesk.gui import prompts
from shadowdesk.gui.forms.ui_template_editor import Ui_TemplateEditor
from shadowdesk.gui.models.note_tables import kind_label
from shadowdesk.services.errors import UserError


class TemplateEditor(QDialog):
    def __init__(self, reflections, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TemplateEditor()
        self.ui.setupUi(self)
        self._service = reflections
        self.ui.kindCombo.addItem(self.tr("Any kind of session"), None)
        for kind in SessionKind:
            self.ui.kindCombo.addItem(kind_label(kind), kind)
        self.ui.roleCombo.addItem(self.tr("Host or guest"), None)
        self.ui.roleCombo.addItem(self.tr("Host"), "host")
        self.ui.roleCombo.addItem(self.tr("Guest"), "guest")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.close)
        self.ui.templatesList.currentItemChanged.connect(self._show_current)
        self.ui.newButton.clicked.connect(self.start_new)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.deleteButton.clicked.connect(self.delete)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.ui.templatesList.clear()
        for template in self._service.templates():
            item = QListWidgetItem(template.name + (self.tr(" (built-in)") if template.builtin else ""))
            item.setData(Qt.ItemDataRole.UserRole, template)
            self.ui.templatesList.addItem(item)
            if template.id == select_id:
                self.ui.templatesList.setCurrentItem(item)
        if self.ui.templatesList.currentRow() < 0 and self.ui.templatesList.count():
            self.ui.templatesList.setCurrentRow(0)

    def current(self):
        return self.current_at(self.ui.templatesList.currentRow())

    def current_at(self, row: int):
        """The template listed in that row, or None."""
        item = self.ui.templatesList.item(row)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_current(self, *_args) -> None:
        template = self.current()
        if template is None:
            return
        self.ui.nameEdit.setText(template.name)
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(template.session_kind))
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(template.role))
        self.ui.promptsEdit.setPlainText("\n".join(template.prompts))
        self.ui.deleteButton.setEnabled(not template.builtin)  # the service keeps built-in ones
        self.ui.statusLabel.setText("")

    def start_new(self) -> None:
        self.ui.templatesList.setCurrentRow(-1)
        self.ui.templatesList.clearSelection()
        self.ui.nameEdit.clear()
        self.ui.kindCombo.setCurrentIndex(0)
        self.ui.roleCombo.setCurrentIndex(0)
        self.ui.promptsEdit.clear()
        self.ui.deleteButton.setEnabled(False)
        self.ui.statusLabel.setText(self.tr("New template"))
        self.ui.nameEdit.setFocus()

    def save(self) -> None:
        template = self.current()
        kind = self.ui.kindCombo.currentData()
        try:
            saved = self._service.save_template(
                template.id if template else None,
                self.ui.nameEdit.text(),
                kind and SessionKind(kind),  # Qt hands the enum back as str
                self.ui.roleCombo.currentData(),
                self.ui.promptsEdit.toPlainText().splitlines(),
            )
        except UserError as exc:
            prompts.show_error(self, self.tr("Save Template"), str(exc))
            return
        self.reload(saved.id)
        self.ui.statusLabel.setText(self.tr("Saved."))

    def delete(self) -> None:
        template = self.current()
        title = self.tr("Delete Template")
        if template is None or not prompts.ask_yes_no(self, title, self.tr(
                "Delete the template {name}? Notes already written with it keep their prompts.").format(
                    name=template.name)):
            return
        try:
            self._service.delete_template(template.id)
        except UserError as exc:
            prompts.show_error(self, title, str(exc))
            return
        self.reload()
