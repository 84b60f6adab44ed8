"""The skills matrix as a table: one row per person, their name and side, then one column per skill whose
cell shows the self-ratings (start → end) and the level others gave, coloured by the level the person stands
at; it may show only the people with a gap on a skill of their own side.

Each cell's text and level are worked out once, by prepare() in the worker that read the matrix, so that
showing 2,000 people by 12 skills and painting them cost the GUI thread lookups only (benchmarks/bench_views.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from shadowdesk.gui.models.rows import EveryRoleAtOnce
from shadowdesk.gui.typed_qt import QT_TRANSLATE_NOOP
from shadowdesk.services.skills import LEVEL_NAMES, Levels, Matrix, MatrixRow, standing_level

# Level 0 to 4, from a pale red through amber to green: readable with black text in light and dark themes.
LEVEL_COLOURS = ("#f4c7c3", "#fbe3b5", "#fff2a8", "#cfe8c0", "#9fd49a")
NO_LEVEL = "–"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SkillsModel", text)


def _level(value: int | None) -> str:
    return NO_LEVEL if value is None else str(value)


def cell_text(levels: Levels) -> str:
    """ "1→3 · 3": the self-ratings at the start and the end, then the level others gave (observed, or
    recorded when higher), never blended into one number."""
    text = f"{_level(levels.self_start)}→{_level(levels.self_end)}"
    return text + (f" · {levels.confirmed}" if levels.confirmed is not None else "")


@dataclass(frozen=True)
class MatrixCells:
    """A matrix with what its table shows, worked out off the GUI thread."""

    matrix: Matrix
    texts: tuple[tuple[str, ...], ...]  # per row, per skill: cell_text, or "" when never rated
    levels: tuple[tuple[int | None, ...], ...]  # per row, per skill: the standing level, None when never rated
    gap_rows: frozenset[int]  # rows below a target on a skill of their side
    longest_name: str  # what the name column's width is measured on


def prepare(matrix: Matrix) -> MatrixCells:
    """Pure Python, no Qt: safe in a worker thread."""
    texts, levels = [], []
    for row in matrix.rows:
        cells = [(lv, any(v is not None for v in (lv.self_start, lv.self_end, lv.observed, lv.recorded)))
                 for lv in row.levels]
        texts.append(tuple(cell_text(lv) if rated else "" for lv, rated in cells))
        levels.append(tuple(standing_level(lv) if rated else None for lv, rated in cells))
    gaps = frozenset(n for n, row in enumerate(matrix.rows) if matrix.has_gap(row))
    longest = max((row.full_name for row in matrix.rows), key=len, default="")
    return MatrixCells(matrix, tuple(texts), tuple(levels), gaps, longest)


_BRUSHES: dict[str, QBrush] = {}


def _brush(colour: str) -> QBrush:
    """One brush per colour for the whole program: data() is asked for one per painted cell."""
    if colour not in _BRUSHES:
        _BRUSHES[colour] = QBrush(QColor(colour))
    return _BRUSHES[colour]


def cell_tooltip(skill_name: str, levels: Levels, target: int) -> str:
    translate = QCoreApplication.translate  # literal calls below: lupdate finds only strings at the call
    lines = [skill_name,
             translate("SkillsModel", "Self-rating at the start: {level}").format(level=_level(levels.self_start)),
             translate("SkillsModel", "Self-rating at the end: {level}").format(level=_level(levels.self_end)),
             translate("SkillsModel", "Observed by a host: {level}").format(level=_level(levels.observed)),
             translate("SkillsModel", "Recorded by a coordinator: {level}").format(level=_level(levels.recorded)),
             translate("SkillsModel", "Target: {level} ({name})").format(level=target, name=LEVEL_NAMES[target])]
    return "\n".join(lines)


class SkillsMatrixModel(EveryRoleAtOnce, QAbstractTableModel):
    COL_NAME, COL_SIDE = 0, 1
    FIRST_SKILL = 2
    headers = (QT_TRANSLATE_NOOP("SkillsModel", "Name"), QT_TRANSLATE_NOOP("SkillsModel", "Side"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self.cells: MatrixCells | None = None
        self._gaps_only = False
        # The matrix rows shown, in order. The model filters itself: a QSortFilterProxyModel asked Python
        # whether to keep each of 2,000 rows at every reset, even with no filter on.
        self._shown: Sequence[int] = ()

    def set_matrix(self, matrix: Matrix | MatrixCells | None) -> None:
        """A matrix, or one prepare()d already (in a worker)."""
        cells = prepare(matrix) if isinstance(matrix, Matrix) else matrix
        self.beginResetModel()
        self.cells = cells
        self.matrix = cells.matrix if cells else None
        self._shown = self._rows_shown()
        self.endResetModel()

    def set_gaps_only(self, gaps_only: bool) -> None:
        """Everyone, or only the people below the target on a skill of their own side."""
        self.beginResetModel()
        self._gaps_only = gaps_only
        self._shown = self._rows_shown()
        self.endResetModel()

    def _rows_shown(self) -> Sequence[int]:
        if self.cells is None:
            return ()
        if self._gaps_only:
            return sorted(self.cells.gap_rows)
        return range(len(self.cells.matrix.rows))

    def row_at(self, row: int) -> MatrixRow:
        assert self.matrix is not None
        return self.matrix.rows[self._shown[row]]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        if parent.isValid():
            return 0
        return self.FIRST_SKILL + (len(self.matrix.skills) if self.matrix else 0)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section < self.FIRST_SKILL:
            return _tr(self.headers[section]) if role == Qt.ItemDataRole.DisplayRole else None
        assert self.matrix is not None  # columnCount() counts skill columns only with a matrix
        skill = self.matrix.skills[section - self.FIRST_SKILL]
        if role == Qt.ItemDataRole.DisplayRole:
            return skill.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([skill.name, skill.description, *(f"{n}: {line}" for n, line in enumerate(skill.rubric))])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.cells is None or self.matrix is None or not 0 <= index.row() < len(
                self._shown):
            return None
        number = self._shown[index.row()]
        row, column = self.matrix.rows[number], index.column()
        if column == self.COL_NAME:
            return row.full_name if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) else None
        if column == self.COL_SIDE:
            return self.matrix.departments[row.side] if role == Qt.ItemDataRole.DisplayRole else None
        if not self.FIRST_SKILL <= column < self.columnCount():
            return None
        skill_index = column - self.FIRST_SKILL
        level = self.cells.levels[number][skill_index]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells.texts[number][skill_index]
        if role == Qt.ItemDataRole.ToolTipRole:
            skill = self.matrix.skills[skill_index]
            return cell_tooltip(skill.name, row.level(skill_index), skill.target_level)
        if role == Qt.ItemDataRole.BackgroundRole and level is not None:
            return _brush(LEVEL_COLOURS[level])
        if role == Qt.ItemDataRole.ForegroundRole and level is not None:
            return _brush("#1f2933")  # dark on the pale level colours, whatever the theme
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
