"""docs/TEAM_SERVER.md works as written: its `sh` blocks, run in order on a server of their own."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.pg_server import PostgresServer

DOC = Path(__file__).parents[1] / "docs" / "TEAM_SERVER.md"
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)


@pytest.fixture
def own_server():
    """A cluster of its own: the doc creates roles, which belong to the whole server."""
    server = PostgresServer()
    server.start()
    yield server
    server.stop()


def test_the_team_server_guide_runs_as_written(own_server, tmp_path):
    blocks = BLOCK.findall(DOC.read_text(encoding="utf-8"))
    script = "\n".join(body for language, body in blocks if language == "sh")
    (tmp_path / "roster.csv").write_text(next(body for language, body in blocks if language == "csv"))
    script = script.replace("db.example.com", f"127.0.0.1:{own_server.port}")
    env = {**os.environ, "PGHOST": "127.0.0.1", "PGPORT": str(own_server.port), "PGUSER": "postgres",
           "PATH": f"{Path(sys.executable).parent}:{own_server.bin}:{os.environ['PATH']}",
           "SHADOWDESK_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SHADOWDESK_DATABASE_URL", None)
    run = subprocess.run(["bash", "-e", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    assert "Do not run ShadowDesk day to day with this login. The login shadowdesk_owner owns" in run.stdout
    users = run.stdout[run.stdout.index("login\temail\tname\troles"):].splitlines()[1:5]
    assert users == ["anna\tanna@example.com\tAnna Nowak\tparticipant", "bea\tbea@example.com\tBea Berg\tparticipant",
                     "cora\tcora@example.com\tCora Lind\tcoordinator", "max\tmax@example.com\tMax Weber\tmanager"]
    # Why the guide backs up as the superuser: the owner is held by row-level security too.
    as_owner = subprocess.run(["pg_dump", "--username=shadowdesk_owner", "shadowdesk"], env=env,
                              capture_output=True, text=True, timeout=120)
    assert as_owner.returncode != 0 and "row-level security" in as_owner.stderr
    admin = create_engine(own_server.url("shadowdesk_restored"))
    try:
        with admin.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM person")).scalar() == 4
            assert connection.execute(text(
                "SELECT relforcerowsecurity FROM pg_class WHERE relname = 'reflection'")).scalar()
            verifier = connection.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = 'cora'")).scalar()
            assert verifier.startswith("SCRAM-SHA-256$")
    finally:
        admin.dispose()
