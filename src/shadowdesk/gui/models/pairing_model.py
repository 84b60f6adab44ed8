"""Table models of pairs: those saved in a program, and a planner's proposal under review."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import cast

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from shadowdesk.domain import PairingStatus
from shadowdesk.gui.models.rows import RowsTableModel
from shadowdesk.gui.plurals import plurals
from shadowdesk.gui.typed_qt import QT_TRANSLATE_NOOP, qdate
from shadowdesk.labels import label
from shadowdesk.services.dashboard import PairProgress
from shadowdesk.services.pairing import PairInfo, ProposedRow


def progress_label(progress: PairProgress) -> str:
    """How a pair stands against the program's targets, as the report names it."""
    if progress.stalled:
        return QCoreApplication.translate("PairingModel", "Stalled")
    return label(progress.status)


def _amount(value: float) -> str:
    """Hours to a tenth, without a trailing zero, in the window's locale: "3.5", "3,5", "6"."""
    return QLocale().toString(float(round(value, 1)), "g", 12)


class PairsTableModel(RowsTableModel):
    """A program's pairs, each with its progress against the targets (counted in the database by the
    reports service; empty cells until it has come)."""

    context = "ProgramsModel"
    (COL_ROUND, COL_A, COL_B, COL_STATUS, COL_SESSIONS, COL_HOURS, COL_NEXT, COL_SINCE, COL_PROGRESS,
     COL_REASON) = range(10)
    headers = (QT_TRANSLATE_NOOP("ProgramsModel", "Round"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Side A"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Side B"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Status"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Sessions"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Hours"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Next session"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Last met"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Progress"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Reason"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._progress: dict[int, PairProgress] = {}

    def progress_of(self, item: PairInfo) -> PairProgress | None:
        return self._progress.get(item.id)

    def cell(self, item: PairInfo, column: int) -> str:
        if column == self.COL_ROUND:
            return "" if item.round is None else str(item.round)
        if column in (self.COL_A, self.COL_B):
            return item.person_a_name if column == self.COL_A else item.person_b_name
        if column == self.COL_STATUS:
            return label(item.status)
        if column == self.COL_REASON:
            return item.reason
        progress = self._progress.get(item.id)
        if progress is None:
            return ""
        if column == self.COL_SESSIONS:
            return f"{progress.sessions_done} / {progress.sessions_target}"
        if column == self.COL_HOURS:
            return f"{_amount(progress.hours_done)} / {_amount(progress.hours_target)}"
        if column == self.COL_NEXT:
            return progress.next_planned.isoformat() if progress.next_planned else "–"
        if column == self.COL_SINCE:
            days = progress.days_since_last_session
            return "–" if days is None else plurals().days_ago(days)
        return progress_label(progress)

    def muted(self, item: PairInfo) -> bool:
        return item.status is PairingStatus.ENDED


class ProposalTableModel(RowsTableModel):
    """The proposal as the coordinator edits it: partners swapped between rows, rows removed or paired by hand,
    and each round's first and last day changed (a date cell edits the dates of its whole round).

    A round's dates are held once, per round, and are what every row of the round shows and hands back: a
    proposal of 2,000 pairs in one round changes its dates in one step, and a cell is a lookup, never a
    formatting of its row, so the view pays only for the rows it shows."""

    context = "ProgramsModel"
    COL_ROUND, COL_A, COL_B, COL_REASON, COL_START, COL_END = range(6)
    headers = (QT_TRANSLATE_NOOP("ProgramsModel", "Round"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Side A"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Side B"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Reason"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Round starts"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Round ends"))
    refused = Signal(str)  # a date change that was not made, in plain words

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._days: dict[int, tuple[date | None, date | None]] = {}  # round -> its first and last day
        self._round_texts: dict[int, tuple[str, str, str]] = {}  # round -> its number, first and last day shown

    def set_rows(self, rows: Sequence[ProposedRow], rounds: Sequence[tuple[int, date, date]] = ()) -> None:
        """rounds: (round, first day, last day) of every round planned, those left with no pair included."""
        days: dict[int, tuple[date | None, date | None]] = {number: (start, end) for number, start, end in rounds}
        for row in rows:
            days.setdefault(row.round, (row.round_start, row.round_end))
        self.beginResetModel()
        self._rows = list(rows)
        self._days, self._round_texts = {}, {}
        for number, (start, end) in days.items():
            self._keep_round_dates(number, start, end)
        self.endResetModel()

    def _keep_round_dates(self, round_number: int, start: date | None, end: date | None) -> None:
        self._days[round_number] = (start, end)
        self._round_texts[round_number] = (str(round_number), "" if start is None else start.isoformat(),
                                           "" if end is None else end.isoformat())

    def _dated(self, item: ProposedRow) -> ProposedRow:
        start, end = self._days[item.round]
        if (item.round_start, item.round_end) == (start, end):
            return item
        return replace(item, round_start=start, round_end=end)

    def row_at(self, row: int) -> ProposedRow:
        return self._dated(self._rows[row])

    def rows(self) -> list[ProposedRow]:
        """The rows as they stand, each with its round's dates."""
        return [self._dated(item) for item in self._rows]

    def cell(self, item: ProposedRow, column: int) -> str:
        if column == self.COL_A:
            return item.person_a_name
        if column == self.COL_B:
            return item.person_b_name
        if column == self.COL_REASON:
            return item.reason
        number, start, end = self._round_texts[item.round]
        return number if column == self.COL_ROUND else start if column == self.COL_START else end

    def item_id(self, item: ProposedRow) -> int:
        return item.person_a_id

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() in (self.COL_START, self.COL_END):
            start, end = self._days[self._rows[index.row()].round]
            day = start if index.column() == self.COL_START else end
            return None if day is None else qdate(day)  # the view's delegate edits a QDate with a date editor
        return super().data(index, role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (self.COL_START, self.COL_END):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in (self.COL_START,
                                                                                              self.COL_END):
            return False
        round_number = self._rows[index.row()].round
        # The stubs type toPython() as object; a QDate's is a date.
        day = cast(date, value.toPython()) if isinstance(value, QDate) else value
        start, end = self._days[round_number]
        start, end = (day, end) if index.column() == self.COL_START else (start, day)
        if start is not None and end is not None and end < start:
            self.refused.emit(QCoreApplication.translate("PairingModel", "Round {round} ends before it starts: "
                                                         "{start} to {end} was not taken.").format(
                round=round_number, start=start.isoformat(), end=end.isoformat()))
            return False
        self.set_round_dates(round_number, start, end)
        return True

    def set_round_dates(self, round_number: int, start: date | None, end: date | None) -> None:
        self._keep_round_dates(round_number, start, end)
        if self._rows:  # one signal for the date columns: the view repaints the rows it shows
            self.dataChanged.emit(self.index(0, self.COL_START), self.index(len(self._rows) - 1, self.COL_END))

    def add_row(self, item: ProposedRow) -> None:
        """A pair made by hand, at the end of the list, with the dates of its round as they stand."""
        if item.round not in self._days:
            self._keep_round_dates(item.round, item.round_start, item.round_end)
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(item)
        self.endInsertRows()

    def swap_partners(self, first: int, second: int) -> None:
        """Exchange the side-B partners of two rows; their loads stay as the planner balanced them."""
        one, two = self._rows[first], self._rows[second]
        reason = QCoreApplication.translate("PairingModel", "Swapped by the coordinator")
        self._rows[first] = replace(one, person_b_id=two.person_b_id, person_b_name=two.person_b_name,
                                    reason=reason)
        self._rows[second] = replace(two, person_b_id=one.person_b_id, person_b_name=one.person_b_name,
                                     reason=reason)
        for row in (first, second):
            self.dataChanged.emit(self.index(row, self.COL_B), self.index(row, self.COL_REASON))

    def remove_rows(self, rows: list[int]) -> None:
        """Removes each run of neighbouring rows in one step, the last run first: 1,000 rows selected
        together are one removal for the view, not 1,000."""
        for first, last in reversed(_runs(sorted(set(rows)))):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first:last + 1]
            self.endRemoveRows()


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of neighbours: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
