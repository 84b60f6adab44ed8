"""Rate my skills: a participant's own level on each skill of their side in one program, at the start of the
program or at its end (the two phases are kept side by side, like the perception check).

Entry point: SelfRatingDialog(skills, viewer, own_skills, parent).open(); `saved` is emitted once the levels
are stored. Every level chosen anew is one rating through SkillService.rate_self, which refuses what the
signed-in person may not give; a level left as it was is not given again, so the history holds only what
the person said.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from shadowdesk.gui import prompts
from shadowdesk.services.errors import UserError
from shadowdesk.services.identity import Viewer
from shadowdesk.services.skills import OwnSkills, SkillService

START, END = "start", "end"  # SkillService.rate_self's phases
NOT_RATED = -1  # the level combos' "not rated" (a None item data could not be found again)


class SelfRatingDialog(QDialog):
    saved = Signal()

    def __init__(self, skills: SkillService, viewer: Viewer, own: OwnSkills, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._skills, self._viewer, self._own = skills, viewer, own
        self.setWindowTitle(self.tr("Rate my skills: {program}").format(program=own.program_name))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("How well can you do each of these? Rate yourself when the program starts and again "
                               "when it ends: both are kept, side by side. 0 none, 1 knows what it is, 2 does it "
                               "with help, 3 does it alone, 4 teaches it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.phase_combo = QComboBox()
        self.phase_combo.addItem(self.tr("At the start of the program"), START)
        self.phase_combo.addItem(self.tr("At the end of the program"), END)
        form.addRow(self.tr("&When:"), self.phase_combo)
        self.level_combos: list[QComboBox] = []
        for own_skill in own.skills:
            combo = QComboBox()
            combo.addItem(self.tr("not rated"), NOT_RATED)
            for level, line in enumerate(own_skill.skill.rubric):
                combo.addItem(f"{level} · {line}", level)
            combo.setToolTip(own_skill.skill.description)
            combo.setAccessibleName(own_skill.skill.name)
            label = QLabel(own_skill.skill.name)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.level_combos.append(combo)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.phase_combo.currentIndexChanged.connect(self._show_given)
        # Someone who rated the start already is most likely back for the end.
        started = any(own_skill.levels.self_start is not None for own_skill in own.skills)
        self.phase_combo.setCurrentIndex(self.phase_combo.findData(END if started else START))
        self._show_given()

    def phase(self) -> str:
        return self.phase_combo.currentData()

    def _given(self) -> list[int]:
        """The levels the person gave in the chosen phase, per skill (NOT_RATED: none yet)."""
        given = [own_skill.levels.self_start if self.phase() == START else own_skill.levels.self_end
                 for own_skill in self._own.skills]
        return [NOT_RATED if level is None else level for level in given]

    def _show_given(self) -> None:
        for combo, level in zip(self.level_combos, self._given(), strict=True):
            combo.setCurrentIndex(combo.findData(level))

    def save(self) -> None:
        phase, stored = self.phase(), 0
        try:
            for own_skill, combo, given in zip(self._own.skills, self.level_combos, self._given(), strict=True):
                level = combo.currentData()
                if level != NOT_RATED and level != given:
                    self._skills.rate_self(self._viewer.person_id, own_skill.skill.id, phase, level, self._viewer)
                    stored += 1
        except UserError as exc:
            prompts.show_error(self, self.tr("Rate my skills"), str(exc))
            if stored:  # the levels before the refused one are kept: the home shows them
                self.saved.emit()
            return
        self.saved.emit()
        self.accept()
