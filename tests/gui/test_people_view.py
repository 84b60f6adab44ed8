"""The People section as the HR coordinator uses it: the table, search and filters, edits, the wizard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs.import_wizard import ImportWizard
from shadowdesk.gui.models.people_model import COL_ACTIVE, COL_DEPARTMENT, COL_EMAIL, COL_NAME, PeopleTableModel
from shadowdesk.gui.models.roster_preview_model import COL_LINE, COL_PROBLEMS
from shadowdesk.gui.views.people import EVERYONE, PeopleView
from shadowdesk.gui.workers import TaskRunner
from shadowdesk.services.people import PersonInput

PEOPLE = (("Anna Nowak", "anna@x.com", "Sales", "Account Executive", "Kraków"),
          ("Björn Håkansson", "bjorn@x.com", "Project Management", "Project Manager", "Berlin"),
          ("Chen Li", "chen@x.com", "Sales", "Sales Director", "Berlin"),
          ("dora Keller", "dora@x.com", "", "", ""))


def settled(qtbot, view: PeopleView) -> None:
    """Wait, as a user does, until the reads the view started (rows, counts, detail) are on screen."""
    qtbot.waitUntil(view.is_loaded)


@pytest.fixture
def view(qtbot, context, synchronous_tasks) -> PeopleView:
    for name, email, department in (("Anna Nowak", "anna@x.com", "Sales"),
                                    ("Piotr Zieliński", "piotr@x.com", "Project Management"),
                                    ("Chen Li", "chen@x.com", "Sales")):
        context.services.people.add_person(PersonInput(name, email, department))
    view = PeopleView(context.services, tasks=synchronous_tasks)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    settled(qtbot, view)
    return view


def shown_names(view: PeopleView) -> list[str]:
    return [view.model.index(row, COL_NAME).data() for row in range(view.model.rowCount())]


@pytest.fixture
def four(qtbot, context, synchronous_tasks):
    """A table model over four people, one of them deactivated, read through the service."""
    people = context.services.people
    for name, email, department, title, location in PEOPLE:
        people.add_person(PersonInput(name, email, department, title, location))
    people.set_active(people.list_people("chen")[0][0], False)
    model = PeopleTableModel(synchronous_tasks)

    def load(search: str = "", department: str | None = None, active: bool | None = None) -> None:
        with qtbot.waitSignal(model.read_done):
            model.load(lambda offset, limit, order: people.list_people(search, department, active, order,
                                                                       offset, limit))

    return model, load


def emails(model) -> list[str]:
    return [model.index(row, COL_EMAIL).data() for row in range(model.rowCount())]


def test_table_model_passes_the_model_tester(qtmodeltester, four):
    model, load = four
    load("sales")
    qtmodeltester.check(model)


def test_model_shows_the_columns_and_the_database_sorts(qtbot, four):
    model, load = four
    load()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Name", "Email", "Department", "Job title", "Location", "Active"]
    assert model.index(2, COL_ACTIVE).data() == "No" and model.index(0, COL_ACTIVE).data() == "Yes"
    assert model.index(2, COL_NAME).data(Qt.ItemDataRole.ForegroundRole) is not None  # inactive greyed
    with qtbot.waitSignal(model.read_done):
        model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert emails(model) == ["dora@x.com", "chen@x.com", "bjorn@x.com", "anna@x.com"]  # any case
    with qtbot.waitSignal(model.read_done):
        model.sort(COL_DEPARTMENT)
    assert emails(model) == ["dora@x.com", "bjorn@x.com", "anna@x.com", "chen@x.com"]
    with qtbot.waitSignal(model.read_done):
        model.sort(COL_ACTIVE)
    assert emails(model)[-1] == "chen@x.com"  # "Yes" before "No"


def test_the_database_filters_by_every_word_department_and_active(four, context):
    model, load = four
    load("BERLIN")
    assert emails(model) == ["bjorn@x.com", "chen@x.com"]
    load("berlin sales")
    assert emails(model) == ["chen@x.com"]
    load("berlin sales", active=True)
    assert emails(model) == []
    load(department="Sales")
    assert emails(model) == ["anna@x.com", "chen@x.com"]
    assert context.services.people.count_people("berlin") == (2, 4)


def test_typing_in_search_narrows_the_table_instantly(qtbot, view):
    assert shown_names(view) == ["Anna Nowak", "Chen Li", "Piotr Zieliński"]
    qtbot.keyClicks(view.search_edit, "zieli")
    settled(qtbot, view)
    assert shown_names(view) == ["Piotr Zieliński"]
    assert view.count_label.text() == "1 of 3"
    view.search_edit.clear()
    view.department_combo.setCurrentIndex(view.department_combo.findData("Sales"))
    settled(qtbot, view)
    assert shown_names(view) == ["Anna Nowak", "Chen Li"]


def test_search_keeps_the_selected_person_while_they_still_match(qtbot, view):
    view.table.selectRow(1)
    settled(qtbot, view)
    assert view.detail.full_name == "Chen Li"
    qtbot.keyClicks(view.search_edit, "li")
    settled(qtbot, view)
    assert view.selected_id() == view.detail.id and view.detail.full_name == "Chen Li"
    qtbot.keyClicks(view.search_edit, "zzz")
    settled(qtbot, view)
    assert view.selected_id() is None and view.detail is None
    assert "Select a person" in view.detail_pane.toPlainText()


def test_typing_and_sorting_a_long_time_does_not_wear_out_pyside(qtbot, view):
    """PySide6 6.12 on CPython 3.11 drops a reference to True per Signal.emit() from Python; the table must
    not emit per keystroke, or a long session ends in "Fatal Python error: bool_dealloc"."""
    import sys

    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()  # an earlier test's worker holding True would move the count
    before = sys.getrefcount(True)
    for text in ["a", "an", "ann", "an", "a", ""] * 20:
        view.search_edit.setText(text)
    for column in range(6):
        view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    settled(qtbot, view)
    assert sys.getrefcount(True) >= before - 5


def test_selecting_a_person_shows_their_detail_and_deactivate_hides_them(qtbot, view, context):
    view.table.selectRow(1)
    settled(qtbot, view)
    assert view.detail.full_name == "Chen Li"
    assert "chen@x.com" in view.detail_pane.toPlainText()
    assert view.active_button.text() == "&Deactivate"
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    settled(qtbot, view)
    assert shown_names(view) == ["Anna Nowak", "Piotr Zieliński"]  # active people only, by default
    view.active_combo.setCurrentIndex(EVERYONE)
    settled(qtbot, view)
    chen = context.services.people.list_people("chen", active=False)[0][0]
    assert view.select_person(chen)
    settled(qtbot, view)
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
    settled(qtbot, view)
    assert view.detail.full_name == "Zofia Duda" and view.detail.time_zone == "Europe/Warsaw"
    assert "Zofia Duda" in shown_names(view)


def test_edit_dialog_saves_changes(qtbot, view):
    view.table.selectRow(0)
    settled(qtbot, view)
    view.edit_selected()
    dialog = view.person_dialog
    assert dialog.ui.emailEdit.text() == "anna@x.com"
    dialog.ui.jobTitleEdit.setText("Key Account Manager")
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settled(qtbot, view)
    assert view.detail.job_title == "Key Account Manager"
    assert view.model.index(0, 3).data() == "Key Account Manager"


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
    settled(qtbot, view)
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


@pytest.fixture
def held_view(qtbot, context, held_pool):
    """The People view on 120 people, its reads held until the test releases them."""
    people = context.services.people
    for n in range(120):
        people.add_person(PersonInput(f"Person {n:03}", f"p{n:03}@x.com", "Sales" if n % 2 else "PM"))
    view = PeopleView(context.services, tasks=TaskRunner(held_pool))
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    return view


def test_the_roster_is_read_in_workers_a_page_at_a_time_with_the_count_from_the_database(
        qtbot, held_view, held_pool):
    view = held_view
    view.refresh()
    assert view.model.rowCount() == 0 and not view.is_loaded()  # nothing read on the GUI thread
    held_pool.release()
    settled(qtbot, view)
    assert view.model.rowCount() == 50 and view.count_label.text() == "120 of 120"
    assert view.department_combo.findData("Sales") > 0
    view.table.scrollToBottom()  # the view asks for the next page as it reaches the end
    qtbot.waitUntil(lambda: bool(held_pool.held))
    held_pool.release()
    qtbot.waitUntil(lambda: view.model.rowCount() == 100)


def test_an_older_read_never_lands_on_a_newer_one(qtbot, held_view, held_pool):
    view = held_view
    view.refresh()
    held_pool.release()
    settled(qtbot, view)
    view.search_edit.setText("Person 01")  # Person 010-019: 10 people
    older = list(held_pool.held)
    view.search_edit.setText("Person 002")
    newer = [job for job in held_pool.held if job not in older]
    for job in newer:
        job.run()
    settled(qtbot, view)
    for job in older:  # the reads for "Person 01" end last
        job.run()
    held_pool.held.clear()
    qtbot.wait(20)
    assert shown_names(view) == ["Person 002"] and view.count_label.text() == "1 of 120"

    view.table.selectRow(0)  # Person 002; before their detail is read the user looks for Person 003
    first = list(held_pool.held)
    held_pool.held.clear()
    view.search_edit.setText("Person 003")
    held_pool.release()
    qtbot.waitUntil(lambda: shown_names(view) == ["Person 003"])
    view.table.selectRow(0)
    held_pool.release()
    settled(qtbot, view)
    for job in first:
        job.run()  # Person 002's detail, asked for first, comes last: dropped
    qtbot.wait(20)
    assert view.detail is not None and view.detail.full_name == "Person 003"
    assert "Person 003" in view.detail_pane.toPlainText()


def test_a_person_is_not_editable_until_their_detail_is_read(qtbot, held_view, held_pool):
    view = held_view
    view.refresh()
    held_pool.release()
    settled(qtbot, view)
    view.table.selectRow(0)
    held_pool.release()
    settled(qtbot, view)
    assert view.edit_button.isEnabled()
    view.table.selectRow(1)  # its detail is still being read: editing now would edit the person before
    assert not view.edit_button.isEnabled() and view.detail is None
    held_pool.release()
    settled(qtbot, view)
    assert view.detail.full_name == "Person 001" and view.edit_button.isEnabled()


def test_the_keyboard_walks_the_rows_and_each_detail_follows(qtbot, view):
    view.table.setFocus()
    view.table.selectRow(0)
    settled(qtbot, view)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    settled(qtbot, view)
    assert view.detail.full_name == "Chen Li"
