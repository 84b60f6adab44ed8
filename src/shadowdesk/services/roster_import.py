"""The roster import: people added and updated from a checked roster, all or nothing, nobody deleted.

By default a roster with one bad row imports nothing; skip_invalid imports the good rows and names the
others (the rows that needed a skipped one, as their manager, are skipped too). A person the file gives no
time zone gets the zone chosen or guessed for their location, or none ("", unknown) rather than a UTC
nobody chose; a stored person keeps theirs unless it is unknown.

An import writes only the columns the file holds, so a colleague's change to anything else stays. If
someone else changed, since the roster was checked (read, or shown in the preview), a field of a person
that the import would now set to another value, the import writes nothing and names them; the roster
comes back checked afresh, so the preview shows what Import would now do. That is what the edit dialogs do
with a stale record (Reload), and what a user expects of a file that may be older than the colleague's
edit. A change that does not collide (another field, or two imports of different columns) is kept and the
import goes ahead: refusing it would only make the user import again for nothing.

Imports run one at a time (an advisory lock on PostgreSQL, BEGIN IMMEDIATE on SQLite); the people are
locked in email order while the import reads them, the rows are written in email order, and a deadlock
with another writer runs the import again. Built for rosters of 50,000: a handful of bulk statements.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Row, Table, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shadowdesk.interop import roster, roster_managers
from shadowdesk.interop.roster import KnownPerson, ParsedRoster, RosterChoices, RosterEntry, RowProblem
from shadowdesk.model import Person
from shadowdesk.model.base import utc_now
from shadowdesk.services.errors import UserError
from shadowdesk.storage import Database, retry_deadlocks
from shadowdesk.translation import N_, _

# Levels of a management chain among new people that the import links as it inserts (see _insert_new).
MAX_MANAGER_LEVELS = 12
# The stored fields a roster row can change, and the roster field that fills each.
_ROSTER_FIELDS = ("full_name", "email", "department", "job_title", "location", "time_zone", "active")
# What the file must hold for a stored field to be written (the name may come from first and last name).
_SOURCES = {"full_name": roster.NAME_FIELDS, "email": ("email",), "department": ("department",),
            "job_title": ("job_title",), "location": ("location",), "time_zone": ("time_zone",),
            "active": ("active",)}
# Imports of every data folder and server serialise on this key (Database.transaction(serialized_on=...)).
IMPORT_LOCK = "roster-import"


@dataclass(frozen=True)
class FieldChange:
    field: str  # a roster field (roster.FIELDS), "manager_email" for the manager
    old: str
    new: str


@dataclass(frozen=True)
class PersonChange:
    """What an import changes of one stored person, old -> new, so it can be read before it is written."""

    line: int
    name: str
    email: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int
    problems: tuple[RowProblem, ...]
    written: bool  # False on a dry run and whenever problems remain
    # People the import would have changed who were changed by someone else since the roster was checked.
    changed_meanwhile: tuple[RowProblem, ...] = ()
    # The roster as checked this time, with the people as seen now: what a second Import must be given.
    checked: ParsedRoster | None = None
    changes: tuple[PersonChange, ...] = ()  # of the people updated, in line order
    skipped: tuple[RowProblem, ...] = ()  # with skip_invalid: the rows left out, and why

    @property
    def ok(self) -> bool:
        return not self.problems


def stored_people(session: Session, lock: bool = False) -> dict[str, Row[Any]]:
    """Every stored person by email key: id, manager_id, version_id and the fields a roster can change.
    lock: hold them until the transaction ends (PostgreSQL; SQLite's BEGIN IMMEDIATE holds the whole file),
    taken in email order so that two writers of many people never wait for each other in a circle."""
    columns = (getattr(Person, name) for name in _ROSTER_FIELDS)
    statement = select(Person.id, Person.manager_id, Person.version_id, *columns)
    if lock:
        statement = statement.order_by(func.lower(Person.email)).with_for_update()
    return {roster.email_key(row.email): row for row in session.execute(statement)}


def _known(stored: Mapping[str, Row[Any]]) -> dict[str, KnownPerson]:
    """The stored people as the roster's checks need them: by name, and who manages whom."""
    key_of_id = {row.id: key for key, row in stored.items()}
    return {key: KnownPerson(row.full_name, key_of_id.get(row.manager_id)) for key, row in stored.items()}


def check_roster(database: Database, table: roster.RosterTable, mapping: Mapping[str, int],
                 choices: RosterChoices | None = None) -> ParsedRoster:
    """The rows checked against the people stored now, who are kept in it as seen (ParsedRoster.seen)."""
    with database.session() as session:
        stored = stored_people(session)
    return _with_seen(roster.parse_roster(table, mapping, _known(stored), choices), stored)


def _with_seen(parsed: ParsedRoster, stored: Mapping[str, Row[Any]]) -> ParsedRoster:
    return replace(parsed, seen={entry.key: stored[entry.key] for entry in parsed.entries if entry.key in stored})


def import_roster(database: Database, parsed: ParsedRoster, dry_run: bool = False,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None, skip_invalid: bool = False) -> ImportSummary:
    """See PeopleService.import_roster."""
    try:
        return _import_once(database, parsed, dry_run, progress or (lambda _done, _total: None), cancelled,
                            skip_invalid)
    except IntegrityError as exc:
        raise UserError(_("Someone else changed people while the roster was imported; nothing was "
                          "imported. Please import again.")) from exc


@retry_deadlocks
def _import_once(database: Database, parsed: ParsedRoster, dry_run: bool, report: Callable[[int, int], None],
                 cancelled: Callable[[], bool] | None, skip_invalid: bool) -> ImportSummary:
    steps = 1 if dry_run else 3
    report(0, steps)

    def stop_if_cancelled() -> None:
        # Raised inside the transaction, so everything written so far is rolled back.
        if cancelled is not None and cancelled():
            raise UserError(_("The import was stopped; nothing was imported."))

    with database.transaction(serialized_on=() if dry_run else (IMPORT_LOCK,)) as session:
        stored = stored_people(session, lock=not dry_run)
        known = _known(stored)
        checked = _with_seen(roster_managers.link_rows(parsed, known), stored)
        good, skipped = (_without_bad_rows(checked, known) if skip_invalid and not checked.file_problems
                         else (checked, ()))
        problems = tuple(good.problems)
        plan = _ImportPlan(stored, good)
        report(1, steps)
        if problems or dry_run:
            return plan.summary(problems, False, checked, skipped)
        stop_if_cancelled()
        if meanwhile := plan.changed_meanwhile(parsed.seen):
            return replace(plan.summary((), False, checked, skipped), changed_meanwhile=meanwhile)
        plan.write(session)
        report(2, steps)
        stop_if_cancelled()
    report(3, steps)
    return plan.summary((), True, checked, skipped)


def _without_bad_rows(parsed: ParsedRoster, known: Mapping[str, KnownPerson]
                      ) -> tuple[ParsedRoster, tuple[RowProblem, ...]]:
    """The roster without its rows that have problems, and those problems. Leaving a row out can make
    another bad (its manager is gone), so the rest is checked again until no problem remains."""
    skipped: list[RowProblem] = []
    while bad := {entry.line for entry in parsed.entries if entry.errors or entry.link_errors}:
        skipped += parsed.problems
        parsed = roster_managers.link_rows(replace(parsed, entries=tuple(
            entry for entry in parsed.entries if entry.line not in bad)), known)
    return parsed, tuple(sorted(skipped, key=lambda problem: problem.line))


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)


class _ImportPlan:
    """What an import changes: rows to insert, rows to update, and who manages whom afterwards."""

    def __init__(self, stored: Mapping[str, Row[Any]], parsed: ParsedRoster) -> None:
        self.stored = stored
        self.key_of_id = {row.id: key for key, row in stored.items()}
        # Only the columns the file holds are written: the others may hold a colleague's recent change.
        # The zones of locations fill the zones nobody knows yet.
        self.fields = tuple(name for name in _ROSTER_FIELDS if set(_SOURCES[name]) & parsed.mapping.keys()
                            or (name == "time_zone" and parsed.location_zones))
        self.new: list[RosterEntry] = []
        self.changed: list[tuple[RosterEntry, dict[str, object]]] = []  # the entry, its fields' new values
        self.unchanged = 0
        self.managers: dict[str, str | None] = {}  # email key -> manager's email key, where the file says
        for entry in sorted(parsed.entries, key=lambda entry: entry.key):  # lock and write in email order
            if entry.manager_key is not None:
                self.managers[entry.key] = entry.manager_key or None
            row = stored.get(entry.key)
            if row is None:
                self.new.append(entry)
                continue
            values = self._values(entry, row, self.fields)
            old_manager = self.key_of_id.get(row.manager_id)
            if values != {name: getattr(row, name) for name in self.fields} or \
                    self.managers.get(entry.key, old_manager) != old_manager:
                self.changed.append((entry, values))
            else:
                self.unchanged += 1

    def summary(self, problems: tuple[RowProblem, ...], written: bool, checked: ParsedRoster,
                skipped: tuple[RowProblem, ...]) -> ImportSummary:
        return ImportSummary(len(self.new), len(self.changed), self.unchanged, problems, written,
                             checked=checked, changes=self.person_changes(), skipped=skipped)

    def person_changes(self) -> tuple[PersonChange, ...]:
        found = []
        for entry, values in sorted(self.changed, key=lambda item: item[0].line):
            row = self.stored[entry.key]
            changes = [FieldChange(name, _shown(getattr(row, name)), _shown(value))
                       for name, value in values.items() if value != getattr(row, name)]
            old_manager = self.key_of_id.get(row.manager_id)
            new_manager = self.managers.get(entry.key, old_manager)
            if new_manager != old_manager:
                changes.append(FieldChange("manager_email", old_manager or "", new_manager or ""))
            found.append(PersonChange(entry.line, row.full_name, row.email, tuple(changes)))
        return tuple(found)

    @staticmethod
    def _values(entry: RosterEntry, row: Row[Any] | None, fields: tuple[str, ...]) -> dict[str, object]:
        """The fields after the import: the file's value, or the stored one where the cell is blank
        (a time zone) or, for a new person, the defaults. A zone the file does not give is the zone of the
        person's location where theirs is unknown, else stays unknown ("")."""
        values: dict[str, object] = {}
        for name in fields:
            given = getattr(entry, name)
            values[name] = given if given is not None else (getattr(row, name) if row is not None else None)
        if "time_zone" in values and not values["time_zone"]:
            values["time_zone"] = entry.location_zone or ""
        if row is None:
            values["active"] = True if values.get("active") is None else values["active"]
            for name in ("department", "job_title", "location"):
                values[name] = values.get(name) or ""
        return values

    def changed_meanwhile(self, seen: Mapping[str, Row[Any]] | None) -> tuple[RowProblem, ...]:
        """The people this import would change whom someone else changed, in a field the import writes,
        since the roster was checked (seen: the people then; None: never checked, so this look is the first).
        A change to anything else stays, since only the file's columns are written."""
        if seen is None:
            return ()
        found = []
        for entry, values in self.changed:
            now, then = self.stored[entry.key], seen.get(entry.key)
            if then is None:
                found.append(RowProblem(entry.line, _("{email} was added by someone else since the "
                                                      "roster was checked").format(email=entry.email)))
                continue
            if now.version_id == then.version_id:
                continue
            fields = [_field_word(name) for name in self.fields
                      if getattr(now, name) != getattr(then, name) and values[name] != getattr(now, name)]
            manager = self.managers.get(entry.key, self.key_of_id.get(now.manager_id))
            if now.manager_id != then.manager_id and manager != self.key_of_id.get(now.manager_id):
                fields.append(_field_word("manager_email"))
            if fields:
                found.append(RowProblem(entry.line, _("someone else changed the {fields} of {name} ({email}) since the "
                                                      "roster was checked").format(
                    fields=fields[0] if len(fields) == 1 else _("{names} and {last}").format(
                        names=", ".join(fields[:-1]), last=fields[-1]), name=now.full_name, email=entry.email)))
        return tuple(found)

    def write(self, session: Session) -> None:
        table = Person.__table__
        assert isinstance(table, Table)  # a mapped class's table; typed as any FromClause
        linked_at_insert: set[str] = set()
        if self.new:
            linked_at_insert = self._insert_new(session, table)
        if self.changed:
            session.execute(
                update(table).where(table.c.id == bindparam("person_id"))
                .values(version_id=table.c.version_id + 1,
                        **{name: bindparam(f"new_{name}") for name in self.fields}),
                [{"person_id": self.stored[entry.key].id, **{f"new_{name}": v for name, v in values.items()}}
                 for entry, values in self.changed])
        pending = {key: manager for key, manager in self.managers.items() if key not in linked_at_insert
                   and self.key_of_id.get(getattr(self.stored.get(key), "manager_id", None)) != manager}
        if pending:
            ids = {roster.email_key(email): person_id
                   for person_id, email in session.execute(select(Person.id, Person.email))}
            session.execute(update(table).where(table.c.id == bindparam("person_id"))
                            .values(manager_id=bindparam("new_manager")),
                            [{"person_id": ids[key], "new_manager": ids[manager] if manager else None}
                             for key, manager in sorted(pending.items())])

    def _insert_new(self, session: Session, table: Table) -> set[str]:
        """Insert the new people, managers before their reports, each row finding its manager's id with a
        subquery: no second pass over 50,000 rows to link them. Returns the keys linked this way.

        Each level is its own executemany, so a driver that batches rows into one multi-row INSERT still
        sees the managers of a level, inserted by an earlier statement. Very deep chains are inserted
        without a manager and linked afterwards by write() (circles were refused by the checks).
        """
        manager = table.alias("manager")
        statement = insert(table).values(manager_id=select(manager.c.id).where(
            func.lower(manager.c.email) == bindparam("manager_key")).scalar_subquery())
        created = utc_now()
        new_keys = {entry.key for entry in self.new}
        placed: set[str] = set()
        remaining = self.new
        every_field = _ROSTER_FIELDS  # a new person gets every field, the file's or the default
        for _level in range(MAX_MANAGER_LEVELS):
            level = [entry for entry in remaining if (boss := self.managers.get(entry.key)) is None
                     or boss not in new_keys or boss in placed]
            if not level:
                break
            session.execute(statement, [{**self._values(entry, None, every_field), "created_at": created,
                                         "version_id": 1, "manager_key": self.managers.get(entry.key)}
                                        for entry in level])
            placed.update(entry.key for entry in level)
            remaining = [entry for entry in remaining if entry.key not in placed]
            if not remaining:
                break
        if remaining:
            session.execute(statement, [{**self._values(entry, None, every_field), "created_at": created,
                                         "version_id": 1, "manager_key": None} for entry in remaining])
        return placed


# Each field as a sentence names it ("someone else changed the department of ..."), in the reader's language.
_FIELD_WORDS = {
    "full_name": N_("full name"), "first_name": N_("first name"), "last_name": N_("last name"), "email": N_("email"),
    "department": N_("department"), "job_title": N_("job title"), "location": N_("location"),
    "time_zone": N_("time zone"), "manager_email": N_("manager"), "active": N_("active"),
}


def _field_word(name: str) -> str:
    return _(_FIELD_WORDS[name])
