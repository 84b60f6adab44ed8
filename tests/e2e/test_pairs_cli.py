"""`shadowdesk programs ...` and `shadowdesk pairs ...` run as separate processes, as a coordinator types them."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys


def shadowdesk(data_dir, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    env.pop("SHADOWDESK_DATA_DIR", None)
    env.pop("SHADOWDESK_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "shadowdesk", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


def pair_count(data_dir, program: str) -> int:
    connection = sqlite3.connect(data_dir / "shadowdesk.sqlite3")
    try:
        return connection.execute("SELECT count(*) FROM pairing JOIN program ON program.id = program_id "
                                  "WHERE program.name = ?", (program,)).fetchone()[0]
    finally:
        connection.close()


def test_create_enroll_plan_then_apply_and_list(tmp_path):
    data = tmp_path / "data"
    assert shadowdesk(data, "demo").returncode == 0

    created = shadowdesk(data, "programs", "create", "Winter Exchange", "--start", "2027-01-04",
                         "--end", "2027-03-31")
    assert created.returncode == 0, created.stderr
    assert "Winter Exchange" in created.stdout
    by_department = shadowdesk(data, "programs", "enroll", "winter exchange", "--side", "a",
                               "--department", "Sales")
    assert by_department.returncode == 0, by_department.stderr
    assert "Enrolled 12 on side A" in by_department.stdout and "Nobody is enrolled on side B" in by_department.stdout
    emails = tmp_path / "pms.txt"
    emails.write_text("ayse.yilmaz@linguabridge.example\njurgen.weiss@linguabridge.example\n"
                      "bjorn.hakansson@linguabridge.example\n", encoding="utf-8")
    by_file = shadowdesk(data, "programs", "enroll", "Winter Exchange", "--side", "b", "--emails", str(emails),
                         "--capacity", "4")
    assert by_file.returncode == 0, by_file.stderr
    assert "Enrolled 3 on side B" in by_file.stdout and "lopsided (ratio 4.00)" in by_file.stdout
    listing = shadowdesk(data, "programs", "list")
    assert "Winter Exchange\tdraft\t2027-01-04\t2027-03-31\tSales\tProject Management\t12\t3" in listing.stdout

    proposal = shadowdesk(data, "pairs", "plan", "Winter Exchange", "--rounds", "2")
    assert proposal.returncode == 0, proposal.stderr
    assert "24 pairs over 2 rounds." in proposal.stdout and "Nothing was saved" in proposal.stdout
    assert "one of 4 partners this round" in proposal.stdout and "Same office (Berlin)" in proposal.stdout
    assert pair_count(data, "Winter Exchange") == 0

    applied = shadowdesk(data, "pairs", "plan", "Winter Exchange", "--rounds", "2", "--apply")
    assert applied.returncode == 0, applied.stderr
    assert "Saved 24 confirmed pairs" in applied.stdout
    assert pair_count(data, "Winter Exchange") == 24
    pairs = shadowdesk(data, "pairs", "list", "Winter Exchange")
    lines = pairs.stdout.splitlines()
    assert lines[0].startswith("id\tround\tround start\tround end\tside A\tside B\tstatus\t") and len(lines) == 25
    assert {line.split("\t")[6] for line in lines[1:]} == {"confirmed"}
    assert {line.split("\t")[2:4] == ["2027-01-04", "2027-02-15"] for line in lines[1:] if line.split("\t")[1] == "1"} \
        == {True}


def test_mistakes_exit_2_with_a_plain_message_and_write_nothing(tmp_path):
    data = tmp_path / "data"
    assert shadowdesk(data, "demo").returncode == 0
    unknown = shadowdesk(data, "pairs", "plan", "No Such Program", "--rounds", "1")
    assert unknown.returncode == 2 and 'no program called "No Such Program"' in unknown.stderr
    ghost = shadowdesk(data, "programs", "enroll", "Autumn Cross-Training", "--side", "b", "ghost@nowhere.example")
    assert ghost.returncode == 2 and "ghost@nowhere.example" in ghost.stderr
    closed = shadowdesk(data, "pairs", "plan", "Spring Cross-Training", "--rounds", "1", "--apply")
    assert closed.returncode == 2 and "closed" in closed.stderr
    assert pair_count(data, "Spring Cross-Training") == 8
    bad_dates = shadowdesk(data, "programs", "create", "Backwards", "--start", "2027-02-01", "--end", "2027-01-01")
    assert bad_dates.returncode == 2 and "ends before it starts" in bad_dates.stderr


def test_addresses_after_the_options_and_control_characters_of_older_data_shown_escaped(tmp_path):
    data = tmp_path / "data"
    assert shadowdesk(data, "demo").returncode == 0
    assert shadowdesk(data, "programs", "create", "Summer Swap", "--start", "2027-06-01",
                      "--end", "2027-08-31").returncode == 0
    enrolled = shadowdesk(data, "programs", "enroll", "Summer Swap", "--side", "a",
                          "ayse.yilmaz@linguabridge.example", "--capacity", "2", "jurgen.weiss@linguabridge.example")
    assert enrolled.returncode == 0, enrolled.stderr
    assert "Enrolled 2 on side A" in enrolled.stdout
    excluded = shadowdesk(data, "pairs", "exclude", "ayse.yilmaz@linguabridge.example",
                          "jurgen.weiss@linguabridge.example", "--reason", "Same team")
    assert excluded.returncode == 0, excluded.stderr

    # Older data, stored before names were cleaned on the way in: written straight into the file.
    connection = sqlite3.connect(data / "shadowdesk.sqlite3")
    with connection:
        connection.execute("UPDATE program SET side_b = 'PM\x1b[2J' WHERE name = 'Summer Swap'")
        connection.execute("UPDATE pair_exclusion SET reason = 'Same\x07 team\x1b[31m'")
        connection.execute("UPDATE pairing SET reason = 'Met\x1b]0;owned\x07' WHERE program_id = "
                           "(SELECT id FROM program WHERE name = 'Spring Cross-Training')")
    connection.close()

    listing = shadowdesk(data, "programs", "list")
    exclusions = shadowdesk(data, "pairs", "exclusions")
    pairs = shadowdesk(data, "pairs", "list", "Spring Cross-Training")
    for result in (listing, exclusions, pairs):
        assert result.returncode == 0, result.stderr
        assert not {"\x1b", "\x07"} & set(result.stdout)
    assert "Summer Swap\tdraft\t2027-06-01\t2027-08-31\tSales\tPM\\x1b[2J\t2\t0" in listing.stdout
    assert exclusions.stdout.rstrip().endswith("\tevery program\tSame\\x07 team\\x1b[31m")
    assert {line.split("\t")[-1] for line in pairs.stdout.splitlines()[1:]} == {"Met\\x1b]0;owned\\x07"}


def test_a_program_with_targets_lists_each_pair_s_round_dates_and_progress_tab_separated(tmp_path):
    from tests.e2e.test_sessions_cli import ROSTER, ok, rows

    data = tmp_path / "data"
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    ok(data, "people", "import", str(roster))
    created = ok(data, "programs", "create", "Spring", "--start", "2025-01-06", "--end", "2025-06-29",
                 "--target-sessions", "2", "--target-hours", "3")
    assert "targets: 2 sessions per pair, 3 hours per participant" in created.stdout
    ok(data, "programs", "enroll", "Spring", "--side", "a", "sara@x.example")
    ok(data, "programs", "enroll", "Spring", "--side", "b", "piotr@x.example")
    planned = ok(data, "pairs", "plan", "Spring", "--rounds", "1", "--apply")
    assert "2025-01-06  2025-06-29" in planned.stdout
    for start, minutes in (("2025-02-03 10:00", "90"), ("2025-02-10 10:00", "60")):
        [session] = ok(data, "sessions", "add", "--pair", "1", "--kind", "shadow", "--start", start,
                       "--minutes", minutes).stdout.split()
        ok(data, "sessions", "complete", session)

    listing = ok(data, "pairs", "list", "Spring").stdout
    assert listing.splitlines()[0].split("\t")[:12] == [
        "id", "round", "round start", "round end", "side A", "side B", "status", "sessions", "hours",
        "next session", "days since last session", "stalled"]
    [pair] = rows(listing)
    assert {key: pair[key] for key in ("id", "round", "round start", "round end", "side A", "side B", "status",
                                       "sessions", "hours", "next session", "stalled")} == {
        "id": "1", "round": "1", "round start": "2025-01-06", "round end": "2025-06-29", "side A": "Sara Berg",
        "side B": "Piotr Nowak", "status": "confirmed", "sessions": "2 / 2", "hours": "2.5 / 3",
        "next session": "", "stalled": "no"}
    assert pair["days since last session"].isdigit()

    defaults = ok(data, "programs", "create", "Plain", "--start", "2025-01-06", "--end", "2025-06-29")
    assert "targets: 4 sessions per pair, 16 hours per participant" in defaults.stdout
