"""Odd command-line paths and addresses: a plain message and exit 2, never a traceback or a wrong file."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.e2e.test_cli import shadowdesk

AUTUMN = "Autumn Cross-Training"


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    folder = tmp_path_factory.mktemp("data")
    assert shadowdesk("--data-dir", str(folder), "demo").returncode == 0
    return folder


def _refused(result, words: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert words in result.stderr, result.stderr


@pytest.mark.parametrize("output,words", [
    (".", "is a folder"), ("", "is a folder"), ("missing/dir/x.pdf", "does not exist"),
    ("-", "cannot be written to standard output"),
])
def test_report_outputs_that_cannot_be_a_pdf_file(data, tmp_path, output, words):
    result = shadowdesk("--data-dir", str(data), "report", "program", AUTUMN, "-o", output, cwd=tmp_path)
    _refused(result, words)
    assert list(tmp_path.iterdir()) == []  # no file named "-" either


def test_dash_is_standard_output_for_csv_and_ics_and_the_summary_goes_to_stderr(data, tmp_path):
    csv = shadowdesk("--data-dir", str(data), "export", "sessions", "--program", AUTUMN, "-o", "-", cwd=tmp_path)
    assert csv.returncode == 0 and csv.stdout.startswith("\ufeff") and "Wrote" in csv.stderr
    ics = shadowdesk("--data-dir", str(data), "calendar", "export", "--program", AUTUMN, "-o", "-", cwd=tmp_path)
    assert ics.returncode == 0 and ics.stdout.startswith("BEGIN:VCALENDAR") and "Wrote" in ics.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("arguments,words", [
    (["--data-dir", ""], "empty folder name"),
    (["--database-url", "not a url"], "is not a database address"),
    (["--database-url", ""], "empty address"),
    (["--database-url", "sqlite:///:memory:"], "in-memory"),
])
def test_bad_locations_are_refused_and_open_nothing(tmp_path, arguments, words):
    result = shadowdesk(*arguments, "people", "list", cwd=tmp_path)
    _refused(result, words)
    assert list(tmp_path.iterdir()) == []  # no file named ":memory:"


def test_a_data_dir_that_is_a_file(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    _refused(shadowdesk("--data-dir", str(tmp_path / "notes.txt"), "people", "list"), "is a file, not a folder")
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_a_session_number_too_big_for_the_database(data):
    result = shadowdesk("--data-dir", str(data), "calendar", "export", "--session", "99999999999999999999",
                        "-o", "-")
    _refused(result, "is not a session number")


def test_a_reader_that_stops_early_ends_the_listing_quietly(data):
    """As `people list | head -1` once head has gone: the pipe has no reader, so every write fails."""
    reader, writer = os.pipe()
    os.close(reader)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "shadowdesk", "--data-dir", str(data), "people", "list"],
                            stdout=writer, stderr=subprocess.PIPE, text=True, env=env, timeout=120)
    os.close(writer)
    assert result.returncode == 141  # as a shell reports a tool stopped by its reader
    assert result.stderr == ""


def test_a_session_in_the_year_9999_exports_and_reports(data, tmp_path):
    import sqlite3

    with sqlite3.connect(data / "shadowdesk.sqlite3") as connection:
        connection.execute("UPDATE shadow_session SET starts_at='9999-12-31 22:00:00.000000', "
                           "ends_at='9999-12-31 23:30:00.000000', time_zone='Pacific/Kiritimati' "
                           "WHERE id=(SELECT min(id) FROM shadow_session)")
    connection.close()
    for command in (["calendar", "export", "--program", AUTUMN, "-o", "c.ics"],
                    ["calendar", "export", "--program", "Spring Cross-Training", "-o", "s.ics"],
                    ["report", "program", "Spring Cross-Training", "-o", "r.pdf"]):
        result = shadowdesk("--data-dir", str(data), *command, cwd=tmp_path)
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
