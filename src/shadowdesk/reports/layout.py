"""The page machinery every report shares: cover and body pages, "Page N of M", a table of contents,
PDF bookmarks, progress and cancel between flowables, and writing the file atomically.

One layout pass instead of multiBuild: the total page count and the contents page numbers are drawn as
PDF form objects that are referenced while the pages are laid out and defined once the last page is known
(a PDF may name a form before it defines it). A 20,000-session report is therefore laid out once, not
twice, which halves its build time, and the numbers are still exact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table

from shadowdesk.fileio import atomic_writer, refuse_standard_output
from shadowdesk.reports.bidi import visual_label
from shadowdesk.reports.fonts import label_font
from shadowdesk.reports.options import ReportOptions
from shadowdesk.reports.styles import (
    CELL_PADDING,
    MUTED,
    RULE,
    Styles,
    para,
    report_styles,
    table_cell_styles,
    table_style,
)
from shadowdesk.translation import _

PAGE_COUNT_FORM = "sdPageCount"
CONTENTS_FORM = "sdContents"
MARGIN = 18 * mm
# Binary streams instead of ASCII85 text: reportlab encodes ASCII85 in pure Python, 6 % of the layout time of a
# 500-pair report, to make the file 11 % larger. ASCII85 only matters to 7-bit channels.
rl_config.useA85 = 0


PAPER_SIZES = {"a4": A4, "letter": LETTER}


class ReportCancelled(Exception):
    """The user cancelled; no file was written."""


class Heading(Paragraph):
    """A section title that goes into the contents, the PDF bookmarks and the page header."""

    def __init__(self, text: str, style: ParagraphStyle, level: int = 0, in_contents: bool = True) -> None:
        super().__init__(text, style)
        self.title = text  # our wording: a heading never holds a user's markup
        self.level = level
        self.in_contents = in_contents


class ContentsPlaceholder(Flowable):
    """Keeps room for the table of contents, which is drawn when the last page is known."""

    LINE = 18

    def __init__(self, entries: int) -> None:
        super().__init__()
        self.entries = entries

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.entries * self.LINE

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.translate(0, self.entries * self.LINE)  # the form draws its lines downwards from its top
        self.canv.doForm(CONTENTS_FORM)
        self.canv.restoreState()
        # reportlab sets the canvas's document while it builds one; its stubs leave that out.
        self.canv._doctemplate.contents_width = self.width  # type: ignore[attr-defined]


class ReportDocument(BaseDocTemplate):
    def __init__(
        self,
        target: IO[bytes],
        title: str,
        running_title: str,
        with_cover: bool,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        options: ReportOptions = ReportOptions(),
        subject: str = "",
        keywords: Sequence[str] = (),
    ) -> None:
        super().__init__(
            target,
            pagesize=PAPER_SIZES.get(options.paper, A4),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 4 * mm,
            bottomMargin=MARGIN + 2 * mm,
            title=title,
            subject=subject,
            keywords=list(keywords),
            author="ShadowDesk",
            creator="ShadowDesk",
            lang=options.language,
            displayDocTitle=1,  # a reader's title bar shows the title, not the file name
        )
        self.styles: Styles = report_styles()
        # A paragraph, not drawString: the title may hold names in Arabic (shaped) or Japanese (CJK face).
        self._running_title = para(running_title, self.styles.small)
        self._page_of = _("Page {page} of {pages}")
        self._progress = progress
        self._cancelled = cancelled
        self._done = 0
        self._total = 1
        self.contents: list[tuple[int, str, int, str]] = []  # (level, title, page, bookmark key)
        self.contents_width = 0.0
        self._headings = 0
        self._doSave = 0  # saved by build_story(), after the forms are defined
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        body = PageTemplate("body", [frame], onPage=self._body_page)
        cover = PageTemplate("cover", [frame], onPage=self._cover_page)
        self.addPageTemplates([cover, body] if with_cover else [body, cover])  # the first one starts

    def _cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._check_cancel()

    def _body_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._check_cancel()
        fonts = self.styles.fonts
        width, height = self.pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - MARGIN, width - MARGIN, height - MARGIN)
        canvas.line(MARGIN, MARGIN, width - MARGIN, MARGIN)
        _, title_height = self._running_title.wrap(self.width, MARGIN)
        self._running_title.drawOn(
            canvas, MARGIN, height - MARGIN + 3 + title_height - self.styles.small.leading
        )
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.regular, 8)
        # The page count is a form drawn at the end (see the module's docstring), so the words before it are
        # drawn here and the count goes where they end: a translation puts {pages} last.
        text = self._page_of.partition("{pages}")[0].format(page=canvas.getPageNumber())
        x = width - MARGIN - stringWidth(self._page_of.format(page=9999, pages=9999), fonts.regular, 8)
        canvas.drawString(x, MARGIN - 11, text)
        canvas.translate(x + stringWidth(text, fonts.regular, 8), MARGIN - 11)
        canvas.doForm(PAGE_COUNT_FORM)
        canvas.restoreState()

    def _check_cancel(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ReportCancelled()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if isinstance(flowable, Heading):
            key = f"section{self._headings}"
            self._headings += 1
            # The bookmark opens the page at the heading, not at the page's top.
            # The frame's pen is below the heading now (reportlab's stubs leave the pen out).
            top = self.frame._y + flowable.getSpaceAfter() + flowable.height  # type: ignore[attr-defined]
            self.canv.bookmarkHorizontal(key, 0, top)
            self.canv.addOutlineEntry(flowable.title, key, level=flowable.level, closed=False)
            if flowable.in_contents:
                self.contents.append((flowable.level, flowable.title, self.page, key))
        self._done += 1
        if self._progress is not None:
            self._progress(min(self._done, self._total), self._total)
        self._check_cancel()

    def build_story(self, story: list[Flowable]) -> None:
        self._total = len(story)
        self.build(story)
        pages = self.page
        self._define_page_count(pages)
        self._define_contents()
        self.canv.save()

    def _define_page_count(self, pages: int) -> None:
        canvas = self.canv
        canvas.beginForm(PAGE_COUNT_FORM)
        canvas.setFont(self.styles.fonts.regular, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(0, 0, str(pages))
        canvas.endForm()

    def _define_contents(self) -> None:
        canvas = self.canv
        width, height = self.pagesize
        # The form draws downwards from its origin, so its box must reach below it (the default box
        # starts at the origin and would clip every line).
        canvas.beginForm(CONTENTS_FORM, lowerx=0, lowery=-height, upperx=width, uppery=0)
        style = self.styles.toc
        for index, (level, title, page, _key) in enumerate(self.contents):
            y = -(index + 1) * ContentsPlaceholder.LINE + 5
            indent = 14 * level
            face, size = label_font(title), style.fontSize - level
            canvas.setFont(face, size)
            canvas.setFillColor(style.textColor)
            canvas.drawString(indent, y, visual_label(title, face, size))
            canvas.drawRightString(self.contents_width, y, str(page))
            start = indent + stringWidth(title, face, size) + 6
            end = self.contents_width - stringWidth(str(page), self.styles.fonts.regular, style.fontSize) - 6
            canvas.setStrokeColor(RULE)
            canvas.setDash(1, 2)
            if end > start:
                canvas.line(start, y + 1, end, y + 1)
        canvas.endForm()


def write_report(
    path: Path,
    title: str,
    running_title: str,
    with_cover: bool,
    make_story: Callable[[ReportDocument], list[Flowable]],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    options: ReportOptions = ReportOptions(),
    subject: str = "",
    keywords: Sequence[str] = (),
) -> None:
    """Lay out the story through the one atomic writer (fileio): a cancelled or failed report leaves no
    half-written PDF, an existing file is replaced only by a complete one, and the database or a backup
    is never the target. subject and keywords go into the document's properties beside the title."""
    refuse_standard_output(path, "A PDF report")
    with atomic_writer(path) as handle:
        doc = ReportDocument(
            handle, title, running_title, with_cover, progress, cancelled, options, subject, keywords
        )
        doc.build_story(make_story(doc))


def data_table(
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float],
    numeric: tuple[int, ...] = (),
    wrapped: tuple[int, ...] = (),
    padding: float = CELL_PADDING,
) -> Table:
    """A table whose header row repeats on every page it runs over, and whose rows may split between
    pages, so even a cell holding a very long note always fits. numeric columns are right-aligned; wrapped
    columns hold strings of several lines made by cell()."""
    table = Table(
        [list(row) for row in rows],
        colWidths=list(widths),
        repeatRows=1,
        splitInRow=1,
        cellStyles=table_cell_styles(len(rows), len(widths), numeric, wrapped, padding),
    )
    table.setStyle(table_style())
    return table


def widest_word(texts: Iterable[str], style: ParagraphStyle, padding: float = 2 * CELL_PADDING) -> float:
    """The room a column needs so that no word of these texts is split: its widest word in the style's face,
    plus the cell's padding."""
    return max((stringWidth(word, style.fontName, style.fontSize) for text in texts for word in text.split()),
               default=0.0) + padding


def fitted(widths: Sequence[float], needs: Mapping[int, float], flexible: Sequence[int]) -> list[float]:
    """The columns' widths with each column of `needs` widened to what it needs (a German or French header is
    longer than the English one), the room taken from the flexible columns (names, notes) in proportion to
    their widths."""
    fitted_widths = list(widths)
    for column, need in needs.items():
        fitted_widths[column] = max(fitted_widths[column], need)
    taken = sum(fitted_widths) - sum(widths)
    flexible_width = sum(widths[column] for column in flexible)
    for column in flexible:
        fitted_widths[column] -= taken * widths[column] / flexible_width
    return fitted_widths
