"""The skills matrix dialog on a program built through the services: the cells, the gaps filter, the CSV
export, the catalogue editor, what a participant sees, and the table model under qtmodeltester."""

from __future__ import annotations

import pytest

from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs.skills_matrix import SkillsMatrixDialog
from shadowdesk.gui.models.skills_model import LEVEL_COLOURS, SkillsMatrixModel
from shadowdesk.services.identity import IdentityService, Viewer
from tests.services.skills_world import build_skills_world


@pytest.fixture
def world(context, tmp_path):
    return build_skills_world(context.services.database, tmp_path)


def open_dialog(qtbot, context, world, tasks):
    dialog = SkillsMatrixDialog(context.services, world.program_id, tasks=tasks)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    return dialog


def cell(dialog, name: str, column: int, role=None):
    row = next(r for r in range(dialog.model.rowCount())
               if dialog.model.index(r, 0).data() == name)
    index = dialog.model.index(row, column)
    return index.data() if role is None else index.data(role)


def test_cells_show_self_ratings_and_the_observed_level_coloured_by_the_standing(qtbot, context, world,
                                                                                 synchronous_tasks, qtmodeltester):
    from PySide6.QtCore import Qt

    dialog = open_dialog(qtbot, context, world, synchronous_tasks)
    qtmodeltester.check(dialog.model)
    estimating = SkillsMatrixModel.FIRST_SKILL
    assert dialog.model.headerData(estimating, Qt.Orientation.Horizontal) == "Estimating a project"
    assert cell(dialog, "Sara", estimating) == "1→2 · 3"  # start → end · observed, side by side
    assert cell(dialog, "Sofia", estimating) == "0→2 · 1"
    assert cell(dialog, "Sara", estimating, Qt.ItemDataRole.BackgroundRole).color().name() == LEVEL_COLOURS[3]
    assert "Observed by a host: 3" in cell(dialog, "Sara", estimating, Qt.ItemDataRole.ToolTipRole)
    assert cell(dialog, "Piotr", estimating) == ""  # a teacher: never rated on it
    assert "7 people, 12 skills" in dialog.summary_label.text()
    assert dialog.catalogue_button.isEnabled()  # the file's program office


def test_the_gaps_filter_keeps_people_below_a_target_of_their_side(qtbot, context, world, synchronous_tasks):
    dialog = open_dialog(qtbot, context, world, synchronous_tasks)
    assert dialog.model.rowCount() == 7
    dialog.gaps_check.setChecked(True)
    assert dialog.model.rowCount() == 7  # every one misses the target on a skill nobody rated yet
    for skill in world.skills.catalogue(world.program_id):
        if skill.side.value == "a":
            for name in ("sara", "sam", "sofia"):
                world.skills.rate_self(world.ids[name], skill.id, "end", 4, world.viewer(name))
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.model.rowCount() != 7)
    names = {dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())}
    assert names == {"Sofia", "Piotr", "Paula", "Pavel", "Olga"}  # sofia: observed at 1 on estimating


def test_the_export_button_writes_the_csv_the_user_chose(qtbot, context, world, synchronous_tasks, monkeypatch,
                                                         tmp_path):
    target, told = tmp_path / "matrix.csv", []
    monkeypatch.setattr(prompts, "choose_save_file", lambda *_args: str(target))
    monkeypatch.setattr(prompts, "show_info", lambda _parent, _title, text: told.append(text))
    dialog = open_dialog(qtbot, context, world, synchronous_tasks)
    dialog.export_button.click()
    assert target.read_text(encoding="utf-8-sig").splitlines()[1].startswith("Sam,sam@example.com,Sales,2,3,3")
    assert told == [f"Wrote 7 people to {target}."]


def test_a_participant_sees_their_row_and_their_partners_and_cannot_edit_the_catalogue(
        qtbot, context, world, synchronous_tasks, monkeypatch):
    sara = Viewer(world.ids["sara"], "Sara", "sara@example.com", frozenset({"participant"}))
    monkeypatch.setattr(IdentityService, "whoami", lambda _self: sara)
    dialog = open_dialog(qtbot, context, world, synchronous_tasks)
    assert {dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())} == {"Sara", "Piotr"}
    assert not dialog.catalogue_button.isEnabled()
    assert "Only a coordinator" in dialog.catalogue_button.toolTip()


def test_the_catalogue_editor_adds_renames_and_loads_the_starter(qtbot, context, world, synchronous_tasks,
                                                                 shown_errors):
    dialog = open_dialog(qtbot, context, world, synchronous_tasks)
    dialog.catalogue_button.click()
    editor = dialog.catalogue_editor
    assert editor.skill_list.count() == 12
    editor.name_edit.setText("Reading an RFP")
    editor.description_edit.setPlainText("What the tender asks for")
    editor.side_combo.setCurrentIndex(1)
    editor.add_button.click()
    assert editor.skill_list.currentItem().text() == "Reading an RFP (B)"
    editor.name_edit.setText("Reading a tender")
    editor.save_button.click()
    assert editor.skill_list.currentItem().text() == "Reading a tender (B)"
    editor.name_edit.setText("estimating a PROJECT")
    editor.add_button.click()
    assert shown_errors == ["The program already has a skill called “Estimating a project”."]
    editor.starter_button.click()  # already loaded: nothing new, nothing refused
    assert editor.skill_list.count() == 13 and len(shown_errors) == 1
    editor.reject()
    qtbot.waitUntil(lambda: dialog.model.columnCount() == SkillsMatrixModel.FIRST_SKILL + 13)



def test_a_large_matrix_is_shown_without_asking_the_model_for_rows_off_screen(qtbot, context, world,
                                                                              synchronous_tasks, monkeypatch):
    """2,000 people must open without the window waiting: the name column is fitted to the longest name,
    not by asking every row (which took 60 ms for 2,000), and cells are worked out in the worker."""
    from dataclasses import replace

    from PySide6.QtCore import Qt

    from shadowdesk.domain import Side
    from shadowdesk.services.skills import MatrixRow, SkillService

    small = world.skills.matrix(world.program_id, None)
    longest = "Maximiliane Alexandra von Hohenzollern-Sigmaringen"
    people = tuple(MatrixRow(10_000 + n, longest if n == 550 else f"Person {n}", f"p{n}@example.com", Side.A,
                             small.rows[0].kinds) for n in range(600))
    monkeypatch.setattr(SkillService, "matrix", lambda _self, _program, _viewer: replace(small, rows=people))
    asked: set[int] = set()
    data = SkillsMatrixModel.data

    def counting(model, index, role=Qt.ItemDataRole.DisplayRole):
        if index.column() == SkillsMatrixModel.COL_NAME and role == Qt.ItemDataRole.DisplayRole:
            asked.add(index.row())
        return data(model, index, role)

    monkeypatch.setattr(SkillsMatrixModel, "data", counting)
    dialog = SkillsMatrixDialog(context.services, world.program_id, tasks=synchronous_tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.is_loaded)
    qtbot.wait(20)  # the paint
    assert dialog.model.rowCount() == 600
    assert 0 < len(asked) < 100, f"{len(asked)} rows asked for"  # those on screen, not all 600
    width = dialog.table.columnWidth(SkillsMatrixModel.COL_NAME)
    assert width >= dialog.table.fontMetrics().horizontalAdvance(longest)
    assert cell(dialog, longest, SkillsMatrixModel.FIRST_SKILL) == "2→3 · 3"  # the first row's levels (Sam), copied
