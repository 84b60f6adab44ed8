"""The dashboard: live counts from the database for the current week."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QLocale, QTimeZone
from PySide6.QtWidgets import QWidget

from shadowdesk.gui.forms.ui_dashboard_view import Ui_DashboardView


class DashboardView(QWidget):
    def __init__(self, services, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardView()
        self.ui.setupUi(self)
        self._services = services
        self._clock = clock

    def refresh(self) -> None:
        time_zone = QTimeZone.systemTimeZoneId().data().decode() or "UTC"
        now = self._clock()
        counts = self._services.dashboard.counts(now, time_zone)
        locale = QLocale()
        for label, value in (
            (self.ui.peopleCount, counts.people),
            (self.ui.programsCount, counts.programs),
            (self.ui.pairsCount, counts.pairs),
            (self.ui.sessionsWeekCount, counts.sessions_this_week),
            (self.ui.reflectionsDueCount, counts.reflections_due),
        ):
            label.setText(locale.toString(value))
        monday = now.date() - timedelta(days=now.weekday())
        self.ui.weekLabel.setText(self.tr("Week of {date}").format(
            date=locale.toString(monday, QLocale.FormatType.LongFormat)))
        self.ui.emptyHint.setVisible(counts.people == 0)
