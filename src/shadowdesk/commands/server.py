"""`shadowdesk --database-url URL server init | grant | revoke | users`: setting up a team server.

Run by the owner of the ShadowDesk database on PostgreSQL (see docs/TEAM_SERVER.md).
"""

from __future__ import annotations

import argparse
import sys


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "server",
        help="set up a PostgreSQL team server: protect notes, link logins to people",
        description="For the owner of a ShadowDesk database on PostgreSQL (give --database-url). Each person "
        "signs in with their own PostgreSQL login; the server itself keeps private notes private.",
    )
    actions = parser.add_subparsers(dest="server_action", metavar="ACTION", required=True)
    actions.add_parser(
        "init", help="create the roles, note-protection policies and privileges",
        description="Creates the group roles shadowdesk_coordinator, shadowdesk_manager and "
        "shadowdesk_participant, turns on row-level security for notes, ratings, the search index and "
        "sessions, and grants each role what it needs. Safe to run again; `db upgrade` runs it again with "
        "every upgrade of the schema.",
    ).set_defaults(handler=init)
    grant = actions.add_parser(
        "grant", help="link a login to a person and give it a role",
        description="Creates the login if it does not exist (without a password, unless one is given on "
        "standard input: `printf '%%s' SECRET | shadowdesk server grant ... --password-stdin`).",
    )
    grant.add_argument("email", metavar="EMAIL", help="the person, by the address in the roster")
    # The roles are checked by the service (services.identity.ROLES): importing it here would slow every start.
    grant.add_argument("--role", required=True, metavar="ROLE", help="coordinator, manager or participant")
    grant.add_argument("--login", metavar="NAME", help="the PostgreSQL login (default: the part of EMAIL before @)")
    grant.add_argument("--name", metavar="FULL NAME", help="add the person to the roster if EMAIL is not in it yet")
    grant.add_argument("--password-stdin", action="store_true", help="read the login's password from standard input")
    grant.set_defaults(handler=run_grant)
    revoke = actions.add_parser(
        "revoke", help="take a role, or every role and the link to the person, from a login",
        description="The login itself is kept (it may be used elsewhere); drop it in PostgreSQL if it is not.",
    )
    revoke.add_argument("email", metavar="EMAIL")
    revoke.add_argument("--role", metavar="ROLE", help="take only this role")
    revoke.set_defaults(handler=run_revoke)
    actions.add_parser("users", help="list the logins, their people and roles (tab-separated)").set_defaults(
        handler=users)


def _server(context):
    from shadowdesk.services.identity import TeamServer

    return TeamServer(context.services.database)


def init(args: argparse.Namespace, context) -> int:
    refusal = _server(context).init()
    print("The team server is set up: notes, ratings and the search index are protected by row-level "
          "security, and the roles shadowdesk_coordinator, shadowdesk_manager and shadowdesk_participant "
          "hold their privileges.")
    if refusal:
        print(f"Do not run ShadowDesk day to day with this login. {refusal} Link each person to a login of "
              "their own with `shadowdesk server grant EMAIL --role ROLE`.")
    return 0


def run_grant(args: argparse.Namespace, context) -> int:
    password = sys.stdin.read().rstrip("\r\n") if args.password_stdin else None
    if password == "":
        from shadowdesk.services.errors import UserError

        raise UserError("No password came on standard input; nothing was changed.")
    granted = _server(context).grant(args.email, args.role, args.login, password, args.name)
    made = "created and " if granted.created else ""
    print(f"Login {granted.login} {made}linked to {args.email}, role {granted.role}.")
    return 0


def run_revoke(args: argparse.Namespace, context) -> int:
    login, taken = _server(context).revoke(args.email, args.role)
    if args.role is None:
        print(f"Login {login} no longer signs in as {args.email}" +
              (f"; roles taken: {', '.join(taken)}." if taken else "."))
    elif taken:
        print(f"Login {login} no longer holds the role {args.role}.")
    else:
        print(f"Login {login} did not hold the role {args.role}; nothing changed.")
    return 0


def users(args: argparse.Namespace, context) -> int:
    from shadowdesk.text import printable

    print("login\temail\tname\troles")
    for user in _server(context).users():
        print("\t".join(printable(field) for field in (user.login, user.email, user.full_name,
                                                        ",".join(user.roles))))
    return 0
