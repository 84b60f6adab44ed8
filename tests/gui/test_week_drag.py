"""Moving a session by dragging its block in the Schedule's week: it lands on the quarter hour, is saved at
once, asks first about warnings and about someone else's change, and Escape puts it back."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from shadowdesk.app import Services
from shadowdesk.gui import prompts
from shadowdesk.gui.views.schedule import WEEK, ScheduleView
from shadowdesk.gui.views.schedule_common import KIND_COLOURS
from shadowdesk.model import SessionKind, SessionStatus
from shadowdesk.services.identity import IdentityService
from shadowdesk.services.people import PersonInput
from shadowdesk.services.schedule_types import Frequency, Repeat, SessionDraft

NOW = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 6, 8)
HOUR = timedelta(hours=1)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    """A wall-clock time in Berlin on a day of the week shown (0 is Monday), in UTC as stored."""
    return datetime(2026, 6, 8 + day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


class World:
    def __init__(self, services: Services) -> None:
        people = services.people
        self.anna, self.ben, self.chloe = (
            people.add_person(PersonInput(name, f"{name.split()[0].lower()}@x.com", time_zone="Europe/Berlin"))
            for name in ("Anna Nowak", "Ben Weber", "Chloe Martin"))
        scheduling = services.scheduling
        [self.session] = scheduling.create(self.draft(self.anna, self.ben, _at(1, 10)))  # Tuesday 10:00
        [self.busy] = scheduling.create(self.draft(self.chloe, self.ben, _at(2, 14)))  # Wednesday 14:00
        [self.cancelled] = scheduling.create(self.draft(self.anna, self.chloe, _at(3, 10)))
        scheduling.set_status(self.cancelled, scheduling.get(self.cancelled).version_id, SessionStatus.CANCELLED,
                              "Customer closed")
        self.series = scheduling.create(replace(self.draft(self.chloe, self.anna, _at(0, 16)),
                                                repeat=Repeat(Frequency.WEEKLY, count=3)))

    @staticmethod
    def draft(host: int, guest: int, starts_at: datetime) -> SessionDraft:
        return SessionDraft(SessionKind.PROJECT_SHADOW, host, (guest,), starts_at, HOUR, "Europe/Berlin",
                            agenda="Pipeline review")


@pytest.fixture
def services(db, app_paths) -> Services:
    return Services(db, app_paths)


@pytest.fixture(autouse=True)
def program_office(monkeypatch):
    """Moving a session is a coordinator's: the throwaway PostgreSQL server's login is a superuser, which the
    window refuses every action, so the tests act as the program office (as on an unclaimed file)."""
    monkeypatch.setattr(IdentityService, "whoami", lambda _self: None)


@pytest.fixture
def world(services) -> World:
    return World(services)


@pytest.fixture
def view(qtbot, services, world, synchronous_tasks) -> ScheduleView:
    # Reads run at once on the test's thread: what a user sees once the week has loaded.
    widget = ScheduleView(services, lambda: NOW, "Europe/Berlin", tasks=synchronous_tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    widget.anchor = MONDAY
    widget.set_mode(WEEK)
    return widget


@pytest.fixture
def asked(monkeypatch) -> dict[str, list[str]]:
    """Every question the drag would have asked, answered Yes and Overwrite unless a test says otherwise."""
    texts: dict[str, list[str]] = {"warnings": [], "their change": [], "errors": []}
    monkeypatch.setattr(prompts, "ask_yes_no", lambda _p, _t, text: texts["warnings"].append(text) or True)
    monkeypatch.setattr(prompts, "ask_reload_or_overwrite",
                        lambda _p, _t, text: texts["their change"].append(text) or "overwrite")
    monkeypatch.setattr(prompts, "show_error", lambda _p, _t, text: texts["errors"].append(text))
    return texts


def _point(view: ScheduleView, moment: datetime, down: float = 5) -> QPointF:
    """On the week grid, the point in the moment's day column that lies `down` pixels below its time."""
    first_hour, _, day_w, hour_h = view.week._scale()
    local = moment.astimezone(BERLIN)
    x = view.week.GUTTER + (local.date() - MONDAY).days * day_w + day_w / 2
    return QPointF(x, 24 + (local.hour + local.minute / 60 - first_hour) * hour_h + down)


def _drag(qtbot, view: ScheduleView, start: datetime, to: datetime, *, escape: bool = False) -> None:
    """Takes the block at start by its top edge and lets it go where its top is at `to` (Escape first)."""
    calendar = view.week
    grab, drop = _point(view, start).toPoint(), _point(view, to).toPoint()
    qtbot.mousePress(calendar, Qt.MouseButton.LeftButton, pos=grab)
    for step in range(1, 5):  # several moves, as a hand makes them
        qtbot.mouseMove(calendar, grab + (drop - grab) * step / 4)
    if escape:
        qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.mouseRelease(calendar, Qt.MouseButton.LeftButton, pos=drop)


def _block_at(qtbot, view: ScheduleView, moment: datetime, session_id: int | None) -> None:
    """Waits until the week shows session_id's block (None: no block) at the moment's place: hit areas
    follow the paint that the reload asked for."""
    qtbot.waitUntil(lambda: view.week.session_at(_point(view, moment)) == session_id)


def _shows_a_session_block(view: ScheduleView, point: QPointF) -> bool:
    """Whether the pixel there is painted in a project shadow's blue, rather than the empty grid."""
    colour = QColor(view.week.grab().toImage().pixel(point.toPoint()))
    blue = KIND_COLOURS[SessionKind.PROJECT_SHADOW]
    return colour.saturation() > 100 and abs(colour.hue() - blue.hue()) < 12


def test_a_dragged_block_follows_the_mouse_and_its_session_is_saved_where_it_is_let_go(qtbot, view, services,
                                                                                     world, asked):
    before = services.scheduling.get(world.session)
    calendar = view.week
    grab, drop = _point(view, _at(1, 10)).toPoint(), _point(view, _at(2, 11, 30)).toPoint()
    qtbot.mousePress(calendar, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(calendar, drop + QPointF(0, 3).toPoint())  # a little off the quarter hour: it snaps

    lower_part = 40  # pixels below the start: inside a one-hour block, below its text's first line
    assert _shows_a_session_block(view, _point(view, _at(2, 11, 30), lower_part))
    assert not _shows_a_session_block(view, _point(view, _at(1, 10), lower_part))
    assert services.scheduling.get(world.session).starts_at == before.starts_at  # nothing saved while held

    qtbot.mouseRelease(calendar, Qt.MouseButton.LeftButton, pos=drop)
    after = services.scheduling.get(world.session)
    assert (after.starts_at, after.duration) == (_at(2, 11, 30), HOUR)
    assert (after.agenda, after.guest_ids, after.status) == ("Pipeline review", (world.ben,), SessionStatus.PLANNED)
    assert after.version_id != before.version_id
    _block_at(qtbot, view, _at(2, 11, 30), world.session)
    _block_at(qtbot, view, _at(1, 10), None)
    assert asked == {"warnings": [], "their change": [], "errors": []}


def test_escape_during_a_drag_puts_the_block_back_and_saves_nothing(qtbot, view, services, world, asked):
    before = services.scheduling.get(world.session)
    _drag(qtbot, view, _at(1, 10), _at(4, 15), escape=True)
    assert services.scheduling.get(world.session) == before
    _block_at(qtbot, view, _at(1, 10), world.session)
    _block_at(qtbot, view, _at(4, 15), None)
    assert _shows_a_session_block(view, _point(view, _at(1, 10), 40))


def test_a_click_without_moving_selects_and_a_double_click_still_opens_the_editor(qtbot, view, services, world,
                                                                                  asked):
    before = services.scheduling.get(world.session)
    calendar = view.week
    grab = _point(view, _at(1, 10)).toPoint()
    shake = QPointF(0, QApplication.startDragDistance() - 1).toPoint()  # down: past a quarter-hour snap
    qtbot.mousePress(calendar, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(calendar, grab + shake)
    qtbot.mouseRelease(calendar, Qt.MouseButton.LeftButton, pos=grab + shake)
    assert calendar.selected_id == world.session
    assert services.scheduling.get(world.session) == before

    qtbot.mouseDClick(calendar, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.waitUntil(lambda: view.editor is not None and view.editor.isVisible())
    assert view.editor.detail.id == world.session
    assert services.scheduling.get(world.session) == before


def test_a_double_booking_asks_first_and_no_puts_the_block_back(qtbot, view, services, world, asked,
                                                                monkeypatch):
    seen_while_asked = []

    def answer_no(_parent, _title, text: str) -> bool:
        asked["warnings"].append(text)
        seen_while_asked.append((_shows_a_session_block(view, _point(view, _at(2, 14, 30), 40)),
                                 _shows_a_session_block(view, _point(view, _at(1, 10), 40))))
        return False

    monkeypatch.setattr(prompts, "ask_yes_no", answer_no)
    before = services.scheduling.get(world.session)
    _drag(qtbot, view, _at(1, 10), _at(2, 14, 30))  # Ben has Chloe's session from 14:00 to 15:00
    [question] = asked["warnings"]
    assert "Ben Weber already has a session" in question and "Move it anyway?" in question
    assert seen_while_asked == [(True, False)]  # the block waits where it was let go for the answer
    assert services.scheduling.get(world.session) == before
    _block_at(qtbot, view, _at(1, 10), world.session)


def test_a_double_booking_accepted_is_saved_with_the_warning_recorded(qtbot, view, services, world, asked):
    _drag(qtbot, view, _at(1, 10), _at(2, 14, 15))
    assert len(asked["warnings"]) == 1
    after = services.scheduling.get(world.session)
    assert after.starts_at == _at(2, 14, 15)
    assert "[double_booking]" in after.accepted_warnings


def test_a_session_someone_else_cancelled_since_the_week_was_shown_stays(qtbot, view, services, world, asked):
    services.scheduling.set_status(world.session, services.scheduling.get(world.session).version_id,
                                   SessionStatus.CANCELLED, "Ben is ill")
    _drag(qtbot, view, _at(1, 10), _at(1, 13))
    assert asked["errors"] == ["Someone else changed this session meanwhile (now: Cancelled); only a planned "
                               "session can be moved."]
    assert services.scheduling.get(world.session).starts_at == _at(1, 10)
    _block_at(qtbot, view, _at(1, 10), world.session)


def test_a_cancelled_session_does_not_move(qtbot, view, services, world, asked):
    before = services.scheduling.get(world.cancelled)
    _drag(qtbot, view, _at(3, 10), _at(4, 12))
    assert services.scheduling.get(world.cancelled) == before
    _block_at(qtbot, view, _at(3, 10), world.cancelled)
    assert asked == {"warnings": [], "their change": [], "errors": []}


def test_a_session_of_a_series_moves_alone(qtbot, view, services, world, asked):
    first, *rest = world.series
    others = [services.scheduling.get(i) for i in rest]
    _drag(qtbot, view, _at(0, 16), _at(0, 17, 45))
    moved = services.scheduling.get(first)
    assert moved.starts_at == _at(0, 17, 45) and moved.series_uid == others[0].series_uid
    assert [services.scheduling.get(i) for i in rest] == others
    assert asked == {"warnings": [], "their change": [], "errors": []}


def test_a_session_someone_else_moved_since_the_week_was_shown_asks_reload_or_overwrite(qtbot, view, services,
                                                                                      world, asked, monkeypatch):
    opened = services.scheduling.get(world.session)
    services.scheduling.update(world.session, opened.version_id, World.draft(world.anna, world.ben, _at(1, 8)))
    monkeypatch.setattr(prompts, "ask_reload_or_overwrite",
                        lambda _p, _t, text: asked["their change"].append(text) or "reload")

    _drag(qtbot, view, _at(1, 10), _at(1, 13))

    [question] = asked["their change"]
    assert "was changed by someone else" in question
    assert services.scheduling.get(world.session).starts_at == _at(1, 8)  # theirs, kept
    _block_at(qtbot, view, _at(1, 8), world.session)  # and shown
    _block_at(qtbot, view, _at(1, 10), None)


def test_overwrite_after_a_change_made_while_the_warnings_were_read_moves_their_session(qtbot, view, services,
                                                                                      world, asked, monkeypatch):
    def someone_else_edits_then_yes(_parent, _title, text: str) -> bool:
        asked["warnings"].append(text)
        current = services.scheduling.get(world.session)
        services.scheduling.update(world.session, current.version_id,
                                   replace(World.draft(world.anna, world.ben, current.starts_at), agenda="Theirs"))
        return True

    monkeypatch.setattr(prompts, "ask_yes_no", someone_else_edits_then_yes)
    _drag(qtbot, view, _at(1, 10), _at(2, 14))
    assert len(asked["warnings"]) == 1
    [question] = asked["their change"]
    assert question.startswith("The session of") and "changed by someone else" in question
    after = services.scheduling.get(world.session)
    assert (after.starts_at, after.agenda) == (_at(2, 14), "Theirs")  # a move changes the time, not their agenda
    quarter = QPointF(view.week._scale()[2] / 4, 0)  # the two sessions at 14:00 sit side by side
    middle = _point(view, _at(2, 14))
    qtbot.waitUntil(lambda: {view.week.session_at(middle - quarter), view.week.session_at(middle + quarter)}
                    == {world.session, world.busy})


@pytest.mark.parametrize("answer", [True, False], ids=["accepted", "back"])
def test_someone_booking_a_participant_while_the_warnings_are_read_is_asked_about_again(
        qtbot, view, services, world, asked, monkeypatch, answer):
    answers = iter([True, answer])

    def someone_books_ben_then_answer(_parent, _title, text: str) -> bool:
        if not asked["warnings"]:  # in another window, while the first question is open
            services.scheduling.create(World.draft(world.chloe, world.ben, _at(2, 15)))
        asked["warnings"].append(text)
        return next(answers)

    monkeypatch.setattr(prompts, "ask_yes_no", someone_books_ben_then_answer)
    _drag(qtbot, view, _at(1, 10), _at(2, 14, 30))  # Ben is with Chloe 14:00-15:00, and soon 15:00-16:00

    first, again = asked["warnings"]
    assert "Ben Weber already has a session at 2026-06-10 14:00" in first and "15:00" not in first
    assert ("Ben Weber already has a session at 2026-06-10 14:00" in again
            and "Ben Weber already has a session at 2026-06-10 15:00" in again and "Move it anyway?" in again)
    assert asked["errors"] == []
    after = services.scheduling.get(world.session)
    if answer:
        assert after.starts_at == _at(2, 14, 30) and after.accepted_warnings.count("[double_booking]") == 2
    else:
        assert after.starts_at == _at(1, 10)
        _block_at(qtbot, view, _at(1, 10), world.session)
