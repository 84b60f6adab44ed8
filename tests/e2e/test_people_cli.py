"""`shadowdesk people import|export|list` run as a separate process, as an HR coordinator types it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

ROSTER = ("First Name\tLast Name\tWork Email\tDepartment\tTime Zone\tManager Email\r\n"
          "Anna\tNowak\tanna@x.com\tSales\tEurope/Warsaw\tboss@x.com\r\n"
          "Boss\tPerson\tboss@x.com\tManagement\tEurope/Berlin\t\r\n")
BAD = ("Name,Email,Time Zone\n"
       "Anna Nowak,anna@x.com,UTC\n"
       "No Mail,,UTC\n"
       "Eve,eve@x.com,Mars/Base\n"
       "Eve Again,EVE@x.com,UTC\n")


def shadowdesk(data_dir, *args: str, language: str = "") -> subprocess.CompletedProcess[str]:
    """The CLI as a person runs it; language: the LANGUAGE of their system ("" leaves the test's own)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **({"LANGUAGE": language} if language else {})}
    env.pop("SHADOWDESK_DATA_DIR", None)
    env.pop("SHADOWDESK_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "shadowdesk", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def people_in(data_dir) -> list[tuple]:
    connection = sqlite3.connect(data_dir / "shadowdesk.sqlite3")
    try:
        return connection.execute("SELECT full_name, email, department FROM person ORDER BY email").fetchall()
    finally:
        connection.close()


def test_import_dry_run_then_import_then_export_round_trip(tmp_path):
    data = tmp_path / "data"
    roster = tmp_path / "roster.tsv"
    roster.write_bytes(ROSTER.encode("utf-16"))

    dry = shadowdesk(data, "people", "import", str(roster), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "UTF-16, 2 rows" in dry.stdout
    assert "Dry run, nothing written: 2 to add, 0 to update, 0 unchanged." in dry.stdout
    assert people_in(data) == []

    done = shadowdesk(data, "people", "import", str(roster))
    assert done.returncode == 0, done.stderr
    assert "Imported: 2 added, 0 updated, 0 unchanged." in done.stdout
    assert people_in(data) == [("Anna Nowak", "anna@x.com", "Sales"),
                               ("Boss Person", "boss@x.com", "Management")]

    export = tmp_path / "export.csv"
    exported = shadowdesk(data, "people", "export", str(export))
    assert exported.returncode == 0 and "Exported 2 people" in exported.stdout
    again = shadowdesk(data, "people", "import", str(export))
    assert "Imported: 0 added, 0 updated, 2 unchanged." in again.stdout

    listed = shadowdesk(data, "people", "list", "--search", "nowak")
    assert listed.stdout.splitlines()[1] == "Anna Nowak\tanna@x.com\tSales\t\t\tyes"


def test_bad_rows_are_named_with_their_lines_and_nothing_is_imported(tmp_path):
    data = tmp_path / "data"
    roster = tmp_path / "bad.csv"
    roster.write_text(BAD, encoding="cp1252")
    result = shadowdesk(data, "people", "import", str(roster))
    assert result.returncode != 0
    assert f"{roster}: line 3: no email address" in result.stderr
    assert f"{roster}: line 4: unknown time zone 'Mars/Base'" in result.stderr
    assert f"{roster}: line 5: EVE@x.com is already on line 4" in result.stderr
    assert "Nothing was imported: 3 row(s) have problems" in result.stderr
    assert "Traceback" not in result.stderr
    assert people_in(data) == []


def test_map_option_picks_a_column_the_guess_missed(tmp_path):
    data = tmp_path / "data"
    roster = tmp_path / "odd.csv"
    roster.write_text("Person;Login;Org Unit\nAnna Nowak;anna@x.com;Sales\n", encoding="utf-8")
    missing = shadowdesk(data, "people", "import", str(roster))
    assert missing.returncode != 0 and "No column holds the email address" in missing.stderr
    mapped = shadowdesk(data, "people", "import", str(roster), "--map", "email=Login", "--map",
                        "full_name=person", "--map", "department=3")
    assert mapped.returncode == 0, mapped.stderr
    assert people_in(data) == [("Anna Nowak", "anna@x.com", "Sales")]
    wrong = shadowdesk(data, "people", "import", str(roster), "--map", "email=Mail")
    assert wrong.returncode != 0 and "no column 'Mail'" in wrong.stderr and "Traceback" not in wrong.stderr


def test_a_missing_file_is_reported_in_plain_words(tmp_path):
    result = shadowdesk(tmp_path / "data", "people", "import", str(tmp_path / "nope.csv"))
    assert result.returncode != 0
    assert "Cannot read" in result.stderr and "Traceback" not in result.stderr


def test_an_id_column_is_not_taken_for_the_names_and_the_first_rows_show_what_was_read(tmp_path):
    data = tmp_path / "data"
    roster = tmp_path / "bamboo.csv"
    roster.write_text("Employee #,First Name,Last Name,Work Email\r\n1001,Anna,Nowak,anna@x.com\r\n"
                      "1002,Zoë,Ünal,zoe@x.com\r\n", encoding="utf-8")
    result = shadowdesk(data, "people", "import", str(roster))
    assert result.returncode == 0, result.stderr
    assert "First rows read as: line 2: Anna Nowak <anna@x.com>; line 3: Zoë Ünal <zoe@x.com>." in result.stdout
    assert people_in(data) == [("Anna Nowak", "anna@x.com", ""), ("Zoë Ünal", "zoe@x.com", "")]


def test_files_that_would_be_misread_are_refused_naming_the_line_and_nothing_is_stored(tmp_path):
    data = tmp_path / "data"
    cases = {
        "mixed.csv": ("Full Name,Email\r\nZoë A,z@x.example\r\n".encode() + b"Caf\xe9 B,c@x.example\r\n",
                      "Line 3: byte 0xE9 is not UTF-8, but the rest of the file is UTF-8 text"),
        "quote.csv": (b'Name,Email\nAnna,anna@x.com\n"Bob,bob@x.com\nCara,cara@x.com\n',
                      'Line 3: a quote (") opens a cell that is never closed'),
        "empty.csv": (b"Name,Email\r\n", "has a header row but no people under it"),
    }
    for name, (content, message) in cases.items():
        roster = tmp_path / name
        roster.write_bytes(content)
        result = shadowdesk(data, "people", "import", str(roster))
        assert (result.returncode, message in result.stderr, "Traceback" in result.stderr) == (2, True, False), \
            (name, result.stderr)
        assert people_in(data) == []


def test_excel_sep_line_and_a_listing_that_never_sends_control_characters_to_the_terminal(tmp_path):
    data = tmp_path / "data"
    roster = tmp_path / "excel.csv"
    roster.write_bytes(b"sep=;\r\nName;Email;Department\r\nNowak, Anna;anna@x.com;Sales, North\r\n")
    assert shadowdesk(data, "people", "import", str(roster)).returncode == 0
    assert people_in(data) == [("Nowak, Anna", "anna@x.com", "Sales, North")]
    # A name stored before names were cleaned on the way in.
    connection = sqlite3.connect(data / "shadowdesk.sqlite3")
    with connection:
        connection.execute("UPDATE person SET full_name = 'Anna\x1b[2J\x07 Nowak', department = 'Sales\tNorth'")
    connection.close()
    listed = shadowdesk(data, "people", "list")
    assert listed.stdout.splitlines()[1] == "Anna\\x1b[2J\\x07 Nowak\tanna@x.com\tSales\\tNorth\t\t\tyes"
    assert "\x1b" not in listed.stdout


def test_spreadsheet_rosters_import_from_the_command_line(tmp_path):
    from datetime import date

    from tests.interop.test_roster_sheets import ods, xlsx

    data = tmp_path / "data"
    staff = [["Employee #", "Name", "Work Email", "Hire Date"], [1001, "Anna Nowak", "anna@x.com", date(2024, 3, 1)]]
    (tmp_path / "roster.xlsx").write_bytes(xlsx({"Summary": [["Total"], [1]], "Staff": staff}))
    (tmp_path / "roster.ods").write_bytes(ods({"Staff": [["Name", "Email"], ["Zoë Ünal", "zoe@x.com"]]}))
    done = shadowdesk(data, "people", "import", str(tmp_path / "roster.xlsx"), "--sheet", "Staff")
    assert done.returncode == 0, done.stderr
    assert "Excel workbook (.xlsx), sheet 'Staff' (of Summary, Staff), 1 row. Columns" in done.stdout
    done = shadowdesk(data, "people", "import", str(tmp_path / "roster.ods"))
    assert done.returncode == 0, done.stderr
    assert people_in(data) == [("Anna Nowak", "anna@x.com", ""), ("Zoë Ünal", "zoe@x.com", "")]


def test_skip_invalid_status_and_zone_options_and_a_dry_run_that_shows_each_change(tmp_path):
    data = tmp_path / "data"
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,Email,Office,Status\nAnna,anna@x.com,Kraków,On leave\nBad,nope,Berlin,Active\n"
                      "Cy,cy@x.com,Remote,Contractor\n", encoding="utf-8")
    refused = shadowdesk(data, "people", "import", str(roster))
    assert refused.returncode == 1 and people_in(data) == []
    assert "'Contractor' -> unknown (give --status VALUE=active|inactive) (1)" in refused.stdout
    assert "No time zone for the people of: Remote (1)" in refused.stderr
    done = shadowdesk(data, "people", "import", str(roster), "--skip-invalid", "--status", "contractor=inactive",
                      "--zone", "Remote=europe/lisbon")
    assert done.returncode == 0, done.stderr
    assert "Kraków -> Europe/Warsaw (guessed, 1)" in done.stdout and "Remote -> Europe/Lisbon (1)" in done.stdout
    assert f"{roster}: skipped line 3: 'nope' is not a valid email address" in done.stderr
    skipped = tmp_path / "roster.skipped.csv"
    assert f"they are in {skipped}" in done.stderr
    assert skipped.read_text("utf-8-sig").splitlines()[1] == \
        "3,'nope' is not a valid email address,Bad,nope,Berlin,Active"
    connection = sqlite3.connect(data / "shadowdesk.sqlite3")
    try:
        assert connection.execute("SELECT email, time_zone, active FROM person ORDER BY email").fetchall() == [
            ("anna@x.com", "Europe/Warsaw", 1), ("cy@x.com", "Europe/Lisbon", 0)]
    finally:
        connection.close()
    roster.write_text("Name,Email,Office,Status\nAnna Nowak,anna@x.com,Kraków,Terminated\n", encoding="utf-8")
    dry = shadowdesk(data, "people", "import", str(roster), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "line 2: Anna <anna@x.com>: Full name 'Anna' -> 'Anna Nowak'; Active 'yes' -> 'no'" in dry.stdout
    assert "Dry run, nothing written: 0 to add, 1 to update, 0 unchanged." in dry.stdout


def test_export_to_standard_output_keeps_its_summary_out_of_the_csv(tmp_path):
    data = tmp_path / "data"
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,Email\nAnna,anna@x.com\n", encoding="utf-8")
    assert shadowdesk(data, "people", "import", str(roster)).returncode == 0
    exported = shadowdesk(data, "people", "export", "-")
    assert exported.returncode == 0, exported.stderr
    assert "Exported 1 people" not in exported.stdout and "Exported 1 person to -." in exported.stderr
    assert exported.stdout.lstrip("\ufeff").splitlines()[1].startswith("Anna,anna@x.com")


def test_a_german_system_is_told_the_refusals_and_the_summary_in_german(tmp_path):
    data = tmp_path / "data"
    roster = tmp_path / "roster.tsv"
    roster.write_bytes(ROSTER.encode("utf-16"))
    refused = shadowdesk(data, "people", "import", str(roster), "--zone", "Berlin=Mars/Base", language="de")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "'Mars/Base' ist keine Zeitzone; verwenden Sie einen IANA-Namen wie Europe/Berlin." in refused.stderr
    assert people_in(data) == []
    imported = shadowdesk(data, "people", "import", str(roster), language="de")
    assert imported.returncode == 0, imported.stderr
    assert "Importiert: 2 hinzugefügt, 0 aktualisiert, 0 unverändert." in imported.stdout
    listed = shadowdesk(data, "people", "list", language="fr")
    assert listed.stderr == "2 personnes\n"
    assert listed.stdout.splitlines()[0] == shadowdesk(data, "people", "list").stdout.splitlines()[0]  # for scripts


def test_a_german_system_is_told_each_bad_row_and_what_was_read_in_german(tmp_path):
    data = tmp_path / "data"
    roster = tmp_path / "bad.csv"
    roster.write_text(BAD, encoding="utf-8-sig")
    result = shadowdesk(data, "people", "import", str(roster), language="de")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert f"{roster}: UTF-8 mit BOM, 4 Zeilen. Spalten:" in result.stdout
    assert f"{roster}: Zeile 3: keine E-Mail-Adresse" in result.stderr
    assert f"{roster}: Zeile 5: EVE@x.com steht schon in Zeile 4" in result.stderr
    assert people_in(data) == []
    one = tmp_path / "one.csv"
    one.write_text("Name,Email\nAnna Nowak,anna@x.com\n", encoding="utf-8")
    imported = shadowdesk(data, "people", "import", str(one), "--dry-run", language="de")
    assert f"{one}: UTF-8, 1 Zeile. Spalten:" in imported.stdout, imported.stderr
