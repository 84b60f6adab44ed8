"""note_state: whether each note exists and in which status, without its text or rating

On a team server the program office may not read a participant's draft or private note, yet it must know
that the note is started or written, or its "notes due" would chase notes that are done. note_state holds
one row per reflection (reflection id, session, author, status, submitted_at) and nothing a reader could
learn the note from; `server init` (storage/row_security.py) lets the program office read every row and a
participant their own.

The database keeps it, whatever writes the notes:
- PostgreSQL: an AFTER INSERT OR UPDATE trigger on reflection running shadowdesk_note_state(), SECURITY
  DEFINER because no login is granted a write on note_state;
- SQLite: AFTER INSERT and AFTER UPDATE OF the copied columns (so the audit trigger's stamp of changed_by
  does not fire it). A later migration that recreates reflection (batch mode) recreates these triggers.
A deleted note's row goes with it (foreign key, ON DELETE CASCADE). Existing notes are copied in here.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

COPIED = ("session_id", "author_id", "status", "submitted_at")
_COLUMNS = ", ".join(COPIED)


def upgrade() -> None:
    op.create_table(
        "note_state",
        sa.Column("reflection_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.Enum("draft", "submitted", name="reflectionstatus", native_enum=False,
                                    create_constraint=True, length=20), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["reflection_id"], ["reflection.id"],
                                name=op.f("fk_note_state_reflection_id_reflection"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("reflection_id", name=op.f("pk_note_state")),
        sa.UniqueConstraint("session_id", "author_id", name=op.f("uq_note_state_session_id")),
    )
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_triggers()
        op.execute(f"INSERT INTO note_state (reflection_id, {_COLUMNS}) SELECT id, {_COLUMNS} FROM reflection")
    else:
        _postgresql_triggers()
        _copy_every_note()


def _sqlite_triggers() -> None:
    values = ", ".join(f"new.{column}" for column in COPIED)
    assignments = ", ".join(f"{column} = new.{column}" for column in COPIED)
    op.execute(f"CREATE TRIGGER note_state_ai AFTER INSERT ON reflection BEGIN "
               f"INSERT INTO note_state (reflection_id, {_COLUMNS}) VALUES (new.id, {values}); END")
    op.execute(f"CREATE TRIGGER note_state_au AFTER UPDATE OF {_COLUMNS} ON reflection BEGIN "
               f"UPDATE note_state SET {assignments} WHERE reflection_id = new.id; END")


def _postgresql_triggers() -> None:
    connection = op.get_bind()
    schema = connection.dialect.identifier_preparer.quote_identifier(
        connection.exec_driver_sql("SELECT current_schema()").scalar_one())
    values = ", ".join(f"NEW.{column}" for column in COPIED)
    assignments = ", ".join(f"{column} = NEW.{column}" for column in COPIED)
    # The table is named with its schema: a SECURITY DEFINER function must not find a login's temporary table.
    op.execute(f"""
        CREATE FUNCTION {schema}.shadowdesk_note_state() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO {schema}.note_state (reflection_id, {_COLUMNS}) VALUES (NEW.id, {values});
            ELSE
                UPDATE {schema}.note_state SET {assignments} WHERE reflection_id = NEW.id;
            END IF;
            RETURN NULL;
        END $$""")
    op.execute(f"REVOKE ALL ON FUNCTION {schema}.shadowdesk_note_state() FROM PUBLIC")
    op.execute(f"CREATE TRIGGER note_state AFTER INSERT OR UPDATE OF {_COLUMNS} ON reflection "
               f"FOR EACH ROW EXECUTE FUNCTION {schema}.shadowdesk_note_state()")


def _copy_every_note() -> None:
    """On a team server reflection's policy holds its owner too (FORCE), and would hide most notes from the
    copy: it is lifted for the copy and put back, inside the upgrade's one transaction."""
    forced = op.get_bind().exec_driver_sql(
        "SELECT relforcerowsecurity FROM pg_class WHERE oid = 'reflection'::regclass").scalar_one()
    if forced:
        op.execute("ALTER TABLE reflection NO FORCE ROW LEVEL SECURITY")
    op.execute(f"INSERT INTO note_state (reflection_id, {_COLUMNS}) SELECT id, {_COLUMNS} FROM reflection")
    if forced:
        op.execute("ALTER TABLE reflection FORCE ROW LEVEL SECURITY")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS note_state_ai")
        op.execute("DROP TRIGGER IF EXISTS note_state_au")
    else:
        op.execute("DROP TRIGGER IF EXISTS note_state ON reflection")
        op.execute("DROP FUNCTION shadowdesk_note_state()")
    op.drop_table("note_state")
