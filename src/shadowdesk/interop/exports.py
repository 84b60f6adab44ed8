"""A program's sessions, reflections and ideas as CSV files for spreadsheets.

UTF-8 with a BOM, because without it Excel reads UTF-8 as the local code page and mangles "Ł" and "美咲".
Cells that a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage return) get a
leading apostrophe (interop/csv_safety.py): a note that starts with "=HYPERLINK(...)" is shown as text,
never evaluated.
Headers, kinds and statuses are in the current language (translation, labels), and the delimiter and the
decimal separator are the language's (interop/csv_dialect.py), so German or French Excel opens the file in
columns with its numbers as numbers. Times stay in ISO form, "2026-05-21 09:00", in UTC: every spreadsheet
reads that as a date and time whatever its region.
The rows arrive already filtered by the privacy rule (services/reports.py): this module only writes.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from shadowdesk.domain import IdeaStatus, SessionKind, SessionStatus
from shadowdesk.fileio import atomic_writer
from shadowdesk.interop.csv_dialect import CsvDialect, current_dialect
from shadowdesk.interop.csv_safety import defuse
from shadowdesk.labels import label
from shadowdesk.translation import _


def utc_text(moment: datetime | None) -> str:
    # ISO order in every language: a spreadsheet of any region reads it as a date.
    return "" if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class SessionRecord:
    starts_at: datetime
    ends_at: datetime
    kind: str  # a SessionKind value, written as its label
    status: str  # a SessionStatus value
    host: str
    guests: str
    location: str
    agenda: str
    status_reason: str


@dataclass(frozen=True)
class ReflectionRecord:
    session_start: datetime
    session_kind: str  # a SessionKind value
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
    status: str  # an IdeaStatus value
    decision_note: str


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]],
              dialect: CsvDialect | None = None) -> int:
    """Write through a temporary file and rename, so a failed export never leaves half a file behind.
    dialect: the current language's unless given (the caller that formats numbers passes the one it used)."""
    dialect = dialect or current_dialect()
    count = 0
    with atomic_writer(path, text=True, encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=dialect.delimiter)
        writer.writerow(header)
        for row in rows:
            writer.writerow([defuse(cell) for cell in row])
            count += 1
    return count


def write_sessions(path: Path, sessions: Iterable[SessionRecord]) -> int:
    dialect = current_dialect()
    return write_csv(
        path,
        (
            _("Start (UTC)"),
            _("End (UTC)"),
            _("Hours"),
            _("Kind"),
            _("Status"),
            _("Host"),
            _("Guests"),
            _("Location"),
            _("Agenda"),
            _("Status reason"),
        ),
        (
            (
                utc_text(s.starts_at),
                utc_text(s.ends_at),
                dialect.number((s.ends_at - s.starts_at).total_seconds() / 3600, 2),
                label(SessionKind(s.kind)),
                label(SessionStatus(s.status)),
                s.host,
                s.guests,
                s.location,
                s.agenda,
                s.status_reason,
            )
            for s in sessions
        ),
        dialect,
    )


def write_reflections(path: Path, reflections: Iterable[ReflectionRecord]) -> int:
    return write_csv(
        path,
        (
            _("Session start (UTC)"),
            _("Session kind"),
            _("Author"),
            _("Author email"),
            _("Usefulness (1-5)"),
            _("Submitted (UTC)"),
            _("Reflection"),
            _("Answers"),
        ),
        (
            (
                utc_text(r.session_start),
                label(SessionKind(r.session_kind)),
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
        (_("Title"), _("Proposed by"), _("Owner"), _("Status"), _("Decision")),
        ((i.title, i.proposer, i.owner, label(IdeaStatus(i.status)), i.decision_note) for i in ideas),
    )
