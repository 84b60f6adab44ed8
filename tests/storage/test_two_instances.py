"""Two ShadowDesk instances on one database: both finish, nothing is lost, the file stays sound;
a file that stays locked gives a clear message instead of a crash."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from shadowdesk.model import Person, Program
from shadowdesk.storage import DatabaseLocked, database, open_database

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("two_instances_worker.py")
SAVES_EACH = 60


def test_two_instances_writing_at_once_both_finish_and_lose_nothing(db, database_url, tmp_path):
    with db.transaction() as s:
        s.add(
            Program(
                name="Counter",
                start_date=date(2026, 1, 1),
                end_date=date(2026, 12, 31),
                target_sessions_per_pair=0,
            )
        )
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    env = dict(os.environ, PYTHONPATH=f"{ROOT / 'src'}{os.pathsep}{ROOT}")
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), database_url, tag, str(SAVES_EACH), str(barrier)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for tag in ("left", "right")
    ]
    outputs = [worker.communicate(timeout=60) for worker in workers]

    for worker, (out, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err
        assert out.splitlines() == [f"COMMITTED {n}" for n in range(SAVES_EACH)]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 2 * SAVES_EACH
        assert s.scalars(select(Program.target_sessions_per_pair)).one() == 2 * SAVES_EACH
    if db.sqlite_file is not None:
        with sqlite3.connect(db.sqlite_file) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_file_that_stays_locked_gives_a_clear_message_and_saves_once_it_is_free(app_paths, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    opened = open_database(app_paths.sqlite_url(), app_paths.backups)
    other_instance = sqlite3.connect(app_paths.database_file, isolation_level=None)
    other_instance.execute("BEGIN IMMEDIATE")  # holds the write lock, as a long save elsewhere would
    try:
        with pytest.raises(DatabaseLocked, match="stayed locked .* nothing was saved. Try again"):
            with opened.transaction() as s:
                s.add(Person(full_name="Anna Nowak", email="anna@example.com"))
        other_instance.execute("COMMIT")
        with opened.transaction() as s:
            s.add(Person(full_name="Anna Nowak", email="anna@example.com"))
        with opened.session() as s:
            assert s.scalars(select(Person.full_name)).all() == ["Anna Nowak"]
    finally:
        other_instance.close()
        opened.dispose()
