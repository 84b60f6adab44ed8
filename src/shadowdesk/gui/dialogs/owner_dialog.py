"""The first run's "Who are you?": the database file becomes the chosen person's, once.

Shown after a roster import into an empty file (and from File > Who Are You… while nobody has claimed
the file). The person picks themselves from the roster; a roster whose job titles name a coordinator has
the first of them chosen already. Until someone is chosen, the app acts as the program office."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from shadowdesk.gui import prompts
from shadowdesk.gui.permissions import SignedIn
from shadowdesk.services.errors import UserError

ROSTER_COORDINATOR = "coordinator"  # a job title holding this word marks the roster's coordinators


def first_coordinator(people: list[tuple]) -> int | None:
    """The person of the roster (PeopleService.list_people rows) entered first whose job title says
    coordinator, or None."""
    coordinators = [row[0] for row in people if ROSTER_COORDINATOR in (row[4] or "").casefold()]
    return min(coordinators, default=None)


class OwnerDialog(QDialog):
    claimed = Signal(object)  # the Viewer the file now belongs to

    def __init__(self, services, signed_in: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._signed_in = signed_in
        self.setWindowTitle(self.tr("Who are you?"))
        intro = QLabel(self.tr(
            "This database file belongs to one person, who runs the program on this computer and holds "
            "every role. Choose yourself; this cannot be changed later.\n\nNotes by several employees, each "
            "private to its author, need the team server (see docs/TEAM_SERVER.md). Until you choose, "
            "ShadowDesk acts as the program office."))
        intro.setWordWrap(True)
        self.person_combo = QComboBox()
        self.person_combo.setEditable(True)  # typing part of a name narrows the list
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.person_combo.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        people = services.people.list_people(active=True)
        for row in people:
            self.person_combo.addItem(f"{row[1]} <{row[2]}>", row[0])
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(first_coordinator(people))))
        label = QLabel(self.tr("&I am:"))
        label.setBuddy(self.person_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&This is me"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Later"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, label, self.person_combo, self.buttons):
            layout.addWidget(widget)

    def accept(self) -> None:
        person_id = self.person_combo.currentData()
        if person_id is None:
            return
        try:
            viewer = self._signed_in.claim(person_id)
        except UserError as exc:  # claimed meanwhile (another window), or the person was deactivated
            prompts.show_error(self, self.tr("Who are you?"), str(exc))
            return
        super().accept()
        self.claimed.emit(viewer)
