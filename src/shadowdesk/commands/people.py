"""`shadowdesk people import|export|list`: the staff roster without the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# Light (standard library only), so building the parser stays quick.
from shadowdesk.interop.roster import FIELD_LABELS, FIELDS
from shadowdesk.text import printable


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("people", help="import, export or list the staff roster",
                                   description="The staff roster: import a CSV from the HR system or Excel, "
                                   "export it, or list people.")
    actions = parser.add_subparsers(dest="people_action", metavar="ACTION", required=True)

    importing = actions.add_parser(
        "import", help="add and update people from a CSV roster (all or nothing)",
        description="Matches people by email: existing people are updated, new ones added, nobody is "
        "deleted. If any row is bad, nothing is imported and every bad row is listed with its line.")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    importing.add_argument(
        "--map", action="append", default=[], metavar="FIELD=COLUMN",
        help="use COLUMN (its header, or its number from 1) for FIELD; FIELD= leaves it out. "
        f"Fields: {', '.join(FIELDS)}")
    importing.set_defaults(handler=run_import)

    exporting = actions.add_parser("export", help="write every person to a CSV that imports back")
    exporting.add_argument("file", type=Path, metavar="FILE")
    exporting.set_defaults(handler=run_export)

    listing = actions.add_parser("list", help="list people, tab separated")
    listing.add_argument("--search", default="", metavar="TEXT", help="only people matching TEXT")
    listing.set_defaults(handler=run_list)


def _overrides(pairs: list[str]) -> dict[str, str]:
    from shadowdesk.services.errors import UserError

    overrides = {}
    for pair in pairs:
        name, equals, column = pair.partition("=")
        if not equals:
            raise UserError(f"--map takes FIELD=COLUMN, e.g. email=\"Work Email\"; got {pair!r}.")
        overrides[name.strip()] = column
    return overrides


def run_import(args: argparse.Namespace, context) -> int:
    from shadowdesk.services.errors import UserError

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {args.file}: {exc.strerror}.") from exc
    people = context.services.people
    parsed = people.read_roster(data, _overrides(args.map))
    mapping = ", ".join(f"{FIELD_LABELS[name]} <- {parsed.table.headers[index]!r}"
                        for name, index in sorted(parsed.mapping.items(), key=lambda item: item[1]))
    print(printable(f"{args.file}: {parsed.table.encoding}, {len(parsed.table.rows)} rows. Columns: {mapping}."))
    if parsed.entries:  # what the columns gave, so a column of IDs read as names shows at once
        print(printable("First rows read as: " + "; ".join(
            f"line {entry.line}: {entry.full_name} <{entry.email}>" for entry in parsed.first_entries())) + ".")
    summary = people.import_roster(parsed, dry_run=args.dry_run)
    counts = f"{summary.added} to add, {summary.updated} to update, {summary.unchanged} unchanged"
    if summary.problems or summary.changed_meanwhile:
        for problem in (*summary.problems, *summary.changed_meanwhile):
            print(printable(f"{args.file}: {problem}"), file=sys.stderr)
    if summary.problems:
        bad_lines = len({problem.line for problem in summary.problems})
        print(f"Nothing was imported: {bad_lines} row(s) have problems. Fix them and import again.",
              file=sys.stderr)
        return 1
    if summary.changed_meanwhile:
        print(f"Nothing was imported: {len(summary.changed_meanwhile)} of the people were changed by someone "
              "else while the roster was read. Import again to check the rows against them as they are now.",
              file=sys.stderr)
        return 1
    if args.dry_run:
        print(f"Dry run, nothing written: {counts}.")
    else:
        print(f"Imported: {summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged.")
    return 0


def run_export(args: argparse.Namespace, context) -> int:
    from shadowdesk.services.errors import UserError

    try:
        count = context.services.people.export_roster(args.file)
    except OSError as exc:
        raise UserError(f"Cannot write {args.file}: {exc.strerror}.") from exc
    print(f"Exported {count} people to {args.file}.")
    return 0


def run_list(args: argparse.Namespace, context) -> int:
    from shadowdesk.services.people import LIST_COLUMNS

    rows = context.services.people.list_people(args.search)
    print("\t".join(LIST_COLUMNS[1:]))
    for _id, *texts, active in rows:
        # Each cell escaped: a control character stored before names were cleaned must not reach the terminal.
        print("\t".join([*map(printable, texts), "yes" if active else "no"]))
    print(f"{len(rows)} people", file=sys.stderr)
    return 0
