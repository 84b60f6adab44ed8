"""The crash-recovery copy of a note being typed: a small JSON file per note, written half a second after
typing pauses, so a killed process loses at most that half second even before the database save.

Written atomically (a temporary file, then os.replace): a kill during the write leaves the previous copy.
The folder and files are readable by their owner only: they hold people's notes.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from shadowdesk.fileio import atomic_write


@dataclass(frozen=True)
class DraftContent:
    answers: tuple[str, ...]
    free_text: str
    rating: int | None
    visibility: str


@dataclass(frozen=True)
class RecoveredDraft:
    content: DraftContent
    saved_at: datetime


class DraftRecovery:
    def __init__(self, folder: Path, session_id: int, author_id: int) -> None:
        self.file = folder / f"session{session_id}-person{author_id}.json"

    def write(self, content: DraftContent, now: datetime | None = None) -> None:
        self.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = {
            **asdict(content),
            "answers": list(content.answers),
            "saved_at": (now or datetime.now(UTC)).isoformat(),
        }
        atomic_write(self.file, json.dumps(data, ensure_ascii=False))

    def read(self) -> RecoveredDraft | None:
        """The saved copy, or None if there is none or it cannot be read (never worse than no copy)."""
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
            content = DraftContent(
                tuple(str(a) for a in data["answers"]),
                str(data["free_text"]),
                data["rating"] if isinstance(data["rating"], int) else None,
                str(data["visibility"]),
            )
            return RecoveredDraft(content, datetime.fromisoformat(data["saved_at"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def remove(self) -> None:
        self.file.unlink(missing_ok=True)
