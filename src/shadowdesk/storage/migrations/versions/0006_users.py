"""Who uses the database: team-server logins mapped to people, and the owner of a file.

- app_user(login, person_id): a PostgreSQL login (session_user) and the one person it is; filled by
  `shadowdesk server grant`. The row-level security policies of `server init` read it.
- file_owner(id = 1, person_id): the person a SQLite file belongs to, chosen once at first run.

Both tables exist on both backends (one schema); each backend uses one of them.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_app_user_person_id_person"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_app_user")),
        sa.UniqueConstraint("person_id", name=op.f("uq_app_user_person_id")),
    )
    op.create_table(
        "file_owner",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_file_owner_single_row")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_file_owner_person_id_person"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_file_owner")),
    )


def downgrade() -> None:
    op.drop_table("file_owner")
    op.drop_table("app_user")
