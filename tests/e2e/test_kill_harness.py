"""Crash safety: SIGKILL the app's storage layer 200 times in a write-heavy workload, at moments chosen
from what the writer reports (after some commits, inside a commit, in the middle of a statement).

After every kill the file must pass SQLite's integrity and foreign-key checks, hold every change that was
reported committed, and hold no half-written object. The longer run is benchmarks/bench_kill.py.
"""

from __future__ import annotations

import os
import sqlite3

import pytest

from shadowdesk.storage import open_database
from tests.e2e.kill_worker import PLANS, KillFigures, KillHarness, half_written_objects

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill worker forks (POSIX only)")

KILLS = 200


def _harness(folder, **options) -> KillHarness:
    database_file = folder / "killed.sqlite3"
    open_database(f"sqlite:///{database_file}").dispose()
    return KillHarness(database_file, **options)


@pytest.fixture
def harness(tmp_path):
    harness = _harness(tmp_path, seed=7)
    yield harness
    harness.close()


def _assert_nothing_lost_and_every_kind_of_kill_landed(figures: KillFigures, kills: int) -> None:
    assert figures.problems == []
    assert figures.kills == kills
    assert figures.checks_passed == kills
    assert figures.lost == 0
    # The kills landed among the writes: every child committed at least once before its kill...
    assert figures.committed >= kills
    # ...and each way of choosing the moment was used, each where it says.
    assert set(figures.plans) == set(PLANS)
    assert figures.kills_during_commit >= figures.plans["commit"]
    assert figures.kills_inside_a_statement == figures.plans["step"]


def test_no_committed_change_is_lost_and_nothing_is_half_written_after_200_kills(harness):
    _assert_nothing_lost_and_every_kind_of_kill_landed(harness.run(KILLS), KILLS)


def test_a_writer_slowed_down_by_a_busy_machine_is_killed_at_the_same_moments(tmp_path):
    """Each child first sleeps a third of a second, as when the machine is busy with other work; a harness
    that killed after a random delay would kill most of them before their first write."""
    slowed = _harness(tmp_path, seed=11, start_delay_s=0.3)
    try:
        _assert_nothing_lost_and_every_kind_of_kill_landed(slowed.run(12), 12)
    finally:
        slowed.close()


def test_the_checks_see_a_torn_bundle(harness):
    """The harness itself can fail: a session that lost a guest outside any transaction is reported."""
    harness.run(1)
    assert harness.figures.committed > 0
    connection = sqlite3.connect(harness.database_file)
    with connection:
        connection.execute("DELETE FROM session_guest WHERE rowid = (SELECT min(rowid) FROM session_guest)")
    assert any("exactly two guests" in problem for problem in half_written_objects(connection))
    connection.close()
