"""`shadowdesk export (sessions|reflections|ideas) --program NAME -o FILE.csv`: CSV for spreadsheets."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write a program's sessions, reflections or ideas as CSV",
        description="CSV in UTF-8 with BOM, which Excel opens correctly. Reflections are only those the "
        "authors "
        "shared with the whole program: private and pair notes are never exported.",
    )
    parser.add_argument("what", choices=("sessions", "reflections", "ideas"), help="what to export")
    parser.add_argument("--program", required=True, metavar="NAME", help="the program's name")
    parser.add_argument("-o", "--output", required=True, type=Path, help="the CSV file to write")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context) -> int:
    output = args.output.expanduser()
    rows = context.services.reports.export(args.what, args.program, output)
    print(f"Wrote {rows} {args.what} to {output}")
    return 0
