"""`shadowdesk programs list|create|enroll`: programs and who takes part, without the window."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shadowdesk.commands import iso_date
from shadowdesk.text import printable
from shadowdesk.translation import _

if TYPE_CHECKING:
    from shadowdesk.app import AppContext


class _PositionalsAnywhere(argparse.ArgumentParser):
    """A parser that takes positionals wherever they stand: plain argparse takes them in one run, so in
    `programs enroll NAME --side a EMAIL` the address after the option was left over ("unrecognized
    arguments"). The standard library's intermixed parsing does what the user means; it calls
    parse_known_args itself, twice, which must then be the plain one."""

    _intermixing = False

    def parse_known_args(self, args: Iterable[str] | None = None,
                         namespace: Any = None) -> tuple[Any, list[str]]:  # Any: the caller's namespace
        if self._intermixing:
            return super().parse_known_args(args, namespace)
        self._intermixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("programs", help=_("list, create programs and enroll people"),
                                   description=_("Cross-training programs and the people on their two "
                                                 "sides."))
    actions = parser.add_subparsers(dest="programs_action", metavar="ACTION", required=True,
                                    parser_class=_PositionalsAnywhere)

    listing = actions.add_parser("list", help=_("every program with its dates, status and enrolled "
                                                "counts"))
    listing.set_defaults(handler=run_list)

    creating = actions.add_parser("create", help=_("create a program (as a draft)"))
    creating.add_argument("name", metavar="NAME")
    creating.add_argument("--start", type=iso_date, required=True, metavar="YYYY-MM-DD")
    creating.add_argument("--end", type=iso_date, required=True, metavar="YYYY-MM-DD")
    creating.add_argument("--side-a", default="Sales", metavar="DEPARTMENT", help=_("default: Sales"))
    creating.add_argument("--side-b", default="Project Management", metavar="DEPARTMENT",
                          help=_("default: Project Management"))
    creating.add_argument("--description", default="")
    creating.add_argument("--target-sessions", type=int, default=4, metavar="N",
                          help=_("sessions each pair should have (default 4)"))
    creating.add_argument("--target-hours", type=float, default=16.0, metavar="H",
                          help=_("hours of sessions each participant should have (default 16)"))
    creating.set_defaults(handler=run_create)

    enrolling = actions.add_parser(
        "enroll", help=_("enroll people on one side of a program"),
        description=_("Enroll by department, by a file of email addresses (any text or CSV), or by "
                      "addresses given on the command line. An unknown address enrolls nobody."))
    enrolling.add_argument("name", metavar="PROGRAM", help=_("the program's name or number"))
    enrolling.add_argument("--side", choices=("a", "b"), required=True)
    enrolling.add_argument("--capacity", type=int, default=1, help=_("partners each may take per round"))
    # argparse cannot put a positional with nargs="*" in a mutually exclusive group: run_enroll checks it.
    source = enrolling.add_mutually_exclusive_group()
    source.add_argument("--department", metavar="D", help=_("every active person of department D"))
    source.add_argument("--emails", type=Path, metavar="FILE", help=_("a text or CSV file of email addresses"))
    enrolling.add_argument("addresses", nargs="*", default=[], metavar="EMAIL")
    enrolling.set_defaults(handler=run_enroll)


def run_list(args: argparse.Namespace, context: AppContext) -> int:
    programs = context.services.programs.list_programs()
    if not programs:
        print(_("No programs yet. Create one with `shadowdesk programs create`."))
        return 0
    # Rows for scripts: the header and the status codes stay English.
    print("\t".join(("name", "status", "start", "end", "side A", "side B", "enrolled A", "enrolled B")))
    for p in programs:
        print("\t".join(map(printable, (p.name, p.status.value, p.start_date.isoformat(), p.end_date.isoformat(),
                                         p.side_a, p.side_b, p.enrolled_a, p.enrolled_b))))
    return 0


def run_create(args: argparse.Namespace, context: AppContext) -> int:
    from shadowdesk.services.programs import ProgramDraft

    program = context.services.programs.create(ProgramDraft(
        args.name, args.start, args.end, args.side_a, args.side_b, args.description, args.target_sessions,
        args.target_hours))
    print(printable(_('Created "{name}" ({side_a} with {side_b}, {start_date} to {end_date}; targets: '
                      "{target_sessions_per_pair} sessions per pair, {target_hours_per_participant:g} "
                      "hours per participant) as a draft.").format(
                        name=program.name, side_a=program.side_a, side_b=program.side_b,
                        start_date=program.start_date, end_date=program.end_date,
                        target_sessions_per_pair=program.target_sessions_per_pair,
                        target_hours_per_participant=program.target_hours_per_participant)))
    return 0


def run_enroll(args: argparse.Namespace, context: AppContext) -> int:
    from shadowdesk.model import Side
    from shadowdesk.services.errors import UserError
    from shadowdesk.services.programs import read_email_list

    service = context.services.programs
    program = service.find(args.name)
    side = Side(args.side)
    if sum(map(bool, (args.department, args.emails, args.addresses))) != 1:
        raise UserError(_("Give exactly one of --department D, --emails FILE, or email addresses."))
    if args.department:
        result = service.enroll_department(program.id, side, args.department, args.capacity)
    else:
        if args.emails:
            try:
                addresses = read_email_list(args.emails)
            except OSError as exc:
                raise UserError(_("Cannot read {path}: {why}.").format(path=args.emails, why=exc.strerror)) from exc
        else:
            addresses = args.addresses
        result = service.enroll_emails(program.id, side, addresses, args.capacity)
    print(printable(_('Enrolled {added} on side {side} of "{name}"; {already} were already there.').format(
        added=result.added, side=side.value.upper(), name=program.name, already=result.already_enrolled)))
    if result.on_other_side:
        print(printable(_("Left on the other side: {names}.").format(names=", ".join(result.on_other_side))))
    if result.inactive:
        print(printable(_("Not enrolled, deactivated: {names}.").format(names=", ".join(result.inactive))))
    balance = service.balance(program.id)
    print(_("Balance: {message}").format(message=balance.message))
    return 0
