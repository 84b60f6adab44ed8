"""Two users, one record, through the services: two ShadowDesk clients (each its own engine and
connections) open the same person, program, pair, session, idea or note, both edit it, and the first
save wins. The second is refused with StaleRecord, can overwrite with the version it carries, and
nothing is ever lost without a word. Runs on SQLite and PostgreSQL (the db fixture)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import pytest

from shadowdesk.model import Idea, Pairing, PairingStatus, SessionStatus, Visibility
from shadowdesk.rules.recurrence import Frequency, Repeat
from shadowdesk.services import versioned_save
from shadowdesk.services.errors import NotFound, StaleRecord
from shadowdesk.services.ideas import IdeaService
from shadowdesk.services.pairing import PairingService
from shadowdesk.services.people import PeopleService
from shadowdesk.services.programs import ProgramDraft, ProgramService
from shadowdesk.services.reflections import ReflectionService
from shadowdesk.services.schedule_types import EditScope, SessionDraft
from shadowdesk.services.scheduling import SchedulingService
from shadowdesk.settings import SettingsStore
from shadowdesk.storage import open_database
from tests.services.notes_world import World, build_world


@dataclass(frozen=True)
class Client:
    """One user's ShadowDesk: its own connections to the shared database, its own services."""

    people: PeopleService
    programs: ProgramService
    pairing: PairingService
    scheduling: SchedulingService
    ideas: IdeaService
    reflections: ReflectionService


@dataclass(frozen=True)
class Shared:
    world: World
    pair: int
    idea: int


def _client(database, settings_file) -> Client:
    return Client(PeopleService(database), ProgramService(database), PairingService(database),
                  SchedulingService(database, SettingsStore(settings_file)), IdeaService(database),
                  ReflectionService(database))


@pytest.fixture
def clients(db, database_url, tmp_path):
    other = open_database(database_url, migrate=False)
    yield _client(db, tmp_path / "first.json"), _client(other, tmp_path / "second.json")
    other.dispose()


@pytest.fixture
def shared(db) -> Shared:
    world = build_world(db)
    with db.transaction() as s:
        pair = Pairing(program_id=world.program, person_a_id=world.guest, person_b_id=world.host, round=1,
                       status=PairingStatus.PROPOSED)
        idea = Idea(title="Shared glossary", description="", proposer_id=world.guest, program_id=world.program)
        s.add_all([pair, idea])
        s.flush()
        return Shared(world, pair.id, idea.id)


@dataclass(frozen=True)
class Edit:
    """How a form opens one kind of record, saves the user's words into it, and what is stored."""

    open: Callable[[Client, Shared], tuple[Any, int]]  # (what the form shows, its version)
    save: Callable[[Client, Shared, Any, Any, int], object]  # (client, shared, opened, words, version)
    stored: Callable[[Client, Shared], Any]
    words: tuple[Any, Any]  # what the first and the second user save


def _person_open(c: Client, sh: Shared):
    detail = c.people.get_person(sh.world.guest)
    return detail, detail.version


def _program_draft(info, words: str) -> ProgramDraft:
    return ProgramDraft(info.name, info.start_date, info.end_date, info.side_a, info.side_b, words,
                        info.target_sessions_per_pair, info.target_hours_per_participant)


def _program_open(c: Client, sh: Shared):
    info = c.programs.get(sh.world.program)
    return info, info.version_id


def _pair_open(c: Client, sh: Shared):
    pair = next(p for p in c.pairing.list_pairs(sh.world.program) if p.id == sh.pair)
    return pair, pair.version_id


def _pair_save(c: Client, sh: Shared, _opened, status: PairingStatus, version: int):
    change = c.pairing.confirm if status is PairingStatus.CONFIRMED else c.pairing.end
    return change(sh.pair, version)


def _session_open(c: Client, sh: Shared):
    detail = c.scheduling.get(sh.world.session)
    return detail, detail.version_id


def _session_save(c: Client, sh: Shared, d, words: str, version: int):
    draft = SessionDraft(d.kind, d.host_id, d.guest_ids, d.starts_at, d.duration, d.time_zone, d.location,
                         d.program_id, d.pairing_id, d.customer_id, d.project_id, agenda=words)
    return c.scheduling.update(sh.world.session, version, draft)


def _idea_open(c: Client, sh: Shared):
    idea = c.ideas.get(sh.idea)
    return idea, idea.version_id


def _note_open(c: Client, sh: Shared):
    draft = c.reflections.open_draft(sh.world.session, sh.world.guest)
    return draft, draft.version_id


def _note_save(c: Client, _sh: Shared, draft, words: str, version: int):
    return c.reflections.save_draft(draft.id, version, list(draft.answers), words, None, Visibility.PAIR)


TEXT = ("first user's words", "second user's words")
EDITS = {
    "person": Edit(
        _person_open,
        lambda c, sh, d, words, v: c.people.edit_person(d.id, replace(d.as_input(), job_title=words), v),
        lambda c, sh: c.people.get_person(sh.world.guest).job_title, TEXT),
    "program": Edit(
        _program_open,
        lambda c, sh, info, words, v: c.programs.update(info.id, _program_draft(info, words), v),
        lambda c, sh: c.programs.get(sh.world.program).description, TEXT),
    "pair": Edit(
        _pair_open, _pair_save, lambda c, sh: _pair_open(c, sh)[0].status,
        (PairingStatus.CONFIRMED, PairingStatus.ENDED)),
    "session": Edit(
        _session_open, _session_save, lambda c, sh: c.scheduling.get(sh.world.session).agenda, TEXT),
    "idea": Edit(
        _idea_open,
        lambda c, sh, idea, words, v: c.ideas.update(idea.id, v, idea.title, words, idea.owner_id),
        lambda c, sh: c.ideas.get(sh.idea).description, TEXT),
    "reflection": Edit(
        _note_open, _note_save, lambda c, sh: _note_open(c, sh)[0].free_text, TEXT),
}


@pytest.fixture(params=list(EDITS))
def edit(request) -> Edit:
    return EDITS[request.param]


def _both_open_then_first_saves(edit: Edit, clients, shared):
    first, second = clients
    opened_by_first, version_of_first = edit.open(first, shared)
    opened_by_second, version_of_second = edit.open(second, shared)
    assert version_of_first == version_of_second
    edit.save(first, shared, opened_by_first, edit.words[0], version_of_first)
    return opened_by_second, version_of_second


def test_the_second_save_is_refused_and_the_first_users_words_are_kept(edit, clients, shared):
    first, second = clients
    opened, stale = _both_open_then_first_saves(edit, clients, shared)

    with pytest.raises(StaleRecord, match=r"was changed by someone else since you opened it\.$") as refused:
        edit.save(second, shared, opened, edit.words[1], stale)

    assert edit.stored(first, shared) == edit.words[0]
    assert edit.stored(second, shared) == edit.words[0]
    assert refused.value.current_version == edit.open(second, shared)[1] > stale


def test_overwrite_saves_the_second_users_words_with_the_version_the_refusal_carries(edit, clients, shared):
    first, second = clients
    opened, stale = _both_open_then_first_saves(edit, clients, shared)
    with pytest.raises(StaleRecord) as refused:
        edit.save(second, shared, opened, edit.words[1], stale)

    edit.save(second, shared, opened, edit.words[1], refused.value.current_version)

    assert edit.stored(first, shared) == edit.words[1]
    # The overwrite is a save like any other: the first user's window, still at its old version, is
    # refused in turn instead of silently taking the record back.
    opened_by_first, _ = edit.open(first, shared)
    with pytest.raises(StaleRecord):
        edit.save(first, shared, opened_by_first, edit.words[0], stale + 1)
    assert edit.stored(second, shared) == edit.words[1]


def test_reload_shows_the_first_users_words_and_saves_from_there(edit, clients, shared):
    first, second = clients
    opened, stale = _both_open_then_first_saves(edit, clients, shared)
    with pytest.raises(StaleRecord):
        edit.save(second, shared, opened, edit.words[1], stale)

    reloaded, version = edit.open(second, shared)
    assert edit.stored(second, shared) == edit.words[0]
    edit.save(second, shared, reloaded, edit.words[1], version)

    assert edit.stored(first, shared) == edit.words[1]


def _session_with_other_people(c: Client, sh: Shared, d, words: str, version: int):
    """A session save that moves it to two other people: not serialized with a save of the first two
    (scheduling serializes saves on their participants), so only the version condition stands between them."""
    draft = SessionDraft(d.kind, sh.world.colleague, (sh.world.outsider,), d.starts_at, d.duration, d.time_zone,
                         agenda=words)
    return c.scheduling.update(sh.world.session, version, draft)


@pytest.mark.parametrize("name", ["person", "reflection"])
def test_two_saves_that_pass_the_check_together_the_later_commit_is_refused(name, clients, shared, monkeypatch):
    """The race inside the check: the first user commits after the second user's save loaded the record
    at the right version but before it wrote. The UPDATE's version condition refuses the second."""
    _the_later_of_two_checked_saves_is_refused(EDITS[name], clients, shared, monkeypatch)


# Only PostgreSQL: on SQLite a session save holds the file's write lock from its start (BEGIN IMMEDIATE), so no
# other save can commit inside it and the race cannot happen at all.
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_two_session_saves_that_pass_the_check_together_the_later_commit_is_refused(clients, shared, monkeypatch):
    edit = replace(EDITS["session"], save=lambda c, sh, d, words, v: (
        _session_with_other_people if c is clients[1] else _session_save)(c, sh, d, words, v))
    _the_later_of_two_checked_saves_is_refused(edit, clients, shared, monkeypatch)


def _the_later_of_two_checked_saves_is_refused(edit, clients, shared, monkeypatch) -> None:
    first, second = clients
    opened_by_first, version = edit.open(first, shared)
    opened_by_second, _ = edit.open(second, shared)
    load = versioned_save.load_for_update
    cut_in = []

    def load_then_let_the_first_user_save(session, entity, record_id, expected_version):
        record = load(session, entity, record_id, expected_version)
        if not cut_in:
            cut_in.append(True)
            edit.save(first, shared, opened_by_first, edit.words[0], version)
        return record

    monkeypatch.setattr(versioned_save, "load_for_update", load_then_let_the_first_user_save)

    with pytest.raises(StaleRecord, match="changed by someone else") as refused:
        edit.save(second, shared, opened_by_second, edit.words[1], version)

    assert cut_in and edit.stored(second, shared) == edit.words[0]
    assert refused.value.current_version == edit.open(second, shared)[1]


def test_the_refusal_names_what_was_changed(clients, shared):
    first, second = clients
    for edit in (EDITS["person"], EDITS["idea"]):
        opened, stale = _both_open_then_first_saves(edit, clients, shared)
        with pytest.raises(StaleRecord) as refused:
            edit.save(second, shared, opened, edit.words[1], stale)
        assert str(refused.value).startswith(("Łukasz Łukasiewicz was", "The idea “Shared glossary” was"))


def test_a_pair_removed_by_someone_else_cannot_be_overwritten(clients, shared):
    first, second = clients
    pair, version = _pair_open(second, shared)
    first.pairing.remove(shared.pair, version)

    with pytest.raises(NotFound, match="removed by someone else") as refused:
        second.pairing.end(pair.id, version)
    assert not isinstance(refused.value, StaleRecord)  # nothing is left to overwrite
    assert all(p.id != shared.pair for p in second.pairing.list_pairs(shared.world.program))


def test_a_program_closed_by_someone_else_refuses_the_stale_activation(clients, shared):
    """Status changes are edits too: activating from a stale form does not reopen a closed program."""
    first, second = clients
    info, version = _program_open(second, shared)
    first.programs.close(info.id, version)

    with pytest.raises(StaleRecord):
        second.programs.activate(info.id, version)
    assert first.programs.get(info.id).status.value == "closed"
    assert _pair_open(first, shared)[0].status is PairingStatus.ENDED  # closing ended the pair


def test_a_person_deactivated_from_a_stale_detail_is_refused(clients, shared):
    first, second = clients
    detail, version = _person_open(second, shared)
    first.people.edit_person(detail.id, replace(detail.as_input(), location="Gdańsk"), version)

    with pytest.raises(StaleRecord):
        second.people.set_active(detail.id, False, version)
    latest = first.people.get_person(detail.id)
    assert latest.active and latest.location == "Gdańsk"


# ------------------------------------------------------------------------------- a series of sessions


@pytest.fixture
def series(clients, shared):
    """A weekly series of three planned sessions; the second user opens the first occurrence's editor."""
    first, second = clients
    opened = first.scheduling.get(shared.world.session)
    start = datetime(2026, 4, 6, 9, 0, tzinfo=UTC)
    ids = first.scheduling.create(replace(
        _as_draft(opened), starts_at=start, agenda="Weekly review", repeat=Repeat(Frequency.WEEKLY, count=3)))
    return ids, second.scheduling.get(ids[0])


def _as_draft(d, **changes) -> SessionDraft:
    return replace(SessionDraft(d.kind, d.host_id, d.guest_ids, d.starts_at, d.duration, d.time_zone, d.location,
                                d.program_id, d.pairing_id, d.customer_id, d.project_id, d.agenda), **changes)


def _someone_rewrites_the_second_agenda(first: Client, ids: list[int]) -> None:
    second_occurrence = first.scheduling.get(ids[1])
    first.scheduling.update(ids[1], second_occurrence.version_id,
                            _as_draft(second_occurrence, agenda="Demo for the customer"))


def test_a_series_edit_opened_earlier_does_not_overwrite_an_occurrence_edited_since(clients, series):
    first, second = clients
    ids, opened = series
    _someone_rewrites_the_second_agenda(first, ids)

    with pytest.raises(StaleRecord, match=r"^Another session of this series \(Mon 13 Apr 2026, 09:00\) was "
                                          r"changed by someone else since you opened it\.$") as refused:
        second.scheduling.update(opened.id, opened.version_id, _as_draft(opened, location="Room 9"),
                                 EditScope.SERIES, series_versions=opened.series_versions)

    assert [first.scheduling.get(i).agenda for i in ids] == ["Weekly review", "Demo for the customer",
                                                            "Weekly review"]
    assert [first.scheduling.get(i).location for i in ids] == [opened.location] * 3
    # Overwrite: the same save with the versions the refusal carries.
    assert dict(refused.value.series_versions) == dict(first.scheduling.get(ids[0]).series_versions)
    second.scheduling.update(opened.id, refused.value.current_version, _as_draft(opened, location="Room 9"),
                             EditScope.SERIES, series_versions=refused.value.series_versions)
    assert [first.scheduling.get(i).agenda for i in ids] == ["Weekly review"] * 3


def test_cancelling_a_series_opened_earlier_is_refused_after_an_occurrence_changed(clients, series):
    first, second = clients
    ids, opened = series
    _someone_rewrites_the_second_agenda(first, ids)

    with pytest.raises(StaleRecord, match="Another session of this series"):
        second.scheduling.set_status(opened.id, opened.version_id, SessionStatus.CANCELLED, "Project paused",
                                     EditScope.SERIES, opened.series_versions)

    assert {first.scheduling.get(i).status for i in ids} == {SessionStatus.PLANNED}
    again = second.scheduling.get(ids[0])
    second.scheduling.set_status(again.id, again.version_id, SessionStatus.CANCELLED, "Project paused",
                                 EditScope.SERIES, again.series_versions)
    assert {first.scheduling.get(i).status for i in ids} == {SessionStatus.CANCELLED}


def test_a_series_edit_without_the_occurrences_versions_is_refused(clients, series):
    """A caller that does not say which occurrences it showed cannot overwrite them unseen."""
    _first, second = clients
    _ids, opened = series
    with pytest.raises(StaleRecord):
        second.scheduling.update(opened.id, opened.version_id, _as_draft(opened), EditScope.SERIES)
