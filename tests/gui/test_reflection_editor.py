"""The reflection editor: autosave after typing pauses, the recovery copy, saving on close; the views."""

from __future__ import annotations

import threading
from datetime import timedelta

from PySide6.QtCore import QThreadPool
from PySide6.QtTest import QTest

from shadowdesk.app import Services
from shadowdesk.gui.dialogs.reflection_editor import ReflectionEditor
from shadowdesk.gui.dialogs.search_dialog import SearchDialog
from shadowdesk.gui.draft_recovery import DraftRecovery
from shadowdesk.gui.views.ideas import IdeasView
from shadowdesk.gui.views.reflections import ReflectionsView
from shadowdesk.gui.workers import TaskRunner
from shadowdesk.model import Visibility
from shadowdesk.services.ideas import IdeaService
from shadowdesk.services.reflections import ReflectionService
from tests.services.notes_world import ENDED, build_world, write_note


def _editor(qtbot, db, world, folder, pool=None, **timing):
    editor = ReflectionEditor(
        ReflectionService(db), world.session, world.guest, folder, pool or QThreadPool(), **timing
    )
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_autosave_writes_once_typing_pauses_and_not_before(qtbot, sqlite_db, tmp_path):
    world = build_world(sqlite_db)
    editor = _editor(qtbot, sqlite_db, world, tmp_path, autosave_ms=300, recovery_ms=50)
    service = ReflectionService(sqlite_db)
    QTest.keyClicks(editor.ui.freeTextEdit, "Delivery needs glossaries")
    assert service.open_draft(world.session, world.guest).free_text == ""  # typing: nothing written yet
    qtbot.waitUntil(
        lambda: DraftRecovery(tmp_path, world.session, world.guest).read() is not None, timeout=2000
    )
    with qtbot.waitSignal(editor.saved, timeout=3000):
        pass
    assert service.open_draft(world.session, world.guest).free_text == "Delivery needs glossaries"
    assert "Saved at" in editor.ui.statusLabel.text()
    assert not DraftRecovery(tmp_path, world.session, world.guest).file.exists()  # the database has it all


def test_reopening_after_a_crash_restores_the_recovery_copy(qtbot, sqlite_db, tmp_path):
    world = build_world(sqlite_db)
    crashed = _editor(qtbot, sqlite_db, world, tmp_path, autosave_ms=60_000, recovery_ms=20)
    QTest.keyClicks(crashed._answer_edits[1], "promise less")
    QTest.keyClicks(crashed.ui.freeTextEdit, "typed before the crash")
    qtbot.waitUntil(
        lambda: DraftRecovery(tmp_path, world.session, world.guest).read() is not None, timeout=2000
    )
    crashed._autosave.stop()  # the process dies here: no autosave, no close
    crashed._dirty = False

    reopened = _editor(qtbot, sqlite_db, world, tmp_path)
    assert reopened.ui.recoveryLabel.isVisible()
    assert reopened.content().free_text == "typed before the crash"
    assert reopened.content().answers[1] == "promise less"
    reopened.close()
    assert (
        ReflectionService(sqlite_db).open_draft(world.session, world.guest).free_text
        == "typed before the crash"
    )


def test_closing_saves_and_submit_shares_the_note(qtbot, sqlite_db, tmp_path):
    world = build_world(sqlite_db)
    editor = _editor(qtbot, sqlite_db, world, tmp_path, autosave_ms=60_000)
    QTest.keyClicks(editor.ui.freeTextEdit, "short note")
    editor.ui.visibilityCombo.setCurrentIndex(editor.ui.visibilityCombo.findData("program"))
    editor.close()
    service = ReflectionService(sqlite_db)
    assert service.debrief(world.session, None).guest_notes == ()  # a draft: nobody else reads it
    again = _editor(qtbot, sqlite_db, world, tmp_path)
    assert not again.ui.recoveryLabel.isVisible() and again.content().free_text == "short note"
    with qtbot.waitSignal(again.submitted):
        again.ui.submitButton.click()
    assert [n.free_text for n in service.debrief(world.session, None).guest_notes] == ["short note"]


def test_closing_waits_for_its_own_save_and_not_for_a_report_running_in_the_same_pool(
    qtbot, sqlite_db, tmp_path
):
    world = build_world(sqlite_db)
    pool = QThreadPool()
    pool.setMaxThreadCount(1)  # the report holds the pool's only thread: the editor's save queues behind it
    report_running, report_may_end = threading.Event(), threading.Event()

    def slow_report(_progress, _cancelled):
        report_running.set()
        report_may_end.wait(30)  # a safety net only: released below

    report = TaskRunner(pool).run(slow_report)
    try:
        assert report_running.wait(10)
        editor = _editor(qtbot, sqlite_db, world, tmp_path, pool, autosave_ms=60_000)
        QTest.keyClicks(editor.ui.freeTextEdit, "saved behind the report")
        editor.ui.saveButton.click()  # a background save, queued
        QTest.keyClicks(editor.ui.freeTextEdit, ", then closed")

        editor.close()

        assert not editor.isVisible()
        assert report.running and not report.wait(0)  # closing did not wait for the report
        assert (
            ReflectionService(sqlite_db).open_draft(world.session, world.guest).free_text
            == "saved behind the report, then closed"
        )
        assert not DraftRecovery(tmp_path, world.session, world.guest).file.exists()
    finally:
        report_may_end.set()
        pool.waitForDone()


def test_views_show_only_what_the_current_user_may_read(qtbot, sqlite_db, app_paths):
    world = build_world(sqlite_db)
    write_note(sqlite_db, world, world.guest, "private words", Visibility.PRIVATE)
    write_note(sqlite_db, world, world.host, "shared with the pair", Visibility.PAIR)
    IdeaService(sqlite_db).create("Rush-rate card", "", world.guest)
    services = Services(sqlite_db, app_paths)
    office = ReflectionsView(services, lambda: ENDED + timedelta(days=5))  # before the file is claimed
    qtbot.addWidget(office)
    office.refresh()  # it asks who reads once, and keeps the answer
    services.identity.claim_ownership(world.host)
    view = ReflectionsView(services, lambda: ENDED + timedelta(days=5))  # the host's
    qtbot.addWidget(view)
    view.refresh()  # read in workers, as a user waits for the rows and the debrief to show
    debrief = view.debrief
    # Reads in the global pool, behind the office's: a loaded machine takes longer than 5 s for them.
    qtbot.waitUntil(lambda: view.notes_model.rowCount() == 1, timeout=30_000)
    qtbot.waitUntil(lambda: "shared with the pair" in debrief.host_view.toPlainText(), timeout=30_000)
    assert "private words" not in debrief.guest_view.toPlainText()
    qtbot.waitUntil(view.is_loaded, timeout=30_000)
    assert view.notes_model.rowCount() == 1
    office.refresh()  # the program office: neither note was shared with the program
    qtbot.waitUntil(office.is_loaded, timeout=30_000)
    assert office.notes_model.rowCount() == 0 and office.due_model.rowCount() == 0
    ideas = IdeasView(services)
    qtbot.addWidget(ideas)
    with qtbot.waitSignal(ideas.loaded):
        ideas.refresh()
    assert ideas.columns["proposed"].count() == 1 and ideas.column_titles["proposed"].text() == "Proposed (1)"
    search = SearchDialog(services.search, None)
    qtbot.addWidget(search)
    search.ui.queryEdit.setText("words")
    with qtbot.waitSignal(search.results_shown, timeout=10_000):
        search.run_search()
    assert search.ui.resultsList.count() == 0
