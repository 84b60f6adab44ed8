"""Work in a child process (services/child_process.py), on SQLite and PostgreSQL: the child reads the
parent's database as the same login, in the parent's language and settings; its progress and result come
back; its plain-words errors come back as themselves; Cancel ends it; a child that dies is said so in plain
words; the planner's job gives the in-process planner's proposal."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sys
import threading
import time

import pytest
from sqlalchemy import func, select, text

from shadowdesk import translation
from shadowdesk.model import Person
from shadowdesk.services.child_jobs import pairing_proposal
from shadowdesk.services.child_process import (
    ChildCancelled,
    ChildContext,
    ChildProcess,
    ChildProcessDied,
    start_spare,
    stop_spare,
)
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.pairing import PairingService
from shadowdesk.services.programs import ProgramService
from shadowdesk.services.server_login import with_password
from shadowdesk.settings import SettingsStore
from shadowdesk.storage import DatabaseLocked, open_database
from tests.services.test_pairing import add_people, new_program
from tests.services.test_server_login import PASSWORD, PasswordServer


# --- jobs the child runs (module level: a job travels by name) ------------------------------------------
def count_people(child: ChildContext, steps: int) -> tuple[int, int, str, str]:
    for step in range(steps):
        child.progress(step + 1, steps)
    with child.database.session() as session:
        people = session.scalar(select(func.count()).select_from(Person))
        login = session.scalar(text("SELECT session_user")) if not child.database.is_sqlite else ""
    return os.getpid(), people, login, translation.current_language() + "/" + child.settings.get("paper_size")


def imported(child: ChildContext, module: str) -> bool:
    return module in sys.modules


def fail_with(child: ChildContext, error: BaseException) -> None:
    raise error


def what_others_could_read(child: ChildContext) -> str:
    """The child's command line and environment, as `ps` and /proc show them to others."""
    with open("/proc/self/cmdline", "rb") as cmdline, open("/proc/self/environ", "rb") as environ:
        return (cmdline.read() + environ.read()).decode(errors="replace")


def run_until_stopped(child: ChildContext) -> None:
    child.progress(os.getpid(), 0)
    while True:
        time.sleep(0.05)


def die(child: ChildContext, how: str) -> None:
    if how == "killed":
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(3)


# --- tests -------------------------------------------------------------------------------------------
def add_someone(db) -> None:
    with db.transaction() as session:
        session.add(Person(full_name="Ada Ł", email="ada@x.example", department="R&D"))


def test_the_child_reads_the_parents_database_and_sends_progress_and_its_result(db, app_paths):
    add_someone(db)
    seen = []
    pid, people, _login, _words = ChildProcess(db, app_paths, lambda done, total: seen.append((done, total))).run(
        count_people, 3)
    assert people == 1 and pid != os.getpid()
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_the_child_speaks_the_parents_language_and_reads_its_settings(db, app_paths, german):
    SettingsStore(app_paths.settings_file).set("paper_size", "letter")
    assert ChildProcess(db, app_paths).run(count_people, 0)[3] == "de/letter"


@pytest.mark.parametrize("error", [
    UserError("There is no program called \"Nope\"."),
    StaleRecord("Changed by someone else since you opened it.", current_version=7),
    DatabaseLocked("The database stayed locked."),
], ids=lambda error: type(error).__name__)
def test_a_plain_words_error_in_the_child_comes_back_as_itself(db, app_paths, error):
    with pytest.raises(type(error)) as raised:
        ChildProcess(db, app_paths).run(fail_with, error)
    assert str(raised.value) == str(error)
    assert getattr(raised.value, "current_version", None) == getattr(error, "current_version", None)


def test_a_bug_in_the_child_comes_back_with_the_childs_traceback_for_the_log(db, app_paths):
    with pytest.raises(ZeroDivisionError) as raised:
        ChildProcess(db, app_paths).run(fail_with, ZeroDivisionError("division by zero"))
    assert any("In the child process" in note and "fail_with" in note for note in raised.value.__notes__)


def test_cancel_terminates_the_child(db, app_paths):
    started, cancel = threading.Event(), threading.Event()
    child_pid = []

    def progress(pid: int, _total: int) -> None:
        child_pid.append(pid)
        started.set()
        cancel.set()

    with pytest.raises(ChildCancelled):
        ChildProcess(db, app_paths, progress, cancel.is_set).run(run_until_stopped)
    assert started.is_set()
    with pytest.raises(ProcessLookupError):  # ended and reaped: no such process any more
        os.kill(child_pid[0], 0)


@pytest.mark.parametrize(("how", "said"), [("killed", "stopped from outside (signal 9)"),
                                           ("crashed", "ended unexpectedly (exit code 3)")])
def test_a_child_that_dies_is_reported_in_plain_words(db, app_paths, how, said):
    with pytest.raises(ChildProcessDied) as raised:
        ChildProcess(db, app_paths).run(die, how)
    assert said in str(raised.value) and "Nothing was saved" in str(raised.value)


def test_a_child_that_cannot_load_its_job_is_reported_in_plain_words(db, app_paths, tmp_path, monkeypatch):
    """Here the job's module is gone by the time the child looks for it (an update installed meanwhile)."""
    (tmp_path / "vanishing_job.py").write_text("def job(child):\n    return 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import vanishing_job

    monkeypatch.setitem(sys.modules, "vanishing_job", vanishing_job)  # forgotten again after the test
    (tmp_path / "vanishing_job.py").unlink()
    shutil.rmtree(tmp_path / "__pycache__", ignore_errors=True)
    with pytest.raises(ChildProcessDied) as raised:
        ChildProcess(db, app_paths).run(vanishing_job.job)
    assert "ended unexpectedly (exit code 1)" in str(raised.value)


def test_the_planners_job_proposes_what_the_planner_proposes_in_the_window(db, app_paths):
    rng = random.Random(5)
    side_b, side_a = add_people(db, 4, "PM", rng), add_people(db, 7, "Sales", rng)
    program_id = new_program(ProgramService(db), "Rotation", side_a, side_b, capacity_b=2)
    rounds_done = []
    in_child = ChildProcess(db, app_paths, lambda done, total: rounds_done.append(done)).run(
        pairing_proposal, program_id, 3)
    assert in_child == PairingService(db).plan(program_id, 3)
    assert len(in_child.rows) > 0 and rounds_done


@pytest.fixture(scope="module")
def password_server():
    started = PasswordServer()
    started.start()
    yield started
    started.stop()


def test_a_team_server_login_with_a_password_is_the_childs_login_and_nobody_else_sees_the_password(
        password_server, app_paths, monkeypatch):
    for name in ("PGPASSWORD", "PGPASSFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(app_paths.data / "no-pgpass"))
    database = open_database(with_password(password_server.database_of_bea(), PASSWORD), app_paths.backups)
    try:
        assert ChildProcess(database, app_paths).run(count_people, 0)[2] == "bea"
        assert PASSWORD not in ChildProcess(database, app_paths).run(what_others_could_read)
    finally:
        database.dispose()


def test_a_spare_child_has_the_jobs_code_imported_before_its_job_comes_and_serves_one_job(db, app_paths):
    stop_spare()  # one an earlier test's window started
    start_spare(["xml.dom.minidom"]).join()  # a module nothing else makes a child import
    assert ChildProcess(db, app_paths).run(imported, "xml.dom.minidom") is True
    assert ChildProcess(db, app_paths).run(imported, "xml.dom.minidom") is False  # a fresh child: no spare left
