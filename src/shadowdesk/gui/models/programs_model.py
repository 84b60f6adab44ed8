"""Table models of the Programs section: the programs, the people enrolled on one side and the pairs; the
last two hold rows read in a worker and show them a page at a time as the view scrolls (a program of
4,000 people lays out the 50 on screen)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from shadowdesk.domain import ProgramStatus
from shadowdesk.gui.models.pairing_model import PairsTableModel
from shadowdesk.gui.models.rows import PagedRowsModel, RowsTableModel
from shadowdesk.gui.typed_qt import QT_TRANSLATE_NOOP
from shadowdesk.services.dashboard import PairProgress
from shadowdesk.services.pairing import PairInfo
from shadowdesk.services.programs import EnrolledPerson, ProgramInfo


def status_label(status: ProgramStatus) -> str:
    return {ProgramStatus.DRAFT: QCoreApplication.translate("ProgramsModel", "Draft"),
            ProgramStatus.ACTIVE: QCoreApplication.translate("ProgramsModel", "Active"),
            ProgramStatus.CLOSED: QCoreApplication.translate("ProgramsModel", "Closed")}[status]


class ProgramsTableModel(RowsTableModel):
    context = "ProgramsModel"
    COL_NAME, COL_STATUS, COL_START, COL_END, COL_SIDES, COL_ENROLLED = range(6)
    headers = (QT_TRANSLATE_NOOP("ProgramsModel", "Program"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Status"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Starts"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Ends"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Crosses"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Enrolled"))

    def cell(self, item: ProgramInfo, column: int) -> str:
        return (item.name, status_label(item.status), item.start_date.isoformat(), item.end_date.isoformat(),
                f"{item.side_a} ↔ {item.side_b}", f"{item.enrolled_a} : {item.enrolled_b}")[column]

    def muted(self, item: ProgramInfo) -> bool:
        return item.status is ProgramStatus.CLOSED

    def row_of(self, program_id: int) -> int:
        return next((n for n, p in enumerate(self._rows) if p.id == program_id), -1)


class EnrolledTableModel(PagedRowsModel):
    context = "ProgramsModel"
    COL_NAME, COL_LOCATION, COL_CAPACITY, COL_EMAIL, COL_DEPARTMENT = range(5)
    headers = (QT_TRANSLATE_NOOP("ProgramsModel", "Name"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Office"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Partners per round"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Email"),
               QT_TRANSLATE_NOOP("ProgramsModel", "Department"))

    def cell(self, item: EnrolledPerson, column: int) -> str:
        return (item.full_name, item.location, str(item.capacity), item.email, item.department)[column]

    def item_id(self, item: EnrolledPerson) -> int:
        return item.person_id

    def muted(self, item: EnrolledPerson) -> bool:
        return not item.active


class ProgramPairsModel(PagedRowsModel, PairsTableModel):
    """A program's pairs with their progress, a page at a time; the side columns are named after the
    program's departments."""

    def show_pairs(self, pairs: Sequence[PairInfo], progress: dict[int, PairProgress], side_a: str,
                   side_b: str) -> None:
        """The pairs and their progress, read together."""
        # Renamed inside the reset, so the view measures its columns once, not once per header renamed.
        self._headers[self.COL_A], self._headers[self.COL_B] = side_a, side_b
        self._progress = progress
        self.load_rows(pairs)
