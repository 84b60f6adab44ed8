"""`shadowdesk sessions move` is the week's drag without the window: the same use case, so what the week
refuses the command refuses too, in plain words, and a warning is printed and the session moved."""

from __future__ import annotations

from tests.e2e.test_people_cli import shadowdesk
from tests.e2e.test_sessions_cli import ok, one_pair, rows


def _session(data, session_id: str) -> dict[str, str]:
    listed = rows(ok(data, "sessions", "list", "--program", "Summer").stdout)
    return next(row for row in listed if row["id"] == session_id)


def test_a_cancelled_session_is_not_moved_and_the_command_says_why(tmp_path):
    data = one_pair(tmp_path)
    [session] = ok(data, "sessions", "add", "--pair", "1", "--kind", "shadow", "--start", "2026-05-04 10:00",
                   "--minutes", "60").stdout.split()
    ok(data, "sessions", "cancel", session, "--reason", "Customer closed")

    refused = shadowdesk(data, "sessions", "move", session, "--start", "2026-05-05 10:00")

    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "Only a planned session can be moved; this one is cancelled." in refused.stderr
    assert _session(data, session)["start"] == "2026-05-04 10:00"
    german = shadowdesk(data, "sessions", "move", session, "--start", "2026-05-05 10:00", language="de")
    assert german.returncode == 2
    assert "Nur ein geplanter Termin kann verschoben werden; dieser ist abgesagt." in german.stderr


def test_a_move_onto_a_booked_hour_prints_the_warning_and_moves_the_session_alone(tmp_path):
    data = one_pair(tmp_path)
    series = ok(data, "sessions", "add", "--pair", "1", "--kind", "shadow", "--start", "2026-06-01 10:00",
                "--minutes", "60", "--repeat", "weekly", "--count", "3").stdout.split()
    [visit] = ok(data, "sessions", "add", "--pair", "1", "--kind", "visit", "--start", "2026-06-03 10:00",
                 "--minutes", "60", "--time-zone", "Europe/Warsaw").stdout.split()

    moved = ok(data, "sessions", "move", series[1], "--start", "2026-06-03 10:30")

    assert "warning: " in moved.stdout and "already have a session" in moved.stdout
    assert f"Moved session {series[1]} to 2026-06-03 10:30 (Europe/Warsaw)." in moved.stdout
    assert _session(data, series[1])["start"] == "2026-06-03 10:30"
    assert [_session(data, i)["start"] for i in (series[0], series[2], visit)] == [
        "2026-06-01 10:00", "2026-06-15 10:00", "2026-06-03 10:00"]
