"""The command line as a newcomer types it, run as a separate process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from shadowdesk import __version__


def shadowdesk(*args: str, cwd=None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SHADOWDESK_DATA_DIR", None)
    env.pop("SHADOWDESK_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "shadowdesk", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=120)


def test_version():
    result = shadowdesk("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"ShadowDesk {__version__}"


def test_demo_loads_once_and_refuses_a_second_time(tmp_path):
    first = shadowdesk("--data-dir", str(tmp_path), "demo")
    assert first.returncode == 0, first.stderr
    assert "40 people, 2 programs" in first.stdout
    again = shadowdesk("--data-dir", str(tmp_path), "demo")
    assert again.returncode != 0
    assert "already holds people" in again.stderr
    assert "Traceback" not in again.stderr


def test_large_demo(tmp_path):
    result = shadowdesk("--data-dir", str(tmp_path), "demo", "--people", "50", "--sessions", "300", "--seed", "3")
    assert result.returncode == 0, result.stderr
    connection = sqlite3.connect(tmp_path / "shadowdesk.sqlite3")
    assert connection.execute("SELECT count(*) FROM shadow_session").fetchone()[0] == 300
    connection.close()


def test_a_file_that_is_not_a_database_is_refused_with_a_clear_message(tmp_path):
    (tmp_path / "shadowdesk.sqlite3").write_bytes(b"Quarterly figures, not a database\n" * 10)
    before = (tmp_path / "shadowdesk.sqlite3").read_bytes()
    result = shadowdesk("--data-dir", str(tmp_path), "demo")
    assert result.returncode != 0
    assert "not a ShadowDesk database" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "shadowdesk.sqlite3").read_bytes() == before


def test_unreachable_postgresql_server_is_a_clear_message(tmp_path):
    result = shadowdesk("--data-dir", str(tmp_path), "--database-url", "postgresql://nobody@127.0.0.1:1/none",
                        "demo")
    assert result.returncode != 0
    assert "Cannot connect" in result.stderr and "Traceback" not in result.stderr


def test_database_files_are_private_to_their_owner(tmp_path):
    assert shadowdesk("--data-dir", str(tmp_path), "demo").returncode == 0
    assert (tmp_path / "shadowdesk.sqlite3").stat().st_mode & 0o077 == 0
