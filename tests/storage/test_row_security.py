"""The team server enforces note privacy itself: each login, reading with raw SQL or through the services,
gets exactly the rows services/visibility.py allows it, and each role only the changes it may make.

PostgreSQL only (row-level security); tests/services/test_identity.py covers who you are on both backends.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from shadowdesk.model import (
    Enrollment,
    Idea,
    IdeaStatus,
    PerceptionPhase,
    Person,
    Program,
    ProgramStatus,
    Reflection,
    ReflectionStatus,
    SessionKind,
    SessionStatus,
    ShadowSession,
    Side,
    Visibility,
)
from shadowdesk.services.dashboard import DashboardService
from shadowdesk.services.errors import UserError
from shadowdesk.services.ideas import IdeaService
from shadowdesk.services.identity import IdentityService, TeamServer
from shadowdesk.services.people import PeopleService, PersonInput
from shadowdesk.services.perception import QUESTIONS, PerceptionService
from shadowdesk.services.programs import ProgramDraft, ProgramService
from shadowdesk.services.reflections import ReflectionService
from shadowdesk.services.scheduling import SchedulingService
from shadowdesk.services.search import SearchService
from shadowdesk.services.visibility import reflection_visible_to
from shadowdesk.settings import SettingsStore
from shadowdesk.storage import open_database, row_security
from shadowdesk.storage.search_index import sync

ENDED = datetime(2026, 3, 2, 12, tzinfo=UTC)
PEOPLE = ("cora", "mona", "anna", "bea", "carl", "dina", "emil")  # coordinator, manager, participants
ROLES = {"cora": ("coordinator",), "mona": ("manager",), "emil": ("participant", "manager")}


@dataclass
class TeamWorld:
    url: str
    owner: object  # the Database opened as the superuser who set the server up
    person: dict[str, int]  # name -> person id
    login: dict[str, str]  # name -> PostgreSQL login
    notes: dict[tuple[int, int], int]  # (session, author) -> reflection id
    program: int

    def database_as(self, name: str):
        return open_database(self.url_as(name))

    def url_as(self, name: str) -> str:
        return make_url(self.url).set(username=self.login[name]).render_as_string(hide_password=False)

    def raw(self, name: str, sql: str, **params) -> list:
        engine = create_engine(self.url_as(name))
        try:
            with engine.connect() as connection:
                return connection.execute(text(sql), params).all()
        finally:
            engine.dispose()


def _marker(session_id: int, author_id: int, visibility: Visibility, status: ReflectionStatus) -> str:
    return f"mark{session_id}x{author_id}{visibility.value}{status.value}"


@pytest.fixture
def team(postgres_server) -> TeamWorld:
    """Seven people in two programs, sessions with one or two guests, and a note by every participant of
    every session in a visibility and status drawn at random (fixed seed), answers included."""
    url = postgres_server.new_database()
    owner = open_database(url)
    prefix = make_url(url).database
    generator = random.Random(13)
    with owner.transaction() as s:
        people = {name: Person(full_name=name.title(), email=f"{name}@example.com") for name in PEOPLE}
        programs = [Program(name=f"P{n}", start_date=date(2026, 1, 1), end_date=date(2026, 6, 30),
                            status=ProgramStatus.ACTIVE) for n in (1, 2)]
        s.add_all([*people.values(), *programs])
        s.flush()
        participants = [people[n] for n in ("anna", "bea", "carl", "dina", "emil")]
        for index, person in enumerate(participants):
            side = (Side.A, Side.B)[index % 2]
            s.add(Enrollment(program_id=programs[index % 2].id, person_id=person.id, side=side))
        s.add(Enrollment(program_id=programs[0].id, person_id=people["mona"].id, side=Side.A))
        sessions = []
        for number in range(8):
            host, *guests = generator.sample(participants, generator.choice((2, 3)))
            sessions.append(ShadowSession(
                uid=f"s{number}@test", kind=SessionKind.PROJECT_SHADOW, program_id=programs[number % 2].id,
                host_id=host.id, starts_at=ENDED - timedelta(days=number, hours=2),
                ends_at=ENDED - timedelta(days=number),
                status=SessionStatus.COMPLETED, guests=guests))
        s.add_all(sessions)
        s.flush()
        ids = {name: person.id for name, person in people.items()}
        session_people = [(shadow.id, [shadow.host_id, *(g.id for g in shadow.guests)]) for shadow in sessions]
        program_ids = [p.id for p in programs]
    notes = {}
    service = ReflectionService(owner)
    for session_id, authors in session_people:
        for author in authors:
            visibility = generator.choice(list(Visibility))
            status = generator.choice(list(ReflectionStatus))
            marker = _marker(session_id, author, visibility, status)
            draft = service.open_draft(session_id, author)
            saved = service.save_draft(draft.id, draft.version_id, [f"answer {marker}"] * len(draft.prompts),
                                       f"text {marker}", generator.randint(1, 5), visibility)
            if status is ReflectionStatus.SUBMITTED:
                service.submit(draft.id, saved.version_id)
            notes[(session_id, author)] = draft.id
    server = TeamServer(owner)
    server.init()
    logins = {name: f"{prefix}_{name}" for name in PEOPLE}
    for name in PEOPLE:
        for role in ROLES.get(name, ("participant",)):
            server.grant(f"{name}@example.com", role, login=logins[name])
    yield TeamWorld(url, owner, ids, logins, notes, program_ids[0])
    owner.dispose()


def _office(name: str) -> bool:
    return any(role in ("coordinator", "manager") for role in ROLES.get(name, ()))


def _allowed(team: TeamWorld, name: str) -> set[int]:
    """What services/visibility.py lets this person read (computed as the superuser, who sees every row)."""
    with team.owner.session() as s:
        return set(s.scalars(select(Reflection.id).where(
            reflection_visible_to(team.person[name], program_office=_office(name)))))


def test_every_login_reads_exactly_the_notes_the_apps_rules_allow_in_the_table_and_the_search_copy(team):
    with team.owner.transaction() as s:
        sync(s)  # every note has its copy in the index
    every_note = set(team.notes.values())
    for name in PEOPLE:
        allowed = _allowed(team, name)
        assert allowed < every_note  # nobody reads everything: the check is not empty
        assert {row.id for row in team.raw(name, "SELECT id FROM reflection")} == allowed, name
        copies = team.raw(name, "SELECT ref_id FROM search_entry WHERE kind = 'reflection'")
        assert {row.ref_id for row in copies} == allowed, name
        queued = team.raw(name, "SELECT ref_id FROM search_pending WHERE kind = 'reflection'")
        assert queued == []


def test_participant_reads_no_private_draft_or_other_pairs_note_of_another_anywhere(team):
    bea = team.person["bea"]
    anna = team.person["anna"]
    texts = " ".join(row[0] for row in team.raw(
        "bea", "SELECT free_text || answers::text FROM reflection UNION ALL SELECT folded FROM search_entry"))
    with team.owner.session() as s:
        for (session_id, author), note_id in team.notes.items():
            note = s.get(Reflection, note_id)
            marker = _marker(session_id, author, note.visibility, note.status)
            in_pair = bea in [note.session.host_id, *(g.id for g in note.session.guests)]
            forbidden = author != bea and (
                note.status is ReflectionStatus.DRAFT or note.visibility is Visibility.PRIVATE
                or (note.visibility is Visibility.PAIR and not in_pair))
            if forbidden:
                assert marker not in texts
    hidden_from_bea = {note_id for (_, author), note_id in team.notes.items() if author == anna} - _allowed(team, "bea")
    assert hidden_from_bea  # anna wrote notes bea may not see: what follows checks something
    # Through the services, even when asking as anna: the server answers for the login, not the question.
    as_bea = team.database_as("bea")
    try:
        IdentityService(as_bea)
        readable = {note.id for note in ReflectionService(as_bea).readable(anna)}
        assert readable and not readable & hidden_from_bea
        hits = SearchService(as_bea).search("mark", anna, limit=500).hits
        found = {hit.id for hit in hits if hit.kind != "idea"}
        assert found and not found & hidden_from_bea
    finally:
        as_bea.dispose()


def test_coordinator_reads_no_private_note_and_no_private_rating_moves_the_average(team):
    rows = team.raw("cora", "SELECT visibility, status FROM reflection WHERE author_id <> :me", me=team.person["cora"])
    assert rows and all(row.visibility == "program" and row.status == "submitted" for row in rows)
    average = team.raw("cora", "SELECT avg(rating) FROM reflection")[0][0]
    with team.owner.session() as s:
        shared = s.scalars(select(Reflection.rating).where(reflection_visible_to(team.person["cora"], True))).all()
        everything = s.scalars(select(Reflection.rating)).all()
    assert float(average) == pytest.approx(sum(shared) / len(shared))
    assert sum(shared) / len(shared) != pytest.approx(sum(everything) / len(everything))


def test_perception_ratings_are_the_participants_own_and_the_program_offices(team):
    as_anna = team.database_as("anna")
    program = team.program
    try:
        PerceptionService(as_anna).record(program, team.person["anna"], PerceptionPhase.START, [3] * len(QUESTIONS))
    finally:
        as_anna.dispose()
    assert len(team.raw("anna", "SELECT * FROM perception_rating")) == 1
    assert team.raw("carl", "SELECT * FROM perception_rating") == []
    assert len(team.raw("mona", "SELECT * FROM perception_rating")) == 1
    with pytest.raises(ProgrammingError, match="row-level security"):
        team.raw("carl", "INSERT INTO perception_rating (program_id, person_id, phase, scores, created_at) "
                 "VALUES (:p, :a, 'end', '[1]', now())", p=program, a=team.person["anna"])


def test_participant_cannot_change_a_program_or_a_person_and_is_told_so_in_plain_words(team):
    for statement in ("UPDATE program SET name = 'x'", "UPDATE person SET full_name = 'x'",
                      "UPDATE pairing SET reason = 'x'", "UPDATE reflection SET free_text = 'x' "
                      "WHERE author_id <> (SELECT person_id FROM app_user WHERE login = session_user)"):
        try:
            changed = team.raw("bea", statement + " RETURNING 1")
        except ProgrammingError as exc:
            assert exc.orig.sqlstate == row_security.INSUFFICIENT_PRIVILEGE
        else:
            assert changed == [], statement  # another's note: not even found
    as_bea = team.database_as("bea")
    try:
        IdentityService(as_bea)
        programs = ProgramService(as_bea)
        program = programs.get(team.program)
        with pytest.raises(row_security.NotPermitted, match="refused this.*permission denied for table program"):
            programs.update(team.program, ProgramDraft("Renamed", program.start_date, program.end_date),
                            program.version_id)
        people = PeopleService(as_bea)
        with pytest.raises(row_security.NotPermitted, match="your role does not allow it"):
            people.edit_person(team.person["anna"], PersonInput("Anna X", "anna@example.com"), 1)
    finally:
        as_bea.dispose()
    with team.owner.session() as s:
        assert s.get(Program, team.program).name == "P1"


def test_manager_decides_ideas_and_cannot_edit_the_roster(team):
    idea = IdeaService(team.owner).create("Shared glossary", "", team.person["anna"])
    as_mona = team.database_as("mona")
    try:
        IdentityService(as_mona)
        decided = IdeaService(as_mona).move(idea.id, idea.version_id, IdeaStatus.ADOPTED, "Worth it")
        assert decided.status is IdeaStatus.ADOPTED
        with pytest.raises(row_security.NotPermitted):
            PeopleService(as_mona).add_person(PersonInput("New Person", "new@example.com"))
    finally:
        as_mona.dispose()
    with team.owner.session() as s:
        assert s.get(Idea, idea.id).decision_note == "Worth it"
        assert s.scalar(select(Person).where(Person.email == "new@example.com")) is None
    with pytest.raises(ProgrammingError, match="permission denied"):
        team.raw("bea", "UPDATE idea SET status = 'declined'")


def test_whoami_is_the_login_connected_with_its_roles(team):
    for name in ("cora", "emil", "bea"):
        database = team.database_as(name)
        try:
            viewer = IdentityService(database).whoami()
        finally:
            database.dispose()
        assert viewer.person_id == team.person[name]
        assert viewer.roles == frozenset(ROLES.get(name, ("participant",)))


def test_init_twice_is_fine_and_the_superuser_is_refused_with_the_reason(team):
    assert "superuser" in TeamServer(team.owner).init()
    with team.owner.session() as s:
        protected = s.scalars(text("SELECT DISTINCT tablename FROM pg_policies WHERE schemaname = current_schema() "
                                   "ORDER BY tablename")).all()
        assert row_security.unprotected_tables(s.connection()) == []
    assert tuple(protected) == row_security.PROTECTED_TABLES  # what a login is refused without
    assert {row.id for row in team.raw("bea", "SELECT id FROM reflection")} == _allowed(team, "bea")
    with pytest.raises(UserError, match="is a superuser.*every note"):
        IdentityService(team.owner).whoami()


def test_a_login_without_a_person_is_told_to_ask_the_coordinator(team):
    with team.owner.transaction() as s:
        s.execute(text(f'CREATE ROLE "{team.login["cora"]}_2" LOGIN IN ROLE shadowdesk_participant'))
    team.login["stranger"] = team.login["cora"] + "_2"
    stranger = team.database_as("stranger")
    try:
        with pytest.raises(UserError, match=f"Your login {team.login['stranger']} is not linked to a person"):
            IdentityService(stranger).whoami()
    finally:
        stranger.dispose()
    assert team.raw("stranger", "SELECT id FROM reflection") == []


def database_owned_by_a_login(postgres_server) -> tuple[str, str]:
    """A realistic set-up: a new database that belongs to a login that is not a superuser; (its URL as that
    login, the login)."""
    admin = create_engine(postgres_server.url(), isolation_level="AUTOCOMMIT")
    name = make_url(postgres_server.new_database()).database + "_own"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{name}" LOGIN CREATEROLE'))
        connection.execute(text(f'CREATE DATABASE "{name}" OWNER "{name}"'))
    admin.dispose()
    return make_url(postgres_server.url(name)).set(username=name).render_as_string(hide_password=False), name


def test_the_tables_owner_is_refused_day_to_day(postgres_server):
    url, name = database_owned_by_a_login(postgres_server)
    database = open_database(url)
    try:
        with database.transaction() as s:
            s.add(Person(full_name="Otto Owner", email="otto@example.com"))
        refusal = TeamServer(database).init()
        assert "owns ShadowDesk's tables" in refusal
        with pytest.raises(UserError, match="owns ShadowDesk's tables"):
            IdentityService(database).whoami()
        with pytest.raises(UserError, match="owns ShadowDesk's tables"):
            TeamServer(database).grant("otto@example.com", "coordinator", login=name)
    finally:
        database.dispose()


def test_a_participants_search_leaves_the_notes_they_cannot_read_queued_for_their_readers(team):
    with team.owner.transaction() as s:  # as after a restore or a bulk import: every note waits to be indexed
        s.execute(text("INSERT INTO search_pending (kind, ref_id) SELECT 'reflection', id FROM reflection "
                       "ON CONFLICT DO NOTHING"))
    as_bea = team.database_as("bea")
    try:
        SearchService(as_bea).search("mark", team.person["bea"])
    finally:
        as_bea.dispose()
    with team.owner.session() as s:
        waiting = set(s.scalars(text("SELECT ref_id FROM search_pending WHERE kind = 'reflection'")))
        indexed = set(s.scalars(text("SELECT ref_id FROM search_entry WHERE kind = 'reflection'")))
    assert waiting == set(team.notes.values()) - _allowed(team, "bea")
    assert indexed == set(team.notes.values())


def test_the_coordinators_notes_due_count_private_notes_as_written_and_drafts_as_started(team):
    """The coordinator may not read a private note or a draft, yet must not chase it as unwritten."""
    now = ENDED + timedelta(days=30)
    truth = ReflectionService(team.owner)  # the superuser reads every note: what SQLite answers too
    with team.owner.session() as s:
        notes = s.scalars(select(Reflection).where(Reflection.author_id != team.person["cora"])).all()
        private_ids = {n.id for n in notes if n.status is ReflectionStatus.SUBMITTED
                       and n.visibility is Visibility.PRIVATE}
        private = {(n.session_id, n.author_id) for n in notes if n.id in private_ids}
        drafts = {(n.session_id, n.author_id) for n in notes if n.status is ReflectionStatus.DRAFT}
    assert private and drafts  # the fixture holds both kinds
    as_cora = team.database_as("cora")
    try:
        IdentityService(as_cora)
        service = ReflectionService(as_cora)
        due = {(d.session.id, d.person_id): d.has_draft for d in service.due(now)}
        assert due == {(d.session.id, d.person_id): d.has_draft for d in truth.due(now)}
        assert service.count_due(now) == truth.count_due(now) == len(due)
        # The dashboard's total is the same rule, counted on note_state too.
        assert DashboardService(as_cora).counts(now, "UTC").reflections_due == len(due)
    finally:
        as_cora.dispose()
    assert not private & due.keys()
    assert all(due[key] for key in drafts)  # started, not unwritten
    hidden = private_ids | {team.notes[key] for key in drafts}
    assert team.raw("cora", "SELECT free_text, answers, rating FROM reflection WHERE id = ANY(:ids)",
                    ids=list(hidden)) == []
    columns = team.raw("cora", "SELECT column_name FROM information_schema.columns WHERE table_name = 'note_state'")
    assert {row.column_name for row in columns} == {"reflection_id", "session_id", "author_id", "status",
                                                    "submitted_at"}
    assert len(team.raw("cora", "SELECT * FROM note_state")) == len(team.notes)
    own = team.raw("bea", "SELECT author_id FROM note_state")
    assert own and {row.author_id for row in own} == {team.person["bea"]}


def _planned_session_of(team: TeamWorld, host: str, guest: str) -> int:
    with team.owner.transaction() as s:
        guests = [s.get_one(Person, team.person[guest])]
        shadow = ShadowSession(uid="planned@test", kind=SessionKind.PROJECT_SHADOW, program_id=team.program,
                               host_id=team.person[host], starts_at=ENDED + timedelta(days=7),
                               ends_at=ENDED + timedelta(days=7, hours=2), status=SessionStatus.PLANNED,
                               guests=guests)
        s.add(shadow)
        s.flush()
        return shadow.id


def test_a_participant_sets_the_status_of_their_own_sessions_only(team, tmp_path):
    theirs = _planned_session_of(team, "anna", "carl")
    for statement in ("UPDATE shadow_session SET status = 'cancelled', status_reason = 'not mine' "
                      "WHERE id = :id RETURNING id", "UPDATE shadow_session SET status_reason = 'x' RETURNING id"):
        try:
            changed = team.raw("bea", statement, id=theirs)
        except ProgrammingError as exc:
            assert exc.orig.sqlstate == row_security.INSUFFICIENT_PRIVILEGE
        else:
            assert changed == [], statement
    as_bea = team.database_as("bea")
    try:
        IdentityService(as_bea)
        scheduling = SchedulingService(as_bea, SettingsStore(tmp_path / "settings.json"))
        version = scheduling.get(theirs).version_id
        with pytest.raises(row_security.NotPermitted, match="refused this.*your role does not allow it"):
            scheduling.set_status(theirs, version, SessionStatus.CANCELLED, "not my session")
    finally:
        as_bea.dispose()
    with team.owner.session() as s:
        assert s.get_one(ShadowSession, theirs).status is SessionStatus.PLANNED
    as_carl = team.database_as("carl")  # a guest of the session may
    try:
        IdentityService(as_carl)
        scheduling = SchedulingService(as_carl, SettingsStore(tmp_path / "settings.json"))
        version = scheduling.get(theirs).version_id
        scheduling.set_status(theirs, version, SessionStatus.CANCELLED, "customer moved it")
    finally:
        as_carl.dispose()
    assert team.raw("bea", "SELECT status FROM shadow_session WHERE id = :id", id=theirs)[0].status == "cancelled"
    cora = team.raw("cora", "UPDATE shadow_session SET status_reason = 'checked' WHERE id = :id RETURNING id",
                    id=theirs)
    assert len(cora) == 1  # the coordinator changes any session


def _managers_rates(database, app_paths, now) -> dict[str, float | None]:
    from shadowdesk.app import Services
    from shadowdesk.services.homes import HomeService

    services = Services(database, app_paths)
    home = HomeService(database, services.reflections, services.reports, services.dashboard,
                       services.skills).manager(now, lambda program_id: {}, [], None)
    return {health.name: health.reflection_rate for health in home.programs}


def test_the_managers_reflection_rate_counts_a_private_note_as_written(team, app_paths):
    """The manager may not read a private note, yet the program's reflection rate must not drop for it."""
    now = ENDED + timedelta(days=30)
    with team.owner.session() as s:
        assert s.scalar(select(Reflection.id).where(Reflection.visibility == Visibility.PRIVATE,
                                                    Reflection.status == ReflectionStatus.SUBMITTED))
    as_mona = team.database_as("mona")
    try:
        IdentityService(as_mona)
        seen = _managers_rates(as_mona, app_paths, now)
    finally:
        as_mona.dispose()
    assert seen == _managers_rates(team.owner, app_paths, now) and any(seen.values())
