"""Alembic environment: always handed a live connection by shadowdesk.storage.migrations."""

from alembic import context

from shadowdesk.model import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    transaction_per_migration=False,
)
context.run_migrations()
