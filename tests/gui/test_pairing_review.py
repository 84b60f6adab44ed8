"""Reviewing a planned rotation as a coordinator does: the rounds' dates, Enter to confirm, and pairing
someone the planner left without a partner by hand. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from shadowdesk.domain import Side
from shadowdesk.gui.dialogs.pairing_review import PairingReviewDialog
from shadowdesk.gui.models.pairing_model import ProposalTableModel
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
