"""Choose the sessions an idea came out of: the program's sessions, newest first, found by typing.

The dialog only collects the choice; the Ideas board saves it, so a conflicting change meets the same
reload-or-overwrite question as every other edit of the idea.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shadowdesk.gui.typed_qt import qdatetime
from shadowdesk.gui.views.schedule_common import isolate, kind_label
from shadowdesk.services.ideas import SessionChoices, SessionRef


def describe(ref: SessionRef, with_time: bool = False) -> str:
    """"12 Nov 2026 · Customer visit · Acme GmbH": how people name a session they took part in."""
    when = QLocale().toString(qdatetime(ref.start.replace(tzinfo=None)),
                              "d MMM yyyy HH:mm" if with_time else "d MMM yyyy")
    return f"{when} · {kind_label(ref.kind)} · {isolate(ref.subject)}"


class LinkSessionsDialog(QDialog):
    def __init__(self, title: str, choices: SessionChoices, linked: Sequence[SessionRef],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link sessions"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Tick the sessions “{title}” came out of.").format(title=title))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Date, kind, customer, project or host"))
        self.filter_edit.setClearButtonEnabled(True)
        find = QLabel(self.tr("&Find:"))
        find.setBuddy(self.filter_edit)
        layout.addWidget(find)
        layout.addWidget(self.filter_edit)
        self.session_list = QListWidget()
        layout.addWidget(self.session_list, 1)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.filter_edit.textChanged.connect(self._filter)
        self.session_list.itemChanged.connect(self._count)
        self._fill(choices, linked)

    def _fill(self, choices: SessionChoices, linked: Sequence[SessionRef]) -> None:
        # A linked session outside the list (another program's, or older than the listed ones) is shown
        # too: leaving it out would unlink it without the user seeing it.
        linked_ids = {ref.id for ref in linked}
        listed = {ref.id: ref for ref in (*choices.sessions, *linked)}
        refs = sorted(listed.values(), key=lambda ref: (ref.start, ref.id), reverse=True)
        self.session_list.blockSignals(True)
        for ref in refs:
            text = describe(ref, with_time=True)
            if ref.host_name != ref.subject:
                text += " · " + self.tr("host: {name}").format(name=isolate(ref.host_name))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ref.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ref.id in linked_ids else Qt.CheckState.Unchecked)
            self.session_list.addItem(item)
        self.session_list.blockSignals(False)
        if refs:  # start at the first ticked session: the list may be long and it is what the user checks
            first = next((row for row, ref in enumerate(refs) if ref.id in linked_ids), 0)
            self.session_list.setCurrentRow(first)
            self.session_list.scrollToItem(self.session_list.item(first))
        self._listed_note = (
            self.tr("No sessions to link yet: plan them in the Schedule.") if not refs
            else "" if choices.complete
            else self.tr("Only the newest {count} sessions are listed.").format(
                count=QLocale().toString(len(choices.sessions)))
        )
        self._count()

    def _filter(self, text: str) -> None:
        """Every typed word must appear, in any order: "acme nov" finds November's visits at Acme."""
        words = text.casefold().split()
        for row in range(self.session_list.count()):
            item = self.session_list.item(row)
            shown = item.text().casefold()
            item.setHidden(not all(word in shown for word in words))

    def _count(self, *_changed) -> None:
        chosen = self.tr("Chosen: {count}").format(count=QLocale().toString(len(self.chosen_ids())))
        self.note_label.setText(f"{chosen}. {self._listed_note}".strip())

    def chosen_ids(self) -> list[int]:
        """The ticked sessions, hidden by the filter or not."""
        items = (self.session_list.item(row) for row in range(self.session_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]
