"""The agenda's pages and the people search on both backends: a month walked page by page holds every
session once, in time order, including the many that start at the same minute, and the counts agree."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from shadowdesk.services import schedule_queries
from shadowdesk.services.demo import load_large_demo
from shadowdesk.services.people import PeopleService, PersonInput
from shadowdesk.services.schedule_pages import AgendaPages
from shadowdesk.services.schedule_types import SessionFilter

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_a_month_walked_page_by_page_holds_each_of_its_sessions_once_in_time_order(db):
    load_large_demo(db, 40, 1200, seed=3, now=NOW)
    start = datetime(2026, 11, 1, tzinfo=UTC)
    end = start + timedelta(days=30)
    with db.session() as s:
        everything = schedule_queries.sessions_between(s, start, end, SessionFilter())
    pages = AgendaPages(db)
    first, total = pages.first(start, end, SessionFilter(), limit=7)
    walked = list(first)
    while len(walked) < total:
        page = pages.after(walked[-1], end, SessionFilter(), limit=7)
        assert page, "a page ended the walk early"
        walked.extend(page)
    assert total == len(everything) > 20
    assert [row.id for row in walked] == [row.id for row in everything]
    assert pages.after(walked[-1], end, SessionFilter(), limit=7) == []
    starts = [row.starts_at for row in walked]
    assert len(set(starts)) < len(starts)  # sessions sharing a start were neither repeated nor skipped


def test_people_are_found_by_the_start_of_any_word_of_their_name_or_their_email(db):
    people = PeopleService(db)
    ada = people.add_person(PersonInput("Ada Lovelace-Byron", "countess@example.com"))
    people.add_person(PersonInput("Bea Adams", "bea@example.com"))
    gone = people.add_person(PersonInput("Adam Gone", "adam@example.com"))
    people.set_active(gone, False)
    assert [name for _id, name, _email in people.find_people("ad")] == ["Ada Lovelace-Byron", "Bea Adams"]
    assert [person_id for person_id, _name, _email in people.find_people("BYR")] == [ada]
    assert [email for _id, _name, email in people.find_people("count")] == ["countess@example.com"]
    assert people.find_people("  ") == [] and people.find_people("%") == []
    assert len(people.find_people("a", limit=1)) == 1
