"""`shadowdesk notes search TEXT`: find notes and ideas, showing only what the reader may read."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from shadowdesk.labels import label
from shadowdesk.translation import _

if TYPE_CHECKING:
    from shadowdesk.app import AppContext


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "notes",
        help=_("search reflection notes and ideas"),
        description=_("Work with reflection notes and ideas from the command line."),
    )
    actions = parser.add_subparsers(dest="notes_command", metavar="ACTION", required=True)
    search = actions.add_parser(
        "search",
        help=_("find notes and ideas containing every word of TEXT"),
        description=_("Finds the notes and ideas you may read: you are the signed-in person (the owner "
                      "of this database file, or your login on the team server); on a file nobody has "
                      "claimed yet, the program office, who reads the notes shared with the program. "
                      "Accents do not matter (lukasiewicz finds Łukasiewicz)."),
    )
    search.add_argument(
        "text", metavar="TEXT", help=_("words to find; quotes and operators are taken literally")
    )
    search.add_argument(
        "--syntax", action="store_true", help=_('let TEXT use "phrases", OR between words and -word to '
                                                "exclude")
    )
    search.add_argument("--limit", type=int, default=50, help=_("show at most this many results (default 50)"))
    search.set_defaults(handler=run_search)


def run_search(args: argparse.Namespace, context: AppContext) -> int:
    services = context.services
    viewer = services.identity.whoami()  # None: a file nobody has claimed, read by its program office
    reader = None if viewer is None else viewer.person_id
    results = services.search.search(args.text, reader, syntax=args.syntax, limit=max(args.limit, 1),
                                     office=viewer is not None and viewer.reads_every_program)
    for hit in results.hits:
        # An idea's hit carries its status, a note's its session.
        if hit.idea_status is not None:
            print(_("idea {id} [{status}] {title}").format(id=hit.id, status=label(hit.idea_status), title=hit.title))
        elif (session := hit.session) is not None:
            told = _("note {id} by {author}, {kind} on {day}") if not session.subject else _(
                "note {id} by {author}, {kind} on {day} ({subject})")
            print(told.format(id=hit.id, author=hit.title, kind=label(session.kind),
                              day=f"{session.starts_at:%Y-%m-%d}", subject=session.subject))
        print(f"    {hit.snippet}")
    shown = len(results.hits)
    if shown < results.total:
        print(_("{total} found, first {shown} shown.").format(total=results.total, shown=shown))
    else:
        print(_("{total} found.").format(total=results.total))
    return 0 if results.total else 1
