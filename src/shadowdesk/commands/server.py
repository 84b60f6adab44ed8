"""`shadowdesk --database-url URL server init | grant | revoke | users`: setting up a team server.

Run by the owner of the ShadowDesk database on PostgreSQL (see docs/TEAM_SERVER.md).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from shadowdesk.translation import _

if TYPE_CHECKING:
    from shadowdesk.app import AppContext
    from shadowdesk.services.identity import TeamServer


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "server",
        help=_("set up a PostgreSQL team server: protect notes, link logins to people"),
        description=_("For the owner of a ShadowDesk database on PostgreSQL (give --database-url). Each person "
                      "signs in with their own PostgreSQL login; the server itself keeps private notes private."),
    )
    actions = parser.add_subparsers(dest="server_action", metavar="ACTION", required=True)
    actions.add_parser(
        "init", help=_("create the roles, note-protection policies and privileges"),
        description=_("Creates the group roles shadowdesk_coordinator, shadowdesk_manager and "
                      "shadowdesk_participant, turns on row-level security for notes, ratings, the search index "
                      "and sessions, and grants each role what it needs. Safe to run again; `db upgrade` runs it "
                      "again with every upgrade of the schema."),
    ).set_defaults(handler=init)
    grant = actions.add_parser(
        "grant", help=_("link a login to a person and give it a role"),
        description=_("Creates the login if it does not exist (without a password, unless one is given on "
                      "standard input: `printf '%s' SECRET | shadowdesk server grant ... --password-stdin`)."),
    )
    grant.add_argument("email", metavar="EMAIL", help=_("the person, by the address in the roster"))
    # The roles are checked by the service (services.identity.ROLES): importing it here would slow every start.
    grant.add_argument("--role", required=True, metavar="ROLE", help=_("coordinator, manager or participant"))
    grant.add_argument("--login", metavar="NAME",
                       help=_("the PostgreSQL login (default: the part of EMAIL before @)"))
    grant.add_argument("--name", metavar="FULL NAME",
                       help=_("add the person to the roster if EMAIL is not in it yet"))
    grant.add_argument("--password-stdin", action="store_true",
                       help=_("read the login's password from standard input"))
    grant.set_defaults(handler=run_grant)
    revoke = actions.add_parser(
        "revoke", help=_("take a role, or every role and the link to the person, from a login"),
        description=_("The login itself is kept (it may be used elsewhere); drop it in PostgreSQL if it is not."),
    )
    revoke.add_argument("email", metavar="EMAIL", help=_("the person, by the address in the roster"))
    revoke.add_argument("--role", metavar="ROLE", help=_("take only this role"))
    revoke.set_defaults(handler=run_revoke)
    actions.add_parser("users", help=_("list the logins, their people and roles (tab-separated)")).set_defaults(
        handler=users)


def _server(context: AppContext) -> TeamServer:
    from shadowdesk.services.identity import TeamServer

    return TeamServer(context.services.database)


def init(args: argparse.Namespace, context: AppContext) -> int:
    refusal = _server(context).init()
    print(_("The team server is set up: notes, ratings and the search index are protected by row-level "
            "security, and the roles shadowdesk_coordinator, shadowdesk_manager and shadowdesk_participant "
            "hold their privileges."))
    if refusal:
        print(_("Do not run ShadowDesk day to day with this login. {refusal} Link each person to a login of "
                "their own with `shadowdesk server grant EMAIL --role ROLE`.").format(refusal=refusal))
    return 0


def run_grant(args: argparse.Namespace, context: AppContext) -> int:
    password = sys.stdin.read().rstrip("\r\n") if args.password_stdin else None
    if password == "":
        from shadowdesk.services.errors import UserError

        raise UserError(_("No password came on standard input; nothing was changed."))
    granted = _server(context).grant(args.email, args.role, args.login, password, args.name)
    # The role is named as --role takes it (and as the service's messages name it), not by its label.
    linked = (_("Login {login} created and linked to {email}, role {role}.") if granted.created
              else _("Login {login} linked to {email}, role {role}."))
    print(linked.format(login=granted.login, email=args.email, role=granted.role))
    return 0


def run_revoke(args: argparse.Namespace, context: AppContext) -> int:
    login, taken = _server(context).revoke(args.email, args.role)
    if args.role is None:
        told = (_("Login {login} no longer signs in as {email}; roles taken: {roles}.") if taken
                else _("Login {login} no longer signs in as {email}."))
    elif taken:
        told = _("Login {login} no longer holds the role {role}.")
    else:
        told = _("Login {login} did not hold the role {role}; nothing changed.")
    print(told.format(login=login, email=args.email, roles=", ".join(taken), role=args.role))
    return 0


def users(args: argparse.Namespace, context: AppContext) -> int:
    from shadowdesk.text import printable

    print("login\temail\tname\troles")
    for user in _server(context).users():
        print("\t".join(printable(field) for field in (user.login, user.email, user.full_name,
                                                        ",".join(user.roles))))
    return 0
