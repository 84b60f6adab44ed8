"""The pairs the planner must never make in a program: listed with the global ones, added and removed.

Each new exclusion names one person enrolled on each side; the coordinator types part of a name and picks
from the matches, and chooses whether the exclusion holds in this program only or in every program.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QWidget

from shadowdesk.domain import Side
from shadowdesk.gui import prompts
from shadowdesk.gui.forms.ui_exclusions_dialog import Ui_ExclusionsDialog
from shadowdesk.gui.models.exclusions_model import ExclusionsTableModel
from shadowdesk.gui.tables import fit_columns_to_rows
from shadowdesk.services.errors import UserError
from shadowdesk.services.pairing import ExclusionInfo
from shadowdesk.services.programs import ProgramInfo


def _fill(combo: QComboBox, people) -> None:
    people = list(people)
    names = Counter(person.full_name.casefold() for person in people)
    for person in people:
        # Two people of the same name are told apart by their email, so the typed text names one person.
        shared = names[person.full_name.casefold()] > 1
        combo.addItem(f"{person.full_name} <{person.email}>" if shared else person.full_name, person.person_id)
    combo.setCurrentIndex(-1)
    # Type any part of a name ("oliv" finds Sofia Oliveira), not only its beginning.
    completer = combo.completer()
    assert completer is not None  # an editable combo box has one
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


def _mnemonic_safe(text: str) -> str:
    """A department like "R&D" in a label: the & is shown, not taken as a keyboard shortcut."""
    return text.replace("&", "&&")


class ExclusionsDialog(QDialog):
    def __init__(self, services, program: ProgramInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExclusionsDialog()
        self.ui.setupUi(self)
        self._services = services
        self._program = program
        self.ui.headingLabel.setText(self.tr(
            "The planner never pairs these people in “{program}”. Managers and their direct reports are "
            "never paired either; they are not listed here.").format(program=program.name))
        self.model = ExclusionsTableModel(self)
        self.ui.exclusionsTable.setModel(self.model)
        self.ui.exclusionsTable.verticalHeader().hide()
        self.ui.exclusionsTable.horizontalHeader().setStretchLastSection(True)
        fit_columns_to_rows(self.ui.exclusionsTable)
        self.ui.personALabel.setText(self.tr("Side &A ({department})").format(
            department=_mnemonic_safe(program.side_a)))
        self.ui.personBLabel.setText(self.tr("Side &B ({department})").format(
            department=_mnemonic_safe(program.side_b)))
        for combo, side in ((self.ui.personACombo, Side.A), (self.ui.personBCombo, Side.B)):
            _fill(combo, services.programs.enrolled(program.id, side))
            combo.lineEdit().setPlaceholderText(self.tr("Type part of a name"))
        self.ui.exclusionsTable.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.excludeButton.clicked.connect(self.exclude)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.refresh()
        self.ui.personACombo.setFocus()

    def refresh(self, select_id: int | None = None) -> None:
        self.model.set_rows(self._services.pairing.exclusions(self._program.id))
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row >= 0:
            self.ui.exclusionsTable.selectRow(row)
        self._selection_changed()

    def selected(self) -> ExclusionInfo | None:
        rows = self.ui.exclusionsTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self.ui.removeButton.setEnabled(self.selected() is not None)

    def _chosen(self, combo: QComboBox, side: Side, department: str) -> int:
        """The person whose name is in the box; typed text must be one of the listed names."""
        text = combo.currentText().strip()
        index = combo.currentIndex()
        if index < 0 or combo.itemText(index).casefold() != text.casefold():
            index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            raise UserError(self.tr("Pick a name from the list of side {side} ({department}).").format(
                side=side.value.upper(), department=department))
        return combo.itemData(index)

    def exclude(self) -> None:
        try:
            person_a = self._chosen(self.ui.personACombo, Side.A, self._program.side_a)
            person_b = self._chosen(self.ui.personBCombo, Side.B, self._program.side_b)
            program_id = None if self.ui.everyProgramRadio.isChecked() else self._program.id
            made = self._services.pairing.exclude(person_a, person_b, program_id, self.ui.reasonEdit.text())
        except UserError as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        self.ui.errorLabel.clear()
        for combo in (self.ui.personACombo, self.ui.personBCombo):
            combo.setCurrentIndex(-1)
        self.ui.reasonEdit.clear()
        self.refresh(made.id)
        self.ui.personACombo.setFocus()

    def remove_selected(self) -> None:
        exclusion = self.selected()
        if exclusion is None:
            return
        question = self.tr("Allow {a} and {b} to be paired again in every program?") \
            if exclusion.program_id is None else self.tr("Allow {a} and {b} to be paired again in “{program}”?")
        if not prompts.ask_yes_no(self, self.tr("Remove exclusion"), question.format(
                a=exclusion.person_a_name, b=exclusion.person_b_name, program=self._program.name)):
            return
        try:
            self._services.pairing.remove_exclusion(exclusion.id)
        except UserError as exc:  # removed meanwhile by another coordinator: the list below shows that
            prompts.show_error(self, self.tr("Not removed"), str(exc))
        self.refresh()
