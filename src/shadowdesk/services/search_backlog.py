"""The search index's backlog: after a bulk import, a restore or an upgrade, thousands of notes wait to be
indexed. Working through them a batch per transaction, with progress and a way to stop, lets the search
dialog show "Indexing notes…" instead of making the first search wait for all of them."""

from __future__ import annotations

from collections.abc import Callable

from shadowdesk.storage import Database
from shadowdesk.storage import search_index as index

BATCH = 2000


class SearchBacklog:
    def __init__(self, database: Database) -> None:
        self._db = database

    def waiting(self) -> int:
        """How many notes and ideas wait to be indexed."""
        with self._db.session() as session:
            return index.backlog(session)

    def index(self, progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int:
        """Index the backlog, one committed batch at a time (a search meanwhile finds what is done);
        progress(done, total) after each. Stops between batches when cancelled() says so: the rest stays
        queued. Returns how many were indexed."""
        total = self.waiting()
        done = 0
        while not cancelled():
            with self._db.transaction() as session:
                indexed = index.sync(session, batch=BATCH, batches=1)
            if not indexed:
                break
            done += indexed
            progress(done, max(total, done))
        return done
