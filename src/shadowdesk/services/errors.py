"""Errors that services raise for the user to read: plain words, no tracebacks."""

from datetime import datetime

from shadowdesk.errors import PlainWordsError


class UserError(PlainWordsError):
    """Something the user asked for cannot be done; the message says why and, if possible, what to do."""


class NotFound(UserError):
    pass


class StaleRecord(UserError):
    """The record was changed by someone else since it was opened (optimistic locking).

    current_version: pass it as the expected version to the same save to overwrite the other change.
    series_versions: for a save that covers a whole series, the (id, version) of its other occurrences as
    they are now, passed back the same way.
    changed_by, changed_at: who saved it (their name, "you" for the reader's own save in another window,
    None when nobody known as a person did) and when (UTC), as the database recorded it; the message says
    both."""

    def __init__(self, message: str, current_version: int | None = None,
                 series_versions: tuple[tuple[int, int], ...] = (), changed_by: str | None = None,
                 changed_at: datetime | None = None) -> None:
        super().__init__(message)
        self.current_version = current_version
        self.series_versions = series_versions
        self.changed_by = changed_by
        self.changed_at = changed_at
