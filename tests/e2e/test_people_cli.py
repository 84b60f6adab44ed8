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


def shadowdesk(data_dir, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
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
