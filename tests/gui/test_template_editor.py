"""Editing reflection templates: a new note gets the edited prompts, a note already written keeps its own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import exists, select

from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs.template_editor import TemplateEditor
from shadowdesk.model import Reflection, SessionKind, ShadowSession
from tests.gui.test_accessibility import unnamed

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def services(demo_services):
    return demo_services


@pytest.fixture
def errors(shown_errors):
    return shown_errors


def open_editor(qtbot, services) -> TemplateEditor:
    editor = TemplateEditor(services.reflections)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def select_template(editor: TemplateEditor, template_id: int) -> None:
    for row in range(editor.ui.templatesList.count()):
        if editor.current_at(row).id == template_id:
            editor.ui.templatesList.setCurrentRow(row)
            return
    raise AssertionError(f"template {template_id} not listed")


def hosts_without_a_note(services, kind: SessionKind, count: int) -> list[tuple[int, int]]:
    """(session, host) pairs of that kind where the host has not started a note."""
    no_note = ~exists().where(Reflection.session_id == ShadowSession.id,
                              Reflection.author_id == ShadowSession.host_id)
    with services.database.session() as s:
        rows = s.execute(select(ShadowSession.id, ShadowSession.host_id)
                         .where(ShadowSession.kind == kind, no_note).order_by(ShadowSession.id).limit(count))
        return [tuple(row) for row in rows]


def test_every_template_is_listed_with_the_built_in_ones_marked(qtbot, services):
    editor = open_editor(qtbot, services)
    names = [editor.ui.templatesList.item(row).text() for row in range(editor.ui.templatesList.count())]
    assert "After Action Review (built-in)" in names
    assert len(names) == len(services.reflections.templates())
    assert "keeps the prompts it was written with" in editor.ui.keepHint.text()
    assert not editor.ui.deleteButton.isEnabled()  # built-in ones are edited, not deleted


def test_edited_prompts_reach_a_new_note_while_a_written_note_keeps_its_own(qtbot, services, errors):
    (first, first_host), (second, second_host) = hosts_without_a_note(services, SessionKind.CUSTOMER_VISIT, 2)
    written = services.reflections.open_draft(first, first_host)
    template = services.reflections.template_for(SessionKind.CUSTOMER_VISIT, "host")
    assert written.prompts == template.prompts

    editor = open_editor(qtbot, services)
    select_template(editor, template.id)
    assert editor.ui.nameEdit.text() == template.name
    assert editor.ui.promptsEdit.toPlainText().splitlines() == list(template.prompts)
    editor.ui.promptsEdit.setPlainText("What did the customer ask for twice?\n\n  Whom should we call next?  ")
    editor.ui.saveButton.click()

    assert errors == []
    assert editor.ui.statusLabel.text() == "Saved."
    new_prompts = ("What did the customer ask for twice?", "Whom should we call next?")
    assert services.reflections.open_draft(second, second_host).prompts == new_prompts
    assert services.reflections.open_draft(first, first_host).prompts == written.prompts


def test_a_new_template_for_guests_is_saved_and_an_empty_one_is_refused(qtbot, services, errors):
    editor = open_editor(qtbot, services)
    editor.ui.newButton.click()
    editor.ui.saveButton.click()
    assert errors == ["A template needs a name."]
    editor.ui.nameEdit.setText("Guest on a project shadow, short")
    editor.ui.kindCombo.setCurrentIndex(editor.ui.kindCombo.findText("Project shadow"))
    editor.ui.roleCombo.setCurrentIndex(editor.ui.roleCombo.findText("Guest"))
    editor.ui.promptsEdit.setPlainText("One thing I will do differently")
    editor.ui.saveButton.click()
    assert len(errors) == 1
    assert editor.ui.templatesList.currentItem().text() == "Guest on a project shadow, short"
    assert editor.ui.deleteButton.isEnabled()
    saved = next(t for t in services.reflections.templates() if t.name == "Guest on a project shadow, short")
    assert (saved.session_kind, saved.role, saved.prompts) == (
        SessionKind.PROJECT_SHADOW, "guest", ("One thing I will do differently",))


def test_deleting_a_template_of_ones_own_removes_it_after_asking(qtbot, services, errors, monkeypatch):
    services.reflections.save_template(None, "Spare", None, None, ["Anything else?"])
    asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda _parent, _title, text: asked.append(text) or True)
    editor = open_editor(qtbot, services)
    select_template(editor, next(t.id for t in services.reflections.templates() if t.name == "Spare"))
    editor.ui.deleteButton.click()
    assert asked and "Spare" in asked[0]
    assert "Spare" not in [editor.ui.templatesList.item(r).text() for r in range(editor.ui.templatesList.count())]
    assert "Spare" not in [t.name for t in services.reflections.templates()]


def test_every_control_has_a_name_a_screen_reader_can_read(qtbot, services):
    assert unnamed(open_editor(qtbot, services)) == []
