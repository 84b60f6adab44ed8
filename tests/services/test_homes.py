"""The home of each role, on a program lived through the services from an empty database (both backends)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from shadowdesk.domain import IdeaStatus, SessionKind, SessionStatus, Side, Visibility
from shadowdesk.services import homes as homes_module
from shadowdesk.services.customers import CustomerDraft, CustomerService, ProjectDraft
from shadowdesk.services.dashboard import DashboardService
from shadowdesk.services.homes import HomeService, current_round
from shadowdesk.services.ideas import IdeaService
from shadowdesk.services.identity import Viewer
from shadowdesk.services.pairing import PairingService, ProposedRow
from shadowdesk.services.people import PeopleService, PersonInput
from shadowdesk.services.programs import ProgramDraft, ProgramService
from shadowdesk.services.reflections import GUEST, HOST, ReflectionService
from shadowdesk.services.reports import ReportService
from shadowdesk.services.schedule_types import SessionDraft
from shadowdesk.services.scheduling import SchedulingService
from shadowdesk.services.skills import SkillService
from shadowdesk.settings import SettingsStore

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
ROUND_1 = (date(2026, 3, 1), date(2026, 4, 30))
ROUND_2 = (date(2026, 5, 1), date(2026, 8, 31))


def lived_company(db, tmp_path):
    """Summer runs (targets 2 sessions per pair, 3 hours) with Sara, Sam and Sven on side A, Piotr and Paula
    on side B. Round 1 paired Sara-Piotr and Sam-Paula, who met 40 and 35 days ago; round 2 (now) pairs only
    Sara-Paula, who met yesterday, missed a status five days ago and meet again in three days. Sara and Paula
    submitted their notes of round 1, Piotr left his a draft, Sam wrote none. Autumn is still a draft."""
    settings = SettingsStore(tmp_path / "settings.json")
    people = PeopleService(db)
    ids = {name: people.add_person(PersonInput(name.title(), f"{name}@example.com", time_zone=zone))
           for name, zone in (("sara", "Europe/Warsaw"), ("piotr", "UTC"), ("sam", "UTC"), ("paula", "UTC"),
                              ("sven", "UTC"))}
    programs = ProgramService(db)
    summer = programs.create(ProgramDraft("Summer", date(2026, 3, 1), date(2026, 8, 31),
                                          target_sessions_per_pair=2, target_hours_per_participant=3))
    programs.activate(summer.id)
    programs.enroll(summer.id, Side.A, [ids["sara"], ids["sam"], ids["sven"]])
    programs.enroll(summer.id, Side.B, [ids["piotr"], ids["paula"]])
    autumn = programs.create(ProgramDraft("Autumn", date(2026, 9, 1), date(2026, 12, 31)))
    programs.enroll(autumn.id, Side.A, [ids["sven"]])
    pairing = PairingService(db)

    def row(number, a, b, days):
        return ProposedRow(number, ids[a], a.title(), ids[b], b.title(), "planned", *days)

    pairing.apply(summer.id, [row(1, "sara", "piotr", ROUND_1), row(1, "sam", "paula", ROUND_1),
                              row(2, "sara", "paula", ROUND_2)])
    pairs = {(p.person_a_name, p.person_b_name): p for p in pairing.list_pairs(summer.id)}
    customers = CustomerService(db)
    acme = customers.add_customer(CustomerDraft("Acme Ltd"))
    rollout = customers.add_project(ProjectDraft("Rollout"), acme)
    scheduling = SchedulingService(db, settings, clock=lambda: NOW)

    def session(pair, host, guest, days, minutes, status=None, **details):
        draft = SessionDraft(SessionKind.PROJECT_SHADOW, ids[host], (ids[guest],), NOW + timedelta(days=days),
                             timedelta(minutes=minutes), "UTC", program_id=summer.id,
                             pairing_id=pairs[pair].id, **details)
        (session_id,) = scheduling.create(draft)
        if status is not None:
            scheduling.set_status(session_id, scheduling.get(session_id).version_id, status)
        return session_id

    met_40 = session(("Sara", "Piotr"), "piotr", "sara", -40, 90, SessionStatus.COMPLETED)
    met_35 = session(("Sam", "Paula"), "paula", "sam", -35, 60, SessionStatus.COMPLETED)
    yesterday = session(("Sara", "Paula"), "paula", "sara", -1, 60, SessionStatus.COMPLETED)
    no_status = session(("Sara", "Paula"), "sara", "paula", -5, 60)
    upcoming = session(("Sara", "Paula"), "sara", "paula", 3, 120, location="Acme, room 4",
                       customer_id=acme, project_id=rollout, agenda="Walk through the rollout plan")
    reflections = ReflectionService(db, settings)

    def note(session_id, author, submit):
        draft = reflections.open_draft(session_id, ids[author])
        saved = reflections.save_draft(draft.id, draft.version_id, ["fine"] * len(draft.prompts), "Notes",
                                       4, Visibility.PROGRAM)
        if submit:
            reflections.submit(draft.id, saved.version_id)

    note(met_40, "sara", submit=True)
    note(met_40, "piotr", submit=False)
    note(met_35, "paula", submit=True)
    ideas = IdeaService(db)
    ideas.create("Shared glossary", "", ids["sara"], program_id=summer.id)
    reviewed = ideas.create("Joint kick-off", "", ids["sara"], program_id=summer.id)
    ideas.move(reviewed.id, reviewed.version_id, IdeaStatus.UNDER_REVIEW)
    adopted = ideas.create("Customer days", "", ids["piotr"])
    ideas.move(adopted.id, adopted.version_id, IdeaStatus.ADOPTED, "Worth it")
    service = HomeService(db, reflections, ReportService(db, settings, clock=lambda: NOW),
                          DashboardService(db), SkillService(db))
    return SimpleNamespace(service=service, ids=ids, summer=summer, pairs=pairs, reflections=reflections,
                           sessions=SimpleNamespace(met_40=met_40, met_35=met_35, yesterday=yesterday,
                                                    no_status=no_status, upcoming=upcoming))


def signed_in(lived, name: str | None, *roles: str) -> Viewer:
    """name as signed in with these roles; None: a coordinator who is in nobody's program."""
    person_id = lived.ids[name] if name else 0
    return Viewer(person_id, (name or "office").title(), f"{name}@example.com", frozenset(roles))


def test_a_participant_is_briefed_on_their_next_session_in_their_own_zone(db, tmp_path):
    lived = lived_company(db, tmp_path)
    home = lived.service.homes(signed_in(lived, "sara", "participant"), NOW)
    assert home.coordinator is None and home.manager is None
    mine = home.participant
    assert mine.time_zone == "Europe/Warsaw"
    (briefing,) = mine.next_sessions  # the session without a status has ended: nothing to prepare for
    assert briefing.session_id == lived.sessions.upcoming
    assert briefing.starts_at == (NOW + timedelta(days=3)).astimezone(ZoneInfo("Europe/Warsaw"))
    assert briefing.starts_at.hour == 14  # 12:00 UTC on a summer day in Warsaw
    assert (briefing.role, briefing.host_name, briefing.others) == (HOST, "Sara", ("Paula",))
    assert (briefing.location, briefing.customer, briefing.project, briefing.program, briefing.agenda) == (
        "Acme, room 4", "Acme Ltd", "Rollout", "Summer", "Walk through the rollout plan")
    assert briefing.prompts == lived.reflections.template_for(SessionKind.PROJECT_SHADOW, HOST).prompts
    assert briefing.prompts  # the built-in template asks something


def test_a_participant_sees_the_notes_they_owe_and_their_ideas_with_their_status(db, tmp_path):
    lived = lived_company(db, tmp_path)
    sara = lived.service.homes(signed_in(lived, "sara", "participant"), NOW).participant
    assert [(d.session.id, d.person_id) for d in sara.notes_due.rows] == [(lived.sessions.yesterday,
                                                                          lived.ids["sara"])]
    assert sara.notes_due.total == 1
    assert [(i.title, i.status) for i in sara.ideas.rows] == [("Joint kick-off", IdeaStatus.UNDER_REVIEW),
                                                             ("Shared glossary", IdeaStatus.PROPOSED)]
    piotr = lived.service.participant(signed_in(lived, "piotr", "participant"), NOW)
    assert [(d.session.id, d.has_draft) for d in piotr.notes_due.rows] == [(lived.sessions.met_40, True)]
    assert piotr.next_sessions == ()
    assert [i.title for i in piotr.ideas.rows] == ["Customer days"]


def test_a_guest_is_briefed_with_the_guests_prompts(db, tmp_path):
    lived = lived_company(db, tmp_path)
    (briefing,) = lived.service.participant(signed_in(lived, "paula", "participant"), NOW).next_sessions
    assert (briefing.role, briefing.starts_at.hour, briefing.others) == (GUEST, 12, ("Sara",))
    assert briefing.prompts == lived.reflections.template_for(SessionKind.PROJECT_SHADOW, GUEST).prompts


def test_a_manager_sees_the_health_of_the_running_programs(db, tmp_path):
    lived = lived_company(db, tmp_path)
    home = lived.service.homes(signed_in(lived, "sara", "manager"), NOW)
    assert home.participant is None and home.coordinator is None
    manager = home.manager
    assert manager.programs_total == 1  # Autumn is a draft
    (summer,) = manager.programs
    assert (summer.name, summer.balance.count_a, summer.balance.count_b, summer.balance.lopsided) == (
        "Summer", 3, 2, False)
    assert (summer.pairs, summer.sessions_done, summer.sessions_target) == (3, 3, 6)
    assert (summer.hours_done, summer.hours_target) == (pytest.approx(3.5), pytest.approx(9))
    # Yesterday's notes are not due yet; of the four that are, Sara's and Paula's were submitted.
    assert (summer.notes_submitted, summer.notes_owed, summer.reflection_rate) == (2, 4, 0.5)
    assert [(p.person_a_name, p.person_b_name, p.days_since_last_session) for p in summer.stalled] == [
        ("Sara", "Piotr", 40), ("Sam", "Paula", 35)]
    assert summer.stalled_total == 2


def test_a_manager_sees_ideas_by_status_and_those_awaiting_a_decision(db, tmp_path):
    lived = lived_company(db, tmp_path)
    manager = lived.service.manager(NOW)
    assert manager.ideas_by_status == {IdeaStatus.PROPOSED: 1, IdeaStatus.UNDER_REVIEW: 1,
                                       IdeaStatus.ADOPTED: 1, IdeaStatus.DECLINED: 0}
    assert manager.awaiting_decision == 2
    assert [i.title for i in manager.ideas[IdeaStatus.PROPOSED]] == ["Shared glossary"]
    assert [(i.title, i.proposer_name) for i in manager.ideas[IdeaStatus.ADOPTED]] == [("Customer days", "Piotr")]


def test_a_coordinator_sees_what_needs_action(db, tmp_path):
    lived = lived_company(db, tmp_path)
    coordinator = lived.service.homes(signed_in(lived, None, "coordinator"), NOW).coordinator
    # Round 2 is under way and pairs only Sara and Paula; Sven was never paired.
    assert [(u.name, u.side, u.round, u.program_name) for u in coordinator.unpaired.rows] == [
        ("Piotr", Side.B, 2, "Summer"), ("Sam", Side.A, 2, "Summer"), ("Sven", Side.A, 2, "Summer")]
    assert coordinator.unpaired.total == 3
    assert [(p.person_a_name, p.person_b_name) for p in coordinator.stalled.rows] == [("Sara", "Piotr"),
                                                                                    ("Sam", "Paula")]
    assert [s.id for s in coordinator.without_status.rows] == [lived.sessions.no_status]
    assert coordinator.without_status.total == 1
    assert sorted((d.session.id, d.person_id) for d in coordinator.overdue.rows) == sorted([
        (lived.sessions.met_40, lived.ids["piotr"]), (lived.sessions.met_35, lived.ids["sam"])])
    assert coordinator.overdue.total == 2


def test_each_list_of_a_home_is_a_page_with_the_total_beside_it(db, tmp_path, monkeypatch):
    lived = lived_company(db, tmp_path)
    monkeypatch.setattr(homes_module, "LIST_LIMIT", 1)
    home = lived.service.homes(signed_in(lived, "sara", "coordinator", "manager", "participant"), NOW)
    assert (len(home.coordinator.unpaired.rows), home.coordinator.unpaired.total) == (1, 3)
    assert (len(home.coordinator.stalled.rows), home.coordinator.stalled.total) == (1, 2)
    assert (len(home.coordinator.overdue.rows), home.coordinator.overdue.total) == (1, 2)
    assert (len(home.manager.programs[0].stalled), home.manager.programs[0].stalled_total) == (1, 2)
    assert (len(home.participant.ideas.rows), home.participant.ideas.total) == (1, 2)


def test_someone_paired_in_the_current_round_is_not_unpaired_however_the_rounds_are_dated():
    dated = [(1, *ROUND_1), (2, *ROUND_2)]
    assert current_round(dated, date(2026, 4, 1)) == 1
    assert current_round(dated, date(2026, 6, 1)) == 2
    assert current_round(dated, date(2026, 2, 1)) == 1  # before the first round: the one to come
    assert current_round(dated, date(2026, 12, 1)) == 2  # after the last: the last one begun
    assert current_round([(1, None, None), (3, None, None)], date(2026, 6, 1)) == 3
    assert current_round([(None, None, None)], date(2026, 6, 1)) is None
    assert current_round([], date(2026, 6, 1)) is None
