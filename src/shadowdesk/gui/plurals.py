"""Counted texts written outside a QObject of their own. lupdate finds a plural (%n) only in a self.tr()
call, and QCoreApplication.translate(context, text, "", n) is extracted as a plain message that no
translation answers at run time, so these few live on one QObject and are asked through plurals()."""

from __future__ import annotations

from PySide6.QtCore import QObject


class Plurals(QObject):
    def days_ago(self, days: int) -> str:
        return self.tr("%n day(s) ago", "", days)

    def last_met(self, days: int) -> str:
        return self.tr("last met %n day(s) ago", "", days)

    def rounds_suffix(self, rounds: int) -> str:
        """After the number in a spin box of rounds: " round", " rounds"."""
        return self.tr(" round(s)", "", rounds)

    def pairs_stalled(self, pairs: int) -> str:
        return self.tr("%n pair(s) stalled: no session lately and none planned.", "", pairs)


_PLURALS: list[Plurals] = []


def plurals() -> Plurals:
    """The one instance, made once the application exists."""
    if not _PLURALS:
        _PLURALS.append(Plurals())
    return _PLURALS[0]
