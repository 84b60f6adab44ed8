"""The one writer every output goes through: private, whole or nothing, never through a planted link,
never over the user's database."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from shadowdesk import fileio
from shadowdesk.fileio import OutputRefused, WriteFailed, atomic_write, atomic_writer


def test_a_planted_link_at_the_old_temporary_name_is_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (tmp_path / ".report.csv.partial").symlink_to(victim)
    atomic_write(tmp_path / "report.csv", "a,b\n")
    assert victim.read_text() == "keep me"
    assert (tmp_path / "report.csv").read_text() == "a,b\n"


def test_a_world_writable_leftover_does_not_make_the_output_world_writable(tmp_path):
    leftover = tmp_path / ".report.csv.partial"
    leftover.write_text("old")
    leftover.chmod(0o666)
    atomic_write(tmp_path / "report.csv", "a,b\n")
    assert stat.S_IMODE((tmp_path / "report.csv").stat().st_mode) == 0o600


def test_a_pdf_report_is_private_to_its_owner(tmp_path):
    from shadowdesk.reports.layout import write_report
    from shadowdesk.reports.styles import para

    target = tmp_path / "r.pdf"
    write_report(target, "T", "T", False, lambda doc: [para("hello", doc.styles.body)])
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as handle:
            handle.write(b"half")
            raise RuntimeError
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_a_full_disk_is_said_in_plain_words_and_is_still_an_oserror(tmp_path, monkeypatch):
    def full(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(WriteFailed, match="the disk is full.*nothing was written") as failed:
        atomic_write(tmp_path / "out.csv", "x")
    assert isinstance(failed.value, OSError)
    assert list(tmp_path.iterdir()) == []


def test_outputs_onto_protected_files_folders_and_any_database_are_refused(tmp_path):
    database = tmp_path / "db.sqlite3"
    database.write_bytes(b"SQLite format 3\x00" + b"\0" * 100)
    backups = tmp_path / "backups"
    backups.mkdir()
    fileio.protect([tmp_path / "db.sqlite3-shm"], [backups])
    (tmp_path / "link").symlink_to(database)
    for target in (database, tmp_path / "db.sqlite3-shm", backups / "x.csv", tmp_path / "link"):
        with pytest.raises(OutputRefused, match="would destroy it"):
            atomic_write(target, "a,b\n")
    assert database.read_bytes().startswith(b"SQLite format 3")
    atomic_write(tmp_path / "db.sqlite3-shm", "own", protected_ok=True)  # the app's own writes pass


def test_a_folder_or_a_missing_folder_is_refused_before_anything_is_made(tmp_path):
    with pytest.raises(OutputRefused, match="is a folder"):
        atomic_write(tmp_path, "x")
    with pytest.raises(OutputRefused, match="does not exist"):
        atomic_write(tmp_path / "missing" / "x.csv", "x")


def test_dash_is_standard_output_for_text(capfd):
    with atomic_writer(Path("-"), text=True, encoding="utf-8-sig", newline="") as handle:
        handle.write("a,b\r\n")
    assert capfd.readouterr().out == "\ufeffa,b\r\n"
