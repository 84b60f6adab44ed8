"""The session editor as a coordinator plans a pair's session: the Pair field both ways, host and guests found
by typing, a customer and a project created on the spot, the skills a session teaches. On SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from shadowdesk.domain import SessionKind, SessionStatus
from shadowdesk.gui.dialogs.session_editor import SessionEditor
from shadowdesk.gui.permissions import SignedIn
from shadowdesk.gui.views.schedule import ScheduleView
from shadowdesk.model import Person
from shadowdesk.services.customers import CustomerDraft, ProjectDraft
from shadowdesk.services.identity import IdentityService, Viewer
from tests.gui.pair_world import PEOPLE, world_fixture  # noqa: F401 (the fixture "world")

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def pairs(world) -> dict[str, int]:
    """Two confirmed pairs made by hand: Anna with Dora, Bo with Eli."""
    made = {}
    for sales, pm in (("Anna", "Dora"), ("Bo", "Eli")):
        made[sales] = world.services.pairing.add_manual(world.program_id, world.ids[sales], world.ids[pm]).id
    return made


@pytest.fixture(autouse=True)
def program_office(monkeypatch):
    """Saving the skills asks who is signed in; the throwaway PostgreSQL server's login is a superuser, which
    the app refuses day to day, so the tests act as the program office (as on an unclaimed file)."""
    monkeypatch.setattr(IdentityService, "whoami", lambda _self: None)


def open_for_pair(qtbot, world, pair_id: int, kind=SessionKind.PROJECT_SHADOW) -> SessionEditor:
    editor = SessionEditor.for_pair(world.services, pair_id, kind, "Europe/Berlin", lambda: NOW)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def choose(combo, data) -> None:
    """As a user picks an item: the index changes and activated is emitted."""
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def pick(qtbot, field, name: str) -> None:
    """As a user finds a person: type part of the name, wait for the suggestions, Enter takes the first."""
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, name)
    qtbot.waitUntil(lambda: field.suggestions.rowCount() > 0
                    and name.lower() in field.suggestions.item(0).text().lower())
    qtbot.keyClick(field, Qt.Key.Key_Return)


def people(editor) -> tuple[str, tuple[str, ...]]:
    host = editor._people[editor.host_field.person_id()].name
    return host, tuple(editor._people[g].name for g in editor.guest_ids())


def save(editor) -> list[int]:
    saved = []
    editor.saved.connect(saved.extend)
    editor.save()
    if editor.ui.warningsBox.isVisible():
        editor.ui.acceptButton.click()
    assert saved, "nothing was saved"
    return saved


def test_scheduling_from_a_pair_fills_host_and_guest_the_right_way_round(qtbot, world, pairs, shown_errors):
    editor = open_for_pair(qtbot, world, pairs["Anna"])
    ui = editor.ui
    assert ui.programCombo.currentText() == "Winter Swap" and ui.pairCombo.currentText() == (
        "Anna Sales & Dora PM (round 1)")
    assert people(editor) == ("Dora PM", ("Anna Sales",))  # a project shadow: the PM hosts
    assert ui.zoneCombo.currentText() == "Europe/Warsaw"  # planned in the host's zone
    choose(ui.kindCombo, SessionKind.CUSTOMER_VISIT)
    assert people(editor) == ("Anna Sales", ("Dora PM",))  # a customer visit: the salesperson hosts
    assert ui.pairCombo.currentData() == pairs["Anna"]
    [session_id] = save(editor)
    assert shown_errors == []
    detail = world.services.scheduling.get(session_id)
    assert (detail.pairing_id, detail.host_id, detail.guest_ids) == (pairs["Anna"], world.ids["Anna"],
                                                                     (world.ids["Dora"],))


def test_choosing_a_pair_s_people_selects_it_and_people_of_no_pair_clear_it_with_a_note(qtbot, world, pairs,
                                                                                         shown_errors):
    editor = SessionEditor(world.services, "Europe/Berlin", lambda: NOW)
    qtbot.addWidget(editor)
    editor.show()
    ui = editor.ui
    choose(ui.programCombo, world.program_id)
    assert [ui.pairCombo.itemText(n) for n in range(ui.pairCombo.count())] == [
        "No pair (outside the rotation)", "Anna Sales & Dora PM (round 1)", "Bo Sales & Eli PM (round 1)"]
    pick(qtbot, editor.host_field, "Eli")
    pick(qtbot, editor.guest_field, "Bo")
    assert ui.pairCombo.currentData() == pairs["Bo"] and not ui.pairNoteLabel.isVisible()

    pick(qtbot, editor.guest_field, "Cem")  # Eli and Cem are no pair
    assert ui.pairCombo.currentData() is None
    assert ui.pairNoteLabel.isVisible() and ui.pairNoteLabel.text() == (
        "These people are not a pair of this program: the session belongs to no pair.")
    [session_id] = save(editor)
    assert world.services.scheduling.get(session_id).pairing_id is None

    editor = SessionEditor(world.services, "Europe/Berlin", lambda: NOW, session_id)  # opened again
    qtbot.addWidget(editor)
    choose(editor.ui.pairCombo, pairs["Bo"])
    assert people(editor) == ("Eli PM", ("Bo Sales",)) and editor.ui.pairNoteLabel.text() == ""
    save(editor)
    assert world.services.scheduling.get(session_id).pairing_id == pairs["Bo"]


def test_the_editor_opens_without_reading_everyone_and_finds_anyone_by_typing(qtbot, world, pairs, monkeypatch):
    def everyone():
        raise AssertionError("the editor read every person")

    monkeypatch.setattr(world.services.scheduling, "people", everyone)
    editor = SessionEditor(world.services, "Europe/Berlin", lambda: NOW)
    qtbot.addWidget(editor)
    editor.show()
    choose(editor.ui.programCombo, world.program_id)
    pick(qtbot, editor.host_field, "aaron")  # enrolled in no program, still found
    assert editor.host_field.person_id() == world.ids["Aaron"]
    assert editor.isVisible() and not editor.ui.warningsBox.isVisible()  # Enter chose; it did not save
    assert editor.host_field.text() == "\u2068Aaron Outsider\u2069 <aaron@x.example>"
    pick(qtbot, editor.guest_field, "dora")
    editor.ui.addGuestButton.click()
    assert editor.ui.guestsList.count() == 1 and people(editor) == ("Aaron Outsider", ("Dora PM",))
    assert "Dora PM" in editor.ui.localTimesLabel.text()


def test_the_suggestion_walked_to_with_down_is_the_one_enter_chooses(qtbot, world, pairs):
    editor = SessionEditor(world.services, "Europe/Berlin", lambda: NOW)
    qtbot.addWidget(editor)
    editor.show()
    field = editor.host_field
    field.setFocus()
    qtbot.keyClicks(field, "a")  # Aaron Outsider, Anna Sales
    qtbot.waitUntil(lambda: field.suggestions.rowCount() == 2 and field.suggester.popup().isVisible())
    popup = field.suggester.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.person_id() == world.ids["Anna"] and not popup.isVisible()
    assert editor.isVisible() and not editor.ui.warningsBox.isVisible()  # Enter chose; it did not save


def test_host_and_guest_are_reached_by_their_mnemonics(qtbot, world, pairs):
    editor = SessionEditor(world.services, "Europe/Berlin", lambda: NOW)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    assert editor.ui.label2.buddy() is editor.host_field and editor.ui.label3.buddy() is editor.guest_field
    editor.host_field.setFocus()
    qtbot.keyClick(editor.host_field, Qt.Key.Key_Tab)
    assert editor.focusWidget() is not editor.host_field  # the Tab moves on along the form


def test_a_customer_and_a_project_typed_in_are_created_on_the_spot(qtbot, world, pairs, shown_errors):
    editor = open_for_pair(qtbot, world, pairs["Anna"], SessionKind.CUSTOMER_VISIT)
    ui = editor.ui
    assert not ui.createCustomerButton.isVisible()
    qtbot.keyClicks(ui.projectCombo.lineEdit(), "Manual DE")
    assert ui.createProjectButton.isVisible() and not ui.createProjectButton.isEnabled()  # no customer yet
    ui.projectCombo.setEditText("")
    qtbot.keyClicks(ui.customerCombo.lineEdit(), "Acme GmbH")
    assert ui.createCustomerButton.isVisible() and ui.createCustomerButton.text() == "Create customer “Acme GmbH”"
    ui.createCustomerButton.click()
    [acme] = world.services.customers.list_customers()
    assert acme.name == "Acme GmbH" and ui.customerCombo.currentData() == acme.id
    assert not ui.createCustomerButton.isVisible()

    qtbot.keyClicks(ui.projectCombo.lineEdit(), "Manual DE")
    assert ui.createProjectButton.isEnabled() and ui.createProjectButton.text() == "Create project “Manual DE”"
    ui.createProjectButton.click()
    [project] = world.services.customers.list_projects()
    assert (project.name, project.customer_name) == ("Manual DE", "Acme GmbH")
    assert ui.projectCombo.currentData() == project.id
    [session_id] = save(editor)
    detail = world.services.scheduling.get(session_id)
    assert (detail.customer_id, detail.project_id) == (acme.id, project.id)
    assert shown_errors == []


def test_the_skills_ticked_are_saved_with_each_session_of_a_series(qtbot, world, pairs):
    editor = open_for_pair(qtbot, world, pairs["Anna"])
    skills = editor.ui.skillsList
    assert [skills.item(n).text() for n in range(skills.count())] == ["Reading a statement of work",
                                                                     "Pricing a quote"]
    skills.item(1).setCheckState(Qt.CheckState.Checked)
    editor.ui.repeatCombo.setCurrentIndex(1)  # every week
    editor.ui.repeatEndCombo.setCurrentIndex(editor.ui.repeatEndCombo.findData("count"))
    editor.ui.repeatCountSpin.setValue(3)
    ids = save(editor)
    assert len(ids) == 3
    for session_id in ids:
        assert [s.name for s in world.services.skills.session_skills(session_id)] == ["Pricing a quote"]

    reopened = SessionEditor(world.services, "Europe/Berlin", lambda: NOW, ids[0])
    qtbot.addWidget(reopened)
    ticked = reopened.ui.skillsList
    assert [ticked.item(n).checkState() for n in range(ticked.count())] == [Qt.CheckState.Unchecked,
                                                                          Qt.CheckState.Checked]


def test_the_editor_as_a_user_sees_it(qtbot, world, pairs, tmp_path):
    editor = open_for_pair(qtbot, world, pairs["Anna"], SessionKind.CUSTOMER_VISIT)
    qtbot.keyClicks(editor.ui.customerCombo.lineEdit(), "Acme GmbH")
    image = editor.grab()
    assert image.save(str(tmp_path / "editor.png")) and image.height() > 400


def test_a_person_whose_time_zone_is_unknown_is_said_so_and_the_session_is_planned_in_a_known_zone(
        qtbot, world, pairs, shown_errors):
    with world.services.database.transaction() as s:  # imported from a roster without a time zone
        s.get(Person, world.ids["Dora"]).time_zone = ""
    editor = open_for_pair(qtbot, world, pairs["Anna"])  # a project shadow: Dora hosts
    ui = editor.ui
    assert people(editor) == ("Dora PM", ("Anna Sales",))
    assert ui.zoneCombo.currentText() == "Europe/Berlin"  # the host's is unknown: the viewer's
    assert ui.localTimesLabel.text().split("\n") == ["\u2068Dora PM\u2069: time zone unknown",
                                                     "\u2068Anna Sales\u2069: Sat 09:00 (Europe/Berlin)"]
    [session_id] = save(editor)
    assert shown_errors == [] and world.services.scheduling.get(session_id).time_zone == "Europe/Berlin"


def sign_in_as(monkeypatch, world, first_name: str, *roles: str) -> Viewer:
    """Stands in for services.identity.whoami(), as a team server's login of fewer roles answers it."""
    name = next(p[0] for p in PEOPLE if p[0].startswith(first_name))
    viewer = Viewer(world.ids[first_name], name, "", frozenset(roles))
    monkeypatch.setattr(IdentityService, "whoami", lambda _self: viewer)
    return viewer


@pytest.fixture
def visit(world, pairs) -> int:
    """A customer visit of Anna (host) and Dora, planned by the coordinator, that already took place."""
    customer = world.services.customers.add_customer(CustomerDraft("Acme GmbH"))
    project = world.services.customers.add_project(ProjectDraft("Manual DE"), customer)
    draft = world.services.pair_scheduling.draft(
        pairs["Anna"], SessionKind.CUSTOMER_VISIT, datetime(2026, 11, 18, 14, 0), timedelta(minutes=90),
        "Europe/Berlin", "Acme, Room 4", customer, project, "Walk through the change requests")
    [session_id] = world.services.scheduling.create(draft)
    return session_id


def test_a_participant_reads_their_session_as_a_briefing_and_may_only_say_what_happened(
        qtbot, world, visit, monkeypatch, shown_errors):
    sign_in_as(monkeypatch, world, "Dora", "participant")
    editor = SessionEditor(world.services, "Europe/Warsaw", lambda: NOW, visit)
    qtbot.addWidget(editor)
    editor.show()
    ui = editor.ui
    briefing = ui.briefingView.toPlainText()
    asks = world.services.reflections.template_for(SessionKind.CUSTOMER_VISIT, "guest").prompts
    for expected in ("Customer visit", "Wednesday 18 November 2026, 14:00 – 15:30 (Europe/Warsaw)",
                     "Host: Anna Sales", "Guests: Dora PM", "Where: Acme, Room 4",
                     "Customer and project: Acme GmbH · Manual DE", "Program: Winter Swap",
                     "Agenda: Walk through the change requests", "Your note afterwards will ask:", *asks):
        assert expected in briefing
    assert ui.briefingView.isVisible() and not any(w.isVisible() for w in (
        editor.host_field, ui.dateEdit, ui.zoneCombo, ui.locationEdit, ui.agendaEdit, ui.emailButton,
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)))
    assert ui.completeButton.isEnabled() and ui.noShowButton.isEnabled() and ui.cancelSessionButton.isEnabled()
    ui.reasonEdit.setText("Acme closed for a holiday")
    ui.cancelSessionButton.click()
    detail = world.services.scheduling.get(visit)
    assert (detail.status, detail.status_reason) == (SessionStatus.CANCELLED, "Acme closed for a holiday")
    assert shown_errors == []


def test_someone_not_in_the_session_reads_it_and_may_do_nothing(qtbot, world, visit, monkeypatch):
    sign_in_as(monkeypatch, world, "Bo", "participant", "manager")
    editor = SessionEditor(world.services, "Europe/Berlin", lambda: NOW, visit)
    qtbot.addWidget(editor)
    editor.show()
    ui = editor.ui
    assert "Host: Anna Sales" in ui.briefingView.toPlainText()
    assert "Your note afterwards will ask:" not in ui.briefingView.toPlainText()  # no note of theirs
    for button in (ui.completeButton, ui.noShowButton, ui.cancelSessionButton):
        assert not button.isEnabled() and button.toolTip() == (
            "Only the people in this session, or a coordinator, say how it went.")
    assert not ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isVisible()


def test_the_schedule_opens_the_editor_as_the_window_s_signed_in_person(qtbot, world, visit):
    dora = Viewer(world.ids["Dora"], "Dora PM", "dora@x.example", frozenset({"participant"}))
    window_identity = SimpleNamespace(whoami=lambda: dora)  # IdentityService answers "program office"
    view = ScheduleView(world.services, lambda: NOW, "Europe/Berlin", signed_in=SignedIn(window_identity))
    qtbot.addWidget(view)
    editor = view.open_editor(visit)
    assert editor.ui.briefingView.isVisible() and not editor.host_field.isVisible()
    assert editor.ui.completeButton.isEnabled()


def test_a_participant_cannot_plan_a_new_session_in_the_editor(qtbot, world, pairs, monkeypatch):
    sign_in_as(monkeypatch, world, "Anna", "participant")
    editor = open_for_pair(qtbot, world, pairs["Anna"])
    save_button = editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert not save_button.isEnabled() and save_button.toolTip() == "Only a coordinator can do this."
