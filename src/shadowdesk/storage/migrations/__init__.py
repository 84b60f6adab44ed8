"""Alembic, driven from code: the migration scripts travel inside the package.

Opening a database that is already current must not pay for importing Alembic (about 0.15 s of
start-up), so the revision chain is also listed here; tests/storage/test_migration_chain.py checks that
this list and Alembic's scripts agree. Alembic itself is imported only to upgrade.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:  # Alembic is imported only to upgrade (see above)
    from alembic.config import Config

SCRIPT_LOCATION = Path(__file__).parent
# Every revision in order, oldest first. A new migration appends its revision id here.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return REVISIONS[-1]


def is_known(revision: str) -> bool:
    return revision in REVISIONS


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(connection: Connection, target: str = "head") -> None:
    """Run inside the caller's transaction, so a failed upgrade rolls back whole."""
    from alembic import command

    command.upgrade(alembic_config(connection), target)
