"""What the schedule's month, week and agenda views share: labels, colours and local-time text."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from shadowdesk.domain import SessionKind, SessionStatus
from shadowdesk.labels import label
from shadowdesk.services.schedule_types import PersonRef, SessionRow
from shadowdesk.services.scheduling import known_zone

# Colour by kind, the same in every view; status only changes how strongly it is drawn.
KIND_COLOURS = {
    SessionKind.PROJECT_SHADOW: QColor("#2f6fbf"),
    SessionKind.CUSTOMER_VISIT: QColor("#c76a12"),
}


def kind_label(kind: SessionKind) -> str:
    """The kind as every part of the app names it: labels.py."""
    return label(kind)


def status_label(status: SessionStatus) -> str:
    return label(status)


def session_colour(row: SessionRow) -> QColor:
    colour = QColor(KIND_COLOURS[row.kind])
    if row.status in (SessionStatus.CANCELLED, SessionStatus.NO_SHOW):
        colour.setAlpha(90)
    elif row.status is SessionStatus.COMPLETED:
        colour.setAlpha(170)
    return colour


def local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone))


def isolate(text: str) -> str:
    """Wraps a name in Unicode directional isolates, so an Arabic name does not reorder the text around it."""
    return f"\u2068{text}\u2069"


def short_name(person: PersonRef) -> str:
    return person.name.split()[0] if " " in person.name else person.name


def other_local_times(row: SessionRow, viewer_zone: str) -> str:
    """Each participant whose zone differs from the viewer's, with the session's start in their zone.

    Compares the UTC offsets at the session's start, not the names: Berlin and Warsaw show nothing. A
    participant whose zone nobody knows is said so.
    """
    viewer_offset = local(row.starts_at, viewer_zone).utcoffset()
    parts = []
    for person in row.participants:
        zone = known_zone(person.time_zone)
        if zone is None:  # imported from a roster without one
            parts.append(QCoreApplication.translate("Schedule", "{name} (time zone unknown)").format(
                name=isolate(short_name(person))))
            continue
        their = row.starts_at.astimezone(zone)
        if their.utcoffset() != viewer_offset:
            parts.append(QCoreApplication.translate("Schedule", "{name} {time} ({zone})").format(
                name=isolate(short_name(person)), time=their.strftime("%H:%M"), zone=_zone_city(person.time_zone)))
    return ", ".join(parts)


def _zone_city(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")
