"""A program run from an empty database with the command line alone: a roster, a program, a pair, sessions
planned for the pair, held, moved and cancelled, and the report counting them against the targets."""

from __future__ import annotations

import re
import subprocess

from tests.e2e.test_pairs_cli import shadowdesk
from tests.e2e.test_people_cli import shadowdesk as in_language

ROSTER = ("Full Name,Email,Department,Time Zone\n"
          "Sara Berg,sara@x.example,Sales,Europe/Stockholm\n"
          "Piotr Nowak,piotr@x.example,Project Management,Europe/Warsaw\n")


def ok(data, *args: str) -> subprocess.CompletedProcess[str]:
    done = shadowdesk(data, *args)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done


def rows(listing: str) -> list[dict[str, str]]:
    header, *lines = listing.splitlines()
    return [dict(zip(header.split("\t"), line.split("\t"), strict=True)) for line in lines]


def one_pair(tmp_path):
    """An empty database, a roster of two, a program and its one pair (id 1)."""
    data = tmp_path / "data"
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    ok(data, "people", "import", str(roster))
    ok(data, "programs", "create", "Summer", "--start", "2026-03-01", "--end", "2026-08-31")
    ok(data, "programs", "enroll", "Summer", "--side", "a", "sara@x.example")
    ok(data, "programs", "enroll", "Summer", "--side", "b", "piotr@x.example")
    ok(data, "pairs", "plan", "Summer", "--rounds", "1", "--apply")
    return data


def test_sessions_of_a_pair_from_an_empty_database(tmp_path):
    data = one_pair(tmp_path)
    ok(data, "customers", "add", "Acme GmbH")
    ok(data, "projects", "add", "Manual DE", "--customer", "Acme GmbH")

    shadow = ok(data, "sessions", "add", "--pair", "1", "--kind", "shadow", "--start", "2026-05-04 10:00",
                "--minutes", "90", "--customer", "acme gmbh", "--project", "Manual DE").stdout.split()
    visit = ok(data, "sessions", "add", "--pair", "1", "--kind", "visit", "--start", "2026-05-11 10:00",
               "--minutes", "60", "--time-zone", "Europe/Warsaw").stdout.split()
    series = ok(data, "sessions", "add", "--pair", "1", "--kind", "shadow", "--start", "2026-06-01 10:00",
                "--minutes", "60", "--repeat", "weekly", "--count", "3").stdout.split()
    assert (len(shadow), len(visit), len(series)) == (1, 1, 3)

    listed = {row["id"]: row for row in rows(ok(data, "sessions", "list", "--program", "summer").stdout)}
    assert listed[shadow[0]]["host"] == "Piotr Nowak" and listed[shadow[0]]["guests"] == "Sara Berg"
    assert listed[shadow[0]]["start"] == "2026-05-04 10:00"  # in the host's zone
    assert listed[shadow[0]]["time zone"] == "Europe/Warsaw"
    assert listed[visit[0]]["host"] == "Sara Berg" and listed[visit[0]]["start"] == "2026-05-11 10:00"

    ok(data, "sessions", "complete", shadow[0])
    ok(data, "sessions", "complete", visit[0])
    ok(data, "sessions", "move", series[1], "--start", "2026-06-09 15:00")
    ok(data, "sessions", "cancel", series[2], "--reason", "holiday")
    listed = {row["id"]: row for row in rows(ok(data, "sessions", "list", "--person", "sara@x.example").stdout)}
    assert [listed[i]["status"] for i in (*shadow, *visit, *series)] == [
        "completed", "completed", "planned", "planned", "cancelled"]
    assert listed[series[1]]["start"] == "2026-06-09 15:00" and listed[series[0]]["start"] == "2026-06-01 10:00"
    assert rows(ok(data, "sessions", "unlinked").stdout) == []

    report = tmp_path / "summer.pdf"
    ok(data, "report", "program", "Summer", "-o", str(report))
    text = subprocess.run(["pdftotext", "-layout", str(report), "-"], capture_output=True, text=True,
                          check=True).stdout
    pair_line = next(line for line in text.splitlines() if line.lstrip().startswith("1 ") and "Sara Berg" in line)
    assert re.search(r"\b2 ?/ ?4\b", pair_line) and re.search(r"\b2\.5 ?/ ?16\b", pair_line), pair_line


def test_plain_words_for_what_cannot_be_planned(tmp_path):
    data = one_pair(tmp_path)
    for args, message in (
        (("--pair", "999", "--kind", "shadow", "--start", "2026-05-04 10:00", "--minutes", "60"), "no pair 999"),
        (("--pair", "1", "--kind", "shadow", "--start", "4 May", "--minutes", "60"), "is not a start like"),
        (("--pair", "1", "--kind", "shadow", "--start", "2026-05-04 10:00", "--minutes", "0"), "between 1 and"),
        (("--pair", "1", "--kind", "shadow", "--start", "2026-05-04 10:00", "--minutes", "60",
          "--time-zone", "Mars/Base"), "not a known time zone"),
        (("--pair", "1", "--kind", "shadow", "--start", "2026-05-04 10:00", "--minutes", "60",
          "--repeat", "weekly"), "needs both --repeat and --count"),
    ):
        failed = shadowdesk(data, "sessions", "add", *args)
        assert failed.returncode == 2, (args, failed.stdout)
        assert message in failed.stderr and "Traceback" not in failed.stderr
    ended = shadowdesk(data, "sessions", "complete", "12345")
    assert ended.returncode == 2 and "Traceback" not in ended.stderr


def test_a_german_system_is_told_a_bad_start_and_a_half_series_in_german(tmp_path):
    data = one_pair(tmp_path)
    bad_start = in_language(data, "sessions", "add", "--pair", "1", "--kind", "shadow", "--start", "4 May",
                           "--minutes", "60", language="de")
    assert bad_start.returncode == 2 and "'4 May' ist kein Beginn wie \"2026-03-02 14:30\"" in bad_start.stderr
    half_series = in_language(data, "sessions", "add", "--pair", "1", "--kind", "shadow", "--start",
                             "2026-05-04 10:00", "--minutes", "60", "--repeat", "weekly", language="de")
    assert half_series.returncode == 2 and "Traceback" not in half_series.stderr
    assert "Eine Serie braucht --repeat und --count (zum Beispiel --repeat weekly --count 8)." in half_series.stderr
    planned = in_language(data, "sessions", "add", "--pair", "1", "--kind", "shadow", "--start", "2026-05-04 10:00",
                         "--minutes", "60", language="de")
    assert planned.returncode == 0, planned.stderr
    done = in_language(data, "sessions", "complete", planned.stdout.split()[-1], language="de")
    assert done.stdout == f"1 Termin als abgeschlossen markiert: {planned.stdout.split()[-1]}.\n"
