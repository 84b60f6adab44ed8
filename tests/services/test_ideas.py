"""Ideas: from a note or on their own, moved across the board with a decision, stale edits refused."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from shadowdesk.model import Customer, IdeaStatus, Project, SessionKind, ShadowSession, Visibility
from shadowdesk.services.errors import NotFound, StaleRecord, UserError
from shadowdesk.services.ideas import IdeaService
from tests.services.notes_world import build_world, write_note


def test_an_idea_from_a_note_takes_its_session_and_program_and_moves_along_the_board(db):
    world = build_world(db)
    note = write_note(db, world, world.guest, "Quote rush jobs honestly", Visibility.PAIR)
    ideas = IdeaService(db)
    idea = ideas.create("  Rush-rate   card ", "Publish it.", world.guest, from_reflection_id=note)
    assert (idea.title, idea.session_ids, idea.program_id, idea.source_reflection_id) == (
        "Rush-rate card",
        (world.session,),
        world.program,
        note,
    )
    standalone = ideas.create("Shared capacity calendar", "", world.colleague)
    board = ideas.board()
    assert [i.id for i in board[IdeaStatus.PROPOSED]] == [standalone.id, idea.id]
    assert board[IdeaStatus.ADOPTED] == []

    reviewed = ideas.move(idea.id, idea.version_id, IdeaStatus.UNDER_REVIEW)
    owned = ideas.update(reviewed.id, reviewed.version_id, reviewed.title, reviewed.description, world.host)
    with pytest.raises(UserError, match="why"):
        ideas.move(owned.id, owned.version_id, IdeaStatus.ADOPTED)
    adopted = ideas.move(owned.id, owned.version_id, IdeaStatus.ADOPTED, "Live next quarter.")
    assert (adopted.status, adopted.owner_name, adopted.decision_note) == (
        IdeaStatus.ADOPTED,
        "Małgorzata Wiśniewska",
        "Live next quarter.",
    )
    assert [i.id for i in ideas.board(world.program)[IdeaStatus.ADOPTED]] == [idea.id]
    unlinked = ideas.link_sessions(adopted.id, adopted.version_id, [])
    assert unlinked.session_ids == () and unlinked.version_id > adopted.version_id


def test_an_edit_from_a_stale_board_is_refused_and_changes_nothing(db):
    world = build_world(db)
    ideas = IdeaService(db)
    idea = ideas.create("Joint pipeline review", "", world.guest)
    ideas.move(idea.id, idea.version_id, IdeaStatus.UNDER_REVIEW)
    with pytest.raises(StaleRecord):
        ideas.move(idea.id, idea.version_id, IdeaStatus.DECLINED, "No time")
    with pytest.raises(StaleRecord):
        ideas.update(idea.id, idea.version_id, "Other title", "", None)
    assert ideas.get(idea.id).status is IdeaStatus.UNDER_REVIEW
    assert ideas.get(idea.id).title == "Joint pipeline review"


def test_nobody_turns_a_note_they_cannot_read_into_an_idea(db):
    world = build_world(db)
    private = write_note(db, world, world.guest, "my private thoughts", Visibility.PRIVATE)
    with pytest.raises(NotFound, match="not yours"):
        IdeaService(db).create("Stolen idea", "", world.host, from_reflection_id=private)
    with pytest.raises(UserError, match="title"):
        IdeaService(db).create("   ", "", world.host)


def test_linked_sessions_read_as_date_kind_and_customer_or_project_and_choices_stay_in_the_program(db):
    world = build_world(db)
    with db.transaction() as s:
        acme = Customer(name="Acme GmbH")
        nordwind = Customer(name="Nordwind AG")
        s.add_all([acme, nordwind])
        s.flush()
        portal = Project(name="Portal relaunch", customer_id=nordwind.id)
        s.add(portal)
        s.flush()

        def session(uid, kind, starts, zone, program, **where):
            row = ShadowSession(uid=uid, kind=kind, program_id=program, host_id=world.guest, starts_at=starts,
                                ends_at=starts + timedelta(hours=2), time_zone=zone, **where)
            s.add(row)
            s.flush()
            return row.id

        # 23:30 UTC is already the next day in Berlin, where the visit took place.
        visit = session("v@test", SessionKind.CUSTOMER_VISIT, datetime(2026, 11, 11, 23, 30, tzinfo=UTC),
                        "Europe/Berlin", world.program, customer_id=acme.id)
        shadow = session("p@test", SessionKind.PROJECT_SHADOW, datetime(2026, 5, 4, 8, tzinfo=UTC), "UTC",
                         world.program, project_id=portal.id, customer_id=nordwind.id)
        elsewhere = session("o@test", SessionKind.CUSTOMER_VISIT, datetime(2026, 12, 1, 9, tzinfo=UTC), "UTC",
                            None, customer_id=acme.id)
    ideas = IdeaService(db)
    idea = ideas.create("Visit reports in the CRM", "", world.guest, program_id=world.program)

    linked = ideas.link_sessions(idea.id, idea.version_id, [world.session, visit, shadow])

    shown = [(ref.id, ref.start.date(), ref.kind, ref.subject) for ref in linked.sessions]
    assert shown == [
        (visit, date(2026, 11, 12), SessionKind.CUSTOMER_VISIT, "Acme GmbH"),
        (shadow, date(2026, 5, 4), SessionKind.PROJECT_SHADOW, "Portal relaunch (Nordwind AG)"),
        (world.session, date(2026, 3, 2), SessionKind.PROJECT_SHADOW, "Małgorzata Wiśniewska"),
    ]
    assert linked.session_ids == tuple(sorted((world.session, visit, shadow)))
    assert [i.sessions for i in ideas.board()[IdeaStatus.PROPOSED]] == [linked.sessions]
    assert ideas.board(world.program)[IdeaStatus.PROPOSED][0].sessions == linked.sessions
    assert ideas.get(idea.id).sessions == linked.sessions

    in_program = ideas.session_choices(world.program)
    assert [ref.id for ref in in_program.sessions] == [visit, shadow, world.session] and in_program.complete
    everywhere = ideas.session_choices(None, limit=2)
    assert [ref.id for ref in everywhere.sessions] == [elsewhere, visit] and not everywhere.complete
