"""Customers and projects as managed lists, on SQLite and PostgreSQL: names folded for duplicates and look-ups,
deactivation, merges that move every session, and all-or-nothing CSV imports that name each bad row."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from shadowdesk.model import Customer, Person, Project, SessionKind, ShadowSession
from shadowdesk.services.customers import (
    CustomerDraft,
    CustomerService,
    ImportProblems,
    ProjectDraft,
)
from shadowdesk.services.errors import NotFound, StaleRecord, UserError

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def service(db) -> CustomerService:
    return CustomerService(db)


@pytest.fixture
def pm(db) -> int:
    with db.transaction() as s:
        person = Person(full_name="Ben Okafor", email="ben@lingua.example", department="Project Management")
        s.add(person)
        s.flush()
        return person.id


def _session_for(db, host_id: int, customer_id: int | None, project_id: int | None = None) -> int:
    with db.transaction() as s:
        count = s.scalar(select(func.count()).select_from(ShadowSession))
        row = ShadowSession(uid=f"u{count}", kind=SessionKind.CUSTOMER_VISIT, host_id=host_id,
                            starts_at=T0, ends_at=T0 + timedelta(hours=1), customer_id=customer_id,
                            project_id=project_id)
        s.add(row)
        s.flush()
        return row.id


def test_a_name_differing_only_in_case_or_accents_is_the_same_customer(service):
    service.add_customer(CustomerDraft("Nordwind Pharma", "Life sciences", "DE"))
    for twin in ("NORDWIND PHARMA", "Nordwind  Phärma", "nordwind pharma\u200b"):
        with pytest.raises(UserError, match='already a customer called "Nordwind Pharma"'):
            service.add_customer(CustomerDraft(twin))
    assert [c.name for c in service.list_customers()] == ["Nordwind Pharma"]


def test_names_are_cleaned_and_lengths_refused_in_plain_words(service):
    customer_id = service.add_customer(CustomerDraft("  Équipe\x1b  Été \n", country="FR"))
    assert service.get_customer(customer_id).name == "Équipe Été"
    with pytest.raises(UserError, match="longer than 200 characters"):
        service.add_customer(CustomerDraft("x" * 201))
    with pytest.raises(UserError, match="enter the customer's name"):
        service.add_customer(CustomerDraft(" \u200b "))


def test_lookup_folds_case_and_accents_prefers_the_exact_name_and_refuses_an_ambiguous_one(service, db):
    service.add_customer(CustomerDraft("Équipe Été"))
    assert service.find_customer("equipe ete").name == "Équipe Été"
    # Two stored names that fold alike (written before this rule, or by another program):
    with db.transaction() as s:
        s.add_all([Customer(name="Acme"), Customer(name="ACME")])
    assert service.find_customer("ACME").name == "ACME"
    with pytest.raises(UserError, match=r'"acme" could be any of these customers: Acme \(id \d+\); ACME'):
        service.find_customer("acme")
    with pytest.raises(NotFound, match='No customer is called "Globex"'):
        service.find_customer("Globex")


def test_rename_checks_the_version_and_deactivation_hides_from_the_list(service):
    customer_id = service.add_customer(CustomerDraft("Globex"))
    opened = service.get_customer(customer_id)
    service.edit_customer(customer_id, CustomerDraft("Globex Corporation", "Energy"), opened.version)
    with pytest.raises(StaleRecord, match='The customer "Globex Corporation" was changed by someone else'):
        service.edit_customer(customer_id, CustomerDraft("Globex Inc"), opened.version)
    service.set_customer_active(customer_id, False)
    assert service.list_customers() == []
    assert [(c.name, c.industry, c.active) for c in service.list_customers(include_inactive=True)] == [
        ("Globex Corporation", "Energy", False)]
    service.set_customer_active(customer_id, True)
    assert [c.name for c in service.list_customers(search="globex corp")] == ["Globex Corporation"]


def test_merging_customers_moves_sessions_and_projects_and_joins_projects_of_the_same_name(service, db, pm):
    kept = service.add_customer(CustomerDraft("Nordwind Pharma"))
    duplicate = service.add_customer(CustomerDraft("Nordwind Pharma GmbH"))
    kept_labels = service.add_project(ProjectDraft("Labels"), kept)
    dup_labels = service.add_project(ProjectDraft("LABELS"), duplicate)
    dup_portal = service.add_project(ProjectDraft("Portal", "TMS-7"), duplicate)
    visit = _session_for(db, pm, duplicate)
    shadow = _session_for(db, pm, duplicate, dup_labels)

    summary = service.merge_customers(duplicate, kept)

    assert (summary.kept, summary.sessions_moved, summary.projects_moved, summary.projects_merged) == (
        "Nordwind Pharma", 2, 1, 1)
    assert [c.name for c in service.list_customers(include_inactive=True)] == ["Nordwind Pharma"]
    assert [(p.name, p.customer_name, p.sessions) for p in service.list_projects()] == [
        ("Labels", "Nordwind Pharma", 1), ("Portal", "Nordwind Pharma", 0)]
    with db.session() as s:
        assert {row.id: (row.customer_id, row.project_id) for row in s.scalars(select(ShadowSession))} == {
            visit: (kept, None), shadow: (kept, kept_labels)}
        assert s.get(Project, dup_portal).customer_id == kept


def test_a_failed_merge_changes_nothing(service, db, pm):
    kept = service.add_customer(CustomerDraft("Acme"))
    duplicate = service.add_customer(CustomerDraft("Acme Ltd"))
    _session_for(db, pm, duplicate)
    stale = service.get_customer(duplicate).version
    service.edit_customer(duplicate, CustomerDraft("Acme Limited"))
    with pytest.raises(StaleRecord):
        service.merge_customers(duplicate, kept, duplicate_version=stale)
    assert [(c.name, c.sessions) for c in service.list_customers()] == [("Acme", 0), ("Acme Limited", 1)]
    with pytest.raises(UserError, match="two different customers"):
        service.merge_customers(kept, kept)


def test_projects_add_with_pm_owner_rename_move_deactivate_and_merge(service, db, pm):
    acme = service.add_customer(CustomerDraft("Acme"))
    globex = service.add_customer(CustomerDraft("Globex"))
    website = service.add_project(ProjectDraft("Website", "TMS-1", "BEN@lingua.example"), acme)
    with pytest.raises(UserError, match='already has a project called "Website"'):
        service.add_project(ProjectDraft("WEBSITE"), acme)
    with pytest.raises(UserError, match="No person has the email nobody@x.example"):
        service.add_project(ProjectDraft("Intranet", pm_email="nobody@x.example"), acme)
    assert service.find_project("website").pm_name == "Ben Okafor"

    other_site = service.add_project(ProjectDraft("Website"), globex)
    with pytest.raises(UserError, match="could be any of these projects: Website for Acme"):
        service.find_project("Website")
    assert service.find_project("Website", customer="globex").id == other_site

    visit = _session_for(db, pm, acme, website)
    with pytest.raises(UserError, match='already has a project called "Website"'):
        service.move_project(website, globex)
    service.edit_project(website, ProjectDraft("Website relaunch", "TMS-1", ""))
    service.move_project(website, globex)
    with db.session() as s:
        assert s.get(ShadowSession, visit).customer_id == globex  # the session follows its project

    summary = service.merge_projects(website, other_site)
    assert summary.sessions_moved == 1
    assert [(p.name, p.customer_name, p.sessions, p.pm_email) for p in service.list_projects()] == [
        ("Website", "Globex", 1, "")]
    service.set_project_active(other_site, False)
    assert service.list_projects() == []
    assert [p.active for p in service.list_projects(include_inactive=True)] == [False]


CUSTOMERS_CSV = (b"Account Name;Industry;Billing Country\r\n"
                 b"Nordwind Pharma;Life sciences;DE\r\n"
                 b"Caf\xc3\xa9 Noir;Food;FR\r\n")


def test_customer_import_adds_then_updates_matching_names(service):
    assert service.import_customers(CUSTOMERS_CSV).added == 2
    again = service.import_customers(b"Company,Country\nNORDWIND PHARMA,AT\ncafe noir,FR\nGlobex,US\n")
    assert (again.added, again.updated, again.unchanged) == (1, 1, 1)
    assert [(c.name, c.industry, c.country) for c in service.list_customers()] == [
        ("Café Noir", "Food", "FR"), ("Globex", "", "US"), ("Nordwind Pharma", "Life sciences", "AT")]


def test_an_import_with_bad_rows_names_every_one_and_writes_nothing(service):
    bad = (b"Name,Industry,Country\n"
           b"Acme,Retail,US\n"
           b",Retail,US\n"
           b"ACME,Retail,US\n"
           b"Globex,Energy\n"
           + b"Initech," + b"x" * 121 + b",US\n")
    with pytest.raises(ImportProblems) as refused:
        service.import_customers(bad)
    assert [str(p) for p in refused.value.problems] == [
        "line 3: no name", "line 4: the same customer as line 2", "line 5: 2 cells where the header has 3",
        "line 6: the industry is longer than 120 characters"]
    assert "Nothing was imported" in str(refused.value)
    assert service.list_customers(include_inactive=True) == []
    with pytest.raises(UserError, match="No column holds the name"):
        service.import_customers(b"Industry,Country\nRetail,US\n")


def test_project_import_creates_missing_customers_links_pms_and_refuses_unknown_pms(service, pm):
    service.add_customer(CustomerDraft("Nordwind Pharma"))
    data = (b"Project Name,Client,Project Number,Project Manager\n"
            b"Labels,nordwind pharma,TMS-1,ben@lingua.example\n"
            b"Portal,Globex,TMS-2,\n")
    summary = service.import_projects(data)
    assert (summary.added, summary.customers_added) == (2, ("Globex",))
    assert [(p.name, p.customer_name, p.reference, p.pm_name) for p in service.list_projects()] == [
        ("Portal", "Globex", "TMS-2", ""), ("Labels", "Nordwind Pharma", "TMS-1", "Ben Okafor")]
    with pytest.raises(ImportProblems) as refused:
        service.import_projects(b"Project,Customer,PM email\nLabels,Nordwind Pharma,\nAudit,Initech,x@nowhere.example\n"
                                b"Audit,Initech,not-an-email\n")
    assert [str(p) for p in refused.value.problems] == [
        "line 3: No person has the email x@nowhere.example; add them to People first.",
        "line 4: PM email: 'not-an-email' is not a valid email address"]
    assert [c.name for c in service.list_customers()] == ["Globex", "Nordwind Pharma"]  # no Initech
