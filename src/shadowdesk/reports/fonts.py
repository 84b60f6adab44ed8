"""Fonts for PDFs, and the one function that turns a user's string into safe paragraph markup.

DejaVu Sans ships in resources/fonts (its licence allows it): Latin with diacritics, Greek, Cyrillic and
Arabic. Japanese and Chinese come from a CJK TrueType face found on the system (WenQuanYi Zen Hei), used
per run of text: a name like "佐藤 美咲" inside an English sentence gets its own <font> tag. Without such a
face the CJK run is replaced by a readable note and a warning is logged, never by black boxes.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.ttfonts import uharfbuzz as _harfbuzz

from shadowdesk.paths import resource_path

log = logging.getLogger(__name__)

REGULAR, BOLD, CJK = "ShadowDeskSans", "ShadowDeskSans-Bold", "ShadowDeskCJK"
# (file, subfont index) in order of preference. Noto CJK's OTF (CFF) files are not usable by reportlab.
CJK_CANDIDATES = (
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ("C:/Windows/Fonts/msgothic.ttc", 0),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
)
MISSING_CJK_NOTE = "[text in Chinese/Japanese/Korean script: no font for it is installed]"
# Arabic needs shaping (joined letter forms); other text is drawn faster without it.
_NEEDS_SHAPING = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class FontSet:
    regular: str
    bold: str
    cjk: str | None  # None: no CJK face on this system
    shaping: bool  # uharfbuzz is installed, so Arabic is drawn with joined letters


@cache
def register_fonts() -> FontSet:
    """Register the fonts once per process; later calls return the same FontSet."""
    folder = resource_path("fonts")
    shaping = _harfbuzz is not None
    if not shaping:
        log.warning("uharfbuzz is not installed: Arabic text in PDFs is printed without joined letters")
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf"), shapable=shaping))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf"), shapable=shaping))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    cjk = None
    for file, index in CJK_CANDIDATES:
        if Path(file).is_file():
            try:
                pdfmetrics.registerFont(TTFont(CJK, file, subfontIndex=index, shapable=shaping))
            except Exception as exc:  # a damaged or unsupported font file: try the next one
                log.warning("Cannot use %s for CJK text in PDFs: %s", file, exc)
                continue
            pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
            cjk = CJK
            break
    if cjk is None:
        log.warning(
            "No CJK font found (install fonts-wqy-zenhei): Japanese and Chinese text in PDFs "
            "is replaced by a note"
        )
    return FontSet(REGULAR, BOLD, cjk, shaping)


@cache
def _covered(font_name: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def _run_font(char: str, fonts: FontSet) -> str | None:
    """The font a character is drawn in: the main face when it has the glyph, else the CJK face, else None."""
    code = ord(char)
    if code in _covered(fonts.regular) or char.isspace():
        return fonts.regular
    if fonts.cjk and code in _covered(fonts.cjk):
        return fonts.cjk
    return None


def font_runs(text: str, fonts: FontSet) -> list[tuple[str | None, str]]:
    """The text cut into runs of one face each; None for characters no face has."""
    runs: list[tuple[str | None, str]] = []
    for char in text:
        font = _run_font(char, fonts)
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs


def markup(text: str, fonts: FontSet | None = None) -> str:
    """A user's string as reportlab paragraph markup: every character escaped, so "<b>unclosed" and
    "R&D <script>" print literally; CJK runs in the CJK face; characters no font has become a note."""
    fonts = fonts or register_fonts()
    if text.isascii() and not _CONTROL.search(text):  # the common case, and the fast one
        return escape(text)
    parts = []
    for font, run in font_runs(text, fonts):
        if font == fonts.regular:
            parts.append(escape(run))
        elif font is not None:
            parts.append(f'<font name="{font}">{escape(run)}</font>')
        elif fonts.cjk is None and any(_looks_cjk(c) for c in run):
            parts.append(escape(MISSING_CJK_NOTE))
        else:
            parts.append("\ufffd" * len(run))  # DejaVu draws U+FFFD; an empty box would hide the loss
    return "".join(parts)


def _looks_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


def drawable_as_is(text: str, fonts: FontSet | None = None) -> bool:
    """True when the text can be drawn as a plain string in the main face: one line, every glyph there,
    nothing to shape. Tables use such strings directly, which is much faster than a Paragraph."""
    fonts = fonts or register_fonts()
    if "\n" in text or _CONTROL.search(text) or needs_shaping(text):
        return False
    return text.isascii() or _covered(fonts.regular).issuperset(map(ord, text))


def needs_shaping(text: str) -> bool:
    return _NEEDS_SHAPING.search(text) is not None


def label_font(text: str, fonts: FontSet | None = None) -> str:
    """One font for a short chart label, which cannot switch fonts mid-string."""
    fonts = fonts or register_fonts()
    if fonts.cjk and any(_run_font(c, fonts) == fonts.cjk for c in text):
        return fonts.cjk
    return fonts.regular
