"""The People table's queries on SQLite and PostgreSQL: one page of the roster, filtered and sorted by the
database in any case, and its counts from one aggregate."""

from __future__ import annotations

import pytest

from shadowdesk.services.people import PeopleService, PersonInput


@pytest.fixture
def people(db) -> PeopleService:
    service = PeopleService(db)
    for name, email, department in (("anna Nowak", "anna@x.com", "sales"), ("Björn Ek", "bjorn@x.com", "PM"),
                                    ("Chen Li", "chen@x.com", "Sales"), ("Dora Keller", "dora@x.com", "")):
        service.add_person(PersonInput(name, email, department))
    service.set_active(service.list_people("chen")[0][0], False)
    return service


def names(rows) -> list[str]:
    return [row[1] for row in rows]


def test_a_page_in_the_order_asked_for_any_case(people):
    assert names(people.list_people(order="full_name")) == ["anna Nowak", "Björn Ek", "Chen Li", "Dora Keller"]
    assert names(people.list_people(order="-full_name", limit=2)) == ["Dora Keller", "Chen Li"]
    assert names(people.list_people(order="-full_name", offset=2, limit=2)) == ["Björn Ek", "anna Nowak"]
    # Same department in two cases sorts together, then by name.
    assert names(people.list_people(order="department")) == ["Dora Keller", "Björn Ek", "anna Nowak", "Chen Li"]
    assert names(people.list_people(order="active"))[-1] == "Chen Li"  # the active first, as "Yes" reads


def test_the_filters_and_the_counts_agree(people):
    assert names(people.list_people("SALES", active=True, order="email")) == ["anna Nowak"]
    assert people.count_people("sales") == (2, 4)
    assert people.count_people("sales", active=True) == (1, 4)
    assert people.count_people(department="PM") == (1, 4)
    assert people.count_people("100%") == (0, 4)
