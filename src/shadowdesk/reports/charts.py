"""Bar charts drawn with reportlab.graphics: vector graphics inside the PDF, sharp at any zoom."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from shadowdesk.reports.fonts import label_font, register_fonts
from shadowdesk.reports.styles import INK, MUTED, RULE, SERIES

MAX_CATEGORY_LABELS = 24  # beyond this, only every n-th category is labelled
# Graphics shapes check the type of every attribute set on them: a debugging aid that costs a fifth of the time
# to draw the charts. The charts are built by this module only, from values of known types.
rl_config.shapeChecking = 0


def bar_chart(
    width: float,
    height: float,
    categories: Sequence[str],
    series: Sequence[Sequence[float]],
    names: Sequence[str] = (),
    value_axis_title: str = "",
    value_max: float | None = None,
    value_format: str = "%d",
) -> Drawing:
    """Grouped vertical bars, one colour per series, with a legend when there is more than one series."""
    fonts = register_fonts()
    drawing = Drawing(width, height)
    legend_height = 18 if len(series) > 1 else 0
    chart = VerticalBarChart()
    chart.x, chart.y = 38, 30
    chart.width, chart.height = width - chart.x - 10, height - chart.y - 16 - legend_height
    chart.data = [list(values) or [0] for values in series]
    chart.categoryAxis.categoryNames = list(categories) or [""]
    step = max(1, -(-len(categories) // MAX_CATEGORY_LABELS))
    if step > 1:
        chart.categoryAxis.categoryNames = [c if i % step == 0 else "" for i, c in enumerate(categories)]
    labels = chart.categoryAxis.labels
    labels.fontName = label_font(" ".join(categories), fonts)
    labels.fontSize = 7
    labels.fillColor = INK
    labels.angle = 30 if len(categories) > 8 else 0
    labels.boxAnchor = "ne" if labels.angle else "n"
    labels.dy = -2
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.valueMin = 0
    if value_max is not None:
        chart.valueAxis.valueMax = value_max
    top = max((max(values) for values in series if values), default=0)
    if top == 0 and value_max is None:
        chart.valueAxis.valueMax = 1
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = value_format
    chart.groupSpacing = 6 if len(categories) < 30 else 1
    chart.barSpacing = 1
    for index, colour in enumerate(SERIES[: len(series)]):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    if len(series) == 1:  # one series: a neutral border keeps thin bars visible
        chart.bars[0].strokeColor = colors.white
    drawing.add(chart)
    if value_axis_title:
        drawing.add(
            String(
                2,
                chart.y + chart.height + 9,
                value_axis_title,
                fontName=fonts.regular,
                fontSize=7,
                fillColor=MUTED,
            )
        )
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = chart.x, height - 6
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 140
        legend.fontName = label_font(" ".join(names), fonts)
        legend.fontSize = 8
        legend.boxAnchor = "nw"
        legend.dxTextSpace = 4
        legend.colorNamePairs = list(zip(SERIES, names, strict=False))
        drawing.add(legend)
    return drawing
