"""`shadowdesk history person EMAIL | program NAME | session ID`: who created a record and who changed which
of its fields when, oldest first, as the database recorded it (tab-separated, with a header row).

Times are in this computer's time zone. The fields are named, never their values; on a team server the
history shown is what your login may read (people and programs: coordinators and managers)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from shadowdesk.text import printable
from shadowdesk.translation import _

KEYS = {"person": "EMAIL", "program": "NAME", "session": "ID"}

if TYPE_CHECKING:
    from shadowdesk.app import AppContext


def _help(entity: str) -> str:
    return {"person": _("the history of a person, given its email"),
            "program": _("the history of a program, given its name"),
            "session": _("the history of a session, given its id")}[entity]


def _nothing_recorded(entity: str) -> str:
    return {"person": _("No change of this person was recorded that you may read."),
            "program": _("No change of this program was recorded that you may read."),
            "session": _("No change of this session was recorded that you may read.")}[entity]


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("history", help=_("who changed a person, a program or a session, "
                                                     "and when"),
                                   description=_("Every change is recorded by the database itself with "
                                                 "who made it: the owner of this file, or on a team "
                                                 "server your login's person."))
    kinds = parser.add_subparsers(dest="history_of", metavar="WHAT", required=True)
    for entity, key in KEYS.items():
        kinds.add_parser(entity, help=_help(entity)).add_argument("key", metavar=key)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: AppContext) -> int:
    history = context.services.history
    changes = history.of(args.history_of, history.look_up(args.history_of, args.key))
    if not changes:
        print(_nothing_recorded(args.history_of))
        return 0
    print("when\twho\twhat\tfields")  # read by scripts: stays English
    for change in changes:
        fields = (f"{change.at.astimezone():%Y-%m-%d %H:%M}", change.by, change.what, ", ".join(change.columns))
        print("\t".join(printable(field) for field in fields))
    return 0
