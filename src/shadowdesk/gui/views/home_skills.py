"""The skills parts of the home (gui/views/home.py).

- A participant's "Your skills": for each program with skills for their side, each skill with their own
  rating at the start and now, the level a host observed or a coordinator recorded (a column of its own,
  never merged with their word), the target and the gap; "Rate my skills…" opens the self-rating dialog.
- A manager's "Skills before and after": for the chosen program, per skill, the share of the learning side
  at level 2 or more by their own ratings at the start and at the end, two bars per skill; a click on the
  chart asks for the program's Skills matrix.

Both show what services.homes read for the signed-in person, nothing more: the levels come as the rating
rule (services/skills.rating_visible_to) lets that person read them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shadowdesk.gui.views.home_charts import BarChart

if TYPE_CHECKING:  # plain values the home's worker read; importing them here would load SQLAlchemy
    from shadowdesk.services.homes import ProgramHealth
    from shadowdesk.services.skills import OwnSkill, OwnSkills, SkillCoverage

NO_LEVEL = "–"


class OwnSkillsPart(QGroupBox):
    """Where the participant started and where they are, per program and skill."""

    rate_requested = Signal(object)  # the OwnSkills of the program whose "Rate my skills…" was pressed

    COL_SKILL, COL_START, COL_NOW, COL_OBSERVED, COL_TARGET, COL_GAP = range(6)

    def __init__(self, programs: Sequence[OwnSkills], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your skills: where you started, where you are"), parent)
        layout = QVBoxLayout(self)
        self.tables: list[QTreeWidget] = []
        self.rate_buttons: list[QPushButton] = []
        self.hints: list[QLabel] = []
        for program in programs:
            heading = QLabel(self.tr("{program}: what you learn from {department}").format(
                program=program.program_name, department=program.learned_from))
            heading.setStyleSheet("font-weight: 600;")
            layout.addWidget(heading)
            table = self._table(program)
            layout.addWidget(table)
            row = QHBoxLayout()
            hint = QLabel(self._hint(program))
            hint.setWordWrap(True)
            button = QPushButton(self.tr("Rate my skills…"))
            button.setToolTip(self.tr("Your own level on each skill, at the start of the program or at its end"))
            button.clicked.connect(lambda _checked=False, chosen=program: self.rate_requested.emit(chosen))
            row.addWidget(hint, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
            self.tables.append(table)
            self.hints.append(hint)
            self.rate_buttons.append(button)

    def _table(self, program: OwnSkills) -> QTreeWidget:
        table = QTreeWidget()
        table.setAccessibleName(self.tr("Your skills in {program}").format(program=program.program_name))
        table.setRootIsDecorated(False)
        table.setHeaderLabels([self.tr("Skill"), self.tr("At the start"), self.tr("Now (your rating)"),
                               self.tr("Observed or recorded"), self.tr("Target"), self.tr("Gap")])
        for own in program.skills:
            table.addTopLevelItem(self._row(own))
        _fit(table)
        return table

    def _row(self, own: OwnSkill) -> QTreeWidgetItem:
        skill, levels, gap = own.skill, own.levels, own.gap
        item = QTreeWidgetItem([skill.name, _level(levels.self_start), _level(levels.self_end),
                                _level(levels.confirmed), str(skill.target_level), self._gap_text(own)])
        rubric = "\n".join(f"{number} · {line}" for number, line in enumerate(skill.rubric))
        item.setToolTip(self.COL_SKILL, "\n\n".join(part for part in (skill.description, rubric) if part))
        for column, level in ((self.COL_START, levels.self_start), (self.COL_NOW, levels.self_end),
                              (self.COL_OBSERVED, levels.confirmed), (self.COL_TARGET, skill.target_level)):
            if level is not None:
                item.setToolTip(column, skill.rubric[level])
        if levels.confirmed is not None:
            item.setToolTip(self.COL_OBSERVED, self.tr("Observed by a host: {observed}; recorded by a "
                                                       "coordinator: {recorded}").format(
                observed=_level(levels.observed), recorded=_level(levels.recorded)))
        if gap.gap and own.rated:
            font = QFont(item.font(self.COL_GAP))
            font.setBold(True)
            item.setFont(self.COL_GAP, font)
        return item

    def _gap_text(self, own: OwnSkill) -> str:
        gap = own.gap
        if not own.rated:
            return self.tr("not rated yet")
        if gap.gap == 0:
            return self.tr("target reached")
        if gap.source == "confirmed":
            return self.tr("{levels} below (observed or recorded)").format(levels=gap.gap)
        return self.tr("{levels} below (your own rating)").format(levels=gap.gap)

    def _hint(self, program: OwnSkills) -> str:
        if not any(own.rated for own in program.skills):
            return self.tr("Not rated yet. Rate yourself with Rate my skills… when the program starts and again "
                           "when it ends; the host of a session that teaches a skill adds the level they "
                           "observed.")
        return self.tr("Levels: 0 none, 1 knows what it is, 2 does it with help, 3 does it alone, 4 teaches it. "
                       "Hover over a level for what it means for that skill.")


class SkillCoveragePart(QGroupBox):
    """Per skill of the chosen program: the learners at level 2 or more before and after."""

    matrix_requested = Signal(int)  # the program whose Skills matrix to open

    def __init__(self, programs: Sequence[ProgramHealth], coverage: dict[int, tuple[SkillCoverage, ...]],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Skills before and after"), parent)
        self._coverage = coverage
        layout = QVBoxLayout(self)
        chooser = QHBoxLayout()
        self.program_combo = QComboBox()
        self.program_combo.setAccessibleName(self.tr("Program"))
        for health in programs:
            if health.program_id in coverage:
                self.program_combo.addItem(health.name, health.program_id)
        label = QLabel(self.tr("&Program:"))
        label.setBuddy(self.program_combo)
        chooser.addWidget(label)
        chooser.addWidget(self.program_combo)
        chooser.addStretch(1)
        layout.addLayout(chooser)
        self.chart = BarChart(self.tr("Learners at level 2 or more (%)"))
        self.chart.setMinimumHeight(240)
        self.chart.setToolTip(self.tr("Click the chart to open the program's skills matrix"))
        layout.addWidget(self.chart)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("Learners at level 2 or more, before and after"))
        self.table.setHeaderLabels(["#", self.tr("Skill"), self.tr("Learned by"), self.tr("Before"), self.tr("After")])
        layout.addWidget(self.table)
        self.chart.bar_clicked.connect(lambda _index: self.matrix_requested.emit(self.program_combo.currentData()))
        self.table.itemActivated.connect(lambda *_: self.matrix_requested.emit(self.program_combo.currentData()))
        self.program_combo.currentIndexChanged.connect(self._show)
        self._show()

    def _show(self) -> None:
        skills = self._coverage[self.program_combo.currentData()]
        # A program has a dozen skills or so, too many names for the axis: it numbers them, the list names them.
        numbers = [str(number) for number in range(1, len(skills) + 1)]
        self.chart.draw([skill.name for skill in skills], [
            (self.tr("Before"), [_share(skill.before_2, skill.learners) for skill in skills]),
            (self.tr("After"), [_share(skill.after_2, skill.learners) for skill in skills])], ticks=numbers)
        self.table.clear()
        for number, skill in zip(numbers, skills, strict=True):
            self.table.addTopLevelItem(QTreeWidgetItem([
                number, skill.name, skill.learning_department, self._counted(skill.before_2, skill.learners),
                self._counted(skill.after_2, skill.learners)]))
        _fit(self.table)

    def _counted(self, reached: int, learners: int) -> str:
        return self.tr("{reached} of {learners} ({share} %)").format(
            reached=reached, learners=learners, share=round(_share(reached, learners)))


def _fit(table: QTreeWidget) -> None:
    """Columns as wide as their texts, and every row visible without a scroll bar of the table's own: the
    home scrolls as a whole."""
    for column in range(table.columnCount()):
        table.resizeColumnToContents(column)
    rows = table.topLevelItemCount()
    row_height = table.sizeHintForRow(0) if rows else 0
    table.setFixedHeight(table.header().sizeHint().height() + rows * row_height + 2 * table.frameWidth() + 4)


def _level(level: int | None) -> str:
    return NO_LEVEL if level is None else str(level)


def _share(reached: int, learners: int) -> float:
    return 100 * reached / learners if learners else 0.0
