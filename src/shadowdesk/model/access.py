"""Who uses the database: on a team server each PostgreSQL login is one person; a file has one owner.

The roles (coordinator, manager, participant) are not stored here: on PostgreSQL they are memberships of
the group roles that `shadowdesk server init` creates, which is what the server itself enforces; the owner
of a SQLite file holds every role (see services/identity.py).
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from shadowdesk.model.base import Base


class AppUser(Base):
    """A PostgreSQL login (`session_user`) and the person it signs in as."""

    __tablename__ = "app_user"

    login: Mapped[str] = mapped_column(String(63), primary_key=True)  # PostgreSQL names are at most 63 bytes
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), unique=True)


class FileOwner(Base):
    """The one person a SQLite file belongs to, chosen at first run; the single row has id 1."""

    __tablename__ = "file_owner"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))

    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)
