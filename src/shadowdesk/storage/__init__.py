"""Engine and session factory, database checks, Alembic migrations, backups."""

from shadowdesk.storage.database import (
    Database,
    DatabaseError,
    NewerSchemaError,
    NotAShadowDeskDatabase,
    open_database,
)

__all__ = ["Database", "DatabaseError", "NewerSchemaError", "NotAShadowDeskDatabase", "open_database"]
