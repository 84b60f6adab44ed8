"""Invites that land: each series' rule, each occurrence's slot in it, and the log of messages sent.

- session_series(uid, frequency, first_start, duration_minutes, time_zone, count): the rule a series was
  planned with, so it is exported as one RRULE event;
- series_slot(session_id, series_uid, position): the slot of the rule each occurrence fills, so a moved
  occurrence is written as an override of its original time (RECURRENCE-ID);
- send_log(kind, uid, method, sequence, recipient, person_id, subject, sent_at): what was sent to whom.

Series planned before this revision are registered when their occurrences still follow a weekly or
two-weekly rule (same zone, same local time and length, 7 or 14 days apart); any other series keeps being
exported occurrence by occurrence, as before.

Revision ID: 0008
Revises: 0007
"""

from datetime import UTC
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

def upgrade() -> None:
    op.create_table(
        "session_series",
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("frequency", sa.String(length=20), nullable=False),
        sa.Column("first_start", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.CheckConstraint("frequency IN ('weekly', 'biweekly', 'monthly')",
                           name=op.f("ck_session_series_known_frequency")),
        sa.CheckConstraint("count >= 1 AND duration_minutes >= 1", name=op.f("ck_session_series_positive")),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_session_series")),
    )
    op.create_table(
        "series_slot",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("series_uid", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["shadow_session.id"],
                                name=op.f("fk_series_slot_session_id_shadow_session"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["series_uid"], ["session_series.uid"],
                                name=op.f("fk_series_slot_series_uid_session_series"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_series_slot")),
    )
    op.create_index("ix_series_slot_series_uid", "series_slot", ["series_uid"])
    op.create_table(
        "send_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('invite', 'reminder')", name=op.f("ck_send_log_known_kind")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_send_log_person_id_person"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_send_log")),
    )
    op.create_index("ix_send_log_uid", "send_log", ["uid", "recipient", "sent_at"])
    op.create_index("ix_send_log_recipient", "send_log", ["kind", "recipient", "sent_at"])
    _register_existing_series(op.get_bind())

def _register_existing_series(connection: sa.Connection) -> None:
    """Times are naive UTC in the table (UTCDateTime); the comparison is on the series' own wall clock."""
    rows = connection.execute(sa.text(
        "SELECT series_uid, id, starts_at, ends_at, time_zone FROM shadow_session "
        "WHERE series_uid IS NOT NULL ORDER BY series_uid, starts_at, id")
        .columns(starts_at=sa.DateTime(), ends_at=sa.DateTime())).all()
    series: dict[str, list[list[Any]]] = {}
    for uid, *row in rows:
        series.setdefault(uid, []).append(row)
    for uid, members in series.items():
        frequency = _frequency_followed(members)
        if frequency is None:
            continue
        first_id, first_start, first_end, zone = members[0]
        connection.execute(sa.text(
            "INSERT INTO session_series (uid, frequency, first_start, duration_minutes, time_zone, count) "
            "VALUES (:uid, :frequency, :first_start, :minutes, :zone, :count)"),
            {"uid": uid, "frequency": frequency, "first_start": first_start, "zone": zone, "count": len(members),
             "minutes": int((first_end - first_start).total_seconds() // 60)})
        connection.execute(sa.text(
            "INSERT INTO series_slot (session_id, series_uid, position) VALUES (:session_id, :uid, :position)"),
            [{"session_id": member[0], "uid": uid, "position": position}
             for position, member in enumerate(members)])

def _frequency_followed(members: list[list[Any]]) -> str | None:
    zones = {zone for *_, zone in members}
    if len(members) < 2 or len(zones) != 1:
        return None
    zone = ZoneInfo(zones.pop())
    local = [(start.replace(tzinfo=UTC).astimezone(zone), end.replace(tzinfo=UTC).astimezone(zone))
             for _, start, end, _ in members]
    if len({(start.time(), end.replace(tzinfo=None) - start.replace(tzinfo=None)) for start, end in local}) != 1:
        return None
    gaps = {(later.date() - earlier.date()).days for (earlier, _), (later, _) in pairwise(local)}
    return {frozenset({7}): "weekly", frozenset({14}): "biweekly"}.get(frozenset(gaps))


def downgrade() -> None:
    op.drop_table("send_log")
    op.drop_table("series_slot")
    op.drop_table("session_series")
