"""Moving a session (the week's drag, `sessions move`) on SQLite and PostgreSQL: the service refuses what
is no longer planned, what changed since it was shown and warnings not yet accepted, in that order, and
moves the session alone, with its length, time zone and people."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from shadowdesk.model import SessionKind, SessionStatus
from shadowdesk.rules.recurrence import Frequency, Repeat
from shadowdesk.services.errors import StaleRecord, UserError
from shadowdesk.services.schedule_types import NewWarnings, SessionDraft, SessionFilter
from shadowdesk.services.scheduling import SchedulingService
from tests.services.test_scheduling import scheduling_world

NOW = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.fixture
def world(db, tmp_path):
    """The scheduling tests' three people and program, and one session: Anna hosts Jürgen on Monday 16 June
    2025, 09:00 to 11:00 Berlin time."""
    service, _settings, ids = scheduling_world(db, tmp_path)
    [session] = service.create(_draft(ids, datetime(2025, 6, 16, 9, 0, tzinfo=BERLIN)))
    return service, ids, session


def _draft(ids, start, **changes) -> SessionDraft:
    anna, jurgen, _misaki, program = ids
    return replace(SessionDraft(
        kind=SessionKind.PROJECT_SHADOW, host_id=anna, guest_ids=(jurgen,), starts_at=start,
        duration=timedelta(hours=2), time_zone="Europe/Berlin", location="Delivery floor", program_id=program,
        agenda="Pipeline review"), **changes)


def _shown(service: SchedulingService, session_id: int):
    """The session's row as the week shows it."""
    rows = service.sessions_between(NOW - timedelta(days=30), NOW + timedelta(days=60), SessionFilter())
    return next(row for row in rows if row.id == session_id)


def test_a_moved_session_keeps_its_length_zone_and_people_and_its_row_shows_the_new_version(world):
    service, ids, session = world
    before = service.get(session)
    shown = _shown(service, session)
    assert shown.version_id == before.version_id

    service.move(session, shown.version_id, datetime(2025, 6, 17, 21, 30, tzinfo=TOKYO))  # 14:30 in Berlin

    after = service.get(session)
    assert after.starts_at == datetime(2025, 6, 17, 14, 30, tzinfo=BERLIN)
    assert (after.duration, after.time_zone, after.host_id, after.guest_ids) == (
        timedelta(hours=2), "Europe/Berlin", ids[0], (ids[1],))
    assert (after.location, after.agenda, after.status) == ("Delivery floor", "Pipeline review",
                                                            SessionStatus.PLANNED)
    assert after.sequence == before.sequence + 1  # a re-imported invite replaces the old one
    assert _shown(service, session).version_id == after.version_id != before.version_id


@pytest.mark.parametrize("shown_then", ["planned", "cancelled"])
def test_a_session_no_longer_planned_is_refused_in_plain_words(world, shown_then):
    service, _ids, session = world
    planned_version = service.get(session).version_id
    service.set_status(session, planned_version, SessionStatus.CANCELLED, "Customer closed")
    cancelled = service.get(session)
    shown_version = planned_version if shown_then == "planned" else cancelled.version_id

    with pytest.raises(UserError) as refusal:
        service.move(session, shown_version, datetime(2025, 6, 16, 13, 0, tzinfo=BERLIN))

    assert not isinstance(refusal.value, StaleRecord)  # nothing to reload or overwrite: it cannot move at all
    if shown_then == "planned":  # shown planned, cancelled by someone else since
        assert str(refusal.value) == ("Someone else changed this session meanwhile (now: Cancelled); only a "
                                      "planned session can be moved.")
    else:
        assert str(refusal.value) == "Only a planned session can be moved; this one is cancelled."
    assert service.get(session) == cancelled


def test_a_session_changed_since_it_was_shown_is_refused_with_its_current_version_to_overwrite(world):
    service, ids, session = world
    shown = _shown(service, session)
    theirs = _draft(ids, datetime(2025, 6, 16, 8, 0, tzinfo=BERLIN), agenda="Their agenda")
    service.update(session, shown.version_id, theirs)
    current = service.get(session)

    with pytest.raises(StaleRecord) as stale:
        service.move(session, shown.version_id, datetime(2025, 6, 16, 13, 0, tzinfo=BERLIN))

    assert stale.value.current_version == current.version_id
    with pytest.raises(StaleRecord) as from_the_editor:  # worded as every other save words it
        service.update(session, shown.version_id, theirs)
    assert str(stale.value) == str(from_the_editor.value)
    assert "was changed by" in str(stale.value)
    assert service.get(session) == current

    service.move(session, stale.value.current_version, datetime(2025, 6, 16, 13, 0, tzinfo=BERLIN))  # Overwrite
    after = service.get(session)
    assert after.starts_at == datetime(2025, 6, 16, 13, 0, tzinfo=BERLIN)
    assert after.agenda == "Their agenda"  # a move changes the time only: their other change stays


def test_a_warning_is_asked_about_first_and_the_move_is_saved_once_accepted(world):
    service, ids, session = world
    anna, jurgen, misaki, _program = ids
    [busy] = service.create(_draft(ids, datetime(2025, 6, 18, 10, 0, tzinfo=BERLIN), host_id=misaki,
                                   guest_ids=(jurgen,), location="Tokyo office"))
    version = service.get(session).version_id
    before = service.get(session)
    at = datetime(2025, 6, 18, 11, 0, tzinfo=BERLIN)  # Jürgen is with Misaki until 12:00

    with pytest.raises(NewWarnings) as asked:
        service.move(session, version, at)

    assert [w.code for w in asked.value.warnings] == ["double_booking"]
    assert "Jürgen Weiß already has a session" in asked.value.warnings[0].message
    assert str(asked.value).startswith("At that time the session gets these warnings, so it was not moved:")
    assert service.get(session) == before

    service.move(session, version, at, accepted_warnings=asked.value.warnings)
    after = service.get(session)
    assert after.starts_at == at
    assert "[double_booking]" in after.accepted_warnings
    assert service.get(busy).starts_at == datetime(2025, 6, 18, 10, 0, tzinfo=BERLIN)


def test_a_warning_that_came_up_after_the_question_is_asked_about_again(world):
    service, ids, session = world
    _anna, jurgen, misaki, _program = ids
    service.create(_draft(ids, datetime(2025, 6, 18, 10, 0, tzinfo=BERLIN), host_id=misaki, guest_ids=(jurgen,)))
    version = service.get(session).version_id
    at = datetime(2025, 6, 18, 11, 0, tzinfo=BERLIN)
    with pytest.raises(NewWarnings) as first:
        service.move(session, version, at)
    # While the user reads the question, someone books Misaki's colleague Jürgen once more, at 12:00.
    service.create(_draft(ids, datetime(2025, 6, 18, 12, 0, tzinfo=BERLIN), host_id=misaki, guest_ids=(jurgen,)))

    with pytest.raises(NewWarnings) as again:
        service.move(session, version, at, accepted_warnings=first.value.warnings)

    assert len(again.value.warnings) == 2 and first.value.warnings[0] in again.value.warnings
    assert service.get(session).starts_at == datetime(2025, 6, 16, 9, 0, tzinfo=BERLIN)


def test_an_occurrence_of_a_series_is_moved_alone(world):
    service, ids, _session = world
    series = service.create(_draft(ids, datetime(2025, 6, 2, 16, 0, tzinfo=BERLIN), guest_ids=(ids[2],),
                                   repeat=Repeat(Frequency.WEEKLY, count=3)))
    first, second, third = (service.get(i) for i in series)

    service.move(second.id, second.version_id, datetime(2025, 6, 10, 17, 45, tzinfo=BERLIN))  # Tue, not Mon

    moved = service.get(second.id)
    assert moved.starts_at == datetime(2025, 6, 10, 17, 45, tzinfo=BERLIN)
    assert moved.duration == timedelta(hours=2) and moved.series_uid == first.series_uid
    assert [service.get(first.id), service.get(third.id)] == [first, third]
