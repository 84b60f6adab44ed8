"""Every CLI command that reads or writes, against every fault a user's machine can throw at it: a full
disk, a read-only data folder, a damaged database file, and an output path that is the database, a backup
or a symbolic link to the database. Each run must end with exit code 2 in plain words (or 0 where the
command can do its job, e.g. listing a read-only database), no traceback, and nothing lost.

Faults are real where the machine allows it: as root with mount(8), a small full tmpfs and a tmpfs
remounted read-only. Elsewhere (a CI container without mount), a file-size limit in the child
(RLIMIT_FSIZE: writes fail with EFBIG) and a child without write permission (setuid nobody as root,
chmod otherwise). The mechanism in use is printed in the test's id, so nothing is skipped silently.
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from shadowdesk.paths import resolve_paths
from shadowdesk.services.demo import load_demo
from shadowdesk.storage import open_database
from shadowdesk.storage.backup import backup_sqlite
from tests.damaged_files import damage_an_index_page

DB = "shadowdesk.sqlite3"
TABLES = ("person", "program", "enrollment", "pairing", "shadow_session", "reflection", "idea")
AUTUMN = "Autumn Cross-Training"
HOST = "lukasz.lukasiewicz@linguabridge.example"
PLAIN = ("full", "read-only", "damaged", "would destroy it", "cannot", "nothing was", "no problems")


def _can_mount() -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    probe = Path(f"/tmp/shadowdesk-mount-probe-{os.getpid()}")
    probe.mkdir(exist_ok=True)
    try:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
                                 capture_output=True).returncode == 0
        if mounted:
            subprocess.run(["umount", str(probe)], check=True)
        return mounted
    finally:
        probe.rmdir()


MOUNT = _can_mount()

# (name, arguments after --data-dir DIR, writes the database?) {out} is an output file, {roster} a CSV.
COMMANDS = [
    ("people import", ["people", "import", "{roster}"], True),
    ("people export", ["people", "export", "{out}.csv"], False),
    ("people list", ["people", "list"], False),
    ("programs list", ["programs", "list"], False),
    ("programs create", ["programs", "create", "Winter", "--start", "2027-01-04", "--end", "2027-03-01"], True),
    ("pairs list", ["pairs", "list", AUTUMN], False),
    ("calendar export", ["calendar", "export", "--program", AUTUMN, "-o", "{out}.ics"], False),
    ("notes search", ["notes", "search", "vendor"], False),
    ("report program", ["report", "program", AUTUMN, "-o", "{out}.pdf"], False),
    ("report person", ["report", "person", HOST, "-o", "{out}.pdf"], False),
    ("export sessions", ["export", "sessions", "--program", AUTUMN, "-o", "{out}.csv"], False),
    ("export reflections", ["export", "reflections", "--program", AUTUMN, "-o", "{out}.csv"], False),
    ("export ideas", ["export", "ideas", "--program", AUTUMN, "-o", "{out}.csv"], False),
    ("db backup", ["db", "backup"], False),
    ("db restore", ["db", "restore", "{backup}"], True),
    ("db check", ["db", "check"], False),
    ("demo", ["demo", "--add", "--people", "8", "--sessions", "5"], True),
]
OUTPUT_COMMANDS = [command for command in COMMANDS if any("{out}" in arg for arg in command[1])]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> dict:
    """One demo database, built through the services once, with a good backup and a search index in
    step (a read-only search has nothing to index), and its row counts."""
    root = tmp_path_factory.mktemp("demo")
    paths = resolve_paths(root / "data")
    paths.create()
    database = open_database(paths.sqlite_url(), paths.backups)
    load_demo(database)
    from shadowdesk.services.search import SearchService

    SearchService(database).search("vendor", None)
    database.dispose()
    good_backup = backup_sqlite(paths.database_file, root, "manual")
    roster = root / "roster.csv"
    roster.write_text("Full Name,Email\r\nNew Person,new.person@example.com\r\n", encoding="utf-8")
    return {"data": paths.data, "backup": good_backup, "roster": roster, "counts": _counts(paths.database_file)}


def _read_only(database_file: Path) -> sqlite3.Connection:
    """Read without writing anything (a read-only mount allows no -shm file), yet with the write-ahead
    log if one was left: an immutable open would ignore it."""
    wal = database_file.with_name(database_file.name + "-wal")
    immutable = "" if wal.exists() and wal.stat().st_size else "&immutable=1"
    return sqlite3.connect(f"file:{database_file}?mode=ro{immutable}", uri=True)


def _counts(database_file: Path) -> dict[str, int]:
    connection = _read_only(database_file)
    try:
        # NOT INDEXED: the rows themselves, not an index that the damage may have hit.
        return {table: connection.execute(f"SELECT count(*) FROM {table} NOT INDEXED").fetchone()[0]
                for table in TABLES}
    finally:
        connection.close()


def _integrity(database_file: Path) -> str:
    return ",".join(_storage_problems(database_file))


def _storage_problems(database_file: Path) -> list[str]:
    connection = _read_only(database_file)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:  # damage that stops the check itself
        return [str(exc)]
    finally:
        connection.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Place:
    """A copy of the demo data folder with one fault, and the preexec_fn the child runs under."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "data"
        self.mounted = False
        self.preexec = None

    def mount(self, options: str) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(self.root)], check=True)
        self.mounted = True

    def release(self) -> None:
        if self.mounted:
            subprocess.run(["umount", str(self.root)], check=True)


def _full_disk(place: Place, demo: dict) -> str:
    if MOUNT:
        place.mount("size=4m")
        shutil.copytree(demo["data"], place.data)
        descriptor = os.open(place.root / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
        for chunk in (65536, 1):  # every byte left is taken
            try:
                while os.write(descriptor, b"\0" * chunk):
                    pass
            except OSError:
                pass
        os.close(descriptor)
        return "tmpfs"
    shutil.copytree(demo["data"], place.data)

    def limit_file_size() -> None:  # no file may grow: EFBIG (SIGXFSZ ignored, or it would kill the child)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))

    place.preexec = limit_file_size
    return "rlimit"


def _read_only_folder(place: Place, demo: dict) -> str:
    if MOUNT:
        place.mount("size=8m")
        shutil.copytree(demo["data"], place.data)
        subprocess.run(["mount", "-o", "remount,ro", str(place.root)], check=True)
        return "ro-mount"
    shutil.copytree(demo["data"], place.data)
    for folder, _dirs, files in os.walk(place.data):
        for name in files:
            os.chmod(Path(folder) / name, 0o400)
        os.chmod(folder, 0o500)
    if os.geteuid() != 0:
        return "chmod"
    nobody = 65534
    for folder, _dirs, files in os.walk(place.data):
        os.chown(folder, nobody, nobody)
        for name in files:
            os.chown(Path(folder) / name, nobody, nobody)
    os.chmod(place.root, 0o755)

    def become_nobody() -> None:
        os.setgid(nobody)
        os.setuid(nobody)

    place.preexec = become_nobody
    return "setuid-nobody"


def _damaged(place: Place, demo: dict) -> str:
    shutil.copytree(demo["data"], place.data)
    damage_an_index_page(place.data / DB)
    return "one index page overwritten"


FAULTS = {"full disk": _full_disk, "read-only folder": _read_only_folder, "damaged file": _damaged}
# Where a command can do its job despite the fault, 0 is right too; every other run must exit 2.
SUCCEEDS = {
    "read-only folder": {"people list", "programs list", "pairs list", "notes search", "db check",
                         "report program", "report person", "people export", "calendar export",
                         "export sessions", "export reflections", "export ideas"},
    "full disk": {"people list", "programs list", "pairs list", "notes search", "db check"},
    "damaged file": {"people list", "programs list", "pairs list", "notes search", "people export",
                     "calendar export", "report program", "report person", "export sessions",
                     "export reflections", "export ideas", "db restore"},
}


def _run(place: Place, arguments: list[str], out_dir: Path, demo: dict) -> subprocess.CompletedProcess[str]:
    filled = [arg.format(out=out_dir / "output", roster=demo["roster"], backup=demo["backup"])
              for arg in arguments]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(out_dir)}
    env.pop("SHADOWDESK_DATA_DIR", None)
    env.pop("SHADOWDESK_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "shadowdesk", "--data-dir", str(place.data), *filled],
                          capture_output=True, text=True, env=env, timeout=120, preexec_fn=place.preexec,
                          cwd=out_dir)


def _assert_plain(result: subprocess.CompletedProcess[str], allowed: set[int]) -> None:
    assert result.returncode in allowed, (result.returncode, result.stdout[-500:], result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    if result.returncode == 2:
        message = result.stderr.strip().splitlines()[-1]
        assert message.startswith("shadowdesk: ") and any(word in message for word in PLAIN), message


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("name,arguments,writes", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_a_command_under_a_fault_says_so_plainly_and_loses_nothing(demo, tmp_path, fault, name, arguments,
                                                                   writes):
    place = Place(tmp_path / "place")
    try:
        mechanism = FAULTS[fault](place, demo)
        damage_before = _storage_problems(place.data / DB)
        # On the full disk the output goes there too; a read-only folder's reports go to another one.
        out_dir = (place.root if fault == "full disk" and MOUNT else tmp_path) / "out"
        out_dir.mkdir(exist_ok=True)
        result = _run(place, arguments, out_dir, demo)
        print(f"{fault} by {mechanism}: exit {result.returncode}: {result.stderr.strip()[-300:]}")
        allowed = {0, 2} if name in SUCCEEDS[fault] or (mechanism == "rlimit" and not writes) else {2}
        if name == "db check" and fault == "damaged file":
            allowed = {1}  # its documented answer: problems found, listed on standard output
        _assert_plain(result, allowed)
        if fault == "damaged file":
            if name == "db restore" and result.returncode == 0:
                assert _integrity(place.data / DB) == "ok" and _counts(place.data / DB) == demo["counts"]
            else:  # not one write reached the damaged file (it is only read until restored)
                assert _counts(place.data / DB) == demo["counts"]
                assert _storage_problems(place.data / DB) == damage_before
                assert "Created" not in result.stdout and "Imported" not in result.stdout
        else:
            assert _integrity(place.data / DB) == "ok"
            assert _counts(place.data / DB) == demo["counts"]
        for partial in out_dir.glob(".*partial"):
            pytest.fail(f"a temporary file was left behind: {partial}")
        if result.returncode == 2:
            assert not list(out_dir.glob("output*")), "a failed command left an output file"
    finally:
        place.release()


@pytest.mark.parametrize("target", ["the database", "its write-ahead log", "a backup", "a link to the database"])
@pytest.mark.parametrize("name,arguments,writes", OUTPUT_COMMANDS, ids=[c[0] for c in OUTPUT_COMMANDS])
def test_an_output_onto_the_database_or_a_backup_is_refused(demo, tmp_path, target, name, arguments, writes):
    place = Place(tmp_path / "place")
    shutil.copytree(demo["data"], place.data)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    backup = backup_sqlite(place.data / DB, place.data / "backups", "manual")
    chosen = {"the database": place.data / DB, "its write-ahead log": place.data / f"{DB}-wal",
              "a backup": backup, "a link to the database": out_dir / "link"}[target]
    if target == "a link to the database":
        chosen.symlink_to(place.data / DB)
    pointed = [str(chosen) if "{out}" in arg else arg for arg in arguments]
    before, backup_before = _digest(place.data / DB), _digest(backup)
    result = _run(place, pointed, out_dir, demo)
    _assert_plain(result, {2})
    assert "would destroy it" in result.stderr
    assert _digest(place.data / DB) == before and _digest(backup) == backup_before
    assert _counts(place.data / DB) == demo["counts"]
