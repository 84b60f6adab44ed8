"""Program report of a 1,000-participant, 20,000-session program against the floor of bare reportlab.

Targets (issue 6): the report in under 10 s, within 2x of a bare reportlab document with the same number of
pages and table rows built in the same run. Also the peak Python memory of one report (tracemalloc, in a
separate run so its overhead does not count in the times). Prints markdown rows of medians.

The floor is what the least reportlab code would print for the same figures, built once per run:
- the same tables with the same rows and columns (the pairs table, the key figures, the ideas), every cell
  the report's text as a plain string, the report's column widths and font size, the header row repeated on
  every page; no wrapping, shading, rules, charts, quotes, page header or footer;
- the same fonts embedded: DejaVu Sans for the text and DejaVu Sans Bold for the header row, and the CJK
  face for a cell holding Chinese or Japanese (a bare document picks one font per cell; it does not switch
  fonts within a name, nor shape Arabic). A document with names in Polish, Greek or Japanese cannot be
  printed in Helvetica, so embedding TrueType subsets is part of the floor, not overhead of the report.
  Registering the fonts (parsing the font files) happens once per process for both and is timed in neither;
- padded with page breaks to the report's page count. The page count of the tables alone is measured in a
  calibration build before the timed runs, so each timed floor is one build, as each report is.
Both are built with the same reportlab settings (the report's module sets them at import, the floor is built
after that import).
Usage: python benchmarks/bench_report.py [--runs 3] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

from shadowdesk.reports.data import ProgramReportData
from shadowdesk.reports.fonts import FontSet, label_font, register_fonts

PROGRAM = "Benchmark program 1"
FONT_SIZE = 8.5  # the report's table cells


def ensure_database(data_dir: Path) -> None:
    if (data_dir / "shadowdesk.sqlite3").exists():
        return
    print(f"Creating the 20,000-session demo in {data_dir}...", file=sys.stderr)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "shadowdesk",
            "--data-dir",
            str(data_dir),
            "demo",
            "--people",
            "1250",
            "--sessions",
            "20000",
        ],
        check=True,
    )


def floor_tables(data: ProgramReportData, fonts: FontSet, width: float) -> list[Table]:
    """The report's four tables as bare reportlab tables of plain strings."""
    f, n = data.figures, data.figures.sessions
    summary = [["Figure", "Against the targets"]] + [[f"figure {i}", f"value {i}"] for i in range(8)]
    key_figures = [["Figure", "Value"]] + [
        [f"figure {i}", str(v)]
        for i, v in enumerate(
            (n.planned, n.completed, n.cancelled, n.no_show, f.progress.stalled, f.hours_project_shadow)
            + (f.hours_customer_visit, f.hours_side_a, f.hours_side_b, f.reflections_submitted)
            + (f.reflections_due, f.average_usefulness, f.ideas_proposed, f.ideas_adopted)
            + (f.perception_a.shift, f.perception_b.shift)
        )
    ]
    pairs = [["#", "A", "B", "Sessions", "Hours", "Planned", "Cancelled", "No-show", "Notes", "Progress"]]
    for p in data.pairs:
        c, progress = p.sessions, p.progress
        pairs.append(
            [str(p.number), p.person_a, p.person_b, f"{progress.sessions_done} / {progress.sessions_target}"]
            + [f"{p.hours:.1f} / {progress.hours_target:.1f}", str(c.planned), str(c.cancelled), str(c.no_show)]
            + [str(p.reflections_submitted), progress.status.value]
        )
    ideas = [["Idea", "Proposed by", "Owner", "Status", "Decision"]] + [
        [i.title, i.proposer, i.owner, i.status, i.decision_note] for i in data.ideas
    ]
    tables = []
    for rows in (summary, key_figures, pairs, ideas):
        columns = len(rows[0])
        table = Table(rows, colWidths=[width / columns] * columns, repeatRows=1)
        commands = [
            ("FONT", (0, 0), (-1, -1), fonts.regular, FONT_SIZE),
            ("FONT", (0, 0), (-1, 0), fonts.bold, FONT_SIZE),
        ]
        commands += [
            ("FONTNAME", (c, r), (c, r), fonts.cjk)
            for r, row in enumerate(rows)
            for c, text in enumerate(row)
            if fonts.cjk and not text.isascii() and label_font(text, fonts) == fonts.cjk
        ]
        table.setStyle(commands)
        tables.append(table)
    return tables


def floor_document(path: Path, data: ProgramReportData, padding_pages: int) -> int:
    """Build the floor once; returns the number of pages it came to."""
    fonts = register_fonts()
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    style = ParagraphStyle("floor", fontName=fonts.regular, fontSize=10, leading=12)
    story = [Paragraph("Bare document", style), *floor_tables(data, fonts, doc.width)]
    story += [PageBreak(), Paragraph("padding", style)] * padding_pages
    doc.build(story)
    return doc.page


def timed(action) -> tuple[float, float]:
    """(wall-clock, CPU) seconds: CPU time is less disturbed by other jobs on a shared machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    from shadowdesk.app import AppContext
    from shadowdesk.paths import resolve_paths
    from shadowdesk.reports.program_report import build_program_report

    with tempfile.TemporaryDirectory() as scratch:
        data_dir = args.data_dir or Path(scratch) / "data"
        ensure_database(data_dir)
        context = AppContext(resolve_paths(data_dir))
        reports = context.services.reports
        out = Path(scratch) / "report.pdf"
        floor_pdf = Path(scratch) / "floor.pdf"
        data = reports.program_data(PROGRAM)
        reports.write_program_report(PROGRAM, out)  # warm up: fonts registered, modules imported
        pages = len(PdfReader(out).pages)
        padding = max(0, pages - floor_document(floor_pdf, data, 0))  # calibration, not timed
        report_times, gather_times, layout_times, floor_times = [], [], [], []
        for _ in range(args.runs):
            gather_times.append(timed(lambda: reports.program_data(PROGRAM)))
            layout_times.append(timed(lambda: build_program_report(data, out)))
            report_times.append(timed(lambda: reports.write_program_report(PROGRAM, out)))
            floor_times.append(timed(lambda: floor_document(floor_pdf, data, padding)))
        floor_pages = len(PdfReader(floor_pdf).pages)
        tracemalloc.start()
        reports.write_program_report(PROGRAM, out)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        context.close()
    report, floor, gather, layout = (
        [statistics.median(t[kind] for t in times) for kind in (0, 1)]
        for times in (report_times, floor_times, gather_times, layout_times)
    )
    participants = data.figures.participants_a + data.figures.participants_b
    rows = len(data.pairs) + len(data.ideas) + 16 + 3  # data rows and a header row per table
    print(
        f"Program of {participants} participants, {data.figures.sessions.total} sessions, "
        f"{len(data.pairs)} pairs; report of {pages} pages, floor of {floor_pages}; "
        f"median of {args.runs} runs.\n"
    )
    print("| what | median wall-clock | median CPU | target |")
    print("| --- | --- | --- | --- |")
    print(f"| program report PDF, data + layout | {report[0]:.2f} s | {report[1]:.2f} s | < 10 s |")
    print(f"| gathering the figures alone (SQL aggregates) | {gather[0]:.2f} s | {gather[1]:.2f} s | |")
    print(f"| laying out the PDF alone | {layout[0]:.2f} s | {layout[1]:.2f} s | |")
    print(
        f"| bare reportlab floor, {floor_pages} pages, {rows} table rows | {floor[0]:.2f} s | "
        f"{floor[1]:.2f} s | |"
    )
    print(
        f"| ratio report / floor | {report[0] / floor[0]:.2f}x | {report[1] / floor[1]:.2f}x | within 2x |"
    )
    print(f"| ratio layout / floor | {layout[0] / floor[0]:.2f}x | {layout[1] / floor[1]:.2f}x | |")
    print(f"| peak Python memory of one report (tracemalloc) | {peak / 2**20:.1f} MiB | | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
