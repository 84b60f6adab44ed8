"""Engine and session factory, database checks, Alembic migrations, backups."""

from shadowdesk.storage.database import (
    Database,
    DatabaseError,
    DatabaseInUse,
    DatabaseLocked,
    NewerSchemaError,
    NotAShadowDeskDatabase,
    StaleVersion,
    open_database,
)

__all__ = [
    "Database", "DatabaseError", "DatabaseInUse", "DatabaseLocked", "NewerSchemaError",
    "NotAShadowDeskDatabase", "StaleVersion", "open_database",
]
