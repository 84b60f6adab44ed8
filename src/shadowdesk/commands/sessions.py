"""`shadowdesk sessions add|list|complete|no-show|cancel|move|unlinked`: a program's sessions, without the window.

Listings are tab-separated with a header row and the session's id first, so they paste into a spreadsheet
and feed `sessions complete ID`.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from shadowdesk.text import printable
from shadowdesk.translation import _, n_

KINDS = {"shadow": "project_shadow", "visit": "customer_visit"}
REPEATS = {"weekly": "weekly", "every-2-weeks": "biweekly", "monthly": "monthly"}  # monthly: the same weekday
START_FORMAT = "%Y-%m-%d %H:%M"

if TYPE_CHECKING:
    from shadowdesk.app import AppContext
    from shadowdesk.model import SessionStatus


def _start(text: str) -> datetime:
    try:
        return datetime.strptime(text.strip(), START_FORMAT)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _('{text} is not a start like "2026-03-02 14:30"').format(text=repr(text))) from None


def _minutes(text: str) -> int:
    try:
        minutes = int(text)
    except ValueError:
        minutes = 0
    if not 1 <= minutes <= 24 * 60:
        raise argparse.ArgumentTypeError(
            _("{text} is not a length between 1 and 1440 minutes").format(text=repr(text)))
    return minutes


def _session_id(text: str) -> int:
    if not text.isdigit() or len(text) > 18:
        raise argparse.ArgumentTypeError(
            _("{text} is not a session id (a number, as `sessions list` shows)").format(text=repr(text)))
    return int(text)


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("sessions", help=_("plan, list and close the sessions of pairs"),
                                   description=_("Sessions of a program's pairs: a project shadow (the "
                                                 "project manager hosts, the salesperson joins) or a "
                                                 "customer visit (the other way round)."))
    actions = parser.add_subparsers(dest="sessions_action", metavar="ACTION", required=True)

    adding = actions.add_parser("add", help=_("plan a session (or a series) for a pair; prints the new "
                                              "id"))
    adding.add_argument("--pair", type=_session_id, required=True, metavar="ID",
                        help=_("as `pairs list` shows"))
    adding.add_argument("--kind", choices=tuple(KINDS), required=True)
    adding.add_argument("--start", type=_start, required=True, metavar='"YYYY-MM-DD HH:MM"',
                        help=_("in the host's time zone unless --time-zone is given"))
    adding.add_argument("--minutes", type=_minutes, required=True, metavar="N")
    adding.add_argument("--time-zone", metavar="ZONE", help=_("e.g. Europe/Berlin"))
    adding.add_argument("--location", default="", metavar="TEXT", help=_("a place, or a call link"))
    adding.add_argument("--customer", metavar="NAME")
    adding.add_argument("--project", metavar="NAME")
    adding.add_argument("--agenda", default="", metavar="TEXT")
    adding.add_argument("--repeat", choices=tuple(REPEATS), help=_("a series instead of one session"))
    adding.add_argument("--count", type=int, metavar="N", help=_("how many sessions the series has"))
    adding.set_defaults(handler=run_add)

    listing = actions.add_parser("list", help=_("the sessions of a program, or of a person"))
    listing.add_argument("--program", metavar="NAME")
    listing.add_argument("--person", metavar="EMAIL")
    listing.set_defaults(handler=run_list)

    for action, status, help_text in (("complete", "completed", _("mark a session as held")),
                                      ("no-show", "no_show",
                                       _("mark a session as missed by a participant"))):
        marking = actions.add_parser(action, help=help_text)
        marking.add_argument("session", type=_session_id, metavar="ID")
        marking.set_defaults(handler=run_status, status=status)

    cancelling = actions.add_parser("cancel", help=_("cancel a session, or every planned one of its "
                                                     "series"))
    cancelling.add_argument("session", type=_session_id, metavar="ID")
    cancelling.add_argument("--reason", required=True, metavar="TEXT", help=_("goes into the reports"))
    cancelling.add_argument("--whole-series", action="store_true")
    cancelling.set_defaults(handler=run_status, status="cancelled")

    moving = actions.add_parser("move", help=_("move one session (one occurrence of a series) to "
                                               "another time"))
    moving.add_argument("session", type=_session_id, metavar="ID")
    moving.add_argument("--start", type=_start, required=True, metavar='"YYYY-MM-DD HH:MM"',
                        help=_("in the session's own time zone"))
    moving.set_defaults(handler=run_move)

    unlinked = actions.add_parser("unlinked", help=_("sessions of a program that belong to no pair"))
    unlinked.set_defaults(handler=run_unlinked)


def run_add(args: argparse.Namespace, context: AppContext) -> int:
    from shadowdesk.model import SessionKind
    from shadowdesk.rules.recurrence import Frequency, Repeat
    from shadowdesk.services.errors import UserError

    if (args.repeat is None) != (args.count is None):
        raise UserError(_("A series needs both --repeat and --count (for example --repeat weekly "
                          "--count 8)."))
    customers = context.services.customers
    customer = customers.find_customer(args.customer) if args.customer else None
    project = customers.find_project(args.project, args.customer) if args.project else None
    if customer is None and project is not None:
        customer = customers.get_customer(project.customer_id)
    repeat = Repeat(Frequency(REPEATS[args.repeat]), count=args.count) if args.repeat else None
    draft = context.services.pair_scheduling.draft(
        args.pair, SessionKind(KINDS[args.kind]), args.start, timedelta(minutes=args.minutes), args.time_zone,
        args.location, customer.id if customer else None, project.id if project else None, args.agenda, repeat)
    scheduling = context.services.scheduling
    warnings = scheduling.check(draft)
    for warning in warnings:
        print(printable(_("warning: {message}").format(message=warning.message)))
    for session_id in scheduling.create(draft, accepted=warnings):
        print(session_id)
    return 0


def run_list(args: argparse.Namespace, context: AppContext) -> int:
    from zoneinfo import ZoneInfo

    from shadowdesk.services.errors import UserError
    from shadowdesk.services.schedule_types import SessionFilter

    if not (args.program or args.person):
        raise UserError(_("Say whose sessions to list: --program NAME or --person EMAIL."))
    scheduling = context.services.scheduling
    program_id = context.services.programs.find(args.program).id if args.program else None
    person_id = None
    if args.person:
        person = scheduling.person_by_email(args.person)
        if person is None:
            raise UserError(_("Nobody with the email address {email} is in the database.").format(
                email=args.person))
        person_id = person.id
    rows = scheduling.sessions_between(datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC),
                                       SessionFilter(program_id=program_id, person_id=person_id))
    # Rows for scripts (`sessions complete ID` takes the id): the header and the codes stay English.
    print("\t".join(("id", "start", "end", "time zone", "kind", "status", "host", "guests", "location")))
    for row in rows:
        zone = ZoneInfo(row.time_zone)  # the wall clock the session was planned on, as `sessions move` takes it
        start, end = row.starts_at.astimezone(zone), row.ends_at.astimezone(zone)
        print("\t".join(map(printable, (
            row.id, f"{start:{START_FORMAT}}", f"{end:{START_FORMAT}}", row.time_zone, row.kind.value,
            row.status.value, row.host.name, ", ".join(guest.name for guest in row.guests), row.location))))
    return 0


def run_status(args: argparse.Namespace, context: AppContext) -> int:
    from shadowdesk.model import SessionStatus
    from shadowdesk.services.schedule_types import EditScope

    scheduling = context.services.scheduling
    session = scheduling.get(args.session)
    scope = EditScope.SERIES if getattr(args, "whole_series", False) else EditScope.ONE
    # The whole series as just read: the occurrences' versions of this very moment, so nothing is overwritten.
    changed = scheduling.set_status(args.session, session.version_id, SessionStatus(args.status),
                                    getattr(args, "reason", ""), scope, session.series_versions)
    print(_marked(SessionStatus(args.status), len(changed)).format(count=len(changed),
                                                                    ids=", ".join(map(str, changed))))
    return 0


def _marked(status: SessionStatus, count: int) -> str:
    """What `sessions complete|no-show|cancel` did, a sentence per status so each language words it."""
    from shadowdesk.model import SessionStatus

    if status == SessionStatus.COMPLETED:
        return n_("Marked {count} session completed: {ids}.", "Marked {count} sessions completed: {ids}.", count)
    if status == SessionStatus.NO_SHOW:
        return n_("Marked {count} session no-show: {ids}.", "Marked {count} sessions no-show: {ids}.", count)
    return n_("Marked {count} session cancelled: {ids}.", "Marked {count} sessions cancelled: {ids}.", count)


def run_move(args: argparse.Namespace, context: AppContext) -> int:
    from zoneinfo import ZoneInfo

    from shadowdesk.services.schedule_types import NewWarnings

    scheduling = context.services.scheduling
    session = scheduling.get(args.session)  # its version of this very moment: a change made after is refused
    start = args.start.replace(tzinfo=ZoneInfo(session.time_zone))
    try:
        scheduling.move(session.id, session.version_id, start)
    except NewWarnings as warned:  # said and accepted, as `sessions add` does; a booking made since refuses
        for warning in warned.warnings:
            print(printable(_("warning: {message}").format(message=warning.message)))
        scheduling.move(session.id, session.version_id, start, warned.warnings)
    print(_("Moved session {id} to {start} ({zone}).").format(id=session.id, start=f"{args.start:{START_FORMAT}}",
                                                              zone=session.time_zone))
    return 0


def run_unlinked(args: argparse.Namespace, context: AppContext) -> int:
    rows = context.services.pair_scheduling.unlinked()
    print("\t".join(("id", "program", "start", "kind", "host", "guests")))
    for row in rows:
        print("\t".join(map(printable, (row.id, row.program, row.starts_at.isoformat(timespec="minutes"),
                                         row.kind.value, row.host, row.guests))))
    return 0
