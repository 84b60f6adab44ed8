"""Heavy batch work (the PDF reports, the pair planner) in a child Python process, so that the window's
process neither waits for it nor keeps its memory.

reportlab and the planner are pure Python for most of their time: in a worker thread they hold the
interpreter lock, and the GUI thread waits for it between its own steps (200 ms at a time for a report on a
big company); what they load (parsed fonts, scipy, a big proposal) would also stay in the window's process
for good. In a child process they run on the other core and their memory goes when it ends.

    result = ChildProcess(services.database, services.paths, progress, cancelled).run(job, *args)

`job` is a module-level function `job(child: ChildContext, *args)` (it travels by name, so it must be
importable); its arguments and result must be picklable. The child opens the same database as the same
login: the parent's URL with its password, sent through the pipe (never on a command line, nor in the
environment, where other users' `ps` or the process's environment file could read it), the same settings
folder (the report's paper and company follow Preferences) and the parent's language. The child's progress
comes back through the pipe to `progress(done, total)`; its plain-words errors (UserError, DatabaseError...)
are raised again in the parent with their type and message; `cancelled()` turning true terminates it.

`run` blocks, waiting on the pipe with the interpreter lock released: call it from a worker thread (the
work function of a gui.workers Task). The child is started with multiprocessing's "spawn" context, which
starts a fresh interpreter (no copy of the window's threads and Qt state, as fork would make), and works
in the PyInstaller bundle, whose entry point calls multiprocessing.freeze_support() first. Like every
spawn child it first imports the parent's main script: a script that starts the window (a benchmark) keeps
its top level under `if __name__ == "__main__":`.
"""

from __future__ import annotations

import importlib
import multiprocessing
import pickle
import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from multiprocessing.connection import Connection, wait
from typing import Any, Concatenate, ParamSpec, TypeVar

from shadowdesk import translation
from shadowdesk.errors import PlainWordsError
from shadowdesk.paths import AppPaths
from shadowdesk.services.errors import UserError
from shadowdesk.settings import SettingsStore
from shadowdesk.storage import Database, open_database
from shadowdesk.translation import _

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
_P = ParamSpec("_P")
_R = TypeVar("_R")

CANCEL_CHECK_S = 0.1  # how often the waiting thread looks at cancelled(); it sleeps in between, lock released


class ChildProcessDied(UserError):
    """The child ended without an answer: killed (by the user, the system short of memory) or crashed."""

    def __init__(self, exit_code: int | None) -> None:
        if exit_code is not None and exit_code < 0:
            message = _("The separate process doing this work was stopped from outside (signal {signal}), for "
                        "example because the computer ran short of memory. Nothing was saved; try again.").format(
                signal=-exit_code)
        else:
            message = _("The separate process doing this work ended unexpectedly (exit code {code}). Nothing "
                        "was saved; try again.").format(code=exit_code)
        super().__init__(message)
        self.exit_code = exit_code


class ChildCancelled(UserError):
    """Cancel was pressed: the child was terminated."""

    def __init__(self) -> None:
        super().__init__(_("Cancelled; the separate process doing this work was stopped."))


@dataclass(frozen=True)
class ChildContext:
    """What a job gets in the child: the parent's database (same login), its folders, and progress."""

    database: Database
    paths: AppPaths
    progress: Progress

    @cached_property
    def settings(self) -> SettingsStore:
        return SettingsStore(self.paths.settings_file)


@dataclass(frozen=True)
class _Job:
    database_url: str  # holds a team server's password: it only ever travels through the pipe
    paths: AppPaths
    language: str
    function: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]


def reopening_url(database: Database) -> str:
    """The URL that opens `database` again as the same login: a SQLite file by its path (opening it decides
    again whether it is read-only), a server with the password it was opened with."""
    file = database.sqlite_file
    return f"sqlite:///{file}" if file is not None else database.engine.url.render_as_string(hide_password=False)


class ChildProcess:
    def __init__(self, database: Database, paths: AppPaths, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> None:
        self._url = reopening_url(database)
        self._paths = paths
        self._progress = progress
        self._cancelled = cancelled

    def run(self, function: Callable[Concatenate[ChildContext, _P], _R], *args: _P.args,
            **kwargs: _P.kwargs) -> _R:
        """function(ChildContext, *args, **kwargs) in a child process; its result, or its error raised here.
        Raises ChildCancelled when cancelled() turned true, ChildProcessDied when the child ended without
        an answer."""
        process, ours = _take_spare() or _spawn(())
        try:
            try:
                ours.send(_Job(self._url, self._paths, translation.current_language(), function, args, kwargs))
            except (BrokenPipeError, ConnectionResetError):
                pass  # the child ended before it could read its job: waiting for the answer says so
            result: _R = self._answer(ours, process)
            return result
        finally:
            if process.is_alive():
                process.terminate()
            process.join()
            process.close()
            ours.close()

    def _answer(self, pipe: Connection, process: Any) -> Any:
        while True:
            if self._cancelled is not None and self._cancelled():
                raise ChildCancelled()
            ready = wait([pipe, process.sentinel], CANCEL_CHECK_S)
            if not ready:
                continue
            try:
                message = pipe.recv() if pipe.poll() else None
            except (EOFError, ConnectionResetError):  # the child died: nothing more will come
                message = None
            if message is None:
                process.join()
                raise ChildProcessDied(process.exitcode)
            kind, *values = message
            if kind == "progress":
                if self._progress is not None:
                    self._progress(*values)
            elif kind == "done":
                return values[0]
            else:
                raise values[0]


def start_spare(preload: Sequence[str]) -> threading.Thread:
    """Start a child that imports `preload` and then waits for a job, so that the next run() starts its job
    at once: a fresh child spends about 2 s importing a report's or the planner's code before it begins.
    Called where a job is likely soon (Reports opened, a report made, Programs opened by who may plan).
    One spare at most, a daemon that ends with the window's process. It is spawned in a thread, so the
    caller does not wait for a new interpreter to start; the thread is returned for tests to join."""
    thread = threading.Thread(target=_keep_spare, args=(tuple(preload),), daemon=True, name="spare child")
    thread.start()
    return thread


_spare_lock = threading.Lock()
_spare: tuple[Any, Connection] | None = None  # the waiting child and the parent's end of its pipe


def _keep_spare(preload: tuple[str, ...]) -> None:
    global _spare
    with _spare_lock:
        if _spare is None or not _spare[0].is_alive():
            _spare = _spawn(preload)


def stop_spare() -> None:
    """End the waiting spare child, if any (it holds the jobs' code, about 150 MiB): when the window closes."""
    spare = _take_spare()
    if spare is not None:
        process, pipe = spare
        pipe.close()  # the child's recv() ends: it exits without a job
        process.terminate()
        process.join()


def _take_spare() -> tuple[Any, Connection] | None:
    global _spare
    with _spare_lock:
        spare, _spare = _spare, None
    if spare is not None and not spare[0].is_alive():
        spare[1].close()
        return None
    return spare


def _spawn(preload: tuple[str, ...]) -> tuple[Any, Connection]:
    spawn = multiprocessing.get_context("spawn")
    ours, theirs = spawn.Pipe()
    # daemon: a child still running when the window's process exits is terminated with it.
    process = spawn.Process(target=_child_main, args=(theirs, preload), daemon=True, name="shadowdesk-job")
    process.start()
    theirs.close()  # the child holds its end now; when it dies, reading ours ends instead of hanging
    return process, ours


def _child_main(pipe: Connection, preload: tuple[str, ...] = ()) -> None:
    """The child's whole life: the modules its job will need, then one job, its progress, and one answer."""
    for name in preload:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: S112 (the job imports it again, and reports that error as its own)
            continue
    job: _Job = pipe.recv()
    try:
        translation.use(job.language)
        database = open_database(job.database_url, migrate=False)  # the parent has migrated it
        try:
            context = ChildContext(database, job.paths, lambda done, total: pipe.send(("progress", done, total)))
            result = job.function(context, *job.args, **job.kwargs)
        finally:
            database.dispose()
        pipe.send(("done", result))  # pickled whole before anything is written: a failure sends nothing
    except BaseException as exc:  # everything goes back to the parent, nothing dies silently here
        pipe.send(("failed", _travelling(exc)))
    pipe.close()


def _travelling(error: BaseException) -> BaseException:
    """error as it can be raised again in the parent: the same type and message where pickle can carry it
    (a plain-words error is shown as it is), with the child's traceback attached as a note for the log."""
    if not isinstance(error, PlainWordsError):
        error.add_note("In the child process:\n" + "".join(traceback.format_exception(error)))
    try:
        return pickle.loads(pickle.dumps(error))  # type: ignore[no-any-return]
    except Exception:
        pass
    # A type whose __init__ takes more than the message: the nearest plain-words type that takes one.
    for kind in type(error).__mro__:
        if issubclass(kind, PlainWordsError):
            try:
                return pickle.loads(pickle.dumps(kind(str(error))))  # type: ignore[no-any-return]
            except Exception:
                continue
    return RuntimeError(f"{type(error).__name__}: {error}\n{''.join(traceback.format_exception(error))}")
