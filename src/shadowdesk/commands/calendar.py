"""`shadowdesk calendar export`: sessions as an iCalendar (.ics) file that Outlook and Google Calendar import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("calendar", help="export sessions as calendar invites (.ics)",
                                   description="Calendar files of shadowing sessions and customer visits.")
    actions = parser.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help="write an .ics file of a program's, a person's or one session's sessions",
        description="Writes an RFC 5545 .ics file. Importing it again later updates the events "
        "(each session keeps its UID) instead of duplicating them; cancelled sessions arrive as cancelled.",
    )
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--program", metavar="NAME", help="every session of this program")
    which.add_argument("--person", metavar="EMAIL", help="every session this person hosts or joins")
    which.add_argument("--session", metavar="ID", type=_session_number, help="one session, by its number")
    export.add_argument("-o", "--output", metavar="FILE.ics", required=True, type=Path,
                        help="the file to write ('-' for standard output)")
    export.set_defaults(handler=run_export)


def _session_number(text: str) -> int:
    """A number the database can hold (SQLite integers are 64-bit), else argparse's plain refusal."""
    if not text.strip().isdigit() or not 0 < int(text) < 2**63:
        raise argparse.ArgumentTypeError(f"{text!r} is not a session number (a whole number above 0)")
    return int(text)


def run_export(args: argparse.Namespace, context) -> int:
    from shadowdesk.services.errors import NotFound

    scheduling = context.services.scheduling
    if args.program is not None:
        data = scheduling.export_ics(program_id=context.services.programs.find(args.program).id)
    elif args.person is not None:
        person = scheduling.person_by_email(args.person)
        if person is None:
            raise NotFound(f"Nobody has the e-mail address {args.person}.")
        data = scheduling.export_ics(person_id=person.id)
    else:
        data = scheduling.export_ics(session_ids=[args.session])
        if b"BEGIN:VEVENT" not in data:
            raise NotFound(f"There is no session number {args.session}.")
    from shadowdesk.fileio import STANDARD_OUTPUT, atomic_write

    events = data.count(b"BEGIN:VEVENT")
    atomic_write(args.output, data)  # never a half-written file for a calendar to import; "-": stdout
    # With the calendar on standard output, the summary goes where it cannot end up inside the file.
    print(f"Wrote {events} event{'s' if events != 1 else ''} to {args.output}.",
          file=sys.stderr if str(args.output) == STANDARD_OUTPUT else sys.stdout)
    return 0
