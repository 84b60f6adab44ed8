"""The Programs section as the coordinator uses it: programs, enrollment and balance, reviewing a plan."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from shadowdesk.app import AppContext
from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs.exclusions_dialog import ExclusionsDialog
from shadowdesk.gui.dialogs.pairing_review import PairingReviewDialog
from shadowdesk.gui.main_window import MainWindow
from shadowdesk.gui.models.pairing_model import PairsTableModel, ProposalTableModel
from shadowdesk.gui.models.programs_model import EnrolledTableModel, ProgramPairsModel, ProgramsTableModel
from shadowdesk.gui.permissions import SignedIn
from shadowdesk.gui.views.programs import ProgramsView
from shadowdesk.model import PairingStatus, ProgramStatus, SessionKind, Side
from shadowdesk.services.demo import load_demo
from shadowdesk.services.identity import IdentityService, Viewer
from shadowdesk.services.pairing import PairInfo, ProposedRow
from shadowdesk.services.people import PersonInput
from shadowdesk.services.programs import EnrolledPerson, ProgramDraft, ProgramInfo
from tests.gui.pair_world import world_fixture  # noqa: F401 (the fixture "world")
from tests.services.test_dashboard import LIVED_NOW, lived_program

AUTUMN = "Autumn Cross-Training"


@pytest.fixture
def services(app_paths):
    context = AppContext(app_paths)
    load_demo(context.services.database)
    yield context.services
    context.close()


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: shown.append(("info", text)))
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(("error", text)))
    monkeypatch.setattr(prompts, "ask_yes_no", lambda parent, title, text: True)
    return shown


def make_view(qtbot, services, pool, release=lambda: None) -> ProgramsView:
    """The view on the Autumn program, its people and pairs shown (release: lets a held pool run the read)."""
    view = ProgramsView(services, today=lambda: date(2026, 11, 2), pool=pool)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    view.programs_table.selectRow(view.programs_model.row_of(services.programs.find(AUTUMN).id))
    release()
    loaded(qtbot, view)
    return view


def loaded(qtbot, view: ProgramsView) -> None:
    """The program's people, pairs and progress are read in a worker: wait until they are shown."""
    qtbot.waitUntil(view.is_loaded)


def open_review(qtbot, view: ProgramsView, rounds: int) -> PairingReviewDialog:
    view.rounds_spin.setValue(rounds)
    dialog = view.open_review()
    qtbot.waitUntil(lambda: dialog.proposal is not None)
    return dialog


def shown_rows(dialog: PairingReviewDialog) -> list[tuple[str, ...]]:
    model = dialog.model
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def swappable_rows(dialog: PairingReviewDialog, made: set[tuple[int, int]]) -> tuple[int, int]:
    """Two rows of one round whose partners can be exchanged without repeating a pair."""
    rows = dialog.model.rows()
    taken = made | {(r.person_a_id, r.person_b_id) for r in rows}
    return next((i, j) for i, x in enumerate(rows) for j, y in enumerate(rows) if i < j and x.round == y.round
                and (x.person_a_id, y.person_b_id) not in taken and (y.person_a_id, x.person_b_id) not in taken)


def test_every_table_model_passes_the_model_tester(qtmodeltester):
    program = ProgramInfo(1, "P", "", date(2026, 1, 1), date(2026, 2, 1), "Sales", "PM", 4, 16.0,
                          ProgramStatus.CLOSED, 1, 3, 2)
    programs = ProgramsTableModel()
    programs.set_rows([program])
    qtmodeltester.check(programs)
    assert programs.index(0, ProgramsTableModel.COL_ENROLLED).data() == "3 : 2"
    assert programs.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # closed: greyed
    enrolled = EnrolledTableModel()
    enrolled.set_rows([EnrolledPerson(1, "Anna", "a@x.com", "Sales", "Berlin", "Europe/Berlin", Side.A, 2, True)])
    qtmodeltester.check(enrolled)
    pairs = PairsTableModel()
    pairs.set_rows([PairInfo(1, 1, 1, 1, "Anna", 2, "Zoë", PairingStatus.ENDED, "Same office")])
    qtmodeltester.check(pairs)
    program_pairs = ProgramPairsModel()
    program_pairs.page_size = 2
    program_pairs.show_pairs([PairInfo(n, 1, 1, n, "Anna", n + 10, f"Zoë {n}", PairingStatus.CONFIRMED, "")
                              for n in range(1, 6)], {}, "Sales", "PM")
    qtmodeltester.check(program_pairs)  # it fetches every page from the rows held
    assert program_pairs.rowCount() == 5 and program_pairs.index(4, program_pairs.COL_B).data() == "Zoë 5"
    assert program_pairs.headerData(program_pairs.COL_A, Qt.Orientation.Horizontal) == "Sales"
    proposal = ProposalTableModel()
    proposal.set_rows([ProposedRow(1, 1, "Anna", 3, "Zoë", "r"), ProposedRow(1, 2, "Jan", 4, "Omar", "r"),
                       ProposedRow(2, 1, "Anna", 4, "Omar", "r")])
    qtmodeltester.check(proposal)
    proposal.swap_partners(0, 1)
    proposal.remove_rows([2])
    qtmodeltester.check(proposal)
    assert [(r.person_a_name, r.person_b_name) for r in proposal.rows()] == [("Anna", "Omar"), ("Jan", "Zoë")]


def test_each_pair_row_shows_its_progress_against_the_targets_and_the_program_its_shares(qtbot, db, tmp_path,
                                                                                        synchronous_pool):
    view = ProgramsView(lived_program(db, tmp_path), today=lambda: LIVED_NOW.date(), pool=synchronous_pool,
                        signed_in=SignedIn(IdentityService(db)))
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    loaded(qtbot, view)
    model = view.pairs_model
    columns = (model.COL_A, model.COL_SESSIONS, model.COL_HOURS, model.COL_NEXT, model.COL_SINCE,
               model.COL_PROGRESS)
    assert sorted(tuple(model.index(row, c).data() for c in columns) for row in range(model.rowCount())) == [
        ("Sam", "1 / 2", "1 / 3", "–", "35 days ago", "Stalled"),
        ("Sara", "2 / 2", "2.5 / 3", "–", "7 days ago", "Target met"),
        ("Sven", "0 / 2", "0 / 3", "2026-06-11", "–", "Not started"),
    ]
    assert view.progress_label.text() == ("Progress against the targets: 33 % met, 33 % on track, 0 % behind, "
                                          "33 % not started. 1 pair stalled: no session lately and none "
                                          "planned.")


def test_the_section_fits_a_1024_px_wide_window_without_scrolling_sideways(qtbot, services, tmp_path):
    from PySide6.QtCore import QSettings

    window = MainWindow(services, QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    view = window.view(ProgramsView)
    window.ui.navList.setCurrentRow(window.ui.viewStack.indexOf(view))
    loaded(qtbot, view)
    qtbot.wait(50)  # the layout settles
    assert window.width() == 1024
    for scrolled in (view.scroller, view.programs_table, view.pairs_table, *view.side_tables.values()):
        assert scrolled.horizontalScrollBar().maximum() == 0, scrolled


def test_the_view_shows_both_sides_their_counts_and_the_balance(qtbot, services, synchronous_pool):
    view = make_view(qtbot, services, synchronous_pool)
    assert view.title_label.text().startswith(AUTUMN)
    assert view.side_boxes[Side.A].title() == "Side A: Sales (12)"
    assert view.side_boxes[Side.B].title() == "Side B: Project Management (12)"
    assert "balanced" in view.balance_label.text() and "⚠" not in view.balance_label.text()
    assert view.pairs_model.rowCount() == 12


def test_coming_back_to_the_section_shows_the_same_program_at_once_and_keeps_the_chosen_pair(
        qtbot, services, held_pool):
    view = make_view(qtbot, services, held_pool, held_pool.release)
    view.pairs_table.selectRow(3)
    chosen = view.pairs_model.row_at(3)
    view.hide()  # another section took the window
    view.show()
    view.refresh()  # as the window does on return; its read waits in the pool
    assert not view.is_loaded()
    assert view.side_boxes[Side.A].title() == "Side A: Sales (12)"  # not "Loading…" and empty tables
    assert view.pairs_model.rowCount() == 12
    held_pool.release()
    loaded(qtbot, view)
    assert [view.pairs_model.row_at(i.row()) for i in view.pairs_table.selectionModel().selectedRows()] == [chosen]


def test_the_people_pairs_and_progress_are_read_in_one_worker_and_shown_together(qtbot, services, held_pool):
    """Two workers side by side only took turns at the interpreter's lock on two cores, and the window
    waited behind both: one worker reads the program, and the pairs never show without their progress."""
    view = make_view(qtbot, services, held_pool, held_pool.release)
    view.programs_table.clearSelection()
    view.programs_table.selectRow(view.programs_model.row_of(services.programs.find(AUTUMN).id))
    assert len(held_pool.held) == 1
    assert view.pairs_model.rowCount() == 0 and view.balance_label.text() == "Loading…"
    assert not view.is_loaded()
    with qtbot.waitSignal(view.program_shown):
        held_pool.release()
    pairs = view.pairs_model
    assert pairs.rowCount() == 12
    assert "/" in pairs.index(0, pairs.COL_SESSIONS).data()
    assert view.progress_label.text().startswith("Progress against the targets")
    assert view.is_loaded()


def test_a_long_side_and_pair_list_show_a_page_at_a_time_and_count_everyone(qtbot, services, synchronous_pool):
    view = ProgramsView(services, today=lambda: date(2026, 11, 2), pool=synchronous_pool)
    qtbot.addWidget(view)
    view.resize(1000, 600)  # a side's table shows fewer than its 12 people
    for model in (view.side_models[Side.A], view.pairs_model):
        model.page_size = 5  # the demo's 12 people a side fill more than a page
    view.show()
    view.refresh(services.programs.find(AUTUMN).id)
    loaded(qtbot, view)
    people, table = view.side_models[Side.A], view.side_tables[Side.A]
    qtbot.wait(50)  # the table asks for the pages it has room for
    assert people.rowCount() < 12 and view.pairs_model.rowCount() < 12  # a page or two, not everyone
    assert view.side_boxes[Side.A].title() == "Side A: Sales (12)"
    assert view.pairs_box.title() == "Pairs (12)"
    everyone = sorted(p.full_name for p in services.programs.enrolled(view.current_program_id())
                      if p.side is Side.A)

    def scrolled_to_the_end() -> bool:  # the next page comes as the user scrolls to the last row
        table.scrollToBottom()
        return people.rowCount() == 12

    qtbot.waitUntil(scrolled_to_the_end)
    assert sorted(p.full_name for p in people.rows()) == everyone


def test_review_swap_remove_then_confirm_writes_exactly_the_adjusted_pairs(qtbot, services, messages,
                                                                           synchronous_pool):
    view = make_view(qtbot, services, synchronous_pool)
    program = services.programs.find(AUTUMN)
    before = {(p.person_a_id, p.person_b_id) for p in services.pairing.list_pairs(program.id)}
    dialog = open_review(qtbot, view, rounds=2)
    assert dialog.model.headerData(ProposalTableModel.COL_A, Qt.Orientation.Horizontal) == "Sales"
    assert {row[0] for row in shown_rows(dialog)} == {"2", "3"}  # round 1 exists already
    assert not dialog.ui.progressBar.isVisible()  # a small program plans without a progress bar
    assert len(services.pairing.list_pairs(program.id)) == 12  # nothing written while reviewing

    one, two = swappable_rows(dialog, before)
    first, second = dialog.model.row_at(one), dialog.model.row_at(two)
    table, selection = dialog.ui.proposalTable, dialog.ui.proposalTable.selectionModel()
    table.selectRow(one)
    selection.select(dialog.model.index(two, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    dialog.ui.swapButton.click()
    assert shown_rows(dialog)[one][1:3] == (first.person_a_name, second.person_b_name)
    assert shown_rows(dialog)[two][1:3] == (second.person_a_name, first.person_b_name)
    assert shown_rows(dialog)[one][3] == "Swapped by the coordinator"
    table.selectRow(next(r for r in range(dialog.model.rowCount()) if r not in (one, two)))
    dialog.ui.removeButton.click()
    expected = {(r.person_a_id, r.person_b_id, r.round) for r in dialog.model.rows()}
    assert len(expected) == 23

    dialog.confirm_button.click()
    assert messages == []
    assert dialog.result() == dialog.DialogCode.Accepted
    after = {(p.person_a_id, p.person_b_id, p.round) for p in services.pairing.list_pairs(program.id)
             if (p.person_a_id, p.person_b_id) not in before}
    assert after == expected
    loaded(qtbot, view)
    assert view.pairs_box.title() == "Pairs (35)"


def test_swapping_across_rounds_is_refused_and_a_bad_confirm_writes_nothing(qtbot, services, messages,
                                                                            synchronous_pool):
    view = make_view(qtbot, services, synchronous_pool)
    program = services.programs.find(AUTUMN)
    dialog = open_review(qtbot, view, rounds=2)
    rows = shown_rows(dialog)
    last = len(rows) - 1
    assert rows[0][0] != rows[last][0]
    table, selection = dialog.ui.proposalTable, dialog.ui.proposalTable.selectionModel()
    table.selectRow(0)
    selection.select(dialog.model.index(last, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    dialog.ui.swapButton.click()
    assert messages and "same round" in messages[-1][1]
    assert shown_rows(dialog) == rows

    row = dialog.model.row_at(0)
    services.pairing.exclude(row.person_a_id, row.person_b_id, program_id=program.id, reason="Conflict")
    dialog.confirm_button.click()
    assert messages[-1][0] == "error" and "excluded" in messages[-1][1]
    assert dialog.isVisible()
    assert len(services.pairing.list_pairs(program.id)) == 12


def test_stopping_a_slow_plan_closes_the_review_and_writes_nothing(qtbot, services, held_pool):
    view = make_view(qtbot, services, held_pool, release=held_pool.release)
    view.rounds_spin.setValue(3)
    dialog = view.open_review()
    qtbot.waitUntil(dialog.ui.cancelPlanningButton.isVisible)  # shown once planning takes a moment
    dialog.ui.cancelPlanningButton.click()
    with qtbot.waitSignal(dialog.rejected):
        held_pool.release()
    assert dialog.proposal is None
    assert len(services.pairing.list_pairs(services.programs.find(AUTUMN).id)) == 12


def test_planning_runs_on_a_worker_thread(qtbot, services, synchronous_pool):
    from PySide6.QtCore import QThreadPool

    view = make_view(qtbot, services, synchronous_pool)
    dialog = PairingReviewDialog(services, view.current_program(), 1, QThreadPool(), view)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.job.finished, timeout=10_000):
        dialog.open()
    assert dialog.model.rowCount() == 12 and dialog.confirm_button.isEnabled()


def test_create_a_program_then_enroll_a_department_and_a_file_of_emails(qtbot, services, messages, tmp_path,
                                                                        synchronous_pool):
    view = make_view(qtbot, services, synchronous_pool)
    form = view.open_new()
    form.ui.nameEdit.setText("Winter Exchange")
    form.ui.endDateEdit.setDate(form.ui.startDateEdit.date().addDays(-1))
    form.save_button().click()
    assert "ends before it starts" in form.ui.errorLabel.text() and form.isVisible()
    form.ui.endDateEdit.setDate(form.ui.startDateEdit.date().addDays(60))
    form.ui.statusCombo.setCurrentIndex(form.ui.statusCombo.findText("Active"))
    form.save_button().click()
    program = services.programs.find("Winter Exchange")
    assert (program.status, program.start_date) == (ProgramStatus.ACTIVE, date(2026, 11, 2))
    assert view.current_program_id() == program.id

    enroll = view.open_enroll(Side.A)
    enroll.ui.departmentRadio.setChecked(True)
    enroll.ui.departmentCombo.setCurrentText("Sales")
    enroll.ui.buttonBox.accepted.emit()
    loaded(qtbot, view)
    assert view.side_boxes[Side.A].title() == "Side A: Sales (12)"

    pms = [p.email for p in services.programs.enrolled(services.programs.find(AUTUMN).id, Side.B)][:4]
    emails = tmp_path / "pms.csv"
    emails.write_text("Email\n" + "\n".join(pms) + "\n", encoding="utf-16")
    enroll = view.open_enroll(Side.B)
    enroll.ui.emailsRadio.setChecked(True)
    enroll.ui.emailsFileEdit.setText(str(emails))
    enroll.ui.capacitySpin.setValue(2)
    enroll.ui.buttonBox.accepted.emit()
    loaded(qtbot, view)
    assert view.side_boxes[Side.B].title() == "Side B: Project Management (4)"
    assert view.balance_label.text().startswith("⚠") and "lopsided" in view.balance_label.text()


def test_enrolling_chosen_people_and_removing_them_again(qtbot, services, messages, synchronous_pool):
    view = make_view(qtbot, services, synchronous_pool)
    view.refresh(services.programs.create(ProgramDraft("Small", date(2026, 11, 1), date(2026, 12, 1))).id)
    enroll = view.open_enroll(Side.A)
    enroll.ui.searchEdit.setText("zoë")
    assert enroll.proxy.rowCount() == 1
    enroll.ui.peopleTable.selectRow(0)
    enroll.ui.buttonBox.accepted.emit()
    loaded(qtbot, view)
    assert [p.full_name for p in view.side_models[Side.A].rows()] == ["Zoë Dubois"]
    view.side_tables[Side.A].selectRow(0)
    view.unenroll_buttons[Side.A].click()
    loaded(qtbot, view)
    assert view.side_models[Side.A].rowCount() == 0


def test_excluding_a_pair_in_the_dialog_keeps_it_out_of_the_plan_until_it_is_removed(qtbot, services, messages,
                                                                                    monkeypatch, synchronous_pool):
    asked = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda parent, title, text: asked.append(text) or True)
    view = make_view(qtbot, services, synchronous_pool)
    program = services.programs.find(AUTUMN)
    enrolled = services.programs.enrolled(program.id)
    outsider = next(p for p in enrolled if p.side is Side.B and p.full_name != "Sofia Oliveira")
    services.pairing.exclude(enrolled[0].person_id, outsider.person_id, reason="Married")
    review = open_review(qtbot, view, rounds=1)
    planned = {(r.person_a_name, r.person_b_name) for r in review.model.rows()}
    review.reject()
    first = review.model.row_at(0)

    view.exclusions_button.click()
    dialog = view.findChild(ExclusionsDialog)
    assert dialog.isVisible()
    table = dialog.ui.exclusionsTable
    assert [table.model().index(0, c).data() for c in range(4)] == [
        enrolled[0].full_name, outsider.full_name, "Every program", "Married"]
    assert dialog.ui.personALabel.text() == "Side &A (Sales)"
    combo = dialog.ui.personBCombo
    qtbot.keyClicks(combo.lineEdit(), "oliv")  # any part of the name finds it
    popup = combo.completer().popup()
    assert popup.isVisible() and [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] \
        == ["Sofia Oliveira"]
    dialog.ui.personACombo.setCurrentText(first.person_a_name)
    combo.setCurrentText(first.person_b_name)
    dialog.ui.reasonEdit.setText("Same household")
    dialog.ui.excludeButton.click()
    assert dialog.ui.errorLabel.text() == ""
    row = next(r for r in dialog.model.rows() if r.person_a_name == first.person_a_name)
    assert (row.person_b_name, row.reason) == (first.person_b_name, "Same household")
    assert table.model().index(dialog.model.row_of(row.id), 2).data() == "This program"

    dialog.ui.personACombo.setCurrentText(first.person_b_name)  # a side-B name is not on side A's list
    dialog.ui.excludeButton.click()
    assert dialog.ui.errorLabel.text() == "Pick a name from the list of side A (Sales)."
    dialog.ui.everyProgramRadio.setChecked(True)
    for _ in range(2):  # a wider exclusion of the same pair is allowed, once
        dialog.ui.personACombo.setCurrentText(first.person_a_name)
        combo.setCurrentText(first.person_b_name)
        dialog.ui.excludeButton.click()
    assert dialog.ui.errorLabel.text() == (
        f"{first.person_a_name} and {first.person_b_name} are already excluded in every program.")
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Close).click()
    assert not dialog.isVisible()

    review = open_review(qtbot, view, rounds=1)
    replanned = {(r.person_a_name, r.person_b_name) for r in review.model.rows()}
    review.reject()
    assert (first.person_a_name, first.person_b_name) not in replanned
    assert first.person_a_name in {a for a, _ in replanned}  # still paired, with someone else

    dialog = view.open_exclusions()
    for _ in range(2):  # the exclusion for this program and the one for every program
        dialog.ui.exclusionsTable.selectRow(
            next(n for n, r in enumerate(dialog.model.rows()) if r.person_a_name == first.person_a_name))
        dialog.ui.removeButton.click()
    both = f"Allow {first.person_a_name} and {first.person_b_name} to be paired again"
    assert sorted(asked) == [f"{both} in every program?", f"{both} in “{AUTUMN}”?"]
    assert [(r.person_a_name, r.person_b_name) for r in dialog.model.rows()] == [
        (enrolled[0].full_name, outsider.full_name)]
    assert not dialog.ui.removeButton.isEnabled()  # nothing selected any more
    dialog.reject()
    assert {(r.person_a_name, r.person_b_name) for r in open_review(qtbot, view, rounds=1).model.rows()} == planned


def test_two_people_of_the_same_name_are_told_apart_by_email_when_excluding(qtbot, services, messages,
                                                                            synchronous_pool):
    program = services.programs.find(AUTUMN)
    twins = [services.people.add_person(PersonInput("Anna Kowalska", email, department="Sales"))
             for email in ("anna.k1@example.com", "anna.k2@example.com")]
    services.programs.enroll(program.id, Side.A, twins)
    partner = next(p for p in services.programs.enrolled(program.id) if p.side is Side.B)
    view = make_view(qtbot, services, synchronous_pool)
    view.exclusions_button.click()
    dialog = view.findChild(ExclusionsDialog)
    dialog.ui.personACombo.setCurrentText("Anna Kowalska <anna.k2@example.com>")  # the second of the two
    dialog.ui.personBCombo.setCurrentText(partner.full_name)
    dialog.ui.excludeButton.click()
    assert dialog.ui.errorLabel.text() == ""
    [made] = [e for e in services.pairing.exclusions(program.id) if e.person_b_name == partner.full_name
              and e.person_a_name == "Anna Kowalska"]
    assert made.person_a_id == twins[1]


def test_the_exclusions_dialog_works_from_the_keyboard(qtbot, services, messages, synchronous_pool):
    def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        # An open completer list takes the keys, as it grabs the keyboard on a real desktop.
        qtbot.keyClick(QApplication.activePopupWidget() or QApplication.focusWidget(), key, modifier)

    view = make_view(qtbot, services, synchronous_pool)
    with qtbot.waitActive(view):  # shortcuts reach the active window only
        view.activateWindow()
    view.programs_table.setFocus()
    press(Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # E&xclusions…
    qtbot.waitUntil(lambda: view.findChild(ExclusionsDialog) is not None)
    dialog = view.findChild(ExclusionsDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.ui.personACombo.hasFocus)
    qtbot.keyClicks(QApplication.focusWidget(), "Emily Carter")
    press(Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Sofia Oliveira")
    press(Qt.Key.Key_Return)  # closes the list of matches
    press(Qt.Key.Key_Return)  # presses the default button, Exclude this pair
    assert [(r.person_a_name, r.person_b_name) for r in dialog.model.rows()] == [("Emily Carter", "Sofia Oliveira")]
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# ---------------------------------------------------------------------------------- Schedule… from a pair


@pytest.fixture
def pair_view(qtbot, world, monkeypatch, synchronous_pool):
    """The program of tests/gui/pair_world.py with Anna and Dora paired, as the program office (the throwaway
    PostgreSQL server's superuser login is refused every action)."""
    monkeypatch.setattr(IdentityService, "whoami", lambda _self: None)
    pair = world.services.pairing.add_manual(world.program_id, world.ids["Anna"], world.ids["Dora"])
    view = ProgramsView(world.services, today=lambda: date(2026, 11, 20), pool=synchronous_pool)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    loaded(qtbot, view)
    return view, pair


def _sessions_shown(view) -> str:
    return view.pairs_model.index(0, PairsTableModel.COL_SESSIONS).data()


def test_schedule_from_a_pair_row_proposes_the_kind_it_had_fewer_of_and_its_row_shows_the_session(
        qtbot, world, pair_view, monkeypatch):
    view, pair = pair_view
    assert not view.schedule_button.isEnabled()  # no pair chosen yet
    view.pairs_table.selectRow(0)
    assert view.schedule_button.isEnabled() and _sessions_shown(view) == "0 / 2"
    first = view.open_schedule()
    assert first.ui.kindCombo.currentData() == SessionKind.PROJECT_SHADOW  # none yet: a shadow first
    assert first.host_field.person_id() == world.ids["Dora"]
    first.ui.dateEdit.setDate(QDate(2026, 11, 18))
    first.ui.loggedCheck.setChecked(True)  # it took place already
    first.save()
    assert not first.isVisible()
    loaded(qtbot, view)
    assert _sessions_shown(view) == "1 / 2"  # the pair's row, read again

    view.pairs_table.selectRow(0)
    view.pairs_table.setFocus()
    qtbot.keyClick(view.pairs_table, Qt.Key.Key_Return)  # Enter on the row, as a double-click
    second = view.session_editor
    assert second is not first and second.isVisible()
    assert second.ui.kindCombo.currentData() == SessionKind.CUSTOMER_VISIT  # the kind it has had fewer of
    assert second.host_field.person_id() == world.ids["Anna"]  # the salesperson hosts a visit


def test_schedule_is_held_back_from_someone_who_may_not_plan_sessions(qtbot, world, pair_view, monkeypatch):
    view, _pair = pair_view
    viewer = Viewer(world.ids["Anna"], "Anna Sales", "anna@x.example", frozenset({"participant"}))
    monkeypatch.setattr(IdentityService, "whoami", lambda _self: viewer)
    view = ProgramsView(world.services, today=lambda: date(2026, 11, 20), pool=view._pool)
    qtbot.addWidget(view)
    view.refresh()
    loaded(qtbot, view)
    view.pairs_table.selectRow(0)
    assert not view.schedule_button.isEnabled()
    assert view.schedule_button.toolTip() == "Only a coordinator can do this."
    assert view.open_schedule() is None and view.session_editor is None


def test_the_rounds_to_plan_read_as_words_one_round_or_many(qtbot, services, synchronous_pool):
    view = make_view(qtbot, services, synchronous_pool)
    assert view.rounds_spin.text() == "4 rounds"
    view.rounds_spin.setValue(1)
    assert view.rounds_spin.text() == "1 round"
    view.rounds_spin.stepUp()
    assert view.rounds_spin.text() == "2 rounds"


def test_leaving_the_section_stops_its_read_between_queries_and_the_return_reads_again(qtbot, services,
                                                                                       monkeypatch):
    """The sections' reads share one thread (gui/workers.reads_lane): a read of Programs that went on after
    the user left would keep the next section's reads waiting behind it."""
    import threading

    view = ProgramsView(services, today=lambda: date(2026, 11, 2))
    qtbot.addWidget(view)
    view.show()
    loaded(qtbot, view)
    reading, hidden, later_queries = threading.Event(), threading.Event(), []
    enrolled, list_pairs = services.programs.enrolled, services.pairing.list_pairs

    def enrolled_while_the_user_leaves(program_id):
        reading.set()
        hidden.wait(10)
        return enrolled(program_id)

    monkeypatch.setattr(services.programs, "enrolled", enrolled_while_the_user_leaves)
    monkeypatch.setattr(services.pairing, "list_pairs", lambda program_id: later_queries.append(program_id))
    view.refresh()
    assert reading.wait(10)
    view.hide()
    hidden.set()
    qtbot.waitUntil(view.is_loaded, timeout=10_000)
    assert later_queries == []  # it stopped after the query it was in
    monkeypatch.setattr(services.programs, "enrolled", enrolled)
    monkeypatch.setattr(services.pairing, "list_pairs", list_pairs)
    view.show()
    with qtbot.waitSignal(view.program_shown, timeout=10_000):
        view.refresh()
    assert view.pairs_model.rowCount() == 12


def test_a_program_that_cannot_be_read_says_so_and_counts_as_shown(qtbot, services, synchronous_pool,
                                                                    monkeypatch):
    def broken(_program_id):
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(services.reports, "pair_progress", broken)
    view = ProgramsView(services, today=lambda: date(2026, 11, 2), pool=synchronous_pool)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.program_shown, timeout=10_000):
        view.refresh()
    assert view.balance_label.text() == "Could not load this program: disk I/O error"
    assert view.is_loaded()
