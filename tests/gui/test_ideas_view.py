"""The Ideas board on the demo company: which sessions an idea came out of, shown and changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from shadowdesk.gui import prompts
from shadowdesk.gui.views.ideas import IdeasView
from shadowdesk.gui.workers import TaskRunner

CAPACITY = "Shared capacity calendar for new language pairs"  # linked to a visit at Maison Lumière
TM_SERVICE = "Sell TM management as a service"  # linked to a visit at Вектор Банк


def plain(text: str) -> str:
    """The text without the invisible directional isolates around names."""
    return text.replace("\u2068", "").replace("\u2069", "")


@pytest.fixture
def board(qtbot, demo_services):
    view = IdeasView(demo_services)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.loaded):  # the cards are read in a worker, as a user waits for them
        view.refresh()
    return view


def choose(board: IdeasView, title: str) -> None:
    for column in board.columns.values():
        for row in range(column.count()):
            if column.item(row).text().startswith(title):
                column.setCurrentRow(row)
                return
    raise AssertionError(f"{title} is not on the board")


def open_dialog(qtbot, board: IdeasView):
    qtbot.mouseClick(board.link_button, Qt.MouseButton.LeftButton)
    dialog = board.link_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def visible_texts(dialog) -> list[str]:
    items = (dialog.session_list.item(row) for row in range(dialog.session_list.count()))
    return [plain(item.text()) for item in items if not item.isHidden()]


def tick_visible(dialog, row: int) -> None:
    """Move to the row-th session the filter shows and press Space, as a keyboard user does."""
    shown = [dialog.session_list.item(r) for r in range(dialog.session_list.count())
             if not dialog.session_list.item(r).isHidden()]
    dialog.session_list.setFocus()
    dialog.session_list.setCurrentItem(shown[row])
    QTest.keyClick(dialog.session_list, Qt.Key.Key_Space)


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_the_details_name_the_linked_session_by_date_kind_and_customer(board):
    choose(board, CAPACITY)
    assert plain(board.sessions_label.text()) == "3 Apr 2026 · Customer visit · Maison Lumière"


def test_two_sessions_found_by_typing_are_linked_and_shown_beside_the_earlier_one(qtbot, board, demo_services):
    choose(board, CAPACITY)
    dialog = open_dialog(qtbot, board)
    QTest.keyClicks(dialog.filter_edit, "kaizen visit oct")
    assert visible_texts(dialog) == [
        "16 Oct 2026 14:00 · Customer visit · Kaizen Games · host: Ana Müller-Ştefan",
        "2 Oct 2026 13:00 · Customer visit · Kaizen Games · host: Γιώργος Παπαδόπουλος",
    ]
    tick_visible(dialog, 0)
    tick_visible(dialog, 1)
    assert plain(dialog.note_label.text()).startswith("Chosen: 3.")

    press_ok(qtbot, dialog)

    assert not dialog.isVisible()
    assert plain(board.sessions_label.text()).splitlines() == [
        "16 Oct 2026 · Customer visit · Kaizen Games",
        "2 Oct 2026 · Customer visit · Kaizen Games",
        "3 Apr 2026 · Customer visit · Maison Lumière",
    ]
    assert board.title_edit.text() == CAPACITY  # the board stays on the idea it changed


def test_unticking_the_linked_session_unlinks_it(qtbot, board, demo_services):
    choose(board, TM_SERVICE)
    dialog = open_dialog(qtbot, board)
    # The dialog opens on the ticked session, though it is older than the program's others.
    assert plain(dialog.session_list.currentItem().text()).startswith("9 Jun 2026 14:00 · Customer visit · Вектор")
    QTest.keyClick(dialog.session_list, Qt.Key.Key_Space)
    QTest.keyClick(dialog.session_list, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert board.sessions_label.text() == "none"
    idea = next(i for i in demo_services.ideas.board()["proposed"] if i.title == TM_SERVICE)
    assert idea.sessions == ()


class Prompt:
    """Stands in for ask_reload_or_overwrite: answers once, records the question."""

    def __init__(self, monkeypatch, answer: str) -> None:
        self.answer, self.texts = answer, []
        monkeypatch.setattr(prompts, "ask_reload_or_overwrite", self)

    def __call__(self, _parent, _title: str, text: str) -> str:
        self.texts.append(text)
        return self.answer


def someone_renames(demo_services, title: str, new_title: str) -> None:
    idea = next(i for i in demo_services.ideas.board()["proposed"] if i.title == title)
    demo_services.ideas.update(idea.id, idea.version_id, new_title, idea.description, idea.owner_id)


def test_linking_on_a_stale_board_asks_and_overwrite_keeps_their_title_and_my_sessions(
        qtbot, board, demo_services, monkeypatch, shown_errors):
    choose(board, CAPACITY)
    dialog = open_dialog(qtbot, board)
    someone_renames(demo_services, CAPACITY, "Shared capacity calendar")
    asked = Prompt(monkeypatch, "overwrite")
    QTest.keyClicks(dialog.filter_edit, "kaizen visit 16 oct")
    tick_visible(dialog, 0)

    press_ok(qtbot, dialog)

    assert asked.texts == ["The idea “Shared capacity calendar” was changed by someone else since you opened it."]
    assert not shown_errors
    assert board.title_edit.text() == "Shared capacity calendar"
    assert plain(board.sessions_label.text()).splitlines() == [
        "16 Oct 2026 · Customer visit · Kaizen Games",
        "3 Apr 2026 · Customer visit · Maison Lumière",
    ]


def test_cancelling_the_stale_question_goes_back_to_the_ticked_sessions(qtbot, board, demo_services, monkeypatch):
    choose(board, CAPACITY)
    dialog = open_dialog(qtbot, board)
    someone_renames(demo_services, CAPACITY, "Shared capacity calendar")
    Prompt(monkeypatch, "cancel")
    QTest.keyClicks(dialog.filter_edit, "kaizen visit 16 oct")
    tick_visible(dialog, 0)

    press_ok(qtbot, dialog)

    qtbot.waitUntil(dialog.isVisible)
    assert len(dialog.chosen_ids()) == 2
    assert plain(board.sessions_label.text()) == "3 Apr 2026 · Customer visit · Maison Lumière"


def test_the_owner_is_found_by_typing_in_a_worker_and_saved_with_the_idea(qtbot, demo_services, held_pool):
    view = IdeasView(demo_services, tasks=TaskRunner(held_pool))
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    with qtbot.waitSignal(view.loaded):
        held_pool.release()  # the board's read
    choose(view, CAPACITY)
    someone = demo_services.people.find_people("ana")[0]
    field = view.owner_field
    field.clear()
    field.setFocus()
    QTest.keyClicks(field, "ana")
    qtbot.waitUntil(lambda: bool(held_pool.held))  # looked up in the worker once the typing pauses
    held_pool.release()
    qtbot.waitUntil(lambda: field.suggestions.rowCount() > 0)
    QTest.keyClick(field, Qt.Key.Key_Return)  # Enter takes the first suggestion
    assert field.person_id() == someone[0]
    view.save()
    idea = demo_services.ideas.get(view._current.id)
    assert (idea.owner_id, idea.title) == (someone[0], CAPACITY)
    assert view.columns["proposed"].item(0).text() == f"{CAPACITY}\nowner: {someone[1]}"


def test_moving_a_card_puts_it_first_in_its_new_column_without_reading_the_board_again(
        qtbot, board, demo_services, monkeypatch):
    choose(board, TM_SERVICE)
    before = {status: column.count() for status, column in board.columns.items()}
    read = []
    real = demo_services.ideas.board
    monkeypatch.setattr(demo_services.ideas, "board", lambda *args: read.append(args) or real(*args))
    board.move_combo.setCurrentIndex(board.move_combo.findData("under_review"))
    board.move_idea()
    assert read == []
    assert board.columns["under_review"].item(0).text().startswith(TM_SERVICE)
    assert board.columns["under_review"].currentRow() == 0 and board.title_edit.text() == TM_SERVICE
    assert board.columns["proposed"].count() == before["proposed"] - 1
    assert board.column_titles["under_review"].text() == f"Under review ({before['under_review'] + 1})"
    shown = {status: [column.item(n).data(Qt.UserRole).id for n in range(column.count())]
             for status, column in board.columns.items()}
    assert shown == {str(status): [idea.id for idea in ideas] for status, ideas in real().items()}


def test_the_board_is_read_in_a_worker_and_an_older_read_never_lands_on_a_newer_one(
        qtbot, demo_services, held_pool):
    view = IdeasView(demo_services, tasks=TaskRunner(held_pool))
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    assert not view.is_loaded() and all(column.count() == 0 for column in view.columns.values())
    demo_services.ideas.create("Read by the newer refresh only", "", demo_services.people.find_people("ana")[0][0])
    view.refresh()  # e.g. the section opened again before the first read came back
    newer = held_pool.held[1]
    with qtbot.waitSignal(view.loaded):
        newer.run()
        held_pool.held.remove(newer)
    with qtbot.assertNotEmitted(view.loaded, wait=50):
        held_pool.release()  # the older read ends last: dropped
    assert view.is_loaded()
    assert any(view.columns["proposed"].item(n).text().startswith("Read by the newer refresh only")
               for n in range(view.columns["proposed"].count()))
