"""`shadowdesk invites send|remind`: meeting requests and reminder digests by email, without the window.

The mail server comes from the settings (Preferences), or from --smtp-*; its password from the OS keyring.
Where there is no keyring (a CI machine, a container), the password comes from the environment variable
SHADOWDESK_SMTP_PASSWORD or from standard input, and the command says which it used.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from shadowdesk.text import printable
from shadowdesk.translation import _, n_

if TYPE_CHECKING:
    from shadowdesk.app import AppContext
    from shadowdesk.services.invites import InviteService, Outgoing


def _session_id(text: str) -> int:
    if not text.isdigit() or len(text) > 18:
        raise argparse.ArgumentTypeError(
            _("{text} is not an id (a number, as the listings show)").format(text=repr(text)))
    return int(text)


def _server_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dry-run", action="store_true", help=_("show who would get what; send nothing"))
    parser.add_argument("--smtp-host", metavar="HOST", help=_("instead of the server in Preferences"))
    parser.add_argument("--smtp-port", type=int, metavar="PORT")
    parser.add_argument("--smtp-user", metavar="NAME")
    parser.add_argument("--smtp-starttls", action="store_true", help=_("encrypt with STARTTLS"))


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("invites", help=_("send meeting requests and reminders by email"),
                                   description=_("Meeting requests (and their updates and "
                                                 "cancellations) for sessions, and reminders of notes "
                                                 "due, through the outgoing mail server."))
    actions = parser.add_subparsers(dest="invites_action", metavar="ACTION", required=True)
    sending = actions.add_parser(
        "send", help=_("one meeting request per attendee; updates and cancellations go to the same "
                       "people"),
        description=_("Sends each attendee what is new, changed or cancelled since the last send."))
    which = sending.add_mutually_exclusive_group(required=True)
    which.add_argument("--program", metavar="NAME")
    which.add_argument("--person", metavar="EMAIL")
    which.add_argument("--session", type=_session_id, action="append", metavar="ID", help=_("may be repeated"))
    which.add_argument("--pair", type=_session_id, metavar="ID", help=_("as `pairs list` shows"))
    _server_options(sending)
    sending.set_defaults(handler=run_send)
    reminding = actions.add_parser("remind", help=_("one digest per person of every note they still owe"))
    _server_options(reminding)
    reminding.set_defaults(handler=run_remind)


def _service(context: AppContext) -> InviteService:
    return context.services.invites


def run_send(args: argparse.Namespace, context: AppContext) -> int:
    from shadowdesk.services.errors import NotFound
    from shadowdesk.services.invites import InviteScope

    services = context.services
    if args.program is not None:
        scope = InviteScope(program_id=services.programs.find(args.program).id)
    elif args.person is not None:
        person = services.scheduling.person_by_email(args.person)
        if person is None:
            raise NotFound(_("Nobody has the e-mail address {person}.").format(person=args.person))
        scope = InviteScope(person_id=person.id)
    elif args.pair is not None:
        scope = InviteScope(pairing_id=args.pair)
    else:
        scope = InviteScope(session_ids=tuple(args.session))
    invites = _service(context)
    return _deliver(args, invites, invites.plan(scope), _("Nothing to send: every invitation is up to date."))


def run_remind(args: argparse.Namespace, context: AppContext) -> int:
    invites = _service(context)
    return _deliver(args, invites, invites.plan_reminders(), _("Nothing to send: every reminder is up to date."))


def _deliver(args: argparse.Namespace, invites: InviteService, planned: list[Outgoing], nothing_to_send: str) -> int:
    if not planned:
        print(nothing_to_send)
        return 0
    print("\t".join(("to", "what", "about")))  # rows read by scripts: the header stays English
    for message in planned:
        for title in message.titles:
            print("\t".join(map(printable, (message.recipient_email, message.change, title))))
    if args.dry_run:
        print(n_("Dry run: {count} message not sent.", "Dry run: {count} messages not sent.",
                 len(planned)).format(count=len(planned)))
        return 0
    server = invites.mail_server(host=args.smtp_host, port=args.smtp_port, user=args.smtp_user,
                                 security="starttls" if args.smtp_starttls else None)
    if server.user and not server.password:
        from dataclasses import replace

        server = replace(server, password=_password_without_keyring())
    report = invites.send(planned, server)
    print(n_("Sent {sent} of {count} message through {host}.", "Sent {sent} of {count} messages through {host}.",
             len(planned)).format(sent=len(report.sent), count=len(planned), host=server.host))
    for message, reason in report.failed:
        print(printable(_("not sent to {email}: {reason}").format(email=message.recipient_email, reason=reason)),
              file=sys.stderr)
    return 1 if report.failed else 0


def _password_without_keyring() -> str:
    """No password in the keyring (or no keyring): the environment, else standard input; says which."""
    from shadowdesk.services.errors import UserError
    from shadowdesk.services.invites import PASSWORD_VARIABLE

    password = os.environ.get(PASSWORD_VARIABLE)
    if password:
        print(_("No saved mail server password: using {variable} from the environment.").format(
            variable=PASSWORD_VARIABLE), file=sys.stderr)
        return password
    if sys.stdin is None or sys.stdin.closed:
        raise UserError(_("No mail server password: save it in Preferences, or set {variable}.").format(
            variable=PASSWORD_VARIABLE))
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(_("Mail server password: "))
    print(_("No saved mail server password: reading it from standard input."), file=sys.stderr)
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise UserError(_("No mail server password on standard input: pipe it in, or set "
                          "{variable}.").format(variable=PASSWORD_VARIABLE))
    return line
