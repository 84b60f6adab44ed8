"""Ctrl+F search as a user sees it: results arrive from a worker and only what the viewer may read."""

from __future__ import annotations

from shadowdesk.gui.dialogs.search_dialog import SearchDialog


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
