"""A program's sessions, reflections and ideas as CSV files for spreadsheets.

UTF-8 with a BOM, because without it Excel reads UTF-8 as the local code page and mangles "Ł" and "美咲".
Cells that a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage return) get a
leading apostrophe (interop/csv_safety.py): a note that starts with "=HYPERLINK(...)" is shown as text,
never evaluated.
The rows arrive already filtered by the privacy rule (services/reports.py): this module only writes.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from shadowdesk.fileio import atomic_writer
from shadowdesk.interop.csv_safety import defuse


def utc_text(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class SessionRecord:
    starts_at: datetime
    ends_at: datetime
    kind: str
    status: str
    host: str
    guests: str
    location: str
    agenda: str
    status_reason: str


@dataclass(frozen=True)
class ReflectionRecord:
    session_start: datetime
    session_kind: str
    author: str
    author_email: str
    rating: int | None
    submitted_at: datetime | None
    text: str
    answers: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class IdeaRecord:
    title: str
    proposer: str
    owner: str
    status: str
    decision_note: str


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write through a temporary file and rename, so a failed export never leaves half a file behind."""
    count = 0
    with atomic_writer(path, text=True, encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([defuse(cell) for cell in row])
            count += 1
    return count


def write_sessions(path: Path, sessions: Iterable[SessionRecord]) -> int:
    return write_csv(
        path,
        (
            "Start (UTC)",
            "End (UTC)",
            "Hours",
            "Kind",
            "Status",
            "Host",
            "Guests",
            "Location",
            "Agenda",
            "Status reason",
        ),
        (
            (
                utc_text(s.starts_at),
                utc_text(s.ends_at),
                f"{(s.ends_at - s.starts_at).total_seconds() / 3600:.2f}",
                s.kind,
                s.status,
                s.host,
                s.guests,
                s.location,
                s.agenda,
                s.status_reason,
            )
            for s in sessions
        ),
    )


def write_reflections(path: Path, reflections: Iterable[ReflectionRecord]) -> int:
    return write_csv(
        path,
        (
            "Session start (UTC)",
            "Session kind",
            "Author",
            "Author email",
            "Usefulness (1-5)",
            "Submitted (UTC)",
            "Reflection",
            "Answers",
        ),
        (
            (
                utc_text(r.session_start),
                r.session_kind,
                r.author,
                r.author_email,
                "" if r.rating is None else r.rating,
                utc_text(r.submitted_at),
                r.text,
                "\n".join(f"{prompt}: {answer}" for prompt, answer in r.answers),
            )
            for r in reflections
        ),
    )


def write_ideas(path: Path, ideas: Iterable[IdeaRecord]) -> int:
    return write_csv(
        path,
        ("Title", "Proposed by", "Owner", "Status", "Decision"),
        ((i.title, i.proposer, i.owner, i.status, i.decision_note) for i in ideas),
    )
