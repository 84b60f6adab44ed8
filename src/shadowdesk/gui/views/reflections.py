"""The Reflections section: what is due, the notes one may read, and the two-sided debrief of a session.

Everything is shown as the signed-in person sees it (gui/permissions.SignedIn); on a file nobody has
claimed yet, as its program office, which sees what was shared with the program and sends reminders.

It opens on one program (the latest active one) and, for a signed-in person, on their own notes and what
they owe; filters for program, person, status and period narrow it further. The database filters, sorts and
counts; the tables hold a page of rows and fetch the next as the user scrolls. Every read runs in a
worker, one after the other (gui/workers.reads_lane): the programs of the filter, each table's pages
(models/rows.BackgroundPagedRowsModel), the counts (aggregates), the sessions offered for a debrief and
the debrief itself, so neither a company with 18,000 notes due nor a name matching few people ever freezes
the window; "Loading…" shows meanwhile. A newer filter drops what an older one still reads: a read not
begun never runs, the counts stop between their two statements, a statement under way ends first.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shadowdesk.domain import ProgramStatus, ReflectionStatus
from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs.reflection_editor import ReflectionEditor
from shadowdesk.gui.models.note_tables import DueModel, NotesModel
from shadowdesk.gui.permissions import SignedIn, signed_in_for
from shadowdesk.gui.tables import rows_table
from shadowdesk.gui.views.schedule_common import kind_label
from shadowdesk.gui.workers import Task, TaskRunner, reads_lane
from shadowdesk.services.errors import UserError
from shadowdesk.services.note_listing import NoteFilter, Page
from shadowdesk.services.programs import ProgramInfo
from shadowdesk.services.reflections import reminder_mailto

TYPING_PAUSE_MS = 250
DEBRIEF_SESSIONS = 50  # the newest sessions offered for a debrief; a note's own is added when asked for
PERIODS_DAYS = (None, 7, 30, 90, 365)
COMBO_CHARACTERS = 9  # the filters' combos show this many characters; their lists show every choice whole


def _table(model, stretch: tuple[int, ...]) -> QTableView:
    """stretch: the columns of names, which share the room left and elide, so a 1024 px window does not
    scroll sideways."""
    table = rows_table(model, sortable=True, stretch=stretch)
    table.horizontalHeader().setSortIndicator(model.COL_DATE, Qt.SortOrder.DescendingOrder)
    return table


class DebriefPanel(QWidget):
    """A session's host note and guest notes side by side, as far as the viewer may read them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setWordWrap(True)
        splitter = QSplitter()
        self.host_view, self.guest_view = QTextBrowser(), QTextBrowser()
        splitter.addWidget(self.host_view)
        splitter.addWidget(self.guest_view)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)

    def show_debrief(self, debrief) -> None:
        session = debrief.session
        self.title.setText(
            self.tr("{kind} on {date}{subject}").format(
                kind=kind_label(session.kind),
                date=session.starts_at.astimezone().date().isoformat(),
                subject=f" · {session.subject}" if session.subject else "",
            )
        )
        self.host_view.setHtml(
            self._side(
                self.tr("Host: {name}").format(name=session.host_name),
                [debrief.host_note] if debrief.host_note else [],
            )
        )
        self.guest_view.setHtml(
            self._side(
                self.tr("Guest: {name}").format(name=", ".join(session.guest_names)),
                list(debrief.guest_notes),
            )
        )

    def _side(self, heading: str, notes: list) -> str:
        parts = [f"<h3>{html.escape(heading)}</h3>"]
        if not notes:
            parts.append(f"<p><i>{html.escape(self.tr('No note you may read.'))}</i></p>")
        for note in notes:
            for prompt, answer in note.answers:
                parts.append(f"<p><b>{html.escape(prompt)}</b><br>{html.escape(answer) or '–'}</p>")
            if note.free_text:
                parts.append(f"<p>{html.escape(note.free_text).replace(chr(10), '<br>')}</p>")
            if note.rating:
                parts.append(
                    f"<p><i>{html.escape(self.tr('Usefulness: {n} of 5').format(n=note.rating))}</i></p>"
                )
            if note.submitted_at is None:
                parts.append(f"<p><i>{html.escape(self.tr('Draft: only you can see it.'))}</i></p>")
        return "".join(parts)


class ReflectionsView(QWidget):
    counts_shown = Signal()  # everything the filters asked for (pages, counts, debrief), read in workers, is shown

    def __init__(
        self,
        services,
        clock: Callable[[], datetime],
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
        signed_in: SignedIn | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._signed_in = signed_in_for(services, signed_in)
        self._clock = clock
        self._pool = pool  # the editor's saves: the global pool unless one is given, not the reads' lane
        self._tasks = TaskRunner(pool or reads_lane())
        self._viewer: int | None = None
        # The reads of the view's own (the tables read their pages themselves), by what they read.
        self._reads: dict[str, Task] = {}
        self._error: BaseException | None = None  # why the last read of the view's own failed
        self.editor: ReflectionEditor | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Reflections"))
        heading.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.viewer_label = QLabel()
        self.viewer_label.setWordWrap(True)
        self.loading_label = QLabel()
        # It keeps its place when hidden, so the tables do not jump each time a read starts or ends.
        keep_place = self.loading_label.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)
        self.loading_label.setSizePolicy(keep_place)
        self.loading_label.hide()
        self.tabs = QTabWidget()
        layout.addWidget(heading)
        layout.addWidget(self.viewer_label)
        layout.addWidget(self.loading_label)
        layout.addWidget(self.tabs, 1)

        self.due_model, self.notes_model = DueModel(self._tasks, self), NotesModel(self._tasks, self)
        for model in (self.due_model, self.notes_model):
            model.read_done.connect(self._read_ended)
        self.due_table = _table(self.due_model, (DueModel.COL_WITH, DueModel.COL_SUBJECT))
        self.notes_table = _table(self.notes_model, (NotesModel.COL_AUTHOR, NotesModel.COL_SUBJECT))
        self.write_button = QPushButton(self.tr("&Write reflection"))
        self.remind_button = QPushButton(self.tr("Send &reminder by email"))
        self.open_button = QPushButton(self.tr("&Open my note"))
        self.debrief_button = QPushButton(self.tr("Show &debrief"))
        self.tabs.addTab(self._page(self.due_table, self.write_button, self.remind_button), self.tr("D&ue"))
        self.tabs.addTab(
            self._page(self.notes_table, self.open_button, self.debrief_button), self.tr("&Notes")
        )
        debrief_page = QWidget()
        debrief_layout = QVBoxLayout(debrief_page)
        self.session_combo = QComboBox()
        self.debrief = DebriefPanel()
        debrief_layout.addWidget(self.session_combo)
        debrief_layout.addWidget(self.debrief, 1)
        self.tabs.addTab(debrief_page, self.tr("De&brief"))
        # Built after the tabs, so Tab from the sidebar reaches the tables first; shown above them.
        layout.insertWidget(3, self._filter_bar())

        self.write_button.clicked.connect(self._write_due)
        self.remind_button.clicked.connect(self._remind)
        self.open_button.clicked.connect(self._open_note)
        self.debrief_button.clicked.connect(self._debrief_of_note)
        self.due_table.doubleClicked.connect(self._write_due)
        self.notes_table.doubleClicked.connect(self._debrief_of_note)
        self.session_combo.currentIndexChanged.connect(self._show_debrief)

    def _filter_bar(self) -> QWidget:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.program_combo = QComboBox()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Part of a name"))
        self.name_edit.setClearButtonEnabled(True)
        self.mine_check = QCheckBox(self.tr("Only &mine"))
        self.status_combo = QComboBox()
        for text, status in ((self.tr("Any status"), None), (self.tr("Drafts"), ReflectionStatus.DRAFT),
                             (self.tr("Submitted"), ReflectionStatus.SUBMITTED)):
            self.status_combo.addItem(text, status)
        self.status_combo.setToolTip(self.tr("Applies to the notes; what is due has no note submitted yet"))
        self.period_combo = QComboBox()
        for days in PERIODS_DAYS:
            self.period_combo.addItem(self.tr("Any time") if days is None
                                      else self.tr("Sessions of the last %n day(s)", "", days), days)
        # The choices are at least as wide as a short one, not the longest (a program's name, "Séances des
        # 365 derniers jours"): sized to their longest, the bar alone was wider than a 1024 px window in
        # French. A wider window gives the program's name its share of the room, with the person's.
        for combo in (self.program_combo, self.status_combo, self.period_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(COMBO_CHARACTERS)
        for label, widget in ((self.tr("Pro&gram"), self.program_combo), (self.tr("Pe&rson"), self.name_edit),
                              (None, self.mine_check), (self.tr("S&tatus"), self.status_combo),
                              (self.tr("Peri&od"), self.period_combo)):
            if label is not None:
                buddy = QLabel(label)
                buddy.setBuddy(widget)
                row.addWidget(buddy)
            row.addWidget(widget, 1 if widget in (self.name_edit, self.program_combo) else 0)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filters)
        self.name_edit.textChanged.connect(self._typing.start)
        # The signals' own arguments (checked, index) are not apply_filters' business.
        self.mine_check.toggled.connect(lambda _checked: self.apply_filters())
        for combo in (self.program_combo, self.status_combo, self.period_combo):
            combo.currentIndexChanged.connect(lambda _index: self.apply_filters())
        return bar

    def _page(self, table: QTableView, *buttons: QPushButton) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        return page

    def refresh(self) -> None:
        viewer = self._signed_in.viewer
        self._viewer = None if viewer is None else viewer.person_id
        if viewer is None:
            self.viewer_label.setText(
                self.tr(
                    "Program office view: nobody has claimed this database yet, so you see the notes shared "
                    "with the program and everyone's due reflections. To write your own notes, choose who "
                    "you are (File > Who Are You…)."
                )
            )
        else:
            self.viewer_label.setText(
                self.tr("Your reflections and the notes shared with you ({name}).").format(name=viewer.full_name)
            )
        self.write_button.setEnabled(self._viewer is not None)
        self.open_button.setEnabled(self._viewer is not None)
        self.mine_check.blockSignals(True)
        self.mine_check.setEnabled(self._viewer is not None)
        self.mine_check.setChecked(self._viewer is not None)
        self.mine_check.blockSignals(False)
        self._show_counts(None)
        programs = self._services.programs
        self._start("programs", lambda _cancelled: programs.list_programs(), self._fill_programs)

    def _fill_programs(self, programs: list[ProgramInfo]) -> None:
        """All programs, then each; the one shown is the one chosen before, else the latest active one.
        Then the rows of what the filters say."""
        chosen = self.program_combo.currentData() if self.program_combo.count() else "latest"
        self.program_combo.blockSignals(True)
        self.program_combo.clear()
        self.program_combo.addItem(self.tr("All programs"), None)
        for program in programs:
            self.program_combo.addItem(program.name, program.id)
        if chosen == "latest":
            active = [p for p in programs if p.status is ProgramStatus.ACTIVE]
            chosen = max(active, key=lambda p: p.start_date).id if active else None
        self.program_combo.setCurrentIndex(max(0, self.program_combo.findData(chosen)))
        self.program_combo.blockSignals(False)
        self.apply_filters()

    def listing(self) -> NoteFilter:
        """What the filters ask for, as the service filters it."""
        days = self.period_combo.currentData()
        return NoteFilter(
            program_id=self.program_combo.currentData(),
            person_id=self._viewer if self.mine_check.isChecked() else None,
            name=self.name_edit.text(),
            status=self.status_combo.currentData(),
            since=None if days is None else self._clock() - timedelta(days=days),
        )

    def apply_filters(self) -> None:
        """Each table's first page, the sessions to debrief and the counts, read one after the other in a
        worker (gui/workers.reads_lane); the filters stay usable meanwhile, and a newer choice drops what
        the older one still reads. A filter chosen while the programs are being read is kept, and read
        again with the program they bring."""
        self._typing.stop()
        reflections, viewer, listing, now = self._services.reflections, self._viewer, self.listing(), self._clock()
        office = self._signed_in.reads_every_program
        days = self._services.settings.get("reflection_reminder_days")

        def due(offset: int, limit: int, order: str):
            return reflections.due(now, None, days, listing, Page(offset, limit, order))

        def readable(offset: int, limit: int, order: str):
            return reflections.readable(viewer, listing=listing, page=Page(offset, limit, order), office=office)

        self._show_counts(None)
        self._error = None
        self._drop("debrief")
        self.due_model.load(due)
        self.notes_model.load(readable)
        self._start("sessions", lambda _cancelled: reflections.sessions_of(viewer, listing, DEBRIEF_SESSIONS,
                                                                           before=now),
                    self._fill_sessions)

        def counts(cancelled: Callable[[], bool]) -> tuple[int, int] | None:
            due = reflections.count_due(now, days, listing)  # the longer count: a newer filter stops after it
            return None if cancelled() else (due, reflections.count_readable(viewer, listing, office))

        self._start("counts", counts, self._show_counts)

    def _start(self, what: str, read: Callable[[Callable[[], bool]], object], show: Callable) -> None:
        """read(cancelled) in a worker, then show(its result) here, unless a newer read of `what` began
        meanwhile (a read may stop early once cancelled() is true: the lane's next read waits for it)."""
        self._drop(what)
        task = self._reads[what] = self._tasks.run(lambda _progress, cancelled: read(cancelled), self)
        task.finished.connect(show)
        task.finished.connect(self._read_ended)  # slots run in the order connected: after show
        task.failed.connect(self._failed)
        self._show_loading()

    def _drop(self, what: str) -> None:
        task = self._reads.pop(what, None)
        if task is not None and task.running:
            task.cancel()  # of the filters before: never shown

    def _failed(self, error: BaseException) -> None:
        self._error = error
        self._read_ended()

    def _read_ended(self, _result=None) -> None:
        self._show_loading()
        if self.is_loaded():
            self.counts_shown.emit()

    def _show_loading(self) -> None:
        """"Loading…" while a read runs; then nothing, or why a read failed (until the filters change)."""
        errors = [e for e in (self._error, self.due_model.error, self.notes_model.error) if e is not None]
        if errors:
            text = self.tr("Could not read the notes: {error}").format(error=errors[0])
        else:
            text = "" if self.is_loaded() else self.tr("Loading…")
        self.loading_label.setText(text)
        self.loading_label.setVisible(bool(text))

    def _fill_sessions(self, sessions) -> None:
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for session in sessions:
            self.session_combo.addItem(
                f"{session.starts_at.astimezone().date().isoformat()} · {kind_label(session.kind)} · "
                f"{session.host_name} / {', '.join(session.guest_names)}",
                session.id,
            )
        self.session_combo.blockSignals(False)
        self._show_debrief()

    def _show_counts(self, counts: tuple[int, int] | None) -> None:
        due, notes = counts if counts else ("…", "…")
        self.tabs.setTabText(0, self.tr("D&ue ({count})").format(count=due))
        self.tabs.setTabText(1, self.tr("&Notes ({count})").format(count=notes))

    def is_loaded(self) -> bool:
        """Nothing the filters chose (programs, pages, counts, sessions, the debrief) is still being read."""
        return not (any(task.running for task in self._reads.values())
                    or self.due_model.is_reading() or self.notes_model.is_reading())

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        """Another section took the window: let go of the rows (refresh() fetches them again on return).
        Minimising the window hides it too (spontaneously), and must keep them."""
        if not event.spontaneous():
            for what in list(self._reads):
                self._drop(what)
            self.due_model.load(None)
            self.notes_model.load(None)
            self.session_combo.clear()
            self._show_loading()
        super().hideEvent(event)

    def _selected(self, table: QTableView, model):
        """The selected row, else the one with the keyboard focus (a table given focus by Tab has one)."""
        rows = table.selectionModel().selectedRows()
        row = rows[0].row() if rows else table.currentIndex().row()
        return model.row_at(row) if 0 <= row < model.rowCount() else None

    def open_editor(self, session_id: int, author_id: int) -> ReflectionEditor | None:
        try:
            editor = ReflectionEditor(
                self._services.reflections,
                session_id,
                author_id,
                self._services.paths.data / "drafts",
                self._pool,
                self,
            )
        except UserError as exc:
            prompts.show_error(self, self.tr("The note cannot be opened"), str(exc))
            return None
        editor.finished.connect(self.refresh)
        editor.open()
        self.editor = editor
        return editor

    def _write_due(self) -> None:
        due = self._selected(self.due_table, self.due_model)
        if due is not None and self._viewer is not None and due.person_id == self._viewer:
            self.open_editor(due.session.id, self._viewer)

    def _open_note(self) -> None:
        note = self._selected(self.notes_table, self.notes_model)
        if note is None or self._viewer is None:
            return
        if note.author_id != self._viewer:
            prompts.show_info(self, self.tr("Not your note"), self.tr("You can only edit notes you wrote."))
            return
        self.open_editor(note.session.id, self._viewer)

    def _remind(self) -> None:
        due = self._selected(self.due_table, self.due_model)
        if due is None:
            return
        theirs = self._services.reflections.due(
            self._clock(), due.person_id, days=self._services.settings.get("reflection_reminder_days")
        )
        QDesktopServices.openUrl(QUrl(reminder_mailto(theirs)))

    def _debrief_of_note(self) -> None:
        note = self._selected(self.notes_table, self.notes_model)
        if note is None:
            return
        index = self.session_combo.findData(note.session.id)
        if index < 0:
            self.session_combo.addItem(note.session.starts_at.astimezone().date().isoformat(), note.session.id)
            index = self.session_combo.count() - 1
        self.session_combo.setCurrentIndex(index)
        self._show_debrief()
        self.tabs.setCurrentIndex(2)

    def _show_debrief(self) -> None:
        """The chosen session's notes, read in a worker; the panel empties at once, so nobody reads the
        notes of the session chosen before under this one's name."""
        self._drop("debrief")
        self.debrief.host_view.clear()
        self.debrief.guest_view.clear()
        session_id = self.session_combo.currentData()
        if session_id is None:
            self.debrief.title.setText(self.tr("No completed session to debrief yet."))
            self._read_ended()
            return
        self.debrief.title.setText(self.tr("Loading…"))
        reflections, viewer, office = self._services.reflections, self._viewer, self._signed_in.reads_every_program
        self._start("debrief", lambda _cancelled: reflections.debrief(session_id, viewer, office),
                    self.debrief.show_debrief)
