"""Passwords the user asked ShadowDesk to remember, in the system's keyring (the `keyring` package), never
in a file of ShadowDesk's: the mail server's (services.invites) and a team server's (services.server_login).

keyring is imported on first use, so a start on the SQLite file never loads it. A system without a keyring
(a container, a CI machine) reads as "nothing saved"; saving there is refused in plain words.
"""

from __future__ import annotations

import logging

from shadowdesk.errors import PlainWordsError

log = logging.getLogger(__name__)


class NoKeyring(PlainWordsError):
    """This system has no keyring to keep a password in."""


def saved_secret(service: str, account: str) -> str | None:
    """The password saved for account under service, or None when none is (or there is no keyring)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(service, account)
    except KeyringError as exc:
        log.info("The keyring could not be read: %s", exc)  # a system without one: nothing saved
        return None


def save_secret(service: str, account: str, secret: str, what: str) -> None:
    """Keep secret for account under service; an empty secret forgets the saved one.

    what: the password's name in a sentence ("the mail server password"), for the NoKeyring message."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if secret:
            keyring.set_password(service, account, secret)
        else:
            keyring.delete_password(service, account)
    except PasswordDeleteError:
        pass  # nothing was saved: nothing to forget
    except KeyringError as exc:
        raise NoKeyring(f"This system has no keyring to keep {what} in ({exc}).") from exc
