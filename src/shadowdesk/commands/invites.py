"""`shadowdesk invites send|remind`: meeting requests and reminder digests by email, without the window.

The mail server comes from the settings (Preferences), or from --smtp-*; its password from the OS keyring.
Where there is no keyring (a CI machine, a container), the password comes from the environment variable
SHADOWDESK_SMTP_PASSWORD or from standard input, and the command says which it used.
"""

from __future__ import annotations

import argparse
import os
import sys

from shadowdesk.text import printable


def _session_id(text: str) -> int:
    if not text.isdigit() or len(text) > 18:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id (a number, as the listings show)")
    return int(text)


def _server_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dry-run", action="store_true", help="show who would get what; send nothing")
    parser.add_argument("--smtp-host", metavar="HOST", help="instead of the server in Preferences")
    parser.add_argument("--smtp-port", type=int, metavar="PORT")
    parser.add_argument("--smtp-user", metavar="NAME")
    parser.add_argument("--smtp-starttls", action="store_true", help="encrypt with STARTTLS")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("invites", help="send meeting requests and reminders by email",
                                   description="Meeting requests (and their updates and cancellations) for "
                                   "sessions, and reminders of notes due, through the outgoing mail server.")
    actions = parser.add_subparsers(dest="invites_action", metavar="ACTION", required=True)
    sending = actions.add_parser(
        "send", help="one meeting request per attendee; updates and cancellations go to the same people",
        description="Sends each attendee what is new, changed or cancelled since the last send.")
    which = sending.add_mutually_exclusive_group(required=True)
    which.add_argument("--program", metavar="NAME")
    which.add_argument("--person", metavar="EMAIL")
    which.add_argument("--session", type=_session_id, action="append", metavar="ID", help="may be repeated")
    which.add_argument("--pair", type=_session_id, metavar="ID", help="as `pairs list` shows")
    _server_options(sending)
    sending.set_defaults(handler=run_send)
    reminding = actions.add_parser("remind", help="one digest per person of every note they still owe")
    _server_options(reminding)
    reminding.set_defaults(handler=run_remind)


def _service(context):
    return context.services.invites


def run_send(args: argparse.Namespace, context) -> int:
    from shadowdesk.services.errors import NotFound
    from shadowdesk.services.invites import InviteScope

    services = context.services
    if args.program is not None:
        scope = InviteScope(program_id=services.programs.find(args.program).id)
    elif args.person is not None:
        person = services.scheduling.person_by_email(args.person)
        if person is None:
            raise NotFound(f"Nobody has the e-mail address {args.person}.")
        scope = InviteScope(person_id=person.id)
    elif args.pair is not None:
        scope = InviteScope(pairing_id=args.pair)
    else:
        scope = InviteScope(session_ids=tuple(args.session))
    invites = _service(context)
    return _deliver(args, invites, invites.plan(scope), "invitations")


def run_remind(args: argparse.Namespace, context) -> int:
    invites = _service(context)
    return _deliver(args, invites, invites.plan_reminders(), "reminders")


def _deliver(args: argparse.Namespace, invites, planned, what: str) -> int:
    if not planned:
        print(f"Nothing to send: every {what[:-1]} is up to date.")
        return 0
    print("\t".join(("to", "what", "about")))
    for message in planned:
        for title in message.titles:
            print("\t".join(map(printable, (message.recipient_email, message.change, title))))
    if args.dry_run:
        print(f"Dry run: {len(planned)} message{'s' if len(planned) != 1 else ''} not sent.")
        return 0
    server = invites.mail_server(host=args.smtp_host, port=args.smtp_port, user=args.smtp_user,
                                 security="starttls" if args.smtp_starttls else None)
    if server.user and not server.password:
        from dataclasses import replace

        server = replace(server, password=_password_without_keyring())
    report = invites.send(planned, server)
    print(f"Sent {len(report.sent)} of {len(planned)} messages through {server.host}.")
    for message, reason in report.failed:
        print(printable(f"not sent to {message.recipient_email}: {reason}"), file=sys.stderr)
    return 1 if report.failed else 0


def _password_without_keyring() -> str:
    """No password in the keyring (or no keyring): the environment, else standard input; says which."""
    from shadowdesk.services.errors import UserError
    from shadowdesk.services.invites import PASSWORD_VARIABLE

    password = os.environ.get(PASSWORD_VARIABLE)
    if password:
        print(f"No saved mail server password: using {PASSWORD_VARIABLE} from the environment.", file=sys.stderr)
        return password
    if sys.stdin is None or sys.stdin.closed:
        raise UserError(f"No mail server password: save it in Preferences, or set {PASSWORD_VARIABLE}.")
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("Mail server password: ")
    print("No saved mail server password: reading it from standard input.", file=sys.stderr)
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise UserError(f"No mail server password on standard input: pipe it in, or set {PASSWORD_VARIABLE}.")
    return line
