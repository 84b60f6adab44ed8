"""Reading rosters the way HR systems and Excel write them, and writing them back."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shadowdesk import translation
from shadowdesk.interop import roster
from shadowdesk.interop.roster import KnownPerson, RosterError
from shadowdesk.text import clean_line


def parse(data: bytes, known: set[str] | frozenset = frozenset(), overrides=None) -> roster.ParsedRoster:
    table = roster.read_table(data)
    guessed = roster.guess_mapping(table.headers, [cells for _, cells in table.rows])
    mapping = roster.apply_overrides(table.headers, guessed, overrides or {})
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
    # A line break inside a cell is a space in a name or label: one line, as a person reads it.
    assert [(e.line, e.full_name, e.location) for e in parsed.entries] == [
        (2, "Nowak, Anna", "Floor 3, Room 12"), (4, "Bob Smith", "Berlin"), (6, "Cara", "Paris")]
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
        "line 9: the status 'maybe' is neither active nor inactive as far as ShadowDesk knows; say which it means",
        "line 9: a person cannot be their own manager",
    ]
    assert parsed.entries[0].time_zone == "Europe/Warsaw"


def test_a_manager_may_be_later_in_the_file_or_already_stored():
    text = "Name,Email,Manager Email\nAnna,anna@x.com,boss@x.com\nBoss,boss@x.com,ceo@x.com\n"
    assert parse(text.encode(), known={"ceo@x.com"}).problems == []


def test_values_longer_than_the_database_takes_are_row_errors():
    parsed = parse(f"Name,Email,Department\n{'A' * 201},a@x.com,{'D' * 121}\n".encode())
    assert [p.message for p in parsed.problems] == [
        "Full name is longer than 200 characters", "Department is longer than 120 characters"]


@pytest.mark.parametrize("data, message", [
    (b"", "empty"), (b"\n\n  \n", "empty"), (b"\xff\xfeA\x00\x00\xd8", "not valid"),
    (b"Name,Email\x00\n", "NUL"), (b"Name,Email\r\n", "header row but no people"),
    (b"\xef\xbb\xbfName;Email\r\n;\r\n", "header row but no people"),
])
def test_files_that_are_not_rosters_are_refused_with_a_reason(data, message):
    with pytest.raises(RosterError, match=message):
        roster.read_table(data)


def test_blank_lines_are_skipped_and_rows_whose_cells_do_not_line_up_are_named():
    parsed = parse(b"\n\nName,Email,Department,\n\nAnna,anna@x.com\n,,\nNowak, Bob,bob@x.com,Sales\n"
                   b"Cara,cara@x.com,Sales,\nDan,dan@x.com,Sales\n")
    assert [str(p) for p in parsed.problems] == [
        "line 5: the row has 2 cells but the header has 3: a cell or a comma is missing",
        "line 7: the row has 4 cells but the header has 3: a cell holds a comma without quotes, or there is "
        "one cell too many",
        "line 7: 'Bob' is not a valid email address"]
    assert [e.line for e in parsed.entries] == [5, 7, 8, 9]  # an empty trailing cell is no problem


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
                 tuple(clean_line(v) if isinstance(v, str) else v for v in row.values()) for row in rows]


ROUND_TRIP = [
    {"full_name": "Zoë Ünal", "email": "z@x.com", "department": "Ventes, Nord", "job_title": "Chef de projet",
     "location": "Lyon", "time_zone": "Europe/Paris", "manager_email": None, "active": True},
    {"full_name": "Jürgen Groß", "email": "j@x.com", "department": "Vertrieb", "job_title": "",
     "location": "München", "time_zone": "Europe/Berlin", "manager_email": "z@x.com", "active": False},
]


@pytest.mark.parametrize("written_in", ["de", "fr"])
@pytest.mark.parametrize("read_in", ["en", "de", "fr"])
def test_an_export_in_german_or_french_imports_back_to_the_same_people_on_any_desk(written_in, read_in):
    translation.use(written_in)
    try:
        data = roster.write_roster(ROUND_TRIP)
        translation.use(read_in)
        parsed = parse(data)
    finally:
        translation.use("en")
    # The headers are the language's own, and so is the delimiter of its Excel.
    assert parsed.table.delimiter == ";" and "Full Name" not in parsed.table.headers
    assert parsed.problems == []
    assert [(e.full_name, e.email, e.department, e.job_title, e.location, e.time_zone,
             e.manager_email or None, e.active) for e in parsed.entries] == [tuple(row.values()) for row in ROUND_TRIP]


def test_a_semicolon_file_with_decimal_commas_keeps_its_columns():
    text = "Name;Email;FTE;Location\nAnna Nowak;anna@x.com;0,5;Kraków\nBen Roy;ben@x.com;1,0;Lyon\n"
    parsed = parse(text.encode())
    assert parsed.table.delimiter == ";" and parsed.problems == []
    assert [(e.full_name, e.location) for e in parsed.entries] == [("Anna Nowak", "Kraków"), ("Ben Roy", "Lyon")]


def test_the_rows_an_import_skipped_are_written_in_the_language_they_are_read_in():
    table = roster.read_table(b"Name,Email\nAnna,not-an-address\n")
    translation.use("de")
    try:
        written = roster.write_skipped_rows(table, [roster.RowProblem(2, "no email")])
    finally:
        translation.use("en")
    assert written.decode("utf-8-sig").splitlines()[0] == "Zeile;Probleme;Name;Email"


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


# --- files that would be misread ----------------------------------------------------------------------

@pytest.mark.parametrize("id_header", ["Employee #", "Employee ID", "Personnel number", "Employee Number", "ID",
                                       "Employee"])
def test_an_id_column_is_never_taken_for_the_names(id_header):
    parsed = parse(f"{id_header},First Name,Last Name,Work Email\r\n1001,Anna,Nowak,anna@x.com\r\n"
                   "E-1002,Zoë,Ünal,zoe@x.com\r\n".encode())
    assert [(e.full_name, e.email) for e in parsed.entries] == [("Anna Nowak", "anna@x.com"),
                                                                 ("Zoë Ünal", "zoe@x.com")]
    assert parsed.problems == []


def test_a_column_of_names_headed_employee_is_still_the_names_and_a_column_of_ids_is_refused():
    assert [e.full_name for e in parse(b"Employee,Email\nAnna Nowak,anna@x.com\n").entries] == ["Anna Nowak"]
    assert parse(b"Employee,Email\n1001,anna@x.com\n").file_problems == (
        "No column holds the name; choose Full name, or First name and Last name.",)
    chosen = parse(b"Employee #,Email\n1001,anna@x.com\n1002,bob@x.com\n", overrides={"full_name": "Employee #"})
    assert chosen.file_problems == ("The column 'Employee #' chosen as Full name holds IDs such as '1001', not "
                                    "names; choose the column with the names.",)
    assert chosen.entries == ()


def test_a_stray_windows_1252_byte_in_a_utf8_file_is_refused_naming_its_line():
    data = "Full Name,Email\r\nZoë A,z@x.example\r\n".encode() + b"Caf\xe9 B,c@x.example\r\n"
    with pytest.raises(RosterError, match=r"^Line 3: byte 0xE9 is not UTF-8, but the rest of the file is UTF-8"):
        roster.read_table(data)


def test_excel_sep_line_sets_the_delimiter_and_is_not_the_header():
    parsed = parse(b"sep=;\r\nName;Email;Department\r\nNowak, Anna;anna@x.com;Sales, North\r\n")
    assert (parsed.table.delimiter, parsed.table.headers) == (";", ("Name", "Email", "Department"))
    assert [(e.line, e.full_name, e.department) for e in parsed.entries] == [(3, "Nowak, Anna", "Sales, North")]
    assert parse(b"SEP=,\nName,Email\nAnna,anna@x.com\n").problems == []


def test_a_quote_left_open_is_reported_with_its_line_instead_of_swallowing_the_file():
    data = b'Name,Email\nAnna,anna@x.com\n"Bob,bob@x.com\nCara,cara@x.com\nDan,dan@x.com\n'
    with pytest.raises(RosterError, match=r'^Line 3: a quote \(\"\) opens a cell that is never closed, so lines '
                                          r"3 to 5 would be read as one cell"):
        roster.read_table(data)


def test_managers_in_a_circle_are_refused_naming_their_lines():
    parsed = parse(b"Name,Email,Manager Email\nAnn,ann@x.com,bob@x.com\nBob,bob@x.com,cy@x.com\n"
                   b"Cy,cy@x.com,ann@x.com\nDee,dee@x.com,ann@x.com\n")
    message = ("the managers go round in a circle (ann@x.com -> bob@x.com -> cy@x.com -> ann@x.com, lines 2, 3, "
               "4): one of them needs another manager")
    assert [str(p) for p in parsed.problems] == [f"line {n}: {message}" for n in (2, 3, 4)]
    # Through a stored person the file does not mention: Eve (stored) is managed by Ann.
    through_stored = parse(b"Name,Email,Manager Email\nAnn,ann@x.com,eve@x.com\n",
                           known={"eve@x.com": KnownPerson("Eve", "ann@x.com")})
    assert [p.line for p in through_stored.problems] == [2]
    # The file may break a stored circle's link: then it is no circle.
    assert parse(b"Name,Email,Manager Email\nAnn,ann@x.com,eve@x.com\nEve,eve@x.com,\n",
                 known={"eve@x.com": KnownPerson("Eve", "ann@x.com")}).problems == []


def test_a_manager_column_of_names_finds_the_people_or_says_why_not():
    text = ("Name,Email,Reports To\nBoss Person,boss@x.com,\nAnna Nowak,anna@x.com,boss person\n"
            "Chen Li,chen@x.com,Dora Stored\nEve,eve@x.com,Nobody Known\nFinn,finn@x.com,Sam Twin\n")
    known = {"dora@x.com": KnownPerson("Dora Stored", None), "sam1@x.com": KnownPerson("Sam Twin", None),
             "sam2@x.com": KnownPerson("Sam Twin", None)}
    parsed = parse(text.encode(), known=known)
    assert [e.manager_key for e in parsed.entries] == ["", "boss@x.com", "dora@x.com", None, None]
    assert [str(p) for p in parsed.problems] == [
        "line 5: manager 'Nobody Known' is neither in the file nor among the people (check the spelling, or "
        "give the manager's email)",
        "line 6: manager 'Sam Twin' is the name of 2 people (sam1@x.com, sam2@x.com); give the manager's email "
        "instead"]


def test_control_bidi_and_invisible_characters_are_cleaned_from_every_cell():
    parsed = parse("Na\u200bme,Email,Department,Job Title\nAnna\x1b[31m Nowak\x07,anna@x.com\u200b,Sales\u200b,"
                   "\u202eCEO\n".encode())
    entry = parsed.entries[0]
    assert (entry.full_name, entry.email, entry.department, entry.job_title) == (
        "Anna[31m Nowak", "anna@x.com", "Sales", "CEO")
    assert parsed.problems == []


# The default exports' headers of five HR systems, and the fields they must fill.
HR_EXPORTS = {
    "BambooHR": ("Employee #,First Name,Last Name,Work Email,Department,Job Title,Location,Reporting to,Status,"
                 "Employment Status",
                 {"first_name": 1, "last_name": 2, "email": 3, "department": 4, "job_title": 5, "location": 6,
                  "manager_email": 7, "active": 8}),
    "Personio": ("ID,First name,Last name,Email,Team,Department,Position,Office,Supervisor,Status",
                 {"first_name": 1, "last_name": 2, "email": 3, "department": 5, "job_title": 6, "location": 7,
                  "manager_email": 8, "active": 9}),
    "Workday": ("Employee ID,Worker,Legal Name,Primary Work Email,Supervisory Organization,Business Title,"
                "Location,Manager,Active Status",
                {"full_name": 2, "email": 3, "department": 4, "job_title": 5, "location": 6, "manager_email": 7,
                 "active": 8}),
    "SuccessFactors": ("User ID,Username,First Name,Last Name,Business Email,Department,Job Title,Location,"
                       "Manager,Employee Status",
                       {"first_name": 2, "last_name": 3, "email": 4, "department": 5, "job_title": 6,
                        "location": 7, "manager_email": 8, "active": 9}),
    "HiBob": ("Employee ID,Display name,First name,Last name,Email,Department,Job title,Site,Reports to,"
              "Lifecycle status",
              {"full_name": 1, "first_name": 2, "last_name": 3, "email": 4, "department": 5, "job_title": 6,
               "location": 7, "manager_email": 8, "active": 9}),
}


@pytest.mark.parametrize("system", sorted(HR_EXPORTS))
def test_the_default_exports_of_hr_systems_find_their_columns(system):
    header, expected = HR_EXPORTS[system]
    assert roster.guess_mapping(header.split(",")) == expected


@pytest.mark.parametrize("status, active", [("Active", True), ("On leave", True), ("Full-Time", True),
                                            ("Terminated", False), ("Inactive", False)])
def test_status_words_of_hr_exports_read_as_active_or_not(status, active):
    assert parse(f"Name,Email,Status\nAnna,anna@x.com,{status}\n".encode()).entries[0].active is active


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=16))
def test_the_quick_cleaning_of_cells_is_the_one_cleaning_of_names(value):
    assert roster.clean_cell(value) == clean_line(value)


def test_a_german_user_reads_the_problems_of_the_rows_in_german(german):
    data = ("Name,Email,Abteilung\nAnna,anna@x.com,Vertrieb\nOhne Mail,,Vertrieb\nKurz,kurz@x.com\n"
            f"Lang,lang@x.com,{'D' * 121}\n").encode("utf-8-sig")
    parsed = parse(data)
    assert parsed.table.encoding == "UTF-8 mit BOM"
    assert [str(problem) for problem in parsed.problems] == [
        "Zeile 3: keine E-Mail-Adresse",
        "Zeile 4: die Zeile hat 2 Zellen, die Kopfzeile aber 3: eine Zelle oder ein Komma fehlt",
        "Zeile 5: Abteilung ist länger als 120 Zeichen"]  # the label as the column mapping shows it
    with pytest.raises(RosterError, match="^Die Datei hat eine Kopfzeile, aber keine Personen darunter"):
        roster.read_table(b"Name,Email\n")
