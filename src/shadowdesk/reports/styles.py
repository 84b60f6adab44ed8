"""Paragraph and table styles of every report, built on the registered fonts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, TableStyle
from reportlab.platypus.tables import CellStyle

from shadowdesk.reports.bidi import BidiParagraph, needs_bidi
from shadowdesk.reports.fonts import FontSet, markup, register_fonts
from shadowdesk.text import clean_text

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#1d6fa5")
ACCENT_2 = colors.HexColor("#e07b39")
RULE = colors.HexColor("#cbd2d9")
HEADER_FILL = colors.HexColor("#e4eef6")
STRIPE = colors.HexColor("#f5f7fa")
SERIES = (ACCENT, ACCENT_2)
CELL_PADDING = 4  # left and right of a table cell


@dataclass(frozen=True)
class Styles:
    fonts: FontSet
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    quote: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    header: ParagraphStyle
    header_number: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle
    toc: ParagraphStyle


@cache
def report_styles() -> Styles:
    fonts = register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=fonts.regular,
        fontSize=9.5,
        leading=13,
        textColor=INK,
        spaceAfter=4,
        splitLongWords=1,
    )

    def derive(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return Styles(
        fonts=fonts,
        title=derive("title", fontName=fonts.bold, fontSize=26, leading=32, spaceAfter=10),
        subtitle=derive("subtitle", fontSize=13, leading=18, textColor=MUTED, spaceAfter=6),
        h1=derive(
            "h1", fontName=fonts.bold, fontSize=15, leading=20, spaceBefore=6, spaceAfter=8, textColor=ACCENT
        ),
        h2=derive("h2", fontName=fonts.bold, fontSize=11, leading=15, spaceBefore=8, spaceAfter=4),
        body=base,
        quote=derive("quote", leftIndent=12, borderPadding=(2, 0, 2, 6), textColor=INK, spaceAfter=2),
        small=derive("small", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=8),
        cell=derive("cell", fontSize=8.5, leading=10.5, spaceAfter=0),
        cell_right=derive("cell_right", fontSize=8.5, leading=10.5, spaceAfter=0, alignment=TA_RIGHT),
        header=derive("header", fontName=fonts.bold, fontSize=8.5, leading=10.5, spaceAfter=0),
        header_number=derive(
            "header_number", fontName=fonts.bold, fontSize=7.5, leading=10.5, spaceAfter=0, alignment=TA_RIGHT
        ),
        figure=derive(
            "figure",
            fontName=fonts.bold,
            fontSize=17,
            leading=21,
            alignment=TA_CENTER,
            textColor=ACCENT,
            spaceAfter=0,
        ),
        figure_label=derive(
            "figure_label", fontSize=8, leading=10, alignment=TA_CENTER, textColor=MUTED, spaceAfter=0
        ),
        toc=derive("toc", fontSize=11, leading=18),
    )


class WrapOnceParagraph(Paragraph):
    """A Paragraph that keeps its lines for the width it was last wrapped at. A table wraps each of its
    paragraphs three or four times at the same width (sizing the row, finding the last row that fits on the
    page, drawing); breaking the lines, and shaping Arabic, is the dear part of a paragraph."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        # The lines depend on the width alone. split() drops them (del blPara) when the paragraph must move
        # to the next frame: then they are broken again.
        if self._wrapped is None or self._wrapped[0] != availWidth or not hasattr(self, "blPara"):
            self._wrapped = (availWidth, super().wrap(availWidth, availHeight))
        return self._wrapped[1]


def para(text: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of a user's text: control characters dropped (XML forbids them, and older data may hold
    them), escaped, CJK runs in the CJK face and emoji in the emoji face, Arabic shaped when it can be, and
    text holding right-to-left letters laid out by the bidi algorithm (bidi.BidiParagraph). Table cells
    with a control character come here too (cells.cell)."""
    text = clean_text(text)
    if needs_bidi(text):
        return BidiParagraph(text, style)
    return WrapOnceParagraph(markup(text, report_styles().fonts), style)


def label(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of our own wording (no user text): may carry <b> and other markup."""
    return WrapOnceParagraph(text, style)


def table_style() -> TableStyle:
    """Header row shaded and repeated on every page; zebra rows. Fonts, alignment and padding are in the
    cell styles (table_cell_styles), not here: reportlab applies such a command cell by cell, and the 17 of
    them over the 5,500 cells of a 500-pair table took a tenth as long as drawing the table."""
    return TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), (None, STRIPE)),  # white rows: the page shows through
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ]
    )


def table_cell_styles(
    rows: int, columns: int, numeric: tuple[int, ...], wrapped: tuple[int, ...], padding: float
) -> list[list[CellStyle]]:
    """The style of every cell, shared: one for the header row, one per kind of body column. numeric
    columns are right-aligned; wrapped columns (lines broken by cell()) take the paragraph leading so their
    lines are spaced like a paragraph's. Shared styles are safe because the tables are top-aligned:
    reportlab edits a cell style in place only when it splits a middle-aligned row."""
    text = CellStyle("text")
    text.fontname, text.fontsize, text.color, text.valign = register_fonts().regular, 8.5, INK, "TOP"
    text.topPadding = text.bottomPadding = 3
    text.leftPadding = text.rightPadding = padding
    kinds: dict[tuple[bool, bool], CellStyle] = {}
    for kind in ((c in numeric, c in wrapped) for c in range(columns)):
        if kind not in kinds:
            kinds[kind] = style = text.copy()
            style.alignment = "RIGHT" if kind[0] else "LEFT"
            if kind[1]:
                style.leading = report_styles().cell.leading
    body = [kinds[c in numeric, c in wrapped] for c in range(columns)]
    return [[text] * columns] + [list(body) for _ in range(rows - 1)]
