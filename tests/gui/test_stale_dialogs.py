"""Two users, one record, in the forms: when someone else saved the record since the form opened, the
user is asked (the prompt is replaced here) and gets what they chose. Reload puts the other version in
the form, Overwrite saves the typed values over it, Cancel leaves the form as typed and saves nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from shadowdesk.app import Services
from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs.program_dialog import ProgramDialog
from shadowdesk.gui.dialogs.reflection_editor import ReflectionEditor
from shadowdesk.gui.dialogs.session_editor import SessionEditor
from shadowdesk.gui.draft_recovery import DraftRecovery
from shadowdesk.gui.views.ideas import IdeasView
from shadowdesk.gui.views.people import PeopleView
from shadowdesk.gui.views.programs import ProgramsView
from shadowdesk.model import PairingStatus, SessionKind, SessionStatus, Visibility
from shadowdesk.services.history import HistoryService
from shadowdesk.services.people import PersonInput
from shadowdesk.services.programs import ProgramDraft
from shadowdesk.services.schedule_types import EditScope, Frequency, Repeat, SessionDraft
from tests.gui.test_session_editor import pick
from tests.services.notes_world import build_world

NOW = datetime(2026, 3, 11, 10, 0, tzinfo=UTC)
BERLIN = "Europe/Berlin"


class Prompt:
    """Stands in for ask_reload_or_overwrite: answers with the given choices in turn, records the texts."""

    def __init__(self, monkeypatch, *answers: str) -> None:
        self.answers = list(answers)
        self.texts: list[str] = []
        monkeypatch.setattr(prompts, "ask_reload_or_overwrite", self)

    def __call__(self, _parent, _title: str, text: str) -> str:
        self.texts.append(text)
        return self.answers.pop(0)


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def services(sqlite_db, app_paths) -> Services:
    return Services(sqlite_db, app_paths)


# ----------------------------------------------------------------------------------------- a person


@pytest.fixture
def person_dialog(qtbot, services, synchronous_tasks):
    """The edit dialog of Anna open; then someone else changes her job title."""
    anna = services.people.add_person(PersonInput("Anna Nowak", "anna@x.com", "Sales", "Account Executive"))
    view = PeopleView(services, tasks=synchronous_tasks)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(view.is_loaded)
    assert view.select_person(anna)
    qtbot.waitUntil(view.is_loaded)  # her detail, read in a worker, is what the dialog edits
    view.edit_selected()
    opened = services.people.get_person(anna)
    services.people.edit_person(anna, replace(opened.as_input(), job_title="Key Account Manager"),
                                opened.version)
    view.person_dialog.ui.locationEdit.setText("Kraków")  # what this user types meanwhile
    return view, view.person_dialog, anna


def _click_save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_person_reload_shows_their_change_and_saves_only_after_another_click(qtbot, services, person_dialog,
                                                                             monkeypatch):
    view, dialog, anna = person_dialog
    asked = Prompt(monkeypatch, "reload")

    _click_save(qtbot, dialog)

    assert asked.texts == ["Anna Nowak was changed by someone else since you opened it."]
    assert dialog.isVisible()
    assert dialog.ui.jobTitleEdit.text() == "Key Account Manager"
    assert dialog.ui.locationEdit.text() == ""  # the typed value is gone: the user chose Reload
    assert services.people.get_person(anna).location == ""
    dialog.ui.locationEdit.setText("Warszawa")
    _click_save(qtbot, dialog)
    assert not dialog.isVisible()
    stored = services.people.get_person(anna)
    assert (stored.job_title, stored.location) == ("Key Account Manager", "Warszawa")
    qtbot.waitUntil(view.is_loaded)  # the roster and her detail, read again after the save
    assert view.detail.location == "Warszawa"


@pytest.fixture
def claimed(services) -> int:
    """The file belongs to Olga from the start, so every save is recorded as hers (model/history.py)."""
    olga = services.people.add_person(PersonInput("Olga Owner", "olga@x.com"))
    services.identity.claim_ownership(olga)
    return olga


def test_person_question_says_who_saved_it_meanwhile_and_when(qtbot, services, claimed, person_dialog,
                                                              monkeypatch):
    _view, dialog, anna = person_dialog
    asked = Prompt(monkeypatch, "cancel")

    _click_save(qtbot, dialog)

    saved = HistoryService(services.database).of("person", anna)[-1]
    assert (saved.by, saved.columns) == ("Olga Owner", ("job_title",))
    when = f"{saved.at.astimezone():%H:%M on %d %b %Y}"
    assert asked.texts == [f"Anna Nowak was changed by you in another window at {when} since you opened it."]


def test_person_overwrite_saves_the_typed_values_over_theirs(qtbot, services, person_dialog, monkeypatch):
    _view, dialog, anna = person_dialog
    Prompt(monkeypatch, "overwrite")

    _click_save(qtbot, dialog)

    assert not dialog.isVisible()
    stored = services.people.get_person(anna)
    assert (stored.job_title, stored.location) == ("Account Executive", "Kraków")


def test_person_cancel_keeps_the_typed_values_and_asks_again_on_the_next_save(qtbot, services, person_dialog,
                                                                              monkeypatch):
    _view, dialog, anna = person_dialog
    asked = Prompt(monkeypatch, "cancel", "cancel")

    _click_save(qtbot, dialog)

    assert dialog.isVisible() and dialog.ui.locationEdit.text() == "Kraków"
    assert "changed by someone else" in dialog.ui.errorLabel.text()
    assert services.people.get_person(anna).location == ""
    _click_save(qtbot, dialog)
    assert len(asked.texts) == 2  # still stale: never saved over their change without asking


# ---------------------------------------------------------------------------------------- a session


@pytest.fixture
def session_editor(qtbot, services):
    """The editor of a planned session open; then someone else rewrites its agenda."""
    host = services.people.add_person(PersonInput("Piotr Zieliński", "piotr@x.com", time_zone=BERLIN))
    guest = services.people.add_person(PersonInput("Anna Nowak", "anna@x.com", time_zone=BERLIN))
    draft = SessionDraft(SessionKind.PROJECT_SHADOW, host, (guest,), NOW + timedelta(days=2, hours=-1),
                         timedelta(hours=2), BERLIN, "Room 4", agenda="Sprint review")
    [session_id] = services.scheduling.create(draft)
    editor = SessionEditor(services, BERLIN, lambda: NOW, session_id)
    qtbot.addWidget(editor)
    editor.show()
    opened = services.scheduling.get(session_id)
    services.scheduling.update(session_id, opened.version_id, replace(draft, agenda="Release planning"))
    editor.ui.locationEdit.setText("Room 7")
    return editor, session_id


def test_session_reload_shows_their_agenda_with_the_guests_once(qtbot, services, session_editor, monkeypatch,
                                                                 errors):
    editor, session_id = session_editor
    asked = Prompt(monkeypatch, "reload")

    editor.save()

    assert asked.texts[0].startswith("The session of Fri 13 Mar 2026, 10:00 was changed by someone else")
    assert editor.isVisible() and not errors
    assert editor.ui.agendaEdit.toPlainText() == "Release planning"
    assert editor.ui.locationEdit.text() == "Room 4"
    assert editor.ui.guestsList.count() == 1
    editor.ui.locationEdit.setText("Room 7")
    with qtbot.waitSignal(editor.saved):
        editor.save()
    stored = services.scheduling.get(session_id)
    assert (stored.agenda, stored.location) == ("Release planning", "Room 7")


def test_session_overwrite_saves_the_form_over_their_change(services, session_editor, monkeypatch, errors):
    editor, session_id = session_editor
    Prompt(monkeypatch, "overwrite")

    editor.save()

    assert not editor.isVisible() and not errors
    stored = services.scheduling.get(session_id)
    assert (stored.agenda, stored.location) == ("Sprint review", "Room 7")


def test_session_cancelling_from_a_stale_editor_asks_first(services, session_editor, monkeypatch, errors):
    editor, session_id = session_editor
    asked = Prompt(monkeypatch, "cancel", "overwrite")
    editor.ui.reasonEdit.setText("Customer moved it")

    editor.ui.cancelSessionButton.click()
    assert editor.isVisible() and services.scheduling.get(session_id).status is SessionStatus.PLANNED

    editor.ui.cancelSessionButton.click()
    assert len(asked.texts) == 2 and not editor.isVisible()
    stored = services.scheduling.get(session_id)
    assert (stored.status, stored.status_reason) == (SessionStatus.CANCELLED, "Customer moved it")


@pytest.fixture
def series_editor(qtbot, services):
    """The editor of the first session of a weekly series open; then someone else rewrites the second's agenda."""
    host = services.people.add_person(PersonInput("Piotr Zieliński", "piotr@x.com", time_zone=BERLIN))
    guest = services.people.add_person(PersonInput("Anna Nowak", "anna@x.com", time_zone=BERLIN))
    draft = SessionDraft(SessionKind.PROJECT_SHADOW, host, (guest,), NOW + timedelta(days=2, hours=-1),
                         timedelta(hours=2), BERLIN, "Room 4", agenda="Weekly review",
                         repeat=Repeat(Frequency.WEEKLY, count=3))
    ids = services.scheduling.create(draft)
    editor = SessionEditor(services, BERLIN, lambda: NOW, ids[0])
    qtbot.addWidget(editor)
    editor.show()
    second = services.scheduling.get(ids[1])
    services.scheduling.update(ids[1], second.version_id, replace(draft, starts_at=second.starts_at, repeat=None,
                                                                  agenda="Demo for the customer"))
    editor.ui.scopeCombo.setCurrentIndex(editor.ui.scopeCombo.findData(EditScope.SERIES))
    editor.ui.locationEdit.setText("Room 7")
    return editor, ids


def test_a_series_edit_asks_when_another_session_of_the_series_was_changed(services, series_editor, monkeypatch,
                                                                           errors):
    editor, ids = series_editor
    asked = Prompt(monkeypatch, "cancel", "overwrite")

    editor.save()

    assert asked.texts == ["Another session of this series (Fri 20 Mar 2026, 10:00) was changed by someone else "
                           "since you opened it."]
    assert editor.isVisible() and not errors
    assert services.scheduling.get(ids[1]).agenda == "Demo for the customer"  # theirs, kept until asked
    editor.save()
    assert not editor.isVisible() and len(asked.texts) == 2
    assert [services.scheduling.get(i).location for i in ids] == ["Room 7"] * 3


def test_cancelling_a_series_asks_when_another_session_of_the_series_was_changed(services, series_editor,
                                                                                 monkeypatch, errors):
    editor, ids = series_editor
    asked = Prompt(monkeypatch, "reload")
    editor.ui.reasonEdit.setText("Project paused")

    editor.ui.cancelSessionButton.click()

    assert len(asked.texts) == 1 and editor.isVisible() and not errors
    assert {services.scheduling.get(i).status for i in ids} == {SessionStatus.PLANNED}
    editor.ui.scopeCombo.setCurrentIndex(editor.ui.scopeCombo.findData(EditScope.SERIES))
    editor.ui.reasonEdit.setText("Project paused")
    editor.ui.cancelSessionButton.click()  # reloaded: their change is seen now, so the cancel goes through
    assert not editor.isVisible() and len(asked.texts) == 1
    assert {services.scheduling.get(i).status for i in ids} == {SessionStatus.CANCELLED}


def test_a_booking_saved_by_someone_else_between_the_check_and_the_save_is_shown_as_a_warning(
        qtbot, services, session_editor, monkeypatch, errors, synchronous_tasks):
    """The editor's check found nothing, then someone booked the host at that time before the save (here:
    the check runs as if before their booking): the double booking is shown like the check's warnings, and
    the session is saved only once the user accepts it."""
    _editor, session_id = session_editor
    theirs = services.scheduling.get(session_id)
    new = SessionEditor(services, BERLIN, lambda: NOW, tasks=synchronous_tasks)
    qtbot.addWidget(new)
    new.show()
    pick(qtbot, new.host_field, "Piotr")
    pick(qtbot, new.guest_field, "Anna")
    assert (new.host_field.person_id(), new.guest_ids()) == (theirs.host_id, theirs.guest_ids)
    start = theirs.starts_at.astimezone(ZoneInfo(BERLIN))
    new.ui.zoneCombo.setCurrentText(BERLIN)
    new.ui.dateEdit.setDate(start.date())
    new.ui.startEdit.setTime(QTime(start.hour, start.minute))
    monkeypatch.setattr(services.scheduling, "check", lambda *args: [])

    new.save()

    assert new.isVisible() and new.ui.warningsBox.isVisible() and not errors
    assert new.ui.warningsList.item(0).text() == (
        "Anna Nowak and Piotr Zieliński already have a session at 2026-03-13 10:00 (Europe/Berlin) that overlaps "
        "this one.")
    with qtbot.waitSignal(new.saved) as saved:
        new.ui.acceptButton.click()
    [new_id] = saved.args[0]
    assert "double_booking" in services.scheduling.get(new_id).accepted_warnings


# --------------------------------------------------------------------------- a program, a pair, an idea


def test_program_overwrite_keeps_the_typed_name(qtbot, services, monkeypatch):
    program = services.programs.create(ProgramDraft("Spring", date(2026, 3, 1), date(2026, 6, 30)))
    dialog = ProgramDialog(services, services.programs.get(program.id))
    qtbot.addWidget(dialog)
    dialog.open()
    services.programs.update(program.id, replace(ProgramDraft("Spring", date(2026, 3, 1), date(2026, 6, 30)),
                                                 description="Theirs"), program.version_id)
    dialog.ui.nameEdit.setText("Spring 2026")
    asked = Prompt(monkeypatch, "overwrite")

    dialog.save()

    assert asked.texts == ["The program “Spring” was changed by someone else since you opened it."]
    assert dialog.saved is not None and dialog.saved.name == "Spring 2026"
    assert services.programs.get(program.id).description == ""


def test_idea_reload_shows_their_title_on_the_board(qtbot, sqlite_db, services, monkeypatch):
    world = build_world(sqlite_db)
    idea = services.ideas.create("Shared glossary", "", world.guest)
    board = IdeasView(services)
    qtbot.addWidget(board)
    with qtbot.waitSignal(board.loaded):
        board.refresh(keep=idea.id)
    services.ideas.update(idea.id, idea.version_id, "Shared glossary for sales and PM", "", None)
    board.description_edit.setPlainText("typed on the stale board")
    Prompt(monkeypatch, "reload")

    with qtbot.waitSignal(board.loaded):  # the reload reads the board again
        board.save()

    assert board.title_edit.text() == "Shared glossary for sales and PM"
    assert board.description_edit.toPlainText() == ""
    assert services.ideas.get(idea.id).description == ""


def test_ending_a_pair_someone_else_changed_asks_and_reload_refreshes_the_list(services, sqlite_db, qtbot,
                                                                                 monkeypatch, errors):
    world = build_world(sqlite_db)
    pair = services.pairing.add_manual(world.program, world.guest, world.host)
    view = ProgramsView(services)
    qtbot.addWidget(view)
    view.refresh(world.program)
    qtbot.waitUntil(lambda: view.pairs_model.rowCount() > 0)  # the pairs are read in a worker
    view.pairs_table.selectRow(0)
    services.pairing.end(pair.id, pair.version_id)
    asked = Prompt(monkeypatch, "reload")

    view.end_selected_pair()
    qtbot.waitUntil(lambda: view.pairs_model.row_at(0).status is PairingStatus.ENDED)  # reloaded

    assert asked.texts == ["The pair Łukasz Łukasiewicz and Małgorzata Wiśniewska was changed by someone else "
                           "since you opened it."]
    assert not errors and view.pairs_model.row_at(0).status is PairingStatus.ENDED
    assert view.pairs_model.row_at(0).version_id == pair.version_id + 1


# ------------------------------------------------------------- one author, the same note in two windows


@pytest.fixture
def two_windows(qtbot, sqlite_db, services, tmp_path):
    world = build_world(sqlite_db)
    windows = []
    for _ in range(2):
        editor = ReflectionEditor(services.reflections, world.session, world.guest, tmp_path, QThreadPool(),
                                  autosave_ms=100, recovery_ms=20)
        qtbot.addWidget(editor)
        editor.show()
        windows.append(editor)
    return world, windows


def _stored_text(services, world) -> str:
    return services.reflections.open_draft(world.session, world.guest).free_text


def test_the_second_window_is_told_on_autosave_and_overwrite_keeps_its_text(qtbot, services, two_windows,
                                                                            tmp_path, monkeypatch):
    world, (first, second) = two_windows
    QTest.keyClicks(first.ui.freeTextEdit, "written in the first window")
    with qtbot.waitSignal(first.saved, timeout=3000):
        pass
    QTest.keyClicks(second.ui.freeTextEdit, "written in the second window")

    qtbot.waitUntil(lambda: "saved elsewhere first" in second.ui.statusLabel.text(), timeout=3000)
    assert "changed by someone else" in second.ui.statusLabel.toolTip()
    assert _stored_text(services, world) == "written in the first window"
    recovery = DraftRecovery(tmp_path, world.session, world.guest).read()
    assert recovery is not None and recovery.content.free_text == "written in the second window"

    asked = Prompt(monkeypatch, "overwrite")
    with qtbot.waitSignal(second.saved, timeout=3000):
        second.ui.saveButton.click()
    assert asked.texts[0].startswith("Your note on the session of 02 Mar 2026 was changed by someone else")
    assert _stored_text(services, world) == "written in the second window"
    first.ui.freeTextEdit.setPlainText("")  # the first window let go without a word...
    Prompt(monkeypatch, "cancel")
    first.close()
    assert first.isVisible()  # ...is not allowed: it is now the stale one, and Cancel keeps it open
    assert _stored_text(services, world) == "written in the second window"
    Prompt(monkeypatch, "reload")
    first.close()
    assert first.ui.freeTextEdit.toPlainText() == "written in the second window"
    first.close()
    assert not first.isVisible()


def test_reload_in_the_second_window_drops_its_text_and_recovery_copy(qtbot, services, two_windows, tmp_path,
                                                                     monkeypatch):
    world, (first, second) = two_windows
    saved = services.reflections.save_draft(first._draft.id, first._draft.version_id,
                                            list(first._draft.answers), "saved elsewhere", None,
                                            Visibility.PAIR)
    assert saved.version_id > second._draft.version_id
    QTest.keyClicks(second.ui.freeTextEdit, "stale words")
    Prompt(monkeypatch, "reload")

    second.submit()

    assert second.isVisible() and second.ui.freeTextEdit.toPlainText() == "saved elsewhere"
    assert not DraftRecovery(tmp_path, world.session, world.guest).file.exists()
    assert _stored_text(services, world) == "saved elsewhere"
