"""Two users, one record: optimistic locking for short sessions, and the shared-file hazards of SQLite.

Services read a record in one short session and save it in another, often minutes later. The mapper's
version_id_col only guards the moment between a session's own read and its UPDATE; the user's edit spans
two sessions, so the version the user saw travels with the form and comes back to load_for_update():

    try:
        with self._db.transaction() as s:
            person = load_for_update(s, Person, person_id, expected_version)
            person.full_name = new_name
    except StaleVersion as exc:
        raise StaleRecord(...) from exc

"Reload" shows the current values (and version) again; "overwrite" saves the user's values once more
with expected_version set to the current version. Database.transaction() also turns SQLAlchemy's
StaleDataError (the race inside one transaction) into StaleVersion, so both paths look the same.

The model is imported inside the functions that need it: the start-up path imports this module (for the
network-share check) before any record is read, and importing the model costs it 150 ms.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from shadowdesk.storage.database import StaleVersion
from shadowdesk.translation import _, p_

T = TypeVar("T")
AUDIT_COLUMNS = frozenset({"changed_by", "changed_at"})

# File systems whose locks SQLite cannot trust: two machines writing one file through them corrupt it.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb3",
        "smbfs",
        "ncpfs",
        "9p",
        "afs",
        "coda",
        "davfs",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "fuse.sshfs",
        "sshfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.glusterfs",
        "fuse.ceph",
        "fuse.davfs",
        "fuse.gvfsd-fuse",
    }
)


def load_for_update(session: Session, entity: type[T], record_id: object, expected_version: int | None) -> T:
    """The record as it is now, refreshed from the database, provided nobody saved it since the user
    read it at expected_version. Raises StaleVersion otherwise, or when it was deleted meanwhile.

    The record's version goes up when the transaction commits even if only its collections change
    (e.g. a session's guests, which live in another table and would not bump it by themselves), so the
    other user's save of the same record is refused too.

    expected_version=None skips the comparison: only for writes that are meant to win regardless (an
    explicit overwrite is better expressed by passing the current version)."""
    mapper = inspect(entity)
    version_column = mapper.version_id_col
    if version_column is None:
        raise TypeError(f"{entity.__name__} has no version column; optimistic locking needs one")
    record = session.get(entity, record_id, populate_existing=True)
    name = entity.__name__
    if record is None:
        raise StaleVersion(_("This {record} was deleted by someone else since you opened it.").format(
            record=_record_word(name)), name, record_id, None)
    current = getattr(record, mapper.get_property_by_column(version_column).key)
    if expected_version is not None and current != expected_version:
        raise StaleVersion(_("This {record} was changed by someone else since you opened it.").format(
            record=_record_word(name)), name, record_id, current)
    # Marking one ordinary column as changed (same value) makes the flush issue the versioned UPDATE. Not
    # an audit column: the triggers write those, and no role is granted them (row_security.WRITES).
    marker = next(
        prop.key
        for prop in mapper.column_attrs
        if not any(column.primary_key or column is version_column or column.name in AUDIT_COLUMNS
                   for column in prop.columns)
    )
    flag_modified(record, marker)
    return record


@dataclass(frozen=True)
class LastChange:
    """Who saved a record last and when, as the database's triggers recorded it (model/history.py)."""

    full_name: str | None  # None: nobody known as a person (or no longer in the roster), or not recorded
    at: datetime | None
    by_signed_in_person: bool  # the person reading it saved it, e.g. in another window


def last_change(session: Session, record: object) -> LastChange:
    """The last change of record (loaded in session); nothing known for an entity without an audit trail."""
    from shadowdesk.model import Person
    from shadowdesk.model.history import Audited

    if not isinstance(record, Audited) or record.changed_by is None:
        return LastChange(None, getattr(record, "changed_at", None), False)
    person = session.get(Person, record.changed_by)
    return LastChange(None if person is None else person.full_name, record.changed_at,
                      record.changed_by == signed_in_person(session))


def signed_in_person(session: Session) -> int | None:
    """The person the audit triggers record as the one changing things now: the file's owner, or on a team
    server the person of the login connected (shadowdesk_viewer(), NULL before `server init`)."""
    if session.get_bind().dialect.name == "sqlite":
        from shadowdesk.model import FileOwner

        return session.scalar(select(FileOwner.person_id))
    person_id: int | None = session.scalar(select(func.shadowdesk_viewer()))
    return person_id


def network_filesystem(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The network file-system type path lives on (e.g. "nfs4", "cifs"), or None when it is local
    or cannot be told (no /proc/mounts outside Linux)."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = os.path.realpath(path)
    best_mount, best_type = "", None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        # /proc/mounts escapes spaces and tabs in mount points as octal (\040, \011).
        mount_point = fields[1].encode().decode("unicode_escape")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best_mount):
            best_mount, best_type = mount_point, fields[2]
    return best_type if best_type in NETWORK_FILESYSTEMS else None


def network_share_warning(database_file: Path | None, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """A sentence for the status bar when the SQLite file sits on a network share, else None."""
    if database_file is None:
        return None
    kind = network_filesystem(database_file, mounts_file)
    if kind is None:
        return None
    return _("The database file is on a network share ({kind}). SQLite cannot lock files there reliably: use "
             "it from one computer at a time, or move it to a PostgreSQL server.").format(kind=kind)


def _record_word(entity_name: str) -> str:
    """What a user calls a record of a versioned entity, inside "This {record} was changed ..."."""
    words = {"Person": p_("record", "person"), "Program": p_("record", "program"),
             "Pairing": p_("record", "pair"), "ShadowSession": p_("record", "session"),
             "Reflection": p_("record", "note"), "Idea": p_("record", "idea"),
             "Customer": p_("record", "customer"), "Project": p_("record", "project"),
             "Skill": p_("record", "skill")}
    return words.get(entity_name, entity_name.lower())
