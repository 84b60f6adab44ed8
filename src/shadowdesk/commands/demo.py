"""`shadowdesk demo`: fill an empty database with the demo company, or a large one for benchmarks."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from shadowdesk.translation import _

if TYPE_CHECKING:
    from shadowdesk.app import AppContext


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo", help=_("fill an empty database with a realistic demo company"),
        description=_("Loads Lingua Bridge, a demo language service provider. With "
                      "--people/--sessions, a large random company for benchmarks instead."),
    )
    parser.add_argument("--people", type=int, help=_("make a large random company with this many people"))
    parser.add_argument("--sessions", type=int, default=0, help=_("sessions in the large company"))
    parser.add_argument("--seed", type=int, default=1, help=_("random seed of the large company"))
    parser.add_argument("--add", action="store_true", help=_("add to a database that already holds data"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: AppContext) -> int:
    from shadowdesk.services import demo_data
    from shadowdesk.services.demo import load_demo, load_large_demo

    database = context.services.database
    if args.people is not None:
        summary = load_large_demo(database, args.people, args.sessions, args.seed, add=args.add)
    else:
        summary = load_demo(database, add=args.add)
        settings = context.services.settings
        if not settings.get("company_name"):  # so the demo's reports carry its company's name
            settings.set("company_name", demo_data.COMPANY)
    print(_("Loaded into {describe}: {people} people, {programs} programs, {pairs} pairs, {sessions} "
            "sessions, {reflections} reflections, {ideas} ideas.").format(
                describe=database.describe(), people=summary.people, programs=summary.programs, pairs=summary.pairs,
                sessions=summary.sessions, reflections=summary.reflections, ideas=summary.ideas))
    return 0
