"""Reviewing a planned rotation as a coordinator does: the rounds' dates, Enter to confirm, and pairing
someone the planner left without a partner by hand. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, Qt

from shadowdesk.domain import ProgramStatus, Side
from shadowdesk.gui.dialogs import pairing_review
from shadowdesk.gui.dialogs.pairing_review import PairingReviewDialog
from shadowdesk.gui.models.pairing_model import ProposalTableModel
from shadowdesk.gui.tables import ROWS_MEASURED
from shadowdesk.services.pairing import Proposal, ProposedRow, UnpairedPerson
from shadowdesk.services.programs import EnrolledPerson, ProgramInfo
from tests.gui.pair_world import world_fixture  # noqa: F401 (the fixture "world")


def open_review(qtbot, world, pool, rounds: int = 2) -> PairingReviewDialog:
    dialog = PairingReviewDialog(world.services, world.services.programs.get(world.program_id), rounds, pool)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.proposal is not None)
    return dialog


def dates_shown(dialog) -> set[tuple[str, str, str]]:
    model = dialog.model
    return {tuple(model.index(r, c).data() for c in (model.COL_ROUND, model.COL_START, model.COL_END))
            for r in range(model.rowCount())}


def test_each_round_shows_its_dates_which_the_coordinator_changes_before_confirming(qtbot, world, synchronous_pool):
    dialog = open_review(qtbot, world, synchronous_pool)
    # 2026-11-02 to 2027-01-31 is 91 days: 45 for round 1, 46 for round 2.
    assert dates_shown(dialog) == {("1", "2026-11-02", "2026-12-16"), ("2", "2026-12-17", "2027-01-31")}
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).round == 2)
    start = model.index(row, ProposalTableModel.COL_START)
    assert model.flags(start) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(start, QDate(2027, 1, 4))  # what the date editor of the cell hands back
    assert not model.setData(model.index(row, ProposalTableModel.COL_END), QDate(2027, 1, 1))  # before the start
    assert "ends before it starts" in dialog.ui.noteLabel.text()
    assert dates_shown(dialog) == {("1", "2026-11-02", "2026-12-16"), ("2", "2027-01-04", "2027-01-31")}

    dialog.confirm_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = {(p.round, p.round_start, p.round_end) for p in world.services.pairing.list_pairs(world.program_id)}
    assert saved == {(1, date(2026, 11, 2), date(2026, 12, 16)), (2, date(2027, 1, 4), date(2027, 1, 31))}


def test_enter_confirms_the_pairs_and_cancel_is_not_the_default(qtbot, world, synchronous_pool):
    dialog = open_review(qtbot, world, synchronous_pool, rounds=1)
    cancel = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel)
    assert dialog.confirm_button.isDefault() and not cancel.isDefault() and not cancel.autoDefault()
    dialog.ui.proposalTable.setFocus()
    qtbot.keyClick(dialog.ui.proposalTable, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(world.services.pairing.list_pairs(world.program_id)) == 2


def test_someone_without_a_partner_is_listed_and_paired_by_hand_under_the_manual_pair_rules(
        qtbot, world, synchronous_pool):
    dialog = open_review(qtbot, world, synchronous_pool, rounds=1)
    unpaired = dialog.ui.unpairedList
    assert unpaired.count() == 1  # three salespeople, two project managers
    left = dialog.proposal.unpaired[0]
    assert left.side is Side.A and unpaired.item(0).text() == f"Round 1: {left.name} (Sales)"
    unpaired.setCurrentRow(0)
    partners = dialog.ui.partnerCombo
    assert sorted(partners.itemText(n) for n in range(partners.count())) == ["Dora PM", "Eli PM"]

    world.services.pairing.exclude(left.person_id, world.ids["Dora"], world.program_id, "Same customer")
    partners.setCurrentIndex(partners.findText("Dora PM"))
    dialog.ui.pairByHandButton.click()
    assert "excluded" in dialog.ui.noteLabel.text() and dialog.model.rowCount() == 2 and unpaired.count() == 1

    partners.setCurrentIndex(partners.findText("Eli PM"))
    dialog.ui.pairByHandButton.click()
    assert dialog.model.rowCount() == 3 and unpaired.count() == 0
    added = dialog.model.row_at(2)
    assert (added.person_a_name, added.person_b_name, added.reason) == (left.name, "Eli PM",
                                                                         "Paired by the coordinator")
    assert dialog.model.index(2, ProposalTableModel.COL_START).data() == "2026-11-02"
    dialog.confirm_button.click()
    assert {(p.person_a_name, p.person_b_name) for p in world.services.pairing.list_pairs(world.program_id)} \
        >= {(left.name, "Eli PM")}


def test_the_review_as_a_user_sees_it(qtbot, world, synchronous_pool, tmp_path):
    dialog = open_review(qtbot, world, synchronous_pool)
    dialog.resize(900, 560)
    dialog.ui.unpairedList.setCurrentRow(0)
    image = dialog.grab()
    assert image.save(str(tmp_path / "review.png")) and image.width() >= 900


def big_proposal(pairs: int) -> tuple[ProgramInfo, Proposal]:
    """One round of `pairs` pairs, as the planner proposes for 2,000 x 2,000 people; one person left over."""
    start, end = date(2026, 1, 5), date(2026, 6, 30)
    rows = tuple(ProposedRow(1, n, f"Seller {n}", pairs + n, f"Manager {n}", "Same office (Berlin); new partners",
                             start, end) for n in range(pairs))
    program = ProgramInfo(1, "Company rotation", "", start, end, "Sales", "Project Management", 4, 16.0,
                          ProgramStatus.ACTIVE, 1, pairs + 1, pairs)
    left = (UnpairedPerson(1, 2 * pairs, "Anna Nowak", Side.A),)
    return program, Proposal(program.id, program.name, rows, left, ((1, start, end),))


def test_a_proposal_of_2000_pairs_is_shown_and_edited_by_asking_the_model_only_for_the_rows_on_screen(
        qtbot, synchronous_pool, monkeypatch):
    program, proposal = big_proposal(2_000)
    managers = [EnrolledPerson(2_000 + n, f"Manager {n}", "", "PM", "Berlin", "Europe/Berlin", Side.B, 1, True)
                for n in range(2_000)]
    monkeypatch.setattr(pairing_review, "plan", lambda *_args: proposal)  # else planned in a child process
    services = SimpleNamespace(
        programs=SimpleNamespace(enrolled=lambda _program_id, side=None: [p for p in managers
                                                                          if side in (None, p.side)]))
    asked: set[int] = set()  # the rows whose texts, flags or row headers the view asked for
    data, flags, header = ProposalTableModel.data, ProposalTableModel.flags, ProposalTableModel.headerData

    def counted_data(model, index, role=Qt.ItemDataRole.DisplayRole):
        asked.add(index.row())
        return data(model, index, role)

    def counted_flags(model, index):
        asked.add(index.row())
        return flags(model, index)

    def counted_header(model, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            asked.add(section)
        return header(model, section, orientation, role)

    monkeypatch.setattr(ProposalTableModel, "data", counted_data)
    monkeypatch.setattr(ProposalTableModel, "headerData", counted_header)
    monkeypatch.setattr(ProposalTableModel, "flags", counted_flags)
    dialog = PairingReviewDialog(services, program, 1, synchronous_pool)
    qtbot.addWidget(dialog)
    dialog.resize(900, 560)
    dialog.show()
    qtbot.waitUntil(dialog.confirm_button.isEnabled)
    qtbot.waitExposed(dialog)
    table, model = dialog.ui.proposalTable, dialog.model

    def repainted() -> set[int]:
        dialog.grab()  # painted as the user sees it
        shown = set(asked)
        asked.clear()
        return shown

    assert model.rowCount() == 2_000
    assert dialog.ui.summaryLabel.text().startswith("2000 proposed pairs over 1 round.")
    on_screen = table.rowAt(table.viewport().height()) - table.rowAt(0) + 1
    assert 5 < on_screen < 40
    # The rows on screen, and the first rows the columns are fitted to: not the 2,000.
    assert len(repainted()) <= on_screen + ROWS_MEASURED
    assert dialog.ui.unpairedList.count() == 1 and dialog.ui.partnerCombo.count() == 2_000

    assert model.setData(model.index(0, ProposalTableModel.COL_START), QDate(2026, 1, 12))  # the whole round's
    assert len(repainted()) <= on_screen + 1
    assert model.index(1_999, ProposalTableModel.COL_START).data() == "2026-01-12"
    assert {row.round_start for row in model.rows()} == {date(2026, 1, 12)}
    asked.clear()

    table.selectionModel().select(QItemSelection(model.index(0, 0), model.index(999, 0)),
                                  QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    repainted()
    dialog.ui.removeButton.click()
    assert len(repainted()) <= on_screen + 1
    assert model.rowCount() == 1_000 and model.row_at(0).person_a_name == "Seller 1000"


def test_pairs_selected_apart_are_removed_and_the_others_kept_in_their_order():
    program, proposal = big_proposal(8)
    model = ProposalTableModel()
    model.set_rows(proposal.rows, proposal.rounds)
    model.remove_rows([6, 0, 2, 3, 7])
    assert [row.person_a_name for row in model.rows()] == ["Seller 1", "Seller 4", "Seller 5"]
