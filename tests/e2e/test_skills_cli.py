"""`shadowdesk skills ...` run as a separate process from an empty database: the starter catalogue, a skill
added, self-ratings at the start and the end, the matrix tab-separated and as a formula-safe CSV, and plain
words with exit 2 for what cannot be done."""

from __future__ import annotations

import csv

from tests.e2e.test_people_cli import shadowdesk


def _table(output: str) -> list[list[str]]:
    return [line.split("\t") for line in output.splitlines()]


def test_catalogue_ratings_and_matrix_from_the_command_line(tmp_path):
    data = tmp_path / "data"
    roster = tmp_path / "people.csv"
    roster.write_bytes(b"Name,Email\nSara Lind,sara@x.example\nPiotr Nowak,piotr@x.example\n")
    assert shadowdesk(data, "people", "import", str(roster)).returncode == 0
    created = shadowdesk(data, "programs", "create", "Summer", "--start", "2026-03-01", "--end", "2026-08-31")
    assert created.returncode == 0, created.stderr
    assert shadowdesk(data, "programs", "enroll", "Summer", "--side", "a", "sara@x.example").returncode == 0
    assert shadowdesk(data, "programs", "enroll", "Summer", "--side", "b", "piotr@x.example").returncode == 0

    starter = shadowdesk(data, "skills", "starter", "summer")
    assert (starter.returncode, starter.stdout.strip()) == (0, "Added 12 skills of the starter catalogue.")
    added = shadowdesk(data, "skills", "add", "Summer", "--side", "a", "=cmd|' /C calc'!A0", "--description",
                       "Reading \x1b[31m a quote")
    assert added.returncode == 0, added.stderr
    listing = _table(shadowdesk(data, "skills", "list", "Summer").stdout)
    assert listing[0] == ["id", "side", "name", "target", "description"]
    assert listing[1][:4] == ["1", "a", "Estimating a project", "3"]
    assert listing[13] == ["13", "a", "=cmd|' /C calc'!A0", "3", "Reading [31m a quote"]  # ESC dropped on the way in

    for phase, level in (("start", "1"), ("end", "3")):
        rated = shadowdesk(data, "skills", "rate", "sara@x.example", "ESTIMATING a project", level, "--phase", phase)
        assert rated.returncode == 0, rated.stderr
    assert 'level 3 on "Estimating a project" (end of the program, their own rating)' in rated.stdout

    matrix = _table(shadowdesk(data, "skills", "matrix", "Summer").stdout)
    assert matrix[0][:7] == ["name", "email", "side", "Estimating a project: self start",
                             "Estimating a project: self end", "Estimating a project: observed",
                             "Estimating a project: recorded"]
    assert matrix[1][:7] == ["Sara Lind", "sara@x.example", "Sales", "1", "3", "", ""]
    assert [row[0] for row in matrix[1:]] == ["Sara Lind", "Piotr Nowak"]

    out = tmp_path / "matrix.csv"
    exported = shadowdesk(data, "skills", "matrix", "Summer", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert "'=cmd|' /C calc'!A0: self start" in header  # shown as text by a spreadsheet, never run


def test_what_cannot_be_done_is_said_in_plain_words(tmp_path):
    data = tmp_path / "data"
    roster = tmp_path / "people.csv"
    roster.write_bytes(b"Name,Email\nSara Lind,sara@x.example\nPiotr Nowak,piotr@x.example\n")
    shadowdesk(data, "people", "import", str(roster))
    shadowdesk(data, "programs", "create", "Summer", "--start", "2026-03-01", "--end", "2026-08-31")
    shadowdesk(data, "programs", "enroll", "Summer", "--side", "a", "sara@x.example")
    shadowdesk(data, "skills", "starter", "Summer")

    cases = {
        ("rate", "sara@x.example", "Estimating a project", "5", "--phase", "start"): "whole number from 0 to 4",
        ("rate", "sara@x.example", "Juggling", "2", "--phase", "start"): 'no skill called "Juggling"',
        ("rate", "sara@x.example", "Estimating a project", "3", "--phase", "observed",
         "--by", "piotr@x.example"): "completed session that this host led with this guest",
        ("rate", "sara@x.example", "Estimating a project", "3", "--phase", "recorded"): "--date YYYY-MM-DD",
        ("rate", "sara@x.example", "Running a discovery call", "3", "--phase", "start"): "learned by the other side",
        ("add", "Summer", "--side", "b", "estimating A PROJECT"): "already has a skill",
        ("matrix", "Winter"): 'no program called "Winter"',
        ("matrix", "Summer", "-o", str(data / "shadowdesk.sqlite3")): "ShadowDesk's own data",
    }
    for args, words in cases.items():
        result = shadowdesk(data, "skills", *args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert words in result.stderr and "Traceback" not in result.stderr, (args, result.stderr)


def test_a_refused_rating_is_said_in_german_on_a_german_system(tmp_path):
    data = tmp_path / "data"
    roster = tmp_path / "people.csv"
    roster.write_bytes(b"Name,Email\nSara Lind,sara@x.example\nPiotr Nowak,piotr@x.example\n")
    shadowdesk(data, "people", "import", str(roster))
    shadowdesk(data, "programs", "create", "Summer", "--start", "2026-03-01", "--end", "2026-08-31")
    shadowdesk(data, "programs", "enroll", "Summer", "--side", "a", "sara@x.example")
    starter = shadowdesk(data, "skills", "starter", "Summer", language="de")
    assert starter.stdout == "12 Kompetenzen des Startkatalogs hinzugefügt.\n"
    for args, words in {
        ("5", "--phase", "start"): "Eine Stufe ist eine ganze Zahl von 0 bis 4: 0 keine, 1 weiß, worum es geht",
        ("3", "--phase", "recorded"): "Eine erfasste Stufe braucht das Datum, an dem sie erreicht wurde",
    }.items():
        refused = shadowdesk(data, "skills", "rate", "sara@x.example", "Estimating a project", *args, language="de")
        assert refused.returncode == 2 and words in refused.stderr and "Traceback" not in refused.stderr, refused.stderr
