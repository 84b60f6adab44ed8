"""Table cells of a user's text, as cheap as the text allows.

A Paragraph per cell is the dear way to print a name: its markup is parsed and its lines broken each time the
table measures the row, splits at a page end and draws. A table of 500 pairs holds 1,000 names, so cell()
picks the cheapest form that prints the text literally and completely, with the paragraph's line breaks:
- a plain string, its lines broken here, when the main face has every glyph and nothing needs shaping
  (reportlab draws table strings as they are: there is no markup to escape);
- a FontRuns flowable when the text mixes faces (a Japanese given name with a Latin surname, an emoji);
- a BidiParagraph when it holds right-to-left letters (Arabic, Hebrew): ordered by the bidi algorithm and
  shaped, its lines broken at the column's width;
- an escaped, wrapping Paragraph otherwise: a word wider than the column (the paragraph splits it),
  characters no font has (the paragraph prints a note or U+FFFD), control characters.
"""

from __future__ import annotations

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from shadowdesk.reports.bidi import FontRuns, Piece, append_piece, needs_bidi
from shadowdesk.reports.fonts import drawable_as_is, font_runs, register_fonts
from shadowdesk.reports.styles import CELL_PADDING, para

Word = tuple[list[Piece], float]


def cell(text: str, style: ParagraphStyle, width: float, padding: float = 2 * CELL_PADDING) -> str | Flowable:
    """A table cell of a user's text in a column of this width (see the module's docstring). Plain strings
    of several lines need the paragraph's leading in their column: data_table(wrapped=...)."""
    if needs_bidi(text):
        return para(text, style)
    room = width - padding
    size = style.fontSize
    if drawable_as_is(text):
        one_line = " ".join(text.split())
        if stringWidth(one_line, style.fontName, size) <= room:  # most names: measured once, not by word
            return one_line
        words = one_line.split(" ")
        lines = _break([stringWidth(w, style.fontName, size) for w in words], style.fontName, size, room)
        if lines is not None:
            return "\n".join(" ".join(words[start:end]) for start, end in lines)
    elif words_in_faces := _words_in_faces(text, size):
        lines = _break([w for _, w in words_in_faces], register_fonts().regular, size, room)
        if lines is not None:
            return FontRuns([_line(words_in_faces[start:end], size) for start, end in lines], style)
    return para(text, style)


def _break(widths: list[float], font: str, size: float, room: float) -> list[tuple[int, int]] | None:
    """Lines as (first word, word after the last), filled as a paragraph fills them (a line may run over by a
    twentieth of a space per space, reportlab's spaceShrinkage); None when a word is wider than the column."""
    if not widths or max(widths) > room:
        return None
    space = stringWidth(" ", font, size)
    shrink = rl_config.spaceShrinkage * space
    lines, start, used = [], 0, -space
    for index, word in enumerate(widths):
        words_on_line = index - start
        if words_on_line and used + space + word > room + shrink * words_on_line:
            lines.append((start, index))
            start, used = index, word
        else:
            used += space + word
    return lines + [(start, len(widths))]


def _words_in_faces(text: str, size: float) -> list[Word] | None:
    """Each word as pieces of one face each; None when a paragraph must print the text."""
    fonts = register_fonts()
    if not text.isprintable():
        return None  # control characters and line breaks: the paragraph's rules apply
    words: list[Word] = []
    for word in text.split():
        pieces: list[Piece] = []
        for font, run in font_runs(word, fonts):
            if font is None:
                return None  # a character no face has: the paragraph prints a note for it
            pieces.append((font, run, stringWidth(run, font, size), False))
        words.append((pieces, sum(piece[2] for piece in pieces)))
    return words


def _line(words: list[Word], size: float) -> list[Piece]:
    """The pieces of one line, spaces between the words; neighbouring pieces in the same face are joined
    into one string to draw."""
    regular = register_fonts().regular
    space: Piece = (regular, " ", stringWidth(" ", regular, size), False)
    pieces: list[Piece] = []
    for index, (word_pieces, _) in enumerate(words):
        for piece in ([space] if index else []) + word_pieces:
            append_piece(pieces, piece)
    return pieces
