"""Program report of a 1,000-participant, 20,000-session program against the floor of bare reportlab.

Targets (issue 6): the report in under 10 s, within 2x of a bare reportlab document with the same number of
pages and table rows built in the same run. Also the peak Python memory of one report (tracemalloc, in a
separate run so its overhead does not count in the times). Prints markdown rows of medians.
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
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

PROGRAM = "Benchmark program 1"


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


def bare_document(path: Path, pages: int, rows: int) -> int:
    """The floor: Helvetica paragraphs and one plain-string table of the same rows, padded to the same
    number of pages. Returns the pages it came to."""
    styles = getSampleStyleSheet()
    table = Table([[f"cell {r}-{c}" for c in range(11)] for r in range(rows + 1)], repeatRows=1)
    story = [Paragraph("Bare document", styles["Title"]), table]
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build(list(story))
    made = len(PdfReader(path).pages)
    story += [PageBreak(), Paragraph("padding", styles["Normal"])] * max(0, pages - made)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return made if made >= pages else pages


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


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
        report_times, gather_times, layout_times, floor_times = [], [], [], []
        for _ in range(args.runs):
            gather_times.append(timed(lambda: reports.program_data(PROGRAM)))
            layout_times.append(timed(lambda: build_program_report(data, out)))
            report_times.append(timed(lambda: reports.write_program_report(PROGRAM, out)))
            pages = len(PdfReader(out).pages)
            floor_times.append(timed(lambda pages=pages: bare_document(floor_pdf, pages, len(data.pairs))))
        tracemalloc.start()
        reports.write_program_report(PROGRAM, out)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        context.close()
    report, floor, gather, layout = (
        statistics.median(t) for t in (report_times, floor_times, gather_times, layout_times)
    )
    participants = data.figures.participants_a + data.figures.participants_b
    print(
        f"Program of {participants} participants, {data.figures.sessions.total} sessions, "
        f"{len(data.pairs)} pairs; report of {pages} pages; median of {args.runs} runs.\n"
    )
    print("| what | median | target |")
    print("| --- | --- | --- |")
    print(f"| program report PDF, data + layout | {report:.2f} s | < 10 s |")
    print(f"| gathering the figures alone (SQL aggregates) | {gather:.2f} s | |")
    print(f"| laying out the PDF alone | {layout:.2f} s | |")
    print(f"| bare reportlab floor, {pages} pages, {len(data.pairs)} table rows | {floor:.2f} s | |")
    print(f"| ratio report / floor | {report / floor:.2f}x | within 2x |")
    print(f"| ratio layout / floor | {layout / floor:.2f}x | |")
    print(f"| peak Python memory of one report (tracemalloc) | {peak / 2**20:.1f} MiB | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
