"""gui/typed_qt converts dates the way PySide6 does when handed a Python value, so the views that switched
to it (the home, the session editor, the linked sessions) show the same dates and times as before."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale

from shadowdesk.gui.typed_qt import QT_TRANSLATE_NOOP, qdate, qdatetime

FORMAT = "dddd d MMMM yyyy, HH:mm:ss.zzz"


@pytest.mark.parametrize("moment", [
    datetime(2026, 11, 25, 9, 5, 7, 250_000),
    datetime(2026, 3, 29, 2, 30),  # inside the spring-forward gap of Central Europe
    datetime(2026, 10, 25, 2, 30),  # the hour that happens twice in autumn
    datetime(2028, 2, 29, 23, 59, 59, 999_999),
])
def test_a_wall_clock_time_reads_as_pyside6_shows_it(qapp, moment):
    locale = QLocale("de_DE")  # weekday and month names in words
    implicit = QDateTime(moment)  # PySide6's own conversion, which the views relied on before
    assert locale.toString(qdatetime(moment), FORMAT) == locale.toString(implicit, FORMAT)


def test_a_date_is_the_same_day(qapp):
    assert qdate(date(2026, 12, 31)) == QDate(2026, 12, 31)
    assert qdate(datetime(2026, 1, 2, 23, 30)) == QDate(2026, 1, 2)  # a datetime's day, as the editor passes


def test_a_translation_mark_gives_back_its_text():
    assert QT_TRANSLATE_NOOP("Settings", "Mail server port") == "Mail server port"
