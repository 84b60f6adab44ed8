"""`shadowdesk pairs plan|list|exclude|exclusions|unexclude`: the planner, a program's pairs, forbidden pairs."""

from __future__ import annotations

import argparse
import unicodedata
from typing import TYPE_CHECKING

from shadowdesk.text import printable
from shadowdesk.translation import _, n_

if TYPE_CHECKING:
    from datetime import date

    from shadowdesk.app import AppContext
    from shadowdesk.rules.progress import PairProgress


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("pairs", help=_("plan rotations of pairs, or list a program's pairs"),
                                   description=_("Pairs of a program: who shadows whom in which round."))
    actions = parser.add_subparsers(dest="pairs_action", metavar="ACTION", required=True)

    planning = actions.add_parser(
        "plan", help=_("propose the next rounds of pairs (written only with --apply)"),
        description=_("Proposes N rounds: a new partner each round, load shared evenly within each "
                      "person's capacity, no repeats, earlier programs' pairs avoided, excluded pairs "
                      "and managers never paired, same office or close time zones preferred. Prints "
                      "the proposal with the reason for each pair."))
    planning.add_argument("name", metavar="PROGRAM", help=_("the program's name or number"))
    planning.add_argument("--rounds", type=int, default=1, metavar="N", help=_("rounds to plan (default 1)"))
    planning.add_argument("--apply", action="store_true", help=_("write the proposed pairs as confirmed"))
    planning.set_defaults(handler=run_plan)

    listing = actions.add_parser("list", help=_("the program's pairs, tab separated"))
    listing.add_argument("name", metavar="PROGRAM", help=_("the program's name or number"))
    listing.set_defaults(handler=run_list)

    excluding = actions.add_parser(
        "exclude", help=_("never pair these two people (in one program, or in every program)"),
        description=_("The planner never proposes an excluded pair. Managers and their direct reports "
                      "are excluded already."))
    excluding.add_argument("email_a", metavar="EMAIL")
    excluding.add_argument("email_b", metavar="EMAIL")
    excluding.add_argument("--program", metavar="PROGRAM", help=_("only in this program (default: every program)"))
    excluding.add_argument("--reason", default="", help=_("why, for the other coordinators"))
    excluding.set_defaults(handler=run_exclude)

    exclusions = actions.add_parser(
        "exclusions", help=_("the excluded pairs with their numbers, tab separated"),
        description=_("Lists excluded pairs with the number `shadowdesk pairs unexclude` takes."))
    exclusions.add_argument("--program", metavar="PROGRAM",
                            help=_("those that apply to this program (default: those for every program)"))
    exclusions.set_defaults(handler=run_exclusions)

    unexcluding = actions.add_parser(
        "unexclude", help=_("allow an excluded pair again"),
        description=_("Lifts an exclusion: the planner may propose the two people together again."))
    unexcluding.add_argument("exclusion_id", type=int, metavar="ID",
                             help=_("the exclusion's number, as `shadowdesk pairs exclusions` lists it"))
    unexcluding.set_defaults(handler=run_unexclude)


def _width(text: str) -> int:
    """Columns a terminal gives text: Chinese and Japanese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    header, rows = tuple(map(printable, header)), [tuple(map(printable, row)) for row in rows]
    widths = [max(_width(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    lines = ["  ".join(cell + " " * (width - _width(cell)) for cell, width in zip(row, widths, strict=True))
             .rstrip() for row in (header, *rows)]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def run_plan(args: argparse.Namespace, context: AppContext) -> int:
    program = context.services.programs.find(args.name)
    proposal = context.services.pairing.plan(program.id, args.rounds)
    if not proposal.rows:
        print(printable(_('No new pairs are possible in "{name}": everyone has met every allowed '
                          "partner.").format(name=program.name)))
        return 0
    # A table for reading, aligned in columns (`pairs list` is the one for scripts): its header is translated.
    print(_table((_("round"), _("from"), _("to"), _("side A ({side})").format(side=program.side_a),
                  _("side B ({side})").format(side=program.side_b), _("reason")),
                 [(str(r.round), _day(r.round_start), _day(r.round_end), r.person_a_name, r.person_b_name, r.reason)
                  for r in proposal.rows]))
    print()
    rounds = len({r.round for r in proposal.rows})
    print(n_("{count} pairs over {rounds} round.", "{count} pairs over {rounds} rounds.", rounds).format(
        count=len(proposal.rows), rounds=rounds))
    if proposal.unpaired:
        print(printable(_("Without a partner: {names}").format(names="; ".join(
            _("round {round}: {name}").format(round=u.round, name=u.name) for u in proposal.unpaired))))
    if args.apply:
        written = context.services.pairing.apply(program.id, proposal.rows)
        print(printable(_('Saved {count} confirmed pairs in "{name}".').format(count=written, name=program.name)))
    else:
        print(_("Nothing was saved. Run again with --apply to save these pairs."))
    return 0


def run_list(args: argparse.Namespace, context: AppContext) -> int:
    program = context.services.programs.find(args.name)
    pairs = context.services.pairing.list_pairs(program.id)
    if not pairs:
        print(printable(_('"{name}" has no pairs yet. `shadowdesk pairs plan` proposes some.').format(
            name=program.name)))
        return 0
    progress = context.services.reports.pair_progress(program.id)
    # Rows for scripts and spreadsheets: the header and the codes stay English, whatever the language.
    print("\t".join(("id", "round", "round start", "round end", "side A", "side B", "status", "sessions",
                     "hours", "next session", "days since last session", "stalled", "reason")))
    for p in pairs:
        print("\t".join(map(printable, (p.id, "" if p.round is None else p.round, _day(p.round_start),
                                         _day(p.round_end), p.person_a_name, p.person_b_name, p.status.value,
                                         *_progress_cells(progress.get(p.id)), p.reason))))
    return 0


def _day(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def _amount(value: float) -> str:
    return f"{round(value, 1):g}"


def _progress_cells(progress: PairProgress | None) -> tuple[str, ...]:
    """Sessions and hours done against the targets, the next session, days since the last one, stalled."""
    if progress is None:
        return ("",) * 5
    since = progress.days_since_last_session
    return (f"{progress.sessions_done} / {progress.sessions_target}",
            f"{_amount(progress.hours_done)} / {_amount(progress.hours_target)}",
            _day(progress.next_planned), "" if since is None else str(since), "yes" if progress.stalled else "no")


def _program_id(context: AppContext, name: str | None) -> int | None:
    return None if name is None else context.services.programs.find(name).id


def run_exclude(args: argparse.Namespace, context: AppContext) -> int:
    pairing = context.services.pairing
    made = pairing.exclude_by_email(args.email_a, args.email_b, _program_id(context, args.program), args.reason)
    told = (_("{a} and {b} will not be paired in every program.") if made.program_id is None else
            _('{a} and {b} will not be paired in "{program}".'))
    print(printable(told.format(a=made.person_a_name, b=made.person_b_name, program=args.program)))
    return 0


def run_exclusions(args: argparse.Namespace, context: AppContext) -> int:
    rows = context.services.pairing.exclusions(_program_id(context, args.program))
    print("\t".join(("id", "person", "person", "scope", "reason")))
    for row in rows:
        scope = "every program" if row.program_id is None else "this program"  # a data cell: English
        print("\t".join(map(printable, (row.id, row.person_a_name, row.person_b_name, scope, row.reason))))
    return 0


def run_unexclude(args: argparse.Namespace, context: AppContext) -> int:
    lifted = context.services.pairing.remove_exclusion(args.exclusion_id)
    print(printable(_("The exclusion of {a} and {b} is lifted: the planner may pair them again.").format(
        a=lifted.person_a_name, b=lifted.person_b_name)))
    return 0
