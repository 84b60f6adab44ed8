"""`shadowdesk people import|export|list`: the staff roster without the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

# Light (standard library only), so building the parser stays quick.
from shadowdesk.interop.roster import FIELDS, field_label
from shadowdesk.text import printable
from shadowdesk.translation import _, n_

if TYPE_CHECKING:
    from shadowdesk.app import AppContext
    from shadowdesk.interop.roster import LocationZone, ParsedRoster, RosterChoices


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("people", help=_("import, export or list the staff roster"),
                                   description=_("The staff roster: import a CSV from the HR system or "
                                                 "Excel, export it, or list people."))
    actions = parser.add_subparsers(dest="people_action", metavar="ACTION", required=True)

    importing = actions.add_parser(
        "import", help=_("add and update people from a roster: CSV, .xlsx, .xls or .ods (all or "
                         "nothing)"),
        description=_("Matches people by email: existing people are updated, new ones added, nobody is "
                      "deleted. If any row is bad, nothing is imported and every bad row is listed "
                      "with its line (or, with --skip-invalid, the good rows are imported and the bad "
                      "ones written to FILE.skipped.csv)."))
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--dry-run", action="store_true",
                           help=_("check, count and show what would change per person; write nothing"))
    importing.add_argument("--sheet", metavar="NAME", help=_("the sheet of a spreadsheet to read "
                                                             "(default: the first)"))
    importing.add_argument("--skip-invalid", action="store_true",
                           help=_("import the good rows, leave out the bad ones and write them, with "
                                  "their line and problems, to a CSV beside the roster "
                                  "(ROSTER.skipped.csv)"))
    importing.add_argument("--status", action="append", default=[], metavar="VALUE=active|inactive",
                           help=_('what a value of the status column means, e.g. --status "Garden '
                                  'leave=active"'))
    importing.add_argument("--zone", action="append", default=[], metavar="LOCATION=ZONE",
                           help=_("the IANA time zone of the people of LOCATION whom the file gives "
                                  "none, e.g. --zone Kraków=Europe/Warsaw; LOCATION= leaves them "
                                  "without one"))
    importing.add_argument(
        "--map", action="append", default=[], metavar="FIELD=COLUMN",
        help=_("use COLUMN (its header, or its number from 1) for FIELD; FIELD= leaves it out. Fields: "
               "{FIELDS}").format(FIELDS=', '.join(FIELDS)))
    importing.set_defaults(handler=run_import)

    exporting = actions.add_parser("export", help=_("write every person to a CSV that imports back"))
    exporting.add_argument("file", type=Path, metavar="FILE")
    exporting.set_defaults(handler=run_export)

    listing = actions.add_parser("list", help=_("list people, tab separated"))
    listing.add_argument("--search", default="", metavar="TEXT", help=_("only people matching TEXT"))
    listing.set_defaults(handler=run_list)


def _pairs(option: str, example: str, pairs: list[str]) -> dict[str, str]:
    """NAME=VALUE options as a dict; the last = separates, since a status or location may hold one."""
    from shadowdesk.services.errors import UserError

    found = {}
    for pair in pairs:
        name, equals, value = pair.rpartition("=")
        if not equals:
            raise UserError(_("{option} takes {example}; got {value}.").format(option=option, example=example,
                                                                              value=repr(pair)))
        found[name.strip()] = value.strip()
    return found


def _choices(args: argparse.Namespace) -> RosterChoices:
    from shadowdesk.interop.roster import RosterChoices, canonical_time_zone, location_key, status_key
    from shadowdesk.services.errors import UserError

    status = {}
    for value, meaning in _pairs("--status", _("VALUE=active or VALUE=inactive"), args.status).items():
        if meaning.lower() not in ("active", "inactive"):  # the words the option takes, in every language
            raise UserError(_("--status {value}={meaning}: say active or inactive after the =.").format(
                value=value, meaning=meaning))
        status[status_key(value)] = meaning.lower() == "active"
    zones = {}
    for location, zone in _pairs("--zone", _("LOCATION=ZONE, e.g. Berlin=Europe/Berlin"), args.zone).items():
        known = canonical_time_zone(zone) if zone else ""
        if known is None:
            raise UserError(_("--zone {location}={zone}: {quoted} is not a time zone; use an IANA name "
                              "such as Europe/Berlin.").format(location=location, zone=zone, quoted=repr(zone)))
        zones[location_key(location)] = known
    return RosterChoices(status, zones)


def run_import(args: argparse.Namespace, context: AppContext) -> int:
    from shadowdesk.services.errors import UserError

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise UserError(_("Cannot read {path}: {why}.").format(path=args.file, why=exc.strerror)) from exc
    people = context.services.people
    parsed = people.read_roster(data, _pairs("--map", _('FIELD=COLUMN, e.g. email="Work Email"'), args.map),
                                sheet=args.sheet, choices=_choices(args))
    _describe(args.file, parsed)
    summary = people.import_roster(parsed, dry_run=args.dry_run, skip_invalid=args.skip_invalid)
    if summary.problems or summary.changed_meanwhile:
        for problem in (*summary.problems, *summary.changed_meanwhile):
            print(printable(f"{args.file}: {problem}"), file=sys.stderr)
    if summary.problems:
        print(_("Nothing was imported: {count} row(s) have problems. Fix them and import again.").format(
            count=len({problem.line for problem in summary.problems})), file=sys.stderr)
        return 1
    if summary.changed_meanwhile:
        print(_("Nothing was imported: {count} of the people were changed by someone else while the roster was "
                "read. Import again to check the rows against them as they are now.").format(
                    count=len(summary.changed_meanwhile)), file=sys.stderr)
        return 1
    for problem in summary.skipped:
        print(printable(_("{path}: skipped {problem}").format(path=args.file, problem=problem)), file=sys.stderr)
    skipped_rows = len({p.line for p in summary.skipped})
    if args.dry_run:
        for change in summary.changes:  # what a re-import will change, before it does
            print(printable(_("line {line}: {name} <{email}>: {changes}").format(
                line=change.line, name=change.name, email=change.email, changes="; ".join(
                    f"{field_label(item.field)} {_quoted(item.old)} -> {_quoted(item.new)}"
                    for item in change.changes))))
        told = (_("Dry run, nothing written: {added} to add, {updated} to update, {unchanged} unchanged, "
                  "{skipped} row(s) to skip.") if summary.skipped else
                _("Dry run, nothing written: {added} to add, {updated} to update, {unchanged} unchanged."))
        print(told.format(added=summary.added, updated=summary.updated, unchanged=summary.unchanged,
                          skipped=skipped_rows))
        return 0
    print(_("Imported: {added} added, {updated} updated, {unchanged} unchanged.").format(
        added=summary.added, updated=summary.updated, unchanged=summary.unchanged))
    if summary.skipped:
        try:
            path = people.write_skipped_rows(args.file, summary)
        except OSError as exc:
            raise UserError(_("The good rows were imported, but the skipped rows could not be written: "
                              "{why}").format(why=exc)) from exc
        print(printable(_("Skipped {count} row(s) with problems; they are in {path}, each with its line and "
                          "problems.").format(count=skipped_rows, path=path)), file=sys.stderr)
    return 0


def _quoted(value: str) -> str:
    return repr(value or _("(blank)"))


def _describe(path: Path, parsed: ParsedRoster) -> None:
    """What was read and how: columns, the first rows, what status values mean, the zones of locations."""
    table = parsed.table
    mapping = ", ".join(f"{field_label(name)} <- {table.headers[index]!r}"
                        for name, index in sorted(parsed.mapping.items(), key=lambda item: item[1]))
    count = len(table.rows)
    if not table.sheet:
        told = n_("{path}: {encoding}, {count} row. Columns: {mapping}.",
                  "{path}: {encoding}, {count} rows. Columns: {mapping}.", count)
    elif len(table.sheets) > 1:
        told = n_("{path}: {encoding}, sheet {sheet} (of {sheets}), {count} row. Columns: {mapping}.",
                  "{path}: {encoding}, sheet {sheet} (of {sheets}), {count} rows. Columns: {mapping}.", count)
    else:
        told = n_("{path}: {encoding}, sheet {sheet}, {count} row. Columns: {mapping}.",
                  "{path}: {encoding}, sheet {sheet}, {count} rows. Columns: {mapping}.", count)
    print(printable(told.format(path=path, encoding=table.encoding, sheet=repr(table.sheet),
                                sheets=", ".join(table.sheets), count=count, mapping=mapping)))
    if parsed.entries:  # what the columns gave, so a column of IDs read as names shows at once
        print(printable(_("First rows read as: {rows}.").format(rows="; ".join(
            _("line {line}: {name} <{email}>").format(line=entry.line, name=entry.full_name, email=entry.email)
            for entry in parsed.first_entries()))))
    meaning = {True: _("active"), False: _("inactive"), None: _("unknown (give --status VALUE=active|inactive)")}
    if parsed.status_values:
        print(printable(_("Status values: {values}.").format(values="; ".join(
            f"{value.text!r} -> {meaning[value.active]} ({value.rows})" for value in parsed.status_values))))
    zoned = [place for place in parsed.location_zones if place.zone]
    if zoned:
        print(printable(_("Time zones by location, for people the file gives none: {zones}.").format(
            zones="; ".join((_("{location} -> {zone} (guessed, {rows})") if place.guessed else
                             _("{location} -> {zone} ({rows})")).format(
                                location=_place(place), zone=place.zone, rows=place.rows) for place in zoned))))
    if missing := [place for place in parsed.location_zones if not place.zone]:
        print(printable(_("No time zone for the people of: {places}. They are stored with no time zone; give "
                          "--zone LOCATION=ZONE to set one.").format(places="; ".join(
                            f"{_place(place)} ({place.rows})" for place in missing))), file=sys.stderr)


def _place(place: LocationZone) -> str:
    return place.location or _("(no location)")


def run_export(args: argparse.Namespace, context: AppContext) -> int:
    from shadowdesk.services.errors import UserError

    try:
        count = context.services.people.export_roster(args.file)
    except OSError as exc:
        raise UserError(_("Cannot write {path}: {why}.").format(path=args.file, why=exc.strerror)) from exc
    # Into the CSV's stream no line of ours: "-" is the file.
    print(n_("Exported {count} person to {path}.", "Exported {count} people to {path}.", count).format(
        count=count, path=args.file), file=sys.stderr if str(args.file) == "-" else sys.stdout)
    return 0


def run_list(args: argparse.Namespace, context: AppContext) -> int:
    from shadowdesk.services.people import LIST_COLUMNS

    rows = context.services.people.list_people(args.search)
    print("\t".join(LIST_COLUMNS[1:]))  # rows for scripts: the header and yes/no stay English
    for _id, *texts, active in rows:
        # Each cell escaped: a control character stored before names were cleaned must not reach the terminal.
        print("\t".join([*map(printable, texts), "yes" if active else "no"]))
    print(n_("{count} person", "{count} people", len(rows)).format(count=len(rows)), file=sys.stderr)
    return 0
