"""Writing files so that a crash or an error never leaves half a file under the real name.

Every file ShadowDesk writes for the user (settings, exports, calendar files, crash-recovery copies)
goes through here: it is written beside its target under a temporary name, created readable by its
owner only (it may hold notes or a server password), and renamed over the target only when complete.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def atomic_writer(path: Path, text: bool = False, encoding: str = "utf-8", newline: str | None = None
                  ) -> Iterator[IO[Any]]:
    """A handle on a temporary file beside path; on success it replaces path, on any error it is removed."""
    partial = path.with_name(f".{path.name}.partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if text:
            handle = os.fdopen(descriptor, "w", encoding=encoding, newline=newline)
        else:
            handle = os.fdopen(descriptor, "wb")
        with handle:
            yield handle
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def atomic_write(path: Path, data: bytes | str) -> None:
    with atomic_writer(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)
