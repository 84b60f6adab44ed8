"""The Programs section: the programs, who is enrolled on each side and how balanced that is, the pairs.

Mostly tables, so the layout is built here rather than in a .ui file; the dialogs have their forms.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shadowdesk.domain import PairingStatus, ProgramStatus, Side
from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs.enroll_dialog import EnrollDialog
from shadowdesk.gui.dialogs.exclusions_dialog import ExclusionsDialog
from shadowdesk.gui.dialogs.pairing_review import PairingReviewDialog
from shadowdesk.gui.dialogs.program_dialog import ProgramDialog
from shadowdesk.gui.models.pairing_model import PairsTableModel
from shadowdesk.gui.models.programs_model import EnrolledTableModel, ProgramsTableModel
from shadowdesk.gui.models.rows import ROWS_MEASURED
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.programs import ProgramInfo

WARNING_STYLE = "color: #9a4d00; font-weight: 600;"



def _table(model, multi: bool = False) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Columns fit the first rows only: measuring all of 4,000 enrolled people took Programs 1.7 s.
    table.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ProgramsView(QWidget):
    def __init__(self, services, today: Callable[[], date] = date.today, pool: QThreadPool | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._today = today
        self._pool = pool
        self.review: PairingReviewDialog | None = None

        self.programs_model = ProgramsTableModel(self)
        self.programs_table = _table(self.programs_model)
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
        self.side_tables = {side: _table(model, multi=True) for side, model in self.side_models.items()}
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

        self.pairs_model = PairsTableModel(self)
        self.pairs_table = _table(self.pairs_model)
        self.rounds_spin = QSpinBox()
        self.rounds_spin.setRange(1, 52)
        self.rounds_spin.setValue(4)
        self.rounds_spin.setSuffix(self.tr(" round(s)"))
        self.plan_button = QPushButton(self.tr("&Plan pairs…"))
        self.pair_button = QPushButton(self.tr("Pair the two &selected"))
        self.pair_button.setToolTip(self.tr("Select one person on each side above, then pair them by hand"))
        self.end_button = QPushButton(self.tr("En&d pair"))
        self.remove_pair_button = QPushButton(self.tr("&Remove pair"))
        self.exclusions_button = QPushButton(self.tr("E&xclusions…"))
        self.exclusions_button.setToolTip(self.tr("Pairs the planner must never make"))
        self.plan_button.clicked.connect(self.open_review)
        self.pair_button.clicked.connect(self.pair_selected)
        self.end_button.clicked.connect(self.end_selected_pair)
        self.remove_pair_button.clicked.connect(self.remove_selected_pair)
        self.exclusions_button.clicked.connect(self.open_exclusions)
        pair_buttons = QHBoxLayout()
        for widget in (self.rounds_spin, self.plan_button, self.pair_button, self.end_button,
                       self.remove_pair_button, self.exclusions_button):
            pair_buttons.addWidget(widget)
        pair_buttons.addStretch(1)
        self.pairs_box = QGroupBox(self.tr("Pairs"))
        pairs_layout = QVBoxLayout(self.pairs_box)
        pairs_layout.addLayout(pair_buttons)
        pairs_layout.addWidget(self.pairs_table)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.title_label)
        detail_layout.addWidget(self.balance_label)
        detail_layout.addLayout(sides, 3)
        detail_layout.addWidget(self.pairs_box, 2)
        # In a narrow window the detail scrolls rather than forcing the whole window wider.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(detail)
        splitter = QSplitter()
        splitter.addWidget(programs_box)
        splitter.addWidget(scroller)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 980])
        QVBoxLayout(self).addWidget(splitter)

        self.new_button.clicked.connect(self.open_new)
        self.edit_button.clicked.connect(self.open_edit)
        self.programs_table.doubleClicked.connect(lambda *_: self.open_edit())
        self.programs_table.selectionModel().selectionChanged.connect(lambda *_: self.show_program())
        self.show_program()

    # ----- reading -----
    def refresh(self, select_id: int | None = None) -> None:
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
        program = self.current_program()
        has_program = program is not None
        is_open = has_program and program.status is not ProgramStatus.CLOSED
        for widget in (self.edit_button, self.pairs_box, *self.side_boxes.values()):
            widget.setEnabled(has_program)
        for widget in (*self.enroll_buttons.values(), self.plan_button, self.pair_button, self.rounds_spin):
            widget.setEnabled(is_open)
        if program is None:
            self.title_label.setText(self.tr("No program yet") if not self.programs_model.rowCount()
                                     else self.tr("Choose a program"))
            self.balance_label.setText(self.tr("Create a program, then enroll people on its two sides."))
            for model in (*self.side_models.values(), self.pairs_model):
                model.set_rows([])
            return
        program = self._services.programs.get(program.id)
        self.title_label.setText(self.tr("{name} — {start} to {end}").format(
            name=program.name, start=program.start_date.isoformat(), end=program.end_date.isoformat()))
        enrolled = self._services.programs.enrolled(program.id)
        for side in Side:
            people = [p for p in enrolled if p.side is side]
            self.side_models[side].set_rows(people)
            department = program.side_a if side is Side.A else program.side_b
            self.side_boxes[side].setTitle(self.tr("Side {side}: {department} ({count})").format(
                side=side.value.upper(), department=department, count=len(people)))
        balance = self._services.programs.balance(program.id)
        warning = "⚠ " if balance.lopsided else ""
        self.balance_label.setText(warning + self.tr("Balance: ") + balance.message)
        self.balance_label.setStyleSheet(WARNING_STYLE if balance.lopsided else "")
        self.pairs_model.set_rows(self._services.pairing.list_pairs(program.id))
        self.pairs_model.rename_header(PairsTableModel.COL_A, program.side_a)
        self.pairs_model.rename_header(PairsTableModel.COL_B, program.side_b)
        self.pairs_box.setTitle(self.tr("Pairs ({count})").format(count=self.pairs_model.rowCount()))

    # ----- actions -----
    def _run(self, action: Callable[[], object], title: str) -> bool:
        try:
            action()
        except UserError as exc:
            prompts.show_error(self, title, str(exc))
            return False
        return True

    def _run_versioned(self, action: Callable[[int], object], version_id: int, title: str) -> bool:
        """action(version) on a record shown in the view; when someone else changed it since, the user
        reloads the view (their version) or overwrites (the action again, on the current version)."""
        try:
            action(version_id)
        except StaleRecord as exc:
            choice = prompts.ask_reload_or_overwrite(self, self.tr("Changed by someone else"), str(exc))
            if choice == "overwrite":
                return self._run_versioned(action, exc.current_version, title)
            if choice == "reload":
                self.refresh()
            return False
        except UserError as exc:
            prompts.show_error(self, title, str(exc))
            return False
        return True

    def open_new(self) -> ProgramDialog:
        dialog = ProgramDialog(self._services, today=self._today(), parent=self)
        dialog.accepted.connect(lambda: self.refresh(dialog.saved.id))
        dialog.open()
        return dialog

    def open_edit(self) -> ProgramDialog | None:
        program = self.current_program()
        if program is None:
            return None
        dialog = ProgramDialog(self._services, self._services.programs.get(program.id), parent=self)
        dialog.accepted.connect(lambda: self.refresh(dialog.saved.id))
        dialog.open()
        return dialog

    def open_enroll(self, side: Side) -> EnrollDialog | None:
        program = self.current_program()
        if program is None:
            return None
        dialog = EnrollDialog(self._services, program, side, self)
        dialog.accepted.connect(lambda: self._enrolled(dialog))
        dialog.open()
        return dialog

    def _enrolled(self, dialog: EnrollDialog) -> None:
        result = dialog.result_summary
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
        if program is None or not rows:
            return
        people = [self.side_models[side].row_at(index.row()) for index in rows]
        if not prompts.ask_yes_no(self, self.tr("Remove from program"), self.tr(
                "Remove {names} from “{program}”?").format(names=", ".join(p.full_name for p in people),
                                                          program=program.name)):
            return
        if self._run(lambda: self._services.programs.unenroll(program.id, [p.person_id for p in people]),
                     self.tr("Not removed")):
            self.refresh()

    def open_review(self) -> PairingReviewDialog | None:
        program = self.current_program()
        if program is None:
            return None
        self.review = PairingReviewDialog(self._services, program, self.rounds_spin.value(), self._pool, self)
        self.review.accepted.connect(self.refresh)
        self.review.open()
        return self.review

    def open_exclusions(self) -> ExclusionsDialog | None:
        program = self.current_program()
        if program is None:
            return None
        dialog = ExclusionsDialog(self._services, program, self)
        dialog.open()
        return dialog

    def pair_selected(self) -> None:
        program = self.current_program()
        chosen = {side: self.side_tables[side].selectionModel().selectedRows() for side in Side}
        if program is None or len(chosen[Side.A]) != 1 or len(chosen[Side.B]) != 1:
            prompts.show_info(self, self.tr("Pair by hand"), self.tr(
                "Select one person on side A and one on side B, then pair them."))
            return
        a = self.side_models[Side.A].row_at(chosen[Side.A][0].row())
        b = self.side_models[Side.B].row_at(chosen[Side.B][0].row())
        if self._run(lambda: self._services.pairing.add_manual(program.id, a.person_id, b.person_id),
                     self.tr("Not paired")):
            self.refresh()

    def _selected_pair(self):
        rows = self.pairs_table.selectionModel().selectedRows()
        return self.pairs_model.row_at(rows[0].row()) if rows else None

    def end_selected_pair(self) -> None:
        pair = self._selected_pair()
        if pair is not None and pair.status is not PairingStatus.ENDED and \
                self._run_versioned(lambda version: self._services.pairing.end(pair.id, version),
                                    pair.version_id, self.tr("Not ended")):
            self.refresh()

    def remove_selected_pair(self) -> None:
        pair = self._selected_pair()
        if pair is None or not prompts.ask_yes_no(self, self.tr("Remove pair"), self.tr(
                "Remove the pair {a} and {b}? They may then be paired again.").format(
                    a=pair.person_a_name, b=pair.person_b_name)):
            return
        if self._run_versioned(lambda version: self._services.pairing.remove(pair.id, version), pair.version_id,
                               self.tr("Not removed")):
            self.refresh()
