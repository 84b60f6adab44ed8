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
from shadowdesk.gui.views.schedule_common import local
from shadowdesk.gui.views.schedule_layout import (
    Block,
    MonthLayout,
    WeekBlock,
    WeekLayout,
    month_grid_start,
    week_block,
)
from shadowdesk.services.schedule_types import SessionRow

HEADER_HEIGHT = 24
SNAP_MINUTES = 15  # a dragged block lands on the quarter hours


class CalendarCanvas(QWidget):
    """Shared by both calendars: hit areas, selection, the day chosen with the keyboard, tooltips."""

    session_activated = Signal(int)  # double-click: open the session
    session_selected = Signal(int)
    day_activated = Signal(object)  # a datetime.date: double-click on a free part of a day
    day_listed = Signal(object)  # a datetime.date: its "+N more" clicked, or Enter on it: list it all

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

    def _block(self, painter: QPainter, rect: QRectF, block: Block) -> None:
        """A session drawn in its kind's colour; cancelled ones struck through, the selected one outlined."""
        self._draw_block(painter, rect, block)
        self._hits.append((rect, block))

    def _draw_block(self, painter: QPainter, rect: QRectF, block: Block) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(block.fill)
        painter.drawRoundedRect(rect, 3, 3)
        if block.row.id == self.selected_id:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        font = QFont(self.font())
        font.setStrikeOut(block.struck)
        painter.setFont(font)
        painter.setPen(block.ink)
        text_rect = rect.adjusted(4, 1, -3, -1)
        painter.save()
        painter.setClipRect(text_rect)  # a short block shows its first lines rather than spilling over
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         block.text)
        painter.restore()


class MonthCalendar(CalendarCanvas):
    """Six weeks from the Monday on or before the first of the month; each day lists what fits, then "+N more"."""

    DAY_STEP_UP_DOWN = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = MonthLayout.empty(date.today().replace(day=1))

    @property
    def month(self) -> date:
        return self._layout.first_of_month

    def set_layout(self, layout: MonthLayout, today: date) -> None:
        self._layout = layout
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
        width, height = self.width(), self.height()
        cell_w, cell_h = width / 7, (height - HEADER_HEIGHT) / 6
        line_h = self.fontMetrics().height() + 4
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        for column in range(7):
            name = locale.dayName(column + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(QRectF(column * cell_w, 0, cell_w, HEADER_HEIGHT), Qt.AlignmentFlag.AlignCenter, name)
        grid = QPen(palette.color(QPalette.ColorRole.Mid))
        for index, day in enumerate(self.days_shown()):
            cell = QRectF((index % 7) * cell_w, HEADER_HEIGHT + (index // 7) * cell_h, cell_w, cell_h)
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
            blocks = self._layout.days.get(day, ())
            self._paint_day(painter, cell, day, blocks, max(self._layout.counts.get(day, 0), len(blocks)), line_h)
        self._paint_current_day(painter)
        painter.end()

    def _paint_day(self, painter: QPainter, cell: QRectF, day: date, blocks: tuple[Block, ...], count: int,
                   line_h: float) -> None:
        top = cell.top() + line_h
        fits = max(int((cell.bottom() - top - 2) // line_h), 0)
        shown = blocks if count <= fits else blocks[:max(fits - 1, 0)]
        for n, block in enumerate(shown):
            self._block(painter, QRectF(cell.left() + 2, top + n * line_h, cell.width() - 4, line_h - 2), block)
        if len(shown) < count:
            more = QRectF(cell.left() + 4, top + len(shown) * line_h, cell.width() - 8, line_h)
            self._paint_more(painter, more, day, count - len(shown), Qt.AlignmentFlag.AlignLeft)


@dataclass
class _Drag:
    """A planned session's block held with the mouse, and where it would land if let go now."""

    row: SessionRow
    press: QPointF
    grab_minutes: float  # from the block's start to the point held, so the block does not jump under the mouse
    moving: bool = False  # past the drag distance: until then a press is a click
    dropped: bool = False  # let go elsewhere; the view is saving it
    day: date | None = None
    minute: int = 0  # the new local start, in minutes after midnight


class WeekCalendar(CalendarCanvas):
    """Seven day columns against an hour scale; overlapping sessions sit side by side in lanes.

    A planned session's block can be dragged to another time or day (Escape puts it back); letting go
    emits session_moved and leaves saving, and any question about it, to the view.
    """

    GUTTER = 48
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

    def set_layout(self, layout: WeekLayout, today: date) -> None:
        self._layout = layout
        self._choose_current_day(today)
        self.update()

    def days_shown(self) -> list[date]:
        return [self.monday + timedelta(days=n) for n in range(7)]

    def _scale(self) -> tuple[int, int, float, float]:
        """First and last hour shown, a day's width and an hour's height: shared by painting and dragging."""
        first_hour, last_hour = self._layout.first_hour, self._layout.last_hour
        day_w = (self.width() - self.GUTTER) / 7
        hour_h = (self.height() - HEADER_HEIGHT - 8) / max(last_hour - first_hour, 1)  # room for the last label
        return first_hour, last_hour, day_w, hour_h

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
        self._drag = _Drag(row, event.position(), held - (start.hour * 60 + start.minute))

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
        if (event.type() == QEvent.Type.ShortcutOverride and self._drag is not None
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
        for column, (day, laid_out) in enumerate(zip(self.days_shown(), self._layout.days, strict=True)):
            x = self.GUTTER + column * day_w
            column_rect = QRectF(x, HEADER_HEIGHT, day_w, self.height() - HEADER_HEIGHT)
            self._day_rects.append((column_rect, day))
            if day == self._today:
                painter.fillRect(column_rect, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(grid)
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            self._paint_day(painter, x, day_w, laid_out.blocks, laid_out.lanes, first_hour, hour_h)
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
        if self._drag is not None and self._drag.moving:
            self._paint_drag(painter, self._drag, first_hour, day_w, hour_h)
        self._paint_current_day(painter)
        painter.end()

    def _paint_day(self, painter: QPainter, x: float, day_w: float, blocks: tuple[WeekBlock, ...], lanes: int,
                   first_hour: int, hour_h: float) -> None:
        """Places the day's laid-out blocks in its lanes."""
        dragged = self._drag.row.id if self._drag is not None and self._drag.moving else None
        lane_w = (day_w - 4) / max(lanes, 1)
        for placed in blocks:
            top = placed.start_hour - first_hour
            rect = QRectF(x + 2 + placed.lane * lane_w, HEADER_HEIGHT + top * hour_h,
                          lane_w - 2, max((placed.end_hour - placed.start_hour) * hour_h - 2, 14))
            if placed.block.row.id == dragged:  # only a faint outline stays where the held block came from
                painter.setPen(QPen(placed.block.fill, 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, 3, 3)
                continue
            self._block(painter, rect, placed.block)

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
        self._draw_block(painter, rect, week_block(moved, self._zone))
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
