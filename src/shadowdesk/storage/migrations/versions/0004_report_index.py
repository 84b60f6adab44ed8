"""Indexes for program reports (a quarter of the time of gathering a 20,000-session program's figures):
- sessions by program with every column the report counts, replacing the index on program_id alone: the
  totals, hours and months are read from the index without touching the sessions' rows (agendas, places);
- reflections by status, visibility and rating: on SQLite the highlights, the best notes shared with the
  program, are found by walking the index from the top instead of sorting every shared note (id is listed so
  the walk is in the highlights' order; PostgreSQL, which puts NULL ratings first in a backward walk, sorts
  the program's shared notes as before), and the counts of submitted notes read the index alone.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

REPORTED = ["program_id", "pairing_id", "host_id", "status", "kind", "starts_at", "ends_at"]


BEST_NOTES = ["status", "visibility", "rating", "submitted_at", "id", "session_id", "author_id"]


def upgrade() -> None:
    op.create_index("ix_shadow_session_program", "shadow_session", REPORTED)
    op.drop_index("ix_shadow_session_program_id", table_name="shadow_session")
    op.create_index("ix_reflection_best", "reflection", BEST_NOTES)


def downgrade() -> None:
    op.drop_index("ix_reflection_best", table_name="reflection")
    op.create_index("ix_shadow_session_program_id", "shadow_session", ["program_id"])
    op.drop_index("ix_shadow_session_program", table_name="shadow_session")
