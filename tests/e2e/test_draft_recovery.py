"""Never lose a word: kill the app with SIGKILL while a note is typed; the restarted app restores it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from shadowdesk.storage import open_database
from tests.services.notes_world import build_world

CHILD = Path(__file__).with_name("draft_child.py")
ROOT = Path(__file__).resolve().parents[2]


def _child(*args: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_text_typed_before_a_sigkill_comes_back(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    database = open_database(url)
    world = build_world(database)
    database.dispose()
    args = (url, str(tmp_path / "drafts"), str(world.session), str(world.guest))

    typing = _child(*args, "type")
    try:
        assert typing.stdout.readline().strip() == "READY", typing.stderr.read() if typing.poll() else ""
    finally:
        typing.send_signal(signal.SIGKILL)
        typing.communicate(timeout=10)  # reaps the process and closes its pipes
    assert typing.returncode == -signal.SIGKILL

    report = _child(*args, "report")
    out, err = report.communicate(timeout=60)
    assert report.returncode == 0, err
    shown = json.loads(out.strip().splitlines()[-1])
    assert shown["database"] == "Saved by autosave. "  # the autosave had written the first burst
    assert shown["free_text"] == "Saved by autosave. Typed just before the kill: Łódź 佐藤美咲."
    assert shown["answers"][0] == "an answer"
    assert shown["restored_banner"] is True
