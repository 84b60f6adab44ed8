"""Who is using the window and what their roles let them do there: the one place the GUI asks.

SignedIn asks services.identity.whoami() once per window and keeps the answer; can(viewer, action) is the
one decision of which role an action needs; allow() turns a missing right into a disabled control whose
tooltip names the role it needs. This only keeps the window from offering what the role may not do: on a
team server the server itself refuses it (the group roles' privileges), whatever a client shows.

A viewer of None is a database file nobody has claimed yet (the first run): whoever uses it is its
program office, who sets everything up, so every action is allowed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from shadowdesk.services.errors import UserError

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from shadowdesk.services.identity import Viewer

# The roles of services.identity.ROLES that actions need (tests/gui/test_permissions.py keeps them equal).
COORDINATOR, MANAGER, PARTICIPANT = "coordinator", "manager", "participant"

# What a person may be offered to do, by what it changes.
EDIT_PEOPLE = "edit people"  # add, edit, deactivate, import the roster
EDIT_PROGRAMS = "edit programs"  # create, edit, enroll, plan and confirm pairs, end, exclusions
PLAN_SESSIONS = "plan sessions"  # a new session, a session's time and people
EDIT_CUSTOMERS = "edit customers"  # customers and their projects
EDIT_TEMPLATES = "edit templates"  # Edit > Reflection Templates
DECIDE_IDEAS = "decide ideas"  # move an idea to under review, adopted or declined, with a decision note

NEEDS = {
    EDIT_PEOPLE: COORDINATOR,
    EDIT_PROGRAMS: COORDINATOR,
    PLAN_SESSIONS: COORDINATOR,
    EDIT_CUSTOMERS: COORDINATOR,
    EDIT_TEMPLATES: COORDINATOR,
    DECIDE_IDEAS: MANAGER,
}


def can(viewer: Viewer | None, action: str) -> bool:
    """Whether viewer may do action (one of the constants above)."""
    return viewer is None or viewer.holds(NEEDS[action])


def role_needed(action: str) -> str:
    """The tooltip of an action the viewer's roles do not allow."""
    role = NEEDS[action]
    return {
        COORDINATOR: QCoreApplication.translate("Permissions", "Only a coordinator can do this."),
        MANAGER: QCoreApplication.translate("Permissions", "Only a manager can decide on ideas."),
    }[role]


class SignedIn:
    """The person using this window, asked of services.identity once and kept.

    On a team server whoami() refuses a login that is linked to nobody, holds no role or could read every
    note; the window then offers no action at all and says why (refusal) instead of failing in each view."""

    def __init__(self, identity) -> None:
        self._identity = identity
        self._asked = False
        self._viewer: Viewer | None = None
        self.refusal: str | None = None

    @property
    def viewer(self) -> Viewer | None:
        if not self._asked:
            try:
                self._viewer = self._identity.whoami()
            except UserError as exc:
                self.refusal = str(exc)
            self._asked = True
        return self._viewer

    @property
    def person_id(self) -> int | None:
        """Whose notes the views show: None is the program office of an unclaimed file."""
        viewer = self.viewer
        return None if viewer is None else viewer.person_id

    @property
    def reads_every_program(self) -> bool:
        """The signed-in person is a coordinator or manager: they also read what every program shares."""
        viewer = self.viewer
        return viewer is not None and viewer.reads_every_program

    def claim(self, person_id: int) -> Viewer:
        """The first run: this file becomes person_id's (IdentityService.claim_ownership, once)."""
        self._viewer = self._identity.claim_ownership(person_id)
        self._asked, self.refusal = True, None
        return self._viewer

    def can(self, action: str) -> bool:
        viewer = self.viewer
        return self.refusal is None and can(viewer, action)

    def allow(self, control: QWidget | QAction, action: str, possible: bool = True) -> None:
        """Enable control when possible (say, a row is chosen) and the viewer may do action; a control
        held back by the role says which role it needs when the pointer rests on it."""
        permitted = self.can(action)
        control.setEnabled(possible and permitted)
        if not permitted:
            why = self.refusal or role_needed(action)
            control.setToolTip(why)
            control.setStatusTip(why)


def signed_in_for(services, signed_in: SignedIn | None) -> SignedIn:
    """A view's SignedIn: the window's, or (a view built on its own, as in tests) one of its own."""
    return signed_in if signed_in is not None else SignedIn(services.identity)
