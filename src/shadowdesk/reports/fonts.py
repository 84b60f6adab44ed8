"""Fonts for PDFs, and the one function that turns a user's string into safe paragraph markup.

Every face ships in resources/fonts (their licences allow it, each beside its font) and is used on every OS:
DejaVu Sans for Latin with diacritics, Greek, Cyrillic, Hebrew and Arabic; Droid Sans Fallback for Chinese
and Japanese; Noto Emoji for emoji, drawn in one colour. A CJK face found on the system (WenQuanYi Zen Hei,
Microsoft's, Apple's) comes last, for what the shipped faces lack (Korean Hangul). Each run of text is drawn
in the first face that has it: a name like "佐藤 美咲" inside an English sentence gets its own <font> tag.
A CJK run no face has is replaced by a readable note and a warning is logged, never by black boxes.

The fallback faces are registered the first time a character needs one: reportlab reads a whole font file
into memory and maps every glyph (Droid Sans Fallback: 4 MB and 28,000 glyphs, a system WenQuanYi Zen Hei
17 MB and 42,000), which cost a report of Latin text 60 MiB it never used.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from shadowdesk.paths import resource_path

log = logging.getLogger(__name__)

REGULAR, BOLD = "ShadowDeskSans", "ShadowDeskSans-Bold"
CJK, EMOJI, CJK_SYSTEM = "ShadowDeskCJK", "ShadowDeskEmoji", "ShadowDeskCJKSystem"
SHIPPED_CJK, SHIPPED_EMOJI = "DroidSansFallbackFull.ttf", "NotoEmoji-Regular.ttf"
# System CJK faces as (file, subfont index), in order of preference. Noto CJK's OTF (CFF) files are not
# usable by reportlab.
CJK_CANDIDATES = (
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("C:/Windows/Fonts/malgun.ttf", 0),
    ("C:/Windows/Fonts/msgothic.ttc", 0),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
)
MISSING_CJK_NOTE = "[text in Chinese/Japanese/Korean script: no font for it is installed]"
# Arabic needs shaping (joined letter forms); other text is drawn faster without it.
_NEEDS_SHAPING = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with characters beyond U+FFFF written as UTF-16 surrogate pairs, as the
    PDF format requires: reportlab writes their code point as 5 hex digits, which readers reject, so an
    emoji extracted as a broken character and copy-paste lost it."""
    cmap = _reportlab_to_unicode_cmap(fontname, subset)
    return re.sub(
        r"^(<[0-9A-F]{2}>) <([0-9A-F]{5,6})>$",
        lambda m: f"{m[1]} <{chr(int(m[2], 16)).encode('utf-16-be').hex().upper()}>",
        cmap,
        flags=re.MULTILINE,
    )


_reportlab_to_unicode_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@dataclass(frozen=True)
class FontSet:
    regular: str
    bold: str
    cjk: str | None  # the face for Chinese and Japanese; None: neither the shipped nor a system one loads
    fallbacks: tuple[str, ...]  # faces for what the main face lacks, in the order they are tried
    shaping: bool  # uharfbuzz is installed, so Arabic is drawn with joined letters


def _register(name: str, file: Path | str, shaping: bool, index: int = 0) -> bool:
    """True when the font could be registered; a damaged or unsupported file is logged and skipped."""
    if not Path(file).is_file():
        return False
    try:
        pdfmetrics.registerFont(TTFont(name, str(file), subfontIndex=index, shapable=shaping))
    except Exception as exc:
        log.warning("Cannot use %s in PDFs: %s", file, exc)
        return False
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    return True


# The fallback faces not registered yet: name -> the files (with subfont index) to try, in order.
_DEFERRED: dict[str, tuple[tuple[str, int], ...]] = {}
_LOADING = threading.RLock()  # reports are written in worker threads; _covered calls register_fonts


@cache
def register_fonts() -> FontSet:
    """Register the main faces once per process (later calls return the same FontSet), and name the
    fallbacks whose files are there; each is registered when a character first needs it (_covered)."""
    folder = resource_path("fonts")
    # reportlab holds the uharfbuzz it imported, None when it is not installed (its stubs leave that out).
    shaping = getattr(ttfonts, "uharfbuzz", None) is not None
    if not shaping:
        log.warning("uharfbuzz is not installed: Arabic text in PDFs is printed without joined letters")
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf"), shapable=shaping))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf"), shapable=shaping))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    candidates: dict[str, tuple[tuple[Path | str, int], ...]] = {
        CJK: ((folder / SHIPPED_CJK, 0),), EMOJI: ((folder / SHIPPED_EMOJI, 0),), CJK_SYSTEM: CJK_CANDIDATES}
    with _LOADING:
        _DEFERRED.clear()
        for name, files in candidates.items():
            present = tuple((str(file), index) for file, index in files if Path(file).is_file())
            if present:
                _DEFERRED[name] = present
        fallbacks = tuple(_DEFERRED)
    cjk = next((name for name in fallbacks if name != EMOJI), None)
    if cjk is None:
        log.warning("No CJK font is installed: Japanese and Chinese text in PDFs is replaced by a note")
    return FontSet(REGULAR, BOLD, cjk, fallbacks, shaping)


@cache
def _covered(font_name: str) -> frozenset[int]:
    """The characters a face draws; a fallback face is registered here, the first time it is asked about.
    One whose files all fail to load draws nothing (logged), so the next fallback is tried."""
    with _LOADING:
        files = _DEFERRED.pop(font_name, ())
        if files and not any(_register(font_name, file, register_fonts().shaping, index) for file, index in files):
            return frozenset()
    font = pdfmetrics.getFont(font_name)
    # Every face registered here is a TrueType one; any other (a standard PDF font) has no glyph table.
    return frozenset(font.face.charToGlyph) if isinstance(font, TTFont) else frozenset()


def _run_font(char: str, fonts: FontSet, main: str) -> str | None:
    """The font a character is drawn in: the main face when it has the glyph, else the first fallback that
    has it, else None."""
    code = ord(char)
    if code in _covered(main) or char.isspace():
        return main
    return next((face for face in fonts.fallbacks if code in _covered(face)), None)


def font_runs(text: str, fonts: FontSet, main: str | None = None) -> list[tuple[str | None, str]]:
    """The text cut into runs of one face each, main (the regular face unless given) wherever it has the
    glyph; None for characters no face has."""
    main = main or fonts.regular
    runs: list[tuple[str | None, str]] = []
    for char in text:
        font = _run_font(char, fonts, main)
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
        elif any(_looks_cjk(c) for c in run):
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
    faces = {_run_font(c, fonts, fonts.regular) for c in text} - {fonts.regular, None}
    return next((face for face in fonts.fallbacks if face in faces), fonts.regular)
