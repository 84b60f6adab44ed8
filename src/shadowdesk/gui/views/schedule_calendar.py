"""Month and week calendars, painted by hand: thousands of sessions cost one paint, not thousands of widgets.

What they draw is laid out once per period read (schedule_layout), so a paint places a bounded number of
blocks whatever the period holds. Arrow keys choose a day and Enter lists its every session in the agenda,
as a click on a day's "+N more" does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from shadowdesk.domain import SessionStatus
from shadowdesk.gui.views.schedule_blocks import (
    HEADER_HEIGHT,
    WEEK_GUTTER,
    Layer,
    MonthScale,
    WeekScale,
    draw_block,
    draw_week_layer,
    month_day_count,
)
from shadowdesk.gui.views.schedule_common import local
from shadowdesk.gui.views.schedule_layout import (
    Block,
    MonthLayout,
    WeekLayout,
    month_grid_start,
    week_block,
)
from shadowdesk.services.schedule_types import SessionRow

SNAP_MINUTES = 15  # a dragged block lands on the quarter hours


class CalendarCanvas(QWidget):
    """Shared by both calendars: hit areas, selection, the day chosen with the keyboard, tooltips."""

    session_activated = Signal(int)  # double-click: open the session
    session_selected = Signal(int)
    day_activated = Signal(object)  # a datetime.date: double-click on a free part of a day
    day_listed = Signal(object)  # a datetime.date: its "+N more" clicked, or Enter on it: list it all
    # After a resize: the layout shown and the size to draw its blocks for, in a worker (set_layer).
    layer_wanted = Signal(object, int, int)

    DAY_STEP_UP_DOWN = 0  # days the Up and Down keys move the chosen day (the month: a week)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._today = date.today()
        self._hits: list[tuple[QRectF, Block]] = []
        self._day_rects: list[tuple[QRectF, date]] = []
        self._more_rects: list[tuple[QRectF, date]] = []
        self.selected_id: int | None = None
        self.current_day = self._today  # the day the arrow keys move and Enter lists
        self._layer: Layer | None = None  # the blocks of the period shown, drawn
        self._layer_asked: tuple[object, int, int] | None = None

    def set_layer(self, layer: Layer) -> None:
        """The blocks drawn again for a new size; one for a size since left, or another period, is dropped."""
        if layer.fits(self._shown_layout(), self.width(), self.height()):
            self._layer = layer
            self.update()

    def _shown_layout(self) -> WeekLayout | MonthLayout:
        raise NotImplementedError

    def _layer_for_now(self) -> Layer | None:
        """The blocks for this size, or until they come from a worker, those of another size (stretched):
        drawing them here would freeze a resize."""
        layout, layer = self._shown_layout(), self._layer
        if layer is not None and layer.fits(layout, self.width(), self.height()):
            return layer
        asked = self._layer_asked
        if asked is None or asked[0] is not layout or asked[1:] != (self.width(), self.height()):
            self._layer_asked = (layout, self.width(), self.height())
            self.layer_wanted.emit(layout, self.width(), self.height())
        return layer if layer is not None and layer.is_for(layout) else None

    def _paint_layer(self, painter: QPainter, layer: Layer | None) -> None:
        """Copies the blocks; their hit areas follow when the copy is stretched."""
        if layer is None:
            self._hits = []
            return
        painter.drawImage(QRectF(0, 0, self.width(), self.height()), layer.image)
        x, y = self.width() / layer.width, self.height() / layer.height
        self._hits = [(QRectF(r.x() * x, r.y() * y, r.width() * x, r.height() * y), block)
                      for r, block in layer.hits]

    def days_shown(self) -> list[date]:
        raise NotImplementedError

    def _choose_current_day(self, today: date) -> None:
        """Today when shown, else the period's first day; kept when the same period is read again."""
        self._today = today
        days = self.days_shown()
        if self.current_day not in days:
            self.current_day = today if today in days else days[0]

    def block_at(self, point: QPointF) -> Block | None:
        return next((block for rect, block in reversed(self._hits) if rect.contains(point)), None)

    def session_at(self, point: QPointF) -> int | None:
        found = self.block_at(point)
        return None if found is None else found.row.id

    def _more_at(self, point: QPointF) -> date | None:
        return next((day for rect, day in self._more_rects if rect.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        more = self._more_at(event.position())
        if more is not None and event.button() is Qt.MouseButton.LeftButton:
            self.current_day = more
            self.day_listed.emit(more)
            return
        session_id = self.session_at(event.position())
        if session_id is not None:
            self.selected_id = session_id
            self.session_selected.emit(session_id)
            self.update()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._more_at(event.position()) is not None:
            return  # the press already listed the day
        session_id = self.session_at(event.position())
        if session_id is not None:
            self.session_activated.emit(session_id)
            return
        day = next((d for rect, d in self._day_rects if rect.contains(event.position())), None)
        if day is not None:
            self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1,
                 Qt.Key.Key_Up: -self.DAY_STEP_UP_DOWN, Qt.Key.Key_Down: self.DAY_STEP_UP_DOWN}
        key = Qt.Key(event.key())
        days = self.days_shown()
        if key in steps and steps[key]:
            moved = self.current_day + timedelta(days=steps[key])
            if days[0] <= moved <= days[-1]:
                self.current_day = moved
                self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.day_listed.emit(self.current_day)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.update()  # the chosen day's frame shows while the calendar has the keyboard
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        """A block's whole text (a narrow lane cuts it), or where "+N more" leads."""
        point = QPointF(event.pos())
        found = self.block_at(point)
        if found is not None:
            QToolTip.showText(event.globalPos(), found.text, self)
        elif self._more_at(point) is not None:
            QToolTip.showText(event.globalPos(), self.tr("List every session of this day in the agenda"), self)
        else:
            QToolTip.hideText()
            event.ignore()

    def _paint_more(self, painter: QPainter, rect: QRectF, day: date, count: int,
                    alignment: Qt.AlignmentFlag) -> None:
        """A day's "+N more", drawn as a link: a click lists the day in the agenda."""
        text = self.tr("+{count} more").format(count=count)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.Link))
        painter.drawText(rect, alignment | Qt.AlignmentFlag.AlignVCenter, text)
        width = self.fontMetrics().horizontalAdvance(text) + 4
        left = rect.right() - width if alignment & Qt.AlignmentFlag.AlignRight else rect.left()
        self._more_rects.append((QRectF(left, rect.top(), width, rect.height()), day))

    def _paint_current_day(self, painter: QPainter) -> None:
        """The day the keyboard is on, framed while the calendar has focus."""
        if not self.hasFocus():
            return
        rect = next((r for r, d in self._day_rects if d == self.current_day), None)
        if rect is not None:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _paint_selection(self, painter: QPainter) -> None:
        """The selected session's block, outlined."""
        rect = next((r for r, block in self._hits if block.row.id == self.selected_id), None)
        if rect is not None:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)


class MonthCalendar(CalendarCanvas):
    """Six weeks from the Monday on or before the first of the month; each day lists what fits, then "+N more"."""

    DAY_STEP_UP_DOWN = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = MonthLayout.empty(date.today().replace(day=1))

    @property
    def month(self) -> date:
        return self._layout.first_of_month

    def set_layout(self, layout: MonthLayout, today: date, layer: Layer | None = None) -> None:
        """layer: the layout's blocks drawn in the worker for the size the calendar had then, if any."""
        self._layout, self._layer = layout, layer
        self._choose_current_day(today)
        self.update()

    def days_shown(self) -> list[date]:
        first = month_grid_start(self.month)
        return [first + timedelta(days=n) for n in range(42)]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._hits, self._day_rects, self._more_rects = [], [], []
        palette, locale = self.palette(), QLocale()
        scale = MonthScale.of(self.width(), self.height(), self.font())
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        for column in range(7):
            name = locale.dayName(column + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(QRectF(column * scale.cell_w, 0, scale.cell_w, HEADER_HEIGHT),
                             Qt.AlignmentFlag.AlignCenter, name)
        grid = QPen(palette.color(QPalette.ColorRole.Mid))
        for index, day in enumerate(self.days_shown()):
            cell = scale.cell(index)
            self._day_rects.append((cell, day))
            if day == self._today:
                painter.fillRect(cell, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(grid)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell)
            other_month = day.month != self.month.month
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText if other_month
                                         else QPalette.ColorRole.WindowText))
            bold = QFont(self.font())
            bold.setBold(day == self._today)
            painter.setFont(bold)
            painter.drawText(cell.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             str(day.day))
        self._paint_layer(painter, self._layer_for_now())  # drawn when the month was read
        for index, day in enumerate(self.days_shown()):
            cell, count = scale.cell(index), month_day_count(self._layout, day)
            shown = scale.shown(cell, count, len(self._layout.days.get(day, ())))
            if shown < count:
                self._paint_more(painter, scale.line(cell, shown).adjusted(2, 0, -2, 0), day, count - shown,
                                 Qt.AlignmentFlag.AlignLeft)
        self._paint_selection(painter)
        self._paint_current_day(painter)
        painter.end()

    def _shown_layout(self) -> MonthLayout:
        return self._layout


@dataclass
class _Drag:
    """A planned session's block held with the mouse, and where it would land if let go now."""

    row: SessionRow
    press: QPointF
    grab_minutes: float  # from the block's start to the point held, so the block does not jump under the mouse
    day: date  # the new local start's day; until the block moves, its own
    minute: int  # the new local start, in minutes after midnight
    moving: bool = False  # past the drag distance: until then a press is a click
    dropped: bool = False  # let go elsewhere; the view is saving it


class WeekCalendar(CalendarCanvas):
    """Seven day columns against an hour scale; overlapping sessions sit side by side in lanes.

    A planned session's block can be dragged to another time or day (Escape puts it back); letting go
    emits session_moved and leaves saving, and any question about it, to the view.
    """

    GUTTER = WEEK_GUTTER
    session_moved = Signal(int, int, object)  # session id, the version its block showed, the new (aware) start

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = WeekLayout.empty(date.today() - timedelta(days=date.today().weekday()))
        self._drag: _Drag | None = None
        self.sessions_movable = True  # False for a viewer whose role does not plan sessions
        self.setMouseTracking(True)  # the open hand over a block says it can be moved

    @property
    def monday(self) -> date:
        return self._layout.monday

    @property
    def _zone(self) -> str:
        return self._layout.zone

    def set_layout(self, layout: WeekLayout, today: date, layer: Layer | None = None) -> None:
        """layer: the layout's blocks drawn in the worker for the size the calendar had then, if any."""
        self._layout, self._layer = layout, layer
        self._choose_current_day(today)
        self.update()

    def days_shown(self) -> list[date]:
        return [self.monday + timedelta(days=n) for n in range(7)]

    def _shown_layout(self) -> WeekLayout:
        return self._layout

    def _week_layer(self) -> Layer | None:
        """While a block is held, or just let go, the blocks are drawn here, once, so that it leaves its
        place (an outline) as the hand moves; otherwise as the base class has them."""
        held = self._drag.row.id if self._drag is not None and self._drag.moving else None
        layer = self._layer
        if layer is not None and layer.held != held and layer.is_for(self._layout):
            self._layer = draw_week_layer(self._layout, self.width(), self.height(), self.devicePixelRatioF(),
                                          self.font(), held)
        return self._layer_for_now()

    def _scale(self) -> tuple[int, int, float, float]:
        """First and last hour shown, a day's width and an hour's height: shared by painting and dragging."""
        scale = WeekScale.of(self._layout, self.width(), self.height())
        return scale.first_hour, scale.last_hour, scale.day_w, scale.hour_h

    # --- dragging --------------------------------------------------------------------------------

    def _row(self, session_id: int | None) -> SessionRow | None:
        return None if session_id is None else self._layout.rows.get(session_id)

    def _movable_at(self, point: QPointF) -> SessionRow | None:
        """The planned session under point: what has happened, or was called off, stays where it was."""
        row = self._row(self.session_at(point))
        movable = self.sessions_movable and row is not None and row.status is SessionStatus.PLANNED
        return row if movable else None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mousePressEvent(event)
        row = self._movable_at(event.position())
        if event.button() is not Qt.MouseButton.LeftButton or row is None:
            return
        first_hour, _, _, hour_h = self._scale()
        start = local(row.starts_at, self._zone)
        held = first_hour * 60 + (event.position().y() - HEADER_HEIGHT) / hour_h * 60
        start_minute = start.hour * 60 + start.minute
        self._drag = _Drag(row, event.position(), held - start_minute, start.date(), start_minute)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag = self._drag
        if drag is None:
            if event.buttons() == Qt.MouseButton.NoButton:
                if self._movable_at(event.position()) is not None:
                    self.setCursor(Qt.CursorShape.OpenHandCursor)
                else:
                    self.unsetCursor()
            return
        if not drag.moving and (event.position() - drag.press).manhattanLength() < QApplication.startDragDistance():
            return  # a hand that shakes while clicking does not move the session
        drag.moving = True
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        drag.day, drag.minute = self._target(event.position(), drag.grab_minutes)
        self.update()

    def _target(self, point: QPointF, grab_minutes: float) -> tuple[date, int]:
        """The day under point and the block's snapped start, kept inside the hours shown."""
        first_hour, last_hour, day_w, hour_h = self._scale()
        column = min(max(int((point.x() - self.GUTTER) // day_w), 0), 6)
        minute = first_hour * 60 + (point.y() - HEADER_HEIGHT) / hour_h * 60 - grab_minutes
        snapped = round(minute / SNAP_MINUTES) * SNAP_MINUTES
        return self.monday + timedelta(days=column), min(max(snapped, first_hour * 60), last_hour * 60 - SNAP_MINUTES)

    def _drop_start(self, drag: _Drag) -> datetime:
        return datetime.combine(drag.day, time(drag.minute // 60, drag.minute % 60), tzinfo=ZoneInfo(self._zone))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag = self._drag
        if drag is None or not drag.moving:
            self._drag = None
            super().mouseReleaseEvent(event)
            return
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        starts_at = self._drop_start(drag)
        if starts_at != drag.row.starts_at:
            # Still drawn where it was let go while the view asks about warnings and saves.
            drag.dropped = True
            self.session_moved.emit(drag.row.id, drag.row.version_id, starts_at)
        self._drag = None
        self.update()

    def cancel_drag(self) -> None:
        """Puts a dragged block back where it was; nothing is saved."""
        if self._drag is not None:
            self._drag = None
            self.unsetCursor()
            self.update()

    def event(self, event: QEvent) -> bool:
        # Claim Escape before any window shortcut does while a block is held.
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._drag is not None
                and event.key() == Qt.Key.Key_Escape):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self.cancel_drag()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if self._drag is not None and not self._drag.dropped:
            self.cancel_drag()  # another window came up mid-drag: the release would never reach us
        super().focusOutEvent(event)

    # --- painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._hits, self._day_rects, self._more_rects = [], [], []
        palette, locale = self.palette(), QLocale()
        first_hour, last_hour, day_w, hour_h = self._scale()
        grid = QPen(palette.color(QPalette.ColorRole.Mid))
        for hour in range(first_hour, last_hour + 1):
            y = HEADER_HEIGHT + (hour - first_hour) * hour_h
            painter.setPen(grid)
            painter.drawLine(QPointF(self.GUTTER, y), QPointF(self.width(), y))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(0, y - 8, self.GUTTER - 6, 16), Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00")
        for column, day in enumerate(self.days_shown()):
            x = self.GUTTER + column * day_w
            column_rect = QRectF(x, HEADER_HEIGHT, day_w, self.height() - HEADER_HEIGHT)
            self._day_rects.append((column_rect, day))
            if day == self._today:
                painter.fillRect(column_rect, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(grid)
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        self._paint_layer(painter, self._week_layer())  # drawn when the week was read
        for column, (day, laid_out) in enumerate(zip(self.days_shown(), self._layout.days, strict=True)):
            x = self.GUTTER + column * day_w
            header = QRectF(x + 4, 0, day_w - 8, HEADER_HEIGHT)
            if laid_out.hidden:
                self._paint_more(painter, header, day, laid_out.hidden, Qt.AlignmentFlag.AlignRight)
            bold = QFont(self.font())
            bold.setBold(day == self._today)
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(header, (Qt.AlignmentFlag.AlignLeft if laid_out.hidden else Qt.AlignmentFlag.AlignHCenter)
                             | Qt.AlignmentFlag.AlignVCenter,
                             f"{locale.dayName(column + 1, QLocale.FormatType.ShortFormat)} {day.day}")
        self._paint_selection(painter)
        if self._drag is not None and self._drag.moving:
            self._paint_drag(painter, self._drag, first_hour, day_w, hour_h)
        self._paint_current_day(painter)
        painter.end()

    def _paint_drag(self, painter: QPainter, drag: _Drag, first_hour: int, day_w: float, hour_h: float) -> None:
        """The held block across its new day at its new time, and that time marked on the hour scale."""
        start = self._drop_start(drag)
        length = drag.row.ends_at - drag.row.starts_at
        moved = replace(drag.row, starts_at=start, ends_at=start + length)  # far participants' times follow
        column = (drag.day - self.monday).days
        top = HEADER_HEIGHT + (drag.minute / 60 - first_hour) * hour_h
        rect = QRectF(self.GUTTER + column * day_w + 2, top, day_w - 4,
                      max(length.total_seconds() / 3600 * hour_h - 2, 14))
        painter.setOpacity(0.85)  # the sessions it would overlap show through
        draw_block(painter, rect, week_block(moved, self._zone), self.font())
        painter.setOpacity(1)
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(highlight, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 3, 3)
        label = QRectF(2, top - 9, self.GUTTER - 4, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(highlight)
        painter.drawRoundedRect(label, 3, 3)
        painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, f"{start:%H:%M}")
