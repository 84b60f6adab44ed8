"""The planner's proposal under review: the coordinator swaps partners, removes pairs, changes a round's dates,
pairs someone left without a partner by hand, then confirms (Enter confirms: it is the default button).

Planning runs off the GUI thread; if it takes longer than a moment, a progress bar and a Stop button
appear. Nothing is written until Confirm, and then all the remaining rows are written in one transaction.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QListWidgetItem, QPushButton, QWidget

from shadowdesk.domain import Side
from shadowdesk.gui import prompts
from shadowdesk.gui.forms.ui_pairing_review import Ui_PairingReviewDialog
from shadowdesk.gui.models.pairing_model import ProposalTableModel
from shadowdesk.gui.workers import TaskRunner, as_task_runner
from shadowdesk.services.errors import UserError
from shadowdesk.services.pairing import Proposal, UnpairedPerson
from shadowdesk.services.programs import ProgramInfo

# Planning a small program is instant; only show progress when the wait would be noticed.
PROGRESS_DELAY_MS = 300


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
        self.ui.proposalTable.setModel(self.model)
        self.model.rename_header(ProposalTableModel.COL_A, program.side_a)
        self.model.rename_header(ProposalTableModel.COL_B, program.side_b)
        header = self.ui.proposalTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProposalTableModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
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
        self.ui.summaryLabel.setText(self.tr("Planning {rounds} round(s) for “{program}”…").format(
            rounds=rounds, program=program.name))
        self.ui.swapButton.clicked.connect(self.swap_selected)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.unpairedList.currentRowChanged.connect(self._offer_partners)
        self.ui.pairByHandButton.clicked.connect(self.pair_by_hand)
        self.ui.buttonBox.accepted.connect(self.confirm)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.cancelPlanningButton.clicked.connect(self._stop)

        self.job = as_task_runner(tasks).run(
            lambda progress, cancelled: services.pairing.plan(program.id, rounds, should_stop=cancelled,
                                                              on_round=progress),
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

    def _planned(self, proposal: Proposal) -> None:
        self.proposal = proposal
        self._show_progress(False)
        self.model.set_rows(proposal.rows, proposal.rounds)
        rounds = len({row.round for row in proposal.rows})
        if proposal.rows:
            self.ui.summaryLabel.setText(self.tr(
                "{pairs} proposed pairs over {rounds} round(s). Swap partners or remove pairs, then confirm: "
                "nothing is saved before.").format(pairs=len(proposal.rows), rounds=rounds))
        else:
            self.ui.summaryLabel.setText(self.tr(
                "No new pairs are possible: everyone has met every partner they may be paired with."))
        self._list_unpaired(proposal.unpaired)
        self._set_editing_enabled(bool(proposal.rows))
        self.confirm_button.setEnabled(bool(proposal.rows))

    def _side_name(self, side: Side) -> str:
        return self._program.side_a if side is Side.A else self._program.side_b

    def _list_unpaired(self, unpaired: tuple[UnpairedPerson, ...]) -> None:
        self.ui.unpairedList.clear()
        for person in unpaired:
            item = QListWidgetItem(self.tr("Round {round}: {name} ({side})").format(
                round=person.round, name=person.name, side=self._side_name(person.side)))
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.ui.unpairedList.addItem(item)
        self.ui.unpairedBox.setVisible(bool(unpaired))
        if unpaired:
            self.ui.unpairedList.setCurrentRow(0)

    def _chosen_unpaired(self) -> UnpairedPerson | None:
        item = self.ui.unpairedList.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _offer_partners(self) -> None:
        """The people enrolled on the other side of the one chosen: any of them may be their partner."""
        combo = self.ui.partnerCombo
        combo.clear()
        person = self._chosen_unpaired()
        if person is not None:
            other = Side.B if person.side is Side.A else Side.A
            for partner in self._services.programs.enrolled(self._program.id, other):
                if partner.active:
                    combo.addItem(partner.full_name, partner.person_id)
        self.ui.pairByHandButton.setEnabled(combo.count() > 0)

    def pair_by_hand(self) -> None:
        """Adds the chosen person and partner to the proposal, checked as a manual pair is; nothing is saved."""
        person, partner_id = self._chosen_unpaired(), self.ui.partnerCombo.currentData()
        if person is None or partner_id is None:
            return
        a_id, b_id = (person.person_id, partner_id) if person.side is Side.A else (partner_id, person.person_id)
        try:
            row = self._services.pairing.hand_pair(self._program.id, person.round, a_id, b_id, self.model.rows())
        except UserError as exc:
            self.ui.noteLabel.setText(str(exc))
            return
        self.model.add_row(row)
        self.ui.noteLabel.setText(self.tr("{a} and {b} were added to round {round}.").format(
            a=row.person_a_name, b=row.person_b_name, round=row.round))
        self.ui.unpairedList.takeItem(self.ui.unpairedList.currentRow())
        self.ui.unpairedBox.setVisible(self.ui.unpairedList.count() > 0)
        self.confirm_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self._show_progress(False)
        if not isinstance(error, UserError):
            raise error  # a bug: the global excepthook logs it and names the log file
        self.ui.summaryLabel.setText(str(error))

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.ui.proposalTable.selectionModel().selectedRows())

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
