"""search index over notes and ideas; built-in reflection templates

Revision ID: 0002
Revises: 0001

The index tables are described in shadowdesk.storage.search_index. Triggers queue every change of a
reflection or idea in search_pending, so rows written by any code (bulk inserts included) get indexed.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (name, session kind, role, prompts): the kind and role a template is chosen by; None means "any".
BUILTIN_TEMPLATES = [
    (
        "Salesperson after a project shadow",
        "project_shadow",
        "guest",
        [
            "What surprised you about delivering the project?",
            "What would you now promise a customer differently?",
            "What did the project manager need from sales that they did not get?",
        ],
    ),
    (
        "Project manager after hosting a project shadow",
        "project_shadow",
        "host",
        [
            "What did your guest from sales ask that you did not expect?",
            "Which part of delivery was hardest to explain, and why?",
            "What would you like sales to tell customers about how projects run?",
        ],
    ),
    (
        "Project manager after a customer visit",
        "customer_visit",
        "guest",
        [
            "What does the customer really need?",
            "What was promised, and can we keep it?",
            "What did you learn about winning the business?",
        ],
    ),
    (
        "Salesperson after hosting a customer visit",
        "customer_visit",
        "host",
        [
            "What did the project manager notice about the customer that you had not?",
            "Which customer question could the project manager answer better than you?",
            "What will you hand over differently after the next deal?",
        ],
    ),
    (
        "After Action Review",
        None,
        None,
        [
            "What was supposed to happen?",
            "What actually happened?",
            "Why was there a difference?",
            "What will we keep doing, and what will we change?",
        ],
    ),
]

# (trigger name suffix, table, columns whose change needs re-indexing)
WATCHED = [("reflection", "reflection", "free_text, answers"), ("idea", "idea", "title, description")]


def upgrade() -> None:
    op.create_table(
        "search_pending",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("ref_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "ref_id", name=op.f("pk_search_pending")),
    )
    op.create_table(
        "search_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("ref_id", sa.Integer(), nullable=False),
        sa.Column("folded", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_entry")),
        sa.UniqueConstraint("kind", "ref_id", name=op.f("uq_search_entry_kind")),
    )
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_index()
    else:
        _postgresql_index()
    for kind, table, _ in WATCHED:  # index what is already there on the first search
        op.execute(f"INSERT INTO search_pending (kind, ref_id) SELECT '{kind}', id FROM {table}")
    templates = sa.table(
        "reflection_template",
        sa.column("name", sa.String),
        sa.column("session_kind", sa.String),
        sa.column("role", sa.String),
        sa.column("prompts", sa.JSON),
        sa.column("builtin", sa.Boolean),
    )
    op.bulk_insert(
        templates,
        [
            {"name": name, "session_kind": kind, "role": role, "prompts": prompts, "builtin": True}
            for name, kind, role, prompts in BUILTIN_TEMPLATES
        ],
    )


def _sqlite_index() -> None:
    # Trigram: substrings of 3+ characters, CJK included. The text is already folded in Python, so
    # case_sensitive keeps MATCH exactly as strict as the LIKE used for shorter terms.
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5(folded, content='search_entry', "
        "content_rowid='id', tokenize='trigram case_sensitive 1')"
    )
    op.execute(
        "CREATE TRIGGER search_entry_ai AFTER INSERT ON search_entry BEGIN "
        "INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END"
    )
    op.execute(
        "CREATE TRIGGER search_entry_ad AFTER DELETE ON search_entry BEGIN "
        "INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END"
    )
    op.execute(
        "CREATE TRIGGER search_entry_au AFTER UPDATE ON search_entry BEGIN "
        "INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); "
        "INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END"
    )
    for kind, table, columns in WATCHED:
        enqueue_new = f"INSERT OR IGNORE INTO search_pending (kind, ref_id) VALUES ('{kind}', new.id);"
        enqueue_old = f"INSERT OR IGNORE INTO search_pending (kind, ref_id) VALUES ('{kind}', old.id);"
        op.execute(f"CREATE TRIGGER search_{kind}_ai AFTER INSERT ON {table} BEGIN {enqueue_new} END")
        op.execute(
            f"CREATE TRIGGER search_{kind}_au AFTER UPDATE OF {columns} ON {table} BEGIN {enqueue_new} END"
        )
        op.execute(f"CREATE TRIGGER search_{kind}_ad AFTER DELETE ON {table} BEGIN {enqueue_old} END")


def _postgresql_index() -> None:
    op.execute("""
        CREATE FUNCTION shadowdesk_search_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                INSERT INTO search_pending (kind, ref_id) VALUES (TG_ARGV[0], OLD.id) ON CONFLICT DO NOTHING;
            ELSE
                INSERT INTO search_pending (kind, ref_id) VALUES (TG_ARGV[0], NEW.id) ON CONFLICT DO NOTHING;
            END IF;
            RETURN NULL;
        END $$""")
    for kind, table, columns in WATCHED:
        op.execute(
            f"CREATE TRIGGER search_{kind}_aid AFTER INSERT OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION shadowdesk_search_enqueue('{kind}')"
        )
        op.execute(
            f"CREATE TRIGGER search_{kind}_au AFTER UPDATE OF {columns} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION shadowdesk_search_enqueue('{kind}')"
        )
    connection = op.get_bind()
    available = connection.exec_driver_sql(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"
    ).scalar()
    if not available:
        return  # plain LIKE scans: slower on large data, same results
    try:
        with connection.begin_nested():  # a user without CREATE rights must not abort the migration
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            connection.exec_driver_sql(
                "CREATE INDEX ix_search_entry_folded_trgm ON search_entry USING gin (folded gin_trgm_ops)"
            )
    except sa.exc.DBAPIError:
        pass


def downgrade() -> None:
    op.execute("DELETE FROM reflection_template WHERE builtin")
    for kind, table, _ in WATCHED:
        for suffix in ("ai", "aid", "au", "ad"):
            if op.get_bind().dialect.name == "sqlite":
                op.execute(f"DROP TRIGGER IF EXISTS search_{kind}_{suffix}")
            else:
                op.execute(f"DROP TRIGGER IF EXISTS search_{kind}_{suffix} ON {table}")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_fts")
    else:
        op.execute("DROP FUNCTION shadowdesk_search_enqueue()")
    op.drop_table("search_entry")
    op.drop_table("search_pending")
