"""`shadowdesk calendar export` as a user runs it, in a separate process, on the demo company."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import icalendar
import pytest


def shadowdesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SHADOWDESK_DATA_DIR", None)
    env.pop("SHADOWDESK_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "shadowdesk", *args], capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    result = shadowdesk("--data-dir", str(folder), "demo")
    assert result.returncode == 0, result.stderr
    return folder


def _sqlite(folder, query, *params):
    connection = sqlite3.connect(folder / "shadowdesk.sqlite3")
    try:
        return connection.execute(query, params).fetchall()
    finally:
        connection.close()


def test_export_a_program_twice_gives_the_same_events(demo_dir, tmp_path):
    target = tmp_path / "autumn.ics"
    result = shadowdesk("--data-dir", str(demo_dir), "calendar", "export", "--program", "Autumn Cross-Training",
                        "-o", str(target))
    assert result.returncode == 0, result.stderr
    expected = _sqlite(demo_dir, "SELECT s.uid, s.status FROM shadow_session s JOIN program p ON p.id = s.program_id "
                                 "WHERE p.name = 'Autumn Cross-Training'")
    assert result.stdout.strip() == f"Wrote {len(expected)} events (PUBLISH) to {target}."
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert {str(e["UID"]) for e in events} == {uid for uid, _ in expected}
    cancelled = {uid for uid, status in expected if status == "cancelled"}
    assert {str(e["UID"]) for e in events if str(e["STATUS"]) == "CANCELLED"} == cancelled
    again = tmp_path / "again.ics"
    assert shadowdesk("--data-dir", str(demo_dir), "calendar", "export", "--program", "autumn cross-training",
                      "-o", str(again)).returncode == 0
    assert [str(e["UID"]) for e in icalendar.Calendar.from_ical(again.read_bytes()).walk("VEVENT")] == [
        str(e["UID"]) for e in events]


def test_export_a_persons_sessions_and_one_session(demo_dir, tmp_path):
    [(person_id, email, name)] = _sqlite(demo_dir, "SELECT id, email, full_name FROM person WHERE email LIKE 'misaki%'")
    [(count,)] = _sqlite(demo_dir, "SELECT count(*) FROM shadow_session WHERE host_id = ? OR id IN "
                                   "(SELECT session_id FROM session_guest WHERE person_id = ?)", person_id, person_id)
    target = tmp_path / "misaki.ics"
    assert shadowdesk("--data-dir", str(demo_dir), "calendar", "export", "--person", email.upper(),
                      "-o", str(target)).returncode == 0
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == count > 0
    assert all(name in str(e["SUMMARY"]) for e in events)
    one = shadowdesk("--data-dir", str(demo_dir), "calendar", "export", "--session", "1", "-o", "-")
    assert one.returncode == 0 and one.stdout.count("BEGIN:VEVENT") == 1


@pytest.mark.parametrize("args, message", [
    (["--program", "No such program"], 'no program called "No such program"'),
    (["--person", "nobody@example.com"], "Nobody has the e-mail address nobody@example.com"),
    (["--session", "999999"], "no session number 999999"),
])
def test_unknown_targets_are_told_in_plain_words_and_write_nothing(demo_dir, tmp_path, args, message):
    target = tmp_path / "out.ics"
    result = shadowdesk("--data-dir", str(demo_dir), "calendar", "export", *args, "-o", str(target))
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not target.exists()


def test_export_needs_exactly_one_choice(demo_dir, tmp_path):
    result = shadowdesk("--data-dir", str(demo_dir), "calendar", "export", "-o", str(tmp_path / "x.ics"))
    assert result.returncode == 2 and "one of the arguments --program --person --session is required" in result.stderr
