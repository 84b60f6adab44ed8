"""`shadowdesk report program NAME -o FILE.pdf` and `shadowdesk report person EMAIL -o FILE.pdf`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from shadowdesk.translation import _

if TYPE_CHECKING:
    from shadowdesk.app import AppContext


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "report",
        help=_("write a program report or a participant's record as PDF"),
        description=_("Program reports show key figures, charts, pairs, highlights and ideas; private notes "
                      "never appear in them. A participant's record lists their programs, sessions, notes and "
                      "ideas; their private notes only when the signed-in person prints their own record. "
                      "They are written in the language of the command line."),
    )
    kinds = parser.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    program = kinds.add_parser("program", help=_("the summary of one program"))
    program.add_argument("name", help=_('the program\'s name, e.g. "Autumn Cross-Training"'))
    program.add_argument("-o", "--output", required=True, type=Path, help=_("the PDF file to write"))
    person = kinds.add_parser("person", help=_("one participant's record"))
    person.add_argument("email", help=_("the participant's email address"))
    person.add_argument("-o", "--output", required=True, type=Path, help=_("the PDF file to write"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: AppContext) -> int:
    reports = context.services.reports
    output = args.output.expanduser()
    if args.report_kind == "program":
        reports.write_program_report(args.name, output)
    else:
        services = context.services
        viewer = services.identity.whoami()  # None: a file nobody has claimed, read by its program office
        own = viewer is not None and services.reflections.person_id_for_email(args.email) == viewer.person_id
        reports.write_person_report(args.email, output, as_self=own)
    print(_("Wrote {path}").format(path=output))
    return 0
