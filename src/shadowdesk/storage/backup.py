"""Copies of the SQLite database taken with SQLite's online backup API (consistent while others write)."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backup_sqlite(database_file: Path, backups_dir: Path, label: str) -> Path:
    """Write a consistent copy of database_file into backups_dir and return its path."""
    backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"shadowdesk-{stamp}-{label}.sqlite3"
    partial = target.with_suffix(".partial")
    # Written under a temporary name and renamed, so a crash never leaves a half copy that looks whole.
    source = sqlite3.connect(f"file:{database_file}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    os.chmod(partial, 0o600)
    os.replace(partial, target)
    return target
