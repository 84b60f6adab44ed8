"""Index sessions by status: the dashboard counts completed sessions on every start-up.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_shadow_session_status", "shadow_session", ["status", "host_id"])


def downgrade() -> None:
    op.drop_index("ix_shadow_session_status", table_name="shadow_session")
