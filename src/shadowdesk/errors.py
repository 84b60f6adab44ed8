"""The one base of every error whose message is written for the user to read, in plain words.

Storage (DatabaseError) and services (UserError) raise subclasses; the GUI and the CLI show the message
of any of them instead of a traceback.
"""


class PlainWordsError(Exception):
    """Something cannot be done; the message says why and, where possible, what to do."""
