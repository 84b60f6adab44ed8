"""Two users, one record: the second save of a person, pair, session or idea is refused, never lost.

Runs on SQLite and PostgreSQL (the db fixture)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, registry

from shadowdesk.model import Enrollment, Idea, Pairing, Person, Program, SessionKind, ShadowSession
from shadowdesk.storage import StaleVersion
from shadowdesk.storage.concurrency import load_for_update, network_filesystem, network_share_warning

STARTS = datetime(2026, 3, 2, 9, tzinfo=UTC)

# The field each kind of record gets edited in, by "both users".
EDITS = {
    Person: "job_title",
    Pairing: "reason",
    ShadowSession: "agenda",
    Idea: "description",
}


@pytest.fixture
def records(db) -> dict[type, int]:
    """One record of each edited kind; returns their ids."""
    with db.transaction() as s:
        anna = Person(full_name="Anna Nowak", email="anna@example.com")
        ben = Person(full_name="Ben Okafor", email="ben@example.com")
        carla = Person(full_name="Carla Ruiz", email="carla@example.com")
        program = Program(name="Spring", start_date=date(2026, 3, 1), end_date=date(2026, 6, 30))
        pairing = Pairing(program=program, person_a=anna, person_b=ben)
        shadow = ShadowSession(
            uid="u-1",
            kind=SessionKind.PROJECT_SHADOW,
            program=program,
            pairing=pairing,
            host=anna,
            guests=[ben],
            starts_at=STARTS,
            ends_at=STARTS + timedelta(hours=2),
        )
        idea = Idea(title="Shared glossary", proposer=ben, program=program)
        s.add_all([anna, ben, carla, program, pairing, shadow, idea])
        s.flush()
        return {Person: anna.id, Pairing: pairing.id, ShadowSession: shadow.id, Idea: idea.id}


def _opened(db, entity, record_id) -> int:
    """What a form does on opening: read the record in a short session and keep its version."""
    with db.session() as s:
        return s.get(entity, record_id).version_id


def _save(db, entity, record_id, expected_version, text) -> None:
    with db.transaction() as s:
        setattr(load_for_update(s, entity, record_id, expected_version), EDITS[entity], text)


def _stored(db, entity, record_id) -> str:
    with db.session() as s:
        return getattr(s.get(entity, record_id), EDITS[entity])


@pytest.mark.parametrize("entity", list(EDITS), ids=lambda e: e.__name__)
def test_the_second_save_of_a_record_is_refused_and_the_first_is_kept(db, records, entity):
    record_id = records[entity]
    seen_by_first = _opened(db, entity, record_id)
    seen_by_second = _opened(db, entity, record_id)

    _save(db, entity, record_id, seen_by_first, "first user's words")
    with pytest.raises(StaleVersion, match="changed by someone else since you opened it") as refused:
        _save(db, entity, record_id, seen_by_second, "second user's words")

    assert _stored(db, entity, record_id) == "first user's words"
    assert refused.value.current_version == seen_by_first + 1


@pytest.mark.parametrize("entity", list(EDITS), ids=lambda e: e.__name__)
def test_overwrite_saves_again_with_the_current_version(db, records, entity):
    record_id = records[entity]
    stale = _opened(db, entity, record_id)
    _save(db, entity, record_id, stale, "first user's words")
    with pytest.raises(StaleVersion) as refused:
        _save(db, entity, record_id, stale, "second user's words")

    _save(db, entity, record_id, refused.value.current_version, "second user's words")

    assert _stored(db, entity, record_id) == "second user's words"


def test_without_the_version_check_the_first_users_words_are_silently_lost(db, records):
    """Why the check exists: the same two saves with expected_version=None overwrite without a word."""
    record_id = records[Person]
    stale = _opened(db, Person, record_id)
    _save(db, Person, record_id, stale, "first user's words")

    _save(db, Person, record_id, None, "second user's words")

    assert _stored(db, Person, record_id) == "second user's words"


def test_changing_only_the_guests_still_makes_the_other_save_stale(db, records):
    """Guests live in another table; a save through load_for_update raises the session's version anyway."""
    session_id = records[ShadowSession]
    seen = _opened(db, ShadowSession, session_id)
    with db.transaction() as s:
        shadow = load_for_update(s, ShadowSession, session_id, seen)
        shadow.guests.append(s.scalars(select(Person).where(Person.email == "carla@example.com")).one())

    with pytest.raises(StaleVersion):
        _save(db, ShadowSession, session_id, seen, "second user's agenda")
    with db.session() as s:
        assert sorted(p.full_name for p in s.get(ShadowSession, session_id).guests) == [
            "Ben Okafor",
            "Carla Ruiz",
        ]


def test_a_record_deleted_by_someone_else_is_reported_as_deleted(db, records):
    record_id = records[Idea]
    seen = _opened(db, Idea, record_id)
    with db.transaction() as s:
        s.delete(s.get(Idea, record_id))

    with pytest.raises(StaleVersion, match="deleted by someone else") as refused:
        _save(db, Idea, record_id, seen, "too late")
    assert refused.value.current_version is None


def test_two_open_sessions_saving_one_row_the_later_commit_is_refused(db, records):
    """The mapper's version column: a session that read the row before the other committed cannot
    overwrite it. Database.transaction() reports it as StaleVersion."""
    record_id = records[Person]
    with db.session() as first:
        first_copy = first.get(Person, record_id)
        with pytest.raises(StaleVersion):
            with db.transaction() as second:
                second_copy = second.get(Person, record_id)
                first_copy.job_title = "first user's words"
                first.commit()
                second_copy.job_title = "second user's words"
    assert _stored(db, Person, record_id) == "first user's words"


def test_the_same_two_sessions_without_a_version_column_lose_the_first_save(db, records):
    """Control for the test above: mapped without version_id_col, the later commit silently wins."""
    unversioned_registry = registry()

    class UnversionedPerson:
        pass

    unversioned_registry.map_imperatively(UnversionedPerson, Person.__table__)
    record_id = records[Person]
    with Session(db.engine) as first, Session(db.engine) as second:
        first_copy = first.get(UnversionedPerson, record_id)
        second_copy = second.get(UnversionedPerson, record_id)
        first_copy.job_title = "first user's words"
        first.commit()
        second_copy.job_title = "second user's words"
        second.commit()
    unversioned_registry.dispose()
    assert _stored(db, Person, record_id) == "second user's words"


def test_a_table_without_a_version_column_cannot_be_loaded_for_update(db, records):
    with db.session() as s, pytest.raises(TypeError, match="no version column"):
        load_for_update(s, Enrollment, 1, 1)


# ---------------------------------------------------------------- a SQLite file on a network share


def _mounts(tmp_path, *lines: str):
    mounts = tmp_path / "mounts"
    mounts.write_text("".join(line + "\n" for line in lines))
    return mounts


def test_a_database_on_an_nfs_share_gets_a_warning(tmp_path):
    mounts = _mounts(tmp_path, "/dev/vda / ext4 rw 0 0", "fs:/export /mnt/team nfs4 rw,relatime 0 0")
    warning = network_share_warning(tmp_path.parent / "x" / "shadowdesk.sqlite3", mounts)
    assert warning is None
    warning = network_share_warning(Path("/mnt/team/desk/shadowdesk.sqlite3"), mounts)
    assert warning is not None and "network share (nfs4)" in warning and "one computer at a time" in warning


@pytest.mark.parametrize(
    ("mount_line", "expected"),
    [
        ("//nas/share /mnt/my\\040share cifs rw 0 0", "cifs"),
        ("user@host:/home /mnt/my\\040share fuse.sshfs rw 0 0", "fuse.sshfs"),
        ("tmpfs /mnt/my\\040share tmpfs rw 0 0", None),
    ],
)
def test_the_file_system_is_read_from_the_mount_table(tmp_path, mount_line, expected):
    mounts = _mounts(tmp_path, "/dev/vda / ext4 rw 0 0", mount_line)
    assert network_filesystem(Path("/mnt/my share/shadowdesk.sqlite3"), mounts) == expected


def test_a_local_folder_mounted_inside_a_share_is_local(tmp_path):
    mounts = _mounts(
        tmp_path,
        "/dev/vda / ext4 rw 0 0",
        "fs:/x /mnt/team nfs rw 0 0",
        "/dev/vdb /mnt/team/local ext4 rw 0 0",
    )
    assert network_filesystem(Path("/mnt/team/local/shadowdesk.sqlite3"), mounts) is None
    assert network_filesystem(Path("/mnt/teamwork/shadowdesk.sqlite3"), mounts) is None


def test_without_a_mount_table_there_is_no_warning(tmp_path):
    assert network_share_warning(Path("/mnt/x.sqlite3"), tmp_path / "no-such-file") is None
