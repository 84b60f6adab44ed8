"""Edit > Preferences…: every declared setting, the current user, the logo, the paper size, the mail server's
password (in the keyring, never in the settings file) and its test message to a real SMTP server, and a
database location that is tested before it is saved."""

from __future__ import annotations

import json
import sqlite3

import keyring
import pytest
from keyring.backends import fail
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
from tests import smtp_server
from tests.services.test_invites import memory_keyring, smtp  # noqa: F401 (fixtures: a keyring, the server)


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


def make_dialog(qtbot, context, tasks=None) -> SettingsDialog:
    dialog = SettingsDialog(context.services, SavedLocation(data_dir=str(context.paths.data)), tasks=tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_form_has_one_row_per_declared_setting_with_its_label(qtbot, context):
    assert LABELS == {s.key: s.label for s in SETTINGS}
    dialog = make_dialog(qtbot, context)
    form = dialog.ui.settingsForm
    labels = [item.widget().text() if (item := form.itemAt(row, form.ItemRole.LabelRole)) else ""
              for row in range(form.rowCount())]
    extra = {"Mail server password", ""}  # the password row after the user name; the test message row
    assert [text for text in labels if text not in extra] == [s.label for s in SETTINGS]
    assert labels[labels.index("Mail server user name") + 1] == "Mail server password"
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


def test_the_logo_is_chosen_with_a_file_chooser(qtbot, context, monkeypatch, tmp_path):
    logo = tmp_path / "logo.png"
    monkeypatch.setattr(prompts, "choose_open_file", lambda parent, title, filters, start="": str(logo))
    dialog = make_dialog(qtbot, context)
    dialog.logo_button.click()
    dialog.accept()
    assert context.services.settings.get("company_logo") == str(logo)


def test_the_paper_size_is_chosen_from_a_list_and_reports_use_it(qtbot, context):
    dialog = make_dialog(qtbot, context)
    combo = dialog.editors["paper_size"]
    assert isinstance(combo, QComboBox) and combo.currentData() == "auto"
    assert [combo.itemData(i) for i in range(combo.count())] == ["auto", "a4", "letter"]
    combo.setCurrentIndex(combo.findData("letter"))
    dialog.accept()
    assert context.services.reports.report_options().paper == "letter"


def test_the_mail_password_goes_to_the_keyring_never_to_the_settings_file(qtbot, context, memory_keyring):  # noqa: F811
    dialog = make_dialog(qtbot, context)
    dialog.editors["mail_host"].setText("mail.example.com")
    assert not dialog.password_edit.isEnabled()  # no user name, no password
    dialog.editors["mail_user"].setText("anna")
    assert dialog.password_edit.isEnabled() and dialog.remember_check.isChecked()
    QTest.keyClicks(dialog.password_edit, "s3cret-Pass")
    dialog.accept()
    assert not dialog.isVisible()
    assert "s3cret-Pass" not in context.paths.settings_file.read_text(encoding="utf-8")
    assert json.loads(context.paths.settings_file.read_text(encoding="utf-8"))["mail_user"] == "anna"
    assert list(memory_keyring.saved.values()) == ["s3cret-Pass"]
    assert context.services.invites.mail_server().password == "s3cret-Pass"  # what sending invites uses
    again = make_dialog(qtbot, context)
    assert again.password_edit.text() == "" and again.password_edit.placeholderText().startswith("saved")
    again.accept()  # an empty field keeps the saved password
    assert list(memory_keyring.saved.values()) == ["s3cret-Pass"]
    forget = make_dialog(qtbot, context)
    forget.remember_check.setChecked(False)
    forget.accept()
    assert memory_keyring.saved == {}


def test_without_a_keyring_the_password_is_refused_in_plain_words_and_nothing_saved(qtbot, context, shown_errors):
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = make_dialog(qtbot, context)
        dialog.editors["mail_user"].setText("anna")
        dialog.password_edit.setText("s3cret-Pass")
        dialog.accept()
    finally:
        keyring.set_keyring(before)
    assert dialog.isVisible() and len(shown_errors) == 1
    assert shown_errors[0].startswith("This system has no keyring to keep the mail server password in")
    assert context.services.settings.get("mail_user") == ""  # Untick Remember, or Cancel
    assert not context.paths.settings_file.exists() or "s3cret" not in context.paths.settings_file.read_text()


def test_send_test_message_tries_the_server_as_typed_and_says_what_it_answered(
        qtbot, context, smtp, memory_keyring, synchronous_tasks):  # noqa: F811
    for old in (smtp.maildir / "new").iterdir():
        old.unlink()
    dialog = make_dialog(qtbot, context, synchronous_tasks)
    dialog.mail_test_button.click()
    assert dialog.mail_test_result.text() == "✘ Enter the outgoing mail server (SMTP) first."
    dialog.editors["mail_host"].setText(smtp.host)
    dialog.editors["mail_port"].setValue(smtp.port)
    security = dialog.editors["mail_security"]
    security.setCurrentIndex(security.findData("none"))
    dialog.editors["mail_from"].setText("office@example.com")
    dialog.mail_test_button.click()
    qtbot.waitUntil(lambda: dialog.mail_test_button.isEnabled())
    answer = dialog.mail_test_result.text()
    assert answer.startswith(f"✔ The mail server {smtp.host} accepted the test message to") and "250" in answer
    [message] = smtp.received()
    assert message["To"].addresses[0].addr_spec == "office@example.com"
    assert context.services.settings.get("mail_host") == ""  # tried, not saved: OK saves
    unused = smtp_server._free_port()
    dialog.editors["mail_port"].setValue(unused)
    dialog.mail_test_button.click()
    qtbot.waitUntil(lambda: dialog.mail_test_button.isEnabled())
    assert dialog.mail_test_result.text() == (
        f"✘ Nothing answers at {smtp.host}:{unused}: check the server name and port.")


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
    qtbot.waitUntil(lambda: window.focusWidget() is not None)  # the activation's focus lands in a later turn
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.preferences
    assert dialog.isVisible()
    assert dialog.ui.folderEdit.text() == str(context.paths.data)
