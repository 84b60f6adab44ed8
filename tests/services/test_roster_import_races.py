"""Roster imports racing other writers on PostgreSQL: two imports of the same people in opposite orders,
and a colleague's edit landing while an import runs. Nothing fails for the order, nothing is lost."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from shadowdesk.services.errors import StaleRecord
from shadowdesk.services.people import PeopleService, PersonInput
from shadowdesk.storage import open_database

PEOPLE = 400  # enough rows that two imports in opposite orders overlap on their locks
ROUNDS = 3


@pytest.fixture
def pg(postgres_server, app_paths):
    database = open_database(postgres_server.new_database(), app_paths.backups)
    yield database
    database.dispose()


def roster(header: str, rows: list[str]) -> bytes:
    return (header + "\n" + "\n".join(rows) + "\n").encode()


def import_at_once(people: PeopleService, checked: list) -> list[object]:
    """Each roster imported in its own thread, released together; the summaries, or what was raised."""
    barrier = threading.Barrier(len(checked))
    outcomes: list[object] = [None] * len(checked)

    def run(index: int) -> None:
        barrier.wait()
        try:
            outcomes[index] = people.import_roster(checked[index])
        except Exception as exc:  # noqa: BLE001 (the test's verdict shows it)
            outcomes[index] = exc

    threads = [threading.Thread(target=run, args=(index,)) for index in range(len(checked))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_two_imports_of_the_same_people_in_opposite_orders_both_succeed_and_keep_both_changes(pg):
    people = PeopleService(pg)
    emails = [f"p{n:03}@x.com" for n in range(PEOPLE)]
    people.import_roster(people.read_roster(roster("Name,Email", [f"Person {n},{e}" for n, e in enumerate(emails)])))
    for round_ in range(ROUNDS):
        # One file sets the departments, front to back; the other the job titles, back to front.
        files = [roster("Name,Email,Department", [f"Person {n},{e},Dept {round_}" for n, e in enumerate(emails)]),
                 roster("Name,Email,Job Title",
                        [f"Person {n},{e},Title {round_}" for n, e in reversed(list(enumerate(emails)))])]
        outcomes = import_at_once(people, [people.read_roster(data) for data in files])  # checked, then both
        assert [getattr(outcome, "written", outcome) for outcome in outcomes] == [True, True]
        rows = people.list_people()
        assert {(row[3], row[4]) for row in rows} == {(f"Dept {round_}", f"Title {round_}")}


def test_a_colleagues_edit_while_the_import_runs_is_neither_lost_nor_overwritten_silently(pg):
    people = PeopleService(pg)
    people.import_roster(people.read_roster(b"Name,Email,Department\nAnna Nowak,anna@x.com,Sales\n"))
    anna = people.list_people()[0][0]
    opened = people.get_person(anna)
    colleague: list[object] = []

    def colleague_moves_anna() -> None:
        try:
            people.edit_person(anna, PersonInput("Anna Nowak", "anna@x.com", "Sales", location="Warsaw"),
                               opened.version)
            colleague.append("saved")
        except StaleRecord as exc:
            colleague.append(exc)

    threads: list[threading.Thread] = []

    def edit_in_the_middle() -> bool:
        """Asked by the import after it has read the people, before it writes (and again before the commit):
        the first time, the colleague saves now. Waits until that save is done, or is itself waiting for a
        lock the import holds: whichever the import allows, without a timing guess."""
        if not threads:
            threads.append(threading.Thread(target=colleague_moves_anna))
            threads[0].start()
            with pg.engine.connect() as watcher:
                def someone_waits_for_a_lock() -> bool:
                    waiting = watcher.execute(text(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                        "AND datname = current_database()")).scalar()
                    # PostgreSQL reads pg_stat_activity once per transaction: asked again in the same one,
                    # it kept answering 0 after the colleague had started waiting, and the test hung.
                    watcher.rollback()
                    return bool(waiting)

                while threads[0].is_alive() and not someone_waits_for_a_lock():
                    threads[0].join(0.01)
        return False

    summary = people.import_roster(
        people.read_roster(b"Name,Email,Department\nAnna Nowak,anna@x.com,Key Accounts\n"),
        cancelled=edit_in_the_middle)
    threads[0].join()
    detail = people.get_person(anna)
    if summary.written:  # the import went first: the colleague was told their copy was stale, or saved after
        assert detail.department == "Key Accounts"
        assert isinstance(colleague[0], StaleRecord) or detail.location == "Warsaw"
    else:  # the colleague went first: the import names Anna instead of undoing the move
        assert detail.location == "Warsaw" and summary.changed_meanwhile
