"""The Schedule agenda's pages: a month of a busy company holds thousands of sessions, and the agenda
shows them a page at a time, counted by the database, never read whole."""

from __future__ import annotations

from datetime import datetime

from shadowdesk.services import schedule_queries as queries
from shadowdesk.services.schedule_types import SessionFilter, SessionRow
from shadowdesk.storage import Database

AGENDA_PAGE = 50


class AgendaPages:
    def __init__(self, database: Database) -> None:
        self._db = database

    def first(self, start: datetime, end: datetime, filters: SessionFilter,
              limit: int = AGENDA_PAGE) -> tuple[list[SessionRow], int]:
        """The first page of the sessions starting in [start, end), and how many there are in all."""
        with self._db.session() as s:
            return (queries.agenda_page(s, start, end, filters, None, limit),
                    queries.count_between(s, start, end, filters))

    def after(self, last: SessionRow, end: datetime, filters: SessionFilter,
              limit: int = AGENDA_PAGE) -> list[SessionRow]:
        """The page that follows the session last, up to end."""
        with self._db.session() as s:
            return queries.agenda_page(s, last.starts_at, end, filters, (last.starts_at, last.id), limit)
