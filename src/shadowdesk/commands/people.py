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
        "import", help="add and update people from a roster: CSV, .xlsx, .xls or .ods (all or nothing)",
        description="Matches people by email: existing people are updated, new ones added, nobody is "
        "deleted. If any row is bad, nothing is imported and every bad row is listed with its line "
        "(or, with --skip-invalid, the good rows are imported and the bad ones written to FILE.skipped.csv).")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--dry-run", action="store_true",
                           help="check, count and show what would change per person; write nothing")
    importing.add_argument("--sheet", metavar="NAME", help="the sheet of a spreadsheet to read (default: the first)")
    importing.add_argument("--skip-invalid", action="store_true",
                           help="import the good rows, leave out the bad ones and write them, with their line and "
                           "problems, to a CSV beside the roster (ROSTER.skipped.csv)")
    importing.add_argument("--status", action="append", default=[], metavar="VALUE=active|inactive",
                           help="what a value of the status column means, e.g. --status \"Garden leave=active\"")
    importing.add_argument("--zone", action="append", default=[], metavar="LOCATION=ZONE",
                           help="the IANA time zone of the people of LOCATION whom the file gives none, e.g. "
                           "--zone Kraków=Europe/Warsaw; LOCATION= leaves them without one")
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


def _pairs(option: str, example: str, pairs: list[str]) -> dict[str, str]:
    """NAME=VALUE options as a dict; the last = separates, since a status or location may hold one."""
    from shadowdesk.services.errors import UserError

    found = {}
    for pair in pairs:
        name, equals, value = pair.rpartition("=")
        if not equals:
            raise UserError(f"{option} takes {example}; got {pair!r}.")
        found[name.strip()] = value.strip()
    return found


def _choices(args: argparse.Namespace):
    from shadowdesk.interop.roster import RosterChoices, canonical_time_zone, location_key, status_key
    from shadowdesk.services.errors import UserError

    status = {}
    for value, meaning in _pairs("--status", "VALUE=active or VALUE=inactive", args.status).items():
        if meaning.lower() not in ("active", "inactive"):
            raise UserError(f"--status {value}={meaning}: say active or inactive after the =.")
        status[status_key(value)] = meaning.lower() == "active"
    zones = {}
    for location, zone in _pairs("--zone", "LOCATION=ZONE, e.g. Berlin=Europe/Berlin", args.zone).items():
        known = canonical_time_zone(zone) if zone else ""
        if known is None:
            raise UserError(f"--zone {location}={zone}: {zone!r} is not a time zone; use an IANA name such as "
                            "Europe/Berlin.")
        zones[location_key(location)] = known
    return RosterChoices(status, zones)


def run_import(args: argparse.Namespace, context) -> int:
    from shadowdesk.services.errors import UserError

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {args.file}: {exc.strerror}.") from exc
    people = context.services.people
    parsed = people.read_roster(data, _pairs("--map", 'FIELD=COLUMN, e.g. email="Work Email"', args.map),
                                sheet=args.sheet, choices=_choices(args))
    _describe(args.file, parsed)
    summary = people.import_roster(parsed, dry_run=args.dry_run, skip_invalid=args.skip_invalid)
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
    for problem in summary.skipped:
        print(printable(f"{args.file}: skipped {problem}"), file=sys.stderr)
    if args.dry_run:
        for change in summary.changes:  # what a re-import will change, before it does
            print(printable(f"line {change.line}: {change.name} <{change.email}>: " + "; ".join(
                f"{FIELD_LABELS[item.field].lower()} {item.old or '(blank)'!r} -> {item.new or '(blank)'!r}"
                for item in change.changes)))
        skipped = f", {len({p.line for p in summary.skipped})} row(s) to skip" if summary.skipped else ""
        print(f"Dry run, nothing written: {counts}{skipped}.")
        return 0
    print(f"Imported: {summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged.")
    if summary.skipped:
        try:
            path = people.write_skipped_rows(args.file, summary)
        except OSError as exc:
            raise UserError(f"The good rows were imported, but the skipped rows could not be written: {exc}") \
                from exc
        print(printable(f"Skipped {len({p.line for p in summary.skipped})} row(s) with problems; they are in "
                        f"{path}, each with its line and problems."), file=sys.stderr)
    return 0


def _describe(path: Path, parsed) -> None:
    """What was read and how: columns, the first rows, what status values mean, the zones of locations."""
    table = parsed.table
    mapping = ", ".join(f"{FIELD_LABELS[name]} <- {table.headers[index]!r}"
                        for name, index in sorted(parsed.mapping.items(), key=lambda item: item[1]))
    sheet = f", sheet {table.sheet!r}" + (f" (of {', '.join(table.sheets)})" if len(table.sheets) > 1 else "") \
        if table.sheet else ""
    print(printable(f"{path}: {table.encoding}{sheet}, {len(table.rows)} rows. Columns: {mapping}."))
    if parsed.entries:  # what the columns gave, so a column of IDs read as names shows at once
        print(printable("First rows read as: " + "; ".join(
            f"line {entry.line}: {entry.full_name} <{entry.email}>" for entry in parsed.first_entries())) + ".")
    meaning = {True: "active", False: "inactive", None: "unknown (give --status VALUE=active|inactive)"}
    if parsed.status_values:
        print(printable("Status values: " + "; ".join(
            f"{value.text!r} -> {meaning[value.active]} ({value.rows})" for value in parsed.status_values)) + ".")
    zoned = [place for place in parsed.location_zones if place.zone]
    if zoned:
        print(printable("Time zones by location, for people the file gives none: " + "; ".join(
            f"{place.location or '(no location)'} -> {place.zone} ({'guessed, ' if place.guessed else ''}"
            f"{place.rows})" for place in zoned)) + ".")
    if missing := [place for place in parsed.location_zones if not place.zone]:
        print(printable("No time zone for the people of: " + "; ".join(
            f"{place.location or '(no location)'} ({place.rows})" for place in missing)
            + ". They are stored with no time zone; give --zone LOCATION=ZONE to set one."), file=sys.stderr)


def run_export(args: argparse.Namespace, context) -> int:
    from shadowdesk.services.errors import UserError

    try:
        count = context.services.people.export_roster(args.file)
    except OSError as exc:
        raise UserError(f"Cannot write {args.file}: {exc.strerror}.") from exc
    # Into the CSV's stream no line of ours: "-" is the file.
    print(f"Exported {count} people to {args.file}.", file=sys.stderr if str(args.file) == "-" else sys.stdout)
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
