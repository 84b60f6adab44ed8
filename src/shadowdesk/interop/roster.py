"""Staff rosters as CSV, the way HR systems and Excel really write them.

Reading: the encoding (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252) and the delimiter
(comma, semicolon or tab) are detected; header names are matched against the many spellings HR exports
use; every row is checked and its problems are reported with the line it starts on in the file.
Writing: UTF-8 with BOM so Excel opens it correctly, and cells that Excel would run as formulas are
defused with a leading apostrophe, which the reader strips again, so an export imports back unchanged.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import NamedTuple
from zoneinfo import available_timezones

from shadowdesk.interop.csv_safety import defuse, undefuse

# The fields a roster can fill, in the order the mapping is shown to the user.
FIELDS = (
    "full_name", "first_name", "last_name", "email", "department", "job_title", "location", "time_zone",
    "manager_email", "active",
)
FIELD_LABELS = {
    "full_name": "Full name", "first_name": "First name", "last_name": "Last name", "email": "Email",
    "department": "Department", "job_title": "Job title", "location": "Location", "time_zone": "Time zone",
    "manager_email": "Manager email", "active": "Active",
}

# Header spellings, compared after lower-casing and dropping everything but letters and digits,
# so "E-mail", "Email Address" and "WORK_EMAIL" all find their field.
HEADER_ALIASES = {
    "full_name": ("fullname", "name", "employeename", "displayname", "employee", "personname"),
    "first_name": ("firstname", "givenname", "first", "forename", "preferredfirstname"),
    "last_name": ("lastname", "surname", "familyname", "last"),
    "email": ("email", "workemail", "emailaddress", "workemailaddress", "businessemail", "mail",
              "primaryemail", "emailwork", "companyemail"),
    "department": ("department", "dept", "departmentname", "team"),
    "job_title": ("jobtitle", "title", "position", "role", "designation", "positiontitle"),
    "location": ("location", "office", "site", "worklocation", "officelocation", "city"),
    "time_zone": ("timezone", "tz", "zone", "ianatimezone", "timezonename"),
    "manager_email": ("manageremail", "manageremailaddress", "managerworkemail", "supervisoremail",
                      "linemanageremail", "reportstoemail", "reportsto"),
    "active": ("active", "isactive", "status", "employmentstatus"),
}

# What export writes, and so what a round trip reads back.
EXPORT_HEADERS = (
    ("full_name", "Full Name"), ("email", "Email"), ("department", "Department"), ("job_title", "Job Title"),
    ("location", "Location"), ("time_zone", "Time Zone"), ("manager_email", "Manager Email"),
    ("active", "Active"),
)

# Column widths of the person table; PostgreSQL refuses longer values, so they are row errors here.
MAX_LENGTHS = {"full_name": 200, "email": 320, "department": 120, "job_title": 160, "location": 120}

DELIMITERS = (",", ";", "\t")
TRUE_WORDS = frozenset({"yes", "y", "true", "1", "active", "x", "ja", "oui", "si"})
FALSE_WORDS = frozenset({"no", "n", "false", "0", "inactive", "terminated", "left", "nein", "non"})
# Plain ASCII only: both databases fold case of ASCII letters alone in their lower(), so this keeps
# "same email regardless of case" identical in Python, SQLite and PostgreSQL.
EMAIL_PATTERN = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class RosterError(Exception):
    """The file cannot be read as a roster at all (as opposed to a bad row)."""


@dataclass(frozen=True)
class RosterTable:
    """The decoded file: header cells, and data rows with the line each starts on."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    encoding: str
    delimiter: str


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
    manager_email: str | None
    active: bool | None
    errors: tuple[str, ...] = ()  # what is wrong with the row itself
    # Duplicates and unknown managers: these depend on the other rows and on the database.
    link_errors: tuple[str, ...] = ()


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True)
class ParsedRoster:
    table: RosterTable
    mapping: Mapping[str, int]  # field -> column index
    entries: tuple[RosterEntry, ...]
    file_problems: tuple[str, ...] = field(default=())

    @property
    def problems(self) -> list[RowProblem]:
        found = [RowProblem(0, message) for message in self.file_problems]
        found += [RowProblem(e.line, message)
                  for e in self.entries for message in (*e.errors, *e.link_errors)]
        return found


def email_key(email: str) -> str:
    email = email.strip()
    return email.lower() if email.isascii() else email.translate(_ASCII_LOWER)


def clean_name(name: str) -> str:
    """One line, single spaces: a name cell with a line break or double spaces is still one name."""
    return " ".join(name.split())


def email_problem(email: str) -> str | None:
    """Why email is not acceptable, or None."""
    if not email:
        return "no email address"
    if len(email) > MAX_LENGTHS["email"]:
        return f"the email address is longer than {MAX_LENGTHS['email']} characters"
    if not EMAIL_PATTERN.fullmatch(email):
        return f"{email!r} is not a valid email address"
    return None


@cache
def _time_zones() -> dict[str, str]:
    """Lower-cased IANA name -> its proper spelling."""
    zones = available_timezones() | {"UTC"}
    return {name.lower(): name for name in zones}


def canonical_time_zone(name: str) -> str | None:
    """The IANA spelling of name (any case), or None when no such zone exists."""
    return _time_zones().get(name.strip().lower())


# --- reading -------------------------------------------------------------------------------------

def decode(data: bytes) -> tuple[str, str]:
    """The text of the file and the name of the encoding it was in."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode(data[3:], "utf-8"), "UTF-8 with BOM"
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return _decode(data[2:], codec), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        # Excel's "CSV" on Western Windows. Five byte values are unassigned in it; show those as U+FFFD.
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def _decode(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise RosterError(f"The file starts like {codec.upper()} text but byte {exc.start + 1} is not valid "
                          "in that encoding. Save it again as CSV (UTF-8).") from exc


def sniff_delimiter(text: str) -> str:
    """The candidate that splits the header row into the most cells (quotes respected); comma by default."""
    best, best_count = ",", 0
    for delimiter in DELIMITERS:
        records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            header = next((record for record in records if any(cell.strip() for cell in record)), [])
        except csv.Error:
            continue  # read_table reports the error with its line
        count = len(header) - 1
        if count > best_count:
            best, best_count = delimiter, count
    return best


def read_table(data: bytes) -> RosterTable:
    text, encoding = decode(data)
    if "\x00" in text:
        raise RosterError("The file contains NUL characters, so it is not a text CSV file. "
                          "Save it from the spreadsheet as CSV.")
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    line_before = 0
    try:
        for record in reader:
            start_line = line_before + 1
            line_before = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if headers is None:
                headers = tuple(cell.strip() for cell in record)
            else:
                rows.append((start_line, tuple(record)))
    except csv.Error as exc:
        raise RosterError(f"Line {reader.line_num}: the file cannot be read as CSV ({exc}).") from exc
    if headers is None:
        raise RosterError("The file is empty: it has no header row.")
    return RosterTable(headers, tuple(rows), encoding, delimiter)


def normalise_header(header: str) -> str:
    return "".join(ch for ch in header.lower() if ch.isalnum())


def guess_mapping(headers: Iterable[str]) -> dict[str, int]:
    """field -> column index for every field whose column is recognised; the first matching column wins."""
    lookup = {alias: name for name, aliases in HEADER_ALIASES.items() for alias in aliases}
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = lookup.get(normalise_header(header))
        if name is not None and name not in mapping:
            mapping[name] = index
    return mapping


def apply_overrides(headers: tuple[str, ...], mapping: Mapping[str, int],
                    overrides: Mapping[str, str]) -> dict[str, int]:
    """The mapping with the user's FIELD=COLUMN choices: a column by header (any case) or 1-based number;
    an empty COLUMN leaves the field out."""
    result = dict(mapping)
    by_name = {}
    for index, header in enumerate(headers):
        by_name.setdefault(header.strip().lower(), index)
    for name, column in overrides.items():
        if name not in FIELDS:
            raise RosterError(f"There is no field {name!r}; the fields are: {', '.join(FIELDS)}.")
        column = column.strip()
        if not column:
            result.pop(name, None)
        elif column.lower() in by_name:
            result[name] = by_name[column.lower()]
        elif column.isdigit() and 1 <= int(column) <= len(headers):
            result[name] = int(column) - 1
        else:
            raise RosterError(f"The file has no column {column!r} for {name}; its columns are: "
                              f"{', '.join(headers)}.")
    return result


def parse_roster(table: RosterTable, mapping: Mapping[str, int],
                 known_emails: Collection[str] = frozenset()) -> ParsedRoster:
    """Check every row. known_emails: email keys already stored, which managers may refer to."""
    return link_rows(check_rows(table, mapping), known_emails)


def check_rows(table: RosterTable, mapping: Mapping[str, int]) -> ParsedRoster:
    """Each row on its own: name, email, time zone, active, lengths. Duplicates and managers: link_rows()."""
    file_problems = []
    if "email" not in mapping:
        file_problems.append("No column holds the email address; choose it in the column mapping.")
    if not {"full_name", "first_name", "last_name"} & mapping.keys():
        file_problems.append("No column holds the name; choose Full name, or First name and Last name.")
    if file_problems:
        return ParsedRoster(table, dict(mapping), (), tuple(file_problems))
    # Column by column: one tight loop per field is several times faster than a lookup per cell.
    blank: list[None] = [None] * len(table.rows)
    columns = {name: _column(table.rows, mapping[name]) if name in mapping else blank for name in FIELDS}
    entries = [_entry(line, *values)
               for (line, _), *values in zip(table.rows, *columns.values(), strict=True)]
    return ParsedRoster(table, dict(mapping), tuple(entries), ())


def link_rows(parsed: ParsedRoster, known_emails: Collection[str]) -> ParsedRoster:
    """The checks that depend on other rows and on the stored people; cheap to run again at import time."""
    first_line: dict[str, int] = {}
    for entry in parsed.entries:
        if entry.key:
            first_line.setdefault(entry.key, entry.line)
    linked = []
    for entry in parsed.entries:
        found = []
        if entry.key and first_line.get(entry.key, entry.line) != entry.line:
            found.append(f"{entry.email} is already on line {first_line[entry.key]}")
        if entry.manager_email:
            manager = email_key(entry.manager_email)
            if manager == entry.key:
                found.append("a person cannot be their own manager")
            elif manager not in first_line and manager not in known_emails:
                found.append(f"manager {entry.manager_email} is neither in the file nor among the people")
        found_errors = tuple(found)
        if entry.link_errors != found_errors:
            entry = entry._replace(link_errors=found_errors)
        linked.append(entry)
    return replace(parsed, entries=tuple(linked))


def _column(rows: tuple[tuple[int, tuple[str, ...]], ...], index: int) -> list[str]:
    values = []
    append = values.append
    for _, cells in rows:
        value = cells[index].strip() if index < len(cells) else ""
        if value and (value[0] == "'" or "\r" in value):
            # Line breaks in a cell become \n whatever the file's line ends, so a re-import compares equal;
            # after undefuse, which must see the cell as it was written.
            value = undefuse(value).replace("\r\n", "\n").replace("\r", "\n")
        append(value)
    return values


def _entry(line: int, full_name: str | None, first_name: str | None, last_name: str | None, email: str | None,
           department: str | None, job_title: str | None, location: str | None, time_zone: str | None,
           manager_email: str | None, active_text: str | None) -> RosterEntry:
    """One row from its cells in FIELDS order; None for a field that is not mapped."""
    errors = []
    if not full_name:
        full_name = " ".join(filter(None, (first_name, last_name)))
    full_name = clean_name(full_name)
    if not full_name:
        errors.append("no name")
    email = email or ""
    if email_error := email_problem(email):
        errors.append(email_error)
    zone = None  # a blank or missing cell keeps the stored zone
    if time_zone:
        zone = canonical_time_zone(time_zone)
        if zone is None:
            errors.append(f"unknown time zone {time_zone!r} (use an IANA name such as Europe/Berlin)")
    if manager_email and (problem := email_problem(manager_email)):
        errors.append(f"manager email: {problem}")
    active = None
    if active_text:
        word = active_text.lower()
        if word in TRUE_WORDS:
            active = True
        elif word in FALSE_WORDS:
            active = False
        else:
            errors.append(f"active must be yes or no, not {active_text!r}")
    for name, value in (("full_name", full_name), ("department", department), ("job_title", job_title),
                        ("location", location)):
        if value is not None and len(value) > MAX_LENGTHS[name]:
            errors.append(f"{FIELD_LABELS[name].lower()} is longer than {MAX_LENGTHS[name]} characters")
    # Only a valid address can clash with another row or be someone's manager.
    return RosterEntry(line, full_name, email, "" if email_error else email_key(email),
                       department, job_title, location, zone, manager_email, active, tuple(errors))


# --- writing -------------------------------------------------------------------------------------

def write_roster(rows: Iterable[Mapping[str, object]]) -> bytes:
    """CSV bytes for rows of field -> value (EXPORT_HEADERS fields); active as yes/no."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([header for _, header in EXPORT_HEADERS])
    for row in rows:
        cells = []
        for name, _ in EXPORT_HEADERS:
            value = row.get(name)
            if name == "active":
                cells.append("yes" if value else "no")
            else:
                cells.append(defuse("" if value is None else str(value)))
        writer.writerow(cells)
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
