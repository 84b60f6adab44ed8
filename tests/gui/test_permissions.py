"""A role's missing right is a disabled action whose tooltip names the role, never a traceback.

On a file its owner holds every role, so these tests sign in someone of fewer roles by standing in for
services.identity.whoami(), as a team server's login would answer it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings

from shadowdesk.gui import permissions
from shadowdesk.gui.main_window import MainWindow
from shadowdesk.gui.permissions import SignedIn, can
from shadowdesk.gui.views.customers import CustomersView
from shadowdesk.gui.views.ideas import IdeasView
from shadowdesk.gui.views.people import PeopleView
from shadowdesk.gui.views.programs import ProgramsView
from shadowdesk.gui.views.schedule import ScheduleView
from shadowdesk.services.errors import UserError
from shadowdesk.services.identity import ROLES, Viewer
from tests.gui.conftest import DEMO_NOW

COORDINATOR_ONLY = "Only a coordinator can do this."


def sign_in(monkeypatch, services, *roles: str, email: str = "misaki.sato@linguabridge.example") -> Viewer:
    person = services.reflections.person_id_for_email(email)
    viewer = Viewer(person, "Misaki Sato", email, frozenset(roles))
    monkeypatch.setattr(services.identity, "whoami", lambda: viewer)
    return viewer


def held_back(widget) -> bool:
    return not widget.isEnabled() and widget.toolTip() == COORDINATOR_ONLY


def test_the_roles_are_the_identity_services_and_an_unclaimed_file_may_do_everything():
    assert {permissions.COORDINATOR, permissions.MANAGER, permissions.PARTICIPANT} == set(ROLES)
    assert set(permissions.NEEDS.values()) <= set(ROLES)
    participant = Viewer(1, "P", "p@example.com", frozenset({"participant"}))
    assert all(can(None, action) for action in permissions.NEEDS)  # the program office of a new file
    assert not any(can(participant, action) for action in permissions.NEEDS)
    assert can(Viewer(1, "M", "m@example.com", frozenset({"manager"})), permissions.DECIDE_IDEAS)


def test_a_participant_sees_the_roster_programs_customers_and_schedule_actions_held_back(
        qtbot, demo_services, monkeypatch, synchronous_pool, synchronous_tasks):
    sign_in(monkeypatch, demo_services, "participant")
    people = PeopleView(demo_services, tasks=synchronous_tasks)
    qtbot.addWidget(people)
    people.refresh()
    qtbot.waitUntil(people.is_loaded)
    people.table.selectRow(0)
    qtbot.waitUntil(people.is_loaded)  # the chosen person's detail is read in a worker too
    assert people.detail is not None  # a person is chosen: only the role holds the buttons back
    assert all(held_back(b) for b in (people.add_button, people.edit_button, people.active_button,
                                       people.import_button))
    assert people.export_button.isEnabled()
    opened = []
    monkeypatch.setattr(PeopleView, "_open_person_dialog", lambda self, *args: opened.append(args))
    people.edit_selected()  # a double-click on the row does the same
    people.add_person()  # File > New
    assert opened == [] and people.import_wizard is None

    programs = ProgramsView(demo_services, lambda: date(2026, 11, 25), synchronous_pool)
    qtbot.addWidget(programs)
    programs.refresh()
    qtbot.waitUntil(programs.is_loaded)
    assert programs.current_program() is not None
    assert all(held_back(b) for b in (programs.new_button, programs.edit_button, programs.plan_button,
                                       programs.pair_button, programs.end_button, programs.exclusions_button,
                                       *programs.enroll_buttons.values()))
    assert programs.open_new() is None and programs.open_edit() is None and programs.open_review() is None
    assert programs.skills_button.isEnabled()

    customers = CustomersView(demo_services)
    qtbot.addWidget(customers)
    customers.refresh()
    customers.table.selectRow(0)
    assert all(held_back(b) for b in (customers.add_button, customers.edit_button, customers.merge_button,
                                       customers.import_button, customers.add_project_button))

    schedule = ScheduleView(demo_services, lambda: DEMO_NOW, "Europe/Berlin")
    qtbot.addWidget(schedule)
    schedule.refresh()
    assert held_back(schedule.new_button) and held_back(schedule.log_button)
    assert not schedule.week.sessions_movable  # a participant's week cannot be dragged around


def test_only_a_manager_moves_an_idea_and_anyone_proposes(qtbot, demo_services, monkeypatch):
    sign_in(monkeypatch, demo_services, "participant", "coordinator")
    board = IdeasView(demo_services, lambda: DEMO_NOW)
    qtbot.addWidget(board)
    with qtbot.waitSignal(board.loaded):
        board.refresh()
    column = board.columns["proposed"]
    column.setCurrentRow(0)
    for decision in (board.move_button, board.move_combo, board.decision_edit):
        assert not decision.isEnabled() and decision.toolTip() == "Only a manager can decide on ideas."
    before = board._current.status
    board.move_idea()
    assert demo_services.ideas.board()[before][0].id == board._current.id  # still where it was

    board.start_new()  # a participant proposes in their own name
    board.title_edit.setText("A glossary of project terms for sales")
    board.save()
    proposed = [idea.title for idea in demo_services.ideas.board()[before]]
    assert "A glossary of project terms for sales" in proposed


def test_a_manager_may_decide(qtbot, demo_services, monkeypatch):
    sign_in(monkeypatch, demo_services, "manager")
    board = IdeasView(demo_services, lambda: DEMO_NOW)
    qtbot.addWidget(board)
    with qtbot.waitSignal(board.loaded):
        board.refresh()
    board.columns["proposed"].setCurrentRow(0)
    assert board.move_button.isEnabled() and board.decision_edit.isEnabled()


def test_the_window_holds_back_file_new_and_the_templates_for_a_participant(qtbot, demo_services, monkeypatch,
                                                                            tmp_path):
    sign_in(monkeypatch, demo_services, "participant")
    window = MainWindow(demo_services, QSettings(str(tmp_path / "t.ini"), QSettings.IniFormat),
                        clock=lambda: DEMO_NOW)
    qtbot.addWidget(window)
    assert window.who_label.text() == "Signed in as Misaki Sato (Participant)"
    assert not window.claim_action.isVisible()
    templates = window.ui.actionReflectionTemplates
    assert not templates.isEnabled() and templates.toolTip() == COORDINATOR_ONLY
    window.open_template_editor()
    assert not hasattr(window, "template_editor")
    people = next(row for row, s in enumerate(window.sections) if s.view_class() is PeopleView)
    window.ui.navList.setCurrentRow(people)
    assert not window.ui.actionNew.isEnabled() and window.ui.actionNew.toolTip() == COORDINATOR_ONLY
    ideas = next(row for row, s in enumerate(window.sections) if s.view_class() is IdeasView)
    window.ui.navList.setCurrentRow(ideas)
    assert window.ui.actionNew.isEnabled()  # proposing an idea is everyone's


def test_a_refused_login_is_said_once_and_offers_nothing(qtbot, demo_services, monkeypatch):
    def refuse():
        raise UserError("Your login bea is not linked to a person; ask the coordinator.")

    monkeypatch.setattr(demo_services.identity, "whoami", refuse)
    signed_in = SignedIn(demo_services.identity)
    assert signed_in.viewer is None and signed_in.refusal.startswith("Your login bea")
    people = PeopleView(demo_services, signed_in=signed_in)
    qtbot.addWidget(people)
    assert not people.add_button.isEnabled() and people.add_button.toolTip() == signed_in.refusal


@pytest.mark.parametrize("roles", [("coordinator", "manager", "participant")])
def test_the_owner_of_a_file_holds_every_role_so_nothing_is_held_back(qtbot, demo_services, monkeypatch, roles):
    sign_in(monkeypatch, demo_services, *roles)
    people = PeopleView(demo_services)
    qtbot.addWidget(people)
    people.refresh()
    assert people.add_button.isEnabled() and people.import_button.isEnabled()
    assert people.add_button.toolTip() == ""
