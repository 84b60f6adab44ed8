"""Opening a database: refuse what is not ours, back up, migrate to the current schema, hand out sessions.

SQLite is the embedded default; PostgreSQL is reached with a URL. The same code serves both.
"""

from __future__ import annotations

import functools
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import ParamSpec, TypeVar
from urllib.parse import quote, unquote

from sqlalchemy import Connection, Engine, ExceptionContext, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import ConnectionPoolEntry

from shadowdesk.errors import PlainWordsError
from shadowdesk.fileio import why_not_written
from shadowdesk.storage import migrations, row_security
from shadowdesk.translation import _, n_

SQLITE_MAGIC = b"SQLite format 3\x00"
# PRAGMA application_id marks a SQLite file as ShadowDesk's ("SDK1").
APPLICATION_ID = 0x53444B31
BUSY_TIMEOUT_MS = 10_000
DEADLOCK_SQLSTATE = "40P01"
DEADLOCK_ATTEMPTS = 4


class DatabaseError(PlainWordsError):
    """A problem with the database that the user must be told about in plain words."""


class NotAShadowDeskDatabase(DatabaseError):
    pass


class NewerSchemaError(DatabaseError):
    pass


class DatabaseInUse(DatabaseError):
    """The file is open elsewhere, and what was asked (a restore) needs it closed everywhere."""


class DatabaseLocked(DatabaseError):
    """Another program kept the SQLite file locked for longer than the busy timeout."""


class DatabaseDeadlock(DatabaseError):
    """PostgreSQL undid this transaction to break a deadlock with another; running it again may succeed."""


class DatabaseDamaged(DatabaseError):
    """SQLite found the file damaged; it is marked so and opens for reading only until restored."""


class DatabaseReadOnly(DatabaseError):
    """The file or its folder cannot be written: the database is open for reading only."""


class DiskFull(DatabaseError):
    """The disk holding the database is full (or failing); the write was undone."""


class StaleVersion(DatabaseError):
    """A row was changed or deleted by someone else since it was read (optimistic locking).

    Services turn it into services.errors.StaleRecord; see storage/concurrency.py.
    """

    def __init__(self, message: str, entity: str = "", record_id: object = None,
                 current_version: int | None = None) -> None:
        super().__init__(message)
        self.entity = entity
        self.record_id = record_id
        self.current_version = current_version  # None: the record is gone


@dataclass
class Database:
    """An open, migrated database. Services call session() for one short unit of work each."""

    engine: Engine
    backup_made: Path | None = None
    # Why the database is open for reading only (a read-only folder or file, a damage mark), or "".
    read_only_reason: str = ""
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_file(self) -> Path | None:
        return sqlite_path(self.engine.url.render_as_string(hide_password=False))

    def describe(self) -> str:
        """For the status bar: the file, or the server without its password."""
        if self.sqlite_file:
            return str(self.sqlite_file)
        return self.engine.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        return self._factory()

    @contextmanager
    def transaction(self, serialized_on: Iterable[str] = ()) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error.

        serialized_on names what the work must not race on (e.g. "person:12" for a check-then-insert of
        that person's sessions): two transactions naming the same key run one after the other, so a check
        made inside one still holds at its commit. PostgreSQL takes an advisory lock per key, in sorted
        order so two transactions never wait for each other; SQLite has one writer at a time, so the
        transaction starts with BEGIN IMMEDIATE.
        A save that lost an optimistic-locking race, a deadlock, or a file that stayed locked past the busy
        timeout (SQLite retries internally until then) comes out as a DatabaseError the user can read.
        """
        keys = sorted(set(serialized_on))
        try:
            with self._factory.begin() as session:
                if keys and self.is_sqlite:
                    session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                elif keys:
                    for key in keys:
                        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": key})
                yield session
        except StaleDataError as exc:
            raise StaleVersion(_("This record was changed by someone else since you opened it.")) from exc
        except OperationalError as exc:
            if getattr(exc.orig, "sqlstate", None) == DEADLOCK_SQLSTATE:
                raise DatabaseDeadlock(
                    _("Two changes to the same records got in each other's way (a deadlock), so this "
                      "one was undone and nothing was saved. Try again.")
                ) from exc
            if not _is_sqlite_busy(exc.orig):
                raise
            raise DatabaseLocked(
                _("The database stayed locked by another ShadowDesk window or program for {seconds} "
                  "seconds, so nothing was saved. Try again in a moment.").format(seconds=BUSY_TIMEOUT_MS // 1000)
            ) from exc

    def dispose(self) -> None:
        self.engine.dispose()


_P = ParamSpec("_P")
_R = TypeVar("_R")


def retry_deadlocks(unit_of_work: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run a whole unit of work (a function that opens its own transaction) again after a deadlock.

    PostgreSQL undoes one of two deadlocked transactions whole, so running it again is safe; the short,
    random pause lets the other one finish first. After DEADLOCK_ATTEMPTS tries the deadlock is reported.
    """

    @functools.wraps(unit_of_work)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        for attempt in range(1, DEADLOCK_ATTEMPTS):
            try:
                return unit_of_work(*args, **kwargs)
            except DatabaseDeadlock:
                time.sleep(random.uniform(0.01, 0.05) * attempt)
        return unit_of_work(*args, **kwargs)

    return run


def _is_sqlite_busy(error: BaseException | None) -> bool:
    """SQLite's SQLITE_BUSY/SQLITE_LOCKED ("database is locked", "database table is locked"), not any
    message that merely contains the word."""
    return isinstance(error, sqlite3.OperationalError) and str(error).startswith(
        ("database is locked", "database table is locked", "database schema is locked"))


def normalise_url(url: str) -> str:
    """Accept plain postgresql:// URLs and use the psycopg 3 driver for them."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(
            _("{url!r} is not a database address; give one like postgresql://user@server/database, or "
              "leave --database-url out to use the file in the data folder.").format(url=url)
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (also of the read-only "file:...?mode=ro" form), None for a server."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.query.get("uri") == "true":
        return Path(unquote(parsed.database.removeprefix("file:")))
    return Path(parsed.database)


def can_write(path: Path) -> bool:
    """False for a read-only disk (even for root) and for a file or folder the user may not write."""
    return os.access(path, os.W_OK)


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens path for reading only. In a folder that cannot be written SQLite could not
    make the -shm file a WAL database needs, so there, without a write-ahead log to read, the file is
    opened as immutable (nothing can change it anyway)."""
    query = "mode=ro"
    if not can_write(path.parent) and not path.with_name(path.name + "-wal").exists():
        query += "&immutable=1"
    return f"file:{quote(str(path))}?{query}"


def open_database(url: str, backups_dir: Path | None = None, migrate: bool = True,
                  renew_protection: Callable[[Connection], None] | None = None) -> Database:
    """Open url, refusing foreign or newer databases untouched, backing up before any migration.

    A SQLite file that cannot be written (read-only folder or file) or that a check found damaged opens
    for reading only: listing, searching and reports work, and a write is refused in plain words.

    A team server that `server init` protected is upgraded only with renew_protection, which applies that
    protection again in the upgrade's transaction (`shadowdesk db upgrade` hands it in: the rules it renders
    are the services'), so its new tables are never without policies; without it the upgrade is refused and
    the message names that command. A day-to-day login is refused while a table that should have row-level
    security has none (row_security.protection_refusal)."""
    url = normalise_url(url)
    parsed = make_url(url)
    read_only_reason = ""
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is None or parsed.database == ":memory:" or parsed.query.get("mode") == "memory":
            raise DatabaseError(_("An in-memory SQLite database would be lost when the command ends, "
                                  "so it is not opened; give a file (sqlite:///path/to/file.sqlite3)."))
        _check_sqlite_file(path)
        read_only_reason = _read_only_reason(path)
        if read_only_reason:
            url = f"sqlite+pysqlite:///{read_only_uri(path)}&uri=true"
        else:
            _create_private_file(path)
        # hide_parameters: error messages that reach the log must not carry the text of notes.
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas_read_only if read_only_reason else _sqlite_pragmas)
        event.listen(engine, "handle_error", _PlainSqliteErrors(path, read_only_reason))
    elif parsed.get_backend_name() == "postgresql":
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
        # What a login's role does not allow is said in plain words, whichever command or view asked.
        row_security.explain_refusals(engine)
        try:
            _check_foreign_tables(engine, str(parsed.render_as_string(hide_password=True)))
        except DatabaseError:
            engine.dispose()
            raise
    else:
        raise DatabaseError(_("ShadowDesk works with SQLite or PostgreSQL, not {backend}.").format(
            backend=parsed.get_backend_name()))
    database = Database(engine, read_only_reason=read_only_reason)
    try:
        if migrate:
            database.backup_made = _migrate(database, backups_dir, renew_protection)
        if not database.is_sqlite:
            with engine.connect() as connection:
                refusal = row_security.protection_refusal(connection, parsed)
            if refusal:
                raise DatabaseError(refusal)
    except Exception:
        engine.dispose()
        raise
    return database


def _create_private_file(path: Path) -> None:
    """Created by us, readable by the owner only, before SQLite would create it with the umask's mode."""
    if path.exists():
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    except OSError as exc:
        raise DatabaseReadOnly(_("Cannot create the database {path}: {why}.").format(
            path=path, why=why_not_written(exc))) from exc


def _read_only_reason(path: Path) -> str:
    from shadowdesk.storage.integrity import damage_noted  # integrity imports this module

    damage = damage_noted(path)
    if damage is not None:
        return (_("{path} is damaged ({damage}), so ShadowDesk only reads it and saved nothing. "
                  "Restore a good backup (shadowdesk db restore FILE, or File > Restore from Backup); "
                  "shadowdesk db check lists the damage.").format(path=path, damage=damage))
    if path.is_file() and path.stat().st_size > 0 and not (can_write(path) and can_write(path.parent)):
        return (_("{path} is read-only (the file or its folder cannot be written), so nothing was "
                  "saved. Listing and reports to another folder still work; to make changes, use a "
                  "data folder you can write to.").format(path=path))
    return ""


class _PlainSqliteErrors:
    """SQLAlchemy's handle_error hook: SQLite's errors about the file itself become plain words, for every
    statement of every command (reads of a damaged file included). A file found damaged is marked so."""

    def __init__(self, path: Path, read_only_reason: str) -> None:
        self.path = path
        self.read_only_reason = read_only_reason

    def __call__(self, context: ExceptionContext) -> None:
        error = context.original_exception
        if not isinstance(error, sqlite3.DatabaseError) or _is_sqlite_busy(error):
            return
        message = str(error)
        if message.startswith(("database disk image is malformed", "file is not a database")):
            from shadowdesk.storage.integrity import mark_damaged

            mark_damaged(self.path, (message,))
            raise DatabaseDamaged(
                _("{path} is damaged ({message}); nothing was saved. Restore a good backup (shadowdesk "
                  "db restore FILE, or File > Restore from Backup); shadowdesk db check lists the "
                  "damage.").format(path=self.path, message=message)
            ) from error
        if message.startswith("attempt to write a readonly database"):
            raise DatabaseReadOnly(self.read_only_reason or _read_only_reason(self.path) or (
                _("{path} cannot be written; nothing was saved.").format(path=self.path))) from error
        if message.startswith(("database or disk is full", "disk I/O error")):
            raise DiskFull(
                _("Writing {path} failed: the disk is full (or failing), so nothing was saved and the "
                  "database is as it was. Free some space and try again.").format(path=self.path)
            ) from error
        if message.startswith("unable to open database file"):
            raise DatabaseError(_("{path} cannot be opened ({message}).").format(
                path=self.path, message=message)) from error


def _sqlite_pragmas_read_only(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never wait for the writer
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a power cut loses at most the last commit
    cursor.close()


def _check_sqlite_file(path: Path) -> None:
    """Look at an existing file read-only, so a file we refuse is left byte-for-byte as it was."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise NotAShadowDeskDatabase(_("{path} is a folder, not a ShadowDesk database file.").format(path=path))
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise NotAShadowDeskDatabase(
                _("{path} is not a ShadowDesk database (it is not an SQLite file). It was left "
                  "untouched.").format(path=path)
            )
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise NotAShadowDeskDatabase(_("{path} cannot be read as a database ({exc}). It was left "
                                       "untouched.").format(path=path, exc=exc)) from exc
    finally:
        connection.close()
    if tables and app_id != APPLICATION_ID:
        raise NotAShadowDeskDatabase(
            _("{path} is an SQLite database of another program, not ShadowDesk's. It was left "
              "untouched.").format(path=path)
        )
    _check_revision(revision, str(path))


def _check_foreign_tables(engine: Engine, where: str) -> None:
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception as exc:  # the driver's own errors, e.g. server down or bad password
        raise DatabaseError(_("Cannot connect to {where}: {why}").format(
            where=where, why=_first_line(exc))) from exc
    if tables and "alembic_version" not in tables:
        raise NotAShadowDeskDatabase(
            _("{where} holds tables of another program, not ShadowDesk's. Nothing was changed.").format(where=where)
        )
    _check_revision(revision, where)


def _check_revision(revision: str | None, where: str) -> None:
    if revision is not None and not migrations.is_known(revision):
        raise NewerSchemaError(
            _("{where} was written by a newer version of ShadowDesk (schema {revision}). Install the "
              "newer version to open it; the database was left untouched.").format(where=where, revision=revision)
        )


def _migrate(database: Database, backups_dir: Path | None,
             renew_protection: Callable[[Connection], None] | None) -> Path | None:
    """Bring the schema to head; back up a SQLite file that holds data before touching it; renew a team
    server's protection in the same transaction (see open_database)."""
    with database.engine.connect() as connection:
        current = migrations.current_revision(connection)
        protected = current is not None and not database.is_sqlite and row_security.is_set_up(connection)
        owner_url = row_security.owner_url(connection, database.engine.url) if protected else ""
    if current == migrations.head_revision():
        return None
    if protected and renew_protection is None:
        raise DatabaseError(
            _("This team server needs an upgrade from schema {current} to {head}, and the protection of its "
              "notes must be renewed with it, which is its owner's to do: as the owner of its tables, run "
              "`shadowdesk --database-url {owner_url} db upgrade`. Nothing was changed.").format(
                current=current, head=migrations.head_revision(), owner_url=owner_url))
    if database.read_only_reason:
        raise DatabaseReadOnly(_("This database needs an upgrade to schema {head}, which cannot be done now: "
                                 "{reason}").format(head=migrations.head_revision(),
                                                    reason=database.read_only_reason))
    backup = None
    sqlite_file = database.sqlite_file
    if current is not None and sqlite_file is not None and backups_dir is not None:
        # Imported here because backup.py uses this module's errors.
        from shadowdesk.storage.backup import backup_sqlite

        backup = backup_sqlite(sqlite_file, backups_dir, f"before-upgrade-from-{current}")
    try:
        with database.engine.connect() as connection:
            if database.is_sqlite:
                _upgrade_sqlite(connection)
            else:
                with connection.begin():
                    migrations.upgrade(connection)
                    if protected and renew_protection is not None:
                        renew_protection(connection)
    except Exception as exc:
        failed = (_("Upgrading the database from schema {current} failed ({why}). Every change of the upgrade "
                    "was undone, so the database is as it was; this version cannot open it. A backup taken "
                    "just before is at {backup}.") if backup else
                  _("Upgrading the database from schema {current} failed ({why}). Every change of the upgrade "
                    "was undone, so the database is as it was; this version cannot open it."))
        raise DatabaseError(failed.format(current=current, why=_first_line(exc), backup=backup)) from exc
    if sqlite_file is not None:
        os.chmod(sqlite_file, 0o600)
    return backup


def _upgrade_sqlite(connection: Connection) -> None:
    """Upgrade in one transaction that really holds the DDL too, the way SQLite's ALTER TABLE page
    prescribes: Python's sqlite3 only opens a transaction before INSERT/UPDATE/DELETE, so a migration that
    starts with CREATE or ALTER would otherwise commit statement by statement and a failure half-way
    would leave a half-upgraded file. Foreign keys are off while tables are rebuilt (dropping a parent
    table would cascade-delete its children) and checked before the commit."""
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # a no-op inside a transaction, so first
    connection.commit()
    try:
        with connection.begin():
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            migrations.upgrade(connection)
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if dangling:
                raise DatabaseError(
                    n_("The upgrade would leave {count} broken reference; it was undone and the database is "
                       "as it was.",
                       "The upgrade would leave {count} broken references; it was undone and the database is "
                       "as it was.", len(dangling)).format(count=len(dangling))
                )
    finally:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
