"""The Schedule section: month, week and agenda, with filters, "My week" and the session editor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shadowdesk.domain import SessionKind, SessionStatus
from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs.session_editor import SessionEditor, ask_about_their_change
from shadowdesk.gui.models.agenda_model import SESSION_ID_ROLE, AgendaModel
from shadowdesk.gui.permissions import PLAN_SESSIONS, SignedIn, signed_in_for
from shadowdesk.gui.tables import fit_columns_to_rows
from shadowdesk.gui.typed_qt import qdate, qdatetime
from shadowdesk.gui.views.dashboard import system_time_zone
from shadowdesk.gui.views.person_search import PersonSearchField
from shadowdesk.gui.views.schedule_blocks import draw_month_layer, draw_week_layer
from shadowdesk.gui.views.schedule_calendar import CalendarCanvas, MonthCalendar, WeekCalendar
from shadowdesk.gui.views.schedule_common import KIND_COLOURS, kind_label, status_label
from shadowdesk.gui.views.schedule_layout import lay_out_month, lay_out_week
from shadowdesk.gui.workers import Task, TaskRunner
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.schedule_pages import AGENDA_PAGE, AgendaPages
from shadowdesk.services.schedule_types import (
    NewWarnings,
    ScheduleWarning,
    SessionFilter,
    SessionRow,
)

MONTH, WEEK, AGENDA = range(3)
MONTH_ROWS_PER_DAY = 8  # more lines than a day cell of a maximised window holds


class ScheduleView(QWidget):
    rows_loaded = Signal(int)  # how many sessions the current period shows

    def __init__(self, services, clock: Callable[[], datetime], viewer_zone: str | None = None,
                 parent: QWidget | None = None, signed_in: SignedIn | None = None,
                 tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks or TaskRunner()
        # Built here, not in app.Services, which is not this section's file to change.
        self._agenda_pages = AgendaPages(services.database)
        self._loading: Task | None = None  # what the current period shows, being read
        self._paging: Task | None = None  # the agenda's next page, being read
        self._signed_in = signed_in_for(services, signed_in)  # sessions are planned by a coordinator
        self._scheduling = services.scheduling
        self._clock = clock
        self.viewer_zone = viewer_zone or system_time_zone()
        self.anchor = self._today()
        self._agenda_day: date | None = None  # the agenda lists this day alone (a calendar day's "+N more")
        self.rows: list[SessionRow] = []
        self.editor: SessionEditor | None = None
        self._choices_loaded = False
        self._build()

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next"))
        self.period_label = QLabel()
        self.period_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        # The long week title may be cut in a narrow window rather than force the window wider.
        self.period_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.previous_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addWidget(self.period_label, 1)
        self.mode_group = QButtonGroup(self)
        for mode, text in ((MONTH, self.tr("M&onth")), (WEEK, self.tr("&Week")), (AGENDA, self.tr("&Agenda"))):
            mode_button = QToolButton()
            mode_button.setText(text)
            mode_button.setCheckable(True)
            self.mode_group.addButton(mode_button, mode)
            top.addWidget(mode_button)
        self.mode_group.button(MONTH).setChecked(True)
        self.my_week_check = QCheckBox(self.tr("&My week"))
        self.new_button = QPushButton(self.tr("&New session…"))
        self.log_button = QPushButton(self.tr("&Log a past session…"))
        layout.addLayout(top)

        actions = QHBoxLayout()  # a row of its own, so the section fits a small window
        actions.addWidget(self.my_week_check)
        actions.addStretch(1)
        actions.addWidget(self.new_button)
        actions.addWidget(self.log_button)
        layout.addLayout(actions)

        filters = QHBoxLayout()
        self.program_filter = QComboBox()
        self.person_filter = PersonSearchField(self._services.people.find_people, self._tasks)
        self.person_filter.setPlaceholderText(self.tr("Everyone: type a name"))
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in SessionKind:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in SessionStatus:
            self.status_filter.addItem(status_label(status), status)
        # Alt+R, P, K, S: the section's buttons hold T, O, W, A, M, N, L and the menu bar F, E, V, H.
        for combo in (self.program_filter, self.kind_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        for text, field in ((self.tr("P&rogram:"), self.program_filter),
                            (self.tr("&Person:"), self.person_filter),
                            (self.tr("&Kind:"), self.kind_filter), (self.tr("&Status:"), self.status_filter)):
            label = QLabel(text)
            label.setBuddy(field)
            filters.addWidget(label)
            filters.addWidget(field, 1)
        self.zone_label = QLabel(self.tr("Times in {zone}").format(zone=self.viewer_zone))
        actions.insertWidget(1, self.zone_label)
        layout.addLayout(filters)

        self.stack = QStackedWidget()
        self.month = MonthCalendar()
        self.week = WeekCalendar()
        self.agenda_model = AgendaModel(self.viewer_zone, self)
        self.agenda = QTableView()
        self.agenda.setModel(self.agenda_model)
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.setAlternatingRowColors(True)
        self.agenda.verticalHeader().hide()
        self.agenda.horizontalHeader().setStretchLastSection(True)
        fit_columns_to_rows(self.agenda)
        for widget in (self.month, self.week, self.agenda):
            self.stack.addWidget(widget)
        layout.addWidget(self.stack, 1)
        bottom = QHBoxLayout()
        self.summary_label = QLabel()
        bottom.addWidget(self.summary_label, 1)
        legend = "  ".join(f'<span style="color:{colour.name()}">■</span> {kind_label(kind)}'
                           for kind, colour in KIND_COLOURS.items())
        bottom.addWidget(QLabel(legend + "  " + self.tr("(faded: completed; pale: cancelled or no-show)")))
        layout.addLayout(bottom)

        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.mode_group.idClicked.connect(self.set_mode)
        self.my_week_check.toggled.connect(self._my_week_toggled)
        self.new_button.clicked.connect(lambda: self.open_editor(None, self.anchor))
        self.log_button.clicked.connect(self._log_past)
        for combo in (self.program_filter, self.kind_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.reload)
        self.person_filter.chosen.connect(lambda _person_id: self.reload())
        self.month.layer_wanted.connect(
            lambda layout, width, height: self._draw_layer(self.month, draw_month_layer, layout, width, height))
        self.week.layer_wanted.connect(
            lambda layout, width, height: self._draw_layer(self.week, draw_week_layer, layout, width, height))
        for calendar in (self.month, self.week):
            calendar.session_activated.connect(self.open_editor)
            calendar.day_listed.connect(self.show_day)
        self.month.day_activated.connect(self._show_week_of)
        self.week.day_activated.connect(self._new_on)
        self.week.session_moved.connect(self.move_session)
        for button in (self.new_button, self.log_button):
            self._signed_in.allow(button, PLAN_SESSIONS)
        self.week.sessions_movable = self._signed_in.can(PLAN_SESSIONS)
        self.agenda.doubleClicked.connect(lambda index: self.open_editor(index.data(SESSION_ID_ROLE)))

    def _load_choices(self) -> None:
        """Programs for their filter, when the section is first shown, not at start-up; people are found by
        typing (a combo of thousands took longer to fill than the whole month to read)."""
        self._choices_loaded = True
        self.program_filter.blockSignals(True)
        self.program_filter.clear()
        self.program_filter.addItem(self.tr("All programs"), None)
        for program in self._scheduling.programs():
            self.program_filter.addItem(program.name, program.id)
        self.program_filter.blockSignals(False)

    # --- navigation ------------------------------------------------------------------------------

    def _today(self) -> date:
        return self._clock().astimezone(ZoneInfo(self.viewer_zone)).date()

    @property
    def mode(self) -> int:
        return self.stack.currentIndex()

    def set_mode(self, mode: int) -> None:
        self._agenda_day = None
        self._switch_to(mode)

    def _switch_to(self, mode: int) -> None:
        self.mode_group.button(mode).setChecked(True)
        self.stack.setCurrentIndex(mode)
        self.reload()

    def show_day(self, day: date) -> None:
        """Every session of a day, however many, listed in the agenda: a calendar shows only what fits."""
        self.anchor = self._agenda_day = day
        self._switch_to(AGENDA)
        self.agenda.setFocus()  # the keyboard goes on from the calendar to the day's list

    def step(self, direction: int) -> None:
        if self._agenda_day is not None:
            self.anchor = self._agenda_day = self._agenda_day + timedelta(days=direction)
        elif self.mode == WEEK:
            self.anchor += timedelta(weeks=direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.reload()

    def go_today(self) -> None:
        self.anchor = self._today()
        if self._agenda_day is not None:
            self._agenda_day = self.anchor
        self.reload()

    def _show_week_of(self, day: date) -> None:
        self.anchor = day
        self.set_mode(WEEK)

    def show_session(self, session_id: int) -> None:
        """Jump to a session (from the dashboard): its week, selected, and its editor open."""
        try:
            detail = self._scheduling.get(session_id)
        except UserError as exc:
            prompts.show_error(self, self.tr("Cannot show the session"), str(exc))
            return
        self.anchor = detail.starts_at.astimezone(ZoneInfo(self.viewer_zone)).date()
        self.week.selected_id = session_id
        self.set_mode(WEEK)
        self.open_editor(session_id)

    def _range(self) -> tuple[date, date]:
        """The local days the current mode shows: [first, last)."""
        if self._agenda_day is not None:
            return self._agenda_day, self._agenda_day + timedelta(days=1)
        if self.mode == WEEK:
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            return monday, monday + timedelta(days=7)
        first = self.anchor.replace(day=1)
        if self.mode == MONTH:
            start = first - timedelta(days=first.weekday())
            return start, start + timedelta(days=42)
        return first, (first + timedelta(days=32)).replace(day=1)

    def filters(self) -> SessionFilter:
        return SessionFilter(program_id=self.program_filter.currentData(),
                             person_id=self.person_filter.person_id(),
                             kind=self.kind_filter.currentData(), status=self.status_filter.currentData())

    # --- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._choices_loaded:
            self._load_choices()
        self.reload()

    def reload(self) -> None:
        """The current period, read in a worker: the title changes at once, its sessions when read."""
        first, last = self._range()
        mode, anchor, filters = self.mode, self.anchor, self.filters()
        zone = ZoneInfo(self.viewer_zone)
        start, end = datetime.combine(first, time(0), tzinfo=zone), datetime.combine(last, time(0), tzinfo=zone)
        for reading in (self._loading, self._paging):
            if reading is not None:
                reading.cancel()  # a period or filter no longer asked for
        self._paging = None
        self.period_label.setText(self._period_text(first, last))
        self.summary_label.setText(self.tr("Reading the sessions…"))
        scheduling, pages, zone_name = self._scheduling, self._agenda_pages, self.viewer_zone
        # The calendars' blocks are laid out, formatted and drawn here, in the worker, once per period read,
        # for the size the calendar has now (the stack sizes every page, the hidden ones too).
        calendar = self.month if mode == MONTH else self.week
        size, pixel_ratio, font = calendar.size(), calendar.devicePixelRatioF(), QFont(calendar.font())
        if mode == MONTH:
            # Only what the grid can show: the first sessions of each day and each day's count.
            days = [first + timedelta(days=n) for n in range((last - first).days)]
            bounds = [(datetime.combine(day, time(0), tzinfo=zone),
                       datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)) for day in days]

            def work() -> tuple:
                rows, counts = scheduling.first_of_each_day(bounds, filters, MONTH_ROWS_PER_DAY)
                layout = lay_out_month(rows, counts, zone_name, anchor.replace(day=1))
                return rows, sum(counts), layout, draw_month_layer(layout, size.width(), size.height(), pixel_ratio,
                                                                   font)
        elif mode == WEEK:
            def work() -> tuple:
                rows = scheduling.sessions_between(start, end, filters)
                layout = lay_out_week(rows, zone_name, first)
                return rows, len(rows), layout, draw_week_layer(layout, size.width(), size.height(), pixel_ratio,
                                                                font)
        else:
            def work() -> tuple:
                return pages.first(start, end, filters)  # a page, and the period's count
        task = self._loading = self._tasks.run(lambda _progress, _cancelled: work(), parent=self)
        task.finished.connect(lambda result: self._show(mode, end, filters, result))
        task.failed.connect(self._failed)

    def is_loaded(self) -> bool:
        return self._loading is None or not self._loading.running

    def _show(self, mode: int, end: datetime, filters: SessionFilter, result: tuple) -> None:
        if mode == MONTH:
            self.rows, total, layout, layer = result
            self.month.set_layout(layout, self._today(), layer)
        elif mode == WEEK:
            self.rows, total, week_layout, week_layer = result
            self.week.set_layout(week_layout, self._today(), week_layer)
        else:
            self.rows, total = result
            more = len(self.rows) < total
            self.agenda_model.set_rows(self.rows, self.viewer_zone,
                                       (lambda last: self._next_page(last, end, filters)) if more else None)
        self.summary_label.setText(self.tr("{count} sessions").format(count=QLocale().toString(total)))
        self.rows_loaded.emit(total)

    def _draw_layer(self, calendar: CalendarCanvas, draw: Callable, layout: object, width: int,
                    height: int) -> None:
        """A calendar resized: its blocks drawn again for its new size in a worker; until then it stretches
        the old ones."""
        pixel_ratio, font = calendar.devicePixelRatioF(), QFont(calendar.font())
        task = self._tasks.run(lambda _progress, _cancelled: draw(layout, width, height, pixel_ratio, font),
                               parent=self)
        task.finished.connect(calendar.set_layer)
        task.failed.connect(self._failed)

    def _next_page(self, last: SessionRow, end: datetime, filters: SessionFilter) -> None:
        """The agenda was scrolled to its end: the page after last, read in a worker."""
        pages = self._agenda_pages
        task = self._paging = self._tasks.run(lambda _progress, _cancelled: pages.after(last, end, filters),
                                              parent=self)
        task.finished.connect(lambda rows: self.agenda_model.append(rows, len(rows) == AGENDA_PAGE))
        task.failed.connect(self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error  # a fault, for the excepthook
        self.summary_label.clear()
        prompts.show_error(self, self.tr("Cannot show the sessions"), str(error))

    def _period_text(self, first: date, last: date) -> str:
        locale = QLocale()
        if self._agenda_day is not None:
            return locale.toString(qdate(first), QLocale.FormatType.LongFormat)
        if self.mode == WEEK:
            return self.tr("Week of {date}").format(
                date=locale.toString(qdate(first), QLocale.FormatType.LongFormat))
        month = self.anchor.replace(day=1)
        return f"{locale.standaloneMonthName(month.month)} {month.year}"

    def _my_week_toggled(self, checked: bool) -> None:
        if not checked:
            self.person_filter.set_person(None)
            self.reload()
            return
        me = self._signed_in.viewer
        if me is None:
            prompts.show_error(self, self.tr("My week"), self.tr(
                "Nobody has claimed this database yet: choose who you are (File > Who Are You…) to see "
                "your week."))
            self.my_week_check.setChecked(False)
            return
        self.person_filter.set_person(me.person_id, me.full_name, me.email)
        self.anchor = self._today()
        self.set_mode(WEEK)

    # --- editing ---------------------------------------------------------------------------------

    def open_editor(self, session_id: int | None, day: date | None = None) -> SessionEditor:
        self.editor = SessionEditor(self._services, self.viewer_zone, self._clock, session_id, day, self,
                                    self._signed_in)
        self.editor.saved.connect(lambda _ids: self.reload())
        self.editor.open()
        return self.editor

    def _new_on(self, day: date) -> None:
        if self._signed_in.can(PLAN_SESSIONS):
            self.open_editor(None, day)

    def _log_past(self) -> None:
        if not self._signed_in.can(PLAN_SESSIONS):
            return
        editor = self.open_editor(None, self._today())
        editor.ui.loggedCheck.setChecked(True)

    def move_session(self, session_id: int, shown_version: int, starts_at: datetime) -> None:
        """A block dropped at another time: that session alone, even in a series, is saved there at once.

        The service refuses, and this asks: its warnings (Move anyway?) and a change someone else made since
        the week was shown (Reload or Overwrite); each answer that goes on calls it again. The week is read
        again in every case, so each block shows where the database has it."""
        if not self._signed_in.can(PLAN_SESSIONS):
            return
        try:
            self._move(session_id, shown_version, starts_at)
        except UserError as exc:
            prompts.show_error(self, self.tr("Cannot move the session"), str(exc))
        self.reload()

    def _move(self, session_id: int, version: int, starts_at: datetime) -> None:
        accepted: list[ScheduleWarning] = []
        while True:
            try:
                self._scheduling.move(session_id, version, starts_at, accepted)
                return
            except StaleRecord as exc:  # Overwrite: the same move over the version saved now
                if ask_about_their_change(self, str(exc)) != "overwrite" or exc.current_version is None:
                    return
                version = exc.current_version
            except NewWarnings as exc:  # all the new time has, with any booked since the last question
                if not self._move_anyway(starts_at, exc.warnings):
                    return
                accepted = exc.warnings

    def _move_anyway(self, starts_at: datetime, warnings: list[ScheduleWarning]) -> bool:
        """The warnings of the move, to accept (Yes) or go back (No: the block returns to where it was)."""
        return prompts.ask_yes_no(self, self.tr("Move the session?"), self.tr(
            "Moved to {when}, the session gets these warnings:\n\n{warnings}\n\nMove it anyway?").format(
            when=self._when(starts_at), warnings="\n".join(f"• {w.message}" for w in warnings)))

    def _when(self, moment: datetime) -> str:
        shown = moment.astimezone(ZoneInfo(self.viewer_zone))
        # As the dashboard lists them.
        return QLocale().toString(qdatetime(shown.replace(tzinfo=None)), "ddd d MMM HH:mm")

