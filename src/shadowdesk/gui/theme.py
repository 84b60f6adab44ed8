"""Look and feel: Fusion with a light or dark palette that follows the system, and sidebar icons tinted
from the palette, so the same monochrome SVGs read on both.

SHADOWDESK_COLOR_SCHEME=dark (or light) forces a scheme, e.g. for screenshots or a desktop that does not
report one.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from shadowdesk.paths import resource_path

COLOR_SCHEME_ENV = "SHADOWDESK_COLOR_SCHEME"
ICON_PIXELS = 48  # drawn large once, scaled down by QIcon for the 20 px sidebar on any screen density


def wants_dark() -> bool:
    forced = os.environ.get(COLOR_SCHEME_ENV, "").strip().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text, disabled = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#e6e6e6"), QColor("#7f8185")
    accent = QColor("#3d7dd8")
    for role, color in (
        (QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, QColor("#26282b")),
        (QPalette.ColorRole.ToolTipBase, window), (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, disabled), (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#35373b")), (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.BrightText, QColor("#ff6b6b")), (QPalette.ColorRole.Link, QColor("#7fb0ff")),
        (QPalette.ColorRole.LinkVisited, QColor("#b59cff")), (QPalette.ColorRole.Highlight, accent),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")), (QPalette.ColorRole.Light, QColor("#3c3f44")),
        (QPalette.ColorRole.Midlight, QColor("#34363a")), (QPalette.ColorRole.Mid, QColor("#26282b")),
        (QPalette.ColorRole.Dark, QColor("#151618")), (QPalette.ColorRole.Shadow, QColor("#000000")),
    ):
        palette.setColor(role, color)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply(app: QApplication) -> None:
    """Fusion everywhere (the same look on every platform), dark when the system or the user wants it."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if wants_dark() else app.style().standardPalette())


def follow_system(app: QApplication) -> None:
    """Apply now and again whenever the desktop switches between light and dark."""
    apply(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app))


def _render(svg: str, color: QColor) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", color.name()).encode("utf-8")))
    pixmap = QPixmap(ICON_PIXELS, ICON_PIXELS)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, ICON_PIXELS, ICON_PIXELS))
    painter.end()
    return pixmap


def sidebar_icon(name: str, palette: QPalette) -> QIcon:
    """resources/icons/sidebar/<name>.svg in the palette's text colours: the SVGs stroke with currentColor,
    so one file reads on light and dark, and on the highlighted row."""
    svg = resource_path(f"icons/sidebar/{name}.svg").read_text(encoding="utf-8")
    icon = QIcon(_render(svg, palette.color(QPalette.ColorRole.WindowText)))
    icon.addPixmap(_render(svg, palette.color(QPalette.ColorRole.HighlightedText)), QIcon.Mode.Selected)
    return icon
