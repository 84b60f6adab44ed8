"""How a CSV file ShadowDesk writes is punctuated for the reader's language: the one place every CSV writer
asks (exports, the roster, the rows an import skipped, the skills matrix).

Excel opens a .csv with the list separator of the system's region, which is ";" wherever the decimal
separator is "," (German, French): a comma-separated file would land in one column there, and "1.50" would
not be a number. So the delimiter is ";" exactly when the language's decimal separator (Babel's locale
data) is ",", and numbers are written with that separator. Dates are written in ISO form (2026-05-21 09:00),
which every spreadsheet reads as a date whatever its region, so they do not change with the language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from shadowdesk.translation import current_language


@dataclass(frozen=True)
class CsvDialect:
    delimiter: str
    decimal: str  # the decimal separator of the language's numbers

    def number(self, value: float, places: int) -> str:
        """value with `places` decimals and no grouping, which any spreadsheet of the region reads back."""
        return f"{value:.{places}f}".replace(".", self.decimal)


@cache
def dialect_for(language: str) -> CsvDialect:
    from babel.numbers import get_decimal_symbol  # loaded with the first CSV written, not at start-up

    decimal = get_decimal_symbol(language)
    return CsvDialect(";" if decimal == "," else ",", decimal)


def current_dialect() -> CsvDialect:
    """The dialect of the language texts are written in now (translation.current_language())."""
    return dialect_for(current_language())
