"""Home: the first section after sign-in, one part for each role the signed-in person holds, coordinator
first: what needs action; program health with charts, skills before and after (gui/views/home_skills.py);
a participant's next sessions, notes to write and ideas, and their skills with Rate my skills….

Nothing is read on the GUI thread: who is signed in and everything the home shows load in a worker once the
window has painted, and only then are the charts drawn, so start-up never imports the chart library
(pyqtgraph takes about a second to import; the worker imports it while the lists are read). Each chart is
a click from its list: clicking a program's bar selects or filters that program's rows, clicking a status's
bar lists the ideas of that status, clicking the skills chart opens that program's Skills matrix.
"""

from __future__ import annotations

import html
import importlib
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shadowdesk.gui.first_paint import FirstPaint
from shadowdesk.gui.typed_qt import qdatetime
from shadowdesk.gui.views.dashboard import ITEM_ROLE, fill_list, stalled_text, system_time_zone
from shadowdesk.gui.views.home_charts import BarChart
from shadowdesk.gui.views.home_skills import OwnSkillsPart, SkillCoveragePart
from shadowdesk.gui.workers import Task, TaskRunner

if TYPE_CHECKING:
    from shadowdesk.services.identity import Viewer


def _counted(title: str, shown: int, total: int) -> str:
    translate = QCoreApplication.translate  # literal calls: lupdate finds only strings written at the call
    if shown < total:
        return translate("HomeView", "{title}: the first {shown} of {total}").format(
            title=title, shown=shown, total=total)
    return translate("HomeView", "{title} ({total})").format(title=title, total=total)


class HomeView(QWidget):
    session_requested = Signal(int)  # open this session in the Schedule
    reflection_requested = Signal(int, int)  # session id, author id: write this note
    program_requested = Signal(int)  # open this program in Programs
    idea_requested = Signal(int)  # open this idea on the Ideas board
    home_loaded = Signal()  # the lists are filled and the charts drawn

    def __init__(self, services, clock: Callable[[], datetime], parent: QWidget | None = None,
                 tasks: TaskRunner | None = None, signed_in=None) -> None:
        """signed_in: the window's SignedIn (gui/permissions.py), so the home shows the person the other
        views act as; without one the home asks services.identity.whoami() itself."""
        super().__init__(parent)
        self._services = services
        self._signed_in = signed_in
        self._clock = clock
        self._tasks = tasks or TaskRunner()
        self._task: Task | None = None
        self._load_queued = False
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Home"))
        self.heading.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.status = QLabel(self.tr("Loading…"))
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        self.content = QWidget()
        self.parts = QVBoxLayout(self.content)
        scroll.setWidget(self.content)
        self.charts: list[BarChart] = []
        self.viewer: Viewer | None = None  # who the home was loaded for (None: the program office of an unclaimed file)
        self._first_paint = FirstPaint(self.heading)

    def refresh(self) -> None:
        # After the first paint, so the load competes with nothing; refreshes asked for meanwhile are one.
        if not self._load_queued:
            self._load_queued = True
            self._first_paint.then(self._queued_load)

    def _queued_load(self) -> None:
        self._load_queued = False
        self._load()

    def _load(self) -> None:
        if self._task is not None and self._task.running:
            self._task.cancel()
        services, signed_in, now = self._services, self._signed_in, self._clock()

        def work(_progress, _cancelled):
            from shadowdesk.services.errors import UserError
            from shadowdesk.services.homes import HomeService  # off the GUI thread, as its queries

            if signed_in is None:
                viewer = services.identity.whoami()
            elif signed_in.viewer is None and signed_in.refusal:
                raise UserError(signed_in.refusal)
            else:
                viewer = signed_in.viewer
            homes = HomeService(services.database, services.reflections, services.reports,
                                services.dashboard, services.skills).homes(viewer, now)
            importlib.import_module("pyqtgraph")  # imported here so drawing the charts does not hold up the window

            from shadowdesk.gui.views import ideas, schedule_common  # noqa: F401 (the labels, likewise)
            return viewer, homes

        self._task = self._tasks.run(work, parent=self)
        self._task.finished.connect(lambda found: self._show(*found))
        self._task.failed.connect(self._show_failure)

    def _show(self, viewer, homes) -> None:
        while (item := self.parts.takeAt(0)) is not None:
            if (part := item.widget()) is not None:
                part.deleteLater()
        self.charts = []
        self.viewer = viewer
        name = viewer.full_name if viewer is not None else ""
        self.heading.setText(self.tr("Welcome, {name}").format(name=name) if name else self.tr("Home"))
        self.status.setText("")
        if homes.coordinator is not None:
            self.parts.addWidget(self._coordinator_part(homes.coordinator))
        if homes.manager is not None:
            self.parts.addWidget(self._programs_part(homes.manager))
            if homes.manager.skills:
                self.parts.addWidget(self._coverage_part(homes.manager))
            self.parts.addWidget(self._ideas_part(homes.manager))
        if homes.participant is not None:
            self.parts.addWidget(self._participant_part(homes.participant))
            if homes.participant.skills:
                self.own_skills = OwnSkillsPart(homes.participant.skills)
                self.own_skills.rate_requested.connect(self.rate_skills)
                self.parts.addWidget(self.own_skills)
        self.parts.addStretch(1)
        self.home_loaded.emit()

    def _show_failure(self, error: BaseException) -> None:
        self.status.setText(self.tr("Could not load your home: {error}").format(error=error))
        self.home_loaded.emit()

    # --- parts -------------------------------------------------------------------------------------------

    def _list(self, title: str, listing_rows: int, total: int) -> tuple[QWidget, QLabel, QListWidget]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(_counted(title, listing_rows, total))
        label.setStyleSheet("font-weight: 600;")
        widget = QListWidget()
        widget.setAccessibleName(title)
        widget.setMinimumHeight(140)
        layout.addWidget(label)
        layout.addWidget(widget, 1)
        return box, label, widget

    def _when(self, moment: datetime, zone: ZoneInfo | None = None) -> str:
        local = moment.astimezone(zone or ZoneInfo(system_time_zone()))
        return QLocale().toString(qdatetime(local.replace(tzinfo=None)), "ddd d MMM HH:mm")

    def _coordinator_part(self, home) -> QWidget:
        group = QGroupBox(self.tr("What needs action"))
        grid = QGridLayout(group)
        lists = (
            (self.tr("People without a pair this round"), home.unpaired,
             lambda u: (self.tr("{name} ({program}, round {round})").format(
                 name=u.name, program=u.program_name, round=u.round or "–"), u.program_id),
             self.tr("Everyone enrolled has a partner in the current round."), self.program_requested.emit),
            (self.tr("Stalled pairs"), home.stalled, lambda p: (stalled_text(p), p.program_id),
             self.tr("No stalled pairs."), self.program_requested.emit),
            (self.tr("Past sessions without a status"), home.without_status,
             lambda r: (f"{self._when(r.starts_at)}  {r.title}", r.id),
             self.tr("Every past session has its status."), self.session_requested.emit),
            (self.tr("Notes overdue"), home.overdue,
             lambda d: (f"{d.person_name}: {self._when(d.session.starts_at)}", (d.session.id, d.person_id)),
             self.tr("No notes overdue."), lambda ids: self.reflection_requested.emit(*ids)),
        )
        self.coordinator_lists: list[QListWidget] = []
        for number, (title, listing, text, empty, opened) in enumerate(lists):
            box, _, widget = self._list(title, len(listing.rows), listing.total)
            fill_list(widget, [text(row) for row in listing.rows], empty)
            widget.itemActivated.connect(lambda item, go=opened: go(item.data(ITEM_ROLE)))
            grid.addWidget(box, number // 2, number % 2)
            self.coordinator_lists.append(widget)
        return group

    def _programs_part(self, home) -> QWidget:
        group = QGroupBox(self.tr("Program health"))
        grid = QGridLayout(group)
        shown = _counted(self.tr("Running programs"), len(home.programs), home.programs_total)
        self.program_table = QTreeWidget()
        self.program_table.setAccessibleName(shown)
        self.program_table.setRootIsDecorated(False)
        self.program_table.setMaximumHeight(180)
        self.program_table.setHeaderLabels([self.tr("Program"), self.tr("Balance"), self.tr("Sessions"),
                                            self.tr("Hours"), self.tr("Notes submitted"), self.tr("Stalled")])
        locale = QLocale()
        for health in home.programs:
            rate = health.reflection_rate
            row = QTreeWidgetItem([
                health.name, f"{health.balance.count_a} : {health.balance.count_b}",
                self.tr("{done} of {target}").format(done=health.sessions_done, target=health.sessions_target),
                self.tr("{done} of {target}").format(done=locale.toString(health.hours_done, "f", 1),
                                                     target=locale.toString(health.hours_target, "f", 0)),
                self.tr("{rate} % ({done} of {due})").format(rate="–" if rate is None else round(rate * 100),
                                                             done=health.notes_submitted, due=health.notes_owed),
                locale.toString(health.stalled_total)])
            row.setData(0, ITEM_ROLE, health.program_id)
            row.setToolTip(1, self.tr("{a}: {count_a}, {b}: {count_b}. {verdict}").format(
                a=health.side_a, count_a=health.balance.count_a, b=health.side_b, count_b=health.balance.count_b,
                verdict=health.balance.message))
            self.program_table.addTopLevelItem(row)
        for column in range(self.program_table.columnCount()):
            self.program_table.resizeColumnToContents(column)
        self.program_table.itemActivated.connect(lambda item, _c: self.program_requested.emit(item.data(0, ITEM_ROLE)))
        names = [health.name for health in home.programs]

        def percent(done: float, target: float) -> float:
            return 100 * done / target if target else 0.0

        against = BarChart(self.tr("Against target (%)"))
        against.draw(names, [
            (self.tr("Sessions"), [percent(h.sessions_done, h.sessions_target) for h in home.programs]),
            (self.tr("Hours"), [percent(h.hours_done, h.hours_target) for h in home.programs]),
            (self.tr("Notes"), [100 * (h.reflection_rate or 0) for h in home.programs])])
        balance = BarChart(self.tr("Balance between the sides"))
        balance.draw(names, [(self.tr("Side A"), [h.balance.count_a for h in home.programs]),
                             (self.tr("Side B"), [h.balance.count_b for h in home.programs])], counts=True)
        for chart in (against, balance):
            chart.bar_clicked.connect(self._choose_program_row)
        stalled_box, self.stalled_title, self.stalled_list = self._list(self.tr("Stalled pairs"), 0, 0)
        stalled_chart = BarChart(self.tr("Stalled pairs by program"))
        stalled_chart.draw(names, [(self.tr("Stalled pairs"), [h.stalled_total for h in home.programs])],
                           counts=True)
        self._stalled_filter: int | None = None

        def show_stalled(index: int | None) -> None:
            self._stalled_filter = None if index == self._stalled_filter else index
            chosen = home.programs if self._stalled_filter is None else [home.programs[self._stalled_filter]]
            pairs = [pair for health in chosen for pair in health.stalled]
            title = self.tr("Stalled pairs") if self._stalled_filter is None else self.tr(
                "Stalled pairs of {program}").format(program=chosen[0].name)
            self.stalled_title.setText(_counted(title, len(pairs), sum(h.stalled_total for h in chosen)))
            fill_list(self.stalled_list, [(stalled_text(p), p.program_id) for p in pairs],
                  self.tr("No stalled pairs."))

        show_stalled(None)
        stalled_chart.bar_clicked.connect(show_stalled)
        self.stalled_list.itemActivated.connect(lambda item: self.program_requested.emit(item.data(ITEM_ROLE)))
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(shown)
        title.setStyleSheet("font-weight: 600;")
        table_layout.addWidget(title)
        table_layout.addWidget(self.program_table, 1)
        grid.addWidget(table_box, 0, 0, 1, 2)
        grid.addWidget(against, 1, 0)
        grid.addWidget(balance, 1, 1)
        grid.addWidget(stalled_chart, 2, 0)
        grid.addWidget(stalled_box, 2, 1)
        self.program_charts = (against, balance, stalled_chart)
        self.charts += self.program_charts
        return group

    def _coverage_part(self, home) -> QWidget:
        self.skill_coverage = SkillCoveragePart(home.programs, home.skills)
        self.skill_coverage.matrix_requested.connect(self.open_skills_matrix)
        self.charts.append(self.skill_coverage.chart)
        return self.skill_coverage

    def _choose_program_row(self, index: int) -> None:
        """A program's bar was clicked: its row in the table (the bars and the rows are the same programs)."""
        item = self.program_table.topLevelItem(index)
        if item is not None:
            self.program_table.setCurrentItem(item)

    def open_skills_matrix(self, program_id: int) -> None:
        """The program's Skills matrix, as the Programs view opens it."""
        from shadowdesk.gui.dialogs.skills_matrix import SkillsMatrixDialog

        self.skills_matrix = SkillsMatrixDialog(self._services, program_id, self, tasks=self._tasks)
        self.skills_matrix.open()

    def rate_skills(self, own_skills) -> None:
        """Rate my skills… of one program; the home reads the levels again once they are saved."""
        from shadowdesk.gui.dialogs.skills_self_rating import SelfRatingDialog

        assert self.viewer is not None  # only a signed-in participant's home has skills to rate
        self.self_rating = SelfRatingDialog(self._services.skills, self.viewer, own_skills, self)
        self.self_rating.saved.connect(self.refresh)
        self.self_rating.open()

    def _ideas_part(self, home) -> QWidget:
        from shadowdesk.gui.views.ideas import STATUSES, status_label

        group = QGroupBox(self.tr("Ideas"))
        row = QHBoxLayout(group)
        self.ideas_chart = BarChart(self.tr("Ideas by status"))
        self.ideas_chart.draw([status_label(s) for s in STATUSES],
                              [(self.tr("Ideas"), [home.ideas_by_status[s] for s in STATUSES])], counts=True)
        box, self.ideas_title, self.ideas_list = self._list("", 0, 0)
        self._ideas_filter: int | None = None

        def show_ideas(index: int | None) -> None:
            self._ideas_filter = None if index == self._ideas_filter else index
            statuses: tuple[str, ...]
            if self._ideas_filter is None:
                statuses, title = ("proposed", "under_review"), self.tr("Awaiting a decision")
            else:
                statuses = (STATUSES[self._ideas_filter],)
                title = status_label(statuses[0])
            ideas = [(status, idea) for status, found in home.ideas.items() if str(status) in statuses
                     for idea in found]
            self.ideas_title.setText(_counted(title, len(ideas), sum(
                count for status, count in home.ideas_by_status.items() if str(status) in statuses)))
            fill_list(self.ideas_list, [(self.tr("{title} — {status}, by {proposer}").format(
                title=idea.title, status=status_label(str(status)), proposer=idea.proposer_name), idea.id)
                for status, idea in ideas], self.tr("No ideas here."))

        show_ideas(None)
        self.ideas_chart.bar_clicked.connect(show_ideas)
        self.ideas_list.itemActivated.connect(lambda item: self.idea_requested.emit(item.data(ITEM_ROLE)))
        row.addWidget(self.ideas_chart, 1)
        row.addWidget(box, 1)
        self.charts.append(self.ideas_chart)
        return group

    def _participant_part(self, home) -> QWidget:
        from shadowdesk.gui.views.ideas import status_label
        from shadowdesk.gui.views.schedule_common import kind_label

        zone = ZoneInfo(home.time_zone)
        group = QGroupBox(self.tr("Your sessions, notes and ideas"))
        grid = QGridLayout(group)
        sessions_box, _, self.briefing_list = self._list(self.tr("Your next sessions"), len(home.next_sessions),
                                                         len(home.next_sessions))
        fill_list(self.briefing_list, [(self.tr("{when} · {kind} with {others}").format(
            when=self._when(b.starts_at, zone), kind=kind_label(b.kind), others=", ".join(b.others)), b)
            for b in home.next_sessions], self.tr("No sessions planned for you."))
        self.briefing = QTextBrowser()
        self.briefing.setMinimumHeight(320)
        self.briefing.setAccessibleName(self.tr("Briefing"))

        def brief(item: QListWidgetItem | None, _previous=None) -> None:
            chosen = item.data(ITEM_ROLE) if item is not None else None
            self.briefing.setHtml(self._briefing_html(chosen, zone, kind_label) if chosen else "")

        self.briefing_list.currentItemChanged.connect(brief)
        self.briefing_list.itemActivated.connect(
            lambda item: self.session_requested.emit(item.data(ITEM_ROLE).session_id))
        if home.next_sessions:
            self.briefing_list.setCurrentRow(0)
        due_box, _, self.due_list = self._list(self.tr("Notes to write"), len(home.notes_due.rows),
                                               home.notes_due.total)
        fill_list(self.due_list, [(self.tr("{when} · {kind}{subject}{draft}").format(
            when=self._when(d.session.starts_at, zone), kind=kind_label(d.session.kind),
            subject=f" · {d.session.subject}" if d.session.subject else "",
            draft=self.tr(" (draft saved)") if d.has_draft else ""), (d.session.id, d.person_id))
            for d in home.notes_due.rows], self.tr("No notes to write: you are up to date."))
        self.write_button = QPushButton(self.tr("&Write Now"))
        self.write_button.setEnabled(False)
        self.due_list.currentItemChanged.connect(lambda item, _previous: self.write_button.setEnabled(
            item is not None and item.data(ITEM_ROLE) is not None))
        self.write_button.clicked.connect(lambda: self.reflection_requested.emit(
            *self.due_list.currentItem().data(ITEM_ROLE)))
        self.due_list.itemActivated.connect(lambda item: self.reflection_requested.emit(*item.data(ITEM_ROLE)))
        due_layout = due_box.layout()
        assert isinstance(due_layout, QVBoxLayout)  # _list lays its box out in a column
        due_layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignRight)
        ideas_box, _, self.my_ideas = self._list(self.tr("Your ideas"), len(home.ideas.rows), home.ideas.total)
        fill_list(self.my_ideas, [(self.tr("{title} — {status}").format(title=i.title,
                                                                        status=status_label(str(i.status))), i.id)
                                  for i in home.ideas.rows], self.tr("You have not proposed an idea yet."))
        self.my_ideas.itemActivated.connect(lambda item: self.idea_requested.emit(item.data(ITEM_ROLE)))
        grid.addWidget(sessions_box, 0, 0)
        grid.addWidget(self.briefing, 0, 1, 2, 1)
        grid.addWidget(due_box, 1, 0)
        grid.addWidget(ideas_box, 2, 0, 1, 2)
        return group

    def _briefing_html(self, b, zone: ZoneInfo, kind_label) -> str:
        def line(label: str, value: str) -> str:
            return f"<p><b>{html.escape(label)}</b> {html.escape(value)}</p>" if value else ""

        subject = " · ".join(part for part in (b.customer, b.project) if part)
        where = b.location or self.tr("not set yet")
        prompts = "".join(f"<li>{html.escape(prompt)}</li>" for prompt in b.prompts)
        return "".join((
            f"<h3>{html.escape(kind_label(b.kind))}</h3>",
            line(self.tr("When:"), f"{self._when(b.starts_at, zone)} – {b.ends_at.astimezone(zone):%H:%M}"
                 + (f" ({b.starts_at.tzname()})" if b.starts_at.tzname() else "")),
            line(self.tr("With:"), ", ".join(b.others)),
            line(self.tr("You are:"), self.tr("the host") if b.role == "host" else self.tr("a guest")),
            line(self.tr("Where:"), where), line(self.tr("Customer and project:"), subject),
            line(self.tr("Program:"), b.program), line(self.tr("Agenda:"), b.agenda),
            "<p><b>{}</b></p><ul>{}</ul>".format(html.escape(self.tr("Your note afterwards will ask:")), prompts)
            if prompts else "",
        ))

