"""The roster import as a careless or hostile HR export would try it, checked for one property.

Over encodings, delimiters, quoting, Excel's sep= line, header spellings, ID columns, control and invisible
characters, and damage (a stray Windows-1252 byte, a quote left open, a cell missing): the import either
refuses with a message naming a line or the file, writing nothing, or stores exactly the names and emails a
person reading the file would see. SQLite carries the property; a few fixed files check PostgreSQL too.
"""

from __future__ import annotations

import csv
import io
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from shadowdesk.model import Person
from shadowdesk.services.errors import UserError
from shadowdesk.services.people import PeopleService
from shadowdesk.text import clean_line

INVISIBLE = ["\x1b", "\x07", "\u200b", "\u202e", "\u2066", "\ufeff", "\u00ad"]
letters = st.characters(categories=("Lu", "Ll", "Lo"), codec="utf-8")
word = st.text(letters, min_size=1, max_size=8)
# What a person sees is the word; what the file holds may have invisible characters inside or around it.
hidden = st.lists(st.sampled_from(INVISIBLE), max_size=2).map("".join)
name_part = st.builds(lambda a, w, b: a + w + b, hidden, word, hidden)
person = st.tuples(st.lists(name_part, min_size=1, max_size=3), st.from_regex(r"[a-z]{1,6}", fullmatch=True))

NAME_HEADERS = ["Name", "Full Name", "Employee Name", "Display name", "Legal Name", "Employee"]
EMAIL_HEADERS = ["Email", "E-mail", "Work Email", "Email Address", "Primary Work Email"]
ID_HEADERS = [None, "Employee #", "Employee ID", "ID", "Personnel number", "Employee Number"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252"]
DAMAGE = [None, "stray byte", "open quote", "missing cell"]
LINE_OR_FILE = re.compile(r"^(Line \d+|The file|No column|The column)")


def roster_file(people, name_header, email_header, id_header, split_names, delimiter, quoting, sep_line,
                encoding):
    """The file's bytes, and the (name, email) a person reading it sees on each row."""
    headers = ([id_header] if id_header else []) + (["First Name", "Last Name"] if split_names else
                                                     [name_header]) + [email_header]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator="\r\n")
    writer.writerow(headers)
    seen = []
    for n, (parts, local) in enumerate(people):
        email = f"{local}{n}@x.example"
        names = [parts[0], " ".join(parts[1:])] if split_names else [" ".join(parts)]
        writer.writerow(([f"{1000 + n}"] if id_header else []) + names + [email])
        seen.append((clean_line(" ".join(names)), email))
    text = (f"sep={delimiter}\r\n" if sep_line else "") + buffer.getvalue()
    try:
        return text.encode(encoding), seen
    except UnicodeEncodeError:
        return text.encode("utf-8"), seen


def damaged(data: bytes, seen: list, damage: str | None, encoding: str, delimiter: str,
            name_first: bool) -> tuple[bytes, list]:
    """The file with one careless edit to its last line, and what a person would then see."""
    if encoding == "utf-16" or damage is None:
        return data, seen
    lines = data.split(b"\r\n")
    last = len([line for line in lines if line]) - 1  # the last person's line, 0-based
    if damage == "stray byte" and name_first:
        # An "é" typed in Windows-1252 before the last person's name, which is the line's first cell.
        lines[last] = b"\xe9" + lines[last]
        name, email = seen[-1]
        seen = [*seen[:-1], (clean_line("é" + name), email)]
    elif damage == "open quote":
        lines[last] = b'"' + lines[last]
    elif damage == "missing cell":
        lines[last] = lines[last].rsplit(delimiter.encode(), 1)[0]
    return b"\r\n".join(lines), seen


def stored(db) -> set[tuple[str, str]]:
    with db.session() as session:
        return {tuple(row) for row in session.execute(select(Person.full_name, Person.email))}


def import_or_refusal(people: PeopleService, data: bytes):
    """The summary of the import, or the refusal's message."""
    try:
        return people.import_roster(people.read_roster(data))
    except UserError as exc:
        return str(exc)


def assert_refused_naming_a_line_or_the_file(outcome) -> None:
    if isinstance(outcome, str):
        assert LINE_OR_FILE.match(outcome), outcome
    else:
        assert not outcome.written and outcome.problems
        for problem in outcome.problems:
            assert problem.line >= 2 or LINE_OR_FILE.match(problem.message), problem


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(people=st.lists(person, min_size=1, max_size=4), name_header=st.sampled_from(NAME_HEADERS),
       email_header=st.sampled_from(EMAIL_HEADERS), id_header=st.sampled_from(ID_HEADERS),
       split_names=st.booleans(), delimiter=st.sampled_from([",", ";", "\t"]),
       quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]), sep_line=st.booleans(),
       encoding=st.sampled_from(ENCODINGS), damage=st.sampled_from(DAMAGE))
def test_an_import_refuses_naming_a_line_or_stores_what_a_person_reads(sqlite_db, people, name_header,
                                                                         email_header, id_header, split_names,
                                                                         delimiter, quoting, sep_line, encoding,
                                                                         damage):
    with sqlite_db.transaction() as session:
        session.execute(delete(Person))
    data, seen = roster_file(people, name_header, email_header, id_header, split_names, delimiter, quoting,
                             sep_line, encoding)
    data, seen = damaged(data, seen, damage, encoding, delimiter,
                         name_first=not id_header and not split_names and quoting == csv.QUOTE_MINIMAL)
    outcome = import_or_refusal(PeopleService(sqlite_db), data)
    if isinstance(outcome, str) or not outcome.written:
        assert_refused_naming_a_line_or_the_file(outcome)
        assert stored(sqlite_db) == set()
    else:
        assert stored(sqlite_db) == set(seen)


HOSTILE = {
    "id column and invisible characters": (
        "Employee #;First Name;Last Name;Work Email\r\n1001;An\u200bna\x1b[2J;Nowak\u202e;anna@x.com\r\n"
        "1002;Zoë;Ünal\x07;zoe@x.com\r\n".encode("utf-8-sig"),
        {("Anna[2J Nowak", "anna@x.com"), ("Zoë Ünal", "zoe@x.com")}),
    "excel sep line in windows-1252": (
        "sep=,\r\nName,Email\r\n\"Núñez, José\",jose@x.com\r\n".encode("cp1252"), {("Núñez, José", "jose@x.com")}),
    "mixed encodings": ("Name,Email\r\nZoë,zoe@x.com\r\n".encode() + b"Caf\xe9,cafe@x.com\r\n", "Line 3"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_rosters_store_what_a_person_reads_on_both_backends(db, case):
    data, expected = HOSTILE[case]
    outcome = import_or_refusal(PeopleService(db), data)
    if isinstance(expected, str):
        assert isinstance(outcome, str) and outcome.startswith(expected) and stored(db) == set()
    else:
        assert outcome.written and stored(db) == expected
