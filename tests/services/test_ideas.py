"""Ideas: from a note or on their own, moved across the board with a decision, stale edits refused."""

from __future__ import annotations

import pytest

from shadowdesk.model import IdeaStatus, Visibility
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
