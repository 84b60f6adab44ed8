"""The perception check dialog on the demo company: answering, the shift per side, and the plain errors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, QSettings

from shadowdesk.gui.dialogs.perception_dialog import PerceptionDialog
from shadowdesk.gui.main_window import MainWindow
from shadowdesk.model import PerceptionPhase, ProgramStatus, Side
from tests.gui.test_accessibility import unnamed

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def services(demo_services):
    return demo_services


@pytest.fixture
def errors(shown_errors):
    return shown_errors


def one_decimal(value: float) -> str:
    return QLocale().toString(value, "f", 1)  # as the dialog shows figures: in the user's locale


def running_program(services):
    return next(p for p in services.programs.list_programs() if p.status is ProgramStatus.ACTIVE)


def open_dialog(qtbot, services, person_id):
    dialog = PerceptionDialog(services, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_saving_end_answers_stores_them_and_the_shift_shown_matches_the_service(qtbot, services, errors):
    program = running_program(services)
    person = services.programs.enrolled(program.id, Side.B)[0]  # a project manager
    dialog = open_dialog(qtbot, services, person.person_id)
    dialog.ui.programCombo.setCurrentIndex(dialog.ui.programCombo.findText(program.name))
    labels = [dialog.ui.questionsLayout.itemAt(row, dialog.ui.questionsLayout.ItemRole.LabelRole).widget().text()
              for row in range(dialog.ui.questionsLayout.rowCount())]
    assert len(labels) == 4 and all(program.side_a in text for text in labels)  # asked about the other side
    assert "nobody has answered at both" in dialog.ui.shiftLabel.text()  # a running program: starts only

    dialog.ui.phaseCombo.setCurrentIndex(dialog.ui.phaseCombo.findData(PerceptionPhase.END))
    for spin, score in zip(dialog.score_spins, (5, 4, 5, 4), strict=True):
        spin.setValue(score)
    dialog.ui.saveButton.click()

    assert errors == []
    side_a, side_b = services.perception.shift(program.id)
    assert side_b.people == 1 and side_b.end == (5, 4, 5, 4)
    start = sum(side_b.start) / 4
    assert f"{program.side_b}</b>: {one_decimal(start)} → 4.5 (+{one_decimal(4.5 - start)}); answered at both " \
           "the start and the end: 1" in dialog.ui.shiftLabel.text()
    assert "saved" in dialog.ui.whoLabel.text()


def test_saved_answers_are_shown_again_to_be_corrected(qtbot, services, errors):
    program = running_program(services)
    person = services.programs.enrolled(program.id, Side.A)[0]
    services.perception.record(program.id, person.person_id, PerceptionPhase.START, [2, 3, 4, 5])
    dialog = open_dialog(qtbot, services, person.person_id)
    dialog.ui.programCombo.setCurrentIndex(dialog.ui.programCombo.findText(program.name))
    assert [spin.value() for spin in dialog.score_spins] == [2, 3, 4, 5]  # a running program: the joining ones

    dialog.ui.phaseCombo.setCurrentIndex(dialog.ui.phaseCombo.findData(PerceptionPhase.END))
    assert [spin.text() for spin in dialog.score_spins] == ["Not answered"] * 4
    dialog.score_spins[2].setValue(1)  # typed for the end, not saved: kept while the user looks back
    dialog.ui.phaseCombo.setCurrentIndex(dialog.ui.phaseCombo.findData(PerceptionPhase.START))
    dialog.score_spins[0].setValue(4)
    dialog.ui.phaseCombo.setCurrentIndex(dialog.ui.phaseCombo.findData(PerceptionPhase.END))
    assert [spin.value() for spin in dialog.score_spins] == [0, 0, 1, 0]
    dialog.ui.phaseCombo.setCurrentIndex(dialog.ui.phaseCombo.findData(PerceptionPhase.START))
    assert [spin.value() for spin in dialog.score_spins] == [4, 3, 4, 5]
    dialog.ui.saveButton.click()
    assert errors == []
    assert services.perception.answers(program.id, person.person_id, PerceptionPhase.START) == (4, 3, 4, 5)


def test_an_unanswered_question_is_named_and_nothing_is_saved(qtbot, services, errors):
    program = running_program(services)
    person = services.programs.enrolled(program.id, Side.A)[0]
    dialog = open_dialog(qtbot, services, person.person_id)
    dialog.ui.programCombo.setCurrentIndex(dialog.ui.programCombo.findText(program.name))
    dialog.ui.phaseCombo.setCurrentIndex(dialog.ui.phaseCombo.findData(PerceptionPhase.END))
    for spin in dialog.score_spins[:2] + dialog.score_spins[3:]:
        spin.setValue(3)
    assert dialog.score_spins[2].text() == "Not answered"
    dialog.ui.saveButton.click()
    assert errors == ["Please answer question 3 with a number from 1 to 5."]
    assert services.perception.shift(program.id)[0].people == 0


def test_a_closed_program_asks_for_the_closing_answers_and_a_running_one_for_the_joining(qtbot, services,
                                                                                          errors):
    closed = next(p for p in services.programs.list_programs() if p.status is ProgramStatus.CLOSED)
    person = services.programs.enrolled(closed.id)[0]
    dialog = open_dialog(qtbot, services, person.person_id)
    dialog.ui.programCombo.setCurrentIndex(dialog.ui.programCombo.findText(closed.name))
    assert dialog.ui.phaseCombo.currentData() == PerceptionPhase.END
    dialog.ui.programCombo.setCurrentIndex(dialog.ui.programCombo.findText(running_program(services).name))
    assert dialog.ui.phaseCombo.currentData() == PerceptionPhase.START


def test_someone_in_no_program_is_told_so_and_cannot_answer(qtbot, services, errors):
    enrolled = {p.person_id for program in services.programs.list_programs()
                for p in services.programs.enrolled(program.id)}
    outsider_id = next(row[0] for row in services.people.list_people() if row[0] not in enrolled)
    dialog = open_dialog(qtbot, services, outsider_id)
    assert dialog.ui.programCombo.count() == 0
    assert dialog.ui.whoLabel.text() == "You are not enrolled in any program yet."
    assert not dialog.ui.saveButton.isEnabled()


def test_without_a_known_user_the_shift_shows_but_answering_is_off(qtbot, services, errors):
    closed = next(p for p in services.programs.list_programs() if p.status is ProgramStatus.CLOSED)
    dialog = open_dialog(qtbot, services, None)
    dialog.ui.programCombo.setCurrentIndex(dialog.ui.programCombo.findText(closed.name))
    assert not dialog.ui.saveButton.isEnabled() and dialog.score_spins == []
    assert "Preferences" in dialog.ui.whoLabel.text()
    side_a, side_b = services.perception.shift(closed.id)
    for side in (side_a, side_b):
        assert f"{side.department}</b>: {one_decimal(sum(side.start) / 4)} → {one_decimal(sum(side.end) / 4)}" in \
            dialog.ui.shiftLabel.text()


def test_the_edit_menu_opens_the_check_for_the_user_set_in_preferences(qtbot, services, app_paths):
    running = running_program(services)
    person = services.programs.enrolled(running.id, Side.A)[0]
    services.identity.claim_ownership(person.person_id)  # the one using this computer
    window = MainWindow(services, QSettings(str(app_paths.config / "t.ini"), QSettings.IniFormat),
                        clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    edit_menu = [a.text() for a in window.ui.menuEdit.actions() if a.text()]
    assert edit_menu == ["&Find in Notes and Ideas…", "Perception &Check…", "Reflection &Templates…",
                         "&Preferences…"]
    window.ui.actionPerceptionCheck.trigger()
    dialog = window.perception_dialog
    assert dialog.isVisible() and dialog.ui.saveButton.isEnabled()
    assert running.name in [dialog.ui.programCombo.itemText(i) for i in range(dialog.ui.programCombo.count())]
    dialog.close()


def test_every_control_has_a_name_a_screen_reader_can_read(qtbot, services):
    running = running_program(services)
    dialog = open_dialog(qtbot, services, services.programs.enrolled(running.id)[0].person_id)
    assert len(dialog.score_spins) == 4
    assert unnamed(dialog) == []
    assert dialog.score_spins[0].accessibleName().startswith("How well do you understand")
