"""What a widget's first frame does not show waits until that frame is on screen.

Start-up is timed to the window's first paint (benchmarks/bench_startup.py, and under Xvfb to the first
frame drawn on the display). A zero timer started while the window is built runs before that paint (the
paint is queued when the window is shown, after it), and a worker started then competes with the paint
for the interpreter. So work that the first frame does not need (who is signed in, the daily backup, the
dashboard's lists) is handed to FirstPaint, which runs it in the event-loop turn after the first paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Watches one widget until it has painted once; lives as long as the widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted = False
        self._waiting: list[Callable[[], object]] = []
        widget.installEventFilter(self)

    def then(self, call: Callable[[], object]) -> None:
        """Run call in the event-loop turn after the first paint: at the next turn if it has painted."""
        if self.painted:
            QTimer.singleShot(0, self, call)
        else:
            self._waiting.append(call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            watched.removeEventFilter(self)
            # Posted from inside the paint, so they run once this frame has been flushed to the screen.
            for call in self._waiting:
                QTimer.singleShot(0, self, call)
            self._waiting = []
        return False
