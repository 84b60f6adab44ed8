"""One of two ShadowDesk instances writing to one database at the same time (see test_two_instances.py).

    python two_instances_worker.py URL TAG COUNT BARRIER_DIR

Waits until the other instance is ready too, then COUNT times, each in one transaction: adds a person and
raises a shared counter (Program.target_sessions_per_pair) by one, retrying when the other instance saved
the counter first. Prints "COMMITTED <n>" after each commit.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sqlalchemy import select

from shadowdesk.model import Person, Program
from shadowdesk.storage import StaleVersion, open_database
from shadowdesk.storage.concurrency import load_for_update


def main(url: str, tag: str, count: int, barrier: Path) -> None:
    database = open_database(url)
    (barrier / f"{tag}.ready").touch()
    deadline = time.monotonic() + 30
    while len(list(barrier.glob("*.ready"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    with database.session() as s:
        counter_id = s.scalars(select(Program.id)).one()
    for number in range(count):
        while True:
            with database.session() as s:
                seen = s.get(Program, counter_id).version_id
            try:
                with database.transaction() as s:
                    s.add(Person(full_name=f"{tag} {number}", email=f"{tag}-{number}@example.com"))
                    load_for_update(s, Program, counter_id, seen).target_sessions_per_pair += 1
                break
            except StaleVersion:
                continue  # the other instance raised the counter first: read it again
        print(f"COMMITTED {number}", flush=True)
    database.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]))
