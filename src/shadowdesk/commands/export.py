"""`shadowdesk export (sessions|reflections|ideas) --program NAME -o FILE.csv`: CSV for spreadsheets."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from shadowdesk.translation import _, n_

if TYPE_CHECKING:
    from shadowdesk.app import AppContext


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export",
        help=_("write a program's sessions, reflections or ideas as CSV"),
        description=_("CSV in UTF-8 with BOM, which Excel opens correctly. Reflections are only those "
                      "the authors shared with the whole program: private and pair notes are never "
                      "exported."),
    )
    parser.add_argument("what", choices=("sessions", "reflections", "ideas"), help=_("what to export"))
    parser.add_argument("--program", required=True, metavar="NAME", help=_("the program's name"))
    parser.add_argument("-o", "--output", required=True, type=Path,
                        help=_("the CSV file to write ('-' for standard output)"))
    parser.set_defaults(handler=run)


def _wrote(what: str, count: int) -> str:
    if what == "sessions":
        return n_("Wrote {count} session to {output}", "Wrote {count} sessions to {output}", count)
    if what == "reflections":
        return n_("Wrote {count} reflection to {output}", "Wrote {count} reflections to {output}", count)
    return n_("Wrote {count} idea to {output}", "Wrote {count} ideas to {output}", count)


def run(args: argparse.Namespace, context: AppContext) -> int:
    from shadowdesk.fileio import STANDARD_OUTPUT

    output = args.output.expanduser()
    rows = context.services.reports.export(args.what, args.program, output)  # "-": standard output
    # With the CSV on standard output, the summary goes where it cannot end up inside the file.
    print(_wrote(args.what, rows).format(count=rows, output=output),
          file=sys.stderr if str(output) == STANDARD_OUTPUT else sys.stdout)
    return 0
