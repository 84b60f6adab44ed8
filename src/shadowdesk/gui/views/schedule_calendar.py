"""Month and week calendars, painted by hand: thousands of sessions cost one paint, not thousands of widgets."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from shadowdesk.domain import SessionStatus
from shadowdesk.gui.views.schedule_common import local, other_local_times, session_colour, short_name
from shadowdesk.services.schedule_types import SessionRow

HEADER_HEIGHT = 24
MAX_WEEK_LANES = 4  # more side-by-side sessions than this collapse into a "+N" mark in the day header
SNAP_MINUTES = 15  # a dragged block lands on the quarter hours


class CalendarCanvas(QWidget):
    """Shared by both calendars: rows grouped by the viewer's local date, hit areas, selection."""

    session_activated = Signal(int)  # double-click: open the session
    session_selected = Signal(int)
    day_activated = Signal(object)  # a datetime.date: double-click on a free part of a day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._by_day: dict[date, list[SessionRow]] = {}
        self._zone = "UTC"
        self._today = date.today()
        self._hits: list[tuple[QRectF, int]] = []
        self._day_rects: list[tuple[QRectF, date]] = []
        self.selected_id: int | None = None

    def set_rows(self, rows: list[SessionRow], viewer_zone: str, today: date) -> None:
        by_day: dict[date, list[SessionRow]] = defaultdict(list)
        for row in rows:
            by_day[local(row.starts_at, viewer_zone).date()].append(row)
        self._by_day, self._zone, self._today = dict(by_day), viewer_zone, today
        self.update()

    def session_at(self, point: QPointF) -> int | None:
        return next((sid for rect, sid in reversed(self._hits) if rect.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        session_id = self.session_at(event.position())
        if session_id is not None:
            self.selected_id = session_id
            self.session_selected.emit(session_id)
            self.update()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        session_id = self.session_at(event.position())
        if session_id is not None:
            self.session_activated.emit(session_id)
            return
        day = next((d for rect, d in self._day_rects if rect.contains(event.position())), None)
        if day is not None:
            self.day_activated.emit(day)

    def _block(self, painter: QPainter, rect: QRectF, row: SessionRow, lines: list[str]) -> None:
        """A session drawn in its kind's colour; cancelled ones struck through, the selected one outlined."""
        self._draw_block(painter, rect, row, lines)
        self._hits.append((rect, row.id))

    def _draw_block(self, painter: QPainter, rect: QRectF, row: SessionRow, lines: list[str]) -> None:
        colour = session_colour(row)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 3, 3)
        if row.id == self.selected_id:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        font = QFont(self.font())
        font.setStrikeOut(row.status is SessionStatus.CANCELLED)
        painter.setFont(font)
        painter.setPen(QColor("white") if colour.alpha() > 150 else QColor("#202020"))
        text_rect = rect.adjusted(4, 1, -3, -1)
        painter.save()
        painter.setClipRect(text_rect)  # a short block shows its first lines rather than spilling over
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         "\n".join(lines))
        painter.restore()


class MonthCalendar(CalendarCanvas):
    """Six weeks from the Monday on or before the first of the month; each day lists what fits, then "+N"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = date.today().replace(day=1)
        self._counts: dict[date, int] = {}

    def set_month(self, first_of_month: date) -> None:
        self.month = first_of_month.replace(day=1)

    def set_counts(self, counts: dict[date, int]) -> None:
        """How many sessions each day holds; the rows given may be only the first few of each day."""
        self._counts = counts

    @property
    def first_shown(self) -> date:
        return self.month - timedelta(days=self.month.weekday())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._hits, self._day_rects = [], []
        palette, locale = self.palette(), QLocale()
        width, height = self.width(), self.height()
        cell_w, cell_h = width / 7, (height - HEADER_HEIGHT) / 6
        line_h = self.fontMetrics().height() + 4
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        for column in range(7):
            name = locale.dayName(column + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(QRectF(column * cell_w, 0, cell_w, HEADER_HEIGHT), Qt.AlignmentFlag.AlignCenter, name)
        grid = QPen(palette.color(QPalette.ColorRole.Mid))
        for index in range(42):
            day = self.first_shown + timedelta(days=index)
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
            rows = self._by_day.get(day, [])
            self._paint_day(painter, cell, rows, max(self._counts.get(day, 0), len(rows)), line_h)
        painter.end()

    def _paint_day(self, painter: QPainter, cell: QRectF, rows: list[SessionRow], count: int,
                   line_h: float) -> None:
        top = cell.top() + line_h
        fits = max(int((cell.bottom() - top - 2) // line_h), 0)
        shown = rows if count <= fits else rows[:max(fits - 1, 0)]
        for n, row in enumerate(shown):
            rect = QRectF(cell.left() + 2, top + n * line_h, cell.width() - 4, line_h - 2)
            start = local(row.starts_at, self._zone)
            guests = ", ".join(short_name(g) for g in row.guests)
            self._block(painter, rect, row, [f"{start:%H:%M} {short_name(row.host)} & {guests}"])
        if len(shown) < count:
            painter.setFont(self.font())
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            more = QRectF(cell.left() + 4, top + len(shown) * line_h, cell.width() - 8, line_h)
            painter.drawText(more, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("+{count} more").format(count=count - len(shown)))


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
        self.monday = date.today() - timedelta(days=date.today().weekday())
        self._drag: _Drag | None = None
        self.sessions_movable = True  # False for a viewer whose role does not plan sessions
        self.setMouseTracking(True)  # the open hand over a block says it can be moved

    def set_week(self, any_day: date) -> None:
        self.monday = any_day - timedelta(days=any_day.weekday())

    def _hour_range(self) -> tuple[int, int]:
        """Working hours, widened to show every session of the week."""
        first, last = 7, 19
        for day in range(7):
            for row in self._by_day.get(self.monday + timedelta(days=day), []):
                start, end = local(row.starts_at, self._zone), local(row.ends_at, self._zone)
                first = min(first, start.hour)
                last = max(last, 24 if end.date() > start.date() else end.hour + (1 if end.minute else 0))
        return first, last

    def _scale(self) -> tuple[int, int, float, float]:
        """First and last hour shown, a day's width and an hour's height: shared by painting and dragging."""
        first_hour, last_hour = self._hour_range()
        day_w = (self.width() - self.GUTTER) / 7
        hour_h = (self.height() - HEADER_HEIGHT - 8) / max(last_hour - first_hour, 1)  # room for the last label
        return first_hour, last_hour, day_w, hour_h

    # --- dragging --------------------------------------------------------------------------------

    def _row(self, session_id: int | None) -> SessionRow | None:
        return next((row for rows in self._by_day.values() for row in rows if row.id == session_id), None)

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
        self._hits, self._day_rects = [], []
        palette, locale = self.palette(), QLocale()
        first_hour, last_hour, day_w, hour_h = self._scale()
        grid = QPen(palette.color(QPalette.ColorRole.Mid))
        for hour in range(first_hour, last_hour + 1):
            y = HEADER_HEIGHT + (hour - first_hour) * hour_h
            painter.setPen(grid)
            painter.drawLine(QPointF(self.GUTTER, y), QPointF(self.width(), y))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(0, y - 8, self.GUTTER - 6, 16), Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00")
        for column in range(7):
            day = self.monday + timedelta(days=column)
            x = self.GUTTER + column * day_w
            column_rect = QRectF(x, HEADER_HEIGHT, day_w, self.height() - HEADER_HEIGHT)
            self._day_rects.append((column_rect, day))
            if day == self._today:
                painter.fillRect(column_rect, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(grid)
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            rows = self._by_day.get(day, [])
            hidden = self._paint_day(painter, x, day_w, rows, first_hour, hour_h)
            header = f"{locale.dayName(column + 1, QLocale.FormatType.ShortFormat)} {day.day}"
            if hidden:
                header += " " + self.tr("(+{count})").format(count=hidden)
            bold = QFont(self.font())
            bold.setBold(day == self._today)
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(x, 0, day_w, HEADER_HEIGHT), Qt.AlignmentFlag.AlignCenter, header)
        if self._drag is not None and self._drag.moving:
            self._paint_drag(painter, self._drag, first_hour, day_w, hour_h)
        painter.end()

    def _lines(self, row: SessionRow, start: datetime, end: datetime) -> list[str]:
        lines = [f"{start:%H:%M}–{end:%H:%M}", f"{short_name(row.host)} & "
                 + ", ".join(short_name(g) for g in row.guests)]
        others = other_local_times(row, self._zone)
        if others:
            lines.append(others)
        return lines

    def _paint_day(self, painter: QPainter, x: float, day_w: float, rows: list[SessionRow], first_hour: int,
                   hour_h: float) -> int:
        """Draws the day's sessions in lanes; returns how many did not fit."""
        lanes: list[list[SessionRow]] = []
        lane_of: dict[int, int] = {}
        for row in sorted(rows, key=lambda r: (r.starts_at, r.ends_at)):
            for number, lane in enumerate(lanes):
                if lane[-1].ends_at <= row.starts_at:
                    lane.append(row)
                    lane_of[row.id] = number
                    break
            else:
                lane_of[row.id] = len(lanes)
                lanes.append([row])
        shown_lanes = min(len(lanes), MAX_WEEK_LANES)
        dragged = self._drag.row.id if self._drag is not None and self._drag.moving else None
        hidden = 0
        for row in rows:
            lane = lane_of[row.id]
            if lane >= shown_lanes:
                hidden += 1
                continue
            start, end = local(row.starts_at, self._zone), local(row.ends_at, self._zone)
            hours_start = start.hour + start.minute / 60 - first_hour
            hours_end = (24 if end.date() > start.date() else end.hour + end.minute / 60) - first_hour
            lane_w = (day_w - 4) / shown_lanes
            rect = QRectF(x + 2 + lane * lane_w, HEADER_HEIGHT + hours_start * hour_h,
                          lane_w - 2, max((hours_end - hours_start) * hour_h - 2, 14))
            if row.id == dragged:  # only a faint outline stays where the held block came from
                painter.setPen(QPen(session_colour(row), 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, 3, 3)
                continue
            self._block(painter, rect, row, self._lines(row, start, end))
        return hidden

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
        self._draw_block(painter, rect, moved, self._lines(moved, start, local(moved.ends_at, self._zone)))
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
