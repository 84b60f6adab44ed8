"""`shadowdesk skills list|add|starter|rate|matrix`: a program's skills catalogue and the levels people reach,
without the window. The signed-in person (the file's owner, or the team server's login) is who acts: the
matrix shows what they may read, and the catalogue is a coordinator's to change."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from shadowdesk.commands import iso_date
from shadowdesk.text import printable
from shadowdesk.translation import _, n_

PHASES = ("start", "end", "observed", "recorded")

if TYPE_CHECKING:
    from shadowdesk.app import AppContext
    from shadowdesk.services.identity import Viewer
    from shadowdesk.services.skills import SkillService


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("skills", help=_("the skills a program teaches and the levels "
                                                    "people reach"),
                                   description=_("Levels: 0 none, 1 knows what it is, 2 does it with "
                                                 "help, 3 does it alone, 4 teaches it."))
    actions = parser.add_subparsers(dest="skills_action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help=_("the program's skills, tab-separated with a header row"))
    listing.add_argument("program", metavar="PROGRAM")
    listing.set_defaults(handler=run_list)

    adding = actions.add_parser("add", help=_("add a skill that one side learns"))
    adding.add_argument("program", metavar="PROGRAM")
    adding.add_argument("--side", required=True, choices=("a", "b"), help=_("the side that learns it"))
    adding.add_argument("name", metavar="NAME")
    adding.add_argument("--description", default="", metavar="TEXT")
    adding.set_defaults(handler=run_add)

    starter = actions.add_parser("starter", help=_("load the starter catalogue (sales <-> project "
                                                   "management)"))
    starter.add_argument("program", metavar="PROGRAM")
    starter.add_argument("--language", default="en", choices=("en", "de", "fr"))
    starter.set_defaults(handler=run_starter)

    rating = actions.add_parser("rate", help=_("give a person a level on a skill"),
                                description=_("start/end: the person's own rating; observed: by the "
                                              "host (--by) of a completed session that taught the "
                                              "skill; recorded: by a coordinator, with --date."))
    rating.add_argument("email", metavar="EMAIL")
    rating.add_argument("skill", metavar="SKILL")
    rating.add_argument("level", type=int, metavar="LEVEL")
    rating.add_argument("--phase", required=True, choices=PHASES)
    rating.add_argument("--by", metavar="EMAIL", help=_("the host who observed it (observed only)"))
    rating.add_argument("--program", metavar="NAME", help=_("needed when the person is in several "
                                                            "programs"))
    rating.add_argument("--session", type=int, metavar="ID",
                        help=_("the session observed (default: the latest)"))
    rating.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                        help=_("when it was reached (recorded)"))
    rating.add_argument("--note", default="", metavar="TEXT",
                        help=_("e.g. the training or certificate (recorded)"))
    rating.set_defaults(handler=run_rate)

    matrix = actions.add_parser("matrix", help=_("people by skills: tab-separated, or a CSV file with "
                                                 "-o"))
    matrix.add_argument("program", metavar="PROGRAM")
    matrix.add_argument("-o", "--output", type=Path, metavar="FILE.csv")
    matrix.set_defaults(handler=run_matrix)


def _services(context: AppContext) -> tuple[SkillService, Viewer | None]:
    """The skills service and who is signed in (None: a file nobody has claimed yet, whose user is its
    program office)."""
    return context.services.skills, context.services.identity.whoami()


def _print_rows(header: Sequence[object], rows: Iterable[Sequence[object]]) -> None:
    print("\t".join(printable(cell) for cell in header))
    for row in rows:
        print("\t".join(printable("" if cell is None else cell) for cell in row))


def run_list(args: argparse.Namespace, context: AppContext) -> int:
    skills, _viewer = _services(context)
    program_id = skills.program_id(args.program)
    # Rows for scripts: the header and the side codes stay English.
    _print_rows(("id", "side", "name", "target", "description"),
                ((s.id, s.side.value, s.name, s.target_level, s.description) for s in skills.catalogue(program_id)))
    return 0


def run_add(args: argparse.Namespace, context: AppContext) -> int:
    from shadowdesk.domain import Side
    from shadowdesk.services.skills import SkillDraft

    skills, viewer = _services(context)
    skill = skills.add(skills.program_id(args.program), Side(args.side), SkillDraft(args.name, args.description),
                       viewer)
    print(printable(_('Added skill {id}, "{name}", learned by side {side}.').format(
        id=skill.id, name=skill.name, side=skill.side.value)))
    return 0


def run_starter(args: argparse.Namespace, context: AppContext) -> int:
    skills, viewer = _services(context)
    added = skills.load_starter(skills.program_id(args.program), args.language, viewer)
    print(n_("Added {count} skill of the starter catalogue.", "Added {count} skills of the starter catalogue.",
             added).format(count=added) if added else
          _("The program already has every skill of the starter catalogue."))
    return 0


def run_rate(args: argparse.Namespace, context: AppContext) -> int:
    from shadowdesk.services.errors import UserError

    skills, viewer = _services(context)
    person = skills.person_id(args.email)
    if args.program:
        program_id = skills.program_id(args.program)
    else:
        programs = skills.programs_of(person)
        if len(programs) != 1:
            raise UserError(n_("{email} is enrolled in {count} program: say which with --program.",
                               "{email} is enrolled in {count} programs: say which with --program.",
                               len(programs)).format(email=args.email, count=len(programs)))
        program_id = programs[0]
    skill = skills.find(program_id, args.skill)
    if args.phase in ("start", "end"):
        skills.rate_self(person, skill.id, args.phase, args.level, viewer)
        told = (_("start of the program, their own rating") if args.phase == "start" else
                _("end of the program, their own rating"))
    elif args.phase == "observed":
        if not args.by:
            raise UserError(_("An observed level is given by the session's host: name them with --by "
                              "EMAIL."))
        session = skills.rate_observed(person, skill.id, args.level, skills.person_id(args.by), args.session,
                                       viewer)
        told = _("observed by {by} in session {session}").format(by=args.by, session=session)
    else:
        if args.date is None:
            raise UserError(_("A recorded level needs the date it was reached: --date YYYY-MM-DD."))
        skills.record(person, skill.id, args.level, args.date, args.note, viewer)
        told = _("recorded as reached on {day}").format(day=args.date.isoformat())
    print(printable(_('{email}: level {level} on "{name}" ({told}).').format(email=args.email, level=args.level,
                                                                          name=skill.name, told=told)))
    return 0


def run_matrix(args: argparse.Namespace, context: AppContext) -> int:
    skills, viewer = _services(context)
    program_id = skills.program_id(args.program)
    if args.output is not None:
        count = skills.export_matrix(program_id, args.output, viewer)
        if str(args.output) != "-":
            print(printable(n_("Wrote {count} person to {output}.", "Wrote {count} people to {output}.",
                               count).format(count=count, output=args.output)))
        return 0
    _print_rows(*skills.matrix(program_id, viewer).table())
    return 0
