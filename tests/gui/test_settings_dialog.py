"""Edit > Preferences…: every declared setting, the current user, the logo, and a database location that is
tested before it is saved."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QSpinBox

from shadowdesk import paths
from shadowdesk.app import AppContext
from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs.settings_dialog import LABELS, SettingsDialog
from shadowdesk.gui.main_window import MainWindow
from shadowdesk.model import Person
from shadowdesk.paths import SavedLocation, chosen_location, saved_location
from shadowdesk.settings import SETTINGS


@pytest.fixture(autouse=True)
def location_file(tmp_path, monkeypatch):
    """Never the real user's config folder."""
    file = tmp_path / "user-config" / "location.json"
    monkeypatch.setattr(paths, "location_file", lambda: file)
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.delenv(paths.DATABASE_URL_ENV, raising=False)
    return file


@pytest.fixture
def context(app_paths):
    context = AppContext(app_paths)
    with context.services.database.transaction() as s:
        s.add_all([Person(full_name="Anna Nowak", email="anna@example.com"),
                   Person(full_name="Ben Okafor", email="ben@example.com")])
    yield context
    context.close()


def make_dialog(qtbot, context) -> SettingsDialog:
    dialog = SettingsDialog(context.services, SavedLocation(data_dir=str(context.paths.data)))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_form_has_one_row_per_declared_setting_with_its_label(qtbot, context):
    assert LABELS == {s.key: s.label for s in SETTINGS}
    dialog = make_dialog(qtbot, context)
    form = dialog.ui.settingsForm
    labels = [form.itemAt(row, form.ItemRole.LabelRole).widget().text() for row in range(form.rowCount())]
    assert labels == [s.label for s in SETTINGS]
    spins = {key: e.value() for key, e in dialog.editors.items() if isinstance(e, QSpinBox)}
    assert spins == {s.key: s.default for s in SETTINGS if s.type is int}


def test_changed_settings_are_saved_on_ok_and_shown_next_time(qtbot, context):
    dialog = make_dialog(qtbot, context)
    dialog.editors["company_name"].setText("Nowak & Okafor GmbH")
    dialog.editors["backup_keep_daily"].setValue(12)
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    settings = context.services.settings
    assert settings.get("company_name") == "Nowak & Okafor GmbH"
    assert settings.get("backup_keep_daily") == 12
    again = make_dialog(qtbot, context)
    assert again.editors["backup_keep_daily"].value() == 12


def test_cancel_saves_nothing(qtbot, context):
    dialog = make_dialog(qtbot, context)
    dialog.editors["company_name"].setText("Changed my mind")
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel).click()
    assert context.services.settings.get("company_name") == ""


def test_the_current_user_is_chosen_by_typing_part_of_a_name(qtbot, context):
    dialog = make_dialog(qtbot, context)
    combo: QComboBox = dialog.user_combo
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "Anna Nowak <anna@example.com>", "Ben Okafor <ben@example.com>"]
    combo.setFocus()
    combo.lineEdit().selectAll()
    QTest.keyClicks(combo.lineEdit(), "Okafor")
    popup = combo.completer().popup()
    assert popup.isVisible() and combo.completer().currentCompletion() == "Ben Okafor <ben@example.com>"
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    dialog.accept()
    assert context.services.settings.get("current_user_email") == "ben@example.com"


def test_the_logo_is_chosen_with_a_file_chooser(qtbot, context, monkeypatch, tmp_path):
    logo = tmp_path / "logo.png"
    monkeypatch.setattr(prompts, "choose_open_file", lambda parent, title, filters, start="": str(logo))
    dialog = make_dialog(qtbot, context)
    dialog.logo_button.click()
    dialog.accept()
    assert context.services.settings.get("company_logo") == str(logo)


def test_a_folder_that_does_not_exist_is_refused_and_not_created(qtbot, context, tmp_path, location_file):
    dialog = make_dialog(qtbot, context)
    missing = tmp_path / "no" / "such"
    dialog.ui.folderEdit.setText(str(missing))
    dialog.editors["company_name"].setText("Not saved either")
    dialog.accept()
    assert dialog.isVisible()
    assert "does not exist" in dialog.ui.testResult.text()
    assert not missing.exists() and not location_file.exists()
    assert context.services.settings.get("company_name") == ""


def test_a_folder_holding_another_programs_database_is_refused_untouched(qtbot, context, tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    connection = sqlite3.connect(folder / paths.DATABASE_FILE)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()
    before = (folder / paths.DATABASE_FILE).read_bytes()
    dialog = make_dialog(qtbot, context)
    dialog.ui.folderEdit.setText(str(folder))
    dialog.ui.testButton.click()
    assert "another program" in dialog.ui.testResult.text()
    assert (folder / paths.DATABASE_FILE).read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [paths.DATABASE_FILE]


def test_a_good_new_folder_is_saved_and_the_window_told(qtbot, context, tmp_path, location_file):
    folder = tmp_path / "new place"
    folder.mkdir()
    dialog = make_dialog(qtbot, context)
    dialog.ui.folderEdit.setText(str(folder))
    with qtbot.waitSignal(dialog.location_changed) as signal:
        dialog.accept()
    assert signal.args == [str(folder), ""]
    assert "start a new database" in dialog.ui.testResult.text()
    assert list(folder.iterdir()) == []  # testing created nothing
    assert saved_location() == SavedLocation(data_dir=str(folder))
    assert oct(location_file.stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize("url, words", [
    ("sqlite:///somewhere.db", "starts with postgresql://"),
    ("postgresql://nobody@127.0.0.1:1/none", "Cannot connect"),
    ("postgresql://user@host:notaport/db", "cannot be read"),
])
def test_a_bad_server_address_gets_a_plain_answer_and_is_not_saved(qtbot, context, url, words, location_file,
                                                                   tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    dialog = make_dialog(qtbot, context)
    dialog.ui.serverRadio.setChecked(True)
    dialog.ui.urlEdit.setText(url)
    dialog.accept()
    assert dialog.isVisible() and words in dialog.ui.testResult.text()
    assert not location_file.exists() and not (tmp_path / "somewhere.db").exists()


def test_a_reachable_server_is_saved_with_its_password_private(qtbot, context, postgres_server, location_file):
    url = postgres_server.new_database()
    dialog = make_dialog(qtbot, context)
    dialog.ui.serverRadio.setChecked(True)
    dialog.ui.urlEdit.setText(url)
    dialog.ui.testButton.click()
    assert "Connected" in dialog.ui.testResult.text()
    with qtbot.waitSignal(dialog.location_changed) as signal:
        dialog.accept()
    assert signal.args == ["", url]
    assert json.loads(location_file.read_text())["url"] == url


def test_the_command_line_wins_over_the_saved_location(location_file, tmp_path):
    paths.save_location(SavedLocation(data_dir=str(tmp_path / "saved")))
    assert chosen_location(None, None) == (str(tmp_path / "saved"), None)
    assert chosen_location(str(tmp_path / "given"), None) == (str(tmp_path / "given"), None)
    assert chosen_location(None, "postgresql://h/db") == (None, "postgresql://h/db")


def test_a_new_language_asks_the_window_to_relabel_itself(qtbot, context):
    dialog = make_dialog(qtbot, context)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    with qtbot.waitSignal(dialog.language_changed) as signal:
        dialog.accept()
    assert signal.args == ["de"]


def test_preferences_open_with_ctrl_comma_from_the_main_window(qtbot, context):
    window = MainWindow(context.services, QSettings(str(context.paths.config / "t.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)  # shortcuts reach the active window only
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.preferences
    assert dialog.isVisible()
    assert dialog.ui.folderEdit.text() == str(context.paths.data)
