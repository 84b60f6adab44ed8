"""Linux desktop integration: the .desktop and AppStream files pass the real validators, and the app
icon exists at every size a desktop asks for, rendered from the SVG source."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from shadowdesk import __version__

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.shadowdesk.ShadowDesk"
LINUX = ROOT / "resources" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def _validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:  # a missing validator must not pass silently: packaging/install-system-deps.sh has it
        pytest.fail(f"{name} is not installed (Debian: desktop-file-utils / appstream)")
    return path


def test_desktop_file_passes_desktop_file_validate():
    result = subprocess.run([_validator("desktop-file-validate"), str(DESKTOP_FILE)],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate_without_warnings():
    result = subprocess.run([_validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    # "E:" errors fail the validation; "W:" warnings do not, but stores and software centres show them.
    problems = [line for line in result.stdout.splitlines() if line.startswith(("E:", "W:"))]
    assert problems == []


def test_desktop_file_starts_the_program_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP_FILE, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "shadowdesk"  # the console script and the bundle's program
    assert section["Icon"] == APP_ID
    assert section["StartupWMClass"] == "ShadowDesk"  # the window's class: QApplication's name


def test_metainfo_describes_this_release_and_launches_the_desktop_file():
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == DESKTOP_FILE.name
    assert component.find("provides/binary").text == "shadowdesk"
    assert __version__ in [release.get("version") for release in component.iter("release")]


@pytest.mark.parametrize("size", ICON_SIZES)
def test_app_icon_png_has_its_size_and_a_transparent_corner(size):
    image = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0  # rounded corner, not a box
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_windows_and_macos_icons_hold_the_sizes_they_ask_for():
    from PIL import Image

    with Image.open(ICONS / "shadowdesk.ico") as icon:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(icon.info["sizes"])
    with Image.open(ICONS / "shadowdesk.icns") as icon:  # (points, points, scale)
        assert {(16, 16, 2), (128, 128, 1), (512, 512, 1), (512, 512, 2)} <= set(icon.info["sizes"])


def test_pngs_match_the_svg_they_are_rendered_from(qapp):
    """Edit the SVG, then run `make icons`; otherwise desktops keep showing the old icon."""
    spec = importlib.util.spec_from_file_location("render_icons", ROOT / "packaging" / "render_icons.py")
    render_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_icons)
    fresh = render_icons.render(QSvgRenderer(str(ICONS / "shadowdesk.svg")), 64)
    committed = QImage(str(render_icons.png_path(64))).convertToFormat(fresh.format())
    differing = sum(
        fresh.pixelColor(x, y).rgba() != committed.pixelColor(x, y).rgba() for x in range(64) for y in range(64)
    )
    assert differing < 64 * 64 // 100  # identical but for a few anti-aliased edge pixels at most
