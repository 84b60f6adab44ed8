"""Who manages whom in a roster: each row linked to its manager, found by email or by name among the file's
rows and the people already stored, and chains of managers that go round in a circle refused. The checks
that depend on other rows, cheap to run again at import time (services/roster_import.py)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace

from shadowdesk.interop.roster import KnownPerson, ParsedRoster, RosterEntry, email_key
from shadowdesk.translation import _


def link_rows(parsed: ParsedRoster, known: Mapping[str, KnownPerson] | Collection[str]) -> ParsedRoster:
    """The checks that depend on other rows and on the stored people; cheap to run again at import time.

    known: the stored people by email key (a plain collection of keys when their names and managers do
    not matter). Managers are found by email or, failing an "@", by name among the file and the stored
    people; chains of managers that go round in a circle are refused."""
    people = known if isinstance(known, Mapping) else dict.fromkeys(known, KnownPerson("", None))
    first_line: dict[str, int] = {}
    for entry in parsed.entries:
        if entry.key:
            first_line.setdefault(entry.key, entry.line)
    by_name = _NameIndex(parsed.entries, people)
    linked = []
    for entry in parsed.entries:
        found = []
        if entry.key and first_line.get(entry.key, entry.line) != entry.line:
            found.append(_("{email} is already on line {line}").format(email=entry.email, line=first_line[entry.key]))
        manager = entry.manager_email
        manager_key = None if manager is None else ""
        if manager and "@" in manager:
            manager_key = email_key(manager)
            if manager_key not in first_line and manager_key not in people:
                found.append(_("manager {manager} is neither in the file nor among the people").format(manager=manager))
        elif manager:
            manager_key, problem = by_name.find(manager)
            if problem:
                found.append(problem)
        if manager_key and manager_key == entry.key:
            found.append(_("a person cannot be their own manager"))
        found_errors = tuple(found)
        if entry.link_errors != found_errors or entry.manager_key != manager_key:
            entry = entry._replace(link_errors=found_errors, manager_key=manager_key)
        linked.append(entry)
    return replace(parsed, entries=_refuse_circles(linked, people))


class _NameIndex:
    """Managers given by name: the people of the file and the stored ones, by their name in any case."""

    def __init__(self, entries: Iterable[RosterEntry], people: Mapping[str, KnownPerson]) -> None:
        self._entries, self._people = entries, people
        self._keys: dict[str, set[str]] | None = None  # built on the first name looked up

    def find(self, name: str) -> tuple[str | None, str | None]:
        """(the manager's email key, None) or (None, why not)."""
        if self._keys is None:
            self._keys = {}
            named = [(person.name, key) for key, person in self._people.items()]
            named += [(entry.full_name, entry.key) for entry in self._entries if entry.key]
            for person_name, key in named:
                if person_name:
                    self._keys.setdefault(person_name.casefold(), set()).add(key)
        keys = self._keys.get(name.casefold(), set())
        if len(keys) == 1:
            return next(iter(keys)), None
        if not keys:
            return None, _("manager {name!r} is neither in the file nor among the people (check the spelling, or "
                           "give the manager's email)").format(name=name)
        return None, _("manager {name!r} is the name of {count} people ({emails}); give the manager's email "
                       "instead").format(name=name, count=len(keys), emails=", ".join(sorted(keys)))


def _refuse_circles(entries: list[RosterEntry], people: Mapping[str, KnownPerson]) -> tuple[RosterEntry, ...]:
    """The entries, with an error on each row whose chain of managers (as the file leaves it, through the
    stored people it does not mention) comes back to itself: nobody in such a circle has a top."""
    manager_of = {key: person.manager_key for key, person in people.items()}
    row_of: dict[str, int] = {}
    for index, entry in enumerate(entries):
        if entry.key and entry.key not in row_of:
            row_of[entry.key] = index
            if entry.manager_key is not None:
                manager_of[entry.key] = entry.manager_key or None
    done: set[str] = set()
    for start in row_of:
        path: list[str] = []
        on_path: set[str] = set()
        key: str | None = start
        while key and key not in done and key not in on_path:
            path.append(key)
            on_path.add(key)
            key = manager_of.get(key)
        if key in on_path and len(path) - path.index(key) > 1:  # one's own manager is reported already
            circle = path[path.index(key):]
            lines = sorted(entries[row_of[member]].line for member in circle if member in row_of)
            message = _("the managers go round in a circle ({chain}, lines {lines}): one of them needs another "
                        "manager").format(chain=" -> ".join([*circle, key]), lines=", ".join(map(str, lines)))
            for member in circle:
                if member in row_of:
                    entry = entries[row_of[member]]
                    entries[row_of[member]] = entry._replace(link_errors=(*entry.link_errors, message))
        done.update(path)
    return tuple(entries)
