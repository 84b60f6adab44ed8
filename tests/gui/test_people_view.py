"""The People section as the HR coordinator uses it: the table, search and filters, edits, the wizard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs.import_wizard import ImportWizard
from shadowdesk.gui.models.people_model import (
    COL_ACTIVE,
    COL_DEPARTMENT,
    COL_EMAIL,
    COL_NAME,
    ID_ROLE,
    PeopleFilterProxy,
    PeopleTableModel,
)
from shadowdesk.gui.models.roster_preview_model import COL_LINE, COL_PROBLEMS
from shadowdesk.gui.views.people import EVERYONE, PeopleView
from shadowdesk.services.people import PersonInput

ROWS = [
    (1, "Anna Nowak", "anna@x.com", "Sales", "Account Executive", "Kraków", True),
    (2, "Björn Håkansson", "bjorn@x.com", "Project Management", "Project Manager", "Berlin", True),
    (3, "Chen Li", "chen@x.com", "Sales", "Sales Director", "Berlin", False),
    (4, "dora Keller", "dora@x.com", "", "", "", True),
]


@pytest.fixture
def view(qtbot, context) -> PeopleView:
    for name, email, department in (("Anna Nowak", "anna@x.com", "Sales"),
                                    ("Piotr Zieliński", "piotr@x.com", "Project Management"),
                                    ("Chen Li", "chen@x.com", "Sales")):
        context.services.people.add_person(PersonInput(name, email, department))
    view = PeopleView(context.services)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    return view


def shown_names(view: PeopleView) -> list[str]:
    return [view.proxy.index(row, COL_NAME).data() for row in range(view.proxy.rowCount())]


def test_table_model_and_proxy_pass_the_model_tester(qtmodeltester):
    model = PeopleTableModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    proxy = PeopleFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("sales")
    qtmodeltester.check(proxy)


def test_model_shows_the_columns_and_sorts_in_one_pass():
    model = PeopleTableModel()
    model.set_rows(ROWS)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Name", "Email", "Department", "Job title", "Location", "Active"]
    assert model.index(2, COL_ACTIVE).data() == "No" and model.index(0, COL_ACTIVE).data() == "Yes"
    assert model.index(2, COL_NAME).data(Qt.ItemDataRole.ForegroundRole) is not None  # inactive greyed
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, COL_NAME).data() for r in range(4)] == [
        "dora Keller", "Chen Li", "Björn Håkansson", "Anna Nowak"]
    model.sort(COL_DEPARTMENT)
    assert [model.index(r, COL_EMAIL).data() for r in range(4)] == [
        "dora@x.com", "bjorn@x.com", "anna@x.com", "chen@x.com"]


def test_proxy_filters_by_every_word_department_and_active():
    model = PeopleTableModel()
    model.set_rows(ROWS)
    proxy = PeopleFilterProxy()
    proxy.setSourceModel(model)

    def ids() -> list[int]:
        return [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())]

    proxy.set_search("BERLIN")
    assert ids() == [2, 3]
    proxy.set_search("berlin sales")
    assert ids() == [3]
    proxy.set_active(True)
    assert ids() == []
    proxy.set_search("")
    proxy.set_department("Sales")
    assert ids() == [1]


def test_typing_in_search_narrows_the_table_instantly(qtbot, view):
    assert shown_names(view) == ["Anna Nowak", "Chen Li", "Piotr Zieliński"]
    qtbot.keyClicks(view.search_edit, "zieli")
    assert shown_names(view) == ["Piotr Zieliński"]
    assert view.count_label.text() == "1 of 3"
    view.search_edit.clear()
    view.department_combo.setCurrentIndex(view.department_combo.findData("Sales"))
    assert shown_names(view) == ["Anna Nowak", "Chen Li"]


def test_search_keeps_the_selected_person_while_they_still_match(qtbot, view):
    view.table.selectRow(1)
    assert view.detail.full_name == "Chen Li"
    qtbot.keyClicks(view.search_edit, "li")
    assert view.selected_id() == view.detail.id and view.detail.full_name == "Chen Li"
    qtbot.keyClicks(view.search_edit, "zzz")
    assert view.selected_id() is None and view.detail is None
    assert "Select a person" in view.detail_pane.toPlainText()


def test_typing_and_sorting_a_long_time_does_not_wear_out_pyside(qtbot, view):
    """PySide6 6.12 on CPython 3.11 drops a reference to True per Signal.emit() from Python; the table must
    not emit per keystroke, or a long session ends in "Fatal Python error: bool_dealloc"."""
    import sys

    before = sys.getrefcount(True)
    for text in ["a", "an", "ann", "an", "a", ""] * 20:
        view.search_edit.setText(text)
    for column in range(6):
        view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert sys.getrefcount(True) >= before - 5


def test_selecting_a_person_shows_their_detail_and_deactivate_hides_them(qtbot, view, context):
    view.table.selectRow(1)
    assert view.detail.full_name == "Chen Li"
    assert "chen@x.com" in view.detail_pane.toPlainText()
    assert view.active_button.text() == "&Deactivate"
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    assert shown_names(view) == ["Anna Nowak", "Piotr Zieliński"]  # active people only, by default
    view.active_combo.setCurrentIndex(EVERYONE)
    chen = context.services.people.list_people("chen", active=False)[0][0]
    assert view.select_person(chen)
    assert view.active_button.text() == "&Reactivate"
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    assert context.services.people.list_people("chen", active=True)


def test_add_dialog_stays_open_on_a_taken_email_then_saves_and_selects(qtbot, view, context):
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.person_dialog
    dialog.ui.fullNameEdit.setText("Zofia Duda")
    dialog.ui.emailEdit.setText("ANNA@x.com")
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "already the email of Anna Nowak" in dialog.ui.errorLabel.text()
    dialog.ui.emailEdit.setText("zofia@x.com")
    dialog.ui.timeZoneCombo.setCurrentText("Europe/Warsaw")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert view.detail.full_name == "Zofia Duda" and view.detail.time_zone == "Europe/Warsaw"
    assert "Zofia Duda" in shown_names(view)


def test_edit_dialog_saves_changes(qtbot, view):
    view.table.selectRow(0)
    view.edit_selected()
    dialog = view.person_dialog
    assert dialog.ui.emailEdit.text() == "anna@x.com"
    dialog.ui.jobTitleEdit.setText("Key Account Manager")
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert view.detail.job_title == "Key Account Manager"
    assert view.proxy.index(0, 3).data() == "Key Account Manager"


GOOD = "Full Name;E-mail;Dept\nAnna Nowak;anna@x.com;Key Accounts\nNew Person;new@x.com;Sales\n"
BAD = "Full Name;E-mail;TZ\nAnna Nowak;anna@x.com;UTC\nNo Mail;;UTC\nEve;eve@x.com;Mars/Base\n"


def next_page(qtbot, wizard: ImportWizard) -> None:
    """Press Next and wait until the reading or checking it starts in the background, and the preview's
    check that may follow, have ended."""
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=30_000)


def start_wizard(qtbot, view, tmp_path, text: str) -> ImportWizard:
    path = tmp_path / "roster.csv"
    path.write_text(text, encoding="utf-8-sig")
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    wizard = view.import_wizard
    wizard.file_page.path_edit.setText(str(path))
    next_page(qtbot, wizard)
    return wizard


def test_wizard_shows_the_guessed_mapping_then_imports_on_finish(qtbot, view, context, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: told.append(text))
    wizard = start_wizard(qtbot, view, tmp_path, GOOD)
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.mapping_page.combos["email"].currentText() == "E-mail"
    assert wizard.mapping_page.combos["department"].currentText() == "Dept"
    assert wizard.mapping_page.combos["job_title"].currentData() == -1
    next_page(qtbot, wizard)
    assert wizard.preview_page.summary_label.text().startswith("1 to add, 1 to update, 0 unchanged.")
    assert context.services.people.list_people("new@x.com") == []  # the preview wrote nothing
    with qtbot.waitSignal(wizard.imported, timeout=30_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert told == ["1 added, 1 updated, 0 unchanged."]
    assert not wizard.isVisible()
    assert "New Person" in shown_names(view)
    assert [row[3] for row in context.services.people.list_people("anna@x.com")] == ["Key Accounts"]


def test_wizard_mapping_can_be_changed_by_the_user(qtbot, view, context, tmp_path):
    wizard = start_wizard(qtbot, view, tmp_path, "Person;Login\nNew Person;new@x.com\n")
    combos = wizard.mapping_page.combos
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.mapping_page  # no email column: refused with a reason
    assert "email" in wizard.mapping_page.error_label.text()
    combos["email"].setCurrentIndex(combos["email"].findText("Login"))
    combos["full_name"].setCurrentIndex(combos["full_name"].findText("Person"))
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page and wizard.preview_page.isComplete()


def test_wizard_preview_names_bad_rows_and_cancel_writes_nothing(qtbot, view, context, tmp_path):
    wizard = start_wizard(qtbot, view, tmp_path, BAD)
    next_page(qtbot, wizard)
    page = wizard.preview_page
    model = page.model
    assert "2 rows with problems; nothing will be imported" in page.summary_label.text()
    assert [(model.index(r, COL_LINE).data(), model.index(r, COL_PROBLEMS).data()) for r in range(2)] == [
        ("3", "no email address"),
        ("4", "unknown time zone 'Mars/Base' (use an IANA name such as Europe/Berlin)")]
    assert model.index(0, COL_LINE).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(2, COL_LINE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.reject()
    assert [row[1] for row in context.services.people.list_people()] == [
        "Anna Nowak", "Chen Li", "Piotr Zieliński"]


def test_wizard_preview_model_passes_the_model_tester(qtbot, view, tmp_path, qtmodeltester):
    wizard = start_wizard(qtbot, view, tmp_path, BAD)
    next_page(qtbot, wizard)
    qtmodeltester.check(wizard.preview_page.model)


def test_export_writes_the_chosen_file(qtbot, view, tmp_path, monkeypatch):
    target = tmp_path / "out.csv"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args: str(target))
    told = []
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: told.append(text))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert told == [f"3 people written to {target}."]
    assert "piotr@x.com" in target.read_text(encoding="utf-8-sig")


def test_no_translated_string_of_the_people_ideas_or_schedule_views_is_built_inside_an_f_string():
    """lupdate reads tr("literal") calls only; one inside an f-string is never offered to the translators."""
    import ast
    from pathlib import Path

    import shadowdesk.gui.views as views

    folder = Path(views.__file__).parent
    hidden = []
    for name in ("people.py", "ideas.py", "schedule.py", "schedule_calendar.py", "schedule_common.py",
                 "person_search.py"):
        for node in ast.walk(ast.parse((folder / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                hidden += [f"{name}:{call.lineno}" for call in ast.walk(node) if isinstance(call, ast.Call)
                           and isinstance(call.func, ast.Attribute) and call.func.attr in ("tr", "translate")]
    assert hidden == []
