"""Bar charts drawn with reportlab.graphics shapes: vector graphics inside the PDF, sharp at any zoom.

The chart is laid out here from rectangles, lines and strings rather than with reportlab's VerticalBarChart
widget: the widget computes the same picture through layers of validated attributes and label boxes, and
took a tenth of a 21-page report's time for its three small charts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors

from shadowdesk.reports.bidi import visual_label
from shadowdesk.reports.fonts import label_font, register_fonts
from shadowdesk.reports.formats import scale_text
from shadowdesk.reports.styles import INK, MUTED, RULE, SERIES

MAX_CATEGORY_LABELS = 24  # beyond this, only every n-th category is labelled
LEFT, BOTTOM, RIGHT, TOP = 38, 30, 10, 16  # room around the plot for the value labels, category labels, title
TICK = 5  # length of the value axis' tick marks
LABEL_SIZE = 7
LEGEND_SIZE = 8
LEGEND_STEP = 140  # from one legend entry to the next
TILT = 30  # degrees: category labels are tilted when there are more than 8 of them


def bar_chart(
    width: float,
    height: float,
    categories: Sequence[str],
    series: Sequence[Sequence[float]],
    names: Sequence[str] = (),
    value_axis_title: str = "",
    value_max: float | None = None,
) -> Drawing:
    """Grouped vertical bars, one colour per series, with a legend when there is more than one series."""
    fonts = register_fonts()
    drawing = Drawing(width, height)
    legend_height = 18 if len(series) > 1 else 0
    plot_width, plot_height = width - LEFT - RIGHT, height - BOTTOM - TOP - legend_height
    top = max((max(values) for values in series if values), default=0)
    ticks = value_ticks(value_max if value_max is not None else top)
    scale = plot_height / ticks[-1]

    for value in ticks:  # grid, tick marks and value labels
        y = BOTTOM + value * scale
        drawing.add(Line(LEFT, y, LEFT + plot_width, y, strokeColor=RULE, strokeWidth=0.5))
        drawing.add(Line(LEFT - TICK, y, LEFT, y, strokeColor=RULE))
        drawing.add(String(LEFT - TICK - 2, y - LABEL_SIZE / 3, scale_text(value), fontName=fonts.regular,
                           fontSize=LABEL_SIZE, fillColor=MUTED, textAnchor="end"))
    drawing.add(Line(LEFT, BOTTOM, LEFT, BOTTOM + plot_height, strokeColor=RULE))
    drawing.add(Line(LEFT, BOTTOM, LEFT + plot_width, BOTTOM, strokeColor=RULE))

    # Each category's slot holds its bars 10 units wide, 1 unit apart, and a gap of 6 units to the next
    # category (1 when there are many): the proportions of reportlab's bar charts.
    count, bars = max(len(categories), 1), max(len(series), 1)
    slot = plot_width / count
    units = bars * 10 + (bars - 1) + (6 if count < 30 else 1)
    bar, gap = slot * 10 / units, slot * (6 if count < 30 else 1) / units
    # One series: a white border keeps thin neighbouring bars apart.
    border = colors.white if len(series) == 1 else None
    for index, (values, colour) in enumerate(zip(series, SERIES, strict=False)):
        for position, value in enumerate(values):
            if value > 0:
                x = LEFT + position * slot + gap / 2 + index * (bar + slot / units)
                drawing.add(_box(x, BOTTOM, bar, value * scale, colour, border))

    label_face = label_font(" ".join(categories), fonts)
    step = max(1, -(-len(categories) // MAX_CATEGORY_LABELS))
    tilted = len(categories) > 8
    for position, name in enumerate(categories):
        if position % step:
            continue
        x = LEFT + (position + 0.5) * slot
        name = visual_label(name, label_face, LABEL_SIZE)
        if tilted:  # the label ends under its bars and runs down to the left
            label = Group(String(0, -LABEL_SIZE, name, fontName=label_face, fontSize=LABEL_SIZE,
                                 fillColor=INK, textAnchor="end"))
            angle = math.radians(TILT)
            label.transform = (math.cos(angle), math.sin(angle), -math.sin(angle), math.cos(angle), x, BOTTOM - 2)
            drawing.add(label)
        else:
            drawing.add(String(x, BOTTOM - 2 - LABEL_SIZE, name, fontName=label_face, fontSize=LABEL_SIZE,
                               fillColor=INK, textAnchor="middle"))

    if value_axis_title:
        drawing.add(String(2, BOTTOM + plot_height + 9, value_axis_title, fontName=fonts.regular,
                           fontSize=LABEL_SIZE, fillColor=MUTED))
    if len(series) > 1:
        legend_face = label_font(" ".join(names), fonts)
        for index, (name, colour) in enumerate(zip(names, SERIES, strict=False)):
            x, y = LEFT + index * LEGEND_STEP, height - 6 - LEGEND_SIZE
            drawing.add(_box(x, y, LEGEND_SIZE, LEGEND_SIZE, colour, colors.black))
            drawing.add(String(x + LEGEND_SIZE + 4, y + 1, visual_label(name, legend_face, LEGEND_SIZE),
                               fontName=legend_face, fontSize=LEGEND_SIZE, fillColor=INK))
    return drawing


def value_ticks(top: float) -> list[float]:
    """Round values from 0 to at least top, about five steps of 1, 2 or 5 times a power of ten."""
    if top <= 0:
        return [0, 1]
    rough = top / 5
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    if step < 1 and top >= 1:
        step = 1  # counts and hours: no 0.5 steps on a scale that reaches 1
    return [i * step for i in range(math.ceil(top / step - 1e-9) + 1)]


def _box(x: float, y: float, width: float, height: float, fill: colors.Color, border: colors.Color | None) -> Rect:
    """A filled box with a half-point border; the colours are set after construction because reportlab's
    stubs type Rect's keyword arguments wrongly."""
    box = Rect(x, y, width, height)
    box.fillColor, box.strokeColor, box.strokeWidth = fill, border, 0.5
    return box
