"""Crash safety: SIGKILL the app's storage layer at random points of a write-heavy workload, 200+ times.

After every kill the file must pass SQLite's integrity and foreign-key checks, hold every change that was
reported committed, and hold no half-written object. The longer run is benchmarks/bench_kill.py.
"""

from __future__ import annotations

import os
import sqlite3

import pytest

from shadowdesk.storage import open_database
from tests.e2e.kill_worker import KillHarness, half_written_objects

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill worker forks (POSIX only)")

KILLS = 200


@pytest.fixture
def harness(tmp_path):
    database_file = tmp_path / "killed.sqlite3"
    open_database(f"sqlite:///{database_file}").dispose()
    harness = KillHarness(database_file, seed=7)
    yield harness
    harness.close()


def test_no_committed_change_is_lost_and_nothing_is_half_written_after_200_kills(harness):
    figures = harness.run(KILLS)

    assert figures.problems == []
    assert figures.kills == KILLS
    assert figures.checks_passed == KILLS
    assert figures.lost == 0
    # The kills really landed among the writes, not only before the first one.
    assert figures.committed >= KILLS
    assert figures.kills_during_commit > 0


def test_the_checks_see_a_torn_bundle(harness):
    """The harness itself can fail: a session that lost a guest outside any transaction is reported."""
    while harness.figures.committed == 0:
        harness.run(1)
    connection = sqlite3.connect(harness.database_file)
    with connection:
        connection.execute("DELETE FROM session_guest WHERE rowid = (SELECT min(rowid) FROM session_guest)")
    assert any("exactly two guests" in problem for problem in half_written_objects(connection))
    connection.close()
