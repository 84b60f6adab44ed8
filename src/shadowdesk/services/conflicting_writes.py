"""Two users adding the same thing at the same moment get the answer they would get one after the other.

A use case checks before it writes ("already paired", "already enrolled", "a program called X already
exists"); two of them can both pass the check before either commits, and the later commit then breaks a
unique key (or a reference to a row the other deleted). Running the whole unit of work once more lets its
own checks see the row the other user committed and answer in their usual words, on both backends,
instead of an IntegrityError traceback.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from sqlalchemy.exc import IntegrityError

from shadowdesk.services.errors import UserError
from shadowdesk.translation import _

_P = ParamSpec("_P")
_R = TypeVar("_R")

# unique_violation and foreign_key_violation; any other integrity error (a CHECK) is a bug to see whole.
_RACE_SQLSTATES = ("23505", "23503")
_RACE_SQLITE_MESSAGES = ("UNIQUE constraint failed", "FOREIGN KEY constraint failed")


def is_write_race(error: IntegrityError) -> bool:
    """A unique key or a reference broken by another user's commit, as either backend reports it."""
    cause = error.orig
    if isinstance(cause, sqlite3.IntegrityError):
        return str(cause).startswith(_RACE_SQLITE_MESSAGES)
    return getattr(cause, "sqlstate", None) in _RACE_SQLSTATES


def rerun_after_conflict(unit_of_work: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run a unit of work (a function that opens its own transaction) once more after a write race.

    Only the rolled-back transaction is repeated, so nothing is written twice. A second race in a row
    (someone else again, within milliseconds) is said in plain words."""

    @functools.wraps(unit_of_work)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return unit_of_work(*args, **kwargs)
        except IntegrityError as exc:
            if not is_write_race(exc):
                raise
        try:
            return unit_of_work(*args, **kwargs)
        except IntegrityError as exc:
            if not is_write_race(exc):
                raise
            raise UserError(_("Someone else saved the same records at the same moment, so nothing was "
                              "saved. Look at them again and retry.")) from exc

    return run
