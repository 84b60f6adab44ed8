"""Send Invites…: the meeting requests, updates and cancellations of a program, a round, a pair, a person or
chosen sessions, previewed per recipient, then sent by email or saved as .ics files; and Remind…, one digest
per person of every note they owe.

Entry points: InvitesDialog(services, scope, parent).open() and RemindersDialog(services, parent).open();
both show an Outbox (the preview, Send, Stop, the failures), composed rather than inherited so that each
class's strings are translated in the context lupdate files them under (PySide6's tr() takes the context of
the object's class, not of the class that wrote the string).
What would be sent is planned by services.invites from its send log (new, updated or cancelled per person),
off the GUI thread, and planned again after every send, so the preview always shows what is left to send.
Sending runs off the GUI thread too: Stop ends it between two messages, keeping what went; a recipient the
server refuses is listed at the end and the others are still sent. Built in code: the rows shown depend on
what the invites are for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shadowdesk.errors import PlainWordsError
from shadowdesk.gui import prompts
from shadowdesk.gui.workers import Task, TaskRunner
from shadowdesk.services.invites import CANCELLED, NEW, REMINDER, UPDATED, InviteScope, Outgoing, SendReport

PROGRAM, ROUND, PAIR, PERSON, SESSIONS = "program", "round", "pair", "person", "sessions"


class Outbox(QWidget):
    """What both dialogs show: the preview per recipient, Send with progress and Stop, the failures.

    planner() returns the planning work for what is chosen now, or why nothing can be planned (a str);
    summary(planned) and nothing() put the plan, or its absence, in words."""

    sent = Signal(object)  # the SendReport of a send that ended (finished or stopped)

    def __init__(self, services, tasks: TaskRunner, planner: Callable[[], Callable[[], list[Outgoing]] | str],
                 summary: Callable[[list[Outgoing]], str], nothing: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._invites = services.invites
        self._tasks = tasks
        self._planner, self._summary, self._nothing = planner, summary, nothing
        self.can_use_plan: list[Callable[[bool], None]] = []  # enable the dialog's own buttons with a plan
        self._stop = threading.Event()
        self._plan_task: Task | None = None
        self._send_task: Task | None = None
        self._sending = False
        self.planned: list[Outgoing] | None = None  # None while it is being planned (or could not be)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.preview = QTreeWidget()
        self.preview.setHeaderLabels([self.tr("Recipient, and what about"), self.tr("What they get")])
        self.preview.setAccessibleName(self.tr("Who gets what"))
        self.preview.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.preview.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.preview.header().setStretchLastSection(False)
        layout.addWidget(self.preview, 1)
        password_row = self._password_row = QWidget()
        row = QHBoxLayout(password_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.password_label = QLabel()
        self.password_label.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Mail server password"))
        self.password_label.setBuddy(self.password_edit)
        row.addWidget(self.password_label, 1)
        row.addWidget(self.password_edit, 1)
        password_row.hide()
        layout.addWidget(password_row)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sending progress"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.failures = QListWidget()
        self.failures.setAccessibleName(self.tr("Messages not sent, and why"))
        self.failures.setMaximumHeight(120)
        self.failures.setWordWrap(True)  # a server's answer is long: all of it readable, no sideways scrolling
        self.failures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.failures.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.failures.hide()
        layout.addWidget(self.failures)
        buttons = QHBoxLayout()
        self.actions_row = QHBoxLayout()
        self.send_button = self.button(self.tr("&Send by email"))
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.setAutoDefault(False)
        self.stop_button.setEnabled(False)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addLayout(self.actions_row)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.close_box)
        layout.addLayout(buttons)
        self.send_button.clicked.connect(self.send)
        self.password_edit.returnPressed.connect(self.send)
        self.stop_button.clicked.connect(self.stop)

    def button(self, text: str) -> QPushButton:
        """A button at the bottom left; never the default one, so Enter sends no email by accident."""
        button = QPushButton(text)
        button.setAutoDefault(False)
        self.actions_row.addWidget(button)
        return button

    # ----- what would be sent -----
    def replan(self) -> None:
        if self._plan_task is not None:
            self._plan_task.cancel()  # a scope chosen meanwhile makes its result stale: it is never shown
        self.planned = None
        self.preview.clear()
        self._enable_actions()
        planner = self._planner()
        if isinstance(planner, str):
            self.summary_label.setText(planner)
            return
        self.summary_label.setText(self.tr("Finding who gets what…"))
        self._plan_task = task = self._tasks.run(lambda _progress, _cancelled: planner(), parent=self)
        task.finished.connect(self._show_plan)
        task.failed.connect(self._plan_failed)

    def _show_plan(self, planned: list[Outgoing]) -> None:
        self.planned = planned
        recipients: dict[str, QTreeWidgetItem] = {}
        for message in planned:
            person = recipients.get(message.recipient_email.casefold())
            if person is None:
                person = QTreeWidgetItem(self.preview, [f"{message.recipient_name} <{message.recipient_email}>"])
                recipients[message.recipient_email.casefold()] = person
            for title in message.titles:
                item = QTreeWidgetItem(person, [title, self._change_words(message.change)])
                item.setToolTip(0, title)  # the whole line where the column cuts it
        for person in recipients.values():
            person.setText(1, self.tr("%n message(s)", "", person.childCount()))
        self.preview.expandAll()
        self.summary_label.setText(self._summary(planned) if planned else self._nothing())
        self._enable_actions()

    def _change_words(self, change: str) -> str:
        return {NEW: self.tr("new invitation"), UPDATED: self.tr("update"), CANCELLED: self.tr("cancellation"),
                REMINDER: self.tr("reminder")}[change]

    def _plan_failed(self, error: BaseException) -> None:
        if not isinstance(error, PlainWordsError):
            raise error  # a bug: the application's excepthook logs it and names the log file
        self.summary_label.setText(str(error))

    def _enable_actions(self) -> None:
        self.send_button.setEnabled(bool(self.planned) and not self._sending)
        self.stop_button.setEnabled(self._sending)
        for enable in self.can_use_plan:
            enable(bool(self.planned))

    # ----- sending -----
    def send(self) -> None:
        if not self.planned or self._sending:
            return
        title = self.window().windowTitle()
        if not self._services.settings.get("mail_host").strip():
            prompts.show_error(self, title, self.tr(
                "No outgoing mail server is set. Enter it in Edit > Preferences… (Outgoing mail server), "
                "then send again."))
            return
        server = self._invites.mail_server(password=self.password_edit.text() or None)
        if server.user and not server.password:
            self.password_label.setText(self.tr(
                "The mail server asks for the pass&word of {user}. Type it here (or save it in Edit > "
                "Preferences…) and send again:").format(user=server.user))
            self._password_row.show()
            self.password_edit.setFocus()
            return
        planned, invites, stop = list(self.planned), self._invites, self._stop
        stop.clear()
        self.failures.clear()
        self.failures.hide()
        self.result_label.setText(self.tr("Sending…"))
        self.progress.setRange(0, len(planned))
        self.progress.setValue(0)
        self.progress.show()
        self._sending = True  # Stop is live before the work starts (a synchronous pool runs it at once)
        self._enable_actions()
        task = self._tasks.run(
            lambda progress, cancelled: invites.send(planned, server, progress, lambda: cancelled() or stop.is_set()),
            parent=self)
        task.progress.connect(self._progressed)
        task.finished.connect(self._sent)
        task.failed.connect(self._send_failed)
        self._send_task = task  # kept until it has ended

    def stop(self) -> None:
        """The message being handed over still goes; nothing after it."""
        self._stop.set()
        self.stop_button.setEnabled(False)
        self.result_label.setText(self.tr("Stopping after the message being sent…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        if not self._stop.is_set():
            self.result_label.setText(self.tr("Sending {done} of {total}…").format(done=done + 1, total=total))

    def _sent(self, report: SendReport) -> None:
        self._end_send()
        total = self.progress.maximum()
        words = self.tr("Stopped: sent {sent} of {total} messages; the others are still to send.") \
            if report.stopped else self.tr("Sent {sent} of {total} messages.")
        text = words.format(sent=len(report.sent), total=total)
        if report.failed:
            text += " " + self.tr("%n message(s) could not be sent; they are offered again next time:", "",
                                  len(report.failed))
            for message, reason in report.failed:
                self.failures.addItem(f"{message.recipient_name} <{message.recipient_email}>: {reason}")
            self.failures.show()
        self.result_label.setText(text)
        self.sent.emit(report)
        self.replan()

    def _send_failed(self, error: BaseException) -> None:
        self._end_send()
        if not isinstance(error, PlainWordsError):
            raise error  # a bug: the application's excepthook logs it and names the log file
        self.result_label.setText(str(error))
        self.replan()  # what went before the failure is logged: the preview shows what is left

    def _end_send(self) -> None:
        self._sending = False
        self.progress.hide()
        self._password_row.hide()
        self._enable_actions()

    def stop_quietly(self) -> None:
        """The dialog closes: a send stops between two messages, as with Stop."""
        self._stop.set()


def _outbox_dialog(dialog: QDialog, outbox: Outbox) -> QVBoxLayout:
    """The dialog's layout holding outbox, closed by its Close button; a send stops when it closes."""
    dialog.resize(760, 560)
    layout = QVBoxLayout(dialog)
    layout.addWidget(outbox, 1)
    outbox.close_box.rejected.connect(dialog.reject)
    dialog.finished.connect(outbox.stop_quietly)
    return layout


class InvitesDialog(QDialog):
    """Invites for the scope the caller passes; the user may choose another program, round, pair or person.
    For a pair, give its program_id too (else the dialog looks the pair's program up)."""

    def __init__(self, services, scope: InviteScope, parent: QWidget | None = None,
                 tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks or TaskRunner()
        self.outbox = Outbox(services, self._tasks, self._planner, self._summary, self._nothing_to_send, self)
        layout = _outbox_dialog(self, self.outbox)
        self._session_ids = scope.session_ids
        self.setWindowTitle(self.tr("Send invites"))
        form = self._form = QFormLayout()
        self.kind_combo = QComboBox()
        for kind, words in ((PROGRAM, self.tr("Every session of a program")),
                            (ROUND, self.tr("The sessions of one round of a program")),
                            (PAIR, self.tr("The sessions of one pair")),
                            (PERSON, self.tr("The sessions of one person"))):
            self.kind_combo.addItem(words, kind)
        if scope.session_ids:
            self.kind_combo.addItem(self.tr("The %n chosen session(s)", "", len(scope.session_ids)), SESSIONS)
        self.program_combo = QComboBox()
        for program in services.scheduling.programs():
            self.program_combo.addItem(program.name, program.id)
        self.detail_combo = QComboBox()
        self.detail_label = QLabel()
        self.detail_label.setBuddy(self.detail_combo)
        form.addRow(self.tr("&Invites for:"), self.kind_combo)
        form.addRow(self.tr("&Program:"), self.program_combo)
        form.addRow(self.detail_label, self.detail_combo)
        for combo, name in ((self.kind_combo, self.tr("Invites for")), (self.program_combo, self.tr("Program"))):
            combo.setAccessibleName(name)
        layout.insertLayout(0, form)
        self.save_button = self.outbox.button(self.tr("Sa&ve as .ics files…"))
        self.remind_button = self.outbox.button(self.tr("Re&mind of notes due…"))
        self.outbox.can_use_plan.append(self.save_button.setEnabled)
        self.save_button.clicked.connect(self.save_files)
        self.remind_button.clicked.connect(self.remind)
        self.reminders: RemindersDialog | None = None
        self._choose(scope)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.program_combo.currentIndexChanged.connect(self._program_changed)
        self.detail_combo.currentIndexChanged.connect(self.outbox.replan)
        self.outbox.replan()

    # ----- what the invites are for -----
    def _choose(self, scope: InviteScope) -> None:
        program_id = scope.program_id
        if scope.session_ids:
            kind = SESSIONS
        elif scope.pairing_id is not None:
            kind = PAIR
            if program_id is None:
                program_id = self._program_of_pair(scope.pairing_id)
        elif scope.person_id is not None:
            kind = PERSON
        else:
            kind = ROUND if scope.round is not None else PROGRAM
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        if program_id is not None:
            self.program_combo.setCurrentIndex(max(0, self.program_combo.findData(program_id)))
        self._fill_details()
        detail = {ROUND: scope.round, PAIR: scope.pairing_id, PERSON: scope.person_id}.get(kind)
        if detail is not None:
            self.detail_combo.setCurrentIndex(max(0, self.detail_combo.findData(detail)))

    def _program_of_pair(self, pairing_id: int) -> int | None:
        for index in range(self.program_combo.count()):
            program_id = self.program_combo.itemData(index)
            if any(pair.id == pairing_id for pair in self._services.pairing.list_pairs(program_id)):
                return program_id
        return None

    def _kind_changed(self) -> None:
        self._fill_details()
        self.outbox.replan()

    def _program_changed(self) -> None:
        if self.kind_combo.currentData() in (ROUND, PAIR):
            self._fill_details()
        self.outbox.replan()

    def _fill_details(self) -> None:
        """The rows the chosen kind needs, and the rounds, pairs or people to choose from."""
        kind = self.kind_combo.currentData()
        self._form.setRowVisible(self.program_combo, kind in (PROGRAM, ROUND, PAIR))
        self._form.setRowVisible(self.detail_combo, kind in (ROUND, PAIR, PERSON))
        self.detail_combo.blockSignals(True)  # one plan for the new list, not one per item added
        self.detail_combo.clear()
        program_id = self.program_combo.currentData()
        if kind in (ROUND, PAIR) and program_id is not None:
            pairs = self._services.pairing.list_pairs(program_id)
            if kind == ROUND:
                for number in sorted({pair.round for pair in pairs if pair.round is not None}):
                    self.detail_combo.addItem(self.tr("Round {round}").format(round=number), number)
            else:
                for pair in pairs:
                    self.detail_combo.addItem(self.tr("{a} and {b} (round {round})").format(
                        a=pair.person_a_name, b=pair.person_b_name, round=pair.round or "–"), pair.id)
        elif kind == PERSON:
            for person in self._services.scheduling.people():
                self.detail_combo.addItem(f"{person.name} <{person.email}>", person.id)
        self.detail_combo.blockSignals(False)
        label = {ROUND: self.tr("R&ound:"), PAIR: self.tr("P&air:"), PERSON: self.tr("Pe&rson:")}.get(kind, "")
        self.detail_label.setText(label)
        self.detail_combo.setAccessibleName(label.replace("&", "").rstrip(":"))

    def scope(self) -> InviteScope | None:
        """What is chosen now; None when there is nothing to choose from (the summary says so)."""
        kind, program_id, detail = (self.kind_combo.currentData(), self.program_combo.currentData(),
                                    self.detail_combo.currentData())
        if kind == SESSIONS:
            return InviteScope(session_ids=self._session_ids)
        if kind == PERSON:
            return InviteScope(person_id=detail) if detail is not None else None
        if program_id is None:
            return None
        if kind == PROGRAM:
            return InviteScope(program_id=program_id)
        if detail is None:
            return None
        return InviteScope(program_id=program_id, round=detail) if kind == ROUND else \
            InviteScope(program_id=program_id, pairing_id=detail)

    def _planner(self) -> Callable[[], list[Outgoing]] | str:
        scope = self.scope()
        if scope is None:
            return (self.tr("There is no program yet.") if self.program_combo.count() == 0
                    else self.tr("This program has no pairs yet.") if self.kind_combo.currentData() in (ROUND, PAIR)
                    else self.tr("There is nobody to invite yet."))
        invites = self._services.invites
        return lambda: invites.plan(scope)

    def _nothing_to_send(self) -> str:
        return self.tr("Nothing to send: everyone has the latest of every session here.")

    def _summary(self, planned: list[Outgoing]) -> str:
        counts = {change: sum(m.change == change for m in planned) for change in (NEW, UPDATED, CANCELLED)}
        people = len({m.recipient_email.casefold() for m in planned})
        return self.tr("{messages} to {people}: {new} new, {updated} updated, {cancelled} cancelled.").format(
            messages=self.tr("%n message(s)", "", len(planned)), people=self.tr("%n person(s)", "", people),
            new=counts[NEW], updated=counts[UPDATED], cancelled=counts[CANCELLED])

    # ----- the other actions -----
    def save_files(self) -> None:
        """The calendars of the preview as .ics files, to open or send by hand; nothing counts as sent."""
        planned = self.outbox.planned
        if not planned:
            return
        title = self.tr("Save the invites as calendar files")
        folder = prompts.choose_folder(self, title, str(self._services.paths.exports))
        if not folder:
            return
        try:
            written = self._services.invites.save(planned, Path(folder))
        except (PlainWordsError, OSError) as exc:
            prompts.show_error(self, title, str(exc))
            return
        self.outbox.result_label.setText(self.tr("Saved %n calendar file(s) in {folder}.", "", len(written))
                                  .format(folder=folder))

    def remind(self) -> None:
        self.reminders = RemindersDialog(self._services, self, self._tasks)
        self.reminders.open()


class RemindersDialog(QDialog):
    """One digest per person of every note they owe, unless reminded within the setting's days."""

    def __init__(self, services, parent: QWidget | None = None, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Remind of notes due"))
        self.outbox = Outbox(services, tasks or TaskRunner(), lambda: services.invites.plan_reminders,
                             self._summary, self._nothing_to_send, self)
        _outbox_dialog(self, self.outbox)
        self.outbox.replan()

    def _summary(self, planned: list[Outgoing]) -> str:
        return self.tr("%n reminder(s), one per person, each listing every note they still owe.", "", len(planned))

    def _nothing_to_send(self) -> str:
        return self.tr("Nobody owes a note, or everyone who does was reminded in the last %n day(s).", "",
                       self._services.settings.get("reminder_every_days"))
