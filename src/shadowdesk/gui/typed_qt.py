"""What PySide6's stubs type more loosely than the calls behave, typed once here so the gui modules
type-check without ignores.

- QT_TRANSLATE_NOOP returns its message unchanged (the stub says `object`). Import it from here: lupdate
  finds the marks by the call's name, wherever the name comes from.
- A Python date or naive datetime is converted by PySide6 wherever a QDate or QDateTime is taken, but the
  stubs accept only the Qt types; qdate and qdatetime convert explicitly, to the same wall-clock values.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QTime

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...  # noqa: N802 (Qt's name, for lupdate)
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "qdate", "qdatetime"]


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: datetime) -> QDateTime:
    """A naive wall-clock time, as PySide6 converts one (local time; the formats shown carry no zone)."""
    return QDateTime(qdate(moment), QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000))
