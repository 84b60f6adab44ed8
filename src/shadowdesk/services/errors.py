"""Errors that services raise for the user to read: plain words, no tracebacks."""


class UserError(Exception):
    """Something the user asked for cannot be done; the message says why and, if possible, what to do."""


class NotFound(UserError):
    pass


class StaleRecord(UserError):
    """The record was changed by someone else since it was opened (optimistic locking)."""
