"""The demo company: realistic, consistent, in several scripts, and never loaded over real data."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from shadowdesk.model import (
    Enrollment,
    Idea,
    Pairing,
    Person,
    Program,
    ProgramStatus,
    Project,
    Reflection,
    SessionKind,
    ShadowSession,
    session_guest,
)
from shadowdesk.services.dashboard import DashboardService
from shadowdesk.services.demo import load_demo, load_large_demo
from shadowdesk.services.errors import UserError
from shadowdesk.services.reflections import ReflectionService
from shadowdesk.services.search_backlog import SearchBacklog

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def count(db, entity) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(entity))


def test_demo_company_is_realistic_and_consistent(db):
    summary = load_demo(db, now=NOW)
    assert 35 <= summary.people == count(db, Person) <= 45
    with db.session() as session:
        names = session.scalars(select(Person.full_name)).all()
        departments = set(session.scalars(select(Person.department)))
        programs = {p.name: p.status for p in session.scalars(select(Program))}
        kinds = set(session.scalars(select(ShadowSession.kind)))
        past = session.scalar(select(func.count()).select_from(ShadowSession).where(ShadowSession.ends_at < NOW))
        future = session.scalar(select(func.count()).select_from(ShadowSession).where(ShadowSession.starts_at > NOW))
        sessions_without_guest = session.scalar(
            select(func.count()).select_from(ShadowSession).where(
                ~ShadowSession.id.in_(select(session_guest.c.session_id))))
        # every pair joins one person of each of the program's two departments
        wrong_sides = session.scalar(
            select(func.count()).select_from(Pairing)
            .join(Person, Person.id == Pairing.person_a_id).where(Person.department != "Sales"))
    scripts = {
        "Latin with diacritics": "Ł", "Cyrillic": "О", "Greek": "Γ", "Japanese": "佐", "Arabic": "ل",
    }
    for script, letter in scripts.items():
        assert any(letter in name for name in names), f"no {script} name in the demo"
    assert {"Sales", "Project Management"} <= departments and len(departments) >= 4
    assert sorted(programs.values()) == [ProgramStatus.ACTIVE, ProgramStatus.CLOSED]
    assert kinds == {SessionKind.PROJECT_SHADOW, SessionKind.CUSTOMER_VISIT}
    assert past > 0 and future > 0
    assert sessions_without_guest == 0
    assert wrong_sides == 0
    assert summary.reflections == count(db, Reflection) > 0
    assert summary.ideas == count(db, Idea) > 0
    assert summary.pairs == count(db, Pairing)


def test_demo_refuses_a_database_that_holds_people(db):
    load_demo(db, now=NOW)
    people = count(db, Person)
    with pytest.raises(UserError, match="already"):
        load_demo(db, now=NOW)
    with pytest.raises(UserError, match="already"):
        load_demo(db, now=NOW, add=True)  # the demo company itself is never loaded twice
    assert count(db, Person) == people


def test_dashboard_counts_match_the_database(db):
    load_demo(db, now=NOW)
    counts = DashboardService(db).counts(NOW, "Europe/Berlin")
    assert counts.people == count(db, Person)
    assert counts.programs == 2
    with db.session() as session:
        running_pairs = session.scalar(
            select(func.count()).select_from(Pairing).join(Program).where(Program.status == ProgramStatus.ACTIVE))
        week = session.scalar(select(func.count()).select_from(ShadowSession).where(
            ShadowSession.starts_at >= datetime(2026, 11, 22, 23, tzinfo=UTC),  # Monday 00:00 in Berlin
            ShadowSession.starts_at < datetime(2026, 11, 29, 23, tzinfo=UTC),
            ShadowSession.status != "cancelled"))
        # due = participants of sessions completed over the reminder period (2 days) ago, minus their
        # submitted reflections, counted row by row
        due = 0
        for sid, host in session.execute(select(ShadowSession.id, ShadowSession.host_id).where(
                ShadowSession.status == "completed", ShadowSession.ends_at <= NOW - timedelta(days=2))):
            guests = session.scalars(select(session_guest.c.person_id).where(session_guest.c.session_id == sid))
            for person in (host, *guests):
                submitted = session.scalar(select(func.count()).select_from(Reflection).where(
                    Reflection.session_id == sid, Reflection.author_id == person,
                    Reflection.status == "submitted"))
                due += submitted == 0
    assert counts.pairs == running_pairs
    assert counts.week_start.isoformat() == "2026-11-23"  # the Monday of NOW's week in Berlin
    assert counts.sessions_this_week == week
    assert counts.reflections_due == due > 0
    assert counts.reflections_due == ReflectionService(db).count_due(NOW)  # the Reflections section's count


def test_totals_counted_in_the_background_are_shown_once_then_counted_afresh(db, monkeypatch):
    load_demo(db, now=NOW)
    expected = DashboardService(db).counts(NOW, "Europe/Berlin")
    counted = []
    totals = DashboardService._totals
    monkeypatch.setattr(DashboardService, "_totals",
                        lambda self, now: counted.append(threading.current_thread().name) or totals(self, now))
    dashboard = DashboardService(db)
    dashboard.count_totals_in_background(NOW)  # as at start-up, while Qt loads
    assert dashboard.counts(NOW, "Europe/Berlin") == expected
    assert counted == ["dashboard totals"]  # counted in the background, and not again by the first counts()
    with db.transaction() as session:
        session.add(Person(full_name="Zoë Late", email="zoe.late@example.com"))
    assert dashboard.counts(NOW, "Europe/Berlin").people == expected.people + 1
    assert counted == ["dashboard totals", "MainThread"]


def test_large_demo_has_the_requested_size(db):
    summary = load_large_demo(db, people=200, sessions=1500, seed=7, now=NOW)
    assert count(db, Person) == 200 == summary.people
    assert count(db, ShadowSession) == 1500 == summary.sessions
    with db.session() as session:
        enrolled = session.scalar(select(func.count()).select_from(Enrollment))
    assert enrolled == 160  # 40 % Sales + 40 % Project Management


def test_large_demo_can_be_added_with_another_seed(db):
    load_large_demo(db, people=20, sessions=10, seed=1, now=NOW)
    with pytest.raises(UserError):
        load_large_demo(db, people=20, sessions=10, seed=2, now=NOW)
    load_large_demo(db, people=20, sessions=10, seed=2, now=NOW, add=True)
    assert count(db, Person) == 40


def _content(db) -> dict[str, list]:
    """Every row the large demo writes, by what it means rather than by ids, uids or timestamps."""
    with db.session() as s:
        email = dict(s.execute(select(Person.id, Person.email)).all())
        program = dict(s.execute(select(Program.id, Program.name)).all())
        pairs = {p.id: (email[p.person_a_id], email[p.person_b_id]) for p in s.scalars(select(Pairing))}
        sessions = {x.id: (x.starts_at, email[x.host_id]) for x in s.scalars(select(ShadowSession))}
        return {
            "people": sorted((p.full_name, p.email, p.department, p.job_title, p.location, p.time_zone,
                              email.get(p.manager_id)) for p in s.scalars(select(Person))),
            "programs": sorted((p.name, p.description, p.start_date, p.end_date, p.side_a, p.side_b, p.status,
                                p.target_sessions_per_pair, p.target_hours_per_participant)
                               for p in s.scalars(select(Program))),
            "enrollments": sorted((program[e.program_id], email[e.person_id], e.side, e.capacity)
                                  for e in s.scalars(select(Enrollment))),
            "pairs": sorted((program[p.program_id], *pairs[p.id], p.status, p.round, p.reason)
                            for p in s.scalars(select(Pairing))),
            "projects": sorted((p.name, p.customer.name, p.pm.email if p.pm else None, p.reference, p.active)
                               for p in s.scalars(select(Project))),
            "sessions": sorted((x.kind, program[x.program_id], pairs[x.pairing_id], email[x.host_id],
                                tuple(sorted(g.email for g in x.guests)), x.starts_at, x.ends_at, x.time_zone,
                                x.location, x.customer.name if x.customer else None,
                                x.project.name if x.project else None, x.agenda, x.status, x.status_reason,
                                x.sequence) for x in s.scalars(select(ShadowSession))),
            "notes": sorted((sessions[r.session_id], email[r.author_id], r.free_text, repr(r.answers), r.rating,
                             r.visibility, r.status) for r in s.scalars(select(Reflection))),
        }


def test_the_bulk_demo_writes_exactly_what_the_services_would(app_paths, tmp_path):
    """The large benchmark company is written in bulk for speed; written through the services instead, the
    same seed must give the same data, so the bulk path can never hold what the app cannot make."""
    from shadowdesk.storage import open_database

    bulk = open_database(app_paths.sqlite_url(), app_paths.backups)
    through_services = open_database(f"sqlite:///{tmp_path / 'services.sqlite3'}", app_paths.backups)
    try:
        load_large_demo(bulk, 12, 40, seed=3, now=NOW)
        load_large_demo(through_services, 12, 40, seed=3, now=NOW, through_services=True)
        written_in_bulk, written_by_services = _content(bulk), _content(through_services)
        for table, rows in written_by_services.items():
            assert rows, f"the demo wrote no {table}"
            assert written_in_bulk[table] == rows, table
        # The services index each note as they write it: nothing waits for the first search in either.
        assert SearchBacklog(bulk).waiting() == SearchBacklog(through_services).waiting() == 0
    finally:
        bulk.dispose()
        through_services.dispose()
