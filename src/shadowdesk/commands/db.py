"""`shadowdesk db backup | restore FILE | check | list-backups | upgrade`: looking after the database."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "db",
        help="back up, restore and check the database",
        description="Backups are consistent copies taken while ShadowDesk may be writing. ShadowDesk also "
        "backs up once a day at start (keeping 7 daily and 4 weekly copies) and before every upgrade.",
    )
    actions = parser.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    actions.add_parser("backup", help="take a backup now").set_defaults(handler=backup)
    restore_parser = actions.add_parser(
        "restore",
        help="replace the database with a backup (the current state is backed up first)",
        description="Checks FILE is a sound ShadowDesk database, backs up the current database, then puts "
        "FILE in its place. Close every ShadowDesk window first.",
    )
    restore_parser.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")
    restore_parser.set_defaults(handler=restore)
    actions.add_parser(
        "check", help="check the database for damage (exit code 0: sound, 1: problems found)"
    ).set_defaults(handler=check)
    actions.add_parser("list-backups", help="list the backups, newest first").set_defaults(
        handler=list_backups
    )
    actions.add_parser(
        "upgrade", help="bring the database to this version's schema (on a team server, as its owner)",
        description="Every start upgrades a database file by itself. A team server set up with `server init` "
        "is upgraded by its owner with this command, which applies server init again in the same "
        "transaction, so new tables are protected from the start. Run it after installing a new version.",
    ).set_defaults(handler=upgrade)


def _service(context):
    """Built without opening the database: a restore needs it closed, a check must not upgrade it."""
    from shadowdesk.services.maintenance import MaintenanceService
    from shadowdesk.settings import SettingsStore

    context.paths.create()
    return MaintenanceService(
        context.url, context.paths.backups, SettingsStore(context.paths.settings_file)
    )


def backup(args: argparse.Namespace, context) -> int:
    made = _service(context).backup_now()
    print(f"Backed up to {made.path} ({_size(made.size_bytes)}).")
    return 0


def restore(args: argparse.Namespace, context) -> int:
    result = _service(context).restore(args.file)
    if result.safety_backup is not None:
        print(f"The database as it was has been backed up to {result.safety_backup}.")
    upgraded = " and upgraded to this version's schema" if result.upgraded else ""
    print(f"Restored {result.restored_from}{upgraded}.")
    return 0


def check(args: argparse.Namespace, context) -> int:
    result = _service(context).check()
    print(result.summary)
    for problem in result.problems:
        print(f"  - {problem}")
    return 0 if result.ok else 1


def list_backups(args: argparse.Namespace, context) -> int:
    service = _service(context)
    backups = service.list_backups()
    if not backups:
        print("No backups yet.")
    for made in backups:
        when = made.taken_at.astimezone()
        print(f"{when:%Y-%m-%d %H:%M}  {made.label:<28} {_size(made.size_bytes):>9}  {made.path}")
    return 0


def upgrade(args: argparse.Namespace, context) -> int:
    from shadowdesk.services.identity import upgrade_database  # opens the database itself, with the renewal

    context.paths.create()
    done = upgrade_database(context.url, context.paths.backups)
    if done.from_revision is None:
        print(f"The database was empty; its tables are created (schema {done.to_revision}).")
    elif done.from_revision == done.to_revision:
        print(f"The database is already at schema {done.to_revision}.")
    else:
        backup = f" (backed up first to {done.backup})" if done.backup else ""
        print(f"Upgraded the database from schema {done.from_revision} to {done.to_revision}{backup}.")
    if done.protection_renewed:
        print("The team server's protection (server init) was applied again in the same run: every table "
              "that holds notes, ratings or their traces has its row-level security policies.")
    return 0


def _size(size_bytes: int) -> str:
    return f"{size_bytes / 1024:.0f} KB" if size_bytes < 1024 * 1024 else f"{size_bytes / 1024 / 1024:.1f} MB"
