"""A user's text as a service stores it: cleaned (shadowdesk.text), and refused in plain words when it is
longer than its column holds.

The limits are read from the model's column types (String(200) holds 200 characters), so they are written
once, in the model, and hold the same on both backends: PostgreSQL would refuse the text with a DataError,
SQLite would store it whole.

    name = line(Program.name, draft.name, "The program's name")
    agenda = text(ShadowSession.agenda, draft.agenda, "The agenda")
"""

from __future__ import annotations

from sqlalchemy.orm import QueryableAttribute

from shadowdesk.services.errors import UserError
from shadowdesk.text import clean_line, clean_text
from shadowdesk.translation import _


def limit_of(column: QueryableAttribute[str | None]) -> int | None:
    """How many characters the column holds; None for unbounded text."""
    return getattr(column.property.columns[0].type, "length", None)


def line(column: QueryableAttribute[str | None], value: str, what: str) -> str:
    """A name or label (shadowdesk.text.clean_line) that fits column; what names it at the start of the
    refusal ("The program's name")."""
    return _fitting(column, clean_line(value), what)


def text(column: QueryableAttribute[str | None], value: str, what: str) -> str:
    """Free text (shadowdesk.text.clean_text, without blank lines around it) that fits column."""
    return _fitting(column, clean_text(value).strip(), what)


def _fitting(column: QueryableAttribute[str | None], value: str, what: str) -> str:
    limit = limit_of(column)
    if limit is not None and len(value) > limit:
        raise UserError(_("{what} is {count:,} characters long; it can be at most {limit:,}. Shorten "
                          "it and save again.").format(what=what, count=len(value), limit=limit))
    return value
