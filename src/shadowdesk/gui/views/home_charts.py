"""The bar chart of the homes (gui/views/home.py): bars per category, a colour per series, a click on a
category's column tells which. pyqtgraph is imported the first time a chart is drawn, never when this module
is, so the window paints before the chart library loads.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

SERIES_COLOURS = ("#2f6fbf", "#c76a12", "#3c9a5f")  # colour-blind safe blue, orange, green


class BarChart(QWidget):
    """Bars per category, a colour per series. Clicking anywhere in a category's column emits its index.
    pyqtgraph is imported the first time draw() runs, never when the chart is built."""

    bar_clicked = Signal(int)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title)
        heading.setStyleSheet("font-weight: 600;")
        self._layout.addWidget(heading)
        self.setMinimumSize(260, 200)
        self.setAccessibleName(title)
        self.plot: Any = None  # a pyqtgraph PlotWidget, once drawn (pyqtgraph has no types)
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []  # what the bars show, as drawn last

    def draw(self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
             counts: bool = False, ticks: Sequence[str] | None = None) -> None:
        """One bar per category in each series; counts: whole numbers, so the axis ticks are too. ticks: what
        the axis says under each category, when its name is too long for the room (a list beside says
        which is which); otherwise the name, shortened."""
        import pyqtgraph as pg  # type: ignore[import-untyped]  # here, after the first paint: start-up never pays

        if self.plot is None:
            palette = self.palette()
            self.plot = pg.PlotWidget(background=palette.color(QPalette.ColorRole.Base))
            self.plot.setMenuEnabled(False)
            self.plot.hideButtons()
            self.plot.setMouseEnabled(x=False, y=False)
            text = palette.color(QPalette.ColorRole.Text)
            for side in ("left", "bottom"):
                self.plot.getAxis(side).setTextPen(text)
                self.plot.getAxis(side).setPen(text)
            if len(series) > 1:
                self.plot.addLegend(offset=(-5, 5), labelTextColor=text)
            self.plot.scene().sigMouseClicked.connect(self._clicked)
            self._layout.addWidget(self.plot, 1)
        self.plot.clear()
        self.categories = list(categories)
        self.series = [(name, list(values)) for name, values in series]
        width = 0.8 / max(len(series), 1)
        for number, (name, values) in enumerate(series):
            xs = [index - 0.4 + width * (number + 0.5) for index in range(len(categories))]
            self.plot.addItem(pg.BarGraphItem(x=xs, height=list(values), width=width * 0.9, name=name,
                                              brush=QColor(SERIES_COLOURS[number % len(SERIES_COLOURS)])))
        labels = ticks if ticks is not None else [_short(name) for name in categories]
        self.plot.getAxis("bottom").setTicks([list(enumerate(labels))])
        self.plot.setXRange(-0.5, max(len(categories), 1) - 0.5, padding=0.02)
        highest = max([1.0, *(v for _, values in series for v in values)])
        # Head room above the highest bar for the legend, which would hide it otherwise.
        self.plot.setYRange(0, highest * (1.3 if len(series) > 1 else 1.05), padding=0)
        # A few things counted would get ticks at 0.5 or 0.2; from about ten on pyqtgraph's own are whole.
        if counts and highest <= 10:
            self.plot.getAxis("left").setTickSpacing(1, 1)
        else:
            self.plot.getAxis("left").setTickSpacing()

    def bar_centre(self, index: int):
        """Where the column of category index is on the plot widget (what a click there hits)."""
        view_box = self.plot.getPlotItem().getViewBox()
        centre = view_box.mapViewToScene(QPointF(index, view_box.viewRange()[1][1] / 2))
        return self.plot.mapFromScene(centre)

    def _clicked(self, event) -> None:
        view_box = self.plot.getPlotItem().getViewBox()
        if not view_box.sceneBoundingRect().contains(event.scenePos()):
            return
        index = round(view_box.mapSceneToView(event.scenePos()).x())
        if 0 <= index < len(self.categories):
            self.bar_clicked.emit(index)


def _short(name: str, limit: int = 20) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
