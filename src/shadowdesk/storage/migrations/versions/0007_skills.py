"""The skills matrix: each program's skills per side, the sessions that teach them, and every level given.

- skill(program_id, side, name, description, rubric, target_level, position, version_id): what the people of
  `side` learn from the other side; rubric holds what each level 0-4 looks like;
- session_skill(session_id, skill_id): the skills a session is meant to teach;
- skill_rating(skill_id, person_id, kind, level, rated_by_id, rated_at, session_id, recorded_on, note): one row
  per level given (self at the start or the end, observed by a session's host, recorded by a coordinator),
  never overwritten; ix_skill_rating_latest lets the latest of each kind be read from the index alone.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

SIDE = sa.Enum("a", "b", name="side", native_enum=False, create_constraint=True, length=20)
KIND = sa.Enum("self_start", "self_end", "observed", "recorded", name="ratingkind", native_enum=False,
               create_constraint=True, length=20)


def upgrade() -> None:
    op.create_table(
        "skill",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("side", SIDE, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("rubric", sa.JSON(), nullable=False),
        sa.Column("target_level", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("target_level BETWEEN 0 AND 4", name=op.f("ck_skill_target_level_range")),
        sa.ForeignKeyConstraint(["program_id"], ["program.id"], name=op.f("fk_skill_program_id_program"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill")),
        sa.UniqueConstraint("program_id", "name", name=op.f("uq_skill_program_id")),
    )
    op.create_index("ix_skill_program", "skill", ["program_id", "side", "position"])
    op.create_table(
        "session_skill",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["shadow_session.id"],
                                name=op.f("fk_session_skill_session_id_shadow_session"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["skill_id"], ["skill.id"], name=op.f("fk_session_skill_skill_id_skill"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id", "skill_id", name=op.f("pk_session_skill")),
    )
    op.create_index("ix_session_skill_skill_id", "session_skill", ["skill_id"])
    op.create_table(
        "skill_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", KIND, nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("rated_by_id", sa.Integer(), nullable=True),
        sa.Column("rated_at", sa.DateTime(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("recorded_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("level BETWEEN 0 AND 4", name=op.f("ck_skill_rating_level_range")),
        sa.CheckConstraint("kind <> 'recorded' OR recorded_on IS NOT NULL",
                           name=op.f("ck_skill_rating_recorded_has_date")),
        sa.ForeignKeyConstraint(["skill_id"], ["skill.id"], name=op.f("fk_skill_rating_skill_id_skill"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_skill_rating_person_id_person"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["rated_by_id"], ["person.id"], name=op.f("fk_skill_rating_rated_by_id_person"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["session_id"], ["shadow_session.id"],
                                name=op.f("fk_skill_rating_session_id_shadow_session"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_rating")),
    )
    op.create_index("ix_skill_rating_person_id", "skill_rating", ["person_id"])
    op.create_index("ix_skill_rating_latest", "skill_rating",
                    ["skill_id", "person_id", "kind", "recorded_on", "rated_at", "id", "level"])


def downgrade() -> None:
    op.drop_table("skill_rating")
    op.drop_table("session_skill")
    op.drop_table("skill")
