"""The refusals and plain values the scheduling service's saves work from, on the rows they would change:
what may move, what changed since the editor or the week showed it, and how a session is named in them."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from shadowdesk.labels import label
from shadowdesk.model import SessionStatus, ShadowSession
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.local_dates import short_moment
from shadowdesk.services.schedule_types import EditScope, SessionDraft
from shadowdesk.translation import _


def moved_draft(row: ShadowSession, new_start: datetime) -> SessionDraft:
    """The session as saved, at a new start and with its length; still planned in its own time zone."""
    return SessionDraft(
        kind=row.kind, host_id=row.host_id, guest_ids=tuple(guest.id for guest in row.guests),
        starts_at=new_start.astimezone(UTC), duration=row.ends_at - row.starts_at, time_zone=row.time_zone,
        location=row.location, program_id=row.program_id, pairing_id=row.pairing_id,
        customer_id=row.customer_id, project_id=row.project_id, agenda=row.agenda)


def refuse_unless_planned(row: ShadowSession, shown_version: int) -> None:
    """What has happened, or was called off, stays where it was; said as news when it was planned when shown."""
    if row.status is SessionStatus.PLANNED:
        return
    if row.version_id != shown_version:
        raise UserError(_("Someone else changed this session meanwhile (now: {status}); only a planned session "
                          "can be moved.").format(status=label(row.status)))
    raise UserError(_("Only a planned session can be moved; this one is {status}.").format(
        status=label(row.status).lower()))


def session_of(row: ShadowSession) -> str:
    return _("The session of {moment}").format(moment=moment(row))


def moment(row: ShadowSession) -> str:
    return short_moment(row.starts_at.astimezone(ZoneInfo(row.time_zone)))


def series_versions(s: Session, row: ShadowSession) -> tuple[tuple[int, int], ...]:
    """(id, version) of the other planned occurrences of row's series, by id."""
    if row.series_uid is None:
        return ()
    return tuple((sid, version) for sid, version in s.execute(
        select(ShadowSession.id, ShadowSession.version_id).where(
            ShadowSession.series_uid == row.series_uid, ShadowSession.status == SessionStatus.PLANNED,
            ShadowSession.id != row.id).order_by(ShadowSession.id)))


def refuse_changed_occurrences(current: ShadowSession, targets: list[ShadowSession], scope: EditScope,
                                series_versions: tuple[tuple[int, int], ...]) -> None:
    """A series save covers occurrences the editor showed at the versions it passes back: one saved,
    cancelled or completed by someone else since would otherwise be overwritten without a word."""
    if scope is EditScope.ONE:
        return
    shown = dict(series_versions)
    others = [row for row in targets if row.id != current.id]
    if {row.id: row.version_id for row in others} == shown:
        return
    changed = [row for row in others if shown.get(row.id) != row.version_id]  # targets are in time order
    if changed:
        raise StaleRecord(_("Another session of this series ({moment}) was changed by someone else since you "
                            "opened it.").format(moment=moment(changed[0])))
    raise StaleRecord(_("Another session of this series was changed by someone else since you opened it."))
