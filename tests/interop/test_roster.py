"""Reading rosters the way HR systems and Excel write them, and writing them back."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shadowdesk.interop import roster
from shadowdesk.interop.roster import RosterError


def parse(data: bytes, known: set[str] | frozenset = frozenset(), overrides=None) -> roster.ParsedRoster:
    table = roster.read_table(data)
    mapping = roster.apply_overrides(table.headers, roster.guess_mapping(table.headers), overrides or {})
    return roster.parse_roster(table, mapping, known)


def people(parsed: roster.ParsedRoster) -> list[tuple]:
    return [(e.full_name, e.email, e.department, e.job_title, e.location, e.time_zone)
            for e in parsed.entries]


PLAIN = ("Full Name,Email,Department,Job Title,Location,Time Zone\r\n"
         "Łukasz Wiśniewski,lukasz@x.com,Sales,Account Executive,Kraków,Europe/Warsaw\r\n"
         "Zoë Müller,zoe@x.com,Project Management,PM,Berlin,Europe/Berlin\r\n")
EXPECTED = [
    ("Łukasz Wiśniewski", "lukasz@x.com", "Sales", "Account Executive", "Kraków", "Europe/Warsaw"),
    ("Zoë Müller", "zoe@x.com", "Project Management", "PM", "Berlin", "Europe/Berlin"),
]


@pytest.mark.parametrize("data, encoding", [
    (PLAIN.encode("utf-8"), "UTF-8"),
    (b"\xef\xbb\xbf" + PLAIN.encode("utf-8"), "UTF-8 with BOM"),
    (PLAIN.encode("utf-16"), "UTF-16"),  # Excel's "Unicode text": BOM then UTF-16
    (b"\xfe\xff" + PLAIN.encode("utf-16-be"), "UTF-16"),
], ids=["utf8", "utf8-bom", "utf16-le", "utf16-be"])
def test_unicode_encodings_are_detected(data, encoding):
    parsed = parse(data)
    assert parsed.table.encoding == encoding
    assert people(parsed) == EXPECTED
    assert parsed.problems == []


def test_windows_1252_from_western_excel_is_read_with_its_accents():
    text = "Name;Email;Department\r\nJosé Núñez;jose@x.com;Ventas – Süd\r\nFrançoise;f@x.com;Sales\r\n"
    parsed = parse(text.encode("cp1252"))
    assert parsed.table.encoding == "Windows-1252"
    assert [(e.full_name, e.department) for e in parsed.entries] == [
        ("José Núñez", "Ventas – Süd"), ("Françoise", "Sales")]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed(delimiter):
    text = PLAIN.replace(",", delimiter)
    parsed = parse(text.encode())
    assert parsed.table.delimiter == delimiter
    assert people(parsed) == EXPECTED


def test_semicolon_file_with_commas_inside_cells_is_still_semicolon():
    text = 'Name;Email;Job Title\n"Smith, Anna";anna@x.com;Sales, North\n'
    parsed = parse(text.encode())
    assert parsed.table.delimiter == ";"
    assert (parsed.entries[0].full_name, parsed.entries[0].job_title) == ("Smith, Anna", "Sales, North")


def test_quoted_commas_and_line_breaks_keep_line_numbers_right():
    text = ('Full Name,Email,Location\n'
            '"Nowak, Anna",anna@x.com,"Floor 3,\nRoom 12"\n'
            '"Bob\nSmith",bob@x.com,"Berlin"\n'
            'Cara,not-an-email,Paris\n')
    parsed = parse(text.encode())
    assert [(e.line, e.full_name, e.location) for e in parsed.entries] == [
        (2, "Nowak, Anna", "Floor 3,\nRoom 12"), (4, "Bob Smith", "Berlin"), (6, "Cara", "Paris")]
    assert [str(p) for p in parsed.problems] == ["line 6: 'not-an-email' is not a valid email address"]


@pytest.mark.parametrize("header, field", [
    ("First Name", "first_name"), ("Given name", "first_name"), ("Last Name", "last_name"),
    ("Surname", "last_name"), ("Full Name", "full_name"), ("Name", "full_name"),
    ("Work Email", "email"), ("E-mail", "email"), ("Email Address", "email"), ("EMAIL", "email"),
    ("work_email", "email"), ("Department", "department"), ("Dept", "department"),
    ("Dept.", "department"), ("Job Title", "job_title"), ("Title", "job_title"), ("Position", "job_title"),
    ("Location", "location"), ("Office", "location"), ("Time Zone", "time_zone"),
    ("Timezone", "time_zone"), ("TZ", "time_zone"), ("Manager Email", "manager_email"),
    ("Manager E-mail", "manager_email"), ("Active", "active"), ("Employment Status", "active"),
])
def test_header_spellings_are_recognised(header, field):
    assert roster.guess_mapping(["Employee ID", header]) == {field: 1}


def test_first_and_last_name_columns_make_the_full_name():
    parsed = parse(b"Last Name,First Name,Work Email\nNowak,Anna,anna@x.com\n")
    assert parsed.entries[0].full_name == "Anna Nowak"


def test_unrecognised_columns_are_ignored_and_can_be_mapped_by_the_user():
    data = b"Employee,Login,Org Unit\nAnna Nowak,anna@x.com,Sales\n"
    assert parse(data).file_problems == (
        "No column holds the email address; choose it in the column mapping.",)
    parsed = parse(data, overrides={"email": "login", "department": "3"})
    assert people(parsed) == [("Anna Nowak", "anna@x.com", "Sales", None, None, None)]
    assert parsed.problems == []


def test_an_override_can_leave_a_guessed_column_out():
    parsed = parse(b"Name,Email,Title\nAnna,anna@x.com,CEO\n", overrides={"job_title": ""})
    assert parsed.entries[0].job_title is None


@pytest.mark.parametrize("overrides, message", [
    ({"email": "Nope"}, "no column 'Nope'"), ({"shoe_size": "Name"}, "no field 'shoe_size'"),
    ({"email": "9"}, "no column '9'"),
])
def test_bad_overrides_say_what_exists(overrides, message):
    with pytest.raises(RosterError, match=message):
        parse(b"Name,Email\nAnna,anna@x.com\n", overrides=overrides)


def test_every_bad_row_is_named_with_its_line_and_reason():
    text = ("Name,Email,Time Zone,Manager Email,Active\n"
            "Anna,anna@x.com,europe/warsaw,,yes\n"       # 2: fine; zone spelling is corrected
            ",bob@x.com,,,\n"                            # 3: no name
            "Cara,,UTC,,\n"                              # 4: no email
            "Dan,dan@x,UTC,,\n"                          # 5: invalid email
            "Eve,eve@x.com,Mars/Olympus,,\n"             # 6: unknown zone
            "Anna Again,ANNA@X.COM,,,\n"                 # 7: duplicate in file
            "Finn,finn@x.com,,boss@x.com,\n"             # 8: unknown manager
            "Gus,gus@x.com,,gus@x.com,maybe\n")          # 9: own manager, bad active
    parsed = parse(text.encode())
    assert [str(p) for p in parsed.problems] == [
        "line 3: no name",
        "line 4: no email address",
        "line 5: 'dan@x' is not a valid email address",
        "line 6: unknown time zone 'Mars/Olympus' (use an IANA name such as Europe/Berlin)",
        "line 7: ANNA@X.COM is already on line 2",
        "line 8: manager boss@x.com is neither in the file nor among the people",
        "line 9: active must be yes or no, not 'maybe'",
        "line 9: a person cannot be their own manager",
    ]
    assert parsed.entries[0].time_zone == "Europe/Warsaw"


def test_a_manager_may_be_later_in_the_file_or_already_stored():
    text = "Name,Email,Manager Email\nAnna,anna@x.com,boss@x.com\nBoss,boss@x.com,ceo@x.com\n"
    assert parse(text.encode(), known={"ceo@x.com"}).problems == []


def test_values_longer_than_the_database_takes_are_row_errors():
    parsed = parse(f"Name,Email,Department\n{'A' * 201},a@x.com,{'D' * 121}\n".encode())
    assert [p.message for p in parsed.problems] == [
        "full name is longer than 200 characters", "department is longer than 120 characters"]


@pytest.mark.parametrize("data, message", [
    (b"", "empty"), (b"\n\n  \n", "empty"), (b"\xff\xfeA\x00\x00\xd8", "not valid"),
    (b"Name,Email\x00\n", "NUL"),
])
def test_files_that_are_not_rosters_are_refused_with_a_reason(data, message):
    with pytest.raises(RosterError, match=message):
        roster.read_table(data)


def test_blank_lines_are_skipped_and_short_rows_read_as_blank_cells():
    parsed = parse(b"\n\nName,Email,Department\n\nAnna,anna@x.com\n,,\n")
    assert [(e.line, e.department) for e in parsed.entries] == [(5, "")]


@pytest.mark.parametrize("value", ["=SUM(A1:A2)", "+49 30 1234", "-5", "@cmd", "'=already quoted", "plain",
                                   "O'Brien", "'leading apostrophe"])
def test_defused_cells_read_back_as_they_were(value):
    written = roster.defuse(value)
    assert not written.startswith(("=", "+", "-", "@"))
    assert roster.undefuse(written) == value


def test_export_is_excel_friendly_and_imports_back_to_the_same_rows():
    rows = [
        {"full_name": "=HYPERLINK(\"http://evil\")", "email": "a@x.com", "department": "Sales, North",
         "job_title": "-Lead\nof things", "location": "@home", "time_zone": "Europe/Berlin",
         "manager_email": None, "active": True},
        {"full_name": "Zoë Ünal", "email": "z@x.com", "department": "", "job_title": "", "location": "",
         "time_zone": "UTC", "manager_email": "a@x.com", "active": False},
    ]
    data = roster.write_roster(rows)
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\n=" not in data and b",=" not in data and b",@" not in data
    parsed = parse(data)
    assert parsed.problems == []
    assert [(e.full_name, e.email, e.department, e.job_title, e.location, e.time_zone,
             e.manager_email or None, e.active) for e in parsed.entries] == [
                 tuple(row.values()) for row in rows]


cells = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.binary(max_size=300),
    st.lists(st.lists(st.one_of(cells, st.sampled_from(["Name", "E-mail", "TZ", "anna@x.com", '"', "\n",
                                                           ";", "\t", "Europe/Paris", "yes"])), max_size=6),
             max_size=6).map(lambda rows: "\n".join(",".join(row) for row in rows).encode("utf-8")),
))
def test_fuzzed_files_never_crash_the_reader(data):
    try:
        parsed = parse(data)
    except RosterError:
        return
    for entry in parsed.entries:
        assert entry.line >= 2
        if not entry.errors:
            assert roster.email_problem(entry.email) is None and entry.full_name
