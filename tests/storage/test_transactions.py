"""What a transaction promises beyond commit-or-roll-back: work that must not race is serialized, and a
deadlock or a lock is reported as what it is."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import create_engine, select, text, update

from shadowdesk.model import Person
from shadowdesk.storage import DatabaseDeadlock, DatabaseLocked, retry_deadlocks


def _key_is_taken(db, key: str) -> bool:
    """Asked from another connection: could it start work serialized on key right now?"""
    if db.is_sqlite:
        other = sqlite3.connect(db.sqlite_file, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            assert "locked" in str(exc)
            return True
        finally:
            other.close()
        return False
    engine = create_engine(db.engine.url)
    try:
        with engine.connect() as connection:
            return not connection.scalar(text("SELECT pg_try_advisory_xact_lock(hashtext(:k))"), {"k": key})
    finally:
        engine.dispose()


def test_serialized_work_holds_its_key_from_the_first_statement_until_commit(db):
    with db.transaction(serialized_on=["person:1"]) as s:
        assert _key_is_taken(db, "person:1")  # before it has read or written anything
        s.add(Person(full_name="Anna Nowak", email="anna@example.com"))
    assert not _key_is_taken(db, "person:1")


def test_plain_work_takes_no_key(db):
    with db.transaction() as s:
        s.execute(select(Person.id)).all()
        assert not _key_is_taken(db, "person:1")


def _two_people(db) -> tuple[int, int]:
    with db.transaction() as s:
        people = [Person(full_name=name, email=f"{name}@example.com") for name in ("anna", "ben")]
        s.add_all(people)
    return people[0].id, people[1].id


def _touch_in_opposite_orders(db, first: int, second: int, unit_of_work_wrapper):
    """Two units of work that lock the same two rows in opposite order, meeting in the middle."""
    both_hold_one = threading.Barrier(2, timeout=30)
    outcomes: dict[str, object] = {}
    calls = {"left": 0, "right": 0}

    def work(name: str, ids: tuple[int, int]) -> None:
        calls[name] += 1
        with db.transaction() as s:
            s.execute(update(Person).where(Person.id == ids[0]).values(job_title=name))
            if calls[name] == 1:
                both_hold_one.wait()
            s.execute(update(Person).where(Person.id == ids[1]).values(job_title=name))

    def run(name: str, ids: tuple[int, int]) -> None:
        try:
            unit_of_work_wrapper(work)(name, ids)
            outcomes[name] = "saved"
        except Exception as exc:  # noqa: BLE001 - the test looks at what came out
            outcomes[name] = exc

    threads = [threading.Thread(target=run, args=("left", (first, second))),
               threading.Thread(target=run, args=("right", (second, first)))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return outcomes


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_deadlock_is_called_a_deadlock(db):
    outcomes = _touch_in_opposite_orders(db, *_two_people(db), lambda work: work)
    failed = [value for value in outcomes.values() if value != "saved"]
    assert len(failed) == 1 and isinstance(failed[0], DatabaseDeadlock), outcomes
    assert "deadlock" in str(failed[0]) and "nothing was saved" in str(failed[0])
    assert not isinstance(failed[0], DatabaseLocked)


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_unit_of_work_is_run_again_after_a_deadlock(db):
    assert _touch_in_opposite_orders(db, *_two_people(db), retry_deadlocks) == {"left": "saved", "right": "saved"}

