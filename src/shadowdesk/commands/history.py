"""`shadowdesk history person EMAIL | program NAME | session ID`: who created a record and who changed which
of its fields when, oldest first, as the database recorded it (tab-separated, with a header row).

Times are in this computer's time zone. The fields are named, never their values; on a team server the
history shown is what your login may read (people and programs: coordinators and managers)."""

from __future__ import annotations

import argparse

from shadowdesk.text import printable

KEYS = {"person": "EMAIL", "program": "NAME", "session": "ID"}


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("history", help="who changed a person, a program or a session, and when",
                                   description="Every change is recorded by the database itself with who "
                                   "made it: the owner of this file, or on a team server your login's person.")
    kinds = parser.add_subparsers(dest="history_of", metavar="WHAT", required=True)
    for entity, key in KEYS.items():
        kinds.add_parser(entity, help=f"the history of a {entity}, given its {key.lower()}").add_argument(
            "key", metavar=key)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context) -> int:
    history = context.services.history
    changes = history.of(args.history_of, history.look_up(args.history_of, args.key))
    if not changes:
        print(f"No change of this {args.history_of} was recorded that you may read.")
        return 0
    print("when\twho\twhat\tfields")
    for change in changes:
        fields = (f"{change.at.astimezone():%Y-%m-%d %H:%M}", change.by, change.what, ", ".join(change.columns))
        print("\t".join(printable(field) for field in fields))
    return 0
