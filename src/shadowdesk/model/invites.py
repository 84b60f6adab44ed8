"""What calendar invites need beyond the sessions: each series' rule, and what was sent to whom.

A series used to be only its occurrences sharing a series_uid. To write it as one RRULE event, with an
EXDATE for a cancelled occurrence and a RECURRENCE-ID override for one moved on its own, the rule itself and
each occurrence's place in it are kept: a moved occurrence's original time is its slot in the rule.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from shadowdesk.model.base import Base, UTCDateTime, utc_now


class SessionSeries(Base):
    """The rule a series was planned with: occurrences() of rules/recurrence.py from first_start."""

    __tablename__ = "session_series"

    uid: Mapped[str] = mapped_column(String(80), primary_key=True)  # shadow_session.series_uid; the calendar UID
    frequency: Mapped[str] = mapped_column(String(20))  # rules.recurrence.Frequency's value
    first_start: Mapped[datetime] = mapped_column(UTCDateTime)  # the first slot, even if that occurrence moved
    duration_minutes: Mapped[int] = mapped_column()
    time_zone: Mapped[str] = mapped_column(String(64))  # the zone the rule repeats in
    count: Mapped[int] = mapped_column()

    __table_args__ = (
        CheckConstraint("frequency IN ('weekly', 'biweekly', 'monthly')", name="known_frequency"),
        CheckConstraint("count >= 1 AND duration_minutes >= 1", name="positive"),
    )


class SeriesSlot(Base):
    """Which slot of its series' rule an occurrence fills (0 = the first)."""

    __tablename__ = "series_slot"

    session_id: Mapped[int] = mapped_column(ForeignKey("shadow_session.id", ondelete="CASCADE"), primary_key=True)
    series_uid: Mapped[str] = mapped_column(ForeignKey("session_series.uid", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column()


class SentMessage(Base):
    """One message handed to the mail server: an invite (with its calendar UID, METHOD and SEQUENCE, so an
    update or a cancellation goes to the same people) or a reminder digest."""

    __tablename__ = "send_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # "invite" or "reminder"
    uid: Mapped[str] = mapped_column(String(80))  # the series' or session's calendar UID; "" for a reminder
    method: Mapped[str] = mapped_column(String(20))  # REQUEST or CANCEL; "" for a reminder
    sequence: Mapped[int] = mapped_column()
    recipient: Mapped[str] = mapped_column(String(320))  # the address it went to
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    subject: Mapped[str] = mapped_column(String(300))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    __table_args__ = (
        CheckConstraint("kind IN ('invite', 'reminder')", name="known_kind"),
        Index("ix_send_log_uid", "uid", "recipient", "sent_at"),
        Index("ix_send_log_recipient", "kind", "recipient", "sent_at"),
    )
