"""Which roster column holds what: the header spellings of HR exports, and columns of IDs told from names.

Headers are compared after lower-casing and dropping everything but letters and digits ("#" reads as
"number"), so "E-mail", "Email Address" and "WORK_EMAIL" all find their field. The spellings cover the
default exports of BambooHR, Personio, Workday, SuccessFactors and HiBob, in English and in German.
A header such as "Employee" is a name in one export and a personnel number in another, so a column whose
cells look like IDs ("1001", "E-00123") is never taken as a name, whatever its header says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# Field -> spellings, the most telling first: when two columns fit one field, the better spelling wins
# (Personio's "Department" over its "Team", BambooHR's "Status" over its "Employment Status").
HEADER_ALIASES = {
    "full_name": ("fullname", "name", "employeename", "displayname", "workername", "personname", "legalname",
                  "preferredfullname", "employee", "worker"),
    "first_name": ("firstname", "givenname", "first", "forename", "legalfirstname", "preferredfirstname",
                   "vorname", "prénom"),
    "last_name": ("lastname", "surname", "familyname", "last", "legallastname", "nachname", "nomdefamille"),
    "email": ("workemail", "email", "emailwork", "workemailaddress", "primaryworkemail", "emailaddress",
              "businessemail", "companyemail", "primaryemail", "mail", "emailprimarywork", "emailadresse"),
    "department": ("department", "dept", "departmentname", "supervisoryorganization", "team", "abteilung"),
    "job_title": ("jobtitle", "title", "businesstitle", "position", "positiontitle", "jobprofile", "role",
                  "designation", "stellenbezeichnung"),
    "location": ("location", "office", "worklocation", "officelocation", "site", "city", "standort", "büro"),
    "time_zone": ("timezone", "tz", "zone", "ianatimezone", "timezonename", "zeitzone"),
    "manager_email": ("manageremail", "manageremailaddress", "managerworkemail", "supervisoremail",
                      "linemanageremail", "reportstoemail", "manager", "supervisor", "reportsto", "reportingto",
                      "linemanager", "directmanager", "managername", "supervisorname", "vorgesetzter",
                      "vorgesetzte"),
    "active": ("active", "isactive", "status", "activestatus", "employeestatus", "workerstatus",
               "lifecyclestatus", "employmentstatus"),
}
NAME_FIELDS = ("full_name", "first_name", "last_name")
# How many rows guess_mapping() looks at to tell a column of IDs from a column of names.
SAMPLE_ROWS = 50
# Letters (any script) before digits and separators: "1001", "E1001", "EMP-00123", "4711/2".
_ID_VALUE = re.compile(r"[^\W\d_]{0,3}[\W_]*\d[\d\W_]*[^\W\d_]?")
_LOOKUP = {alias: (name, rank) for name, aliases in HEADER_ALIASES.items() for rank, alias in enumerate(aliases)}


def normalise_header(header: str) -> str:
    return "".join(ch for ch in header.lower().replace("#", "number") if ch.isalnum())


def looks_like_id(value: str) -> bool:
    """A personnel number or code rather than a name: digits and separators, with at most a few letters."""
    return _ID_VALUE.fullmatch("".join(value.split())) is not None


def id_example(rows: Iterable[Sequence[str]], index: int) -> str | None:
    """One of the ID-like values when most filled cells of column index (in rows) look like IDs, else None."""
    values = [cells[index].strip() for cells in rows if index < len(cells) and cells[index].strip()]
    ids = [value for value in values if looks_like_id(value)]
    return ids[0] if values and len(ids) * 2 > len(values) else None


def guess_mapping(headers: Iterable[str], rows: Sequence[Sequence[str]] = ()) -> dict[str, int]:
    """field -> column index for every field whose column is recognised: the best spelling wins, then the
    first column. rows: the first data rows, so a column of IDs is not taken for a name."""
    best: dict[str, tuple[int, int]] = {}
    sample = rows[:SAMPLE_ROWS]
    for index, header in enumerate(headers):
        found = _LOOKUP.get(normalise_header(header))
        if found is None:
            continue
        name, rank = found
        if name in NAME_FIELDS and id_example(sample, index) is not None:
            continue
        if name not in best or rank < best[name][0]:
            best[name] = (rank, index)
    return {name: index for name, (_rank, index) in best.items()}
