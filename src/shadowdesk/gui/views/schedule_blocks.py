"""The blocks of the calendars, drawn: one function for a block, and a period's whole layer of blocks drawn
into an image, in the worker that reads the period, so a paint only copies it (text is the costly part: a
busy week holds hundreds of blocks). QPainter may draw on a QImage in any thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen

from shadowdesk.gui.views.schedule_layout import Block, MonthLayout, WeekBlock, WeekLayout

HEADER_HEIGHT = 24
WEEK_GUTTER = 48  # the hour scale's width, left of Monday


def draw_block(painter: QPainter, rect: QRectF, block: Block, font: QFont) -> None:
    """A session in its kind's colour, its text cut to the block; cancelled ones struck through."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(block.fill)
    painter.drawRoundedRect(rect, 3, 3)
    struck = QFont(font)
    struck.setStrikeOut(block.struck)
    painter.setFont(struck)
    painter.setPen(block.ink)
    text_rect = rect.adjusted(4, 1, -3, -1)
    painter.save()
    painter.setClipRect(text_rect)  # a short block shows its first lines rather than spilling over
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                     block.text)
    painter.restore()


@dataclass(frozen=True)
class WeekScale:
    """Where the week draws: the hours shown, a day's width and an hour's height, for one widget size."""

    first_hour: int
    last_hour: int
    day_w: float
    hour_h: float

    @classmethod
    def of(cls, layout: WeekLayout, width: int, height: int) -> WeekScale:
        first, last = layout.first_hour, layout.last_hour
        # The last hour's label needs room below its line.
        return cls(first, last, (width - WEEK_GUTTER) / 7, (height - HEADER_HEIGHT - 8) / max(last - first, 1))

    def rect(self, column: int, placed: WeekBlock, lanes: int) -> QRectF:
        lane_w = (self.day_w - 4) / max(lanes, 1)
        top = placed.start_hour - self.first_hour
        return QRectF(WEEK_GUTTER + column * self.day_w + 2 + placed.lane * lane_w, HEADER_HEIGHT + top * self.hour_h,
                      lane_w - 2, max((placed.end_hour - placed.start_hour) * self.hour_h - 2, 14))


@dataclass(frozen=True)
class Layer:
    """A period's blocks drawn for one widget size, and where each one is, for clicks and tooltips."""

    layout: WeekLayout | MonthLayout
    width: int
    height: int
    image: QImage
    hits: tuple[tuple[QRectF, Block], ...]
    held: int | None = None  # the week's session drawn as an outline only: its block is being dragged

    def is_for(self, layout: WeekLayout | MonthLayout) -> bool:
        return self.layout is layout  # by identity: comparing its blocks would cost what the layer saves

    def fits(self, layout: WeekLayout | MonthLayout, width: int, height: int, held: int | None = None) -> bool:
        return self.is_for(layout) and (self.width, self.height, self.held) == (width, height, held)


def draw_week_layer(layout: WeekLayout, width: int, height: int, pixel_ratio: float, font: QFont,
                    held: int | None = None) -> Layer:
    scale = WeekScale.of(layout, width, height)
    image, painter = _transparent_image(width, height, pixel_ratio)
    hits = []
    for column, day in enumerate(layout.days):
        for placed in day.blocks:
            rect = scale.rect(column, placed, day.lanes)
            if placed.block.row.id == held:  # only a faint outline stays where the held block came from
                painter.setPen(QPen(placed.block.fill, 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, 3, 3)
                continue
            draw_block(painter, rect, placed.block, font)
            hits.append((rect, placed.block))
    painter.end()
    return Layer(layout, width, height, image, tuple(hits), held)


@dataclass(frozen=True)
class MonthScale:
    """The month grid's cells for one widget size: six weeks of days, each listing what fits."""

    cell_w: float
    cell_h: float
    line_h: float

    @classmethod
    def of(cls, width: int, height: int, font: QFont) -> MonthScale:
        return cls(width / 7, (height - HEADER_HEIGHT) / 6, QFontMetrics(font).height() + 4)

    def cell(self, index: int) -> QRectF:
        return QRectF((index % 7) * self.cell_w, HEADER_HEIGHT + (index // 7) * self.cell_h, self.cell_w, self.cell_h)

    def line(self, cell: QRectF, number: int) -> QRectF:
        """The numberth line of a day's list, below its date."""
        return QRectF(cell.left() + 2, cell.top() + (number + 1) * self.line_h, cell.width() - 4, self.line_h)

    def shown(self, cell: QRectF, count: int, listed: int) -> int:
        """How many of the day's listed sessions the cell shows: all that fit, or one line fewer than fit, to
        leave room for "+N more" when the day holds more (count) than fit."""
        fits = max(int((cell.bottom() - cell.top() - self.line_h - 2) // self.line_h), 0)
        return listed if count <= fits else min(listed, max(fits - 1, 0))


def month_day_count(layout: MonthLayout, day: date) -> int:
    return max(layout.counts.get(day, 0), len(layout.days.get(day, ())))


def draw_month_layer(layout: MonthLayout, width: int, height: int, pixel_ratio: float, font: QFont) -> Layer:
    scale = MonthScale.of(width, height, font)
    image, painter = _transparent_image(width, height, pixel_ratio)
    hits = []
    for index in range(42):
        day = layout.first_shown + timedelta(days=index)
        blocks = layout.days.get(day, ())
        cell = scale.cell(index)
        for number, block in enumerate(blocks[:scale.shown(cell, month_day_count(layout, day), len(blocks))]):
            rect = scale.line(cell, number).adjusted(0, 0, 0, -2)
            draw_block(painter, rect, block, font)
            hits.append((rect, block))
    painter.end()
    return Layer(layout, width, height, image, tuple(hits))


def _transparent_image(width: int, height: int, pixel_ratio: float) -> tuple[QImage, QPainter]:
    """An image of the widget's size to draw a layer of blocks on, and its painter."""
    image = QImage(max(round(width * pixel_ratio), 1), max(round(height * pixel_ratio), 1),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(pixel_ratio)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return image, painter
