"""Who changed what, and when: the audit trail the database keeps itself.

Neither the app nor any other client writes these columns or the log: triggers of migration 0009 do, on
every INSERT, UPDATE and DELETE of an audited table, with the database's own notion of the user (on a
team server the person of the login connected, `shadowdesk_viewer()`; in a file its owner, `file_owner`).
A modified client therefore cannot put someone else's name on its change, and every write path (the
services, the bulk demo, imports, psql) is covered.

changed_by is a person id without a foreign key: the trail outlives the person, and None means nobody the
database knows as a person (a file not claimed yet, the server's owner login).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from shadowdesk.model.base import Base, UTCDateTime

# The audited tables and the name their records have in the log and in `shadowdesk history`.
AUDITED = {"person": "person", "program": "program", "pairing": "pair", "shadow_session": "session",
           "idea": "idea", "reflection": "note"}
CREATED, CHANGED, DELETED = "created", "changed", "deleted"


class Audited:
    """The last change of the row (mixed into each audited entity): set by the triggers, read by the app."""

    # No default: a statement the app builds leaves them out, and the triggers fill them in.
    changed_by: Mapped[int | None] = mapped_column()
    changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ChangeLog(Base):
    """One change of one record. For a change, the names of the columns that changed, never their values:
    the log is read by more people than a note (row_security.py) and must not copy its text."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))  # a value of AUDITED
    record_id: Mapped[int] = mapped_column()
    changed_by: Mapped[int | None] = mapped_column()
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    what: Mapped[str] = mapped_column(String(10))
    changed_columns: Mapped[str] = mapped_column(Text, default="")  # comma-separated, in alphabetical order

    __table_args__ = (
        CheckConstraint(f"what IN ('{CREATED}', '{CHANGED}', '{DELETED}')", name="known_change"),
        Index("ix_change_log_record", "entity", "record_id", "id"),
    )
