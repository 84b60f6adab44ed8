"""`shadowdesk customers list|add|rename|deactivate|reactivate|merge|import`: the customer list, without the
window. A customer is named as typed (case and accents do not matter; an ambiguous name is refused with the
candidates' ids) or by its id."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from shadowdesk.text import printable
from shadowdesk.translation import _

if TYPE_CHECKING:
    from shadowdesk.app import AppContext
    from shadowdesk.services.customers import CrmImportSummary, CustomerService


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("customers", help=_("list, add, rename, merge or import customers"),
                                   description=_("The customers sessions visit and projects are done "
                                                 "for."))
    actions = parser.add_subparsers(dest="customers_action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help=_("customers as tab-separated rows with a header row"))
    listing.add_argument("--search", default="", help=_("words that must occur in name, industry or "
                                                        "country"))
    listing.add_argument("--all", action="store_true", help=_("include deactivated customers"))
    listing.set_defaults(handler=run_list)

    adding = actions.add_parser("add", help=_("add a customer"))
    adding.add_argument("name", metavar="NAME")
    adding.add_argument("--industry", default="")
    adding.add_argument("--country", default="")
    adding.set_defaults(handler=run_add)

    renaming = actions.add_parser("rename", help=_("give a customer another name"))
    renaming.add_argument("name", metavar="NAME")
    renaming.add_argument("new_name", metavar="NEW_NAME")
    renaming.set_defaults(handler=run_rename)

    for action, active, told in (("deactivate", False, _("deactivate a customer (its history is kept)")),
                                 ("reactivate", True, _("reactivate a customer (its history is kept)"))):
        toggling = actions.add_parser(action, help=told)
        toggling.add_argument("name", metavar="NAME")
        toggling.set_defaults(handler=run_set_active, active=active)

    merging = actions.add_parser("merge", help=_("merge a duplicate into the customer to keep"),
                                 description=_("Moves the duplicate's sessions and projects to the "
                                               "kept customer (projects of the same name become one), "
                                               "then removes the duplicate."))
    merging.add_argument("duplicate", metavar="DUPLICATE")
    merging.add_argument("--into", required=True, metavar="KEPT", help=_("the customer to keep"))
    merging.set_defaults(handler=run_merge)

    importing = actions.add_parser("import", help=_("add and update customers from a CRM export (CSV)"),
                                   description=_("Columns: name (or account, company), industry, "
                                                 "country. If any row is bad, nothing is imported and "
                                                 "every bad row is listed."))
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.set_defaults(handler=run_import)


def service(context: AppContext) -> CustomerService:
    return context.services.customers


def print_rows(header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    print("\t".join(header))
    for row in rows:
        print("\t".join(printable("" if cell is None else cell) for cell in row))


def yes_no(value: bool) -> str:
    return "yes" if value else "no"


def run_list(args: argparse.Namespace, context: AppContext) -> int:
    customers = service(context).list_customers(args.search, include_inactive=args.all)
    print_rows(("id", "name", "industry", "country", "active", "projects", "sessions"),
               ((c.id, c.name, c.industry, c.country, yes_no(c.active), c.projects, c.sessions) for c in customers))
    return 0


def run_add(args: argparse.Namespace, context: AppContext) -> int:
    from shadowdesk.services.customers import CustomerDraft

    customers = service(context)
    customer = customers.get_customer(customers.add_customer(CustomerDraft(args.name, args.industry, args.country)))
    print(printable(_('Added customer {id}, "{name}".').format(id=customer.id, name=customer.name)))
    return 0


def run_rename(args: argparse.Namespace, context: AppContext) -> int:
    from dataclasses import replace

    customers = service(context)
    customer = customers.find_customer(args.name)
    customers.edit_customer(customer.id, replace(customer.as_draft(), name=args.new_name), customer.version)
    print(printable(_('Renamed "{old}" to "{new}".').format(old=customer.name,
                                                             new=customers.get_customer(customer.id).name)))
    return 0


def run_set_active(args: argparse.Namespace, context: AppContext) -> int:
    customers = service(context)
    customer = customers.find_customer(args.name)
    customers.set_customer_active(customer.id, args.active, customer.version)
    told = _('"{name}" is active.') if args.active else _('"{name}" is deactivated.')
    print(printable(told.format(name=customer.name)))
    return 0


def run_merge(args: argparse.Namespace, context: AppContext) -> int:
    customers = service(context)
    duplicate, kept = customers.find_customer(args.duplicate), customers.find_customer(args.into)
    summary = customers.merge_customers(duplicate.id, kept.id, duplicate.version, kept.version)
    print(printable(_('Merged "{name}" into "{kept}": {sessions_moved} sessions and {projects_moved} '
                      "projects moved, {projects_merged} projects of the same name joined.").format(
                        name=duplicate.name, kept=summary.kept, sessions_moved=summary.sessions_moved,
                        projects_moved=summary.projects_moved, projects_merged=summary.projects_merged)))
    return 0


def run_import(args: argparse.Namespace, context: AppContext) -> int:
    return import_file(args.file, service(context).import_customers, _("customers"))


def import_file(path: Path, importer: Callable[[bytes], CrmImportSummary], what: str) -> int:
    """Shared by `customers import` and `projects import`: exit 1 with every bad row on stderr."""
    from shadowdesk.services.customers import ImportProblems
    from shadowdesk.services.errors import UserError

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(_("Cannot read {path}: {why}.").format(path=path, why=exc.strerror or exc)) from exc
    try:
        summary = importer(data)
    except ImportProblems as refused:
        for problem in refused.problems:
            print(printable(f"{path}: {problem}"), file=sys.stderr)
        print(_("Nothing was imported: {count} row(s) have problems. Fix them and import again.").format(
            count=len({p.line for p in refused.problems})), file=sys.stderr)
        return 1
    print(_("Imported {what}: {added} added, {updated} updated, {unchanged} unchanged.").format(
        what=what, added=summary.added, updated=summary.updated, unchanged=summary.unchanged))
    if summary.customers_added:
        print(printable(_("New customers: {names}.").format(names=", ".join(summary.customers_added))))
    return 0
