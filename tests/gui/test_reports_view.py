"""The Reports view: generate off the GUI thread with progress, cancel, open, save."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from shadowdesk.app import AppContext
from shadowdesk.gui import prompts
from shadowdesk.gui.views import reports as reports_view
from shadowdesk.gui.views.reports import PERSON_RECORD, ReportsView
from shadowdesk.services.demo import load_demo


@pytest.fixture
def services(app_paths):
    context = AppContext(app_paths)
    load_demo(context.services.database)
    yield context.services
    context.close()


def make_view(qtbot, services) -> ReportsView:
    view = ReportsView(services)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.lists_loaded, timeout=30_000):
        view.refresh()
    return view


def test_the_programs_and_people_to_choose_from_are_read_off_the_gui_thread(qtbot, services, held_pool,
                                                                          held_tasks):
    view = ReportsView(services, runner=held_tasks)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    assert not view.is_loaded() and view.ui.programCombo.count() == 0 and len(held_pool.held) == 1
    assert not view.ui.generateButton.isEnabled()
    with qtbot.waitSignal(view.lists_loaded, timeout=10_000):
        held_pool.release()
    assert view.is_loaded() and view.ui.programCombo.count() == 2 and view.ui.personCombo.count() > 0
    assert view.ui.generateButton.isEnabled()


def test_generates_a_program_report_then_opens_and_saves_it(qtbot, services, tmp_path, monkeypatch):
    view = make_view(qtbot, services)
    assert view.ui.programCombo.count() == 2 and not view.ui.openButton.isEnabled()
    view.ui.programCombo.setCurrentText("Autumn Cross-Training")
    progress = []
    view.ui.progressBar.valueChanged.connect(progress.append)
    with qtbot.waitSignal(view.report_ready, timeout=30_000) as ready:
        qtbot.mouseClick(view.ui.generateButton, Qt.MouseButton.LeftButton)
        assert view.ui.cancelButton.isEnabled() and not view.ui.generateButton.isEnabled()
    pdf = Path(ready.args[0])
    assert "Autumn Cross-Training" in PdfReader(pdf).pages[0].extract_text()
    assert progress and view.ui.progressBar.value() == view.ui.progressBar.maximum()
    assert view.ui.openButton.isEnabled() and view.ui.generateButton.isEnabled()

    opened = []
    monkeypatch.setattr(
        reports_view.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    view.ui.openButton.click()
    assert opened == [str(pdf)]
    target = tmp_path / "for management"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: str(target))
    view.ui.saveButton.click()
    assert (tmp_path / "for management.pdf").read_bytes() == pdf.read_bytes()

    # Saving as the same name again: "for management.pdf" exists; answering No keeps the old file.
    (tmp_path / "for management.pdf").write_bytes(b"the manager's annotated copy")
    asked = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda parent, title, text: asked.append(text) or False)
    view.ui.saveButton.click()
    assert "already exists" in asked[0]
    assert (tmp_path / "for management.pdf").read_bytes() == b"the manager's annotated copy"

    # A folder that cannot be written to is a message, not a crash.
    errors = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: str(tmp_path / "missing" / "x.pdf"))
    view.ui.saveButton.click()
    assert errors and "does not exist" in errors[0]

    # Nor may Save As write among the backups (or over the database): refused in plain words.
    backups = services.paths.backups
    errors.clear()
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: str(backups / "x.pdf"))
    view.ui.saveButton.click()
    assert errors and "would destroy it" in errors[0]
    assert not (backups / "x.pdf").exists()


def test_person_record_for_the_chosen_participant(qtbot, services):
    view = make_view(qtbot, services)
    view.ui.kindCombo.setCurrentIndex(PERSON_RECORD)
    assert view.ui.personCombo.isVisible() and not view.ui.programCombo.isVisible()
    view.ui.personCombo.setCurrentIndex(view.ui.personCombo.findData("misaki.sato@linguabridge.example"))
    with qtbot.waitSignal(view.report_ready, timeout=30_000) as ready:
        view.generate()
    assert "佐藤 美咲" in PdfReader(ready.args[0]).pages[0].extract_text()


def job_processes() -> list[int]:
    """This process's children that run a job (services/child_process.py), from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except (OSError, ValueError):
            continue  # not a process, or it ended meanwhile
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == os.getpid() and b"spawn_main" in cmdline:
            found.append(int(entry.name))
    return found


def test_cancel_stops_the_child_process_and_leaves_nothing_to_open(qtbot, services, monkeypatch):
    view = make_view(qtbot, services)
    errors = []
    monkeypatch.setattr(prompts, "show_error", lambda *args: errors.append(args))
    view.generate()
    qtbot.waitUntil(lambda: view.ui.progressBar.maximum() > 0, timeout=60_000)  # the child lays out pages
    assert len(job_processes()) == 1
    with qtbot.waitSignal(view.report_cancelled, timeout=30_000):
        qtbot.mouseClick(view.ui.cancelButton, Qt.MouseButton.LeftButton)
    assert errors == [] and view.pdf is None and job_processes() == []
    assert not view.ui.openButton.isEnabled() and view.ui.generateButton.isEnabled()
    assert "Cancelled" in view.ui.statusLabel.text()


def test_a_record_has_private_notes_only_when_the_signed_in_person_prints_their_own(qtbot, services,
                                                                                   monkeypatch):
    from sqlalchemy import select, update

    from shadowdesk.model import Person, Reflection, ReflectionStatus, Visibility
    from shadowdesk.services.identity import Viewer

    with services.database.transaction() as s:  # two people's private notes, marked to be found in the PDF
        authors = s.scalars(select(Reflection.author_id).where(
            Reflection.visibility == Visibility.PRIVATE, Reflection.status == ReflectionStatus.SUBMITTED)
            .group_by(Reflection.author_id).order_by(Reflection.author_id).limit(2)).all()
        people = [s.get(Person, author) for author in authors]
        me, colleague = [(p.id, p.full_name, p.email) for p in people]
        for author in authors:
            s.execute(update(Reflection).where(Reflection.author_id == author,
                                               Reflection.visibility == Visibility.PRIVATE)
                      .values(free_text=f"Privatemark{author}"))
    monkeypatch.setattr(services.identity, "whoami",
                        lambda: Viewer(me[0], me[1], me[2], frozenset({"participant"})))
    view = make_view(qtbot, services)
    view.ui.kindCombo.setCurrentIndex(PERSON_RECORD)
    assert not hasattr(view.ui, "asSelfCheck") and view.ui.privateNotesLabel.isVisible()

    def record_of(email: str) -> str:
        view.ui.personCombo.setCurrentIndex(view.ui.personCombo.findData(email))
        with qtbot.waitSignal(view.report_ready, timeout=30_000) as ready:
            view.generate()
        return "".join(page.extract_text() for page in PdfReader(ready.args[0]).pages)

    assert "Privatemark" not in record_of(colleague[2])  # a colleague's record, printed by me
    assert f"Privatemark{me[0]}" in record_of(me[2])  # my own


def test_a_report_cancelled_while_it_waits_for_the_pool_is_never_written(qtbot, services, held_pool, held_tasks):
    """The view runs its report on the task runner it is given (issue 17: one way to run background work)."""
    view = ReportsView(services, runner=held_tasks)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.lists_loaded, timeout=10_000):
        view.refresh()
        held_pool.release()
    view.generate()
    assert len(held_pool.held) == 1 and view.ui.cancelButton.isEnabled()
    with qtbot.waitSignal(view.report_cancelled, timeout=10_000):
        view.cancel()
        held_pool.release()
    assert view.ui.statusLabel.text() == "Cancelled; no report was written."
    assert view.pdf is None and view.ui.generateButton.isEnabled()
