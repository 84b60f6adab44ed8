"""The team server's password, asked for when the server refuses to open without it (services.server_login):
a masked field, "Remember in the system's keyring" (unticked: nothing is stored) and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shadowdesk.services.server_login import PasswordAnswer, PasswordRequest

ERROR_STYLE = "color: #b00020;"


class PasswordDialog(QDialog):
    def __init__(self, request: PasswordRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        login = request.login
        self.setWindowTitle(self.tr("Team server password"))
        if request.offered:
            words = self.tr("The address you typed holds the password of {user} on {host}. ShadowDesk writes no "
                            "password into its files: tick Remember to keep it in the system's keyring, or it "
                            "is asked for at each start.")
        else:
            words = self.tr("The server {host} asks for the password of {user} (database {database}).")
        self.message = QLabel(words.format(user=login.user, host=login.host, database=login.database))
        self.message.setWordWrap(True)
        self.refused = QLabel(self.tr("The server refused that password. Type it again:"))
        self.refused.setStyleSheet(ERROR_STYLE)
        self.refused.setVisible(request.refused)
        self.password_edit = QLineEdit(request.offered)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.remember_check = QCheckBox(self.tr("Remember in the system's &keyring"))
        self.remember_check.setToolTip(self.tr("Unticked, the password is used for this start only and "
                                               "nothing is stored."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(bool(request.offered))
        self.password_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        layout = QVBoxLayout(self)
        for widget in (self.message, self.refused, self.password_edit, self.remember_check, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)
        self.password_edit.setFocus()

    def answer(self) -> PasswordAnswer:
        return PasswordAnswer(self.password_edit.text(), self.remember_check.isChecked())


def ask_for_server_password(request: PasswordRequest, parent: QWidget | None = None) -> PasswordAnswer | None:
    """The password the user typed and whether to remember it; None when they cancelled."""
    dialog = PasswordDialog(request, parent)
    return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
