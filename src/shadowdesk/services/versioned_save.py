"""Saving a record the user opened minutes ago: refused in plain words when someone else saved it first.

Every edit use case passes the version its form opened with. The save goes through
storage.concurrency.load_for_update(); a StaleVersion comes out as StaleRecord("<name> was changed by
<who> at <time> since you opened it.") carrying the current version and who saved it when, as the
database's audit trail recorded it (model/history.py; "someone else", without a time, when that was nobody
known as a person). The form can offer to overwrite by calling the same save again with
expected_version=current_version, or to reload. A record deleted meanwhile comes out as NotFound: there is
nothing to overwrite.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from shadowdesk.services.errors import NotFound, StaleRecord, UserError
from shadowdesk.services.local_dates import clock_on_day
from shadowdesk.storage import Database, StaleVersion
from shadowdesk.storage.concurrency import last_change, load_for_update
from shadowdesk.translation import _


class Versioned(Protocol):
    """An entity whose mapper has a version_id_col (see storage/concurrency.py)."""

    @property
    def version_id(self) -> int: ...


T = TypeVar("T", bound=Versioned)


@contextmanager
def versioned_save(database: Database, entity: type[T], record_id: int, expected_version: int | None,
                   name_of: Callable[[T], str], deleted: str,
                   serialized_on: Iterable[str] = ()) -> Iterator[tuple[Session, T]]:
    """One transaction holding the record, refreshed and checked against expected_version.

    name_of(record) names it at the start of the refusal ("Anna Nowak", "The idea “Glossary”"); deleted
    is the whole sentence for a record that is gone. Both the check on load and the race at commit (two
    saves passing the check at the same moment) end up here. serialized_on: as Database.transaction()."""
    try:
        with database.transaction(serialized_on) as session:
            yield session, load_for_update(session, entity, record_id, expected_version)
    except StaleVersion as exc:
        raise _refusal(database, entity, record_id, name_of, deleted) from exc


def _refusal(database: Database, entity: type[T], record_id: int, name_of: Callable[[T], str],
             deleted: str) -> UserError:
    # Read again in a fresh session: the race at commit does not say which version won, and the name
    # shown should be the record's current one.
    with database.session() as session:
        record = session.get(entity, record_id)
        if record is None:
            return NotFound(deleted)
        change = last_change(session, record)
        who = "you" if change.by_signed_in_person else change.full_name
        if who is None or change.at is None:
            return StaleRecord(_("{record} was changed by someone else since you opened it.").format(
                record=name_of(record)), current_version=record.version_id)
        by = _("you in another window") if change.by_signed_in_person else who
        when = clock_on_day(change.at.astimezone())  # this computer's zone, as the reader's clock
        return StaleRecord(_("{record} was changed by {by} at {when} since you opened it.").format(
                               record=name_of(record), by=by, when=when),
                           current_version=record.version_id, changed_by=who, changed_at=change.at)
