"""A day busier than a calendar can draw: the week shows a few lanes and "+N more", the month its first
sessions and "+N more"; either (by mouse, or by the arrow keys and Enter) lists the whole day in the agenda.
A repaint only copies what was laid out and drawn when the period was read: it formats no session again."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QHelpEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QToolTip

from shadowdesk.app import Services
from shadowdesk.gui.views import schedule_blocks, schedule_common
from shadowdesk.gui.views.schedule import AGENDA, MONTH, WEEK, ScheduleView
from shadowdesk.gui.views.schedule_common import KIND_COLOURS
from shadowdesk.gui.workers import TaskRunner
from shadowdesk.model import SessionKind, SessionStatus
from shadowdesk.services.demo_writers import BulkWriter, PersonPlan, SessionPlan

NOW = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
MONDAY, BUSY_DAY = date(2026, 6, 8), date(2026, 6, 10)  # a Wednesday
SESSIONS = 300
SIDE_BY_SIDE = 20  # an hour each, one starting every 3 minutes from 08:00
LANES_SHOWN = 4


@pytest.fixture
def services(db, app_paths) -> Services:
    """300 sessions on one Wednesday, 20 at a time, written in bulk as the large demo is."""
    with db.transaction() as s:
        writer = BulkWriter(s, {})
        people = writer.people([PersonPlan(name, f"{name.split()[0].lower()}@x.com", "Sales", "Rep", "Berlin",
                                           tz) for name, tz in (("Anna Nowak", "Europe/Berlin"),
                                                                ("Misaki Sato", "Asia/Tokyo"))])
        program = writer.program("Busy", MONDAY, MONDAY + timedelta(days=60), "")
        [pair] = writer.pairs(program, [(people[0], people[1])])
        first = datetime(2026, 6, 10, 8, 0, tzinfo=BERLIN).astimezone(UTC)
        starts = [first + timedelta(minutes=3 * n) for n in range(SESSIONS)]
        writer.sessions([SessionPlan(SessionKind.PROJECT_SHADOW, program, pair, people[0], people[1], start,
                                     start + timedelta(hours=1), "Europe/Berlin", "Room 1", None, None, "",
                                     SessionStatus.PLANNED, "") for start in starts],
                        [f"busy-{n}@x.com" for n in range(SESSIONS)])
    return Services(db, app_paths)


@pytest.fixture
def view(qtbot, services, synchronous_tasks) -> ScheduleView:
    widget = ScheduleView(services, lambda: NOW, "Europe/Berlin", tasks=synchronous_tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    shown(qtbot, widget, widget.refresh)
    widget.anchor = MONDAY
    shown(qtbot, widget, lambda: widget.set_mode(WEEK))
    return widget


def shown(qtbot, view: ScheduleView, action) -> None:
    """Does action and waits until the period it asks for is read (in a worker) and shown."""
    with qtbot.waitSignal(view.rows_loaded, timeout=10_000):
        action()


@pytest.fixture
def drawn_texts(monkeypatch) -> list[tuple]:
    """Every text the calendars' paint code draws, with where: what a user reads on the screen."""
    texts: list[tuple] = []
    draw = QPainter.drawText

    def recording(painter, *args):
        texts.append(args)
        return draw(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)
    return texts


def _where(texts: list[tuple], text: str) -> QRectF:
    [rect] = {args[0].getRect(): args[0] for args in texts if args[-1] == text}.values()  # in every paint
    return rect


def _lanes_at(view: ScheduleView, day: date, hour: float) -> set[int]:
    """The sessions under a row of points across the day's column, at that time."""
    first_hour, _, day_w, hour_h = view.week._scale()
    x = view.week.GUTTER + (day - MONDAY).days * day_w
    y = 24 + (hour - first_hour) * hour_h
    found = {view.week.session_at(QPointF(x + n, y)) for n in range(int(day_w))}
    return found - {None}


def _lists_the_busy_day(view: ScheduleView) -> None:
    assert view.mode == AGENDA
    assert view.period_label.text() == "Wednesday, 10 June 2026"
    assert view.summary_label.text() == f"{SESSIONS} sessions"
    rows = [view.agenda_model.row_at(n) for n in range(view.agenda_model.rowCount())]
    assert rows and {row.starts_at.astimezone(BERLIN).date() for row in rows} == {BUSY_DAY}


def test_a_day_of_300_sessions_shows_four_lanes_and_a_more_link_that_lists_the_day(qtbot, view, drawn_texts):
    hidden = SESSIONS - SESSIONS // SIDE_BY_SIDE * LANES_SHOWN
    view.week.grab()
    assert len(_lanes_at(view, BUSY_DAY, 12.5)) == LANES_SHOWN  # of the 20 held at 12:30
    more = _where(drawn_texts, f"+{hidden} more")
    with qtbot.waitSignal(view.rows_loaded) as loaded:
        qtbot.mouseClick(view.week, Qt.MouseButton.LeftButton, pos=QPointF(more.right() - 5, 12).toPoint())
    assert loaded.args == [SESSIONS]
    _lists_the_busy_day(view)

    shown(qtbot, view, lambda: view.step(1))  # the agenda goes on a day at a time
    assert view.period_label.text() == "Thursday, 11 June 2026" and view.rows == []


def test_the_arrow_keys_choose_a_day_and_enter_lists_it_in_the_agenda(qtbot, view):
    view.week.setFocus()  # on Monday: today (3 June) is not in the week shown
    qtbot.keyClick(view.week, Qt.Key.Key_Right)
    qtbot.keyClick(view.week, Qt.Key.Key_Right)
    with qtbot.waitSignal(view.rows_loaded):
        qtbot.keyClick(view.week, Qt.Key.Key_Return)
    _lists_the_busy_day(view)
    assert view.agenda.hasFocus()


def test_the_month_shows_the_first_sessions_of_the_day_then_more_which_lists_it(qtbot, view, drawn_texts):
    drawn_texts.clear()
    shown(qtbot, view, lambda: view.set_mode(MONTH))
    view.month.grab()
    [more] = {args[-1]: args for args in drawn_texts if str(args[-1]).endswith(" more")}.values()
    listed = len({args[-1] for args in drawn_texts if str(args[-1]).startswith(("08:", "09:"))})
    assert more[-1] == f"+{SESSIONS - listed} more" and listed >= 1
    with qtbot.waitSignal(view.rows_loaded):
        qtbot.mouseClick(view.month, Qt.MouseButton.LeftButton, pos=QPointF(more[0].left() + 5,
                                                                            more[0].center().y()).toPoint())
    _lists_the_busy_day(view)


def test_a_repaint_formats_no_session_again(qtbot, view, monkeypatch):
    """The class of "a paint grows with the data": every block's text and colour is made, and the blocks
    drawn, once, when the period is read; painting again (a click, the keyboard, a window brought back) only
    copies them."""
    calls: list[str] = []
    for home, name in ((schedule_common, "local"), (schedule_common, "other_local_times"),
                       (schedule_common, "session_colour"), (schedule_common, "short_name"),
                       (schedule_blocks, "draw_block")):
        original = getattr(home, name)

        def counting(*args, _name=name, _original=original):
            calls.append(_name)
            return _original(*args)

        for module in [m for m in sys.modules.values() if m and m.__name__.startswith("shadowdesk.gui")]:
            if getattr(module, name, None) is original:
                monkeypatch.setattr(module, name, counting)
    shown(qtbot, view, lambda: view.set_mode(MONTH))
    shown(qtbot, view, lambda: view.set_mode(WEEK))
    assert calls  # reading the periods formatted their blocks
    calls.clear()
    for calendar in (view.week, view.month):
        view.stack.setCurrentWidget(calendar)
        assert _blue_pixels(calendar.grab().toImage()) > 100  # the blocks are on the screen
    assert calls == []


def _blue_pixels(image: QImage) -> int:
    """How much of the picture is painted in a project shadow's blue."""
    blue = KIND_COLOURS[SessionKind.PROJECT_SHADOW]
    return sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if (colour := image.pixelColor(x, y)).saturation() > 100 and abs(colour.hue() - blue.hue()) < 12)


def test_a_block_cut_by_its_narrow_lane_shows_its_whole_text_in_a_tooltip(qtbot, view, drawn_texts):
    first_hour, _, day_w, hour_h = view.week._scale()
    noon = QPointF(view.week.GUTTER + 2 * day_w + 6, 24 + (12.05 - first_hour) * hour_h)
    hidden = SESSIONS - SESSIONS // SIDE_BY_SIDE * LANES_SHOWN
    view.week.grab()
    more = _where(drawn_texts, f"+{hidden} more")
    for point, text in ((noon, "12:00–13:00\nAnna & Misaki\n\u2068Misaki\u2069 19:00 (Tokyo)"),
                        (QPointF(more.right() - 5, 12), "List every session of this day in the agenda")):
        QApplication.sendEvent(view.week, QHelpEvent(QEvent.Type.ToolTip, point.toPoint(),
                                                     view.week.mapToGlobal(point.toPoint())))
        assert QToolTip.text() == text
    QToolTip.hideText()


def test_after_a_resize_the_blocks_are_drawn_again_in_a_worker_and_stretched_meanwhile(qtbot, services, held_pool,
                                                                                     monkeypatch):
    view = ScheduleView(services, lambda: NOW, "Europe/Berlin", tasks=TaskRunner(held_pool))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.anchor = MONDAY
    view.set_mode(WEEK)
    with qtbot.waitSignal(view.rows_loaded):
        held_pool.release()
    drawn: list[int] = []
    draw = schedule_blocks.draw_block
    monkeypatch.setattr(schedule_blocks, "draw_block", lambda *args: drawn.append(1) or draw(*args))
    view.resize(900, 600)
    view.week.grab()
    assert drawn == [] and held_pool.held  # the new size's blocks are asked of a worker
    assert len(_lanes_at(view, BUSY_DAY, 12.5)) == LANES_SHOWN  # the stretched old ones answer clicks meanwhile
    held_pool.release()
    qtbot.waitUntil(lambda: len(drawn) == SESSIONS // SIDE_BY_SIDE * LANES_SHOWN)
    view.week.grab()
    assert len(_lanes_at(view, BUSY_DAY, 12.5)) == LANES_SHOWN and not held_pool.held
