"""The Ideas board: one column per status, the chosen idea's details beside it, moved along with a note.

When someone else changed the idea since the board showed it, the user chooses: reload their version,
overwrite it with what the form holds, or go back to the form.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shadowdesk.domain import IdeaStatus
from shadowdesk.gui import prompts
from shadowdesk.gui.dialogs.link_sessions_dialog import LinkSessionsDialog, describe
from shadowdesk.gui.permissions import DECIDE_IDEAS, SignedIn, signed_in_for
from shadowdesk.gui.views.person_search import PersonSearchField
from shadowdesk.gui.workers import Task, TaskRunner
from shadowdesk.labels import label
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.ideas import IdeaView

STATUSES = ("proposed", "under_review", "adopted", "declined")


def status_label(status: str) -> str:
    """An idea status ("under_review") as every part of the app names it: labels.py."""
    return label(IdeaStatus(status))


class IdeasView(QWidget):
    loaded = Signal()  # the board's cards, read in a worker, are on it

    def __init__(
        self, services, clock: Callable[[], datetime] | None = None, parent: QWidget | None = None,
        signed_in: SignedIn | None = None, tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks or TaskRunner()  # the cards are read, and the owner looked up, in workers
        self._reading: Task | None = None  # the board's read under way, None once shown
        self._signed_in = signed_in_for(services, signed_in)  # anyone proposes; managers decide
        self._current: IdeaView | None = None  # the idea shown in the details, None for a new idea
        self.link_dialog: LinkSessionsDialog | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Ideas"))
        heading.setStyleSheet("font-size: 20pt; font-weight: 600;")
        layout.addWidget(heading)
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        self.columns: dict[str, QListWidget] = {}
        self.column_titles: dict[str, QLabel] = {}
        for status in STATUSES:
            column = QVBoxLayout()
            title = QLabel()
            title.setStyleSheet("font-weight: 600;")
            title.setWordWrap(True)  # narrow windows: the board must fit beside the sidebar
            items = QListWidget()
            items.setWordWrap(True)
            items.currentItemChanged.connect(self._chosen)
            column.addWidget(title)
            column.addWidget(items, 1)
            body.addLayout(column, 1)
            self.columns[status], self.column_titles[status] = items, title
        body.addWidget(self._details(), 2)

    def _details(self) -> QWidget:
        panel = QWidget()
        form = QFormLayout(panel)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        # Found by typing: a combo of every person (5,000 in a big company) took a third of a second to fill.
        self.owner_field = PersonSearchField(self._services.people.find_people, self._tasks)
        self.owner_field.setPlaceholderText(self.tr("Nobody yet: type a name"))
        self.proposer_label = QLabel()
        self.sessions_label = QLabel()
        self.sessions_label.setWordWrap(True)
        self.link_button = QPushButton(self.tr("&Link sessions…"))
        self.decision_edit = QPlainTextEdit()
        self.decision_edit.setPlaceholderText(
            self.tr("Why it was adopted or declined; the proposer reads this.")
        )
        self.move_combo = QComboBox()
        for status in STATUSES:
            self.move_combo.addItem(status_label(status), status)
        self.new_button = QPushButton(self.tr("&New idea"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.move_button = QPushButton(self.tr("&Move"))
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Description"), self.description_edit)
        form.addRow(self.tr("Proposed by"), self.proposer_label)
        form.addRow(self.tr("&Owner"), self.owner_field)
        sessions = QVBoxLayout()
        sessions.addWidget(self.sessions_label)
        sessions.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Sessions"), sessions)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        form.addRow(self.tr("Dec&ision note"), self.decision_edit)
        move = QHBoxLayout()
        move.addWidget(self.move_combo, 1)
        move.addWidget(self.move_button)
        form.addRow(self.tr("Move to"), move)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.move_button.clicked.connect(self.move_idea)
        self.link_button.clicked.connect(self.open_link_sessions)
        return panel

    def refresh(self, keep: int | None = None) -> None:
        """Read the board in a worker (200 cards took a fifth of a second on the GUI thread) and show it,
        keeping the chosen idea (or keep); a newer refresh drops the read still under way."""
        keep = keep if keep is not None else (self._current.id if self._current else None)
        if self._reading is not None:
            self._reading.cancel()  # what it reads is older than what this refresh reads
        ideas = self._services.ideas
        task = self._reading = self._tasks.run(lambda _progress, _cancelled: ideas.board(), parent=self)
        task.finished.connect(lambda board: self._fill(task, board, keep))
        task.failed.connect(lambda error: self._failed(task, error))

    def is_loaded(self) -> bool:
        return self._reading is None

    def _fill(self, task: Task, board: dict, keep: int | None) -> None:
        if task is not self._reading:
            return
        self._reading = None
        cards = {str(status): ideas for status, ideas in board.items()}
        chosen = None
        for status in STATUSES:
            column = self.columns[status]
            column.blockSignals(True)
            column.clear()
            for idea in cards[status]:
                item = self._card(idea)
                column.addItem(item)
                if idea.id == keep:
                    chosen = (column, item)
            column.blockSignals(False)
            self._count(status)
        if chosen:
            chosen[0].setCurrentItem(chosen[1])
            self._show(chosen[1].data(Qt.ItemDataRole.UserRole))
        else:
            self._show(None)
        self.loaded.emit()

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is not self._reading:
            return
        self._reading = None
        if not isinstance(error, UserError):
            raise error  # a bug: the excepthook logs it and says so
        prompts.show_error(self, self.tr("The ideas were not read"), str(error))
        self.loaded.emit()

    def _card(self, idea) -> QListWidgetItem:
        owner = self.tr("owner: {name}").format(name=idea.owner_name) if idea.owner_name else self.tr("no owner yet")
        item = QListWidgetItem(f"{idea.title}\n{owner}")
        item.setData(Qt.ItemDataRole.UserRole, idea)
        item.setToolTip(idea.description)
        return item

    def _count(self, status: str) -> None:
        self.column_titles[status].setText(f"{status_label(status)} ({self.columns[status].count()})")

    def _put_on_top(self, idea) -> None:
        """The idea just saved or moved, as the database returned it: its card leaves where it was and goes
        first in its column (the board lists the newest change first), without reading the board again."""
        for status, column in self.columns.items():
            for row in range(column.count()):
                if column.item(row).data(Qt.ItemDataRole.UserRole).id == idea.id:
                    column.blockSignals(True)
                    column.takeItem(row)
                    column.blockSignals(False)
                    self._count(status)
                    break
        status = str(idea.status)
        column = self.columns[status]
        column.insertItem(0, self._card(idea))
        self._count(status)
        column.setCurrentRow(0)  # one selection on the board, and the details show it
        self._show(idea)

    def _chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        for column in self.columns.values():  # one selection on the whole board
            if column is not item.listWidget():
                column.blockSignals(True)
                column.setCurrentRow(-1)  # no card current: what setCurrentItem(None) does
                column.blockSignals(False)
        self._show(item.data(Qt.ItemDataRole.UserRole))

    def _show(self, idea) -> None:
        self._current = idea
        self.title_edit.setText(idea.title if idea else "")
        self.description_edit.setPlainText(idea.description if idea else "")
        self.decision_edit.setPlainText(idea.decision_note if idea else "")
        self.proposer_label.setText(idea.proposer_name if idea else self.tr("you"))
        self.owner_field.set_person(idea.owner_id if idea else None, idea.owner_name if idea else "")
        self.sessions_label.setText(
            "\n".join(describe(ref) for ref in idea.sessions) if idea and idea.sessions else self.tr("none")
        )
        if idea:
            self.move_combo.setCurrentIndex(min(STATUSES.index(str(idea.status)) + 1, len(STATUSES) - 1))
        for decision in (self.move_combo, self.move_button, self.decision_edit):
            self._signed_in.allow(decision, DECIDE_IDEAS, possible=idea is not None)
        self.link_button.setEnabled(idea is not None)

    def start_new(self) -> None:
        for column in self.columns.values():
            column.setCurrentRow(-1)
        self._show(None)
        self.title_edit.setFocus()

    def save(self) -> None:
        self._save(self._current.version_id if self._current else None)

    def _save(self, version_id: int | None) -> None:
        """version_id: the one shown, or the current one when the user chose to overwrite."""
        ideas = self._services.ideas
        try:
            if self._current is None:
                proposer = self._signed_in.person_id
                if proposer is None:
                    raise UserError(
                        self.tr(
                            "Nobody has claimed this database yet: choose who you are (File > Who Are "
                            "You…) to propose an idea in your name."
                        )
                    )
                saved = ideas.create(
                    self.title_edit.text(),
                    self.description_edit.toPlainText(),
                    proposer,
                    owner_id=self.owner_field.person_id(),
                )
            else:
                saved = ideas.update(
                    self._current.id,
                    version_id,
                    self.title_edit.text(),
                    self.description_edit.toPlainText(),
                    self.owner_field.person_id(),
                )
        except StaleRecord as exc:
            self._settle_conflict(exc, self._save)
            return
        except UserError as exc:
            prompts.show_error(self, self.tr("The idea was not saved"), str(exc))
            return
        self._put_on_top(saved)

    def move_idea(self) -> None:
        if self._current is not None and self._signed_in.can(DECIDE_IDEAS):
            self._move(self._current.version_id)

    def _move(self, version_id: int) -> None:
        assert self._current is not None  # Move acts on the idea shown
        try:
            moved = self._services.ideas.move(
                self._current.id,
                version_id,
                self.move_combo.currentData(),
                self.decision_edit.toPlainText(),
            )
        except StaleRecord as exc:
            self._settle_conflict(exc, self._move)
            return
        except UserError as exc:
            prompts.show_error(self, self.tr("The idea was not moved"), str(exc))
            return
        self._put_on_top(moved)

    def open_link_sessions(self) -> LinkSessionsDialog | None:
        idea = self._current
        if idea is None:
            return None
        choices = self._services.ideas.session_choices(idea.program_id)
        if self.link_dialog is not None:  # kept until the next one: "cancel" on a conflict reopens it
            self.link_dialog.deleteLater()
        self.link_dialog = LinkSessionsDialog(idea.title, choices, idea.sessions, self)
        self.link_dialog.accepted.connect(lambda: self._link(idea.version_id))
        self.link_dialog.open()
        return self.link_dialog

    def _link(self, version_id: int) -> None:
        """version_id: the one the board showed, or the current one when the user chose to overwrite."""
        dialog = self.link_dialog
        assert self._current is not None and dialog is not None  # its dialog opens only with an idea shown
        try:
            linked = self._services.ideas.link_sessions(
                self._current.id, version_id, dialog.chosen_ids()
            )
        except StaleRecord as exc:
            if self._settle_conflict(exc, self._link) == "cancel":
                dialog.open()  # back to the ticked sessions, as the other edits go back to the form
            return
        except UserError as exc:
            prompts.show_error(self, self.tr("The sessions were not linked"), str(exc))
            return
        self._put_on_top(linked)

    def _settle_conflict(self, conflict: StaleRecord, again: Callable[[int], None]) -> str:
        choice = prompts.ask_reload_or_overwrite(self, self.tr("Changed by someone else"), str(conflict))
        # Only a saved idea can have been changed by someone else, and versioned_save names its version.
        assert self._current is not None and conflict.current_version is not None
        if choice == "overwrite":
            again(conflict.current_version)
        elif choice == "reload":
            self.refresh(keep=self._current.id)
        return choice
