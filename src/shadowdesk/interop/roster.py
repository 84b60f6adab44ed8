"""Staff rosters as CSV, the way HR systems and Excel really write them.

Reading: roster_file.py turns the bytes into a table (encoding, delimiter, lines), roster_headers.py tells
which column holds what; here every cell is cleaned as a name or label is (text.clean_line) and every row
is checked, its problems reported with the line it starts on in the file.
Writing: UTF-8 with BOM so Excel opens it correctly, and cells that Excel would run as formulas are
defused with a leading apostrophe, which the reader strips again, so an export imports back unchanged.
Headers and yes/no are in the user's language, with its delimiter (interop/csv_dialect.py); the reader
knows those headers in every shipped language and finds the delimiter itself.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, NamedTuple
from zoneinfo import available_timezones

from shadowdesk.interop.csv_dialect import current_dialect
from shadowdesk.interop.csv_safety import defuse, undefuse

# A name imported as itself (`X as X`) is part of this module's API, re-exported for the services.
from shadowdesk.interop.roster_file import (
    DELIMITER_NAMES,
    clean_cell,
)
from shadowdesk.interop.roster_file import RosterError as RosterError
from shadowdesk.interop.roster_file import RosterTable as RosterTable
from shadowdesk.interop.roster_file import decode as decode
from shadowdesk.interop.roster_file import read_table as read_table
from shadowdesk.interop.roster_headers import (
    EXPORT_HEADERS,
    STATUS_WORDS,
    guess_zone,
    id_example,
)
from shadowdesk.interop.roster_headers import NAME_FIELDS as NAME_FIELDS
from shadowdesk.interop.roster_headers import SAMPLE_ROWS as SAMPLE_ROWS
from shadowdesk.interop.roster_headers import guess_mapping as guess_mapping
from shadowdesk.interop.roster_headers import normalise_header as normalise_header
from shadowdesk.interop.roster_headers import status_key as status_key
from shadowdesk.translation import N_, _, n_, p_

# The fields a roster can fill, in the order the mapping is shown to the user.
FIELDS = (
    "full_name", "first_name", "last_name", "email", "department", "job_title", "location", "time_zone",
    "manager_email", "active",
)
# What the user reads (field_label renders them); "Manager" is marked in field_label, with its context.
FIELD_LABELS = {
    "full_name": N_("Full name"), "first_name": N_("First name"), "last_name": N_("Last name"), "email": N_("Email"),
    "department": N_("Department"), "job_title": N_("Job title"), "location": N_("Location"),
    "time_zone": N_("Time zone"), "manager_email": "Manager", "active": N_("Active"),
}

# Column widths of the person table; PostgreSQL refuses longer values, so they are row errors here.
MAX_LENGTHS = {"full_name": 200, "email": 320, "department": 120, "job_title": 160, "location": 120}


def field_label(name: str) -> str:
    """A field's name in the current language, as `people import` shows it in its columns and changes."""
    if name == "manager_email":
        return p_("roster field", "Manager")  # the person's line manager, not the role
    return _(FIELD_LABELS[name])

# Plain ASCII only: both databases fold case of ASCII letters alone in their lower(), so this keeps
# "same email regardless of case" identical in Python, SQLite and PostgreSQL.
EMAIL_PATTERN = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
class RosterEntry(NamedTuple):
    """One person as the file describes them. None: the column is not in the file (keep what is stored).

    A named tuple rather than a dataclass: a 50,000-row roster makes 50,000 of them, twice as fast.
    """

    line: int
    full_name: str
    email: str
    key: str  # the email as compared: ASCII letters lower-cased
    department: str | None
    job_title: str | None
    location: str | None
    time_zone: str | None
    manager_email: str | None  # the manager's email or name, as the file gives it
    active: bool | None
    errors: tuple[str, ...] = ()  # what is wrong with the row itself
    # Duplicates and unknown managers: these depend on the other rows and on the database.
    link_errors: tuple[str, ...] = ()
    # The manager's email key once link_rows() found them; "" for no manager, None when the file is silent.
    manager_key: str | None = None
    # When the file gives no zone for the person: the zone chosen or guessed for their location, if any.
    location_zone: str | None = None


class KnownPerson(NamedTuple):
    """A stored person as the checks need them: a manager may be named, and chains must not go round."""

    name: str
    manager_key: str | None


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return _("line {line}: {message}").format(line=self.line, message=self.message) if self.line else self.message


@dataclass(frozen=True)
class RosterChoices:
    """What the user said about the file's values. status: a status value (status_key) -> active; zones: a
    location (location_key) -> the IANA zone of its people who have none in the file, "" for none known."""

    status: Mapping[str, bool] = field(default_factory=dict)
    zones: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class StatusValue:
    """One value of the status column and what it is read as: active, inactive, or None (not known)."""

    text: str  # as the file first spells it
    key: str
    rows: int
    active: bool | None
    chosen: bool  # the user's choice rather than the known meaning of the word


@dataclass(frozen=True)
class LocationZone:
    """One location of the people the file gives no time zone, and the zone they get ("" for none)."""

    location: str  # as the file first spells it; "" for people with no location
    key: str
    rows: int
    zone: str
    guessed: bool  # from the location's name rather than the user's choice


def location_key(location: str | None) -> str:
    return (location or "").casefold()


@dataclass(frozen=True)
class ParsedRoster:
    table: RosterTable
    mapping: Mapping[str, int]  # field -> column index
    entries: tuple[RosterEntry, ...]
    file_problems: tuple[str, ...] = field(default=())
    choices: RosterChoices = field(default_factory=RosterChoices)
    status_values: tuple[StatusValue, ...] = ()  # of the status column, most rows first
    location_zones: tuple[LocationZone, ...] = ()  # of the locations of people without a zone in the file
    # Email key -> each stored person the file names, as they were when it was checked against the database
    # (the service's row, with its version; None: not checked yet). The import refuses to overwrite a
    # field someone else changed since.
    seen: Mapping[str, Any] | None = None  # Any: the service's database row, a type this layer does not know

    @property
    def problems(self) -> list[RowProblem]:
        found = [RowProblem(0, message) for message in self.file_problems]
        found += [RowProblem(e.line, message)
                  for e in self.entries for message in (*e.errors, *e.link_errors)]
        return found

    def first_entries(self, count: int = 3) -> tuple[RosterEntry, ...]:
        """The first rows as read, so a person sees at once whether names and emails came out right."""
        return self.entries[:count]


def email_key(email: str) -> str:
    email = email.strip()
    return email.lower() if email.isascii() else email.translate(_ASCII_LOWER)


def email_problem(email: str) -> str | None:
    """Why email is not acceptable, or None."""
    if not email:
        return _("no email address")
    if len(email) > MAX_LENGTHS["email"]:
        return _("the email address is longer than {limit} characters").format(limit=MAX_LENGTHS["email"])
    if not EMAIL_PATTERN.fullmatch(email):
        return _("{email!r} is not a valid email address").format(email=email)
    return None


@cache
def _time_zones() -> dict[str, str]:
    """Lower-cased IANA name -> its proper spelling."""
    zones = available_timezones() | {"UTC"}
    return {name.lower(): name for name in zones}


def canonical_time_zone(name: str) -> str | None:
    """The IANA spelling of name (any case), or None when no such zone exists."""
    return _time_zones().get(name.strip().lower())


# --- checking ------------------------------------------------------------------------------------

def apply_overrides(headers: tuple[str, ...], mapping: Mapping[str, int],
                    overrides: Mapping[str, str]) -> dict[str, int]:
    """The mapping with the user's FIELD=COLUMN choices: a column by header (any case) or 1-based number;
    an empty COLUMN leaves the field out."""
    result = dict(mapping)
    by_name: dict[str, int] = {}
    for index, header in enumerate(headers):
        by_name.setdefault(header.strip().lower(), index)
    for name, column in overrides.items():
        if name not in FIELDS:
            raise RosterError(_("There is no field {name!r}; the fields are: {fields}.").format(
                name=name, fields=", ".join(FIELDS)))
        column = column.strip()
        if not column:
            result.pop(name, None)
        elif column.lower() in by_name:
            result[name] = by_name[column.lower()]
        elif column.isdigit() and 1 <= int(column) <= len(headers):
            result[name] = int(column) - 1
        else:
            raise RosterError(_("The file has no column {column!r} for {name}; its columns are: {columns}.").format(
                column=column, name=name, columns=", ".join(headers)))
    return result


def parse_roster(table: RosterTable, mapping: Mapping[str, int],
                 known: Mapping[str, KnownPerson] | Collection[str] = frozenset(),
                 choices: RosterChoices | None = None) -> ParsedRoster:
    """Check every row. known: the stored people by email key, whom managers may be or name."""
    from shadowdesk.interop.roster_managers import link_rows  # it builds on this module's rows

    return link_rows(check_rows(table, mapping, choices), known)


def check_rows(table: RosterTable, mapping: Mapping[str, int], choices: RosterChoices | None = None) -> ParsedRoster:
    """Each row on its own: name, email, time zone, active, lengths, cells. Duplicates, managers: link_rows().
    choices: what the status values mean and the zones of locations, where the user said."""
    choices = choices or RosterChoices()
    file_problems = []
    if "email" not in mapping:
        file_problems.append(_("No column holds the email address; choose it in the column mapping."))
    if not {"full_name", "first_name", "last_name"} & mapping.keys():
        file_problems.append(_("No column holds the name; choose {full_name}, or {first_name} and {last_name}.").format(
            full_name=field_label("full_name"), first_name=field_label("first_name"),
            last_name=field_label("last_name")))
    sample = [cells for _line, cells in table.rows[:SAMPLE_ROWS]]
    for name in NAME_FIELDS:
        if name in mapping and (example := id_example(sample, mapping[name])) is not None:
            file_problems.append(_("The column {column!r} chosen as {field} holds IDs such as {example!r}, not "
                                   "names; choose the column with the names.").format(
                column=table.headers[mapping[name]], field=field_label(name), example=example))
    if file_problems:
        return ParsedRoster(table, dict(mapping), (), tuple(file_problems), choices)
    # Column by column: one tight loop per field is several times faster than a lookup per cell.
    blank: list[None] = [None] * len(table.rows)
    columns = {name: _column(table.rows, mapping[name]) if name in mapping else blank for name in FIELDS}
    statuses, meaning = _status_values(columns["active"], choices.status)
    shapes = _shape_problems(table)
    entries = [_entry(line, shape, meaning, *values)
               for (line, _cells), shape, *values in zip(table.rows, shapes, *columns.values(), strict=True)]
    entries, zones = _location_zones(entries, choices.zones)
    return ParsedRoster(table, dict(mapping), tuple(entries), (), choices, statuses, zones)


def _status_values(cells: Sequence[str | None], chosen: Mapping[str, bool]
                   ) -> tuple[tuple[StatusValue, ...], dict[str, bool | None]]:
    """The distinct values of the status column (cleaned cells; None when unmapped), and each cell's
    spelling -> active, inactive or None (unknown)."""
    counts: dict[str, int] = {}
    first_spelling: dict[str, str] = {}
    key_of: dict[str, str] = {}  # each spelling folded once: a status column repeats a handful of values
    for cell in cells:
        if cell:
            key = key_of.get(cell)
            if key is None:
                key = key_of[cell] = status_key(cell)
                first_spelling.setdefault(key, cell)
            counts[key] = counts.get(key, 0) + 1
    meaning = {key: chosen.get(key, STATUS_WORDS.get(key)) for key in counts}
    values = tuple(StatusValue(first_spelling[key], key, rows, meaning[key], key in chosen)
                   for key, rows in sorted(counts.items(), key=lambda item: (-item[1], item[0])))
    return values, {cell: meaning[key] for cell, key in key_of.items()}


def _location_zones(entries: list[RosterEntry], chosen: Mapping[str, str]
                    ) -> tuple[list[RosterEntry], tuple[LocationZone, ...]]:
    """The zone of each location whose people the file gives none (the user's choice, else a guess from its
    name), set on those entries as location_zone: new people get it instead of a zone nobody chose."""
    found: dict[str, LocationZone] = {}
    for entry in entries:
        if entry.time_zone is None:
            key = location_key(entry.location)
            if (place := found.get(key)) is None:
                guess = guess_zone(entry.location) if entry.location else None
                zone = chosen[key] if key in chosen else guess or ""
                found[key] = LocationZone(entry.location or "", key, 1, zone, key not in chosen and bool(zone))
            else:
                found[key] = replace(place, rows=place.rows + 1)
    if not found:
        return entries, ()
    zoned = [entry._replace(location_zone=found[location_key(entry.location)].zone or None)
             if entry.time_zone is None else entry for entry in entries]
    return zoned, tuple(sorted(found.values(), key=lambda place: (-place.rows, place.key)))


def _shape_problems(table: RosterTable) -> list[str | None]:
    """Per row: why its cells do not line up with the header's, or None. A row with a cell too few or an
    unquoted delimiter inside a cell would put every later value in the wrong field."""
    width = len(table.headers)
    while width and not table.headers[width - 1]:
        width -= 1  # trailing blank header cells: some exports end every line with a delimiter
    delimiter = _(DELIMITER_NAMES[table.delimiter]) if table.delimiter in DELIMITER_NAMES else repr(table.delimiter)
    problems: list[str | None] = []
    for _line, cells in table.rows:
        if not table.delimiter:  # a sheet: every row has the sheet's width, but a cell may have no header
            extra = next((index for index in range(width, len(cells)) if cells[index].strip()), None)
            problems.append(None if extra is None else _(
                "column {column} holds {value!r} but has no header, so the row may be out of line").format(
                column=_column_letters(extra), value=cells[extra].strip()))
        elif len(cells) < width:
            problems.append(n_("the row has {count} cell but the header has {width}: a cell or a {delimiter} is "
                               "missing",
                               "the row has {count} cells but the header has {width}: a cell or a {delimiter} is "
                               "missing", len(cells)).format(count=len(cells), width=width, delimiter=delimiter))
        elif len(cells) > width and any(cell.strip() for cell in cells[width:]):
            problems.append(_("the row has {count} cells but the header has {width}: a cell holds a {delimiter} "
                              "without quotes, or there is one cell too many").format(
                count=len(cells), width=width, delimiter=delimiter))
        else:
            problems.append(None)
    return problems


def _column_letters(index: int) -> str:
    """A spreadsheet's name of the column at index: 0 is A, 26 is AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _column(rows: tuple[tuple[int, tuple[str, ...]], ...], index: int) -> list[str]:
    values: list[str] = []
    append = values.append
    cleaned: dict[str, str] = {}  # departments, offices and first names repeat: clean each spelling once
    for _line, cells in rows:
        value = cells[index] if index < len(cells) else ""
        if value:
            clean = cleaned.get(value)
            if clean is None:
                # undefuse must see the cell as it was written; then one line, nothing invisible.
                clean = cleaned[value] = clean_cell(undefuse(value.strip()) if value[0] == "'" else value)
            value = clean
        append(value)
    return values


def _entry(line: int, shape_problem: str | None, statuses: Mapping[str, bool | None], full_name: str | None,
           first_name: str | None,
           last_name: str | None, email: str | None, department: str | None, job_title: str | None,
           location: str | None, time_zone: str | None, manager_email: str | None,
           active_text: str | None) -> RosterEntry:
    """One row from its cells in FIELDS order; None for a field that is not mapped."""
    errors = [shape_problem] if shape_problem else []
    if not full_name:
        full_name = " ".join(filter(None, (first_name, last_name)))
    if not full_name:
        errors.append(_("no name"))
    email = email or ""
    if email_error := email_problem(email):
        errors.append(email_error)
    zone = None  # a blank or missing cell keeps the stored zone
    if time_zone:
        zone = canonical_time_zone(time_zone)
        if zone is None:
            errors.append(_("unknown time zone {zone!r} (use an IANA name such as Europe/Berlin)").format(
                zone=time_zone))
    if manager_email and "@" in manager_email and (problem := email_problem(manager_email)):
        errors.append(_("manager email: {problem}").format(problem=problem))
    active = statuses.get(active_text) if active_text else None
    if active_text and active is None:
        errors.append(_("the status {status!r} is neither active nor inactive as far as ShadowDesk knows; say "
                        "which it means").format(status=active_text))
    for name, value in (("full_name", full_name), ("department", department), ("job_title", job_title),
                        ("location", location)):
        if value is not None and len(value) > MAX_LENGTHS[name]:
            errors.append(_("{field} is longer than {limit} characters").format(
                field=field_label(name), limit=MAX_LENGTHS[name]))
    # Only a valid address can clash with another row or be someone's manager.
    return RosterEntry(line, full_name, email, "" if email_error else email_key(email),
                       department, job_title, location, zone, manager_email, active, tuple(errors))


# --- writing -------------------------------------------------------------------------------------

def write_skipped_rows(table: RosterTable, problems: Iterable[RowProblem]) -> bytes:
    """CSV bytes of the rows of table that problems name, as the file has them, after their line and problems:
    a file to correct and import again (the Line and Problems columns are not roster fields)."""
    grouped: dict[int, list[str]] = {}
    for problem in problems:
        grouped.setdefault(problem.line, []).append(problem.message)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=current_dialect().delimiter, lineterminator="\r\n")
    writer.writerow([_("Line"), _("Problems"), *table.headers])
    for line, cells in table.rows:
        if line in grouped:
            writer.writerow([str(line), defuse("; ".join(grouped[line])), *map(defuse, cells)])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def write_roster(rows: Iterable[Mapping[str, object]]) -> bytes:
    """CSV bytes for rows of field -> value (EXPORT_HEADERS fields); active as yes/no, in the user's language
    (roster_headers.STATUS_WORDS reads "ja", "oui" and "non" back)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=current_dialect().delimiter, lineterminator="\r\n")
    writer.writerow([_(header) for _name, header in EXPORT_HEADERS])
    yes, no = _("yes"), _("no")
    for row in rows:
        cells = []
        for name, _header in EXPORT_HEADERS:
            value = row.get(name)
            if name == "active":
                cells.append(yes if value else no)
            else:
                cells.append(defuse("" if value is None else str(value)))
        writer.writerow(cells)
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
