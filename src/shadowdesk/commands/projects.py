"""`shadowdesk projects list|add|rename|move|deactivate|reactivate|merge|import`: projects, each for one
customer, without the window. A project is named as typed (or by id); --customer tells apart two customers'
projects of the same name."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from shadowdesk.commands.customers import import_file, print_rows, service, yes_no
from shadowdesk.text import printable
from shadowdesk.translation import _

if TYPE_CHECKING:
    from shadowdesk.app import AppContext


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("projects", help=_("list, add, rename, move, merge or import "
                                                      "projects"),
                                   description=_("Projects, each done for one customer, with an "
                                                 "optional PM owner and reference (e.g. the TMS "
                                                 "project number)."))
    actions = parser.add_subparsers(dest="projects_action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help=_("projects as tab-separated rows with a header row"))
    listing.add_argument("--customer", metavar="NAME", help=_("only this customer's projects"))
    listing.add_argument("--search", default="", help=_("words that must occur in name, reference or "
                                                        "customer"))
    listing.add_argument("--all", action="store_true", help=_("include deactivated projects"))
    listing.set_defaults(handler=run_list)

    adding = actions.add_parser("add", help=_("add a project for a customer"))
    adding.add_argument("name", metavar="NAME")
    adding.add_argument("--customer", required=True, metavar="NAME")
    adding.add_argument("--pm", default="", metavar="EMAIL", help=_("the project manager who owns it"))
    adding.add_argument("--reference", default="", metavar="REF", help=_("e.g. the TMS project number"))
    adding.set_defaults(handler=run_add)

    def named(action: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(action, help=help_text)
        sub.add_argument("name", metavar="NAME")
        sub.add_argument("--customer", metavar="NAME",
                         help=_("whose project it is, if the name is not enough"))
        return sub

    named("rename", _("give a project another name")).add_argument("new_name", metavar="NEW_NAME")
    actions.choices["rename"].set_defaults(handler=run_rename)
    named("move", _("move a project to another customer")).add_argument("--to", required=True,
                                                                         metavar="CUSTOMER")
    actions.choices["move"].set_defaults(handler=run_move)
    for action, active, told in (("deactivate", False, _("deactivate a project (its history is kept)")),
                                 ("reactivate", True, _("reactivate a project (its history is kept)"))):
        named(action, told).set_defaults(handler=run_set_active, active=active)
    merging = named("merge", _("merge a duplicate project into the one to keep (its sessions move)"))
    merging.add_argument("--into", required=True, metavar="KEPT", help=_("the project to keep"))
    merging.set_defaults(handler=run_merge)

    importing = actions.add_parser("import", help=_("add and update projects from a TMS export (CSV)"),
                                   description=_("Columns: project name, customer, reference, PM "
                                                 "email. A customer no stored name matches is added. "
                                                 "If any row is bad, nothing is imported and every bad "
                                                 "row is listed."))
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.set_defaults(handler=run_import)


def run_list(args: argparse.Namespace, context: AppContext) -> int:
    projects = service(context)
    customer_id = projects.find_customer(args.customer).id if args.customer else None
    rows = projects.list_projects(customer_id, args.search, include_inactive=args.all)
    print_rows(("id", "name", "customer", "reference", "pm", "pm email", "active", "sessions"),
               ((p.id, p.name, p.customer_name, p.reference, p.pm_name, p.pm_email, yes_no(p.active), p.sessions)
                for p in rows))
    return 0


def run_add(args: argparse.Namespace, context: AppContext) -> int:
    from shadowdesk.services.customers import ProjectDraft

    projects = service(context)
    customer = projects.find_customer(args.customer)
    project = projects.get_project(projects.add_project(ProjectDraft(args.name, args.reference, args.pm),
                                                        customer.id))
    print(printable(_('Added project {id}, "{name}" for {customer}.').format(
        id=project.id, name=project.name, customer=project.customer_name)))
    return 0


def run_rename(args: argparse.Namespace, context: AppContext) -> int:
    from dataclasses import replace

    projects = service(context)
    project = projects.find_project(args.name, args.customer)
    projects.edit_project(project.id, replace(project.as_draft(), name=args.new_name), project.version)
    print(printable(_('Renamed "{old}" to "{new}".').format(old=project.name,
                                                             new=projects.get_project(project.id).name)))
    return 0


def run_move(args: argparse.Namespace, context: AppContext) -> int:
    projects = service(context)
    project = projects.find_project(args.name, args.customer)
    customer = projects.find_customer(args.to)
    projects.move_project(project.id, customer.id, project.version)
    print(printable(_('Moved "{name}" from {old} to {new}.').format(name=project.name, old=project.customer_name,
                                                                     new=customer.name)))
    return 0


def run_set_active(args: argparse.Namespace, context: AppContext) -> int:
    projects = service(context)
    project = projects.find_project(args.name, args.customer)
    projects.set_project_active(project.id, args.active, project.version)
    told = _('"{name}" is active.') if args.active else _('"{name}" is deactivated.')
    print(printable(told.format(name=project.name)))
    return 0


def run_merge(args: argparse.Namespace, context: AppContext) -> int:
    projects = service(context)
    duplicate = projects.find_project(args.name, args.customer)
    kept = projects.find_project(args.into, args.customer)
    summary = projects.merge_projects(duplicate.id, kept.id, duplicate.version, kept.version)
    print(printable(_('Merged "{name}" into "{kept}": {sessions_moved} sessions moved.').format(
        name=duplicate.name, kept=summary.kept, sessions_moved=summary.sessions_moved)))
    return 0


def run_import(args: argparse.Namespace, context: AppContext) -> int:
    return import_file(args.file, service(context).import_projects, _("projects"))
