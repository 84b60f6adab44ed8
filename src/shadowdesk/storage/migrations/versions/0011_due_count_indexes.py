"""Covering indexes for the count of notes due, which the dashboard makes on every start-up.

The count reads the completed sessions that ended before the reminder cut-off (status, then a range of
starts_at, with ends_at and the host), and the submitted notes on them (status, session, author). With
these two indexes SQLite answers both from the indexes alone: 0.17 -> 0.11 s on 100,000 sessions and
42,500 notes (raw sqlite3, the dashboard's statement).

Revision ID: 0011
Revises: 0010
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_shadow_session_ended", "shadow_session", ["status", "starts_at", "ends_at", "host_id"])
    op.create_index("ix_note_state_status", "note_state", ["status", "session_id", "author_id"])


def downgrade() -> None:
    op.drop_index("ix_note_state_status", table_name="note_state")
    op.drop_index("ix_shadow_session_ended", table_name="shadow_session")
