"""One person among thousands, found by typing: a line edit whose suggestions come from a prefix search
in the database, read in a worker a few dozen at a time, instead of a combo box filled with everyone.

Keyboard first: type, Down or Up to walk the suggestions, Enter to choose (Enter with no suggestion
highlighted takes the first; in a dialog that Enter chooses and does not press the default button),
Escape to close them; an emptied field chooses nobody. Leaving the field
shows again the person in effect, so what it says is always what is chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from shadowdesk.gui.views.schedule_common import isolate
from shadowdesk.gui.workers import Task, TaskRunner

Find = Callable[[str, int], list[tuple[int, str, str]]]  # typed, limit -> (id, name, email)

SUGGESTIONS = 30  # a popup's worth: typing more narrows it, scrolling thousands helps nobody
TYPING_PAUSE_MS = 120  # one search per pause in the typing, not one per key
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2  # (id, name, email) as found


def person_text(name: str, email: str = "") -> str:
    """How a person is named in the field: with their email when known, as two people may share a name."""
    return f"{isolate(name)} <{email}>" if email else isolate(name)


class PersonSearchField(QLineEdit):
    chosen = Signal(object)  # the chosen person's id, or None when the field was emptied

    def __init__(self, find: Find, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._find = find
        self._tasks = tasks
        self._person_id: int | None = None
        self._person: tuple[int, str, str] | None = None  # (id, name, email) of the person in effect
        self._person_text = ""
        self._search: Task | None = None
        self.setClearButtonEnabled(True)
        self.suggestions = QStandardItemModel(self)
        self.suggester = QCompleter(self.suggestions, self)
        # The database already chose the matches (by any word of the name, or the email): show them all.
        self.suggester.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.suggester.setWidget(self)
        # The overload with the row, not its text (PySide6's stubs do not type signal overloads).
        self.suggester.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._start_search)
        self.textEdited.connect(self._typed)
        self.textChanged.connect(self._emptied)
        self.returnPressed.connect(self._take_first)

    def person_id(self) -> int | None:
        return self._person_id

    def person(self) -> tuple[int, str, str] | None:
        """(id, name, email) of the person in effect, None for nobody."""
        return self._person

    def set_person(self, person_id: int | None, name: str = "", email: str = "") -> None:
        """Show someone as chosen (None: nobody), without announcing it."""
        self._person_id = person_id
        self._person = (person_id, name, email) if person_id is not None else None
        self._person_text = person_text(name, email) if person_id is not None else ""
        self.setText(self._person_text)
        self.home(False)  # a long name and email in a narrow field: show where they begin

    def _popup(self) -> QAbstractItemView:
        popup = self.suggester.popup()
        assert popup is not None  # QCompleter makes its popup on first use
        return popup

    # --- typing and searching --------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if text.strip():
            self._pause.start()
        else:
            self._pause.stop()

    def _emptied(self, text: str) -> None:
        if not text and self._person_id is not None:
            self._person_id, self._person, self._person_text = None, None, ""
            self._popup().hide()
            self.chosen.emit(None)

    def _start_search(self) -> None:
        if self._search is not None:
            self._search.cancel()  # what it finds was typed over
        typed, find = self.text(), self._find
        self._search = self._tasks.run(lambda _progress, _cancelled: find(typed, SUGGESTIONS), parent=self)
        self._search.finished.connect(lambda found: self._show(typed, found))

    def _show(self, typed: str, found: list[tuple[int, str, str]]) -> None:
        if typed != self.text():
            return
        self.suggestions.clear()
        for person_id, name, email in found:
            item = QStandardItem(person_text(name, email))
            item.setData(person_id, PERSON_ID_ROLE)
            item.setData((person_id, name, email), PERSON_ROLE)
            self.suggestions.appendRow(item)
        if found and self.hasFocus():
            self.suggester.complete()

    # --- choosing --------------------------------------------------------------------------------

    def _picked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self._person_id = index.data(PERSON_ID_ROLE)
        self._person = tuple(index.data(PERSON_ROLE))
        self._person_text = index.data()
        self.setText(self._person_text)
        self.chosen.emit(self._person_id)

    def _take_first(self) -> None:
        """Enter: the suggestion highlighted in the open list, else the first."""
        if self.text() == self._person_text or not self.suggestions.rowCount():
            return
        popup = self._popup()
        highlighted = popup.currentIndex() if popup.isVisible() else QModelIndex()
        self._picked(highlighted if highlighted.isValid() else self.suggestions.index(0, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        choosing = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text() != self._person_text
        super().keyPressEvent(event)  # returnPressed: the highlighted suggestion or the first is chosen
        if choosing:
            # The Enter chose someone: the suggestions close, and in a dialog it does not press the default
            # button too (an Enter the field accepts is its own, also for the suggestions' list).
            self._popup().hide()
            event.accept()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        if self._popup().isVisible():
            return  # the suggestions took the focus, the choosing goes on
        self._pause.stop()
        if self.text() != self._person_text:
            self.setText(self._person_text)
