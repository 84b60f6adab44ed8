"""Engine and session factory, database checks, Alembic migrations, backups."""

from shadowdesk.storage.database import (
    Database,
    DatabaseDeadlock,
    DatabaseError,
    DatabaseInUse,
    DatabaseLocked,
    NewerSchemaError,
    NotAShadowDeskDatabase,
    StaleVersion,
    open_database,
    retry_deadlocks,
)

__all__ = [
    "Database", "DatabaseDeadlock", "DatabaseError", "DatabaseInUse", "DatabaseLocked", "NewerSchemaError",
    "NotAShadowDeskDatabase", "StaleVersion", "open_database", "retry_deadlocks",
]
