"""`shadowdesk db backup | restore FILE | check | list-backups | upgrade`: looking after the database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from shadowdesk.translation import _

if TYPE_CHECKING:
    from shadowdesk.app import AppContext
    from shadowdesk.services.maintenance import MaintenanceService


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "db",
        help=_("back up, restore and check the database"),
        description=_("Backups are consistent copies taken while ShadowDesk may be writing. ShadowDesk also "
                      "backs up once a day at start (keeping 7 daily and 4 weekly copies) and before every "
                      "upgrade."),
    )
    actions = parser.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    actions.add_parser("backup", help=_("take a backup now")).set_defaults(handler=backup)
    restore_parser = actions.add_parser(
        "restore",
        help=_("replace the database with a backup (the current state is backed up first)"),
        description=_("Checks FILE is a sound ShadowDesk database, backs up the current database, then puts "
                      "FILE in its place. Close every ShadowDesk window first."),
    )
    restore_parser.add_argument("file", type=Path, metavar="FILE", help=_("the backup to restore"))
    restore_parser.set_defaults(handler=restore)
    actions.add_parser(
        "check", help=_("check the database for damage (exit code 0: sound, 1: problems found)")
    ).set_defaults(handler=check)
    actions.add_parser("list-backups", help=_("list the backups, newest first")).set_defaults(
        handler=list_backups
    )
    actions.add_parser(
        "upgrade", help=_("bring the database to this version's schema (on a team server, as its owner)"),
        description=_("Every start upgrades a database file by itself. A team server set up with `server init` "
                      "is upgraded by its owner with this command, which applies server init again in the same "
                      "transaction, so new tables are protected from the start. Run it after installing a new "
                      "version."),
    ).set_defaults(handler=upgrade)


def _service(context: AppContext) -> MaintenanceService:
    """Built without opening the database: a restore needs it closed, a check must not upgrade it."""
    from shadowdesk.services.maintenance import MaintenanceService
    from shadowdesk.settings import SettingsStore

    context.paths.create()
    return MaintenanceService(
        context.url, context.paths.backups, SettingsStore(context.paths.settings_file)
    )


def backup(args: argparse.Namespace, context: AppContext) -> int:
    made = _service(context).backup_now()
    print(_("Backed up to {path} ({size}).").format(path=made.path, size=_size(made.size_bytes)))
    return 0


def restore(args: argparse.Namespace, context: AppContext) -> int:
    result = _service(context).restore(args.file)
    if result.safety_backup is not None:
        print(_("The database as it was has been backed up to {path}.").format(path=result.safety_backup))
    restored = _("Restored {path} and upgraded to this version's schema.") if result.upgraded else _("Restored {path}.")
    print(restored.format(path=result.restored_from))
    return 0


def check(args: argparse.Namespace, context: AppContext) -> int:
    result = _service(context).check()
    print(result.summary)
    for problem in result.problems:
        print(f"  - {problem}")
    return 0 if result.ok else 1


def list_backups(args: argparse.Namespace, context: AppContext) -> int:
    service = _service(context)
    backups = service.list_backups()
    if not backups:
        print(_("No backups yet."))
    for made in backups:
        when = made.taken_at.astimezone()
        print(f"{when:%Y-%m-%d %H:%M}  {made.label:<28} {_size(made.size_bytes):>9}  {made.path}")
    return 0


def upgrade(args: argparse.Namespace, context: AppContext) -> int:
    from shadowdesk.services.identity import upgrade_database  # opens the database itself, with the renewal

    context.paths.create()
    done = upgrade_database(context.url, context.paths.backups)
    if done.from_revision is None:
        print(_("The database was empty; its tables are created (schema {revision}).").format(
            revision=done.to_revision))
    elif done.from_revision == done.to_revision:
        print(_("The database is already at schema {revision}.").format(revision=done.to_revision))
    else:
        upgraded = (_("Upgraded the database from schema {old} to {new} (backed up first to {backup}).")
                    if done.backup else _("Upgraded the database from schema {old} to {new}."))
        print(upgraded.format(old=done.from_revision, new=done.to_revision, backup=done.backup))
    if done.protection_renewed:
        print(_("The team server's protection (server init) was applied again in the same run: every table "
                "that holds notes, ratings or their traces has its row-level security policies."))
    return 0


def _size(size_bytes: int) -> str:
    """"348 KB", "1.5 MB": the unit and the decimal separator as the reader's language writes them."""
    from shadowdesk.reports.formats import number_text  # Babel: loaded only by the commands that show a size

    if size_bytes < 1024 * 1024:
        return _("{size} KB").format(size=number_text(size_bytes / 1024, 0))
    return _("{size} MB").format(size=number_text(size_bytes / 1024 / 1024, 1))
