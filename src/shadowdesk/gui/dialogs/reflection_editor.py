"""The reflection editor: guided prompts, free text, rating and visibility; never loses a word.

Two safety nets while typing: half a second after typing pauses, a crash-recovery copy goes to a local
file (gui/draft_recovery.py); two seconds after, the draft is saved to the database in a worker thread
(a Task of gui/workers.py), so a slow server never freezes the window. Closing the editor waits for that
save only, never for other work in the pool (a report being built), then saves what is left.

The same author with the note open in two windows (or two ShadowDesk instances): the window that saves
second is refused. An autosave refusal only says so in the status line (a dialog popping up while the
user types would be worse) and autosave pauses; the text stays in the form and in the recovery copy.
The next deliberate step (Save draft, Submit or closing) asks: reload the other window's version,
overwrite it, or go back to the note. Both windows share one recovery file, so a window removes it
after a save only when it still holds what that window saved.
"""

from __future__ import annotations

import threading
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QTime, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QWidget

from shadowdesk import labels
from shadowdesk.domain import SessionKind, Visibility
from shadowdesk.errors import PlainWordsError
from shadowdesk.gui import prompts
from shadowdesk.gui.draft_recovery import DraftContent, DraftRecovery
from shadowdesk.gui.forms.ui_reflection_editor import Ui_ReflectionEditor
from shadowdesk.gui.workers import Task, TaskRunner
from shadowdesk.services.errors import StaleRecord

AUTOSAVE_MS = 2000
RECOVERY_MS = 500


class ReflectionEditor(QDialog):
    saved = Signal()
    submitted = Signal(int)  # the reflection id

    def __init__(
        self,
        reflections,
        session_id: int,
        author_id: int,
        drafts_folder: Path,
        tasks: TaskRunner | QThreadPool | None = None,
        parent: QWidget | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        recovery_ms: int = RECOVERY_MS,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReflectionEditor()
        self.ui.setupUi(self)
        self._reflections = reflections
        # A bare pool is still accepted from the callers that pass one (the Reflections view does).
        self._tasks = tasks if isinstance(tasks, TaskRunner) else TaskRunner(tasks)
        self._save_task: Task | None = None  # the background save in flight, the only work closing waits for
        self._recovery = DraftRecovery(drafts_folder, session_id, author_id)
        self._note_of = (session_id, author_id)
        self._draft = reflections.open_draft(session_id, author_id)
        self._version = self._draft.version_id
        self._version_lock = threading.Lock()  # the version is read and raised by worker threads
        self._saving = False
        self._save_again = False
        self._dirty = False
        self._conflict: StaleRecord | None = None  # another window saved first; waits for the user's choice
        self._autosave = self._single_shot(autosave_ms, self.save_in_background)
        self._recovery_timer = self._single_shot(recovery_ms, self.write_recovery_copy)
        self._answer_edits = self._build_prompts()
        self.ui.statusLabel.setWordWrap(True)  # a refusal's explanation must not widen the window
        self._fill_choices()
        self._show(self._stored_content())
        self._restore_recovery_copy()
        for edit in (*self._answer_edits, self.ui.freeTextEdit):
            edit.textChanged.connect(self._changed)
        self.ui.ratingCombo.currentIndexChanged.connect(self._changed)
        self.ui.visibilityCombo.currentIndexChanged.connect(self._changed)
        self.ui.saveButton.clicked.connect(self.save_draft)
        self.ui.submitButton.clicked.connect(self.submit)
        self.ui.closeButton.clicked.connect(self.close)

    def _single_shot(self, interval: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def _build_prompts(self) -> list[QPlainTextEdit]:
        draft = self._draft
        session = draft.session
        kind = labels.label(SessionKind(session.kind))
        self.setWindowTitle(
            self.tr("Reflection: {kind} on {date}").format(
                kind=kind, date=session.starts_at.astimezone().date().isoformat()
            )
        )
        self.ui.headingLabel.setText(self.tr("{name}'s reflection").format(name=draft.author_name))
        others = ", ".join(session.guest_names) if draft.role == "host" else session.host_name
        self.ui.sessionLabel.setText(
            self.tr("{kind} on {date} with {others}{subject}").format(
                kind=kind,
                date=session.starts_at.astimezone().date().isoformat(),
                others=others,
                subject=f" · {session.subject}" if session.subject else "",
            )
        )
        edits = []
        for prompt in draft.prompts:
            label = QLabel(prompt)
            label.setWordWrap(True)
            label.setStyleSheet("font-weight: 600;")
            edit = QPlainTextEdit()
            edit.setMinimumHeight(80)
            edit.setTabChangesFocus(True)  # Tab moves on to the next answer, as in any form
            label.setBuddy(edit)
            self.ui.promptsLayout.addWidget(label)
            self.ui.promptsLayout.addWidget(edit)
            edits.append(edit)
        # Made after the form, the answers would come last in the tab order: put them where they show.
        ui = self.ui
        chain = [*edits, ui.freeTextEdit, ui.ratingCombo, ui.visibilityCombo, ui.saveButton, ui.submitButton,
                 ui.closeButton]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        # The first answer, not the scroll area around it, takes the focus when the editor opens. Set only
        # now: with a NoFocus scroll area Qt leaves the tab order above unchanged.
        ui.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return edits

    def _fill_choices(self) -> None:
        self.ui.ratingCombo.addItem(self.tr("Not rated"), None)
        for value, text in (
            (1, self.tr("1 – not useful")),
            (2, "2"),
            (3, "3"),
            (4, "4"),
            (5, self.tr("5 – very useful")),
        ):
            self.ui.ratingCombo.addItem(text, value)
        for visibility in Visibility:
            self.ui.visibilityCombo.addItem(labels.label(visibility), visibility.value)

    # Content -----------------------------------------------------------------------------------------

    def _stored_content(self) -> DraftContent:
        draft = self._draft
        return DraftContent(draft.answers, draft.free_text, draft.rating, str(draft.visibility))

    def content(self) -> DraftContent:
        return DraftContent(
            tuple(edit.toPlainText() for edit in self._answer_edits),
            self.ui.freeTextEdit.toPlainText(),
            self.ui.ratingCombo.currentData(),
            self.ui.visibilityCombo.currentData(),
        )

    def _show(self, content: DraftContent) -> None:
        for edit, answer in zip(self._answer_edits, content.answers, strict=False):
            edit.setPlainText(answer)
        self.ui.freeTextEdit.setPlainText(content.free_text)
        self.ui.ratingCombo.setCurrentIndex(max(0, self.ui.ratingCombo.findData(content.rating)))
        self.ui.visibilityCombo.setCurrentIndex(max(0, self.ui.visibilityCombo.findData(content.visibility)))
        submitted = self._draft.status == "submitted"
        self.ui.submitButton.setEnabled(not submitted)
        self.ui.statusLabel.setText(self.tr("Submitted") if submitted else self.tr("Draft"))

    def _restore_recovery_copy(self) -> None:
        """A copy newer than the database draft holds words typed just before a crash: bring them back."""
        recovered = self._recovery.read()
        stored = self._stored_content()
        usable = (
            recovered is not None
            and recovered.saved_at > self._draft.updated_at
            and recovered.content != stored
            and len(recovered.content.answers) == len(stored.answers)
        )
        self.ui.recoveryLabel.setVisible(usable)
        if recovered is None:
            return
        if usable:
            self._show(recovered.content)
            self._dirty = True
            self._autosave.start()
        else:
            self._recovery.remove()

    def _changed(self) -> None:
        self._dirty = True
        self.ui.statusLabel.setText(self.tr("Not saved yet"))
        self._recovery_timer.start()
        self._autosave.start()

    # Saving ------------------------------------------------------------------------------------------

    def write_recovery_copy(self) -> None:
        if self._dirty:
            self._recovery.write(self.content())

    def save_draft(self) -> None:
        """The "Save draft" button: after a refusal it first asks what to keep."""
        if self._conflict is not None and self._settle_conflict(self._conflict) != "overwrite":
            return
        self.save_in_background()

    def save_in_background(self) -> None:
        """Autosave and "Save draft": one save at a time, in a worker; a newer change queues one more."""
        self._autosave.stop()
        if not self._dirty or self._conflict is not None:
            return
        if self._saving:
            self._save_again = True
            return
        self._saving = True
        snapshot = self.content()
        self.ui.statusLabel.setText(self.tr("Saving…"))
        if self._save_task is not None:
            self._save_task.deleteLater()  # it has ended; later, as this may run in its own finished slot
        self._save_task = self._tasks.run(lambda _progress, _cancelled: self._save(snapshot), parent=self)
        self._save_task.finished.connect(lambda error: self._save_finished(snapshot, error))
        self._save_task.failed.connect(self._save_crashed)

    def _save(self, content: DraftContent) -> PlainWordsError | None:
        """Runs in a worker thread (or, on close, in the GUI thread). Returns the refusal or None."""
        try:
            with self._version_lock:
                saved = self._reflections.save_draft(
                    self._draft.id,
                    self._version,
                    list(content.answers),
                    content.free_text,
                    content.rating,
                    content.visibility,
                )
                self._version = saved.version_id
        except PlainWordsError as exc:  # refused, or the database stayed locked: the text stays in the form
            return exc
        return None

    def _wait_for_the_save_in_flight(self) -> None:
        if self._save_task is not None:
            self._save_task.wait()

    def _save_crashed(self, error: BaseException) -> None:
        """A bug, not a refusal: the global excepthook logs and shows it; the text stays in the form."""
        self._saving = False
        raise error

    def _save_finished(self, snapshot: DraftContent, error: PlainWordsError | None) -> None:
        self._saving = False
        if isinstance(error, StaleRecord):
            self._conflict = error
            self.ui.statusLabel.setText(self.tr(
                "Not saved: this note was saved elsewhere first. Your text is kept; Save draft lets you "
                "choose which version stays."))
            self.ui.statusLabel.setToolTip(str(error))
            return
        if error:
            self.ui.statusLabel.setText(self.tr("Not saved: {error}").format(error=error))
            return  # the recovery copy keeps the text
        if snapshot == self.content():
            self._dirty = False
            self._remove_recovery_copy_of(snapshot)
            self.ui.statusLabel.setText(
                self.tr("Saved at {time}").format(time=QTime.currentTime().toString("HH:mm:ss"))
            )
        self.saved.emit()
        if self._save_again:
            self._save_again = False
            self.save_in_background()

    def _remove_recovery_copy_of(self, content: DraftContent) -> None:
        """The copy may hold another window's newer text of the same note: that one stays."""
        recovered = self._recovery.read()
        if recovered is None or recovered.content == content:
            self._recovery.remove()

    def _settle_conflict(self, conflict: StaleRecord) -> str:
        """Asks the user; returns "overwrite" (the next save goes over the other version), "reload" (the
        form shows the other version, the typed text is dropped) or "cancel" (nothing changes)."""
        choice = prompts.ask_reload_or_overwrite(self, self.tr("Changed in another window"), str(conflict))
        if choice == "overwrite":
            with self._version_lock:
                self._version = conflict.current_version
            self._conflict = None
            self.ui.statusLabel.setToolTip("")
        elif choice == "reload":
            self._reload()
        return choice

    def _reload(self) -> None:
        self._autosave.stop()
        self._recovery_timer.stop()
        self._wait_for_the_save_in_flight()
        self._draft = self._reflections.open_draft(*self._note_of)
        with self._version_lock:
            self._version = self._draft.version_id
        self._show(self._stored_content())  # its textChanged marks the form dirty: undone below
        self._autosave.stop()
        self._recovery_timer.stop()
        self._dirty = False
        self._conflict = None
        self._recovery.remove()
        self.ui.recoveryLabel.hide()
        self.ui.statusLabel.setToolTip("")
        self.ui.statusLabel.setText(self.tr("Reloaded the version saved elsewhere"))

    def save_now(self) -> PlainWordsError | None:
        """Wait for a save in flight, then save what is left, in this thread. Returns the refusal or None."""
        self._autosave.stop()
        self._recovery_timer.stop()
        self._wait_for_the_save_in_flight()
        if not self._dirty:
            return None
        self._recovery.write(self.content())
        error = self._save(self.content())
        if isinstance(error, StaleRecord):
            self._conflict = error
        elif error is None:
            self._dirty = False
            self._remove_recovery_copy_of(self.content())
        return error

    def _save_settling_conflicts(self) -> tuple[str, PlainWordsError | None]:
        """save_now(), asking the user when another window saved first. Returns the user's choice
        ("saved" when there was none to make) and the error left, if any."""
        error = self.save_now()
        if not isinstance(error, StaleRecord):
            return "saved", error
        choice = self._settle_conflict(error)
        return choice, self.save_now() if choice == "overwrite" else None

    def submit(self) -> None:
        choice, error = self._save_settling_conflicts()
        if choice in ("reload", "cancel"):
            return  # the user looks at the note again before submitting
        try:
            if error:
                raise error
            with self._version_lock:
                self._version = self._reflections.submit(self._draft.id, self._version).version_id
        except PlainWordsError as exc:
            prompts.show_error(self, self.tr("The note was not submitted"), str(exc))
            return
        self.submitted.emit(self._draft.id)
        self.accept()

    def done(self, result: int) -> None:
        """Escape, accept(), reject() and the window's close button all end here: save what is left."""
        choice, error = self._save_settling_conflicts()
        if choice in ("reload", "cancel"):
            return  # the editor stays open, showing the reloaded note or the user's own text
        if error:
            prompts.show_error(
                self,
                self.tr("The note could not be saved"),
                self.tr(
                    "{error}\n\nYour text is kept on this computer and comes back when you open the note "
                    "again."
                ).format(error=error),
            )
        super().done(result)
