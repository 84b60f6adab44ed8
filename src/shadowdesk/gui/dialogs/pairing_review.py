"""The planner's proposal under review: the coordinator swaps partners, removes pairs, changes a round's dates,
pairs someone left without a partner by hand, then confirms (Enter confirms: it is the default button).

Planning runs in a child process, waited for off the GUI thread; if it takes longer than a moment, a
progress bar and a Stop button appear. The worker also prepares what the review shows besides the table
(the counts, the texts of the people left without a partner and who may be their partner), so a proposal
of 2,000 x 2,000 people reaches the window ready to show: the table asks its model for the rows on screen
only, and its columns fit the first rows, not all of them. Nothing is written until Confirm, and then all
the remaining rows are written in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHeaderView, QListView, QPushButton, QWidget

from shadowdesk.domain import Side
from shadowdesk.gui import prompts
from shadowdesk.gui.forms.ui_pairing_review import Ui_PairingReviewDialog
from shadowdesk.gui.models.pairing_model import ProposalTableModel
from shadowdesk.gui.tables import ROWS_MEASURED
from shadowdesk.gui.workers import TaskRunner, as_task_runner
from shadowdesk.services.child_jobs import pairing_proposal
from shadowdesk.services.child_process import ChildProcess
from shadowdesk.services.errors import UserError
from shadowdesk.services.pairing import Proposal, UnpairedPerson
from shadowdesk.services.programs import ProgramInfo

# Planning a small program is instant; only show progress when the wait would be noticed.
PROGRESS_DELAY_MS = 300


@dataclass(frozen=True)
class ReadyProposal:
    """A proposal with what the review shows besides its table, prepared in the planner's worker."""

    proposal: Proposal
    pairs: int
    rounds_with_pairs: int
    unpaired_texts: tuple[str, ...]  # "Round 2: Anna Nowak (Sales)", one per proposal.unpaired
    partners: dict[Side, tuple[tuple[str, ...], tuple[int, ...]]]  # the names and ids of each side's active people


def prepare(services, program: ProgramInfo, proposal: Proposal) -> ReadyProposal:
    """Runs in the worker: counts, texts and, when someone is left without a partner, the people who may be
    their partner (read once here, not on the GUI thread each time another person is chosen)."""
    side_names = {Side.A: program.side_a, Side.B: program.side_b}
    texts = tuple(QCoreApplication.translate("PairingReviewDialog", "Round {round}: {name} ({side})").format(
        round=person.round, name=person.name, side=side_names[person.side]) for person in proposal.unpaired)
    enrolled = services.programs.enrolled(program.id) if proposal.unpaired else []
    active = {side: [person for person in enrolled if person.side is side and person.active] for side in Side}
    partners = {side: (tuple(person.full_name for person in people), tuple(person.person_id for person in people))
                for side, people in active.items()}
    return ReadyProposal(proposal, len(proposal.rows), len({row.round for row in proposal.rows}), texts, partners)


def plan(services, program_id: int, rounds: int, progress: Callable[[int, int], None],
         cancelled: Callable[[], bool]) -> Proposal:
    """The planner, in a child process (services/child_process.py): scipy and the working memory of a
    2,000 x 2,000 proposal (160 MiB at its peak) stay out of the window's process, and the planner's Python
    does not hold the interpreter lock against the GUI thread. Cancel stops that process."""
    return ChildProcess(services.database, services.paths, progress, cancelled).run(
        pairing_proposal, program_id, rounds)


class PairingReviewDialog(QDialog):
    def __init__(self, services, program: ProgramInfo, rounds: int, tasks: TaskRunner | QThreadPool | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PairingReviewDialog()
        self.ui.setupUi(self)
        self._services = services
        self._program = program
        self.saved_count = 0
        self.proposal: Proposal | None = None
        self.model = ProposalTableModel(self)
        self._unpaired: list[UnpairedPerson] = []  # the people of ui.unpairedList, row for row
        self._partners: dict[Side, tuple[tuple[str, ...], tuple[int, ...]]] = {}  # names and ids per side
        self._partner_ids: tuple[int, ...] = ()  # the people of ui.partnerCombo, row for row
        self.ui.proposalTable.setModel(self.model)
        self.model.rename_header(ProposalTableModel.COL_A, program.side_a)
        self.model.rename_header(ProposalTableModel.COL_B, program.side_b)
        # No row headers: they showed no text, and measuring them asked the model 50,000 times when 1,000 of
        # 8,000 rows were removed.
        self.ui.proposalTable.verticalHeader().hide()
        header = self.ui.proposalTable.horizontalHeader()
        # The columns are fitted once, when the proposal arrives, to the rows on screen and the first ones
        # (fitting them to contents all the time measured 1,000 of 2,000 rows at every change: 1 s frozen);
        # the coordinator may widen them, and a cell's tooltip holds its whole text.
        header.setResizeContentsPrecision(ROWS_MEASURED)
        header.setSectionResizeMode(ProposalTableModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        # Nor does the partner list measure 2,000 names: it is as wide as the form makes it, and its popup
        # lays out one line per name without asking for each name's size.
        self.ui.partnerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        popup = self.ui.partnerCombo.view()
        if isinstance(popup, QListView):
            popup.setUniformItemSizes(True)
        self.confirm_button.setText(self.tr("&Confirm pairs"))
        self.confirm_button.setEnabled(False)
        # Enter confirms, wherever the focus is: no other button of the dialog takes it over.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.confirm_button.setDefault(True)
        self.model.refused.connect(self.ui.noteLabel.setText)
        self.ui.unpairedBox.hide()
        self._set_editing_enabled(False)
        self._show_progress(False)
        self.ui.summaryLabel.setText(self.tr("Planning %n round(s) for “{program}”…", "", rounds).format(
            program=program.name))
        self.ui.swapButton.clicked.connect(self.swap_selected)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.unpairedList.currentRowChanged.connect(self._offer_partners)
        self.ui.pairByHandButton.clicked.connect(self.pair_by_hand)
        self.ui.buttonBox.accepted.connect(self.confirm)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.cancelPlanningButton.clicked.connect(self._stop)

        self.job = as_task_runner(tasks).run(
            lambda progress, cancelled: prepare(services, program, plan(services, program.id, rounds, progress,
                                                                        cancelled)),
            self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._planned)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self.reject)
        QTimer.singleShot(PROGRESS_DELAY_MS, self, lambda: self._show_progress(self.job.running))

    @property
    def confirm_button(self):
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _show_progress(self, visible: bool) -> None:
        self.ui.progressBar.setVisible(visible)
        self.ui.cancelPlanningButton.setVisible(visible)

    def _set_editing_enabled(self, enabled: bool) -> None:
        for widget in (self.ui.swapButton, self.ui.removeButton, self.ui.proposalTable):
            widget.setEnabled(enabled)

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setMaximum(total)
        self.ui.progressBar.setValue(done)

    def _stop(self) -> None:
        self.ui.cancelPlanningButton.setEnabled(False)
        self.ui.summaryLabel.setText(self.tr("Stopping after the round being planned…"))
        self.job.cancel()

    def _planned(self, ready: ReadyProposal) -> None:
        self.proposal = proposal = ready.proposal
        self._show_progress(False)
        self.model.set_rows(proposal.rows, proposal.rounds)
        self._fit_columns()
        if ready.pairs:
            self.ui.summaryLabel.setText(self.tr(
                "{pairs} proposed pairs over %n round(s). Swap partners or remove pairs, then confirm: "
                "nothing is saved before.", "", ready.rounds_with_pairs).format(pairs=ready.pairs))
        else:
            self.ui.summaryLabel.setText(self.tr(
                "No new pairs are possible: everyone has met every partner they may be paired with."))
        self._partners = ready.partners
        self._list_unpaired(proposal.unpaired, ready.unpaired_texts)
        self._set_editing_enabled(bool(ready.pairs))
        self.confirm_button.setEnabled(bool(ready.pairs))

    def _fit_columns(self) -> None:
        """Names fit the first rows; a round number and an ISO date have one width, so the first row's does."""
        table, header = self.ui.proposalTable, self.ui.proposalTable.horizontalHeader()
        for column in (ProposalTableModel.COL_A, ProposalTableModel.COL_B):
            table.resizeColumnToContents(column)
        if self.model.rowCount():
            for column in (ProposalTableModel.COL_ROUND, ProposalTableModel.COL_START, ProposalTableModel.COL_END):
                header.resizeSection(column, max(header.sectionSizeHint(column),
                                                 table.sizeHintForIndex(self.model.index(0, column)).width()))

    def _list_unpaired(self, unpaired: tuple[UnpairedPerson, ...], texts: tuple[str, ...]) -> None:
        self._unpaired = list(unpaired)
        self.ui.unpairedList.clear()
        self.ui.unpairedList.addItems(list(texts))
        self.ui.unpairedBox.setVisible(bool(unpaired))
        if unpaired:
            self.ui.unpairedList.setCurrentRow(0)

    def _chosen_unpaired(self) -> UnpairedPerson | None:
        row = self.ui.unpairedList.currentRow()
        return self._unpaired[row] if 0 <= row < len(self._unpaired) else None

    def _offer_partners(self) -> None:
        """The people enrolled on the other side of the one chosen: any of them may be their partner."""
        person = self._chosen_unpaired()
        names, self._partner_ids = ((), ()) if person is None else \
            self._partners[Side.B if person.side is Side.A else Side.A]
        combo = self.ui.partnerCombo
        combo.clear()
        combo.addItems(list(names))  # one call: 2,000 names are not 2,000 calls from Python
        self.ui.pairByHandButton.setEnabled(combo.count() > 0)

    def pair_by_hand(self) -> None:
        """Adds the chosen person and partner to the proposal, checked as a manual pair is; nothing is saved."""
        person, partner_row = self._chosen_unpaired(), self.ui.partnerCombo.currentIndex()
        if person is None or not 0 <= partner_row < len(self._partner_ids):
            return
        partner_id = self._partner_ids[partner_row]
        a_id, b_id = (person.person_id, partner_id) if person.side is Side.A else (partner_id, person.person_id)
        try:
            row = self._services.pairing.hand_pair(self._program.id, person.round, a_id, b_id, self.model.rows())
        except UserError as exc:
            self.ui.noteLabel.setText(str(exc))
            return
        self.model.add_row(row)
        self.ui.noteLabel.setText(self.tr("{a} and {b} were added to round {round}.").format(
            a=row.person_a_name, b=row.person_b_name, round=row.round))
        chosen = self.ui.unpairedList.currentRow()
        del self._unpaired[chosen]
        self.ui.unpairedList.takeItem(chosen)
        self.ui.unpairedBox.setVisible(self.ui.unpairedList.count() > 0)
        self.confirm_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self._show_progress(False)
        if not isinstance(error, UserError):
            raise error  # a bug: the global excepthook logs it and names the log file
        self.ui.summaryLabel.setText(str(error))

    def selected_rows(self) -> list[int]:
        """The rows selected (the table selects whole rows), read from the selection's ranges: asking for
        selectedRows() asks the model for the flags of every cell, 6,000 for 1,000 rows (a third of a second)."""
        return sorted({row for selected in self.ui.proposalTable.selectionModel().selection()
                       for row in range(selected.top(), selected.bottom() + 1)})

    def swap_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 2 or self.model.row_at(rows[0]).round != self.model.row_at(rows[1]).round:
            prompts.show_info(self, self.tr("Swap partners"), self.tr(
                "Select exactly two pairs of the same round; their side-B partners are then exchanged."))
            return
        self.model.swap_partners(*rows)

    def remove_selected(self) -> None:
        self.model.remove_rows(self.selected_rows())
        self.confirm_button.setEnabled(self.model.rowCount() > 0)

    def confirm(self) -> None:
        try:
            self.saved_count = self._services.pairing.apply(self._program.id, self.model.rows())
        except UserError as exc:
            prompts.show_error(self, self.tr("Pairs not saved"), str(exc))
            return
        self.accept()

    def reject(self) -> None:
        if self.job.running:
            self.job.cancel()
        super().reject()
