"""`shadowdesk whoami`: who the commands act as, and the roles that person holds.

Nobody chooses this: on a team server it is the PostgreSQL login connected, on this computer the owner of
the database file (chosen once, at the first run)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from shadowdesk.text import printable
from shadowdesk.translation import _

if TYPE_CHECKING:
    from shadowdesk.app import AppContext


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    subparsers.add_parser(
        "whoami", help=_("who you are signed in as, and your roles"),
        description=_("On a team server you are your PostgreSQL login, linked to a person by "
                      "`shadowdesk server grant`; on this computer you are the owner of the database "
                      "file, chosen at the first run."),
    ).set_defaults(handler=run)


def run(args: argparse.Namespace, context: AppContext) -> int:
    viewer = context.services.identity.whoami()
    if viewer is None:
        print(_("Nobody has claimed this database file yet, so you act as its program office: you read "
                "the notes shared with the program and may change everything. Open ShadowDesk and "
                "choose who you are after importing the roster."))
        return 0
    print(printable(f"{viewer.full_name} <{viewer.email}>"))
    # The roles by the names `shadowdesk server grant` takes.
    print(_("roles: {roles}").format(roles=", ".join(sorted(viewer.roles))))
    return 0
