"""Ctrl+F search as a user sees it: results arrive from a worker and only what the viewer may read."""

from __future__ import annotations

from shadowdesk.gui.dialogs.search_dialog import SearchDialog
from shadowdesk.services.search_backlog import SearchBacklog


def test_typing_a_word_lists_the_notes_shared_with_the_program(qtbot, demo_services):
    expected = demo_services.search.search("termbase", None)
    assert expected.total > 0  # the demo has notes about termbases shared with the program
    dialog = SearchDialog(demo_services.search, None, typing_pause_ms=10)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.results_shown, timeout=10_000):
        dialog.ui.queryEdit.setText("termbase")  # the pause timer starts the search
    assert dialog.ui.resultsList.count() == len(expected.hits)
    assert "termbase" in dialog.ui.resultsList.item(0).text().lower()
    assert "termbase" in dialog.ui.previewBrowser.toPlainText().lower()


def queue_every_note(services) -> int:
    """What a bulk import or a restore leaves: every note waiting to be indexed again."""
    from sqlalchemy import text

    with services.database.transaction() as session:
        session.execute(text("UPDATE reflection SET free_text = free_text || ''"))
    return SearchBacklog(services.database).waiting()


def test_a_backlog_is_indexed_in_the_background_with_progress_and_the_search_runs_after_it(
        qtbot, demo_services, held_pool, held_tasks):
    waiting = queue_every_note(demo_services)
    assert waiting > 0
    backlog = SearchBacklog(demo_services.database)
    dialog = SearchDialog(demo_services.search, None, typing_pause_ms=10, backlog=backlog, tasks=held_tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.queryEdit.setText("termbase")
    dialog.run_search()  # as the typing pause does
    assert dialog.ui.countLabel.text().startswith("Indexing notes…")
    assert len(held_pool.held) == 1 and backlog.waiting() == waiting  # the search waits; nothing blocked
    held_pool.release()  # the indexing
    qtbot.waitUntil(lambda: not dialog.indexing())
    assert backlog.waiting() == 0
    with qtbot.waitSignal(dialog.results_shown):
        held_pool.release()  # the search it started once indexed
    assert dialog.ui.resultsList.count() == len(demo_services.search.search("termbase", None).hits) > 0


def test_a_search_still_running_when_the_dialog_is_closed_shows_nothing(qtbot, demo_services, held_pool, held_tasks):
    dialog = SearchDialog(demo_services.search, None, typing_pause_ms=10, tasks=held_tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.queryEdit.setText("termbase")
    dialog.run_search()
    assert len(held_pool.held) == 1  # the search waits in the pool
    shown = []
    dialog.results_shown.connect(lambda: shown.append(True))
    dialog.reject()  # Esc
    held_pool.release()
    qtbot.wait(50)  # the task's outcome arrives through the event loop
    assert shown == [] and dialog.ui.resultsList.count() == 0


def test_indexing_still_running_when_the_dialog_is_gone_ends_quietly(qtbot, demo_services, held_pool, held_tasks):
    import gc

    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    queue_every_note(demo_services)
    backlog = SearchBacklog(demo_services.database)
    dialog = SearchDialog(demo_services.search, None, backlog=backlog, tasks=held_tasks)
    dialog.show()
    dialog.ui.queryEdit.setText("termbase")
    dialog.run_search()  # waits for the indexing
    dialog.reject()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(dialog)
    del dialog
    gc.collect()
    held_pool.release()  # the indexing, asked to stop, ends; no search starts after it
    qtbot.wait(50)
    assert held_pool.held == []
