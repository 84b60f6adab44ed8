"""The Programs section: the programs, who is enrolled on each side and how balanced that is, the pairs
and how each stands against the program's targets.

Mostly tables, so the layout is built here rather than in a .ui file; the dialogs have their forms. The
chosen program's people, pairs and progress are read in a worker (thousands of rows on a big company), so
choosing a program never freezes the window; the list of programs itself is short and read at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QEvent, Qt, QThreadPool, Signal
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
from shadowdesk.gui.permissions import EDIT_PROGRAMS, PLAN_SESSIONS, SignedIn, signed_in_for
from shadowdesk.gui.views.dashboard import system_time_zone
from shadowdesk.gui.workers import Task, TaskRunner
from shadowdesk.services.dashboard import PairProgress, PairProgressStatus, program_progress
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.pairing import PairInfo
from shadowdesk.services.programs import Balance, EnrolledPerson, ProgramInfo

WARNING_STYLE = "color: #9a4d00; font-weight: 600;"


@dataclass(frozen=True, slots=True)
class ProgramDetail:
    """What the view shows of one program, read in one worker."""

    program: ProgramInfo
    enrolled: list[EnrolledPerson]
    balance: Balance
    pairs: list[PairInfo]
    progress: dict[int, PairProgress]


def read_detail(services, program_id: int) -> ProgramDetail:
    return ProgramDetail(services.programs.get(program_id), services.programs.enrolled(program_id),
                         services.programs.balance(program_id), services.pairing.list_pairs(program_id),
                         services.reports.pair_progress(program_id))


def _table(model, multi: bool = False, stretch: tuple[int, ...] = ()) -> QTableView:
    """stretch: the columns of names and reasons, which share the width left and elide, so the table fits
    a narrow window without scrolling sideways."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)  # a long name is elided on its one line (its tooltip has it whole)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Columns fit the first rows only: measuring all of 4,000 enrolled people took Programs 1.7 s.
    table.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
    table.horizontalHeader().setStretchLastSection(not stretch)
    for column in stretch:
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


class ProgramsView(QWidget):
    program_shown = Signal()  # the chosen program's people, pairs and progress are on screen

    def __init__(self, services, today: Callable[[], date] = date.today, pool: QThreadPool | None = None,
                 parent: QWidget | None = None, signed_in: SignedIn | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._signed_in = signed_in_for(services, signed_in)  # programs and pairs are a coordinator's
        self._today = today
        self._pool = pool
        self._tasks = TaskRunner(pool)
        self._loading: Task | None = None
        self._shown_id: int | None = None  # the program whose people and pairs the tables hold
        self.review: PairingReviewDialog | None = None
        self.session_editor = None  # the SessionEditor "Schedule…" opened last

        self.programs_model = ProgramsTableModel(self)
        self.programs_table = _table(self.programs_model, stretch=(ProgramsTableModel.COL_NAME,))
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
        self.side_tables = {side: _table(model, multi=True, stretch=(EnrolledTableModel.COL_NAME,
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

        self.pairs_model = PairsTableModel(self)
        self.pairs_table = _table(self.pairs_model, stretch=(PairsTableModel.COL_A, PairsTableModel.COL_B,
                                                             PairsTableModel.COL_REASON))
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.rounds_spin = QSpinBox()
        self.rounds_spin.setRange(1, 52)
        self.rounds_spin.setValue(4)
        self.rounds_spin.setSuffix(self.tr(" round(s)"))
        self.plan_button = QPushButton(self.tr("&Plan pairs…"))
        self.pair_button = QPushButton(self.tr("Pair the two &selected"))
        self.pair_button.setToolTip(self.tr("Select one person on each side above, then pair them by hand"))
        self.end_button = QPushButton(self.tr("En&d pair"))
        self.remove_pair_button = QPushButton(self.tr("&Remove pair"))
        self.schedule_button = QPushButton(self.tr("S&chedule…"))
        self.schedule_button.setToolTip(self.tr("Plan a session of the kind the chosen pair has had fewer of"))
        self.exclusions_button = QPushButton(self.tr("E&xclusions…"))
        self.exclusions_button.setToolTip(self.tr("Pairs the planner must never make"))
        self.skills_button = QPushButton(self.tr("S&kills…"))
        self.skills_button.setToolTip(self.tr("What each side should learn from the other, and where everyone stands"))
        self.skills_button.clicked.connect(self.open_skills)
        self.plan_button.clicked.connect(self.open_review)
        self.pair_button.clicked.connect(self.pair_selected)
        self.end_button.clicked.connect(self.end_selected_pair)
        self.remove_pair_button.clicked.connect(self.remove_selected_pair)
        self.exclusions_button.clicked.connect(self.open_exclusions)
        self.schedule_button.clicked.connect(self.open_schedule)
        self.pairs_table.activated.connect(lambda _index: self.open_schedule())  # Enter, or a double-click
        self.pairs_table.selectionModel().selectionChanged.connect(lambda *_: self._allow_schedule())
        self.pairs_box = QGroupBox(self.tr("Pairs"))
        pairs_layout = QVBoxLayout(self.pairs_box)
        # Two rows of buttons (planning; one pair), so the section fits a 1024 px wide window.
        for widgets in ((self.rounds_spin, self.plan_button, self.exclusions_button, self.skills_button),
                        (self.schedule_button, self.pair_button, self.end_button, self.remove_pair_button)):
            pair_buttons = QHBoxLayout()
            for widget in widgets:
                pair_buttons.addWidget(widget)
            pair_buttons.addStretch(1)
            pairs_layout.addLayout(pair_buttons)
        pairs_layout.addWidget(self.progress_label)
        pairs_layout.addWidget(self.pairs_table)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.title_label)
        detail_layout.addWidget(self.balance_label)
        detail_layout.addLayout(sides, 3)
        detail_layout.addWidget(self.pairs_box, 2)
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
        if program is None or program.id != self._shown_id:
            self._clear_detail()
        self._shown_id = program.id if program is not None else None
        has_program = program is not None
        is_open = has_program and program.status is not ProgramStatus.CLOSED
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
        services, program_id = self._services, program.id
        self._loading = self._tasks.run(lambda _progress, _cancelled: read_detail(services, program_id), self)
        self._loading.finished.connect(self._show_detail)
        self._loading.failed.connect(self._show_failure)

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """Another section took the window: let go of the people and pairs (refresh() reads them again on
        return). Minimising the window hides it too (spontaneously), and must keep them."""
        if not event.spontaneous():
            if self._loading is not None and self._loading.running:
                self._loading.cancel()
            self._clear_detail()
            self._shown_id = None
        super().hideEvent(event)

    def _clear_detail(self) -> None:
        for side, model in self.side_models.items():
            model.set_rows([])
            self.side_boxes[side].setTitle(self.tr("Side {side}").format(side=side.value.upper()))
        self.pairs_box.setTitle(self.tr("Pairs"))
        self.pairs_model.set_pairs([], {})
        self.progress_label.clear()
        self.balance_label.clear()

    def is_loaded(self) -> bool:
        """No read of the chosen program is still under way."""
        return self._loading is None or not self._loading.running

    def _show_title(self, program: ProgramInfo) -> None:
        self.title_label.setText(self.tr("{name} — {start} to {end}").format(
            name=program.name, start=program.start_date.isoformat(), end=program.end_date.isoformat()))

    def _show_detail(self, detail: ProgramDetail) -> None:
        program = detail.program
        self._show_title(program)
        for side in Side:
            people = [p for p in detail.enrolled if p.side is side]
            self.side_models[side].set_rows(people)
            department = program.side_a if side is Side.A else program.side_b
            self.side_boxes[side].setTitle(self.tr("Side {side}: {department} ({count})").format(
                side=side.value.upper(), department=department, count=len(people)))
        balance = detail.balance
        warning = "⚠ " if balance.lopsided else ""
        self.balance_label.setText(warning + self.tr("Balance: ") + balance.message)
        self.balance_label.setStyleSheet(WARNING_STYLE if balance.lopsided else "")
        self.pairs_model.set_pairs(detail.pairs, detail.progress)
        self.pairs_model.rename_header(PairsTableModel.COL_A, program.side_a)
        self.pairs_model.rename_header(PairsTableModel.COL_B, program.side_b)
        self.pairs_box.setTitle(self.tr("Pairs ({count})").format(count=self.pairs_model.rowCount()))
        self.progress_label.setText(self._progress_summary(detail))
        self._allow_schedule()
        self.program_shown.emit()

    def _progress_summary(self, detail: ProgramDetail) -> str:
        """The share of the pairs (not ended) met, on track, behind and not started, and how many stalled."""
        ended = {pair.id for pair in detail.pairs if pair.status is PairingStatus.ENDED}
        summary = program_progress(p for pair_id, p in detail.progress.items() if pair_id not in ended)
        if not summary.pairs:
            return ""

        def share(status: PairProgressStatus) -> str:
            return f"{round(100 * summary.share(status))} %"

        text = self.tr("Progress against the targets: {done} met, {on_track} on track, {behind} behind, "
                       "{not_started} not started.").format(
            done=share(PairProgressStatus.DONE), on_track=share(PairProgressStatus.ON_TRACK),
            behind=share(PairProgressStatus.BEHIND), not_started=share(PairProgressStatus.NOT_STARTED))
        if summary.stalled:
            text += " " + self.tr("%n pair(s) stalled: no session lately and none planned.", "", summary.stalled)
        return text

    def _show_failure(self, error: BaseException) -> None:
        self.balance_label.setText(self.tr("Could not load this program: {error}").format(error=error))
        self.balance_label.setStyleSheet(WARNING_STYLE)
        self.program_shown.emit()

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

    def open_new(self) -> ProgramDialog | None:
        if not self._signed_in.can(EDIT_PROGRAMS):
            return None
        dialog = ProgramDialog(self._services, today=self._today(), parent=self)
        dialog.accepted.connect(lambda: self.refresh(dialog.saved.id))
        dialog.open()
        return dialog

    def open_edit(self) -> ProgramDialog | None:
        program = self.current_program()
        if program is None or not self._signed_in.can(EDIT_PROGRAMS):
            return None
        dialog = ProgramDialog(self._services, self._services.programs.get(program.id), parent=self)
        dialog.accepted.connect(lambda: self.refresh(dialog.saved.id))
        dialog.open()
        return dialog

    def open_enroll(self, side: Side) -> EnrollDialog | None:
        program = self.current_program()
        if program is None or not self._signed_in.can(EDIT_PROGRAMS):
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

    def open_review(self) -> PairingReviewDialog | None:
        program = self.current_program()
        if program is None or not self._signed_in.can(EDIT_PROGRAMS):
            return None
        review = self.review = PairingReviewDialog(self._services, program, self.rounds_spin.value(), self._pool,
                                                   self)
        review.accepted.connect(self.refresh)
        # A proposal for 2,000 x 2,000 people holds about 100 MiB: let go of it once the review is closed.
        review.finished.connect(lambda _result: self._review_closed(review))
        review.open()
        return review

    def _review_closed(self, review: PairingReviewDialog) -> None:
        if self.review is review:
            self.review = None
        review.deleteLater()

    def open_exclusions(self) -> ExclusionsDialog | None:
        program = self.current_program()
        if program is None or not self._signed_in.can(EDIT_PROGRAMS):
            return None
        dialog = ExclusionsDialog(self._services, program, self)
        dialog.open()
        return dialog

    def open_skills(self):
        from shadowdesk.gui.dialogs.skills_matrix import SkillsMatrixDialog

        program = self.current_program()
        if program is None:
            return None
        dialog = SkillsMatrixDialog(self._services, program.id, self)
        dialog.open()
        return dialog

    def pair_selected(self) -> None:
        if not self._signed_in.can(EDIT_PROGRAMS):
            return
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

    def _schedulable_pair(self) -> PairInfo | None:
        pair = self._selected_pair()
        return pair if pair is not None and pair.status is PairingStatus.CONFIRMED else None

    def _allow_schedule(self) -> None:
        self._signed_in.allow(self.schedule_button, PLAN_SESSIONS, possible=self._schedulable_pair() is not None)

    def open_schedule(self):
        """A new session of the chosen pair in the editor; once saved, the pairs' progress is read again."""
        from shadowdesk.gui.dialogs.session_editor import SessionEditor  # loaded when first used

        pair = self._schedulable_pair()
        if pair is None or not self._signed_in.can(PLAN_SESSIONS):
            return None
        clock = lambda: datetime.combine(self._today(), time(12), tzinfo=UTC)  # noqa: E731 (its day: the view's)
        try:
            editor = SessionEditor.for_pair(self._services, pair.id, None, system_time_zone(), clock, self,
                                            self._signed_in)
        except UserError as exc:
            prompts.show_error(self, self.tr("Cannot schedule for this pair"), str(exc))
            return None
        editor.saved.connect(lambda _ids: self.refresh())
        editor.open()
        self.session_editor = editor
        return editor

    def end_selected_pair(self) -> None:
        pair = self._selected_pair()
        if pair is None or pair.status is PairingStatus.ENDED or not self._signed_in.can(EDIT_PROGRAMS):
            return
        if self._run_versioned(lambda version: self._services.pairing.end(pair.id, version), pair.version_id,
                               self.tr("Not ended")):
            self.refresh()

    def remove_selected_pair(self) -> None:
        pair = self._selected_pair()
        if pair is None or not self._signed_in.can(EDIT_PROGRAMS):
            return
        if not prompts.ask_yes_no(self, self.tr("Remove pair"), self.tr(
                "Remove the pair {a} and {b}? They may then be paired again.").format(
                    a=pair.person_a_name, b=pair.person_b_name)):
            return
        if self._run_versioned(lambda version: self._services.pairing.remove(pair.id, version), pair.version_id,
                               self.tr("Not removed")):
            self.refresh()
