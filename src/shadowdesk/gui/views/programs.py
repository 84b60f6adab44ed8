"""The Programs section: the programs, who is enrolled on each side and how balanced that is, the pairs
and how each stands against the program's targets.

Mostly tables, so the layout is built here rather than in a .ui file; the dialogs have their forms. The
Pairs part is in programs_pairs.py. The chosen program's people, pairs and progress are read in a worker,
which also sorts them into the rows the tables show (thousands on a big company); the tables show them a
page at a time as the user scrolls, so choosing a program never freezes the window. The list of programs
itself is short (a company runs a few) and read at once, so the view has a program chosen as soon as it
is refreshed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from shadowdesk.domain import PairingStatus, ProgramStatus, Side
from shadowdesk.gui import prompts
from shadowdesk.gui.models.programs_model import EnrolledTableModel, ProgramsTableModel
from shadowdesk.gui.permissions import EDIT_PROGRAMS, SignedIn, signed_in_for
from shadowdesk.gui.tables import rows_table
from shadowdesk.gui.views.programs_pairs import PairsPart, progress_summary
from shadowdesk.gui.workers import Task, TaskRunner, reads_lane
from shadowdesk.services.child_jobs import PRELOADED
from shadowdesk.services.child_process import start_spare
from shadowdesk.services.dashboard import PairProgress, ProgramProgress, program_progress
from shadowdesk.services.pairing import PairInfo
from shadowdesk.services.programs import Balance, EnrolledPerson, ProgramInfo

if TYPE_CHECKING:  # the dialogs load when first opened, not with the section
    from shadowdesk.gui.dialogs.enroll_dialog import EnrollDialog
    from shadowdesk.gui.dialogs.program_dialog import ProgramDialog

WARNING_STYLE = "color: #9a4d00; font-weight: 600;"


@dataclass(frozen=True, slots=True)
class ProgramDetail:
    """What the view shows of one program, read and sorted into the tables' rows in one worker, the pairs'
    progress (the program's every session counted) after its people and pairs. Two workers at the same
    time, on two cores, only took turns at the interpreter's lock, and the window waited for its turn
    behind both: a return to Programs blocked it for 21-114 ms, in one worker 15-66 ms."""

    program: ProgramInfo
    sides: dict[Side, list[EnrolledPerson]]
    balance: Balance
    pairs: list[PairInfo]
    progress: dict[int, PairProgress]


def read_detail(services, program_id: int, cancelled: Callable[[], bool]) -> ProgramDetail | None:
    """None once cancelled (another program chosen, the section left): it stops between its queries, so the
    next read in the lane does not wait for this one's end."""
    enrolled = services.programs.enrolled(program_id)
    sides = {side: [p for p in enrolled if p.side is side] for side in Side}
    if cancelled():
        return None
    program, balance, pairs = (services.programs.get(program_id), services.programs.balance(program_id),
                               services.pairing.list_pairs(program_id))
    if cancelled():
        return None
    return ProgramDetail(program, sides, balance, pairs, services.reports.pair_progress(program_id))


def summary_of(pairs: list[PairInfo], progress: dict[int, PairProgress]) -> ProgramProgress:
    """The program's shares, of the pairs not ended."""
    ended = {pair.id for pair in pairs if pair.status is PairingStatus.ENDED}
    return program_progress(p for pair_id, p in progress.items() if pair_id not in ended)


class ProgramsView(PairsPart):
    program_shown = Signal()  # the chosen program's people, pairs and progress are on screen

    def __init__(self, services, today: Callable[[], date] = date.today, pool: QThreadPool | None = None,
                 parent: QWidget | None = None, signed_in: SignedIn | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._signed_in = signed_in_for(services, signed_in)  # programs and pairs are a coordinator's
        self._today = today
        self._pool = pool
        self._tasks = TaskRunner(pool or reads_lane())
        self._loading: Task | None = None  # the chosen program's people, pairs and progress
        self._shown_id: int | None = None  # the program whose people and pairs the tables hold

        self.programs_model = ProgramsTableModel(self)
        self.programs_table = rows_table(self.programs_model, stretch=(ProgramsTableModel.COL_NAME,))
        self.new_button = QPushButton(self.tr("&New program…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))  # Alt+E opens the Edit menu
        programs_box = QGroupBox(self.tr("Programs"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box_layout = QVBoxLayout(programs_box)
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.programs_table)

        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title_label.setWordWrap(True)
        self.balance_label = QLabel()
        self.balance_label.setWordWrap(True)
        self.side_models = {Side.A: EnrolledTableModel(self), Side.B: EnrolledTableModel(self)}
        self.side_tables = {side: rows_table(model, multi=True, stretch=(EnrolledTableModel.COL_NAME,
                                                                     EnrolledTableModel.COL_EMAIL,
                                                                     EnrolledTableModel.COL_DEPARTMENT))
                            for side, model in self.side_models.items()}
        self.side_boxes: dict[Side, QGroupBox] = {}
        self.enroll_buttons: dict[Side, QPushButton] = {}
        self.unenroll_buttons: dict[Side, QPushButton] = {}
        sides = QHBoxLayout()
        # Both sides show at once, so each button needs a mnemonic of its own.
        enroll_texts = {Side.A: self.tr("Enroll on side &A…"), Side.B: self.tr("Enroll on side &B…")}
        unenroll_texts = {Side.A: self.tr("Re&move from side A"), Side.B: self.tr("Remove fr&om side B")}
        for side in Side:
            box = self.side_boxes[side] = QGroupBox()
            enroll = self.enroll_buttons[side] = QPushButton(enroll_texts[side])
            unenroll = self.unenroll_buttons[side] = QPushButton(unenroll_texts[side])
            enroll.clicked.connect(lambda _=False, s=side: self.open_enroll(s))
            unenroll.clicked.connect(lambda _=False, s=side: self.unenroll_selected(s))
            row = QHBoxLayout()
            row.addWidget(enroll)
            row.addWidget(unenroll)
            row.addStretch(1)
            layout = QVBoxLayout(box)
            layout.addLayout(row)
            layout.addWidget(self.side_tables[side])
            sides.addWidget(box)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.title_label)
        detail_layout.addWidget(self.balance_label)
        detail_layout.addLayout(sides, 3)
        detail_layout.addWidget(self.build_pairs_box(), 2)
        # In a short window the detail scrolls down; it is never wider than the window.
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(detail)
        # The programs above their detail, not beside it: a program's pairs and their progress need the
        # whole width of a 1024 px window, and a company runs a few programs, not hundreds.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(programs_box)
        splitter.addWidget(self.scroller)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([170, 730])
        QVBoxLayout(self).addWidget(splitter)

        self.new_button.clicked.connect(self.open_new)
        self.edit_button.clicked.connect(self.open_edit)
        self.programs_table.doubleClicked.connect(lambda *_: self.open_edit())
        self.programs_table.selectionModel().selectionChanged.connect(lambda *_: self.show_program())
        self.show_program()

    # ----- reading -----
    def refresh(self, select_id: int | None = None) -> None:
        if self._signed_in.can(EDIT_PROGRAMS):  # planning is likely soon: its process gets its code ready
            start_spare(PRELOADED)
        current = select_id if select_id is not None else self.current_program_id()
        self.programs_model.set_rows(self._services.programs.list_programs())
        row = self.programs_model.row_of(current) if current is not None else -1
        if row < 0 and self.programs_model.rowCount():
            row = 0
        if row >= 0:
            self.programs_table.selectRow(row)
        self.show_program()

    def current_program(self) -> ProgramInfo | None:
        rows = self.programs_table.selectionModel().selectedRows()
        return self.programs_model.row_at(rows[0].row()) if rows else None

    def current_program_id(self) -> int | None:
        program = self.current_program()
        return program.id if program else None

    def show_program(self) -> None:
        """What the listed program says at once (title, which buttons apply); its people, pairs and their
        progress from a worker. The same program's rows stay until the new ones come (a refresh after an
        action); another program's go at once, so nothing is done to one program with the other's rows."""
        if self._loading is not None and self._loading.running:
            self._loading.cancel()  # of the program chosen before: never shown
        self._loading = None
        program = self.current_program()
        another = program is None or program.id != self._shown_id
        if another:
            self._clear_detail()
        self._shown_id = program.id if program is not None else None
        has_program = program is not None
        is_open = program is not None and program.status is not ProgramStatus.CLOSED
        for box in (self.pairs_box, *self.side_boxes.values()):
            box.setEnabled(has_program)
        allow = self._signed_in.allow
        allow(self.new_button, EDIT_PROGRAMS)
        allow(self.edit_button, EDIT_PROGRAMS, possible=has_program)
        for widget in (*self.enroll_buttons.values(), self.plan_button, self.pair_button, self.rounds_spin):
            allow(widget, EDIT_PROGRAMS, possible=is_open)
        for widget in (*self.unenroll_buttons.values(), self.exclusions_button, self.end_button,
                       self.remove_pair_button):
            allow(widget, EDIT_PROGRAMS)
        self._allow_schedule()
        if program is None:
            self.title_label.setText(self.tr("No program yet") if not self.programs_model.rowCount()
                                     else self.tr("Choose a program"))
            self.balance_label.setText(self.tr("Create a program, then enroll people on its two sides."))
            self.program_shown.emit()
            return
        self._show_title(program)
        if another:
            self.balance_label.setText(self.tr("Loading…"))
            self.balance_label.setStyleSheet("")
        services, program_id = self._services, program.id
        self._loading = self._tasks.run(lambda _progress, cancelled: read_detail(services, program_id, cancelled),
                                        self)
        self._loading.finished.connect(self._show_detail)
        self._loading.failed.connect(self._show_failure)

    def _clear_detail(self) -> None:
        for side, model in self.side_models.items():
            model.load(None)
            self.side_boxes[side].setTitle(self.tr("Side {side}").format(side=side.value.upper()))
        self.pairs_box.setTitle(self.tr("Pairs"))
        self.pairs_model.load(None)
        self.progress_label.clear()
        self.balance_label.clear()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        """Another section shown: the read under way stops between its queries (that section's reads wait
        in the same lane), and refresh() reads again on the way back; the rows shown stay."""
        if not event.spontaneous() and self._loading is not None and self._loading.running:
            self._loading.cancel()
        super().hideEvent(event)

    def is_loaded(self) -> bool:
        """No read of the chosen program is still under way."""
        return self._loading is None or not self._loading.running

    def _show_title(self, program: ProgramInfo) -> None:
        self.title_label.setText(self.tr("{name} — {start} to {end}").format(
            name=program.name, start=program.start_date.isoformat(), end=program.end_date.isoformat()))

    def _show_detail(self, detail: ProgramDetail) -> None:
        program = detail.program
        self._show_title(program)
        for side, people in detail.sides.items():
            self.side_models[side].load_rows(people)
            department = program.side_a if side is Side.A else program.side_b
            self.side_boxes[side].setTitle(self.tr("Side {side}: {department} ({count})").format(
                side=side.value.upper(), department=department, count=len(people)))
        balance = detail.balance
        warning = "⚠ " if balance.lopsided else ""
        self.balance_label.setText(warning + self.tr("Balance: ") + balance.message)
        self.balance_label.setStyleSheet(WARNING_STYLE if balance.lopsided else "")
        self.pairs_model.show_pairs(detail.pairs, detail.progress, program.side_a, program.side_b)
        self.pairs_box.setTitle(self.tr("Pairs ({count})").format(count=len(detail.pairs)))
        self.progress_label.setText(progress_summary(summary_of(detail.pairs, detail.progress)))
        self._allow_schedule()
        self.program_shown.emit()

    def _show_failure(self, error: BaseException) -> None:
        self.balance_label.setText(self.tr("Could not load this program: {error}").format(error=error))
        self.balance_label.setStyleSheet(WARNING_STYLE)
        self.program_shown.emit()

    # ----- actions -----
    def open_new(self) -> ProgramDialog | None:
        from shadowdesk.gui.dialogs.program_dialog import ProgramDialog

        if not self._signed_in.can(EDIT_PROGRAMS):
            return None
        dialog = ProgramDialog(self._services, today=self._today(), parent=self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def open_edit(self) -> ProgramDialog | None:
        from shadowdesk.gui.dialogs.program_dialog import ProgramDialog

        program = self.current_program()
        if program is None or not self._signed_in.can(EDIT_PROGRAMS):
            return None
        dialog = ProgramDialog(self._services, self._services.programs.get(program.id), parent=self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: ProgramDialog) -> None:
        assert dialog.saved is not None  # the dialog is accepted once the program is saved
        self.refresh(dialog.saved.id)

    def open_enroll(self, side: Side) -> EnrollDialog | None:
        from shadowdesk.gui.dialogs.enroll_dialog import EnrollDialog

        program = self.current_program()
        if program is None or not self._signed_in.can(EDIT_PROGRAMS):
            return None
        dialog = EnrollDialog(self._services, program, side, self)
        dialog.accepted.connect(lambda: self._enrolled(dialog))
        dialog.open()
        return dialog

    def _enrolled(self, dialog: EnrollDialog) -> None:
        result = dialog.result_summary
        assert result is not None  # the dialog is accepted once the people are enrolled
        notes = [self.tr("{added} enrolled, {already} already were.").format(
            added=result.added, already=result.already_enrolled)]
        if result.on_other_side:
            notes.append(self.tr("Already on the other side, left there: {names}.").format(
                names=", ".join(result.on_other_side)))
        if result.inactive:
            notes.append(self.tr("Deactivated, not enrolled: {names}.").format(
                names=", ".join(result.inactive)))
        self.refresh()
        if result.on_other_side or result.inactive:
            prompts.show_info(self, self.tr("Enrolled"), "\n".join(notes))

    def unenroll_selected(self, side: Side) -> None:
        program = self.current_program()
        rows = self.side_tables[side].selectionModel().selectedRows()
        if program is None or not rows or not self._signed_in.can(EDIT_PROGRAMS):
            return
        people = [self.side_models[side].row_at(index.row()) for index in rows]
        if not prompts.ask_yes_no(self, self.tr("Remove from program"), self.tr(
                "Remove {names} from “{program}”?").format(names=", ".join(p.full_name for p in people),
                                                          program=program.name)):
            return
        if self._run(lambda: self._services.programs.unenroll(program.id, [p.person_id for p in people]),
                     self.tr("Not removed")):
            self.refresh()
