"""A team server login with a password, on a real PostgreSQL server that asks for it (scram-sha-256): the
window asks in the password dialog and keeps the password in the keyring only when Remember is ticked; a
saved one is used without asking; a refused saved one is asked again and replaced or forgotten as ticked;
location.json never holds it; a command uses the keyring, else the URL's or libpq's own, and never asks."""

from __future__ import annotations

import os
import subprocess
import sys

import psycopg
import pytest

from shadowdesk import paths
from shadowdesk.app import AppContext
from shadowdesk.gui.dialogs.password_dialog import PasswordDialog
from shadowdesk.paths import SavedLocation, chosen_location, resolve_paths
from shadowdesk.services.server_login import KEYRING_SERVICE, PasswordRequest
from shadowdesk.storage.database import DatabaseError
from tests.pg_server import PostgresServer
from tests.services.test_invites import memory_keyring  # noqa: F401 (the fixture: an in-memory keyring)

PASSWORD = "Bea-s3cret!"


class PasswordServer(PostgresServer):
    """Asks every login over TCP for its password; the test itself connects through the socket as postgres."""

    def start(self) -> None:
        if self.as_root:
            import shutil

            shutil.chown(self.dir, "postgres", "postgres")
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth-local=trust",
                  "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8")
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -c fsync=off -c unix_socket_directories={self.dir}"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-w", "-l",
                  str(self.dir / "server.log"), "start")
        with self.superuser() as connection:
            connection.execute(f"CREATE ROLE bea LOGIN PASSWORD '{PASSWORD}'")

    def superuser(self) -> psycopg.Connection:
        return psycopg.connect(host=str(self.dir), port=self.port, user="postgres", dbname="postgres",
                               autocommit=True)

    def database_of_bea(self) -> str:
        """A fresh database bea owns; its URL without a password."""
        self._counter += 1
        name = f"bea{self._counter}"
        with self.superuser() as connection:
            connection.execute(f'CREATE DATABASE "{name}" OWNER bea')
        return f"postgresql://bea@127.0.0.1:{self.port}/{name}"


@pytest.fixture(scope="module")
def server():
    started = PasswordServer()
    started.start()
    yield started
    started.stop()


@pytest.fixture(autouse=True)
def location_file(tmp_path, monkeypatch):
    """Never the real user's config folder, nor a password from the environment."""
    file = tmp_path / "user-config" / "location.json"
    monkeypatch.setattr(paths, "location_file", lambda: file)
    for name in (paths.DATA_DIR_ENV, paths.DATABASE_URL_ENV, "PGPASSWORD", "PGPASSFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    return file


class User:
    """Answers the password dialog as a user would: the real dialog, opened (never exec), typed into."""

    def __init__(self, qtbot, answers: list[tuple[str, bool] | None]) -> None:
        self.qtbot, self.answers, self.asked = qtbot, list(answers), []

    def __call__(self, request: PasswordRequest):
        self.asked.append(request)
        answer = self.answers.pop(0)
        dialog = PasswordDialog(request)
        self.qtbot.addWidget(dialog)
        dialog.open()
        assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
        if answer is None:
            dialog.reject()
            return None
        password, remember = answer
        self.qtbot.keyClicks(dialog.password_edit, password)
        dialog.remember_check.setChecked(remember)
        dialog.ok_button.click()
        return dialog.answer()


def start_window(tmp_path, user) -> AppContext:
    """What shadowdesk without arguments does: the saved location, opened before Qt, then asked in the window."""
    data_dir, url = chosen_location(None, None)
    context = AppContext(resolve_paths(tmp_path / "data"), url)
    context.open_before_the_gui()
    context.ask_password = user
    return context


def choose_server(url: str) -> None:
    """Preferences saved this server (as typed, even with its password inside)."""
    paths.save_location(SavedLocation(url=url))


def test_the_window_asks_remember_ticked_keeps_it_and_the_next_start_connects_without_asking(
        qtbot, server, memory_keyring, location_file, tmp_path):  # noqa: F811
    url = server.database_of_bea()
    choose_server(url)
    user = User(qtbot, [(PASSWORD, True)])
    context = start_window(tmp_path, user)
    try:
        assert context.services.people.list_people() == []
    finally:
        context.close()
    assert [(r.login.user, r.refused) for r in user.asked] == [("bea", False)]
    assert memory_keyring.saved == {(KEYRING_SERVICE, f"bea@127.0.0.1:{server.port}/{url.rsplit('/', 1)[1]}"):
                                    PASSWORD}
    nobody = User(qtbot, [])
    again = start_window(tmp_path, nobody)
    try:
        again.services.people.list_people()
    finally:
        again.close()
    assert nobody.asked == []
    assert PASSWORD not in location_file.read_text(encoding="utf-8")


def test_unticked_the_password_opens_this_start_only_and_nothing_is_stored(
        qtbot, server, memory_keyring, location_file, tmp_path):  # noqa: F811
    choose_server(server.database_of_bea())
    user = User(qtbot, [(PASSWORD, False)])
    context = start_window(tmp_path, user)
    try:
        context.services.people.list_people()
    finally:
        context.close()
    assert len(user.asked) == 1 and memory_keyring.saved == {}
    again = User(qtbot, [None])  # asked again next time; Cancel says why it cannot open
    with pytest.raises(DatabaseError, match="password"):
        start_window(tmp_path, again).services.people.list_people()
    assert len(again.asked) == 1 and memory_keyring.saved == {}


@pytest.mark.parametrize("remember", [True, False])
def test_a_refused_saved_password_is_asked_again_and_replaced_or_forgotten_as_ticked(
        qtbot, server, memory_keyring, tmp_path, remember):  # noqa: F811
    url = server.database_of_bea()
    choose_server(url)
    account = (KEYRING_SERVICE, f"bea@127.0.0.1:{server.port}/{url.rsplit('/', 1)[1]}")
    memory_keyring.saved[account] = "an old password"
    user = User(qtbot, [("still wrong", True), (PASSWORD, remember)])
    context = start_window(tmp_path, user)
    try:
        context.services.people.list_people()
    finally:
        context.close()
    assert [r.refused for r in user.asked] == [True, True]
    assert memory_keyring.saved == ({account: PASSWORD} if remember else {})


def test_a_password_inside_the_url_is_never_written_to_location_json(server, location_file):
    url = server.database_of_bea().replace("bea@", f"bea:{PASSWORD.replace('!', '%21')}@")
    choose_server(url + "?sslmode=disable")
    saved = location_file.read_text(encoding="utf-8")
    assert "Bea-s3cret" not in saved and "bea@127.0.0.1" in saved and "sslmode=disable" in saved


def test_a_command_uses_the_keyring_then_the_urls_password_and_never_asks(server, memory_keyring, tmp_path):  # noqa: F811
    url = server.database_of_bea()
    bare = AppContext(resolve_paths(tmp_path / "a"), url)
    with pytest.raises(DatabaseError, match="PGPASSWORD"):
        bare.services.people.list_people()  # no one to ask: the plain message says where a command finds a password
    own = AppContext(resolve_paths(tmp_path / "b"), url.replace("bea@", f"bea:{PASSWORD.replace('!', '%21')}@"))
    own.services.people.list_people()
    own.close()
    memory_keyring.saved[(KEYRING_SERVICE, f"bea@127.0.0.1:{server.port}/{url.rsplit('/', 1)[1]}")] = PASSWORD
    saved = AppContext(resolve_paths(tmp_path / "c"), url.replace("bea@", "bea:wrong@"))
    saved.services.people.list_people()  # the keyring's password wins over the URL's
    saved.close()


def test_the_command_line_takes_pgpassword_as_libpq_does_and_never_prompts(server, tmp_path):
    url = server.database_of_bea()
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "PGPASSFILE": str(tmp_path / "no-pgpass"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PGPASSWORD", None)
    command = [sys.executable, "-m", "shadowdesk", "--data-dir", str(tmp_path / "d"), "--database-url", url,
               "people", "list"]
    refused = subprocess.run(command, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                             timeout=120)
    assert refused.returncode == 2 and "PGPASSWORD" in refused.stderr and "Traceback" not in refused.stderr
    given = subprocess.run(command, env={**env, "PGPASSWORD": PASSWORD}, stdin=subprocess.DEVNULL,
                           capture_output=True, text=True, timeout=120)
    assert given.returncode == 0, given.stderr
