"""Customers and projects from a CRM or TMS export (CSV): the columns found by their usual headers, each
row cleaned and checked on its own. Reading the bytes (encodings, delimiter, quoting, the line each row
starts on) is the roster reader's, interop.roster.read_table, so both imports read a file the same way.
What depends on the database (duplicates of stored names, unknown PM emails) is checked by the service.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from shadowdesk.interop.roster import RosterError, RowProblem, email_problem, normalise_header, read_table
from shadowdesk.text import clean_line
from shadowdesk.translation import N_, _, n_

MAX_LENGTHS = {"name": 200, "industry": 120, "country": 80, "customer": 200, "reference": 120, "pm_email": 320}
# Whole sentences per field and per kind of file rather than field names put into one sentence, so that each
# language can give a noun its own article and case. Shown through _().
MISSING_COLUMNS = {
    ("customers", ("name",)): N_("No column holds the name of the customers."),
    ("projects", ("name",)): N_("No column holds the name of the projects."),
    ("projects", ("customer",)): N_("No column holds the customer of the projects."),
    ("projects", ("name", "customer")): N_("No column holds the name or the customer of the projects."),
}
NO_ROWS = {"customers": N_("The file has a header row but no customers."),
           "projects": N_("The file has a header row but no projects.")}
EMPTY = {"name": N_("no name"), "customer": N_("no customer")}  # of the required fields
TOO_LONG = {"name": N_("the name is longer than {limit} characters"),
            "industry": N_("the industry is longer than {limit} characters"),
            "country": N_("the country is longer than {limit} characters"),
            "customer": N_("the customer is longer than {limit} characters"),
            "reference": N_("the reference is longer than {limit} characters"),
            "pm_email": N_("the PM email is longer than {limit} characters")}
# Header spellings of common CRM and TMS exports, compared after normalise_header ("Account Name" ->
# "accountname"). The first header of the file that matches a field's aliases gives that field.
CUSTOMER_HEADERS = {
    "name": ("name", "customer", "customername", "account", "accountname", "company", "companyname", "client",
             "clientname", "organisation", "organization", "organisationname", "organizationname"),
    "industry": ("industry", "sector", "vertical"),
    "country": ("country", "countryregion", "billingcountry", "countrycode"),
}
PROJECT_HEADERS = {
    "name": ("project", "projectname", "projecttitle", "name", "title", "jobname"),
    "customer": ("customer", "customername", "client", "clientname", "account", "accountname", "company",
                 "companyname"),
    "reference": ("reference", "projectnumber", "projectno", "projectid", "projectcode", "jobnumber", "jobno",
                  "number", "code"),
    "pm_email": ("pmemail", "pm", "projectmanager", "projectmanageremail", "owneremail", "owner",
                 "manageremail"),
}
REQUIRED = {"customers": ("name",), "projects": ("name", "customer")}


class CrmFileError(Exception):
    """The file cannot be read as such an export at all (as opposed to a bad row)."""


@dataclass(frozen=True)
class CrmRow:
    line: int
    values: Mapping[str, str]  # field -> cleaned cell ("" when the file has no such column)


@dataclass(frozen=True)
class CrmTable:
    rows: tuple[CrmRow, ...]
    problems: tuple[RowProblem, ...]  # rows wrong in themselves, each with its line


def read_customers(data: bytes) -> CrmTable:
    return _read(data, CUSTOMER_HEADERS, REQUIRED["customers"], "customers")


def read_projects(data: bytes) -> CrmTable:
    return _read(data, PROJECT_HEADERS, REQUIRED["projects"], "projects")


def _read(data: bytes, aliases: Mapping[str, tuple[str, ...]], required: tuple[str, ...], what: str) -> CrmTable:
    try:
        table = read_table(data)
    except RosterError as exc:
        raise CrmFileError(str(exc)) from exc
    columns = _columns(table.headers, aliases)
    missing = tuple(field for field in required if field not in columns)
    if missing:
        raise CrmFileError(_(MISSING_COLUMNS[what, missing]) + " "
                           + _("Columns: {columns}.").format(columns=", ".join(table.headers)))
    if not table.rows:
        raise CrmFileError(_(NO_ROWS[what]))
    rows, problems = [], []
    for line, cells in table.rows:
        if len(cells) != len(table.headers):
            problems.append(RowProblem(line, n_("{count} cell where the header has {width}",
                                                "{count} cells where the header has {width}", len(cells)).format(
                count=len(cells), width=len(table.headers))))
            continue
        values = {field: clean_line(cells[index]) if index is not None else ""
                  for field, index in ((f, columns.get(f)) for f in aliases)}
        row_problems = _problems(values, required)
        problems += [RowProblem(line, message) for message in row_problems]
        if not row_problems:
            rows.append(CrmRow(line, values))
    return CrmTable(tuple(rows), tuple(problems))


def _columns(headers: tuple[str, ...], aliases: Mapping[str, tuple[str, ...]]) -> dict[str, int]:
    found: dict[str, int] = {}
    taken: set[int] = set()
    for field, names in aliases.items():
        for index, header in enumerate(headers):
            if index not in taken and normalise_header(header) in names:
                found[field] = index
                taken.add(index)
                break
    return found


def _problems(values: Mapping[str, str], required: tuple[str, ...]) -> list[str]:
    problems = [_(EMPTY[field]) for field in required if not values[field]]
    problems += [_(TOO_LONG[field]).format(limit=MAX_LENGTHS[field])
                 for field, value in values.items() if len(value) > MAX_LENGTHS[field]]
    email = values.get("pm_email", "")
    if email and (problem := email_problem(email)):
        problems.append(_("PM email: {problem}").format(problem=problem))
    return problems
