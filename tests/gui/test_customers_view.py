"""The Customers section as a coordinator uses it: add and find customers, their projects with a PM owner
chosen from the active people, deactivate, merge duplicates, move a project, and import a CRM export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from shadowdesk.gui import prompts
from shadowdesk.gui.models.customers_model import CustomersTableModel, ProjectsTableModel
from shadowdesk.gui.views.customers import EVERY_CUSTOMER, CustomersView
from shadowdesk.services.customers import CustomerDraft, CustomerService, ProjectDraft
from shadowdesk.services.people import PersonInput


@pytest.fixture
def services(context):
    context.services.people.add_person(PersonInput("Ben Okafor", "ben@x.example"))
    gone = context.services.people.add_person(PersonInput("Gone Person", "gone@x.example"))
    context.services.people.set_active(gone, False)
    return context.services


@pytest.fixture
def view(qtbot, services):
    widget = CustomersView(services)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    widget.refresh()
    return widget


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _names(model) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, services):
    customers = CustomerService(services.database)
    acme = customers.add_customer(CustomerDraft("Acme", "Retail", "US"))
    customers.add_project(ProjectDraft("Website", "TMS-1", "ben@x.example"), acme)
    model, projects = CustomersTableModel(), ProjectsTableModel()
    model.set_rows(customers.list_customers())
    projects.set_rows(customers.list_projects())
    qtmodeltester.check(model)
    qtmodeltester.check(projects)
    assert projects.index(0, ProjectsTableModel.COL_PM).data() == "Ben Okafor"


def test_add_a_customer_and_a_project_with_a_pm_owner_from_the_active_people(qtbot, view, tmp_path):
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    dialog.ui.nameEdit.setText("Nordwind Pharma")
    dialog.ui.countryEdit.setText("DE")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert view.selected_customer().name == "Nordwind Pharma"

    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    view.dialog.ui.nameEdit.setText("NORDWIND pharma")
    _save(qtbot, view.dialog)
    assert view.dialog.isVisible()  # stays open, saying why
    assert view.dialog.ui.errorLabel.text() == 'There is already a customer called "Nordwind Pharma".'
    view.dialog.reject()

    qtbot.mouseClick(view.add_project_button, Qt.MouseButton.LeftButton)
    project_dialog = view.dialog
    owners = [project_dialog.ui.pmCombo.itemText(n) for n in range(project_dialog.ui.pmCombo.count())]
    assert owners == ["No PM owner", "Ben Okafor <ben@x.example>"]  # deactivated people are not offered
    project_dialog.ui.nameEdit.setText("Label localisation")
    project_dialog.ui.referenceEdit.setText("TMS-4711")
    project_dialog.ui.pmCombo.setCurrentIndex(1)
    _save(qtbot, project_dialog)
    assert [(p.name, p.reference, p.pm_name) for p in view.projects_model.rows()] == [
        ("Label localisation", "TMS-4711", "Ben Okafor")]
    assert view.selected_project().name == "Label localisation"
    assert view.projects_label.text() == "Proje&cts of Nordwind Pharma"
    view.grab().save(str(tmp_path / "customers.png"))


def test_search_deactivate_and_the_active_filter(qtbot, view):
    customers = view.customers
    for name in ("Acme", "Globex", "Café Noir"):
        customers.add_customer(CustomerDraft(name))
    view.refresh()
    qtbot.keyClicks(view.search_edit, "cafe")
    assert _names(view.model) == ["Café Noir"]
    view.search_edit.clear()
    view.table.selectRow(_names(view.model).index("Globex"))
    assert view.active_button.text() == "&Deactivate"
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    assert _names(view.model) == ["Acme", "Café Noir"]
    view.active_combo.setCurrentIndex(EVERY_CUSTOMER)
    assert _names(view.model) == ["Acme", "Café Noir", "Globex"]
    view.table.selectRow(2)
    assert view.active_button.text() == "&Reactivate"


def test_merge_a_duplicate_and_move_a_project(qtbot, view):
    customers = view.customers
    kept = customers.add_customer(CustomerDraft("Acme"))
    duplicate = customers.add_customer(CustomerDraft("Acme Ltd"))
    globex = customers.add_customer(CustomerDraft("Globex"))
    customers.add_project(ProjectDraft("Website"), duplicate)
    view.refresh(duplicate)
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    choice = view.dialog
    choice.combo.setCurrentIndex(choice.combo.findData(kept))
    qtbot.mouseClick(choice.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert _names(view.model) == ["Acme", "Globex"]
    assert view.selected_customer().id == kept
    assert _names(view.projects_model) == ["Website"]

    view.projects_table.selectRow(0)
    qtbot.mouseClick(view.move_project_button, Qt.MouseButton.LeftButton)
    move = view.dialog
    assert [move.combo.itemText(n) for n in range(move.combo.count())] == ["Globex"]
    qtbot.mouseClick(move.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert _names(view.projects_model) == []
    assert [p.customer_id for p in customers.list_projects()] == [globex]


def test_a_bad_import_shows_every_bad_line_and_adds_nothing(qtbot, view, tmp_path, monkeypatch, shown_errors):
    export = tmp_path / "crm.csv"
    export.write_bytes(b"Company,Country\nAcme,US\n,DE\nACME,US\n")
    monkeypatch.setattr(prompts, "choose_open_file", lambda *args: str(export))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assert shown_errors == ["Nothing was imported; please correct these rows:\nline 3: no name\n"
                            "line 4: the same customer as line 2"]
    assert _names(view.model) == []

    told: list[str] = []
    monkeypatch.setattr(prompts, "show_info", lambda _parent, _title, text: told.append(text))
    export.write_bytes(b"Company,Country\nAcme,US\nGlobex,US\n")
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assert told == ["2 added, 0 updated, 0 unchanged."]
    assert _names(view.model) == ["Acme", "Globex"]


def test_every_action_has_its_own_mnemonic(view):
    buttons = [view.add_button, view.edit_button, view.active_button, view.merge_button, view.import_button,
               view.add_project_button, view.edit_project_button, view.move_project_button,
               view.active_project_button, view.import_projects_button]
    keys = [button.text().split("&")[1][0].lower() for button in buttons]
    keys.append("c")  # the projects label, Alt+C
    # Alt+F, E, V, H open the menus (File, Edit, View, Help).
    assert len(set(keys)) == len(keys) and not set(keys) & set("fevh"), keys
