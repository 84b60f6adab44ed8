"""The roster import wizard with a big roster: reading, checking and importing run in the background with
progress and Stop, the buttons that would move on are off meanwhile, a Stop or a close leaves the people
as they were, and a file that cannot be read is explained in plain words."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QWizard

from shadowdesk.app import AppContext
from shadowdesk.gui.dialogs.import_wizard import ImportWizard
from shadowdesk.services.errors import UserError
from shadowdesk.services.people import PersonInput

# Anna is updated, 300 people are new: the import inserts and updates before it commits.
ROSTER = "Full Name;E-mail;Dept\nAnna Nowak;anna@x.com;Key Accounts\n" + "".join(
    f"New Person {n};new{n}@x.com;Sales\n" for n in range(300))


class Gate:
    """Holds the worker thread when one method of the people service reports a given step, until the test
    releases it or the user stops the work: what a user sees during a 50,000-row roster's slow step."""

    def __init__(self, method: str, step: int, dry_run: bool = False) -> None:
        self.method, self.step, self.dry_run = method, step, dry_run
        self.reached = threading.Event()
        self.release = threading.Event()

    def progress(self, method: str, dry_run: bool, progress, cancelled):
        def reporting(done: int, total: int) -> None:
            progress(done, total)
            if (method, done, dry_run) == (self.method, self.step, self.dry_run) and not self.release.is_set():
                self.reached.set()
                # Polls in the worker thread, as a long step checks cancelled() between its parts.
                while not (self.release.wait(0.005) or cancelled()):
                    pass
        return reporting


class GatedPeople:
    """The real PeopleService; only its progress callbacks pass through the gate."""

    def __init__(self, people, gate: Gate) -> None:
        self._people, self._gate = people, gate

    def __getattr__(self, name: str):
        return getattr(self._people, name)

    def read_roster(self, data, overrides=None, progress=None, cancelled=None, **options):
        return self._people.read_roster(
            data, overrides, self._gate.progress("read_roster", False, progress, cancelled), cancelled, **options)

    def import_roster(self, parsed, dry_run=False, progress=None, cancelled=None, **options):
        return self._people.import_roster(
            parsed, dry_run, self._gate.progress("import_roster", dry_run, progress, cancelled), cancelled,
            **options)


@pytest.fixture
def people(app_paths):
    context = AppContext(app_paths)
    for name, email in (("Anna Nowak", "anna@x.com"), ("Chen Li", "chen@x.com")):
        context.services.people.add_person(PersonInput(name, email, "Sales"))
    yield context.services.people
    context.close()


def open_wizard(qtbot, service, tmp_path, data: bytes | None = None) -> ImportWizard:
    path = tmp_path / "roster.csv"
    path.write_bytes(ROSTER.encode("utf-8-sig") if data is None else data)
    wizard = ImportWizard(service)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    return wizard


BACK, NEXT, IMPORT, CANCEL = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                              QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)


def button(wizard: ImportWizard, which: QWizard.WizardButton):
    return wizard.button(which)


def to_preview(qtbot, wizard: ImportWizard) -> None:
    for _ in range(2):
        qtbot.mouseClick(button(wizard, NEXT), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not wizard.busy, timeout=30_000)
    assert wizard.currentPage() is wizard.preview_page and wizard.preview_page.isComplete()


def test_reading_runs_in_the_background_with_progress_and_the_buttons_off(qtbot, people, tmp_path):
    gate = Gate("read_roster", 1)
    wizard = open_wizard(qtbot, GatedPeople(people, gate), tmp_path)
    page = wizard.file_page
    qtbot.mouseClick(button(wizard, NEXT), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.reached.is_set)
    # The bar moves while the worker is held: the window keeps handling events.
    qtbot.waitUntil(lambda: page.panel.progress_bar.value() == 1)
    assert page.panel.progress_bar.isVisible() and page.panel.progress_bar.maximum() == 2
    assert page.panel.status_label.text() == "Reading roster.csv…"
    assert not button(wizard, NEXT).isEnabled() and not page.path_edit.isEnabled()
    assert page.panel.stop_button.isEnabled() and button(wizard, CANCEL).isEnabled()
    gate.release.set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page)
    assert "301 rows," in wizard.mapping_page.subTitle()
    assert not page.panel.progress_bar.isVisible()


def test_stop_while_reading_stays_on_the_file_page_ready_to_try_again(qtbot, people, tmp_path):
    gate = Gate("read_roster", 1)
    wizard = open_wizard(qtbot, GatedPeople(people, gate), tmp_path)
    page = wizard.file_page
    qtbot.mouseClick(button(wizard, NEXT), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.reached.is_set)
    with qtbot.waitSignal(wizard.work_stopped, timeout=30_000):
        qtbot.mouseClick(page.panel.stop_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page and wizard.isVisible()
    assert page.panel.status_label.text().startswith("Stopped. Nothing was changed")
    assert not page.panel.progress_bar.isVisible()
    assert button(wizard, NEXT).isEnabled() and page.path_edit.isEnabled()
    gate.release.set()
    qtbot.mouseClick(button(wizard, NEXT), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=30_000)


@pytest.mark.parametrize(("data", "expected"), [
    (None, "Cannot read {missing}: No such file or directory."),
    (b"\xff\xfe" + "Name;Email\n".encode("utf-16-le") + b"\x00\xd8\x41\x00",
     "The file starts like UTF-16-LE text but byte 23 is not valid in that encoding. "
     "Save it again as CSV (UTF-8)."),
    (b"Name;Email\nAnna\x00;anna@x.com\n",
     "The file contains NUL characters, so it is not a text CSV file. Save it from the spreadsheet as CSV."),
], ids=["missing", "bad-encoding", "not-text"])
def test_a_file_that_cannot_be_read_is_explained_in_plain_words(qtbot, people, tmp_path, shown_errors, data,
                                                                 expected):
    wizard = open_wizard(qtbot, people, tmp_path, data or b"")
    missing = tmp_path / "gone.csv"
    if data is None:
        wizard.file_page.path_edit.setText(str(missing))
    with qtbot.waitSignal(wizard.work_failed, timeout=30_000):
        qtbot.mouseClick(button(wizard, NEXT), Qt.MouseButton.LeftButton)
    message = expected.format(missing=missing)
    assert shown_errors == [message]
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.panel.status_label.text() == message
    assert button(wizard, NEXT).isEnabled()


def test_the_preview_check_runs_in_the_background_and_stop_explains_how_to_check_again(qtbot, people,
                                                                                        tmp_path):
    gate = Gate("import_roster", 0, dry_run=True)
    wizard = open_wizard(qtbot, GatedPeople(people, gate), tmp_path)
    qtbot.mouseClick(button(wizard, NEXT), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=30_000)
    qtbot.mouseClick(button(wizard, NEXT), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.reached.is_set)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page)
    panel = wizard.preview_page.panel
    assert panel.progress_bar.isVisible()
    assert not button(wizard, BACK).isEnabled() and not button(wizard, IMPORT).isEnabled()
    with qtbot.waitSignal(wizard.work_stopped, timeout=30_000):
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert panel.status_label.text().startswith("Stopped before the preview was ready. Press Back, then Next")
    assert wizard.preview_page.model.rowCount() == 0 and not button(wizard, IMPORT).isEnabled()
    assert button(wizard, BACK).isEnabled()
    gate.release.set()
    qtbot.mouseClick(button(wizard, BACK), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.mapping_page
    qtbot.mouseClick(button(wizard, NEXT), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=30_000)
    assert wizard.preview_page.summary_label.text().startswith("300 to add, 1 to update, 0 unchanged.")


def test_stop_during_the_import_rolls_it_back_whole_and_import_can_be_pressed_again(qtbot, people, tmp_path):
    gate = Gate("import_roster", 2)  # every row inserted and updated, not yet committed
    wizard = open_wizard(qtbot, GatedPeople(people, gate), tmp_path)
    before = people.list_people()
    to_preview(qtbot, wizard)
    imported = []
    wizard.imported.connect(imported.append)
    qtbot.mouseClick(button(wizard, IMPORT), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.reached.is_set)
    panel = wizard.preview_page.panel
    qtbot.waitUntil(lambda: panel.progress_bar.value() == 2)
    assert panel.progress_bar.maximum() == 3
    assert panel.status_label.text() == "Importing… Either every row is saved or none is."
    assert not button(wizard, IMPORT).isEnabled() and not button(wizard, BACK).isEnabled()
    with qtbot.waitSignal(wizard.work_stopped, timeout=30_000):
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert people.list_people() == before
    assert imported == [] and wizard.isVisible()
    assert panel.status_label.text() == "Stopped. Nothing was imported; the people are as they were."
    assert button(wizard, IMPORT).isEnabled()
    gate.release.set()
    with qtbot.waitSignal(wizard.imported, timeout=30_000):
        qtbot.mouseClick(button(wizard, IMPORT), Qt.MouseButton.LeftButton)
    assert len(people.list_people()) == 302 and not wizard.isVisible()
    assert [row[3] for row in people.list_people("anna@x.com")] == ["Key Accounts"]


def test_closing_the_wizard_during_the_import_stops_it_and_writes_nothing(qtbot, people, tmp_path):
    gate = Gate("import_roster", 2)
    wizard = open_wizard(qtbot, GatedPeople(people, gate), tmp_path)
    before = people.list_people()
    to_preview(qtbot, wizard)
    imported = []
    wizard.imported.connect(imported.append)
    qtbot.mouseClick(button(wizard, IMPORT), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.reached.is_set)
    wizard.close()
    # It waits for the rollback rather than leaving a transaction behind a closed window.
    assert wizard.isVisible() and wizard.preview_page.panel.status_label.text() == "Stopping…"
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=30_000)
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert imported == [] and people.list_people() == before


def test_a_stop_that_comes_after_the_commit_reports_the_import(qtbot, people, tmp_path):
    gate = Gate("import_roster", 3)  # committed: too late to take back
    wizard = open_wizard(qtbot, GatedPeople(people, gate), tmp_path)
    to_preview(qtbot, wizard)
    qtbot.mouseClick(button(wizard, IMPORT), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.reached.is_set)
    with qtbot.waitSignal(wizard.imported, timeout=30_000) as told:
        qtbot.mouseClick(wizard.preview_page.panel.stop_button, Qt.MouseButton.LeftButton)
    assert told.args[0].added == 300 and len(people.list_people()) == 302
    assert wizard.result() == QDialog.DialogCode.Accepted


class RacedPeople:
    """The real PeopleService, except that the import finds the people changed meanwhile, as it may when
    another ShadowDesk adds someone between the preview and Import."""

    def __init__(self, people) -> None:
        self._people = people

    def __getattr__(self, name: str):
        return getattr(self._people, name)

    def import_roster(self, parsed, dry_run=False, progress=None, cancelled=None, **options):
        if dry_run:
            return self._people.import_roster(parsed, dry_run, progress, cancelled, **options)
        raise UserError("Someone else changed people while the roster was imported; nothing was imported. "
                        "Please import again.")


def test_a_failed_import_is_shown_in_plain_words_and_the_wizard_stays(qtbot, people, tmp_path, shown_errors):
    wizard = open_wizard(qtbot, RacedPeople(people), tmp_path)
    to_preview(qtbot, wizard)
    with qtbot.waitSignal(wizard.work_failed, timeout=30_000):
        qtbot.mouseClick(button(wizard, IMPORT), Qt.MouseButton.LeftButton)
    assert shown_errors == ["Someone else changed people while the roster was imported; nothing was "
                            "imported. Please import again."]
    assert wizard.isVisible() and button(wizard, IMPORT).isEnabled()


def test_the_first_rows_names_are_shown_so_an_id_column_read_as_names_would_show(qtbot, people, tmp_path):
    data = "Employee #;First Name;Last Name;E-mail\n1001;Anna;Nowak;anna@x.com\n1002;Zoë;Ünal;zoe@x.com\n"
    wizard = open_wizard(qtbot, people, tmp_path, data.encode())
    qtbot.mouseClick(button(wizard, NEXT), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=30_000)
    shown = "First rows read as: line 2: Anna Nowak <anna@x.com>; line 3: Zoë Ünal <zoe@x.com>."
    assert wizard.mapping_page.first_rows_label.text() == shown
    qtbot.mouseClick(button(wizard, NEXT), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=30_000)
    assert wizard.preview_page.summary_label.text().endswith(shown.replace("<", "&lt;").replace(">", "&gt;"))


def test_a_person_changed_after_the_preview_is_not_overwritten_and_the_preview_shows_them_anew(qtbot, people,
                                                                                                tmp_path):
    wizard = open_wizard(qtbot, people, tmp_path)
    to_preview(qtbot, wizard)
    anna = people.list_people("anna@x.com")[0][0]
    opened = people.get_person(anna)
    people.edit_person(anna, PersonInput("Anna Nowak", "anna@x.com", "Finance"), opened.version)  # a colleague
    qtbot.mouseClick(button(wizard, IMPORT), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.busy, timeout=30_000)
    assert wizard.isVisible() and len(people.list_people()) == 2
    assert people.get_person(anna).department == "Finance"
    assert "Nothing was imported: someone else changed 1 person since the preview (line 2: someone " \
           "else changed the department of Anna Nowak (anna@x.com)" in wizard.preview_page.summary_label.text()
    assert button(wizard, IMPORT).isEnabled()  # the preview now shows the rows against Anna as she is
    with qtbot.waitSignal(wizard.imported, timeout=30_000):
        qtbot.mouseClick(button(wizard, IMPORT), Qt.MouseButton.LeftButton)
    assert people.get_person(anna).department == "Key Accounts" and len(people.list_people()) == 302


def test_a_spreadsheet_with_several_sheets_offers_a_sheet_chooser(qtbot, people, tmp_path):
    from tests.interop.test_roster_sheets import xlsx

    data = xlsx({"Summary": [["Total"], [2]], "Staff": [["Name", "Email", "Office"], ["Eve", "eve@x.com", "Berlin"]]})
    wizard = open_wizard(qtbot, people, tmp_path, data)
    qtbot.mouseClick(button(wizard, NEXT), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=30_000)
    page = wizard.mapping_page
    # The first sheet has no email column: the user picks the other sheet.
    assert page.sheet_combo.isVisible() and page.sheet_combo.currentText() == "Summary"
    page.sheet_combo.setCurrentText("Staff")
    page.sheet_combo.activated.emit(1)
    qtbot.waitUntil(lambda: wizard.parsed.table.sheet == "Staff" and not wizard.busy, timeout=30_000)
    assert "sheet Staff" in page.subTitle() and page.combos["email"].currentText() == "Email"
    wizard.grab().save(str(tmp_path / "mapping.png"))


def test_offices_get_a_guessed_zone_the_user_can_change_and_the_preview_shows_changes_and_status(
        qtbot, people, tmp_path):
    data = ("Name;Email;Office;Status;Department\nAnna Nowak;anna@x.com;Kraków;On leave;Key Accounts\n"
            "Eve;eve@x.com;Remote;Contractor;Sales\nBad;nope;Remote;Active;Sales\n").encode()
    wizard = open_wizard(qtbot, people, tmp_path, data)
    for _ in range(2):
        qtbot.mouseClick(button(wizard, NEXT), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not wizard.busy, timeout=30_000)
    zones = wizard.zones_page
    assert wizard.currentPage() is zones
    assert zones.combos["kraków"].currentText() == "Europe/Warsaw" and zones.combos["remote"].currentText() == ""
    zones.combos["remote"].setCurrentText("Europe/Lisbon")
    labels = [zones.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text()
              for row in range(zones.form.rowCount())]
    assert sorted(labels) == ["Kraków (1 person), guessed:", "Remote (2 people):"]  # was "(1 people)"
    wizard.grab().save(str(tmp_path / "zones.png"))
    qtbot.mouseClick(button(wizard, NEXT), Qt.MouseButton.LeftButton)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.summary is not None, timeout=30_000)
    assert not preview.isComplete() and preview.skip_box.isVisible()  # Contractor unknown, a bad email
    model = preview.model
    rows = {model.index(r, 4).data(): r for r in range(model.rowCount())}
    assert model.index(rows["anna@x.com"], 2).data() == "Department: Sales -> Key Accounts; Location: — -> Kraków"
    assert model.index(rows["eve@x.com"], 8).data() == "Europe/Lisbon"
    combo = preview.status_combos["contractor"]
    combo.setCurrentIndex(combo.findData(False))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: preview.summary is not None and not wizard.busy, timeout=30_000)
    assert [str(p) for p in preview.summary.problems] == ["line 4: 'nope' is not a valid email address"]
    preview.skip_box.setChecked(True)
    qtbot.waitUntil(lambda: preview.isComplete(), timeout=30_000)
    assert "1 row with problems will be skipped" in preview.summary_label.text()
    status_labels = [preview.status_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text()
                     for row in range(preview.status_form.rowCount())]
    assert "On leave (1 row) ->" in status_labels
    assert "roster.skipped.csv" in preview.skip_box.text()
    wizard.grab().save(str(tmp_path / "preview.png"))
    with qtbot.waitSignal(wizard.imported, timeout=30_000):
        qtbot.mouseClick(button(wizard, IMPORT), Qt.MouseButton.LeftButton)
    eve = people.get_person(people.list_people("eve@x.com")[0][0])
    assert (eve.time_zone, eve.active) == ("Europe/Lisbon", False)
    assert people.get_person(people.list_people("anna@x.com")[0][0]).department == "Key Accounts"
    assert (tmp_path / "roster.skipped.csv").read_text("utf-8-sig").splitlines()[1].startswith("4,")


def test_lupdate_sees_every_string_of_the_wizard_pages_and_each_count_is_a_plural(tmp_path):
    """Before, the pages translated through a wrapper function lupdate cannot see into (_tr), so its
    strings were never offered to translators, and counts were filled in with format: "(1 people)"."""
    folder = Path(__file__).resolve().parents[2] / "src" / "shadowdesk" / "gui" / "dialogs"
    ts = tmp_path / "wizard.ts"
    subprocess.run([str(Path(sys.executable).with_name("pyside6-lupdate")), str(folder / "import_pages.py"),
                    str(folder / "import_preview.py"), "-ts", str(ts)], check=True, capture_output=True)
    found = {message.find("source").text: message.get("numerus") == "yes"
             for message in ET.parse(ts).getroot().iter("message")}
    for hidden_before in ("First rows read as: {rows}.", "line {line}: {name} <{email}>",
                          "The good rows were imported, but the skipped rows could not be written: {reason}"):
        assert hidden_before in found
    counted = [source for source in found if "%n" in source]
    assert len(counted) == 7 and all(found[source] for source in counted)
    assert not any(re.search(r"\{\w+\} (rows|people)", source) for source in found)  # no count put in by format
