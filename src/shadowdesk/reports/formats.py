"""Dates and numbers in a report as its reader's language writes them ("1. Dez. 2026", "1.234,5", "33 %"),
from Babel's locale data for the language the report's words are in (translation.current_language()).

Babel is imported on the first call, not with the reports (it costs some 30 ms to load), and each text is
kept once made: a Babel call takes some 40 µs, and a 500-pair table asks for the same few values thousands
of times.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from shadowdesk.translation import current_language

if TYPE_CHECKING:
    from babel import Locale

NONE = "–"  # a figure nobody can give yet


@cache
def _locale(language: str) -> Locale:
    from babel import Locale

    return Locale.parse(language)


@lru_cache(maxsize=4096)
def _decimal(value: float, pattern: str, language: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, pattern, locale=_locale(language))


@lru_cache(maxsize=1024)
def _day(day: date | time, skeleton: str, language: str) -> str:
    from babel.dates import format_skeleton

    return format_skeleton(skeleton, day, locale=_locale(language))


def count_text(count: int) -> str:
    """A whole number with the language's grouping: "1,250", "1.250", "1 250"."""
    return _decimal(count, "#,##0", current_language())


def amount_text(value: float) -> str:
    """At most one decimal, none when it is whole: "2.5", "3", "1,250.5" ("2,5" in German)."""
    return _decimal(value, "#,##0.#", current_language())


def hours_text(hours: float) -> str:
    """Always one decimal: "12.0", "1,234.5"."""
    return _decimal(hours, "#,##0.0", current_language())


def number_text(value: float | None, digits: int = 2) -> str:
    """A figure with `digits` decimals, "–" when there is none yet."""
    if value is None:
        return NONE
    return _decimal(value, "#,##0." + "0" * digits if digits else "#,##0", current_language())


def scale_text(value: float) -> str:
    """A value on a chart's axis: as many decimals as it needs, up to two ("0.05", "10")."""
    return _decimal(value, "#,##0.##", current_language())


def signed_text(value: float) -> str:
    """A change with its sign and one decimal: "+0.5", "-1.0"."""
    return _decimal(value, "+#,##0.0;-#,##0.0", current_language())


def percent_text(share: float | None) -> str:
    """0.33 -> "33%" ("33 %" in German and French), "–" when there is none."""
    if share is None:
        return NONE
    return _percent(share, current_language())


@lru_cache(maxsize=1024)
def _percent(share: float, language: str) -> str:
    from babel.numbers import format_percent

    return format_percent(share, locale=_locale(language))


def date_text(day: date) -> str:
    """"Dec 1, 2026", "1. Dez. 2026", "1 déc. 2026"."""
    return _day(day, "yMMMd", current_language())


def month_text(day: date) -> str:
    """The month of a day: "Dec 2026", "Dez. 2026"."""
    return _day(day, "yMMM", current_language())


def time_text(moment: datetime) -> str:
    """The time of day on the 24-hour clock in every language, "09:30": a narrow column holds it."""
    # The wall-clock time alone: the moment is already in the reader's zone, and one text serves each minute.
    return _day(time(moment.hour, moment.minute), "Hm", current_language())
