"""note_state (migration 0010) follows every note by the database's own triggers, on SQLite and PostgreSQL:
what is due reads the same as the notes themselves say, and an upgrade copies the notes written before it."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, select

from shadowdesk.model import ReflectionStatus, ShadowSession, Visibility
from shadowdesk.model.notes import NoteState
from shadowdesk.services.reflections import ReflectionService
from shadowdesk.storage import migrations, open_database
from shadowdesk.storage.database import APPLICATION_ID
from tests.services.notes_world import ENDED, build_world, write_note

DUE = ENDED + timedelta(days=3)


def _states(database) -> set[tuple[int, int, ReflectionStatus, bool]]:
    with database.session() as s:
        return {(row.session_id, row.author_id, row.status, row.submitted_at is not None)
                for row in s.scalars(select(NoteState))}


def test_notes_due_follow_a_note_from_draft_to_private_submission_to_deletion(db):
    world = build_world(db)
    service = ReflectionService(db)
    assert {(d.person_id, d.has_draft) for d in service.due(DUE)} == {(world.host, False), (world.guest, False)}
    note = write_note(db, world, world.guest, "kept to myself", Visibility.PRIVATE, submit=False)
    assert {(d.person_id, d.has_draft) for d in service.due(DUE)} == {(world.host, False), (world.guest, True)}
    assert _states(db) == {(world.session, world.guest, ReflectionStatus.DRAFT, False)}
    draft = service.open_draft(world.session, world.guest)
    service.submit(note, draft.version_id)
    assert [(d.person_id, d.has_draft) for d in service.due(DUE)] == [(world.host, False)]
    assert service.count_due(DUE) == 1
    assert _states(db) == {(world.session, world.guest, ReflectionStatus.SUBMITTED, True)}
    with db.transaction() as s:
        s.execute(delete(ShadowSession).where(ShadowSession.id == world.session))
    assert _states(db) == set()
    assert service.due(DUE) == []


def test_an_upgrade_copies_the_notes_written_before_it(database_url, app_paths):
    at_0009 = open_database(database_url, migrate=False)
    try:
        with at_0009.engine.connect() as connection, connection.begin():
            migrations.upgrade(connection, "0009")
            if at_0009.is_sqlite:
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        world = build_world(at_0009)
        write_note(at_0009, world, world.guest, "shared", Visibility.PAIR)
        write_note(at_0009, world, world.host, "still a draft", Visibility.PRIVATE, submit=False)
    finally:
        at_0009.dispose()
    upgraded = open_database(database_url, app_paths.backups)
    try:
        assert _states(upgraded) == {(world.session, world.guest, ReflectionStatus.SUBMITTED, True),
                                     (world.session, world.host, ReflectionStatus.DRAFT, False)}
        assert {(d.person_id, d.has_draft) for d in ReflectionService(upgraded).due(DUE)} == {(world.host, True)}
    finally:
        upgraded.dispose()
