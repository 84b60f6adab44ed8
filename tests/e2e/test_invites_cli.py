"""The issue's "Done when", from the command line alone against a real SMTP server on loopback: a weekly
series of 8 with one occurrence cancelled and one moved exports as one event (RRULE, one EXDATE, one
RECURRENCE-ID override) whose independent expansion is the 7 sessions `sessions list` shows; `invites send`
delivers one meeting request per attendee, an update with the same UID and a higher SEQUENCE after a time
change, and METHOD:CANCEL after the series is cancelled."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events

from tests import smtp_server
from tests.e2e.test_sessions_cli import ok, one_pair, rows
from tests.interop.itip import itip_errors

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def run(data, *args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8", **NO_KEYRING,
                   **(env or {})}
    environment.pop("SHADOWDESK_DATA_DIR", None)
    environment.pop("SHADOWDESK_DATABASE_URL", None)
    environment.pop("SHADOWDESK_SMTP_PASSWORD", None) if env is None else None
    return subprocess.run([sys.executable, "-m", "shadowdesk", "--data-dir", str(data), *args], input=stdin,
                          capture_output=True, text=True, encoding="utf-8", env=environment, timeout=120)


@pytest.fixture
def smtp(tmp_path):
    server, process = smtp_server.start(tmp_path / "smtp")
    yield server
    smtp_server.stop(process)


@pytest.fixture
def planned(tmp_path, smtp):
    """The pair of tests/e2e/test_sessions_cli.py, a weekly series of 8 (across the March 2026 DST change in
    Warsaw), and the test server in the settings."""
    data = one_pair(tmp_path)
    settings = data / "config" / "settings.json"
    settings.write_text(json.dumps({"mail_host": smtp.host,
                                    "mail_port": smtp.port, "mail_security": "none",
                                    "mail_from": "office@x.example"}), encoding="utf-8")
    ids = ok(data, "sessions", "add", "--pair", "1", "--kind", "shadow", "--start", "2026-03-16 09:00",
             "--minutes", "60", "--repeat", "weekly", "--count", "8").stdout.split()
    assert len(ids) == 8
    return data, ids


def _listed(data) -> list[tuple[str, str]]:
    return sorted((row["start"], row["time zone"]) for row in rows(ok(data, "sessions", "list", "--program",
                                                                        "Summer").stdout)
                  if row["status"] != "cancelled")


def test_a_series_with_one_cancelled_and_one_moved_exports_as_one_event_of_seven(planned, tmp_path):
    data, ids = planned
    ok(data, "sessions", "cancel", ids[2], "--reason", "Holiday")
    ok(data, "sessions", "move", ids[4], "--start", "2026-04-14 15:30")
    target = tmp_path / "summer.ics"
    ok(data, "calendar", "export", "--program", "Summer", "-o", str(target))
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    master, override = calendar.walk("VEVENT")
    assert str(calendar["METHOD"]) == "PUBLISH" and "ATTENDEE" not in master
    assert master["RRULE"]["COUNT"] == [8] and str(master["UID"]) == str(override["UID"])
    assert [d.dt for d in master["EXDATE"].dts] == [datetime(2026, 3, 30, 9, 0, tzinfo=ZoneInfo("Europe/Warsaw"))]
    assert override["RECURRENCE-ID"].dt == datetime(2026, 4, 13, 9, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
    shown = recurring_ical_events.of(calendar).between(datetime(2026, 1, 1), datetime(2027, 1, 1))
    warsaw = ZoneInfo("Europe/Warsaw")
    expanded = sorted((f"{event['DTSTART'].dt.astimezone(warsaw):%Y-%m-%d %H:%M}", "Europe/Warsaw")
                      for event in shown)
    assert len(expanded) == 7 and expanded == _listed(data)
    assert itip_errors(target.read_bytes()) == []
    for method in ("request", "cancel"):
        written = tmp_path / f"{method}.ics"
        ok(data, "calendar", "export", "--program", "Summer", "--method", method, "-o", str(written))
        assert str(icalendar.Calendar.from_ical(written.read_bytes())["METHOD"]) == method.upper()
        assert itip_errors(written.read_bytes()) == []


def test_one_sessions_export_defaults_to_a_request_or_its_cancellation(planned, tmp_path):
    data, ids = planned
    ok(data, "sessions", "cancel", ids[1], "--reason", "Ill")
    request = ok(data, "calendar", "export", "--session", ids[0], "-o", "-").stdout
    cancel = ok(data, "calendar", "export", "--session", ids[1], "-o", "-").stdout
    assert "METHOD:REQUEST" in request and "RRULE:" in request and "ATTENDEE;" in request
    assert "METHOD:CANCEL" in cancel and "RECURRENCE-ID;TZID=Europe/Warsaw:20260323T090000" in cancel
    assert itip_errors(request.encode()) == [] and itip_errors(cancel.encode()) == []


def _calendars(messages):
    found = []
    for message in messages:
        [part] = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
        found.append((message["To"].addresses[0].addr_spec, part.get_param("method"),
                      icalendar.Calendar.from_ical(part.get_content())))
    return found


def test_invites_send_delivers_requests_then_an_update_then_a_cancel(planned, smtp):
    data, ids = planned
    dry = ok(data, "invites", "send", "--program", "Summer", "--dry-run")
    assert "Dry run: 2 messages not sent." in dry.stdout and smtp.received() == []
    sent = ok(data, "invites", "send", "--program", "Summer")
    assert "Sent 2 of 2 messages" in sent.stdout
    first = _calendars(smtp.received())
    assert sorted(to for to, _, _ in first) == ["piotr@x.example", "sara@x.example"]
    assert {method for _, method, _ in first} == {"REQUEST"}
    [uid] = {str(event["UID"]) for _, _, calendar in first for event in calendar.walk("VEVENT")}
    sequence = int(first[0][2].walk("VEVENT")[0]["SEQUENCE"])
    assert "Nothing to send" in ok(data, "invites", "send", "--program", "Summer").stdout

    ok(data, "sessions", "move", ids[3], "--start", "2026-04-06 11:00")
    ok(data, "invites", "send", "--program", "Summer")
    update = _calendars(smtp.received()[2:])
    assert len(update) == 2 and {method for _, method, _ in update} == {"REQUEST"}
    for _, _, calendar in update:
        events = calendar.walk("VEVENT")
        assert {str(e["UID"]) for e in events} == {uid} and int(events[0]["SEQUENCE"]) > sequence
        assert len(events) == 2  # the series and the moved occurrence's override

    ok(data, "sessions", "cancel", ids[0], "--reason", "Program stopped", "--whole-series")
    ok(data, "invites", "send", "--program", "Summer")
    cancels = _calendars(smtp.received()[4:])
    assert sorted(to for to, _, _ in cancels) == ["piotr@x.example", "sara@x.example"]
    for _, method, calendar in cancels:
        assert method == "CANCEL" and str(calendar["METHOD"]) == "CANCEL"
        assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [uid]
        assert itip_errors(calendar.to_ical()) == []


def test_without_a_keyring_the_password_comes_from_stdin_or_the_environment_and_says_so(planned, smtp):
    data, _ids = planned
    piped = run(data, "invites", "send", "--program", "Summer", "--smtp-user", "office", stdin="secret\n")
    assert "reading it from standard input" in piped.stderr
    # The test server offers no login, and says so once: the batch stops before the first message.
    assert piped.returncode == 2 and "Traceback" not in piped.stderr
    assert piped.stderr.count("Nothing was sent") == 1 and "does not offer that" in piped.stderr
    assert "not sent to" not in piped.stderr
    from_env = run(data, "invites", "send", "--program", "Summer", "--smtp-user", "office",
                   env={"SHADOWDESK_SMTP_PASSWORD": "secret"})
    assert "using SHADOWDESK_SMTP_PASSWORD from the environment" in from_env.stderr
