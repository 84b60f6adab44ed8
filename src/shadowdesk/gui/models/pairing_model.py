"""Table models of pairs: those saved in a program, and a planner's proposal under review."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex

from shadowdesk.domain import PairingStatus
from shadowdesk.gui.models.rows import RowsTableModel
from shadowdesk.services.pairing import PairInfo, ProposedRow


def pair_status_label(status: PairingStatus) -> str:
    return {PairingStatus.PROPOSED: QCoreApplication.translate("PairingModel", "Proposed"),
            PairingStatus.CONFIRMED: QCoreApplication.translate("PairingModel", "Confirmed"),
            PairingStatus.ENDED: QCoreApplication.translate("PairingModel", "Ended")}[status]


class PairsTableModel(RowsTableModel):
    context = "ProgramsModel"
    COL_ROUND, COL_A, COL_B, COL_STATUS, COL_REASON = range(5)
    headers = (QT_TRANSLATE_NOOP("ProgramsModel", "Round"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Side A"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Side B"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Status"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Reason"))

    def cell(self, item: PairInfo, column: int) -> str:
        return ("" if item.round is None else str(item.round), item.person_a_name, item.person_b_name,
                pair_status_label(item.status), item.reason)[column]

    def muted(self, item: PairInfo) -> bool:
        return item.status is PairingStatus.ENDED


class ProposalTableModel(RowsTableModel):
    """The proposal as the coordinator edits it: partners swapped between rows, rows removed."""

    context = "ProgramsModel"
    COL_ROUND, COL_A, COL_B, COL_REASON = range(4)
    headers = (QT_TRANSLATE_NOOP("ProgramsModel", "Round"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Side A"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Side B"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Reason"))

    def cell(self, item: ProposedRow, column: int) -> str:
        return (str(item.round), item.person_a_name, item.person_b_name, item.reason)[column]

    def item_id(self, item: ProposedRow) -> int:
        return item.person_a_id

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
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
