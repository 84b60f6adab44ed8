"""The team server under load, CI-sized: 6 clients, each its own login, for 10 seconds at once
(benchmarks/bench_team_load.py runs 50 for 5 minutes). No note leaks to a login its rule does not allow,
no saved note loses its last text, and every deadlock is run again; nothing is asserted about speed.

PostgreSQL only (row-level security). The last tests show that the benchmark's checks see a leak and a lost
update when there is one.
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from shadowdesk.model import Visibility
from shadowdesk.storage import DatabaseDeadlock

_worlds = itertools.count()


def _bench():
    spec = importlib.util.spec_from_file_location(
        "bench_team_load", Path(__file__).parents[2] / "benchmarks" / "bench_team_load.py")
    module = sys.modules.setdefault("bench_team_load", importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)
    return module


bench = _bench()


def _world(postgres_server, people: int):
    # Logins and roles belong to the whole server, which the other tests share: names of this world's own.
    return bench.build_world(postgres_server, f"load{os.getpid()}_{next(_worlds)}", people)


def _superuser(world, sql: str) -> None:
    engine = create_engine(world.url)
    try:
        with engine.begin() as connection:
            connection.execute(text(sql))
    finally:
        engine.dispose()


def test_six_clients_at_once_see_no_note_they_may_not_and_lose_no_update(postgres_server):
    world = _world(postgres_server, 6)
    result = bench.run_load(world, seconds=10, pause=0.2)
    every_call = [line for report in result.reports for line in report.refusals]
    assert every_call == []  # no participant's legitimate call was refused
    assert result.leaks == 0, [line for report in result.reports for line in report.leaks]
    assert result.lost_updates == 0, (result.final_lost_updates,
                                      [line for report in result.reports for line in report.lost_updates])
    assert result.total("deadlocks_failed") == 0
    assert result.total("hidden") == 0  # and the server holds back no note the rule allows
    assert sum(report.not_listed for report in result.reports if report.roles == ("participant",)) == 0
    # The checks were not empty: every client worked, notes were saved and others' notes read and judged.
    assert all(report.operations for report in result.reports)
    saved = sum(len(report.saved) for report in result.reports)
    assert saved and result.total("rows_checked") > saved


def test_a_coordinators_listing_shows_the_notes_every_program_shares(postgres_server):
    world = _world(postgres_server, 6)
    # p00 (coordinator) is in the first program; p05 (participant) in the second, in none of p00's sessions.
    coordinator, author = bench.Client(world.clients[0], world, 1), bench.Client(world.clients[5], world, 2)
    try:
        draft = author.notes.open_draft(author.plan.sessions[0], author.plan.person_id)
        saved = author.notes.save_draft(draft.id, draft.version_id, ["seen"] * len(draft.prompts),
                                        "shared with the program", 4, Visibility.PROGRAM)
        author.notes.submit(draft.id, saved.version_id)
        coordinator.read_raw()
        assert coordinator.report.hidden == 0 and coordinator.report.leaks == []  # the server shows it
        coordinator.list_notes()
        assert coordinator.report.not_listed == 0
    finally:
        coordinator.close()
        author.close()


def test_a_note_the_server_shows_against_the_rule_is_counted_as_a_leak(postgres_server):
    world = _world(postgres_server, 4)
    author, reader = (bench.Client(plan, world, seed) for seed, plan in enumerate(world.clients[:2]))
    try:
        author.write_note()  # a draft: its author's alone
        reader.read_raw()
        assert reader.report.leaks == []
        _superuser(world, "ALTER TABLE reflection DISABLE ROW LEVEL SECURITY")
        reader.read_raw()
        assert reader.report.leaks and "raw reflection showed note" in reader.report.leaks[0]
    finally:
        author.close()
        reader.close()


def test_a_save_that_did_not_last_is_counted_as_a_lost_update(postgres_server):
    world = _world(postgres_server, 4)
    author = bench.Client(world.clients[0], world, 1)
    try:
        author.write_note()
        (note_id,) = author.report.saved
        author.read_raw()
        assert author.report.lost_updates == []
        _superuser(world, f"UPDATE reflection SET free_text = 'overwritten' WHERE id = {note_id}")
        author.read_raw()
        assert author.report.lost_updates and "overwritten" in author.report.lost_updates[0]
    finally:
        author.close()


def test_a_deadlock_is_counted_and_run_again_and_one_that_persists_is_counted_as_failed(postgres_server):
    world = _world(postgres_server, 4)
    client = bench.Client(world.clients[0], world, 1)
    attempts = []

    def deadlocks_once() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise DatabaseDeadlock("deadlock")
        return "saved"

    def always_deadlocks() -> None:
        raise DatabaseDeadlock("deadlock")

    try:
        assert client._call(deadlocks_once) == "saved"
        assert (client.report.deadlocks, client.report.deadlocks_failed) == (1, 0)
        with pytest.raises(DatabaseDeadlock):
            client._call(always_deadlocks)
        assert client.report.deadlocks_failed == 1
    finally:
        client.close()
