"""Customers and projects as managed lists; dates for planner rounds; sessions linked to their pair.

- customer: active, version_id (optimistic locking like the other entities);
- project: active, reference (e.g. the TMS project number), version_id;
- pairing: round_start, round_end (nullable);
- data: a session without a pair is linked to one where exactly one pair of its program has the session's
  host as one person and one of its guests as the other (either way round). A session that matches two
  pairs (two guests who are both paired with the host, or the same two people paired twice) or none is
  left unlinked, for a person to decide.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The pairs of the session's program made of its host and one of its guests, whichever side each is on.
_MATCHING_PAIRS = """
    FROM pairing
    JOIN session_guest ON session_guest.session_id = shadow_session.id
    WHERE pairing.program_id = shadow_session.program_id
      AND ((pairing.person_a_id = shadow_session.host_id AND pairing.person_b_id = session_guest.person_id)
        OR (pairing.person_b_id = shadow_session.host_id AND pairing.person_a_id = session_guest.person_id))
"""


def upgrade() -> None:
    # Plain ADD COLUMN on both backends: SQLite needs no table rebuild for it (a batch would reflect the
    # tables, and with them person's expression index, which SQLite's reflection cannot read). The server
    # defaults fill the rows already there.
    op.add_column("customer", sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.add_column("customer", sa.Column("version_id", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("project", sa.Column("reference", sa.String(length=120), nullable=False, server_default=""))
    op.add_column("project", sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.add_column("project", sa.Column("version_id", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("pairing", sa.Column("round_start", sa.Date(), nullable=True))
    op.add_column("pairing", sa.Column("round_end", sa.Date(), nullable=True))
    op.execute(
        f"UPDATE shadow_session SET pairing_id = (SELECT min(pairing.id) {_MATCHING_PAIRS}) "
        "WHERE pairing_id IS NULL AND program_id IS NOT NULL "
        f"AND (SELECT count(DISTINCT pairing.id) {_MATCHING_PAIRS}) = 1"
    )


def downgrade() -> None:
    # SQLite drops columns by rebuilding the table: a batch. The links made by upgrade() are kept: they are
    # right, and older versions read pairing_id too.
    with op.batch_alter_table("pairing") as batch:
        batch.drop_column("round_end")
        batch.drop_column("round_start")
    with op.batch_alter_table("project") as batch:
        batch.drop_column("version_id")
        batch.drop_column("active")
        batch.drop_column("reference")
    with op.batch_alter_table("customer") as batch:
        batch.drop_column("version_id")
        batch.drop_column("active")
