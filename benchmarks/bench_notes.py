"""Notes benchmarks: search against the raw sqlite3 FTS floor, autosave of a 20,000-character note, a debrief.

usage: python benchmarks/bench_notes.py DATA_DIR [SESSIONS]   (makes a large demo in an empty DATA_DIR)
Medians of 20 runs; compare ratios within one run, these 2-core machines are noisy.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime

from sqlalchemy import func, select

from shadowdesk.app import AppContext
from shadowdesk.model import Reflection
from shadowdesk.paths import resolve_paths
from shadowdesk.services.demo import load_large_demo


def median_ms(action, runs: int = 20) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


WORD = "rush-rate"  # in about one demo note in eleven


def main() -> int:
    context = AppContext(resolve_paths(sys.argv[1]))
    services = context.services
    with services.database.session() as s:
        if not s.scalar(select(func.count()).select_from(Reflection)):
            load_large_demo(services.database, 2000, int(sys.argv[2]) if len(sys.argv) > 2 else 200_000)
        notes = s.scalar(select(func.count()).select_from(Reflection))
        note = s.scalars(select(Reflection).limit(1)).one()
        session_id, author_id = note.session_id, note.author_id
    start = time.perf_counter()
    services.search.search("warm-up", None)  # indexes everything written so far, once
    print(f"notes: {notes}; first search (indexing): {time.perf_counter() - start:.1f} s")
    raw = sqlite3.connect(services.database.sqlite_file)
    floor = median_ms(lambda: raw.execute(
        "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", (f'"{WORD}"',)).fetchone())
    via_service = median_ms(lambda: services.search.search(WORD, None, limit=50))
    as_person = median_ms(lambda: services.search.search(WORD, author_id, limit=50))
    total = services.search.search(WORD, None).total
    print(f"search {WORD!r} ({total} readable hits for the coordinator): raw FTS count {floor:.1f} ms; "
          f"service (coordinator) {via_service:.1f} ms; service (a person) {as_person:.1f} ms")
    reflections = services.reflections
    draft = reflections.open_draft(session_id, author_id)
    version = [draft.version_id]
    text = ("Zażółć gęślą jaźń 佐藤美咲 " * 1000)[:19_990]

    def autosave() -> None:  # a different text each time, as when typing
        version[0] = reflections.save_draft(draft.id, version[0], list(draft.answers),
                                            f"{text}{version[0]:010d}", 4, draft.visibility).version_id

    print(f"autosave of a 20,000-character note: {median_ms(autosave):.1f} ms")
    print(f"debrief: {median_ms(lambda: reflections.debrief(session_id, author_id)):.1f} ms")
    print(f"at {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
