"""The perception check: the current user rates, at the start and at the end of a program, how well they
understand the other side's work; beneath, how each side's understanding shifted in that program."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSpinBox, QWidget

from shadowdesk.domain import PerceptionPhase, ProgramStatus
from shadowdesk.gui import prompts
from shadowdesk.gui.forms.ui_perception_dialog import Ui_PerceptionDialog
from shadowdesk.services.errors import UserError


class PerceptionDialog(QDialog):
    def __init__(self, services, person_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PerceptionDialog()
        self.ui.setupUi(self)
        self._perception = services.perception
        self._programs = services.programs
        self._person = person_id
        self.score_spins: list[QSpinBox] = []
        self._shown_phase: PerceptionPhase | None = None  # the phase whose answers the spin boxes hold
        self._typed: dict[PerceptionPhase, list[int]] = {}  # answers typed for a phase, not saved yet
        self.ui.phaseCombo.addItem(self.tr("When joining the program"), PerceptionPhase.START)
        self.ui.phaseCombo.addItem(self.tr("When the program closes"), PerceptionPhase.END)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.close)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.phaseCombo.currentIndexChanged.connect(self._show_saved_answers)
        self._fill_programs()
        self.ui.programCombo.currentIndexChanged.connect(self._program_chosen)
        self._program_chosen()

    def _fill_programs(self) -> None:
        """The user's own programs; without a known user (the coordinator) every program, to see the shift."""
        for program in self._programs.list_programs():
            if self._person is None or any(
                    p.person_id == self._person for p in self._programs.enrolled(program.id)):
                self.ui.programCombo.addItem(program.name, program)

    def program_id(self) -> int | None:
        program = self.ui.programCombo.currentData()
        return program.id if program else None

    def _program_chosen(self) -> None:
        self._typed.clear()
        self._shown_phase = None
        program = self.ui.programCombo.currentData()
        can_answer = program is not None and self._person is not None
        if program is None:
            self.ui.whoLabel.setText(self.tr("You are not enrolled in any program yet.") if self._person
                                     else self.tr("There is no program yet."))
        elif self._person is None:
            self.ui.whoLabel.setText(self.tr(
                "To answer, set your email address in Preferences so ShadowDesk knows who you are. "
                "The shift below shows everyone's answers."))
        else:
            self.ui.whoLabel.setText(self.tr("You answer for yourself; the shift below counts only people "
                                             "who answered both at the start and at the end."))
            # A closed program asks for the closing answers; before that, the joining ones.
            phase = PerceptionPhase.END if program.status is ProgramStatus.CLOSED else PerceptionPhase.START
            self.ui.phaseCombo.setCurrentIndex(self.ui.phaseCombo.findData(phase))
        self._build_questions(program.id if can_answer else None)
        self._show_saved_answers()
        for widget in (self.ui.phaseCombo, self.ui.questionsBox, self.ui.saveButton):
            widget.setEnabled(can_answer)
        self.show_shift()

    def _build_questions(self, program_id: int | None) -> None:
        layout = self.ui.questionsLayout
        while layout.rowCount():
            layout.removeRow(0)
        self.score_spins = []
        self._shown_phase = None
        if program_id is None:
            return
        try:
            questions = self._perception.questions(program_id, self._person)
        except UserError as exc:
            prompts.show_error(self, self.tr("Perception Check"), str(exc))
            return
        for number, question in enumerate(questions, start=1):
            label = QLabel(f"{number}. {question}")
            label.setWordWrap(True)
            # A wrapped label asks for little width; this keeps each question on two lines or so.
            label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
            spin = QSpinBox()
            # 0 stands for "not answered yet", so a forgotten question is caught instead of saved as 1.
            spin.setRange(0, 5)
            spin.setSpecialValueText(self.tr("Not answered"))
            spin.setAccessibleName(question)
            spin.setAccessibleDescription(self.tr("1 means hardly at all, 5 means very well"))
            label.setBuddy(spin)
            layout.addRow(label, spin)
            self.score_spins.append(spin)

    def _show_saved_answers(self) -> None:
        """The chosen phase's answers: those typed here and not saved yet, else those saved before, so the user
        corrects them rather than starts over, and switching between the phases loses nothing typed."""
        if self._shown_phase is not None:
            self._typed[self._shown_phase] = [spin.value() for spin in self.score_spins]
        program_id = self.program_id()
        if not self.score_spins or program_id is None:
            return
        phase = PerceptionPhase(self.ui.phaseCombo.currentData())  # Qt hands the enum back as str
        self._shown_phase = phase
        answers = self._typed.get(phase) or self._perception.answers(program_id, self._person, phase)
        for spin, score in zip(self.score_spins, answers or [0] * len(self.score_spins), strict=True):
            spin.setValue(score)

    def save(self) -> None:
        title = self.tr("Save Answers")
        scores = [spin.value() for spin in self.score_spins]
        if 0 in scores:
            missing = scores.index(0)
            prompts.show_error(self, title, self.tr("Please answer question {number} with a number from 1 to 5.")
                               .format(number=missing + 1))
            self.score_spins[missing].setFocus()
            return
        try:
            phase = PerceptionPhase(self.ui.phaseCombo.currentData())  # Qt hands the enum back as str
            self._perception.record(self.program_id(), self._person, phase, scores)
        except UserError as exc:
            prompts.show_error(self, title, str(exc))
            return
        self.ui.whoLabel.setText(self.tr("Your answers are saved. You can correct them at any time."))
        self.show_shift()

    def show_shift(self) -> None:
        program_id = self.program_id()
        if program_id is None:
            self.ui.shiftLabel.setText("")
            return
        try:
            sides = self._perception.shift(program_id)
        except UserError as exc:
            self.ui.shiftLabel.setText(html.escape(str(exc)))
            return
        lines, locale = [], QLocale()
        for side in sides:
            department = html.escape(side.department)
            if not side.people:
                lines.append(self.tr("<b>{department}</b>: nobody has answered at both the start and the end "
                                     "yet.").format(department=department))
                continue
            start, end = sum(side.start) / len(side.start), sum(side.end) / len(side.end)
            lines.append(self.tr("<b>{department}</b>: {start} → {end} ({shift}); answered at both the start "
                                 "and the end: %n", "", side.people).format(
                department=department, start=locale.toString(start, "f", 1),
                end=locale.toString(end, "f", 1),
                shift=("+" if side.overall_shift >= 0 else "") + locale.toString(side.overall_shift, "f", 1)))
        self.ui.shiftLabel.setText("<br>".join(lines))
