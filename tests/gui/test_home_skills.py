"""Skills on the homes, on the skills world built through the services: a participant reads their levels
per skill and rates themselves from the home; a manager reads coverage before and after as a chart whose
click opens the program's Skills matrix. Set SHADOWDESK_SHOTS to a folder to keep a picture of each home."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shadowdesk.gui.dialogs.skills_matrix import SkillsMatrixDialog
from shadowdesk.gui.views.home import HomeView
from shadowdesk.services.identity import IdentityService
from shadowdesk.services.programs import ProgramService
from tests.services.skills_world import ESTIMATING, NOW, build_skills_world


@pytest.fixture
def world(context, tmp_path):
    built = build_skills_world(context.services.database, tmp_path)
    ProgramService(context.services.database).activate(built.program_id)  # a manager's home shows running ones
    return built


def home_of(qtbot, context, tasks, monkeypatch, viewer, shot: str) -> HomeView:
    monkeypatch.setattr(IdentityService, "whoami", lambda _self: viewer)
    view = HomeView(context.services, clock=lambda: NOW, tasks=tasks)
    qtbot.addWidget(view)
    view.resize(1200, 1400)
    with qtbot.waitSignal(view.home_loaded, timeout=30_000):
        view.refresh()
        view.show()
    if shot:
        picture(view.content, shot)
    return view


def picture(widget, name: str) -> None:
    """A picture of widget in the folder SHADOWDESK_SHOTS names, when it names one."""
    if os.environ.get("SHADOWDESK_SHOTS"):
        QApplication.processEvents()  # laid out and painted
        widget.grab().save(str(Path(os.environ["SHADOWDESK_SHOTS"]) / f"{name}.png"))


def rows(table) -> list[list[str]]:
    return [[table.topLevelItem(r).text(c) for c in range(table.columnCount())]
            for r in range(table.topLevelItemCount())]


def test_a_participant_reads_where_they_started_and_where_they_are(qtbot, context, world, synchronous_tasks,
                                                                  monkeypatch):
    view = home_of(qtbot, context, synchronous_tasks, monkeypatch, world.viewer("sofia"), "participant-home")
    part = view.own_skills
    assert part.title() == "Your skills: where you started, where you are"
    (table,) = part.tables
    header = [table.headerItem().text(c) for c in range(table.columnCount())]
    assert header == ["Skill", "At the start", "Now (your rating)", "Observed or recorded", "Target", "Gap"]
    estimating, *others = rows(table)
    assert estimating == [ESTIMATING, "0", "2", "1", "3", "2 below (observed or recorded)"]
    assert len(others) == 5 and all(row[1:4] == ["–", "–", "–"] and row[5] == "not rated yet" for row in others)


def test_someone_not_rated_yet_is_told_how_and_rates_themselves_from_the_home(qtbot, context, world,
                                                                               synchronous_tasks, monkeypatch):
    view = home_of(qtbot, context, synchronous_tasks, monkeypatch, world.viewer("pavel"), "participant-unrated")
    (table,) = view.own_skills.tables
    assert all(row[5] == "not rated yet" for row in rows(table))
    assert "Rate yourself with Rate my skills…" in view.own_skills.hints[0].text()
    qtbot.mouseClick(view.own_skills.rate_buttons[0], Qt.MouseButton.LeftButton)
    dialog = view.self_rating
    assert dialog.phase() == "start"  # nothing rated yet: the start comes first
    first = dialog.level_combos[0]
    assert first.currentText() == "not rated"
    first.setCurrentIndex(first.findText("2 · ", Qt.MatchFlag.MatchStartsWith))
    picture(dialog, "rate-my-skills")
    with qtbot.waitSignal(view.home_loaded, timeout=30_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    (table,) = view.own_skills.tables
    first_row, *others = rows(table)
    assert first_row[1:4] == ["2", "–", "–"] and first_row[5] == "1 below (your own rating)"
    assert all(row[1] == "–" for row in others)  # only the level chosen became a rating


def test_a_rating_the_service_refuses_is_told_in_plain_words(qtbot, context, world, synchronous_tasks,
                                                            monkeypatch, shown_errors):
    view = home_of(qtbot, context, synchronous_tasks, monkeypatch, world.viewer("olga"), "")
    qtbot.mouseClick(view.own_skills.rate_buttons[0], Qt.MouseButton.LeftButton)
    dialog = view.self_rating
    ProgramService(context.services.database).unenroll(world.program_id, [world.ids["olga"]])  # meanwhile
    dialog.level_combos[0].setCurrentIndex(3)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert shown_errors == ["Levels are given to people enrolled in the skill's program; this person is not."]
    assert dialog.isVisible()  # still open, with what she chose


def test_a_manager_sees_coverage_before_and_after_and_a_click_opens_the_matrix(qtbot, context, world,
                                                                              synchronous_tasks, monkeypatch):
    view = home_of(qtbot, context, synchronous_tasks, monkeypatch, world.viewer("cora", "manager"), "manager-home")
    part = view.skill_coverage
    assert part.title() == "Skills before and after"
    assert part.program_combo.currentText() == "Summer"
    chart = part.chart
    assert chart in view.charts and chart.plot is not None
    assert chart.categories[0] == ESTIMATING
    (before, before_shares), (after, after_shares) = chart.series
    assert (before, after) == ("Before", "After")
    assert (before_shares[0], after_shares[0]) == (pytest.approx(100 / 3), 100)  # 1 of 3, then 3 of 3
    assert rows(part.table)[0] == ["1", ESTIMATING, "Sales", "1 of 3 (33 %)", "3 of 3 (100 %)"]
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_centre(0))
    matrix = view.skills_matrix
    assert isinstance(matrix, SkillsMatrixDialog) and matrix.isVisible()
    qtbot.waitUntil(matrix.is_loaded)
    assert matrix.windowTitle() == "Skills matrix: Summer"
