"""The team server under load: many clients, each its own login, writing notes and reading them at once.

    .venv/bin/python benchmarks/bench_team_load.py [--clients 50] [--seconds 300] [--operations 100000]
                                                   [--pause 1.0] [--seed 1]

Starts its own throwaway PostgreSQL server on 127.0.0.1 (tests/pg_server.py), creates a ShadowDesk
database owned by a login that is not a superuser, runs `server init` as that owner and seeds two programs,
their people (one login each, every one a participant, two also coordinators and two managers), pairs and
completed sessions. Then each client, a process of its own with its own login, loops until the time
(--seconds) or its count of operations (--operations) runs out: it writes its notes through
ReflectionService (open_draft, save_draft with a random visibility, sometimes submit), searches them
(SearchService), lists what it may read (ReflectionService.readable), and reads `SELECT * FROM reflection`
and `SELECT * FROM search_entry` on its own connection. The machine has 2 cores for 50 clients and the
server, so each client pauses about --pause seconds between operations: the load is many people at once,
each lighter than a benchmark loop (and still busier than a person). With 50 clients the machine is busy
all the same: the figures are what 2 shared cores serve, not what the server could.

Checked on every read, not sampled:
- leaks: every note a read returns must be one services/visibility.reflection_visible_to allows that
  login, evaluated in the very snapshot the read saw: the read's transaction (REPEATABLE READ, so one
  snapshot) exports it before it ends and a superuser connection imports it and evaluates the rule. The
  superuser, not the owner, judges: FORCE ROW LEVEL SECURITY holds the owner, who reads no note at all.
  Raw reads must also show every allowed note ("hidden" counts the ones held back).
- lost updates: every note a client saved reads back (open_draft, its raw read, and the owner-independent
  superuser check at the end) with the text and version of its last save; every save's version is higher
  than the one before.
- deadlocks: every DatabaseDeadlock is counted and the whole call run again (storage.retry_deadlocks);
  one that still fails after its tries is counted as failed.
Anything else a client is refused (a participant's legitimate call refused by the server) is listed with
the call, the login's roles and the server's message.

Prints the figures and a row for docs/BENCHMARKS.md. tests/storage/test_team_load.py runs 6 clients for
10 seconds.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from sqlalchemy import Engine, create_engine, event, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from tests.pg_server import PostgresServer  # noqa: E402

from shadowdesk.model import (  # noqa: E402
    Enrollment,
    Pairing,
    PairingStatus,
    Person,
    Program,
    ProgramStatus,
    Reflection,
    SessionKind,
    SessionStatus,
    ShadowSession,
    Side,
    Visibility,
)
from shadowdesk.services.identity import IdentityService, TeamServer  # noqa: E402
from shadowdesk.services.reflections import ReflectionService  # noqa: E402
from shadowdesk.services.search import SearchService  # noqa: E402
from shadowdesk.services.visibility import reflection_visible_to  # noqa: E402
from shadowdesk.storage import Database, DatabaseDeadlock, open_database, retry_deadlocks  # noqa: E402

COORDINATORS, MANAGERS = 2, 2  # the first people are also coordinators, the next also managers
SESSIONS_PER_PAIR = 4
WORDS = ("pricing", "onboarding", "handover", "roadmap", "escalation")  # what notes say and searches look for
COMMON_WORD = "shadowing"  # in every note
ROW_HEADER = ("| clients | duration | operations | operations/s | leaks | lost updates | deadlocks retried "
              "| note save p50 / p95 | search p50 / p95 |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |")


@dataclass(frozen=True)
class ClientPlan:
    login: str
    person_id: int
    roles: tuple[str, ...]
    sessions: tuple[int, ...]  # the sessions this person hosted or joined: the notes they write


@dataclass(frozen=True)
class World:
    url: str  # the database, as the superuser of the throwaway server
    clients: tuple[ClientPlan, ...]

    def url_as(self, login: str) -> str:
        return make_url(self.url).set(username=login).render_as_string(hide_password=False)


@dataclass
class ClientReport:
    login: str
    roles: tuple[str, ...]
    operations: int = 0
    rows_checked: int = 0
    leaks: list[str] = field(default_factory=list)
    hidden: int = 0  # allowed notes a raw read did not show
    not_listed: int = 0  # allowed notes ReflectionService.readable did not list
    lost_updates: list[str] = field(default_factory=list)
    deadlocks: int = 0
    deadlocks_failed: int = 0
    refusals: list[str] = field(default_factory=list)
    save_ms: list[float] = field(default_factory=list)
    search_ms: list[float] = field(default_factory=list)
    saved: dict[int, tuple[int, str]] = field(default_factory=dict)  # note id -> (version, text) last saved


# The world ------------------------------------------------------------------------------------------------

def build_world(server: PostgresServer, prefix: str, people: int, seed: int = 1) -> World:
    """A ShadowDesk database on server owned by {prefix}_owner (not a superuser), set up by that owner with
    `server init` and one granted login per person; the names start with prefix (logins are per server)."""
    if people < 4:
        raise ValueError("The load needs at least 4 people: a pair in each of the two programs.")
    admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{prefix}_owner" LOGIN CREATEROLE'))
        connection.execute(text(f'CREATE DATABASE "{prefix}" OWNER "{prefix}_owner"'))
    admin.dispose()
    superuser_url = server.url(prefix)
    owner = open_database(make_url(superuser_url).set(username=f"{prefix}_owner")
                          .render_as_string(hide_password=False))
    try:
        sessions_of = _seed(owner, people, random.Random(seed))
        TeamServer(owner).init()
        team = TeamServer(owner)
        clients = []
        for number, (person_id, sessions) in enumerate(sessions_of.items()):
            login = f"{prefix}_p{number:02d}"
            roles = ("participant",) + (("coordinator",) if number < COORDINATORS else ()) + (
                ("manager",) if COORDINATORS <= number < COORDINATORS + MANAGERS else ())
            for role in roles:
                team.grant(_email(number), role, login=login)
            clients.append(ClientPlan(login, person_id, roles, tuple(sessions)))
    finally:
        owner.dispose()
    return World(superuser_url, tuple(clients))


def _email(number: int) -> str:
    return f"p{number:02d}@example.com"


def _seed(owner: Database, people: int, generator: random.Random) -> dict[int, list[int]]:
    """Two programs; their people paired A with B; four completed sessions per pair, hosted by each side in
    turn, every other one with a third person of the program as a guest. Returns person -> sessions."""
    now = datetime.now(UTC)
    with owner.transaction() as s:
        persons = [Person(full_name=f"Person {n:02d}", email=_email(n)) for n in range(people)]
        programs = [Program(name=f"Program {n}", start_date=date.today() - timedelta(days=60),
                            end_date=date.today() + timedelta(days=60), status=ProgramStatus.ACTIVE)
                    for n in (1, 2)]
        s.add_all([*persons, *programs])
        s.flush()
        sessions: list[ShadowSession] = []
        for index, program in enumerate(programs):
            members = persons[index::2]
            for position, person in enumerate(members):
                s.add(Enrollment(program_id=program.id, person_id=person.id, side=(Side.A, Side.B)[position % 2]))
            unpaired = members[-1:] if len(members) % 2 else []  # the odd one out joins the first pair's visits
            for first, second in zip(members[0::2], members[1::2], strict=False):
                pair = Pairing(program_id=program.id, person_a_id=first.id, person_b_id=second.id,
                               status=PairingStatus.CONFIRMED)
                s.add(pair)
                s.flush()
                for number in range(SESSIONS_PER_PAIR):
                    host, guest = (first, second) if number % 2 == 0 else (second, first)
                    guests = [guest]
                    others = [m for m in members if m not in (first, second)]
                    if number % 2 and others:
                        guests.append(unpaired.pop() if unpaired else generator.choice(others))
                    ends = now - timedelta(days=3 + len(sessions))
                    sessions.append(ShadowSession(
                        uid=f"load{len(sessions)}@bench", kind=SessionKind.PROJECT_SHADOW, program_id=program.id,
                        pairing_id=pair.id, host_id=host.id, starts_at=ends - timedelta(hours=2), ends_at=ends,
                        status=SessionStatus.COMPLETED, guests=guests))
        s.add_all(sessions)
        s.flush()
        taking_part: dict[int, list[int]] = {person.id: [] for person in persons}
        for shadow in sessions:
            for person_id in (shadow.host_id, *(g.id for g in shadow.guests)):
                taking_part[person_id].append(shadow.id)
    return taking_part


# One client -----------------------------------------------------------------------------------------------

class SnapshotJudge:
    """What reflection_visible_to allows the client in the snapshot its last read transaction saw.

    Listens to the end (commit or rollback) of every transaction on the client's reading engine: there the
    transaction exports its snapshot, and a superuser connection imports it and evaluates the app's rule
    for this viewer, so a note that changed visibility a moment later is judged as the read saw it."""

    def __init__(self, reader: Engine, superuser: Engine, viewer_id: int, office: bool) -> None:
        self._superuser = superuser
        self._query = select(Reflection.id).where(reflection_visible_to(viewer_id, office))
        self.allowed: set[int] | None = None
        self.seconds = 0.0  # time spent judging, left out of the latencies
        event.listen(reader, "commit", self._judge)
        event.listen(reader, "rollback", self._judge)

    def _judge(self, connection: Any) -> None:
        started = time.perf_counter()
        try:
            snapshot = connection.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
        except Exception:  # noqa: BLE001 - an aborted transaction (a deadlock being undone): nothing was read
            return
        with self._superuser.connect() as judge:
            judge.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
            self.allowed = set(judge.scalars(self._query))
            judge.rollback()
        self.seconds += time.perf_counter() - started

    def take(self) -> set[int]:
        allowed, self.allowed = self.allowed, None
        if allowed is None:
            raise AssertionError("a read ended without a snapshot to judge it by")
        return allowed


class Client:
    def __init__(self, plan: ClientPlan, world: World, seed: int) -> None:
        self.plan = plan
        self.report = ClientReport(plan.login, plan.roles)
        self.office = bool({"coordinator", "manager"} & set(plan.roles))  # as the app's SignedIn says
        self.random = random.Random(seed)
        self.writer = open_database(world.url_as(plan.login))
        # Reads see one snapshot, which the judge evaluates the rule in; the same pool as the writer.
        self.reader = Database(self.writer.engine.execution_options(isolation_level="REPEATABLE READ"))
        self.viewer = IdentityService(self.writer).whoami()  # the reader shares the writer's event listeners
        self.superuser = create_engine(world.url, isolation_level="REPEATABLE READ", pool_size=1)
        self.judge = SnapshotJudge(self.reader.engine, self.superuser, self.viewer.person_id,
                                   self.viewer.reads_every_program)
        self.notes = ReflectionService(self.writer)
        self.readings = ReflectionService(self.reader)
        self.search = SearchService(self.reader)

    def close(self) -> None:
        self.writer.dispose()
        self.superuser.dispose()

    def run(self, deadline: float, operations: int, pause: float) -> None:
        actions = (self.write_note, self.write_note, self.search_notes, self.list_notes, self.read_raw)
        while time.monotonic() < deadline and self.report.operations < operations:
            action = self.random.choice(actions)
            try:
                action()
            except Exception as exc:  # noqa: BLE001 - reported with the call, the roles and the message
                self.report.refusals.append(f"{action.__name__} as {'+'.join(self.plan.roles)} "
                                            f"{self.plan.login}: {type(exc).__name__}: {exc}")
            time.sleep(pause * self.random.uniform(0.5, 1.5))

    def _call(self, unit: Callable[..., Any], *args: Any) -> Any:
        """unit(*args) as one operation, run again after a deadlock (counted) by the storage's own retry."""
        def attempt() -> Any:
            try:
                return unit(*args)
            except DatabaseDeadlock:
                self.report.deadlocks += 1
                raise
        self.report.operations += 1
        try:
            return retry_deadlocks(attempt)()
        except DatabaseDeadlock:
            self.report.deadlocks_failed += 1
            raise

    # Writing: open, save with a random visibility, sometimes submit; every version read back.

    def write_note(self) -> None:
        session_id = self.random.choice(self.plan.sessions)
        draft = self._call(self.notes.open_draft, session_id, self.plan.person_id)
        self._expect(draft.id, draft.version_id, draft.free_text, "open_draft")
        word = self.random.choice(WORDS)
        body = f"{COMMON_WORD} {word} by {self.plan.login} on {session_id}, save {self.random.getrandbits(40):x}"
        visibility = self.random.choice(list(Visibility))
        started = time.perf_counter()
        saved = self._call(self.notes.save_draft, draft.id, draft.version_id, [word] * len(draft.prompts), body,
                           self.random.randint(1, 5), visibility)
        self.report.save_ms.append((time.perf_counter() - started) * 1000)
        self._saved(draft.id, draft.version_id, saved.version_id, body)
        if self.random.random() < 0.3:
            submitted = self._call(self.notes.submit, draft.id, saved.version_id)
            self._saved(draft.id, saved.version_id, submitted.version_id, body)

    def _saved(self, note_id: int, before: int, after: int, body: str) -> None:
        if after <= before:
            self.report.lost_updates.append(f"note {note_id}: saved as version {after} after {before}")
        self.report.saved[note_id] = (after, body)

    def _expect(self, note_id: int, version: int, body: str, where: str) -> None:
        last = self.report.saved.get(note_id)
        if last is not None and last != (version, body):
            self.report.lost_updates.append(f"note {note_id} read by {where} as version {version} {body!r}, "
                                            f"last saved {last[0]} {last[1]!r}")

    # Reading: every note returned judged against the rule in the read's own snapshot.

    def search_notes(self) -> None:
        query = self.random.choice((COMMON_WORD, *WORDS))
        started, judged = time.perf_counter(), self.judge.seconds
        results = self._call(lambda: self.search.search(query, self.plan.person_id, office=self.office))  # page 1
        self.report.search_ms.append((time.perf_counter() - started - (self.judge.seconds - judged)) * 1000)
        self._judge("search", {hit.id for hit in results.hits if hit.kind == "reflection"}, self.judge.take())

    def list_notes(self) -> None:
        listed = {summary.id for summary in self._call(
            lambda: self.readings.readable(self.plan.person_id, office=self.office))}
        self.report.not_listed += len(self._judge("listing", listed, self.judge.take()) - listed)

    def read_raw(self) -> None:
        def read() -> tuple[list[Any], list[Any]]:
            with self.reader.session() as s:
                return (s.execute(text("SELECT * FROM reflection")).all(),
                        s.execute(text("SELECT * FROM search_entry WHERE kind = 'reflection'")).all())
        notes, copies = self._call(read)
        allowed = self._judge("raw reflection", {row.id for row in notes}, self.judge.take())
        self._judge("raw search_entry", {row.ref_id for row in copies}, allowed)
        self.report.hidden += len(allowed - {row.id for row in notes}) + len(allowed - {row.ref_id for row in copies})
        for row in notes:
            if row.author_id == self.plan.person_id:
                self._expect(row.id, row.version_id, row.free_text, "raw read")

    def _judge(self, what: str, seen: set[int], allowed: set[int]) -> set[int]:
        self.report.rows_checked += len(seen)
        for note_id in sorted(seen - allowed):
            self.report.leaks.append(f"{what} showed note {note_id} to {self.plan.login} "
                                     f"({'+'.join(self.plan.roles)}), which its rule does not allow")
        return allowed


def _client_process(plan: ClientPlan, world: World, seed: int, seconds: float, operations: int, pause: float,
                    start: Any, reports: Any) -> None:
    report, client = ClientReport(plan.login, plan.roles), None
    try:
        client = Client(plan, world, seed)
        report = client.report
    except Exception:  # noqa: BLE001 - a client that cannot even sign in is part of the report
        report.refusals.append(f"client {plan.login} could not start: {traceback.format_exc()}")
    start.wait()
    if client is not None:
        try:
            client.run(time.monotonic() + seconds, operations, pause)
        except Exception:  # noqa: BLE001 - so is one that stops
            report.refusals.append(f"client {plan.login} stopped: {traceback.format_exc()}")
        finally:
            client.close()
    reports.put(report)


# The run --------------------------------------------------------------------------------------------------

@dataclass
class LoadResult:
    clients: int
    seconds: float
    reports: list[ClientReport]
    final_lost_updates: list[str]

    def total(self, name: str) -> int:
        """A count of the clients' reports summed over them (a list counts its lines)."""
        return sum(len(v) if isinstance(v := getattr(r, name), list) else v for r in self.reports)

    @property
    def leaks(self) -> int:
        return self.total("leaks")

    @property
    def lost_updates(self) -> int:
        return self.total("lost_updates") + len(self.final_lost_updates)

    def latencies(self, name: str) -> tuple[float, float]:
        values = [v for r in self.reports for v in getattr(r, name)]
        if len(values) < 2:
            return (values[0], values[0]) if values else (float("nan"), float("nan"))
        cuts = statistics.quantiles(values, n=20)
        return statistics.median(values), cuts[18]

    def markdown_row(self) -> str:
        operations = self.total("operations")
        save, search = self.latencies("save_ms"), self.latencies("search_ms")
        retried = self.total("deadlocks") - self.total("deadlocks_failed")
        return (f"| {self.clients} | {self.seconds:.0f} s | {operations:,} | {operations / self.seconds:.1f} "
                f"| {self.leaks} | {self.lost_updates} | {retried} ({self.total('deadlocks_failed')} failed) "
                f"| {save[0]:.0f} / {save[1]:.0f} ms | {search[0]:.0f} / {search[1]:.0f} ms |")


def run_load(world: World, seconds: float, operations: int = 100_000, pause: float = 1.0,
             seed: int = 1) -> LoadResult:
    """Run one process per client of world against it at once; returns what they saw."""
    clients = len(world.clients)
    context = multiprocessing.get_context("fork")  # cheap on 2 cores: the imports are done once
    start, reports = context.Barrier(clients + 1), context.Queue()
    processes = [context.Process(target=_client_process, name=plan.login,
                                 args=(plan, world, seed * 1000 + n, seconds, operations, pause, start, reports))
                 for n, plan in enumerate(world.clients)]
    for process in processes:
        process.start()
    start.wait(timeout=120 + clients * 5)  # every client connected and signed in
    began = time.monotonic()
    collected = [reports.get(timeout=seconds + 120) for _ in processes]
    elapsed = time.monotonic() - began
    for process in processes:
        process.join(timeout=30)
        if process.is_alive():
            process.kill()
    return LoadResult(clients, elapsed, collected, _final_check(world, collected))


def _final_check(world: World, reports: list[ClientReport]) -> list[str]:
    """Every note as its author last saved it, read by the superuser after the run."""
    engine = create_engine(world.url)
    try:
        with engine.connect() as connection:
            stored = {row.id: (row.version_id, row.free_text) for row in
                      connection.execute(select(Reflection.id, Reflection.version_id, Reflection.free_text))}
    finally:
        engine.dispose()
    return [f"note {note_id} of {report.login}: stored {stored.get(note_id)}, last saved {last}"
            for report in reports for note_id, last in report.saved.items() if stored.get(note_id) != last]


class RoomyServer(PostgresServer):
    """The tests' throwaway server with room for 50 clients' connections (two each, and a judge's)."""

    def start(self, max_connections: int = 400) -> None:
        super().start()
        admin = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"ALTER SYSTEM SET max_connections = {max_connections}"))
        admin.dispose()
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", "-l", str(self.dir / "server.log"), "restart")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--operations", type=int, default=100_000, help="at most this many per client")
    parser.add_argument("--pause", type=float, default=1.0, help="seconds a client waits between operations")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    server = RoomyServer()
    server.start()
    try:
        world = build_world(server, "load", args.clients, args.seed)
        result = run_load(world, args.seconds, args.operations, args.pause, args.seed)
    finally:
        server.stop()
    for report in result.reports:
        for line in report.leaks + report.lost_updates + report.refusals:
            print(line)
    for line in result.final_lost_updates:
        print(line)
    notes_saved = sum(len(report.saved) for report in result.reports)
    print(f"rows checked {result.total('rows_checked'):,}; allowed notes a raw read held back "
          f"{result.total('hidden')}; deadlocks seen {result.total('deadlocks')}, failed after retries "
          f"{result.total('deadlocks_failed')}; refused or failed calls {result.total('refusals')}; "
          f"notes saved {notes_saved}")
    office = [report for report in result.reports if set(report.roles) - {"participant"}]
    print(f"allowed notes the listing did not show: to participants "
          f"{sum(r.not_listed for r in result.reports if r not in office)}, to coordinators and managers "
          f"{sum(r.not_listed for r in office)}")
    print(ROW_HEADER)
    print(result.markdown_row())
    failed = result.leaks or result.lost_updates or result.total("deadlocks_failed") or result.total("refusals")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
