"""The dashboard: live counts for the current week, and the items that need someone's attention.

At start-up the counts are shown in the first paint (DashboardService counted them in a thread while Qt
loaded); the lists (this week, past sessions without a status, reflections due, stalled pairs) load in a
worker started once that paint is on screen (gui/first_paint.py). Every later refresh reads the counts
and the lists in a worker, the figures shown staying until the new ones arrive, so a large database
never holds up the window. The stalled pairs (every active pair's progress, the slowest read) come from
a second worker, so both reads run at once: the database works without the interpreter lock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimeZone, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from shadowdesk.gui.first_paint import FirstPaint
from shadowdesk.gui.forms.ui_dashboard_view import Ui_DashboardView
from shadowdesk.gui.plurals import plurals
from shadowdesk.gui.typed_qt import qdatetime
from shadowdesk.gui.workers import Task, TaskRunner

DUE_SHOWN = 50  # the newest notes due; the count above the list says how many there are

ITEM_ROLE = Qt.ItemDataRole.UserRole


def system_time_zone() -> str:
    return QTimeZone.systemTimeZoneId().toStdString() or "UTC"


def fill_list(widget: QListWidget, entries: Sequence[tuple[str, object]], empty_text: str) -> None:
    """A list of (text, data) items that double-click or Enter open; empty_text, inert, when there are none."""
    widget.clear()
    for text, data in entries:
        item = QListWidgetItem(text)
        item.setData(ITEM_ROLE, data)
        widget.addItem(item)
    if not entries:
        placeholder = QListWidgetItem(empty_text)
        placeholder.setFlags(Qt.ItemFlag.NoItemFlags)  # not selectable, not activatable
        widget.addItem(placeholder)


def stalled_text(pair) -> str:
    """A stalled pair as the dashboard and the home list it."""
    translate = QCoreApplication.translate
    if pair.days_since_last_session is None:
        idle = translate("DashboardView", "never met")
    else:
        idle = plurals().last_met(pair.days_since_last_session)
    return translate("DashboardView", "{a} and {b} ({program}): {idle}").format(
        a=pair.person_a_name, b=pair.person_b_name, program=pair.program_name, idle=idle)


class DashboardView(QWidget):
    session_requested = Signal(int)  # open this session in the Schedule
    reflection_requested = Signal(int, int)  # session id, author id: write this reflection
    program_requested = Signal(int)  # open this program in Programs (a stalled pair's)
    lists_loaded = Signal()

    def __init__(self, services, clock: Callable[[], datetime], parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardView()
        self.ui.setupUi(self)
        self._services = services
        self._clock = clock
        self._runner = runner or TaskRunner()
        self._first_paint = FirstPaint(self)
        self._tasks: list[Task] = []  # the latest refresh's reads: the counts and lists, the stalled pairs
        self._counts_shown = False
        self._refreshes_waiting = 0  # refreshes whose read waits for the first frame
        for widget in (self.ui.thisWeekList, self.ui.overdueList):
            widget.itemActivated.connect(lambda item: self.session_requested.emit(item.data(ITEM_ROLE)))
        self.ui.dueList.itemActivated.connect(
            lambda item: self.reflection_requested.emit(*item.data(ITEM_ROLE)))
        self.ui.stalledList.itemActivated.connect(lambda item: self.program_requested.emit(item.data(ITEM_ROLE)))

    def refresh(self) -> None:
        time_zone = system_time_zone()
        now = self._clock()
        with_counts = self._counts_shown
        if not with_counts:  # start-up: the counts were made while Qt loaded, for the first frame
            self._show_counts(self._services.dashboard.counts(now, time_zone))
        # Once the first frame is on screen: the worker's imports and queries would otherwise compete with
        # building and painting the window for the interpreter. Every refresh waits its turn there, so a
        # later refresh's read is never overtaken by an earlier one still waiting for that frame.
        self._refreshes_waiting += 1
        self._first_paint.then(lambda: self._load(now, time_zone, with_counts))

    def is_loaded(self) -> bool:
        """True once the figures and lists of the latest refresh are on screen."""
        return self._counts_shown and not self._refreshes_waiting and not any(task.running for task in self._tasks)

    def _show_counts(self, counts) -> None:
        locale = QLocale()
        for label, value in (
            (self.ui.peopleCount, counts.people),
            (self.ui.programsCount, counts.programs),
            (self.ui.pairsCount, counts.pairs),
            (self.ui.sessionsWeekCount, counts.sessions_this_week),
            (self.ui.reflectionsDueCount, counts.reflections_due),
        ):
            label.setText(locale.toString(value))
        self.ui.weekLabel.setText(self.tr("Week of {date}").format(
            date=locale.toString(counts.week_start, QLocale.FormatType.LongFormat)))
        self.ui.emptyHint.setVisible(counts.people == 0)
        self._counts_shown = True

    def _load(self, now: datetime, time_zone: str, with_counts: bool) -> None:
        self._refreshes_waiting -= 1
        for task in self._tasks:
            task.cancel()  # an older refresh's: never shown
        services = self._services

        def work(_progress, _cancelled):  # the services are imported here too, off the GUI thread
            from shadowdesk.services.note_listing import Page

            scheduling = services.scheduling
            return (services.dashboard.counts(now, time_zone) if with_counts else None,
                    scheduling.this_week(now, time_zone), scheduling.past_still_planned(),
                    services.reflections.due(now, page=Page(limit=DUE_SHOWN)))  # the rule the count follows

        lists = self._runner.run(work, parent=self)
        stalled = self._runner.run(
            lambda _progress, _cancelled: services.dashboard.stalled_pairs(services.reports.pair_progress), self)
        self._tasks = [lists, stalled]
        lists.finished.connect(lambda found: self._show(*found, time_zone=time_zone))
        stalled.finished.connect(self._show_stalled)
        ui = self.ui
        lists.failed.connect(lambda error: self._show_failure(error, ui.thisWeekList, ui.overdueList, ui.dueList))
        stalled.failed.connect(lambda error: self._show_failure(error, ui.stalledList))

    def _show(self, counts, this_week, overdue, due, *, time_zone: str) -> None:
        if counts is not None:
            self._show_counts(counts)
        self._show_lists(this_week, overdue, due, time_zone)

    def _show_stalled(self, stalled) -> None:
        fill_list(self.ui.stalledList, [(stalled_text(pair), pair.program_id) for pair in stalled],
                  self.tr("No stalled pairs: every pair of an active program met lately or has a session planned."))
        self._loaded_if_done()

    def _loaded_if_done(self) -> None:
        if not any(task.running for task in self._tasks):
            self.lists_loaded.emit()

    def _show_lists(self, this_week, overdue, due, time_zone: str) -> None:
        zone = ZoneInfo(time_zone)
        locale = QLocale()

        def when(moment: datetime) -> str:
            local = moment.astimezone(zone)
            return locale.toString(qdatetime(local.replace(tzinfo=None)), "ddd d MMM HH:mm")

        fill_list(self.ui.thisWeekList, [(f"{when(r.starts_at)}  {r.title}", r.id) for r in this_week],
                   self.tr("No sessions this week. Plan one in the Schedule."))
        fill_list(self.ui.overdueList, [(f"{when(r.starts_at)}  {r.title}", r.id) for r in overdue],
                   self.tr("Every past session has its status."))
        fill_list(self.ui.dueList, [(f"{d.person_name}: {when(d.session.starts_at)}", (d.session.id, d.person_id))
                                     for d in due],
                   self.tr("No reflections due."))
        self._loaded_if_done()

    def _show_failure(self, error: BaseException, *widgets: QListWidget) -> None:
        message = self.tr("Could not load: {error}").format(error=error)
        for widget in widgets:
            fill_list(widget, [], message)
        self._loaded_if_done()
