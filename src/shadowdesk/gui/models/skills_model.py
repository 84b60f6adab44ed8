"""The skills matrix as a table: one row per person, their name and side, then one column per skill whose
cell shows the self-ratings (start → end) and the level others gave, coloured by the level the person stands
at; a proxy keeps only the people with a gap on a skill of their own side."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

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


def cell_tooltip(skill_name: str, levels: Levels, target: int) -> str:
    lines = [skill_name,
             _tr("Self-rating at the start: {level}").format(level=_level(levels.self_start)),
             _tr("Self-rating at the end: {level}").format(level=_level(levels.self_end)),
             _tr("Observed by a host: {level}").format(level=_level(levels.observed)),
             _tr("Recorded by a coordinator: {level}").format(level=_level(levels.recorded)),
             _tr("Target: {level} ({name})").format(level=target, name=LEVEL_NAMES[target])]
    return "\n".join(lines)


class SkillsMatrixModel(QAbstractTableModel):
    COL_NAME, COL_SIDE = 0, 1
    FIRST_SKILL = 2
    headers = (QT_TRANSLATE_NOOP("SkillsModel", "Name"), QT_TRANSLATE_NOOP("SkillsModel", "Side"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix: Matrix | None = None

    def set_matrix(self, matrix: Matrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def row_at(self, row: int) -> MatrixRow:
        assert self.matrix is not None
        return self.matrix.rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows)

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
        skill = self.matrix.skills[section - self.FIRST_SKILL]
        if role == Qt.ItemDataRole.DisplayRole:
            return skill.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([skill.name, skill.description, *(f"{n}: {line}" for n, line in enumerate(skill.rubric))])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.matrix is None or not 0 <= index.row() < len(self.matrix.rows):
            return None
        row, column = self.matrix.rows[index.row()], index.column()
        if column == self.COL_NAME:
            return row.full_name if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) else None
        if column == self.COL_SIDE:
            return self.matrix.departments[row.side] if role == Qt.ItemDataRole.DisplayRole else None
        if not self.FIRST_SKILL <= column < self.columnCount():
            return None
        skill, levels = self.matrix.skills[column - self.FIRST_SKILL], row.levels[column - self.FIRST_SKILL]
        rated = any(v is not None for v in (levels.self_start, levels.self_end, levels.observed, levels.recorded))
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(levels) if rated else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(skill.name, levels, skill.target_level)
        if role == Qt.ItemDataRole.BackgroundRole and rated:
            return QBrush(QColor(LEVEL_COLOURS[standing_level(levels)]))
        if role == Qt.ItemDataRole.ForegroundRole and rated:
            return QBrush(QColor("#1f2933"))  # dark on the pale level colours, whatever the theme
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class GapsFilter(QSortFilterProxyModel):
    """Everyone, or only the people below the target on a skill of their own side."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gaps_only = False

    def set_gaps_only(self, gaps_only: bool) -> None:
        self.beginFilterChange()
        self._gaps_only = gaps_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not self._gaps_only or not isinstance(model, SkillsMatrixModel) or model.matrix is None:
            return True
        return model.matrix.has_gap(model.row_at(source_row))
