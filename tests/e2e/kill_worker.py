"""The kill harness: a write-heavy workload through ShadowDesk's storage layer, killed with SIGKILL at
chosen points, and the ledger that checks afterwards that nothing reported committed was lost.

Run as a script it is the worker: it imports the app once, then for every "RUN <seed> <plan> <commits>
<step>" line on stdin forks a child that opens the database the way the app does and writes until it is
killed. Forking a warm process keeps a kill cycle at a few tens of milliseconds instead of half a second
of imports, so hundreds of kills fit in a test. The child reports on stdout, one os.write per line
(atomic on a pipe):
    BEGIN <op> <token> [<value>]       flushed, about to commit
    COMMITTED <op> <token> [<value>]   the commit returned
    HOLD <where>                       stopped where the plan says, waiting for the kill
The worker itself prints "PID <pid>" after the fork and "EXIT <pid> <status>" once the child is gone.

The harness picks each kill's moment from what the child reports, never from a clock, so a machine busy
with other work changes how long a run takes, not what it proves. Every plan lets <commits> transactions
commit first (1 to 4), then:
    after    kill as soon as the last of them is reported; the child writes on meanwhile, so the kill
             lands wherever it happens to be (a statement, a commit, between two)
    commit   the child reports BEGIN for the next transaction and holds before its COMMIT
    step     the child holds inside a statement, at the <step>-th SQLite progress callback (one every
             STEP_INSTRUCTIONS virtual-machine instructions) of the writes that follow

Used by tests/e2e/test_kill_harness.py (200+ kills) and benchmarks/bench_kill.py (longer).
"""

from __future__ import annotations

import gc
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EMAIL_DOMAIN = "kill.test"
PLANS = ("after", "commit", "step")
STEP_INSTRUCTIONS = 20
MAX_STEP = 150  # about the progress callbacks of three transactions: the holds spread over them
WRITES_AFTER_THE_LAST_COMMIT = 3  # "after": the child writes this much more, then holds until killed
HOLD_S = 60  # a child that is never killed (a broken harness) ends by itself, and the test fails


# ---------------------------------------------------------------- the worker (runs in the subprocess)


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def _hold(where: str) -> None:
    _say(f"HOLD {where}")
    time.sleep(HOLD_S)
    os._exit(3)


def _create(session, rng: random.Random):
    from shadowdesk.model import (
        Enrollment,
        Idea,
        Pairing,
        Person,
        Program,
        Reflection,
        SessionKind,
        ShadowSession,
        Side,
    )

    token = f"{rng.getrandbits(48):012x}"
    host, guest_1, guest_2 = (
        Person(full_name=f"{role} {token}", email=f"{token}-{role}@{EMAIL_DOMAIN}")
        for role in ("host", "guest1", "guest2")
    )
    program = Program(name=f"kill-{token}", start_date=date(2026, 1, 5), end_date=date(2026, 6, 30))
    enrollments = [
        Enrollment(program=program, person=host, side=Side.A),
        Enrollment(program=program, person=guest_1, side=Side.B),
        Enrollment(program=program, person=guest_2, side=Side.B),
    ]
    pairing = Pairing(program=program, person_a=host, person_b=guest_1)
    starts = datetime(2026, 3, 2, 9, tzinfo=UTC) + timedelta(hours=rng.randrange(2000))
    shadow = ShadowSession(
        uid=token,
        kind=SessionKind.PROJECT_SHADOW,
        program=program,
        pairing=pairing,
        host=host,
        guests=[guest_1, guest_2],
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        agenda="v0",
    )
    reflection = Reflection(session=shadow, author=host, free_text="v0")
    idea = Idea(title=f"idea {token}", proposer=host, program=program, sessions=[shadow])
    session.add_all([host, guest_1, guest_2, program, *enrollments, pairing, shadow, reflection, idea])
    return token, None


def _pick(session, rng: random.Random):
    from sqlalchemy import func, select

    from shadowdesk.model import ShadowSession

    return session.scalars(select(ShadowSession).order_by(func.random()).limit(1)).first()


def _update(session, rng: random.Random):
    """Replace the second guest by a newcomer enrolled in the program, and rewrite agenda and note."""
    from sqlalchemy import select

    from shadowdesk.model import Enrollment, Person, Reflection, Side

    shadow = _pick(session, rng)
    if shadow is None:
        return None
    value = f"v{rng.getrandbits(40):010x}"
    newcomer = Person(full_name=f"guest {value}", email=f"{shadow.uid}-{value}@{EMAIL_DOMAIN}")
    session.add(Enrollment(program=shadow.program, person=newcomer, side=Side.B))
    shadow.guests = [shadow.guests[0], newcomer]
    shadow.agenda = value
    shadow.sequence += 1
    session.scalars(select(Reflection).where(Reflection.session_id == shadow.id)).one().free_text = value
    return shadow.uid, value


def _delete(session, rng: random.Random):
    from sqlalchemy import delete, select

    from shadowdesk.model import Idea, Pairing, Person, Program, Reflection

    shadow = _pick(session, rng)
    if shadow is None:
        return None
    token, program_id = shadow.uid, shadow.program_id
    session.execute(delete(Idea).where(Idea.program_id == program_id))
    session.execute(delete(Reflection).where(Reflection.session_id == shadow.id))
    session.delete(shadow)
    session.flush()
    session.execute(delete(Pairing).where(Pairing.program_id == program_id))
    session.delete(session.get(Program, program_id))  # enrollments go with it (ON DELETE CASCADE)
    session.flush()
    for person in session.scalars(select(Person).where(Person.email.like(f"{token}-%"))):
        session.delete(person)
    return token, None


OPERATIONS = (("create", _create, 5), ("update", _update, 4), ("delete", _delete, 1))


class _Steps:
    """SQLite's progress handler: counts callbacks once armed and holds the child at the chosen one."""

    def __init__(self, hold_at: int) -> None:
        self.hold_at = hold_at
        self.count = 0
        self.armed = False

    def __call__(self) -> int:
        if self.armed:
            self.count += 1
            if self.count == self.hold_at:
                _hold(f"step {self.count}")
        return 0  # go on


def _child(database, seed: int, plan: str, commits: int, step: int) -> None:
    rng = random.Random(seed)
    names, functions, weights = zip(*OPERATIONS, strict=True)
    steps = _Steps(step)
    committed = 0
    while True:
        if plan == "after" and committed >= commits + WRITES_AFTER_THE_LAST_COMMIT:
            _hold("after")
        steps.armed = plan == "step" and committed >= commits
        index = rng.choices(range(len(names)), weights)[0]
        with database.transaction() as session:  # one unit of work: all of it or nothing
            session.connection().connection.driver_connection.set_progress_handler(steps, STEP_INSTRUCTIONS)
            done = functions[index](session, rng)
            if done is None:
                continue
            line = " ".join([names[index], *(part for part in done if part is not None)])
            session.flush()
            _say(f"BEGIN {line}")
            if plan == "commit" and committed >= commits:
                _hold("commit")
        _say(f"COMMITTED {line}")
        committed += 1


def worker_main(url: str, start_delay_s: float) -> None:
    """The warm parent opens the database as the app does and runs each operation once, so mappers are
    configured and the engine's SQL cache is filled; then it closes every connection (an SQLite
    connection must never cross a fork). Each child reuses the engine and connects afresh.
    start_delay_s: each child first sleeps this long, as on a machine busy with other work."""
    from shadowdesk.storage import open_database

    database = open_database(url)
    rng = random.Random(0)
    for _, operation, _ in OPERATIONS:
        with database.transaction() as session:
            operation(session, rng)
    database.dispose()
    gc.freeze()  # forked children then leave the parent's objects alone instead of copying their pages
    for command in sys.stdin:
        _, seed, plan, commits, step = command.split()
        pid = os.fork()
        if pid == 0:
            try:
                time.sleep(start_delay_s)
                _child(database, int(seed), plan, int(commits), int(step))
            finally:
                os._exit(0)
        _say(f"PID {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"EXIT {pid} {status}")


# ---------------------------------------------------------------- the harness (runs in the test)


@dataclass
class Bundle:
    """What the ledger knows of one created bundle; pending_* are commits begun by the killed child."""

    exists: bool = False
    agenda: str | None = None
    pending_create: bool = False
    pending_delete: bool = False
    pending_agendas: list[str] = field(default_factory=list)


@dataclass
class KillFigures:
    kills: int = 0
    plans: Counter[str] = field(default_factory=Counter)  # kills by plan
    kills_during_commit: int = 0  # the child had begun a commit and not yet reported it
    kills_inside_a_statement: int = 0  # held by the progress handler, in the middle of a statement
    checks_passed: int = 0
    committed: int = 0
    lost: int = 0
    problems: list[str] = field(default_factory=list)


class KillHarness:
    def __init__(self, database_file: Path, seed: int = 1, start_delay_s: float = 0.0) -> None:
        self.database_file = database_file
        self.rng = random.Random(seed)
        self.bundles: dict[str, Bundle] = {}
        self.figures = KillFigures()
        env = dict(os.environ, PYTHONPATH=f"{ROOT / 'src'}{os.pathsep}{ROOT}")
        self.worker = subprocess.Popen(
            [sys.executable, __file__, f"sqlite:///{database_file}", str(start_delay_s)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            text=True,
            bufsize=1,
        )

    def close(self) -> None:
        self.worker.stdin.close()
        self.worker.wait(timeout=10)
        self.worker.stdout.close()

    def run(self, kills: int) -> KillFigures:
        for _ in range(kills):
            self.kill_once()
            self.check()
        return self.figures

    def kill_once(self) -> None:
        """One child, killed at the moment its plan names, as read from its own reports."""
        plan, commits = self.rng.choice(PLANS), self.rng.randint(1, 4)
        self.worker.stdin.write(f"RUN {self.rng.getrandbits(32)} {plan} {commits} {self.rng.randint(1, MAX_STEP)}\n")
        lines: list[str] = []
        pid = None  # the child may report before the worker names it
        while pid is None or not self._time_to_kill(plan, commits, lines):
            line = self._read_line()
            if line.startswith("PID "):
                pid = int(line.split()[1])
            elif line.startswith("EXIT "):
                raise RuntimeError(f"the child ended before its kill ({plan} {commits}): {lines[-3:]}")
            else:
                lines.append(line)
        os.kill(pid, signal.SIGKILL)
        while not (line := self._read_line()).startswith("EXIT "):
            lines.append(line)
        if os.WTERMSIG(int(line.split()[2])) == signal.SIGKILL:
            figures = self.figures
            figures.kills += 1
            figures.plans[plan] += 1
            reports = [reported for reported in lines if not reported.startswith("HOLD ")]
            figures.kills_during_commit += bool(reports) and reports[-1].startswith("BEGIN ")
            figures.kills_inside_a_statement += bool(lines) and lines[-1].startswith("HOLD step ")
        for reported in lines:
            if not reported.startswith("HOLD "):
                self._record(reported.split())

    @staticmethod
    def _time_to_kill(plan: str, commits: int, lines: list[str]) -> bool:
        if plan == "after":
            return sum(line.startswith("COMMITTED ") for line in lines) == commits
        return bool(lines) and lines[-1].startswith("HOLD ")

    def _read_line(self) -> str:
        line = self.worker.stdout.readline()
        if not line:
            raise RuntimeError(f"the kill worker stopped (exit code {self.worker.poll()})")
        return line.rstrip("\n")

    def _record(self, words: list[str]) -> None:
        stage, op, token, value = words[0], words[1], words[2], (words[3] if len(words) > 3 else None)
        bundle = self.bundles.setdefault(token, Bundle())
        if stage == "BEGIN":
            if op == "create":
                bundle.pending_create = True
            elif op == "update":
                bundle.pending_agendas.append(value)
            else:
                bundle.pending_delete = True
            return
        self.figures.committed += 1
        if op == "create":
            bundle.exists, bundle.agenda, bundle.pending_create = True, "v0", False
        elif op == "update":
            bundle.agenda, bundle.pending_agendas = value, []
        else:
            bundle.exists, bundle.pending_delete = False, False

    def check(self) -> None:
        """With the writer dead: the file is sound, every reported commit is there, nothing is half-done.
        What the killed child began but did not report is settled by looking (either outcome is fine)."""
        problems: list[str] = []
        connection = sqlite3.connect(self.database_file)
        try:
            connection.execute("PRAGMA foreign_keys=ON")
            if connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                problems.append("integrity_check failed")
            if connection.execute("PRAGMA foreign_key_check").fetchall():
                problems.append("foreign_key_check found dangling references")
            sessions = {
                uid: agenda for uid, agenda in connection.execute("SELECT uid, agenda FROM shadow_session")
            }
            problems += self._compare_with_ledger(sessions)
            problems += half_written_objects(connection)
        finally:
            connection.close()
        if problems:
            self.figures.problems += problems
        else:
            self.figures.checks_passed += 1

    def _compare_with_ledger(self, sessions: dict[str, str]) -> list[str]:
        problems = []
        for token, bundle in self.bundles.items():
            present = token in sessions
            if present != bundle.exists and not (bundle.pending_create or bundle.pending_delete):
                problems.append(f"bundle {token}: {'present after its delete' if present else 'lost'}")
                self.figures.lost += 1
            allowed = {bundle.agenda, *bundle.pending_agendas, *(["v0"] if bundle.pending_create else [])}
            if present and sessions[token] not in allowed:
                problems.append(f"bundle {token}: agenda {sessions[token]!r}, committed {bundle.agenda!r}")
                self.figures.lost += 1
            # Settle what the dead child left unreported: from now on the file's state is the truth.
            bundle.exists = present
            bundle.agenda = sessions.get(token)
            bundle.pending_create = bundle.pending_delete = False
            bundle.pending_agendas = []
        return problems


def half_written_objects(connection: sqlite3.Connection) -> list[str]:
    """Each bundle is written whole by one transaction; any of these rows means one was torn."""
    queries = {
        "sessions without exactly two guests": """
            SELECT s.uid FROM shadow_session s LEFT JOIN session_guest g ON g.session_id = s.id
            GROUP BY s.id HAVING count(g.person_id) != 2""",
        "sessions whose note and agenda disagree": """
            SELECT s.uid FROM shadow_session s LEFT JOIN reflection r ON r.session_id = s.id
            WHERE r.id IS NULL OR r.free_text != s.agenda""",
        "sessions without their idea": """
            SELECT s.uid FROM shadow_session s WHERE NOT EXISTS
            (SELECT 1 FROM idea_session i WHERE i.session_id = s.id)""",
        "programs without their session": """
            SELECT p.name FROM program p
            WHERE NOT EXISTS (SELECT 1 FROM shadow_session s WHERE s.program_id = p.id)""",
        "guests not enrolled in the session's program": """
            SELECT s.uid FROM session_guest g JOIN shadow_session s ON s.id = g.session_id
            WHERE NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.person_id = g.person_id
                              AND e.program_id = s.program_id)""",
        "people without an enrollment": """
            SELECT p.email FROM person p
            WHERE NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.person_id = p.id)""",
        "sessions without their pairing": "SELECT uid FROM shadow_session WHERE pairing_id IS NULL",
    }
    problems = []
    for what, query in queries.items():
        rows = connection.execute(query).fetchall()
        if rows:
            problems.append(f"{len(rows)} {what}, e.g. {rows[0][0]}")
    return problems


if __name__ == "__main__":
    worker_main(sys.argv[1], float(sys.argv[2]))
