"""Edit > Preferences…: where the database is, and every setting of shadowdesk.settings.SETTINGS.

The general form is built from the SETTINGS declaration, so a new setting appears here without a form
edit. A new database location is tested before it is saved, without creating anything for a bad one.
The mail server's password is no setting: it goes to the system's keyring (services.invites), never to the
settings file; "Send test message" tries the server as typed, before OK saves it, off the GUI thread.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from shadowdesk.errors import PlainWordsError
from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs import password_dialog
from shadowdesk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from shadowdesk.gui.i18n import LANGUAGES
from shadowdesk.gui.typed_qt import QT_TRANSLATE_NOOP
from shadowdesk.gui.workers import Task, TaskRunner
from shadowdesk.paths import DATABASE_FILE, SavedLocation, save_location, split_password
from shadowdesk.services.server_login import PasswordAnswer
from shadowdesk.settings import SETTINGS, Setting, SettingsStore

# The labels of settings.SETTINGS, marked for translation here because settings.py has no Qt;
# label() translates them when the form is built.
# tests/gui/test_settings_dialog.py keeps this list in step with the declaration.
LABELS = {
    "company_name": QT_TRANSLATE_NOOP("Settings", "Company name on reports"),
    "company_logo": QT_TRANSLATE_NOOP("Settings", "Company logo on reports (PNG or JPEG file)"),
    "backup_keep_daily": QT_TRANSLATE_NOOP("Settings", "Daily backups to keep"),
    "backup_keep_weekly": QT_TRANSLATE_NOOP("Settings", "Weekly backups to keep"),
    "reflection_reminder_days": QT_TRANSLATE_NOOP(
        "Settings", "Days after a session before its reflection is due"),
    "stalled_after_days": QT_TRANSLATE_NOOP(
        "Settings", "Days without a session before a pair counts as stalled"),
    "host_weekly_capacity": QT_TRANSLATE_NOOP(
        "Settings", "Sessions a host may hold per week before a warning"),
    "max_time_zone_gap_hours": QT_TRANSLATE_NOOP(
        "Settings", "Time zone gap between host and guest that gets a warning"),
    "language": QT_TRANSLATE_NOOP("Settings", "Language (empty: the system's)"),
    "paper_size": QT_TRANSLATE_NOOP(
        "Settings", "Paper size of PDF reports: auto (from the region), a4 or letter"),
    "mail_host": QT_TRANSLATE_NOOP("Settings", "Outgoing mail server (SMTP)"),
    "mail_port": QT_TRANSLATE_NOOP("Settings", "Mail server port"),
    "mail_security": QT_TRANSLATE_NOOP("Settings", "Mail server encryption"),
    "mail_user": QT_TRANSLATE_NOOP("Settings", "Mail server user name"),
    "mail_from": QT_TRANSLATE_NOOP("Settings", "Sender address of invites and reminders"),
    "reminder_every_days": QT_TRANSLATE_NOOP("Settings", "Days between two reminders to the same person"),
}
SPIN_MAXIMUM = 365
MAX_PORT = 65535
SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
CONNECT_TIMEOUT_SECONDS = 5
SettingEditor = QSpinBox | QComboBox | QLineEdit  # what value_of() reads a setting from


def label(key: str) -> str:
    return QCoreApplication.translate("Settings", LABELS[key])



def check_location(location: SavedLocation, password: str = "") -> str:
    """Raise PlainWordsError if ShadowDesk could not use location; else say what it found.

    Nothing is created: a folder must exist already, an existing file is only read, and a server is
    only asked which tables it holds, with password (else the one saved in the keyring, if any).
    """
    from shadowdesk.services.maintenance import probe_database
    from shadowdesk.services.server_login import login_of, saved_password, with_password

    translate = QCoreApplication.translate
    if location.url:
        if not location.url.startswith(SERVER_SCHEMES):
            raise PlainWordsError(translate(
                "SettingsDialog",
                "A server address starts with postgresql://, for example postgresql://anna@db.example.com/shadowdesk."))
        separator = "&" if "?" in location.url else "?"
        url = f"{location.url}{separator}connect_timeout={CONNECT_TIMEOUT_SECONDS}"
        try:
            login = login_of(url)
            password = password or (saved_password(login) if login else None) or ""
            probe_database(with_password(url, password) if password else url)
        except PlainWordsError:
            raise
        except Exception as exc:  # a URL the driver cannot even parse
            raise PlainWordsError(translate("SettingsDialog", "That server address cannot be read: {error}")
                                  .format(error=exc)) from exc
        return translate("SettingsDialog", "Connected. ShadowDesk can use this server.")
    folder = Path(location.data_dir).expanduser()
    if not location.data_dir.strip() or not folder.is_dir():
        raise PlainWordsError(translate(
            "SettingsDialog", "The folder {folder} does not exist. Create it first, or choose another one.")
            .format(folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PlainWordsError(translate(
            "SettingsDialog", "ShadowDesk may not write in {folder}. Choose a folder of your own.")
            .format(folder=folder))
    if not (folder / DATABASE_FILE).exists():
        return translate("SettingsDialog", "The folder is empty: ShadowDesk will start a new database there.")
    probe_database(f"sqlite:///{folder / DATABASE_FILE}")
    return translate("SettingsDialog", "Found a ShadowDesk database in this folder.")


class SettingsDialog(QDialog):
    location_changed = Signal(str, str)  # data folder, server URL: the window must open it
    language_changed = Signal(str)

    def __init__(self, services, current: SavedLocation, parent: QWidget | None = None,
                 tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._services = services
        self._tasks = tasks or TaskRunner()
        self._mail_test: Task | None = None
        self._store: SettingsStore = services.settings
        self._current = current
        self.editors: dict[str, SettingEditor] = {}
        for setting in SETTINGS:
            self.ui.settingsForm.addRow(label(setting.key), self._editor_for(setting))
            if setting.key == "mail_user":
                self.ui.settingsForm.addRow(self.tr("Mail server password"), self._password_row())
            elif setting.key == "mail_from":
                self.ui.settingsForm.addRow("", self._mail_test_button())
                self.ui.settingsForm.addRow(self.mail_test_result)  # the whole width: answers can be long
        self.ui.folderEdit.setText(current.data_dir)
        self.ui.urlEdit.setText(split_password(current.url)[0])  # an older location.json may hold one
        self._server_answer: PasswordAnswer | None = None  # the server password the last test opened with
        (self.ui.serverRadio if current.url else self.ui.folderRadio).setChecked(True)
        self.ui.folderRadio.toggled.connect(self._mode_changed)
        self.ui.folderBrowse.clicked.connect(self._browse_folder)
        self.ui.testButton.clicked.connect(self.test_location)
        for edit in (self.ui.folderEdit, self.ui.urlEdit):
            edit.textEdited.connect(self._location_edited)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._mode_changed()

    # ----- the form, from the declaration -----
    def _editor_for(self, setting: Setting) -> QWidget:
        value = self._store.get(setting.key)
        editor: SettingEditor
        if setting.key == "language":
            editor = self.language_combo = QComboBox()
            editor.addItem(self.tr("The system's language"), "")
            for code, name in LANGUAGES:
                editor.addItem(name, code)
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif setting.key == "company_logo":
            return self._logo_row(value)
        elif setting.key == "mail_port":
            editor = QSpinBox()
            editor.setRange(1, MAX_PORT)
            editor.setValue(value)
        elif setting.key == "mail_security":
            editor = self._choices(value, (("starttls", self.tr("STARTTLS (usually port 587)")),
                                           ("ssl", self.tr("SSL/TLS (usually port 465)")),
                                           ("none", self.tr("None (only for a server on this computer)"))))
        elif setting.key == "paper_size":
            editor = self._choices(value, (("auto", self.tr("Automatic (from the system's region)")),
                                           ("a4", self.tr("A4")), ("letter", self.tr("Letter"))))
        elif setting.type is int:
            editor = QSpinBox()
            editor.setRange(0, SPIN_MAXIMUM)
            editor.setValue(value)
        else:
            editor = QLineEdit(value)
        editor.setAccessibleName(label(setting.key))
        self.editors[setting.key] = editor
        return editor

    @staticmethod
    def _choices(value: str, choices: tuple[tuple[str, str], ...]) -> QComboBox:
        """A combo box of (stored value, words shown), showing value."""
        combo = QComboBox()
        for code, name in choices:
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return combo

    def _logo_row(self, value: str) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.logo_edit = QLineEdit(value)
        self.logo_edit.setAccessibleName(label("company_logo"))
        self.logo_button = QPushButton(self.tr("C&hoose…"))
        self.logo_button.setAccessibleName(self.tr("Choose the company logo"))
        self.logo_button.clicked.connect(self._choose_logo)
        layout.addWidget(self.logo_edit, 1)
        layout.addWidget(self.logo_button)
        self.editors["company_logo"] = self.logo_edit
        row.setFocusProxy(self.logo_edit)
        return row

    def _choose_logo(self) -> None:
        chosen = prompts.choose_open_file(self, self.tr("Company logo"), self.tr("Images (*.png *.jpg *.jpeg)"),
                                          self.logo_edit.text())
        if chosen:
            self.logo_edit.setText(chosen)

    # ----- the mail server's password and test message -----
    def _password_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Mail server password"))
        self.remember_check = QCheckBox(self.tr("Remember in the system's &keyring"))
        self.remember_check.setChecked(True)
        self.remember_check.setToolTip(self.tr("Untick to forget a saved password; the settings file never "
                                               "holds it."))
        host, user = self._store.get("mail_host"), self._store.get("mail_user")
        if user and self._services.invites.has_saved_password(host, user):
            self.password_edit.setPlaceholderText(self.tr("saved; type a new one to change it"))
        layout.addWidget(self.password_edit, 1)
        layout.addWidget(self.remember_check)
        row.setFocusProxy(self.password_edit)
        user_edit = self.editors["mail_user"]  # a password belongs to a user name: without one it is off
        assert isinstance(user_edit, QLineEdit)  # mail_user is a text setting
        user_edit.textChanged.connect(lambda text: row.setEnabled(bool(text.strip())))
        row.setEnabled(bool(user))
        return row

    def _mail_test_button(self) -> QPushButton:
        """The button; the server's answer goes below it, in mail_test_result."""
        self.mail_test_button = QPushButton(self.tr("Send test &message"))
        self.mail_test_button.setToolTip(self.tr("Sends a short message to the sender address through the "
                                                 "server as typed here"))
        self.mail_test_button.clicked.connect(self.send_test_message)
        self.mail_test_result = QLabel()
        self.mail_test_result.setWordWrap(True)
        self.mail_test_result.setAccessibleName(self.tr("Test message result"))
        self.mail_test_result.hide()  # until there is an answer: no empty row
        return self.mail_test_button

    def send_test_message(self) -> None:
        """Through the server as typed (saved only on OK), from the sender as typed; the answer below the button."""
        from shadowdesk.services.invites import InviteService

        typed = _TypedSettings(self._typed())
        if not typed.get("mail_host"):
            self._show_mail_test(False, self.tr("Enter the outgoing mail server (SMTP) first."))
            return
        # The app's invite service reads the saved settings; this one reads the form's, for this test only.
        invites = InviteService(self._services.database, typed, organizer=self._services.scheduling.organizer)
        password = self.password_edit.text() or None  # None: the saved one, if any
        self.mail_test_button.setEnabled(False)
        self.mail_test_result.setText(self.tr("Sending a test message…"))
        self.mail_test_result.show()
        self._mail_test = task = self._tasks.run(
            lambda _progress, _cancelled: invites.send_test_message(invites.mail_server(password=password)),
            parent=self)
        task.finished.connect(lambda answer: self._show_mail_test(True, answer))
        task.failed.connect(self._mail_test_failed)

    def _mail_test_failed(self, error: BaseException) -> None:
        if not isinstance(error, PlainWordsError):
            self.mail_test_button.setEnabled(True)
            raise error  # a bug: the application's excepthook logs it and names the log file
        self._show_mail_test(False, str(error))

    def _show_mail_test(self, ok: bool, message: str) -> None:
        self.mail_test_button.setEnabled(True)
        self.mail_test_result.setText(("✔ " if ok else "✘ ") + message)
        self.mail_test_result.show()
        self.mail_test_result.setAccessibleDescription(message)

    def _keep_password(self) -> bool:
        """Save the typed password in the keyring, or forget the saved one when Remember is unticked; False
        (and why, in a box) when the system has no keyring to keep it in."""
        typed = self._typed()
        host, user = typed["mail_host"], typed["mail_user"]
        invites, password = self._services.invites, self.password_edit.text()
        if not user:
            return True  # a server without a login needs no password
        try:
            if self.remember_check.isChecked() and password:
                invites.save_password(host, user, password)
            elif not self.remember_check.isChecked() and invites.has_saved_password(host, user):
                invites.save_password(host, user, "")  # an empty password forgets the saved one
        except PlainWordsError as exc:
            prompts.show_error(self, self.tr("Mail server password"), str(exc))
            self.remember_check.setFocus()
            return False
        return True

    def _typed(self) -> dict:
        return {setting.key: self.value_of(setting) for setting in SETTINGS}

    def value_of(self, setting: Setting):
        editor = self.editors[setting.key]
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        return editor.text().strip()

    # ----- the database location -----
    def location(self) -> SavedLocation:
        if self.ui.serverRadio.isChecked():
            return SavedLocation(url=self.ui.urlEdit.text().strip())
        return SavedLocation(data_dir=self.ui.folderEdit.text().strip())

    def _mode_changed(self) -> None:
        by_folder = self.ui.folderRadio.isChecked()
        for widget in (self.ui.folderEdit, self.ui.folderBrowse):
            widget.setEnabled(by_folder)
        self.ui.urlEdit.setEnabled(not by_folder)
        self.ui.testResult.clear()

    def _browse_folder(self) -> None:
        folder = prompts.choose_folder(self, self.tr("Choose the data folder"), self.ui.folderEdit.text())
        if folder:
            self.ui.folderEdit.setText(folder)
            self.ui.testResult.clear()

    def _location_edited(self) -> None:
        self.ui.testResult.clear()
        self._server_answer = None

    def test_location(self) -> bool:
        """Show in words whether the chosen location can be opened; True when it can.

        A password typed inside the server's address is taken out of it and offered for the keyring; one
        the server asks for is asked in the password dialog, until the server takes it or Cancel."""
        from shadowdesk.services.server_login import PasswordRequest, login_of, password_refused

        bare, inline = split_password(self.ui.urlEdit.text().strip())
        login = login_of(bare) if self.ui.serverRadio.isChecked() else None
        if login is not None and inline:
            self.ui.urlEdit.setText(bare)
            self._server_answer = password_dialog.ask_for_server_password(
                PasswordRequest(login, refused=False, offered=inline), self)
        while True:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            refusal: PlainWordsError | None = None
            try:
                answer = self._server_answer
                message, ok = check_location(self.location(), answer.password if answer else ""), True
            except PlainWordsError as exc:
                message, ok, refusal = str(exc), False, exc
            finally:
                QGuiApplication.restoreOverrideCursor()
            if refusal is None or login is None or not password_refused(refusal):
                break
            asked = password_dialog.ask_for_server_password(PasswordRequest(login, refused=answer is not None), self)
            if asked is None:
                break  # Cancel: the refusal stays shown beside Test
            self._server_answer = asked
        self.ui.testResult.setText(("✔ " if ok else "✘ ") + message)
        self.ui.testResult.setAccessibleDescription(message)
        return ok

    def _location_is_new(self) -> bool:
        chosen = self.location()
        if chosen.url or self._current.url:
            return chosen.url != self._current.url
        return Path(chosen.data_dir).expanduser().resolve() != Path(self._current.data_dir).expanduser().resolve()

    # ----- saving -----
    def accept(self) -> None:
        new_location = self._location_is_new()
        if new_location and not self.test_location():
            self.ui.testButton.setFocus()
            return  # the reason is shown beside Test; nothing was saved
        if not self._keep_password():
            return  # nothing saved: the user may untick Remember, or cancel
        old_language = self._store.get("language")
        for setting in SETTINGS:
            self._store.set(setting.key, self.value_of(setting))
        super().accept()
        if new_location:
            chosen = self.location()
            save_location(chosen)  # never with a password
            self.location_changed.emit(chosen.data_dir, self._url_to_open(chosen.url))
        elif self._store.get("language") != old_language:
            self.language_changed.emit(self._store.get("language"))


    def _url_to_open(self, url: str) -> str:
        """The server password the test opened with goes to the keyring if Remember was ticked (a saved one
        is forgotten if not); unremembered, it travels to the new window in memory only, inside the URL."""
        from shadowdesk.services.server_login import keep_password, login_of, saved_password, with_password

        answer, login = self._server_answer, login_of(url)
        if answer is None or login is None:
            return url
        try:
            if answer.remember:
                keep_password(login, answer.password)
                return url
            if saved_password(login) is not None:
                keep_password(login, "")
        except PlainWordsError as exc:
            prompts.show_error(self, self.tr("Team server password"), str(exc))
        return with_password(url, answer.password)


class _TypedSettings(SettingsStore):
    """The settings as the form shows them, not saved: what a test message is sent with."""

    def __init__(self, values: dict) -> None:
        super().__init__(None)
        self._values = values

    def get(self, key: str) -> object:
        return self._values[key]
