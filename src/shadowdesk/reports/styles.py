"""Paragraph and table styles of every report, built on the registered fonts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, TableStyle

from shadowdesk.reports.fonts import FontSet, drawable_as_is, markup, needs_shaping, register_fonts

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#1d6fa5")
ACCENT_2 = colors.HexColor("#e07b39")
RULE = colors.HexColor("#cbd2d9")
HEADER_FILL = colors.HexColor("#e4eef6")
STRIPE = colors.HexColor("#f5f7fa")
SERIES = (ACCENT, ACCENT_2)


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

    def derive(name: str, **changes) -> ParagraphStyle:
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


@cache
def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "-shaped", parent=style, shaping=1)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of a user's text: escaped, CJK runs in the CJK face, Arabic shaped when it can be."""
    styles = report_styles()
    if styles.fonts.shaping and needs_shaping(text):
        style = _shaped(style)
    return Paragraph(markup(text, styles.fonts), style)


def cell(text: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A table cell of a user's text: the plain string when it fits on one line in the main face (table
    cells draw strings literally, no markup), else a wrapping, escaped paragraph."""
    padding = 8  # the table style's left and right padding
    if drawable_as_is(text) and stringWidth(text, style.fontName, style.fontSize) <= width - padding:
        return text
    return para(text, style)


def label(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of our own wording (no user text): may carry <b> and other markup."""
    return Paragraph(text, style)


def table_style(numeric_columns: tuple[int, ...] = ()) -> TableStyle:
    """Header row shaded and repeated on every page; zebra rows; numbers right-aligned."""
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), (colors.white, STRIPE)),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), register_fonts().regular),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("ALIGN", (column, 1), (column, -1), "RIGHT") for column in numeric_columns]
    return TableStyle(commands)
