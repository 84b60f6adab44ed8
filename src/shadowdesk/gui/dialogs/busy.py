"""One service call off the GUI thread, behind a small window-modal busy dialog.

The services behind it report no progress, so the bar is indeterminate. Window-modal, so the user cannot
start a second database task from the same window meanwhile, while the window keeps painting."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from shadowdesk.errors import PlainWordsError
from shadowdesk.gui import prompts
from shadowdesk.gui.workers import TaskRunner


class BusyDialog(QProgressDialog):
    """Runs work() as a Task of runner (the global pool's unless given) and calls done(result) in the GUI
    thread once the dialog is gone.

    A failure in plain words is shown in a message box titled `title`; anything else goes to the global
    excepthook (logged, with the log file named), as it would have from the GUI thread. With `cancellable`,
    Cancel (or Escape, or closing the dialog) discards the result; without it the dialog cannot be
    dismissed until the work has ended."""

    def __init__(self, parent: QWidget, title: str, text: str, work: Callable[[], object],
                 done: Callable[[object], None], cancellable: bool = False, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)  # this constructor gives Qt's own (translated) Cancel button
        self.setWindowTitle(title)
        label = QLabel(text)
        # Qt's own label sits flush against the top edge and is sized to the last pixel of the sentence, which
        # font hinting can overrun (a translated "…" was clipped); the margin gives both room.
        label.setMargin(8)
        self.setLabel(label)
        self.setRange(0, 0)
        self.setMinimumDuration(0)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)  # room for the sentence without squeezing it into a narrow column
        self._title = title
        self._done = done
        self._cancellable = cancellable
        if not cancellable:
            self.setCancelButton(None)
            self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        # The task belongs to the window: after a Cancel it outlives this dialog until the work returns.
        self.job = (runner or TaskRunner()).run(lambda _progress, _cancelled: work(), parent=parent)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        for ended in (self.job.finished, self.job.failed, self.job.cancelled):
            ended.connect(self.job.deleteLater)
        self.canceled.connect(self._cancel)
        self.show()

    def reject(self) -> None:  # what Escape does
        if self._cancellable:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._cancellable:
            super().closeEvent(event)
        else:
            event.ignore()

    def _cancel(self) -> None:
        self.job.cancel()
        self.deleteLater()

    def _end(self) -> None:
        self.hide()  # first, so the window is usable again when the message box opens
        self.deleteLater()

    def _finished(self, result: object) -> None:
        self._end()
        self._done(result)

    def _failed(self, error: BaseException) -> None:
        self._end()
        if isinstance(error, PlainWordsError):
            prompts.show_error(self.parentWidget(), self._title, str(error))
        else:
            sys.excepthook(type(error), error, error.__traceback__)
