"""Signing in to a team server (PostgreSQL) with a password, which no file of ShadowDesk's ever holds.

The server's address, database and login are saved (location.json) without a password. Opening a server
URL uses, in this order: the password saved in the system's keyring for that server and login, else what
the URL gives or what libpq finds itself (PGPASSWORD, ~/.pgpass). When the server refuses for a missing or
wrong password and someone can be asked (the window, never a command), `ask` is asked until the server
takes the password or the user cancels; the password is then saved in the keyring if the user ticked
Remember, and a refused saved one is forgotten if not.
"""

from __future__ import annotations

import getpass
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.engine import make_url

from shadowdesk.paths import split_password
from shadowdesk.storage.database import Database, DatabaseError

KEYRING_SERVICE = "ShadowDesk team server"  # in the keyring, under ServerLogin.account
DEFAULT_PORT = 5432
# What libpq (through psycopg) says when the server wants a password it was not given, or refused it.
_REFUSED_WORDS = ("no password supplied", "password authentication failed")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerLogin:
    """A login on a server's database: what a saved password belongs to."""

    host: str
    port: int
    database: str
    user: str

    @property
    def account(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


@dataclass(frozen=True)
class PasswordRequest:
    login: ServerLogin
    refused: bool  # a password was tried and refused (a saved one, or one typed before)
    offered: str = ""  # a password the user gave another way (inside a typed URL), shown to confirm


@dataclass(frozen=True)
class PasswordAnswer:
    password: str
    remember: bool


AskPassword = Callable[[PasswordRequest], "PasswordAnswer | None"]


def login_of(url: str) -> ServerLogin | None:
    """The login a PostgreSQL URL connects as, with libpq's defaults for what it leaves out; None for SQLite."""
    try:
        parsed = make_url(url)
    except Exception:  # not a URL: opening it says so in plain words
        return None
    if parsed.get_backend_name() != "postgresql":
        return None
    user = parsed.username or os.environ.get("PGUSER") or getpass.getuser()
    return ServerLogin(parsed.host or os.environ.get("PGHOST") or "localhost",
                       parsed.port or int(os.environ.get("PGPORT") or DEFAULT_PORT),
                       parsed.database or os.environ.get("PGDATABASE") or user, user)


def saved_password(login: ServerLogin) -> str | None:
    from shadowdesk.services.secrets import saved_secret

    return saved_secret(KEYRING_SERVICE, login.account)


def keep_password(login: ServerLogin, password: str) -> None:
    """Save password for login in the keyring; "" forgets it. NoKeyring when the system has none."""
    from shadowdesk.services.secrets import save_secret

    save_secret(KEYRING_SERVICE, login.account, password, "the team server password")


def with_password(url: str, password: str) -> str:
    """url (without a password) with password in it, for the connection only: never saved."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def password_refused(error: BaseException) -> bool:
    """True when error (or what caused it) is the server refusing for a missing or wrong password."""
    seen: BaseException | None = error
    while seen is not None:
        if any(words in str(seen) for words in _REFUSED_WORDS):
            return True
        seen = seen.__cause__
    return False


def open_server(url: str, open_url: Callable[[str], Database], ask: AskPassword | None = None) -> Database:
    """open_url(url), with the password as the module says; a SQLite URL is opened as it is."""
    login = login_of(url)
    if login is None:
        return open_url(url)
    bare, given = split_password(url)
    saved = saved_password(login)
    try:
        return open_url(with_password(bare, saved) if saved else url)
    except DatabaseError as exc:
        if not password_refused(exc):
            raise
        if ask is None:
            raise DatabaseError(f"{exc} ShadowDesk asks for a password only in its window: tick \"Remember\" "
                                "there once, or give it in PGPASSWORD or ~/.pgpass.") from exc
        refused = exc
    request = PasswordRequest(login, refused=bool(saved or given), offered="")
    while (answer := ask(request)) is not None:
        try:
            database = open_url(with_password(bare, answer.password))
        except DatabaseError as exc:
            if not password_refused(exc):
                raise
            refused, request = exc, PasswordRequest(login, refused=True)
            continue
        _keep_as_ticked(login, answer, saved)
        return database
    raise refused


def _keep_as_ticked(login: ServerLogin, answer: PasswordAnswer, saved: str | None) -> None:
    """Remember ticked: the keyring holds the password that worked. Unticked: a saved one is forgotten.
    A keyring that cannot keep it costs only the asking next time, so the connection stays open."""
    from shadowdesk.services.secrets import NoKeyring

    try:
        if answer.remember:
            keep_password(login, answer.password)
        elif saved is not None:
            keep_password(login, "")
    except NoKeyring as exc:
        log.warning("%s", exc)
