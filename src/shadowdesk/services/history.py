"""A record's history: who created it, changed which of its fields, or deleted it, and when.

The database writes the trail itself (model/history.py, migration 0009), so this only reads it. A note's
history is shown to whoever may read the note (services/visibility.py, for the signed-in reader); on a team
server the server applies the same rule and keeps the history of people and programs to the program office
(storage/row_security.py). The trail names the fields a change touched, never what was in them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Exists, exists, select

from shadowdesk.model import ChangeLog, Person, Program, Reflection, ShadowSession
from shadowdesk.model.history import AUDITED
from shadowdesk.services.errors import NotFound, UserError
from shadowdesk.services.identity import IdentityService
from shadowdesk.services.visibility import reflection_visible_to
from shadowdesk.storage import Database
from shadowdesk.translation import _

ENTITIES = tuple(AUDITED.values())  # person, program, pair, session, idea, note


@dataclass(frozen=True)
class Change:
    what: str  # "created", "changed" or "deleted"
    at: datetime  # UTC
    by_id: int | None  # the person; None: nobody known as a person (the server's owner, a file not claimed)
    by_name: str | None  # None also for a person no longer in the roster
    columns: tuple[str, ...]  # for "changed": the fields that changed, in alphabetical order

    @property
    def by(self) -> str:
        if self.by_name is not None:
            return self.by_name
        if self.by_id is None:
            return _("nobody known as a person")
        return _("person #{id} (no longer listed)").format(id=self.by_id)


class HistoryService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def of(self, entity: str, record_id: int) -> list[Change]:
        """The changes of one record, oldest first. entity: one of ENTITIES."""
        if entity not in ENTITIES:
            raise UserError(_("There is no history of a {entity!r}; there is one of each {entities}.").format(
                entity=entity, entities=", ".join(ENTITIES)))
        query = (select(ChangeLog, Person.full_name).outerjoin(Person, Person.id == ChangeLog.changed_by)
                 .where(ChangeLog.entity == entity, ChangeLog.record_id == record_id).order_by(ChangeLog.id))
        if entity == "note":
            query = query.where(self._readable_note(record_id))
        with self._db.session() as s:
            rows = s.execute(query).all()
        return [Change(row.ChangeLog.what, row.ChangeLog.changed_at, row.ChangeLog.changed_by, row.full_name,
                       tuple(filter(None, row.ChangeLog.changed_columns.split(",")))) for row in rows]

    def look_up(self, entity: str, key: str) -> int:
        """The id of the person with this email, the program with this name, or the session with this id."""
        if entity == "person":
            query = select(Person.id).where(Person.has_email(key))
            missing = _("Nobody in the roster has the address {email}.").format(email=key)
        elif entity == "program":
            query = select(Program.id).where(Program.name == key.strip())
            missing = _("There is no program called {name}.").format(name=key)
        elif entity == "session":
            query = select(ShadowSession.id).where(ShadowSession.id == _number(key))
            missing = _("There is no session {id} (`sessions list` shows their ids).").format(id=key)
        else:
            raise UserError(_("Look up a person, a program or a session, not a {entity!r}.").format(entity=entity))
        with self._db.session() as s:
            found = s.scalar(query)
        if found is None:
            raise NotFound(missing)
        return found

    def _readable_note(self, note_id: int) -> Exists:
        """The note exists and the signed-in reader may read it (nobody signed in: the program office)."""
        viewer = IdentityService(self._db).whoami()
        visible = (reflection_visible_to(None) if viewer is None
                   else reflection_visible_to(viewer.person_id, viewer.reads_every_program))
        return exists().where(Reflection.id == note_id, visible)


def _number(key: str) -> int:
    if not key.strip().isdigit() or len(key.strip()) > 18:
        raise UserError(_("{typed!r} is not a session id (a number, as `sessions list` shows).").format(typed=key))
    return int(key)
