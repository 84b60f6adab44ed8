"""who changed each person, program, pair, session, idea and note, and when: written by the database itself

- changed_by (a person id, no foreign key: the trail outlives the person; NULL for nobody known as a person)
  and changed_at (UTC) on person, program, pairing, shadow_session, idea and reflection;
- change_log: one row per created, changed or deleted record, with the names (never the values) of the
  columns a change touched;
- triggers that fill both on every INSERT, UPDATE and DELETE, whatever wrote it, with the database's own
  notion of the user, overriding whatever the statement said:
  - PostgreSQL: one BEFORE trigger per table running shadowdesk_audit(), SECURITY DEFINER so that it alone
    writes change_log (no login is granted INSERT on it). The user is shadowdesk_viewer(), the person of
    session_user that `server init` (storage/row_security.py) defines; until then a stand-in returning NULL
    exists, which init replaces (same signature) and this migration never replaces.
  - SQLite: AFTER INSERT/UPDATE/DELETE triggers; the user is the file's owner (file_owner). SQLite cannot
    change NEW, so the row is stamped by an UPDATE of the two columns, which the UPDATE trigger lets pass
    (it fires only when the row differs from a correct stamp). The column list of each UPDATE trigger is
    the table's at this revision: a later migration adding a column to an audited table rebuilds it, and
    one that recreates such a table (batch mode) recreates all of its triggers.

version_id, updated_at and the two audit columns are bookkeeping: they are not listed as changed, and an
UPDATE that changes nothing else (a save's first flush, which only raises the version; a statement that only
tried to write the audit columns) stamps the row but adds nothing to the log.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# table -> the record's name in the log (model/history.py AUDITED, as of this revision)
AUDITED = {"person": "person", "program": "program", "pairing": "pair", "shadow_session": "session",
           "idea": "idea", "reflection": "note"}
BOOKKEEPING = ("id", "changed_by", "changed_at", "version_id", "updated_at")

_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f000', 'now')"  # SQLAlchemy's DATETIME text, in UTC
_SQLITE_OWNER = "(SELECT person_id FROM file_owner WHERE id = 1)"
_LOG = "INSERT INTO {schema}change_log (entity, record_id, changed_by, changed_at, what, changed_columns)"


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("changed_by", sa.Integer(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("what", sa.String(length=10), nullable=False),
        sa.Column("changed_columns", sa.Text(), nullable=False),
        sa.CheckConstraint("what IN ('created', 'changed', 'deleted')", name=op.f("ck_change_log_known_change")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index("ix_change_log_record", "change_log", ["entity", "record_id", "id"])
    for table in AUDITED:
        op.add_column(table, sa.Column("changed_by", sa.Integer(), nullable=True))
        op.add_column(table, sa.Column("changed_at", sa.DateTime(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        for table, entity in AUDITED.items():
            _sqlite_triggers(table, entity)
    else:
        _postgresql_triggers()


def _sqlite_triggers(table: str, entity: str) -> None:
    columns = sorted(row[1] for row in op.get_bind().exec_driver_sql(f"PRAGMA table_info({table})")
                     if row[1] not in BOOKKEEPING)
    differs = " OR ".join(f'new."{c}" IS NOT old."{c}"' for c in columns)
    changed = "substr(" + " || ".join(f"CASE WHEN new.\"{c}\" IS NOT old.\"{c}\" THEN ',{c}' ELSE '' END"
                                      for c in columns) + ", 2)"
    stamp = f"UPDATE {table} SET changed_by = {_SQLITE_OWNER}, changed_at = {_SQLITE_NOW} WHERE id = new.id;"
    log = _LOG.format(schema="")
    op.execute(f"CREATE TRIGGER audit_{table}_ai AFTER INSERT ON {table} BEGIN {stamp} "
               f"{log} VALUES ('{entity}', new.id, {_SQLITE_OWNER}, {_SQLITE_NOW}, 'created', ''); END")
    # Not for the stamp itself (the INSERT trigger's UPDATE); for anything else, including a statement that
    # tried to write the two columns: the stamp puts them right, and the log says nothing of it.
    op.execute(
        f"CREATE TRIGGER audit_{table}_au AFTER UPDATE ON {table} "
        f"WHEN new.changed_by IS NOT {_SQLITE_OWNER} OR new.changed_at IS NOT {_SQLITE_NOW} "
        f"OR new.version_id IS NOT old.version_id OR {differs} BEGIN {stamp} "
        f"{log} SELECT '{entity}', new.id, {_SQLITE_OWNER}, {_SQLITE_NOW}, 'changed', {changed} "
        f"WHERE {differs}; END")
    op.execute(f"CREATE TRIGGER audit_{table}_ad AFTER DELETE ON {table} BEGIN "
               f"{log} VALUES ('{entity}', old.id, {_SQLITE_OWNER}, {_SQLITE_NOW}, 'deleted', ''); END")


def _postgresql_triggers() -> None:
    connection = op.get_bind()
    schema = connection.dialect.identifier_preparer.quote_identifier(
        connection.exec_driver_sql("SELECT current_schema()").scalar_one())
    # Nobody is known as a person before `server init` links logins to people: the stand-in says so.
    op.execute(f"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'shadowdesk_viewer'
                           AND pronamespace = current_schema()::regnamespace) THEN
                CREATE FUNCTION {schema}.shadowdesk_viewer() RETURNS integer LANGUAGE sql STABLE
                    AS 'SELECT NULL::integer';
            END IF;
        END $$""")
    bookkeeping = ", ".join(f"'{c}'" for c in BOOKKEEPING)
    log = _LOG.format(schema=f"{schema}.")
    # Tables are named with their schema: a SECURITY DEFINER function must not find a login's temporary table.
    op.execute(f"""
        CREATE FUNCTION {schema}.shadowdesk_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
        DECLARE
            who integer := {schema}.shadowdesk_viewer();
            at timestamp := statement_timestamp() AT TIME ZONE 'UTC';
            changed text;
        BEGIN
            IF TG_OP = 'DELETE' THEN
                {log} VALUES (TG_ARGV[0], OLD.id, who, at, 'deleted', '');
                RETURN OLD;
            END IF;
            NEW.changed_by := who;
            NEW.changed_at := at;
            IF TG_OP = 'INSERT' THEN
                {log} VALUES (TG_ARGV[0], NEW.id, who, at, 'created', '');
                RETURN NEW;
            END IF;
            SELECT coalesce(string_agg(fresh.key, ',' ORDER BY fresh.key), '') INTO changed
                FROM jsonb_each(to_jsonb(NEW)) AS fresh
                WHERE fresh.key NOT IN ({bookkeeping}) AND fresh.value IS DISTINCT FROM to_jsonb(OLD) -> fresh.key;
            IF changed <> '' THEN
                {log} VALUES (TG_ARGV[0], NEW.id, who, at, 'changed', changed);
            END IF;
            RETURN NEW;
        END $$""")
    op.execute(f"REVOKE ALL ON FUNCTION {schema}.shadowdesk_audit() FROM PUBLIC")
    for table, entity in AUDITED.items():
        op.execute(f"CREATE TRIGGER audit_{table} BEFORE INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION {schema}.shadowdesk_audit('{entity}')")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in AUDITED:
        if sqlite:
            for suffix in ("ai", "au", "ad"):
                op.execute(f"DROP TRIGGER IF EXISTS audit_{table}_{suffix}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS audit_{table} ON {table}")
        # Native DROP COLUMN (SQLite 3.35+): batch mode would recreate the table without its other triggers.
        op.execute(f"ALTER TABLE {table} DROP COLUMN changed_at")
        op.execute(f"ALTER TABLE {table} DROP COLUMN changed_by")
    if not sqlite:
        op.execute("DROP FUNCTION shadowdesk_audit()")
    op.drop_index("ix_change_log_record", table_name="change_log")
    op.drop_table("change_log")
