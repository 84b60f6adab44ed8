"""Dates and times in the words of the reader's language (babel), for the texts services write: "Fri 06 Mar
2026, 10:00" in English, "Fr. 06 März 2026, 10:00" in German."""

from __future__ import annotations

from datetime import datetime

from shadowdesk.translation import _, current_language


def short_moment(moment: datetime) -> str:
    """A session's start as a message names it: abbreviated weekday and month, 24-hour clock."""
    return _formatted(moment, "EEE dd MMM y, HH:mm")


def long_moment(moment: datetime) -> str:
    """A session's start as an invitation spells it out."""
    return _formatted(moment, "EEEE dd MMMM y, HH:mm")


def _formatted(moment: datetime, pattern: str) -> str:
    from babel.dates import format_datetime  # loaded with the first message that needs it

    return format_datetime(moment, pattern, tzinfo=moment.tzinfo, locale=current_language())


def clock_on_day(moment: datetime) -> str:
    """When a record was saved: "10:00 on 13 Mar 2026"."""
    return _("{time} on {day}").format(time=_formatted(moment, "HH:mm"), day=_formatted(moment, "dd MMM y"))
