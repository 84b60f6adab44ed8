"""Render the app icon from its one source, resources/icons/shadowdesk.svg.

    .venv/bin/python packaging/render_icons.py      (or: make icons)

Writes the freedesktop hicolor PNGs (resources/icons/hicolor/<n>x<n>/apps/io.shadowdesk.ShadowDesk.png),
the Windows icon resources/icons/shadowdesk.ico and the macOS icon resources/icons/shadowdesk.icns.
Qt renders every size from the vector source; Pillow (which reportlab already depends on) packs the sizes
into the .ico and .icns, because Qt's ICO writer writes one size per file and Qt has no ICNS writer.
Run it after changing the SVG and commit the results: the bundle, the .desktop file, the Inno Setup
script and the macOS app use these files, and building them must not need a renderer.
"""

from __future__ import annotations

import os
import sys
from io import BytesIO
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

APP_ID = "io.shadowdesk.ShadowDesk"
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "shadowdesk.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)
# Windows picks the nearest of these for the taskbar, Explorer views and shortcuts.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def as_pillow(image: QImage) -> Image.Image:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(BytesIO(data.data()))


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # the SVG renderer needs one
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"Cannot read {SOURCE}", file=sys.stderr)
        return 1
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"Cannot write {target}", file=sys.stderr)
            return 1
        print(f"Wrote {target.relative_to(ICONS.parent.parent)}")
    # Every size rendered from the vector source (sharper than Pillow scaling one bitmap down).
    images = [as_pillow(render(renderer, size)) for size in ICO_SIZES]
    images[-1].save(ICONS / "shadowdesk.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    print(f"Wrote {(ICONS / 'shadowdesk.ico').relative_to(ICONS.parent.parent)}")
    # macOS wants up to 1024 px (512 pt on Retina screens); Pillow writes .icns on any system.
    largest, *smaller = (as_pillow(render(renderer, size)) for size in (1024, 512, 256, 128, 64, 32, 16))
    largest.save(ICONS / "shadowdesk.icns", append_images=smaller)
    print(f"Wrote {(ICONS / 'shadowdesk.icns').relative_to(ICONS.parent.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
