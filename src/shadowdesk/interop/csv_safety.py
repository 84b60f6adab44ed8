"""The one rule for CSV cells a spreadsheet would run as a formula, used by every CSV ShadowDesk writes.

A cell starting with =, +, -, @, a tab or a carriage return (OWASP's list for CSV injection) is written
with a leading apostrophe, which Excel and LibreOffice show as text. A cell that already starts with
apostrophes in front of such a character gets one more, so undefuse() can always take exactly one away:
whatever text goes in comes back literally, "'=x" included.
"""

from __future__ import annotations

import re

# Behind any apostrophes (ours or the user's), the character a spreadsheet would act on.
FORMULA_START = re.compile(r"'*[=+\-@\t\r]")


def defuse(value: object) -> str:
    """The cell text to write for value (None is an empty cell)."""
    text = "" if value is None else str(value)
    return "'" + text if FORMULA_START.match(text) else text


def undefuse(cell: str) -> str:
    """The text a defused cell stands for: exactly what was given to defuse()."""
    return cell[1:] if cell.startswith("'") and FORMULA_START.match(cell) else cell
