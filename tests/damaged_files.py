"""A database file damaged as a bad sector would damage it, for the tests of what the app does then."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def damage_an_index_page(database_file: Path) -> None:
    """Overwrite one index page of the person table: the file still opens, reads mostly work, and
    PRAGMA integrity_check reports the damage."""
    connection = sqlite3.connect(database_file)
    connection.execute("PRAGMA journal_mode=DELETE")
    (root,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE type='index' AND "
                                 "tbl_name='person' ORDER BY name LIMIT 1").fetchone()
    (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    connection.close()
    data = bytearray(database_file.read_bytes())
    start = (root - 1) * page_size
    data[start + 8:start + page_size] = b"\xa5" * (page_size - 8)
    database_file.write_bytes(bytes(data))
