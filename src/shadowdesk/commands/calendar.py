"""`shadowdesk calendar export`: sessions as an iCalendar (.ics) file that Outlook and Google Calendar import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from shadowdesk.translation import _, n_

if TYPE_CHECKING:
    from shadowdesk.app import AppContext


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("calendar", help=_("export sessions as calendar invites (.ics)"),
                                   description=_("Calendar files of shadowing sessions and customer "
                                                 "visits."))
    actions = parser.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help=_("write an .ics file of a program's, a person's or one session's sessions"),
        description=_("Writes an RFC 5545 .ics file; a series is one repeating event. Importing it "
                      "again later updates the events (each keeps its UID) instead of duplicating "
                      "them; cancelled sessions arrive as cancelled."),
    )
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--program", metavar="NAME", help=_("every session of this program"))
    which.add_argument("--person", metavar="EMAIL", help=_("every session this person hosts or joins"))
    which.add_argument("--session", metavar="ID", type=_session_number, help=_("one session, by its number"))
    export.add_argument("-o", "--output", metavar="FILE.ics", required=True, type=Path,
                        help=_("the file to write ('-' for standard output)"))
    export.add_argument("--method", choices=("request", "cancel", "publish"),
                        help=_("request: invitations and updates, naming every attendee; cancel: what "
                               "is cancelled; publish: a file to open or subscribe to, naming no "
                               "attendees. Default: request (or cancel) for one --session, publish "
                               "otherwise"))
    export.set_defaults(handler=run_export)


def _session_number(text: str) -> int:
    """A number the database can hold (SQLite integers are 64-bit), else argparse's plain refusal."""
    if not text.strip().isdigit() or not 0 < int(text) < 2**63:
        raise argparse.ArgumentTypeError(
            _("{text} is not a session number (a whole number above 0)").format(text=repr(text)))
    return int(text)


def run_export(args: argparse.Namespace, context: AppContext) -> int:
    from shadowdesk.services.errors import NotFound, UserError

    scheduling = context.services.scheduling
    method = args.method.upper() if args.method else None
    if args.program is not None:
        exported = scheduling.export_calendar(program_id=context.services.programs.find(args.program).id,
                                              method=method)
    elif args.person is not None:
        person = scheduling.person_by_email(args.person)
        if person is None:
            raise NotFound(_("Nobody has the e-mail address {person}.").format(person=args.person))
        exported = scheduling.export_calendar(person_id=person.id, method=method)
    else:
        exported = scheduling.export_calendar(session_ids=[args.session], method=method)
        if exported.items + exported.left_out == 0:
            raise NotFound(_("There is no session number {session}.").format(session=args.session))
    if exported.items == 0 and exported.left_out:
        raise UserError(_("Nothing of these sessions is cancelled: there is nothing to write with "
                          "--method cancel.")
                        if exported.method == "CANCEL" else
                        _("All of these sessions are cancelled: write them with --method cancel."))
    from shadowdesk.fileio import STANDARD_OUTPUT, atomic_write

    atomic_write(args.output, exported.data)  # never a half-written file for a calendar to import; "-": stdout
    # With the calendar on standard output, the summary goes where it cannot end up inside the file.
    out = sys.stderr if str(args.output) == STANDARD_OUTPUT else sys.stdout
    print(n_("Wrote {count} event ({method}) to {output}.", "Wrote {count} events ({method}) to {output}.",
             exported.items).format(count=exported.items, method=exported.method, output=args.output), file=out)
    if exported.left_out:
        print(_("Left out {count} that a {method} cannot hold.").format(count=exported.left_out,
                                                                         method=exported.method), file=out)
    return 0
