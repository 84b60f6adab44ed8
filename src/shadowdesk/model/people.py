"""People and the real work (customers, projects) that sessions point at."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ColumnElement, ForeignKey, Index, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shadowdesk.model.base import Base, UTCDateTime, utc_now
from shadowdesk.model.history import Audited


class Person(Audited, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320))
    department: Mapped[str] = mapped_column(String(120), default="", index=True)
    job_title: Mapped[str] = mapped_column(String(160), default="")
    location: Mapped[str] = mapped_column(String(120), default="")
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")  # IANA name
    # People are deactivated, never deleted while they have history.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    version_id: Mapped[int] = mapped_column(default=1)

    manager: Mapped[Person | None] = relationship(remote_side=[id])

    __mapper_args__ = {"version_id_col": version_id}
    __table_args__ = (
        # Email is unique regardless of case: Anna@x.com and anna@x.com are one person.
        Index("uq_person_email_lower", func.lower(email), unique=True),
    )

    @classmethod
    def has_email(cls, email: str) -> ColumnElement[bool]:
        """WHERE clause for the person with this address: addresses are unique regardless of case."""
        return func.lower(cls.email) == email.strip().lower()

    def __repr__(self) -> str:
        return f"Person({self.id}, {self.email!r})"


class Customer(Base):
    """A customer sessions visit and projects are done for.

    The name is unique as written; "ACME" and "Acme" are kept apart by services/customers.py, which
    compares names folded in Python (case and accents), because SQLite's lower() folds ASCII only."""

    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    industry: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(80), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Deactivated, never deleted while sessions name it; merging a duplicate is the way to remove one.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version_id: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version_id}


class Project(Base):
    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    pm_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))  # the PM owner
    description: Mapped[str] = mapped_column(Text, default="")
    reference: Mapped[str] = mapped_column(String(120), default="")  # e.g. the TMS project number
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version_id: Mapped[int] = mapped_column(default=1)

    customer: Mapped[Customer] = relationship()
    pm: Mapped[Person | None] = relationship()

    __mapper_args__ = {"version_id_col": version_id}
