"""Preferences with a team server that asks for a password: the address is saved without it, the password is
asked in the password dialog (or taken out of a typed address and offered for the keyring), kept in the
keyring only when Remember is ticked, and the new window gets it in memory otherwise."""

from __future__ import annotations

import json

import pytest

from shadowdesk.gui.dialogs import password_dialog
from shadowdesk.gui.dialogs.settings_dialog import SettingsDialog
from shadowdesk.paths import SavedLocation
from shadowdesk.services.server_login import KEYRING_SERVICE, PasswordAnswer
from tests.services.test_invites import memory_keyring  # noqa: F401 (the fixture: an in-memory keyring)
from tests.services.test_server_login import PASSWORD, location_file, server  # noqa: F401 (fixtures)


@pytest.fixture
def asked(monkeypatch):
    """The password dialog, answered: each test sets the answers; the requests are recorded."""
    record: dict = {"requests": [], "answers": []}

    def ask(request, parent=None):
        record["requests"].append(request)
        return record["answers"].pop(0)

    monkeypatch.setattr(password_dialog, "ask_for_server_password", ask)
    return record


def choose(qtbot, context, url: str) -> SettingsDialog:
    dialog = SettingsDialog(context.services, SavedLocation(data_dir=str(context.paths.data)))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.serverRadio.setChecked(True)
    dialog.ui.urlEdit.setText(url)
    return dialog


@pytest.mark.parametrize("remember", [True, False])
def test_the_server_asks_the_password_is_asked_and_kept_only_if_ticked(
        qtbot, context, server, asked, memory_keyring, location_file, remember):  # noqa: F811
    url = server.database_of_bea()
    dialog = choose(qtbot, context, url)
    asked["answers"] = [PasswordAnswer(PASSWORD, remember)]
    with qtbot.waitSignal(dialog.location_changed) as signal:
        dialog.accept()
    assert [(r.login.user, r.refused) for r in asked["requests"]] == [("bea", False)]
    assert json.loads(location_file.read_text(encoding="utf-8"))["url"] == url
    if remember:
        assert list(memory_keyring.saved.values()) == [PASSWORD]
        assert signal.args == ["", url]
    else:
        assert memory_keyring.saved == {}
        assert PASSWORD.replace("!", "%21") in signal.args[1]  # in memory, for the new window only


def test_a_password_typed_in_the_address_is_taken_out_and_offered_for_the_keyring(
        qtbot, context, server, asked, memory_keyring, location_file):  # noqa: F811
    url = server.database_of_bea()
    dialog = choose(qtbot, context, url.replace("bea@", "bea:Bea-s3cret%21@"))
    asked["answers"] = [PasswordAnswer(PASSWORD, True)]
    with qtbot.waitSignal(dialog.location_changed):
        dialog.accept()
    [offer] = asked["requests"]
    assert offer.offered == PASSWORD and dialog.ui.urlEdit.text() == url
    assert "s3cret" not in location_file.read_text(encoding="utf-8")
    assert memory_keyring.saved == {(KEYRING_SERVICE, f"bea@127.0.0.1:{server.port}/{url.rsplit('/', 1)[1]}"):
                                    PASSWORD}


def test_cancel_leaves_the_refusal_shown_and_saves_nothing(
        qtbot, context, server, asked, memory_keyring, location_file):  # noqa: F811
    dialog = choose(qtbot, context, server.database_of_bea())
    asked["answers"] = [PasswordAnswer("wrong", True), None]
    dialog.accept()
    assert dialog.isVisible() and "password" in dialog.ui.testResult.text()
    assert [r.refused for r in asked["requests"]] == [False, True]
    assert not location_file.exists() and memory_keyring.saved == {}
