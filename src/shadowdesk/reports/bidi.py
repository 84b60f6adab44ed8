"""Right-to-left text (Arabic, Hebrew) laid out by the Unicode bidi algorithm, and lines of several faces.

reportlab draws a line's words left to right in the order they were written and shapes each Arabic word on
its own: the letters of a word join and read right to left, but the words of an Arabic name come out in the
wrong order and the comma after an Arabic word moves to its other side. Here a paragraph is broken into
lines in written (logical) order, then each line is reordered as a whole by python-bidi (UAX #9), and each
right-to-left run is turned back into written order and shaped, which gives its glyphs right to left.
PDF text extraction (pdftotext, pypdf) reads the glyphs in the order they stand on the line and reverses
right-to-left runs itself, so a line drawn in visual order is searched and copied in logical order.

The direction of a paragraph is that of its first strong letter (UAX #9 P2): an Arabic note is laid out right
to left and aligned right. Our own sentences hold a user's value inside an isolate (isolate()), so
"— نيكوس حداد, customer visit" stays an English line with an Arabic name in it.
"""

from __future__ import annotations

import re
from unicodedata import bidirectional

from bidi import get_base_level, get_display
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.platypus import Flowable

from shadowdesk.reports.fonts import font_runs, needs_shaping, register_fonts

Piece = tuple[str, str, float, bool]  # (font, text, width, shaped): shaped text is reportlab's ShapedStr

# Letters of right-to-left scripts and the explicit right-to-left controls: text without them needs no bidi.
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u202b\u202e\u2067\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
# Embeddings, overrides, isolates and marks steer the algorithm; once the line is ordered they are dropped.
_FORMATTING = str.maketrans("", "", "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_FIRST_STRONG_ISOLATE, _POP_ISOLATE = "\u2068", "\u2069"
# A run drawn right to left, in visual order: R and AL letters with the marks beside them (classes r and m),
# and the spaces and separators between them (s). It is shaped, and drawn, as one string: pypdf reverses a
# right-to-left string it reads as a whole, so an Arabic name of two words extracts in written order.
_RTL_RUN = re.compile("[rm]*r[rm]*(?:s+[rm]*r[rm]*)*")


def needs_bidi(text: str) -> bool:
    return _RIGHT_TO_LEFT.search(text) is not None


def isolate(value: str) -> str:
    """A user's value inside one of our sentences, isolated so its direction is its own and does not turn
    the sentence around ("— نيكوس حداد, customer visit" stays a left-to-right line)."""
    return f"{_FIRST_STRONG_ISOLATE}{value}{_POP_ISOLATE}" if needs_bidi(value) else value


def paragraph_direction(text: str) -> str:
    """"R" when the first strong letter (outside isolates) is right to left, else "L"."""
    return "R" if needs_bidi(text) and get_base_level(text) == 1 else "L"


def _shaped_width(text: str, font: str, size: float) -> tuple[str, float]:
    """A right-to-left run in written order shaped into glyphs in visual order, with its width; without a
    shaping engine the letters are reversed unjoined."""
    if register_fonts().shaping and needs_shaping(text):
        shaped = shapeStr(text, font, size)
        if isinstance(shaped, ShapedStr):
            # The glyphs a shaped string carries are left out of reportlab's stubs.
            glyphs = shaped.__shapeData__  # type: ignore[attr-defined]
            return shaped, sum(glyph.x_advance for glyph in glyphs) * size / 1000
    return text[::-1], stringWidth(text, font, size)


def _kinds(visual: str) -> str:
    return "".join(
        "r" if kind in ("R", "AL") else "m" if kind == "NSM" else "s" if kind in ("WS", "CS") else "o"
        for kind in map(bidirectional, visual)
    )


def visual_pieces(line: str, main: str, size: float, direction: str) -> list[Piece]:
    """One line (no line break) in visual order, as pieces of one face each: right-to-left runs shaped."""
    fonts = register_fonts()
    visual = get_display(line, base_dir=direction).translate(_FORMATTING)
    kinds = _kinds(visual)
    pieces: list[Piece] = []
    start = 0
    for match in [*_RTL_RUN.finditer(kinds), None]:
        end = match.start() if match else len(visual)
        for font, run in font_runs(visual[start:end], fonts, main):  # left to right as it stands
            if font is not None:
                append_piece(pieces, (font, run, stringWidth(run, font, size), False))
        if match:
            written = visual[match.start() : match.end()][::-1]
            for font, run in reversed(font_runs(written, fonts, main)):
                if font is not None:
                    shaped, width = _shaped_width(run, font, size)
                    append_piece(pieces, (font, shaped, width, isinstance(shaped, ShapedStr)))
            start = match.end()
    return pieces


def append_piece(pieces: list[Piece], piece: Piece) -> None:
    """Neighbouring plain pieces in one face are drawn as one string; a shaped piece keeps its glyphs."""
    if pieces and not piece[3] and not pieces[-1][3] and pieces[-1][0] == piece[0]:
        font, text, width, _ = pieces[-1]
        pieces[-1] = (font, text + piece[1], width + piece[2], False)
    else:
        pieces.append(piece)


def visual_label(text: str, font: str, size: float) -> str:
    """A one-line label in one face (charts, the contents) in visual order, Arabic joined."""
    if not needs_bidi(text):
        return text
    drawn = ""
    for _, piece, _, _ in visual_pieces(text, font, size, paragraph_direction(text)):
        drawn = drawn + piece  # ShapedStr + str keeps the shaped glyphs' positions
    return drawn


class FontRuns(Flowable):
    """Lines of text pieces, each in its own face, drawn string by string from the top, where a paragraph of
    the same style draws its lines: from the left, or from the right for right-to-left text."""

    def __init__(self, lines: list[list[Piece]], style: ParagraphStyle, direction: str = "L") -> None:
        super().__init__()
        self.lines = lines
        self.style = style
        self.direction = direction

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        self.width, self.height = availWidth, len(self.lines) * self.style.leading
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802 (reportlab's name)
        return self.style.spaceAfter

    def _x(self, line_width: float) -> float:
        style = self.style
        room = self.width - style.leftIndent - style.rightIndent
        if style.alignment == TA_CENTER:
            return style.leftIndent + (room - line_width) / 2
        if style.alignment == TA_RIGHT or self.direction == "R":
            return style.leftIndent + room - line_width
        return style.leftIndent

    def draw(self) -> None:
        style = self.style
        # One text object per line: the PDF advances the pen by each piece's glyphs (the shaped ones with
        # their own offsets), so the pieces need no positions of their own.
        for number, pieces in enumerate(self.lines):
            baseline = self.height - style.fontSize - number * style.leading  # as in a paragraph
            text = self.canv.beginText(self._x(sum(piece[2] for piece in pieces)), baseline)
            text.setFillColor(style.textColor)
            for font, piece, _, _ in pieces:
                text.setFont(font, style.fontSize, style.leading)
                text.textOut(piece)
            self.canv.drawText(text)


class BidiParagraph(FontRuns):
    """A paragraph of a user's text holding right-to-left letters: broken into lines at the width it is
    given, in written order, each line then drawn in visual order (see the module's docstring)."""

    def __init__(self, text: str, style: ParagraphStyle, direction: str | None = None) -> None:
        super().__init__([], style, direction or paragraph_direction(text))
        self.text = text
        self._wrapped_at: float | None = None
        self._line_texts: list[str] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        if self._wrapped_at != availWidth:
            style = self.style
            room = availWidth - style.leftIndent - style.rightIndent
            self._line_texts = [line for hard in self.text.split("\n") for line in self._break(hard, room)]
            self.lines = [
                visual_pieces(line, style.fontName, style.fontSize, self.direction) for line in self._line_texts
            ]
            self._wrapped_at = availWidth
        return super().wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 (reportlab's names)
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(self.lines):
            return [self]
        return [
            BidiParagraph("\n".join(self._line_texts[:fit]), self.style, self.direction),
            BidiParagraph("\n".join(self._line_texts[fit:]), self.style, self.direction),
        ]

    def _break(self, text: str, room: float) -> list[str]:
        """Lines filled word by word as a paragraph fills them; a word wider than the room is cut."""
        font, size = self.style.fontName, self.style.fontSize
        space = stringWidth(" ", font, size)
        lines: list[str] = []
        line: list[str] = []
        used = -space
        for word in text.replace("\t", " ").split():
            for part in _cut(word, room, font, size):
                width = _width(part, font, size)
                if line and used + space + width > room:
                    lines.append(" ".join(line))
                    line, used = [], -space
                line.append(part)
                used += space + width
        return [*lines, " ".join(line)] if line or not lines else lines


def _width(word: str, main: str, size: float) -> float:
    fonts = register_fonts()
    total = 0.0
    for font, run in font_runs(word, fonts, main):
        if font is not None:
            total += _shaped_width(run, font, size)[1] if needs_bidi(run) else stringWidth(run, font, size)
    return total


def _cut(word: str, room: float, font: str, size: float) -> list[str]:
    """The word, or its pieces that each fit the room when it is wider."""
    if _width(word, font, size) <= room:
        return [word]
    parts, part = [], ""
    for char in word:
        if part and _width(part + char, font, size) > room:
            parts.append(part)
            part = ""
        part += char
    return [*parts, part]
