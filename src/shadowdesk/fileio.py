"""Writing files so that a crash, a full disk or a hostile folder never costs the user a file.

Every file ShadowDesk writes (exports, reports, calendar files, settings, crash-recovery copies, backups)
goes through atomic_file here: it is written beside its target under a fresh temporary name (created
with O_EXCL, so a planted file or symbolic link is never followed, and readable by its owner only: it
may hold notes or a server password), flushed to disk, and renamed over the target only when complete;
then the folder is flushed so the rename survives a power cut.

The guard against writing over the user's data lives here too, in the one writer, rather than in each
command: a new command or dialog that writes a file cannot forget it. It refuses any target that is an
SQLite database or journal (by its first bytes), and any file the composition root declared protected
with protect() (the open database, its -wal/-shm/-journal, the damage mark, the backups folder, the
location file). The app writes its own protected files with protected_ok=True.
"""

from __future__ import annotations

import errno
import io
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from shadowdesk.errors import PlainWordsError


def _(message: str) -> str:
    """The catalogue's _(), imported when a message is written: shadowdesk.translation finds its files through
    shadowdesk.paths, which imports this module."""
    from shadowdesk.translation import _ as translated

    return translated(message)

STANDARD_OUTPUT = "-"
# The first bytes of an SQLite database, of its write-ahead log (two byte orders) and of a rollback journal.
_SQLITE_SIGNATURES = (b"SQLite format 3\x00", b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83",
                      b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")
_DISK_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
_protected_files: set[Path] = set()
_protected_folders: set[Path] = set()


class OutputRefused(PlainWordsError):
    """The chosen output is the user's data (the database, a backup) or cannot be a file at all."""


class WriteFailed(PlainWordsError, OSError):
    """Writing failed (disk full, read-only, no permission); nothing was written under the real name.

    Also an OSError, so the callers that already catch OSError show these plain words."""

    def __init__(self, path: Path, cause: OSError) -> None:
        OSError.__init__(self, cause.errno, _("{why}; nothing was written").format(why=why_not_written(cause)))
        self.path = path

    def __str__(self) -> str:
        return _("Could not write {path}: {why}.").format(path=self.path, why=self.strerror)


def why_not_written(error: OSError) -> str:
    """The reason a write failed, in words a user acts on."""
    if error.errno in _DISK_FULL:
        return _("the disk is full (or the file is larger than this system allows)")
    if error.errno == errno.EROFS:
        return _("that disk is read-only")
    if error.errno in (errno.EACCES, errno.EPERM):
        return _("you may not write there")
    if error.errno == errno.ENOENT:
        return _("its folder does not exist")
    if error.errno == errno.EISDIR:
        return _("it is a folder")
    if error.errno == errno.ENOTDIR:
        return _("part of the path is a file, not a folder")
    return error.strerror or str(error)


def protect(files: Iterable[Path] = (), folders: Iterable[Path] = ()) -> None:
    """Declare files and folders no output may replace or go into (the composition root calls this)."""
    _protected_files.update(_real(path) for path in files)
    _protected_folders.update(_real(path) for path in folders)


def check_output(path: Path) -> None:
    """Refuse, in plain words, a target that is not a file name or would replace the user's data."""
    if path.is_dir():
        raise OutputRefused(_("{path} is a folder; give the name of the file to write in it.").format(path=path))
    if not path.parent.is_dir():
        raise OutputRefused(_("Cannot write {path}: the folder {folder} does not exist.").format(
            path=path, folder=path.parent))
    real = _real(path)
    if real in _protected_files or any(real.is_relative_to(folder) for folder in _protected_folders):
        raise OutputRefused(_("{path} is ShadowDesk's own data (the database, its journal or a "
                              "backup); writing there would destroy it. Choose another file; nothing "
                              "was written.").format(path=path))
    if _is_sqlite_file(real):
        raise OutputRefused(_("{path} is a database; writing over it would destroy it. Choose another "
                              "file; nothing was written.").format(path=path))


@contextmanager
def atomic_file(path: Path, protected_ok: bool = False) -> Iterator[tuple[int, Path]]:
    """A fresh temporary file beside path, as an open descriptor and its name (for writers such as SQLite
    that open it themselves). On success it is flushed and renamed over path; on any error it is removed."""
    if not protected_ok:
        check_output(path)
    try:
        descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    except OSError as exc:
        raise WriteFailed(path, exc) from exc
    temporary = Path(name)
    try:
        yield descriptor, temporary
        os.fsync(descriptor)
        os.close(descriptor)
        descriptor = -1
        os.replace(temporary, path)
        sync_folder(path.parent)
    except WriteFailed:
        raise
    except OSError as exc:
        raise WriteFailed(path, exc) from exc
    finally:
        if descriptor >= 0:
            os.close(descriptor)
        temporary.unlink(missing_ok=True)


@contextmanager
def atomic_writer(path: Path, text: bool = False, encoding: str = "utf-8", newline: str | None = None,
                  protected_ok: bool = False) -> Iterator[IO[Any]]:
    """A handle to write path through: on success it replaces path, on any error nothing is left.

    "-" is standard output, for text outputs (CSV, .ics); a writer of a binary format refuses it first."""
    if str(path) == STANDARD_OUTPUT:
        with _standard_output(text, encoding, newline) as handle:
            yield handle
        return
    with atomic_file(path, protected_ok) as (descriptor, _name):
        file: IO[Any] = (os.fdopen(os.dup(descriptor), "w", encoding=encoding, newline=newline) if text
                         else os.fdopen(os.dup(descriptor), "wb"))
        with file:
            yield file


def atomic_write(path: Path, data: bytes | str, protected_ok: bool = False) -> None:
    with atomic_writer(path, protected_ok=protected_ok) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


def refuse_standard_output(path: Path, what: str) -> None:
    """For outputs a terminal cannot show (PDF): "-" is refused rather than written as a file named "-"."""
    if str(path) == STANDARD_OUTPUT:
        raise OutputRefused(_("{what} cannot be written to standard output ('-'); give a file name.").format(what=what))


def sync_folder(folder: Path) -> None:
    """Make a rename durable: flush the folder entry (POSIX only; Windows has no folder handles)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextmanager
def _standard_output(text: bool, encoding: str, newline: str | None) -> Iterator[IO[Any]]:
    sys.stdout.flush()
    if not text:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    handle = io.TextIOWrapper(sys.stdout.buffer, encoding=encoding, newline=newline, write_through=True)
    try:
        yield handle
        handle.flush()
    finally:
        handle.detach()  # standard output stays open for what the command prints next


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            start = handle.read(16)
    except OSError:
        return False  # nothing there yet (or unreadable, and then the write says why)
    return start.startswith(_SQLITE_SIGNATURES)
